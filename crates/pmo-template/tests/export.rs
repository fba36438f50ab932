//! The consolidated workbook of `pmo export --format xlsx`, read back with calamine (values) and
//! from the archive's XML (filters, frozen panes, formats, properties): its sheets and headers,
//! figures equal to the JSON export's, totals that add up, and the same bytes for the same data.

mod common;

use calamine::{Data, Reader};
use common::*;
use pmo_consolidate::{consolidate, export, Portfolio, SourceReturn};
use pmo_model::i18n::Lang;
use pmo_model::model::*;
use pmo_template::{
    demo_portfolio, export_workbook, write_export, write_export_workbook, ColumnKind, ExportColumn,
    ExportTable, ExportValue, Total,
};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

const YEAR: i32 = 2026;

fn sources(returns: Vec<ReturnData>) -> Vec<SourceReturn> {
    returns
        .into_iter()
        .enumerate()
        .map(|(i, data)| SourceReturn {
            id: i as i64 + 1,
            imported_at: format!("2026-07-{:02}T08:30:15.123+00:00", i + 1),
            file_name: format!("{}-{}.xlsx", data.directorate, data.campaign.code()),
            data,
        })
        .collect()
}

fn demo() -> Portfolio {
    consolidate(YEAR, &sources(demo_portfolio(YEAR)), None)
}

/// A Decimal from the JSON export's amount text, or `None` for null.
fn json_amount(s: &Option<String>) -> Option<Decimal> {
    s.as_deref().map(d)
}

/// The cell as an exact amount, or `None` when empty.
fn amount(range: &calamine::Range<Data>, row: u32, col: u32) -> Option<Decimal> {
    match cell(range, row, col) {
        Data::Empty => None,
        _ => Some(decimal(range, row, col)),
    }
}

const PROJECT_HEADERS_FR: [&str; 23] = [
    "Direction",
    "Code projet",
    "Intitulé",
    "Ambition",
    "Initiative",
    "Chef de projet",
    "Sponsor",
    "Statut",
    "Priorité",
    "Type",
    "Date de début",
    "Date de fin",
    "Campagne",
    "Budget voté",
    "Réalisé",
    "Atterrissage",
    "Écart",
    "Écart %",
    "Taux de consommation",
    "Météo",
    "Date de la météo",
    "Hors budget initial",
    "Absent de la dernière remontée",
];

#[test]
fn one_sheet_per_view_with_headers_in_french_or_english() {
    let p = demo();
    let mut book = open(&write_export(&p, Lang::Fr).unwrap());
    assert_eq!(
        book.sheet_names(),
        [
            "Projets",
            "Demandes",
            "Directions",
            "Trimestres",
            "Natures et catégories",
            "Ambitions"
        ],
        "one sheet per view, in the issue's order; candidates' requests apart (contract v1.1)"
    );
    assert_eq!(
        headers(&range(&mut book, "Projets")),
        PROJECT_HEADERS_FR,
        "every export field, and what the PMO filters on"
    );
    assert_eq!(
        headers(&range(&mut book, "Directions")),
        [
            "Direction",
            "Libellé de la direction",
            "Campagne",
            "Nombre de projets",
            "Enveloppe",
            "Budget voté",
            "Réalisé",
            "Atterrissage",
            "Écart",
            "Écart %",
            "Taux de consommation",
            "Budget voté − enveloppe",
            "Atterrissage − enveloppe",
            "Atterrissage / enveloppe",
        ]
    );
    assert_eq!(
        headers(&range(&mut book, "Trimestres")),
        [
            "Direction",
            "Trimestre",
            "Campagne",
            "Clôturé",
            "Budget voté",
            "Prévu",
            "Réalisé",
            "Atterrissage",
            "Écart"
        ]
    );

    let mut en = open(&write_export(&p, Lang::En).unwrap());
    assert_eq!(
        en.sheet_names(),
        [
            "Projects",
            "Requests",
            "Directorates",
            "Quarters",
            "Natures and categories",
            "Ambitions"
        ]
    );
    let h = headers(&range(&mut en, "Projects"));
    assert_eq!(
        &h[13..17],
        ["Budget voted", "Actual", "Landing", "Variance"],
        "English headers with --lang en"
    );
    let q = range(&mut en, "Quarters");
    assert_eq!(text(&q, 1, 1), "Q1", "quarters are Q1–Q4 in English");
}

#[test]
fn every_project_figure_is_the_json_exports() {
    let p = demo();
    let json = export(&p);
    let mut book = open(&write_export(&p, Lang::Fr).unwrap());
    let r = range(&mut book, "Projets");
    assert_eq!(json.projects.len(), 45, "the demo portfolio's projects");
    for (i, row) in json.projects.iter().enumerate() {
        let at = i as u32 + 1;
        assert_eq!(
            (text(&r, at, 0), text(&r, at, 1)),
            (row.directorate.clone(), row.code.clone()),
            "same order as the JSON"
        );
        assert_eq!(text(&r, at, 2), row.name);
        assert_eq!(
            amount(&r, at, 13),
            json_amount(&row.budget_voted),
            "{} budget voted",
            row.code
        );
        assert_eq!(
            amount(&r, at, 14),
            json_amount(&row.actual),
            "{} actual",
            row.code
        );
        assert_eq!(
            amount(&r, at, 15),
            json_amount(&row.landing),
            "{} landing",
            row.code
        );
        assert_eq!(
            amount(&r, at, 16),
            json_amount(&row.variance),
            "{} variance",
            row.code
        );
        match &row.variance_pct {
            Some(pct) => {
                let ratio = number(&r, at, 17);
                let expected = d(pct).to_f64().unwrap() / 100.0;
                assert!(
                    (ratio - expected).abs() < 0.00005,
                    "{}: variance % as a ratio shown in %",
                    row.code
                );
            }
            None => assert_eq!(
                cell(&r, at, 17),
                Data::Empty,
                "{}: no budget, no variance %",
                row.code
            ),
        }
        assert_eq!(text(&r, at, 12), row.campaign.code());
        let status = row.status.map(|s| s.label(Lang::Fr).to_string());
        assert_eq!(
            match cell(&r, at, 7) {
                Data::String(s) => Some(s),
                _ => None,
            },
            status,
            "{}: the status's French label",
            row.code
        );
        if let Some(w) = row.weather {
            assert_eq!(
                text(&r, at, 19),
                w.label(Lang::Fr),
                "{}: météo label",
                row.code
            );
            let reading = p
                .projects
                .iter()
                .find(|f| f.code == row.code)
                .unwrap()
                .weather
                .as_ref()
                .unwrap();
            assert_eq!(
                date(&r, at, 20),
                reading.date,
                "{}: the météo's date is a date cell",
                row.code
            );
        }
        let yes_no = |b: bool| if b { "Oui" } else { "Non" };
        assert_eq!(text(&r, at, 21), yes_no(row.outside_initial_budget));
        assert_eq!(text(&r, at, 22), yes_no(row.missing_from_latest));
    }
    assert!(
        json.projects.iter().any(|p| p.outside_initial_budget),
        "the demo has projects outside the initial budget, so the flag is exercised"
    );
}

#[test]
fn directorates_carry_envelopes_and_gaps_as_in_the_json() {
    let p = demo();
    let json = export(&p);
    let mut book = open(&write_export(&p, Lang::Fr).unwrap());
    let r = range(&mut book, "Directions");
    for (i, row) in json.directorates.iter().enumerate() {
        let at = i as u32 + 1;
        assert_eq!(text(&r, at, 0), row.code);
        assert_eq!(
            amount(&r, at, 4),
            json_amount(&row.envelope),
            "{} envelope",
            row.code
        );
        assert_eq!(
            amount(&r, at, 5),
            json_amount(&row.budget_voted),
            "{} budget voted",
            row.code
        );
        assert_eq!(
            amount(&r, at, 7),
            Some(d(&row.landing)),
            "{} landing",
            row.code
        );
        assert_eq!(
            amount(&r, at, 11),
            json_amount(&row.budget_voted_minus_envelope)
        );
        assert_eq!(amount(&r, at, 12), json_amount(&row.landing_minus_envelope));
        let gap = d(row.landing_minus_envelope.as_deref().unwrap());
        let standing = if gap > Decimal::ZERO {
            "Au-dessus"
        } else if gap < Decimal::ZERO {
            "En dessous"
        } else {
            "Égal"
        };
        assert_eq!(
            text(&r, at, 13),
            standing,
            "{}: over or under its envelope, in words",
            row.code
        );
    }
}

#[test]
fn totals_rows_add_up_follow_the_filter_and_stay_out_of_it() {
    let p = demo();
    let json = export(&p);
    let bytes = write_export(&p, Lang::Fr).unwrap();
    let mut book = open(&bytes);
    let r = range(&mut book, "Projets");
    let n = json.projects.len() as u32;
    let total = n + 1;
    assert_eq!(
        text(&r, total, 0),
        "Total",
        "the totals row follows the data directly"
    );
    let landing: Decimal = json.projects.iter().map(|p| d(p.landing.as_deref().unwrap())).sum();
    let budget: Decimal = json
        .projects
        .iter()
        .filter_map(|p| json_amount(&p.budget_voted))
        .sum();
    let variance: Decimal = json
        .projects
        .iter()
        .filter_map(|p| json_amount(&p.variance))
        .sum();
    assert_eq!(
        decimal(&r, total, 15),
        landing,
        "the landing total is the sum of the projects' landings"
    );
    assert_eq!(decimal(&r, total, 13), budget);
    let ratio = number(&r, total, 17);
    assert!(
        (ratio - (variance / budget).to_f64().unwrap()).abs() < 1e-9,
        "the variance % total is the ratio of the totals, not a sum of ratios"
    );

    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains(&format!("<autoFilter ref=\"A1:W{}\"/>", n + 1)),
        "the filter covers header and data, not the totals row"
    );
    assert!(
        sheet.contains(&format!("<f>SUBTOTAL(109,P2:P{})</f>", n + 1)),
        "sums follow the filter (SUBTOTAL 109)"
    );
    assert!(
        sheet.contains("xSplit=\"3\" ySplit=\"1\""),
        "header row and project identity stay in view"
    );
    let styles = part(&bytes, "xl/styles.xml");
    assert!(
        styles.contains("formatCode=\"#,##0.00 &quot;€&quot;;[Red]-#,##0.00 &quot;€&quot;\""),
        "amounts are numbers shown in euros, negatives in red"
    );
    assert!(
        styles.contains("formatCode=\"0.0%;[Red]-0.0%\""),
        "ratios are percentages"
    );
    assert!(
        styles.contains("<border><left/><right/><top style=\"double\">"),
        "the totals row is set apart"
    );

    let q = range(&mut book, "Trimestres");
    for (i, dir) in json.directorates.iter().enumerate() {
        let landing: Decimal = (0..4).map(|k| decimal(&q, 1 + 4 * i as u32 + k, 7)).sum();
        assert_eq!(
            landing,
            d(&dir.landing),
            "{}: the four quarters add up to the directorate's landing",
            dir.code
        );
        assert_eq!(text(&q, 1 + 4 * i as u32, 1), "T1");
    }
}

#[test]
fn natures_and_ambitions_add_up_to_the_portfolio() {
    let p = demo();
    let landing: Decimal = p.projects.iter().map(|f| f.landing).sum();
    let actual: Decimal = p.projects.iter().map(|f| f.actual).sum();
    let mut book = open(&write_export(&p, Lang::Fr).unwrap());

    let natures = range(&mut book, "Natures et catégories");
    let rows = natures.end().unwrap().0; // the totals row
    let sum = |col: u32| -> Decimal { (1..rows).map(|r| decimal(&natures, r, col)).sum() };
    assert_eq!(
        sum(7),
        landing,
        "every budget line's landing is in one nature and category row"
    );
    assert_eq!(sum(6), actual);
    assert_eq!(text(&natures, rows, 0), "Total");
    assert!(
        (1..rows).any(|r| text(&natures, r, 1) == "OPEX")
            && (1..rows).any(|r| text(&natures, r, 1) == "CAPEX"),
        "both natures appear"
    );

    let ambitions = range(&mut book, "Ambitions");
    let rows = ambitions.end().unwrap().0;
    let count: f64 = (1..rows).map(|r| number(&ambitions, r, 2)).sum();
    assert_eq!(
        count as usize,
        p.projects.len(),
        "each project counts in exactly one ambition and initiative"
    );
    let total: Decimal = (1..rows).map(|r| decimal(&ambitions, r, 5)).sum();
    assert_eq!(total, landing);
    assert_eq!(
        number(&ambitions, rows, 2) as usize,
        p.projects.len(),
        "the totals row counts the projects"
    );
}

/// DSI (BI with an envelope, then R1) and DRH (R1 only, no BI: its budget is unknown).
fn small() -> Portfolio {
    let mut bi = ReturnData::new("DSI", YEAR, Campaign::Bi);
    bi.envelope = Some(d("1000"));
    bi.projects.push(Project {
        code: "S1".into(),
        name: "Socle".into(),
        start: Some(ymd(2026, 2, 1)),
        ..Project::default()
    });
    bi.budget.push(BudgetLine {
        project: "S1".into(),
        nature: Nature::Capex,
        category: Some(Category::External),
        planned: [d("100"), d("200"), d("300"), d("400.50")],
        actual: [d("0"); 4],
        origin: None,
    });
    let mut r1 = bi.clone();
    r1.campaign = Campaign::R1;
    r1.budget[0].actual[0] = d("-12.25");
    let mut drh = ReturnData::new("DRH", YEAR, Campaign::R1);
    drh.projects.push(Project {
        code: "H1".into(),
        name: "Paie".into(),
        ..Project::default()
    });
    drh.budget.push(BudgetLine {
        project: "H1".into(),
        nature: Nature::Opex,
        category: None,
        planned: [d("10"), d("10"), d("10"), d("10")],
        actual: [d("7"), d("0"), d("0"), d("0")],
        origin: None,
    });
    consolidate(YEAR, &sources(vec![bi, r1, drh]), None)
}

#[test]
fn unknown_budgets_are_empty_cells_and_amounts_are_exact() {
    let bytes = write_export(&small(), Lang::Fr).unwrap();
    let mut book = open(&bytes);
    let r = range(&mut book, "Projets");
    // Rows by directorate code: DRH/H1, then DSI/S1.
    assert_eq!(text(&r, 1, 1), "H1");
    assert_eq!(
        cell(&r, 1, 13),
        Data::Empty,
        "no BI return: the budget voted is unknown, an empty cell, not 0"
    );
    assert_eq!(cell(&r, 1, 16), Data::Empty, "and so is the variance");
    assert_eq!(decimal(&r, 1, 15), d("37"), "landing 7 + 10 + 10 + 10");
    assert_eq!(text(&r, 2, 1), "S1");
    assert_eq!(decimal(&r, 2, 13), d("1000.50"));
    assert_eq!(
        decimal(&r, 2, 14),
        d("-12.25"),
        "a negative actual stays negative and exact"
    );
    assert_eq!(
        decimal(&r, 2, 16),
        d("-112.25"),
        "landing 888.25 − budget 1000.50"
    );
    assert_eq!(date(&r, 2, 10), ymd(2026, 2, 1), "dates are date cells");
    assert_eq!(text(&r, 2, 21), "Non");
    assert_eq!(
        decimal(&r, 3, 15),
        d("925.25"),
        "the landing total, H1 included"
    );
    assert_eq!(
        decimal(&r, 3, 13),
        d("1000.50"),
        "the budget total sums the known budgets"
    );

    let natures = range(&mut book, "Natures et catégories");
    assert_eq!(
        text(&natures, 1, 2),
        "(sans catégorie)",
        "a line with no category is named so"
    );
    let ambitions = range(&mut book, "Ambitions");
    assert_eq!(
        (text(&ambitions, 1, 0), text(&ambitions, 1, 1)),
        (
            "(sans ambition)".to_string(),
            "(sans initiative)".to_string()
        )
    );
    assert_eq!(
        cell(&ambitions, 1, 3),
        Data::Empty,
        "a group with an unknown budget has an unknown budget"
    );
}

#[test]
fn the_same_portfolio_gives_the_same_bytes_dated_by_its_latest_import() {
    let p = small();
    let a = write_export(&p, Lang::Fr).unwrap();
    assert_eq!(
        a,
        write_export(&p, Lang::Fr).unwrap(),
        "no clock, no randomness: identical bytes"
    );
    assert_ne!(
        a,
        write_export(&p, Lang::En).unwrap(),
        "the language changes the workbook"
    );
    let core = part(&a, "docProps/core.xml");
    assert!(
        core.contains("2026-07-03T08:30:15Z"),
        "the document is dated by the latest import of its returns, to the second: {core}"
    );
    assert!(
        core.contains("Portefeuille consolidé 2026"),
        "the title names the year"
    );
}

#[test]
fn a_table_added_by_the_caller_is_written_like_the_others() {
    let mut book = export_workbook(&small(), Lang::Fr);
    book.tables.push(ExportTable {
        name: "Alertes".into(),
        columns: vec![
            ExportColumn::new("Gravité", ColumnKind::Text).with_total(Total::Label),
            ExportColumn::new("Montant", ColumnKind::Amount).with_total(Total::Sum),
        ],
        rows: vec![
            vec![
                ExportValue::Text("Critique".into()),
                ExportValue::Amount(d("1234.56")),
            ],
            vec![ExportValue::Text("Mineure".into())],
        ],
        frozen_columns: 1,
    });
    let bytes = write_export_workbook(&book).unwrap();
    let mut read = open(&bytes);
    assert_eq!(
        read.sheet_names().last().map(String::as_str),
        Some("Alertes")
    );
    let r = range(&mut read, "Alertes");
    assert_eq!(headers(&r), ["Gravité", "Montant"]);
    assert_eq!(
        cell(&r, 2, 1),
        Data::Empty,
        "a short row is completed with empty cells"
    );
    assert_eq!(
        (text(&r, 3, 0), decimal(&r, 3, 1)),
        ("Total".to_string(), d("1234.56"))
    );
}

#[test]
fn candidates_requests_have_a_sheet_of_their_own_and_count_in_no_budget() {
    use pmo_model::model::{Campaign, ProjectStatus};
    // A 2027 BI with a Candidat project at 400 k€: a request, on its own sheet, never in the
    // projects' sheet whose total is the budget voted.
    let mut bi = pmo_template::demo_portfolio(2026).into_iter().find(|r| r.campaign == Campaign::Bi).unwrap();
    let code = bi.projects[0].code.clone();
    bi.projects[0].status = Some(ProjectStatus::Candidate);
    let source = pmo_consolidate::SourceReturn { id: 1, data: bi, imported_at: String::new(), file_name: "bi.xlsx".into() };
    let p = pmo_consolidate::consolidate(2026, &[source], None);
    assert!(p.requests.iter().any(|r| r.code == code));
    let mut book = open(&write_export(&p, Lang::Fr).unwrap());
    let requests = range(&mut book, "Demandes");
    let codes: Vec<String> = requests.rows().skip(1).map(|r| r[1].to_string()).collect();
    assert!(codes.contains(&code), "the candidate is listed as a request: {codes:?}");
    assert!(codes.len() >= p.requests.len(), "every request, then its total");
    let projects = range(&mut book, "Projets");
    assert!(projects.rows().all(|r| r.get(1).map(|c| c.to_string()) != Some(code.clone())), "and not as a project");
}
