//! The written workbook read back with calamine (values, dates, formulas) and, for what calamine
//! does not expose, from the archive's XML (validations, frozen panes, creation date).

mod common;

use calamine::{Data, Reader};

use common::*;
use pmo_model::contract::{SheetKind, DIRECTORATE_KEYS};
use pmo_model::model::*;
use pmo_template::{write_workbook, TemplateError, TemplateOptions};

fn col(kind: SheetKind, field: &str) -> u32 {
    kind.columns()
        .iter()
        .position(|c| c.field == field)
        .expect("field of the contract") as u32
}

#[test]
fn sheets_come_in_the_contract_order_after_the_instructions() {
    let bytes = write_workbook(&sample(), &TemplateOptions::default()).unwrap();
    let book = open(&bytes);
    let mut expected = vec!["Instructions".to_string()];
    expected.extend(SheetKind::ALL.iter().map(|k| k.french_name().to_string()));
    assert_eq!(
        book.sheet_names(),
        expected,
        "the importer finds sheets by these French names"
    );
    assert!(
        book.sheets_metadata()
            .iter()
            .all(|s| s.visible == calamine::SheetVisible::Visible),
        "drop-downs use inline lists: no hidden sheet a directorate could stumble on"
    );
    for kind in SheetKind::ALL {
        assert_eq!(
            SheetKind::from_sheet_name(kind.french_name()),
            Some(kind),
            "{kind:?} is named as the importer expects"
        );
    }
}

#[test]
fn headers_are_the_contracts_french_names_in_order() {
    let bytes = write_workbook(&sample(), &TemplateOptions::default()).unwrap();
    let mut book = open(&bytes);
    for kind in SheetKind::ALL.into_iter().filter(|k| *k != SheetKind::Directorate) {
        let range = range(&mut book, kind.french_name());
        let want: Vec<String> = kind.columns().iter().map(|c| c.fr.to_string()).collect();
        assert_eq!(headers(&range), want, "{kind:?}: the importer matches these headers");
        assert_eq!(
            range.start(),
            Some((0, 0)),
            "{kind:?}: the header is the first row, no title row"
        );
    }
}

#[test]
fn the_direction_sheet_holds_every_key_and_its_value() {
    let bytes = write_workbook(&sample(), &TemplateOptions::default()).unwrap();
    let mut book = open(&bytes);
    let range = range(&mut book, "Direction");
    let keys: Vec<String> = (0..DIRECTORATE_KEYS.len() as u32).map(|r| text(&range, r, 0)).collect();
    let want: Vec<String> = DIRECTORATE_KEYS.iter().map(|k| k.fr.to_string()).collect();
    assert_eq!(keys, want, "every key of the contract, in French, in column A");
    let row = |field: &str| DIRECTORATE_KEYS.iter().position(|k| k.field == field).unwrap() as u32;
    assert_eq!(text(&range, row("directorate"), 1), "DSI");
    assert_eq!(text(&range, row("name"), 1), "Direction des systèmes d'information");
    assert_eq!(number(&range, row("year"), 1), 2026.0, "the year is a number, not text");
    assert_eq!(text(&range, row("campaign"), 1), "Reprévision T1");
    assert_eq!(
        date(&range, row("submitted_on"), 1),
        ymd(2026, 4, 10),
        "a real date cell"
    );
    assert_eq!(text(&range, row("owner"), 1), "Nathalie Girard");
    assert_eq!(text(&range, row("unit"), 1), "€");
    assert_eq!(decimal(&range, row("envelope"), 1), d("1250000.5"));
}

#[test]
fn records_are_written_as_numbers_dates_and_list_labels() {
    let bytes = write_workbook(&sample(), &TemplateOptions::default()).unwrap();
    let mut book = open(&bytes);

    let p = range(&mut book, "Projets");
    let pc = |f| col(SheetKind::Projects, f);
    assert_eq!(text(&p, 1, pc("code")), "DSI-01");
    assert_eq!(
        text(&p, 1, pc("status")),
        "En cours",
        "the French label of the drop-down"
    );
    assert_eq!(number(&p, 1, pc("priority")), 1.0);
    assert_eq!(date(&p, 1, pc("start")), ymd(2026, 1, 1));
    assert_eq!(date(&p, 1, pc("end")), ymd(2027, 3, 31));
    assert_eq!(text(&p, 1, pc("multi_year")), "Oui");
    assert_eq!(
        text(&p, 1, pc("description")),
        "Nouveau portail : souscription en ligne, « espace client »."
    );
    assert_eq!(text(&p, 2, pc("code")), "DSI-02");
    assert_eq!(cell(&p, 2, pc("status")), Data::Empty, "an unknown status stays empty");

    let b = range(&mut book, "Budget");
    let bc = |f| col(SheetKind::Budget, f);
    assert_eq!(text(&b, 1, bc("nature")), "CAPEX");
    assert_eq!(text(&b, 1, bc("category")), "Externe");
    assert_eq!(
        decimal(&b, 1, bc("planned_q1")),
        d("10000.5"),
        "amounts are numbers read back exactly"
    );
    assert_eq!(decimal(&b, 1, bc("planned_q4")), d("5000.05"));
    assert_eq!(decimal(&b, 1, bc("actual_q1")), d("9876.54"));
    assert_eq!(decimal(&b, 2, bc("planned_q1")), d("1234567.89"));
    assert_eq!(cell(&b, 2, bc("category")), Data::Empty);

    let w = range(&mut book, "Charges");
    let wc = |f| col(SheetKind::Workload, f);
    assert_eq!(
        decimal(&w, 1, wc("planned_q1")),
        d("12.5"),
        "man-days keep their decimals"
    );
    assert_eq!(decimal(&w, 1, wc("daily_rate")), d("650"));

    let s = range(&mut book, "Météo");
    let sc = |f| col(SheetKind::Status, f);
    assert_eq!(date(&s, 1, sc("date")), ymd(2026, 3, 31));
    assert_eq!(text(&s, 1, sc("overall")), "Pluie");
    assert_eq!(
        number(&s, 1, sc("progress")),
        45.5,
        "progress is written as 45.5 for 45.5 %, never as a fraction"
    );
    assert_eq!(cell(&s, 1, sc("resources")), Data::Empty);

    let r = range(&mut book, "Risques");
    let rc = |f| col(SheetKind::Risks, f);
    assert_eq!(
        text(&r, 1, rc("risk_id")),
        "1",
        "a risk id that looks like a number stays text"
    );
    assert_eq!(
        number(&r, 1, rc("criticality")),
        12.0,
        "the formula carries its cached result"
    );
    let formulas = book.worksheet_formula("Risques").unwrap();
    let f = formulas.get_value((1, rc("criticality"))).cloned().unwrap_or_default();
    assert_eq!(f, "D2*E2", "criticality is probability × impact of the same row");
    assert_eq!(text(&r, 1, rc("status")), "En traitement");

    let m = range(&mut book, "Jalons");
    let mc = |f| col(SheetKind::Milestones, f);
    assert_eq!(date(&m, 1, mc("forecast")), ymd(2026, 11, 15));
    assert_eq!(cell(&m, 1, mc("actual")), Data::Empty);
}

#[test]
fn kilo_euros_divide_every_amount_and_say_so() {
    let options = TemplateOptions {
        unit: Unit::KiloEuro,
        ..TemplateOptions::default()
    };
    let bytes = write_workbook(&sample(), &options).unwrap();
    let mut book = open(&bytes);
    let dir = range(&mut book, "Direction");
    let row = |field: &str| DIRECTORATE_KEYS.iter().position(|k| k.field == field).unwrap() as u32;
    assert_eq!(text(&dir, row("unit"), 1), "k€");
    assert_eq!(decimal(&dir, row("envelope"), 1), d("1250.0005"));
    let b = range(&mut book, "Budget");
    assert_eq!(
        decimal(&b, 1, col(SheetKind::Budget, "planned_q1")),
        d("10.0005"),
        "10 000,50 € is 10,0005 k€"
    );
    assert_eq!(decimal(&b, 1, col(SheetKind::Budget, "actual_q1")), d("9.87654"));
    let w = range(&mut book, "Charges");
    assert_eq!(
        decimal(&w, 1, col(SheetKind::Workload, "daily_rate")),
        d("0.65"),
        "the daily rate is an amount too"
    );
    assert_eq!(
        decimal(&w, 1, col(SheetKind::Workload, "planned_q1")),
        d("12.5"),
        "man-days are not amounts"
    );
}

#[test]
fn closed_lists_have_drop_downs_and_project_codes_point_at_projets() {
    let bytes = write_workbook(&sample(), &TemplateOptions::default()).unwrap();
    // Sheets are stored in the order they were added: 1 Instructions, 2 Direction, 3 Projets…
    let projets = part(&bytes, "xl/worksheets/sheet3.xml");
    assert!(
        projets.contains("\"Candidat,Validé,En cours,Suspendu,Terminé,Abandonné\""),
        "project status drop-down with the French labels: {projets}"
    );
    assert!(projets.contains("sqref=\"G2:G501\""), "the status list covers 500 rows");
    assert!(projets.contains("\"Oui,Non\""));
    assert!(projets.contains("\"1,2,3\""), "priority drop-down");
    let budget = part(&bytes, "xl/worksheets/sheet4.xml");
    assert!(
        budget.contains("<formula1>CodesProjets</formula1>"),
        "Budget codes come from the Projets list: {budget}"
    );
    assert!(budget.contains("\"CAPEX,OPEX\""));
    assert!(budget.contains("\"Interne,Externe,Licences,Matériel,Autre\""));
    let meteo = part(&bytes, "xl/worksheets/sheet7.xml");
    assert!(meteo.contains("\"Soleil,Nuageux,Pluie,Orage\""));
    let risques = part(&bytes, "xl/worksheets/sheet8.xml");
    assert!(risques.contains("\"1,2,3,4\""), "probability and impact 1–4");
    assert!(risques.contains("\"Ouvert,En traitement,Clos\""));
    let direction = part(&bytes, "xl/worksheets/sheet2.xml");
    assert!(direction.contains("\"Budget initial,Reprévision T1,Reprévision T2,Reprévision T3,Clôture\""));
    assert!(direction.contains("\"€,k€\""));
    let workbook = part(&bytes, "xl/workbook.xml");
    assert!(
        workbook.contains("<definedName name=\"CodesProjets\">'Projets'!$A$2:$A$501</definedName>"),
        "the defined name covers the Projets codes: {workbook}"
    );
}

#[test]
fn headers_are_frozen_and_the_creation_date_is_the_submission_date() {
    let bytes = write_workbook(&sample(), &TemplateOptions::default()).unwrap();
    for sheet in 3..=9 {
        let xml = part(&bytes, &format!("xl/worksheets/sheet{sheet}.xml"));
        assert!(
            xml.contains("<pane xSplit=\"1\" ySplit=\"1\" topLeftCell=\"B2\""),
            "sheet{sheet}: header row and first column stay in view"
        );
    }
    let core = part(&bytes, "docProps/core.xml");
    assert!(
        core.contains("2026-04-10T00:00:00Z"),
        "the creation date comes from the data, not the clock: {core}"
    );
}

#[test]
fn the_same_return_gives_the_same_bytes() {
    let a = write_workbook(&sample(), &TemplateOptions::default()).unwrap();
    let b = write_workbook(&sample(), &TemplateOptions::default()).unwrap();
    assert!(a == b, "a template must be reproducible byte for byte");
    let mut later = sample();
    later.submitted_on = Some(ymd(2026, 4, 11));
    let c = write_workbook(&later, &TemplateOptions::default()).unwrap();
    assert!(a != c, "the bytes depend on the data");
}

#[test]
fn validations_extend_past_the_filled_rows() {
    let mut many = sample();
    let template = many.projects[1].clone();
    for i in 0..30 {
        many.projects.push(Project {
            code: format!("X-{i}"),
            ..template.clone()
        });
    }
    let options = TemplateOptions {
        rows: 10,
        ..TemplateOptions::default()
    };
    let bytes = write_workbook(&many, &options).unwrap();
    let projets = part(&bytes, "xl/worksheets/sheet3.xml");
    assert!(
        projets.contains("sqref=\"G2:G33\""),
        "at least every filled row is validated"
    );
}

#[test]
fn a_blank_template_has_headers_keys_and_no_records() {
    let data = ReturnData::new("DRH", 2026, Campaign::Bi);
    let options = TemplateOptions {
        send_to: Some("pmo@exemple.fr".into()),
        deadline: Some(ymd(2025, 11, 14)),
        ..TemplateOptions::default()
    };
    let bytes = write_workbook(&data, &options).unwrap();
    let mut book = open(&bytes);
    for kind in SheetKind::ALL.into_iter().filter(|k| *k != SheetKind::Directorate) {
        let r = range(&mut book, kind.french_name());
        assert_eq!(r.end().map(|e| e.0), Some(0), "{kind:?}: only the header row");
    }
    let dir = range(&mut book, "Direction");
    assert_eq!(text(&dir, 0, 1), "DRH");
    assert_eq!(text(&dir, 3, 1), "Budget initial");
    let instructions = range(&mut book, "Instructions");
    let all: Vec<String> = instructions
        .used_cells()
        .filter_map(|(_, _, v)| if let Data::String(s) = v { Some(s.clone()) } else { None })
        .collect();
    let all = all.join("\n");
    for needle in [
        "DRH",
        "2026",
        "Budget initial",
        "pmo@exemple.fr",
        "14/11/2025",
        "jj/mm/aaaa",
        "euros (€)",
        "Ne renommez pas",
    ] {
        assert!(all.contains(needle), "the instructions mention {needle:?}:\n{all}");
    }
    for kind in SheetKind::ALL {
        assert!(
            all.contains(kind.french_name()),
            "the instructions explain the {kind:?} sheet"
        );
    }
}

#[test]
fn a_value_a_spreadsheet_cannot_hold_exactly_is_refused() {
    let mut data = sample();
    data.budget[0].planned[0] = d("1234567890123.456789");
    match write_workbook(&data, &TemplateOptions::default()) {
        Err(TemplateError::Unrepresentable { sheet, cell, .. }) => {
            assert_eq!(
                (sheet.as_str(), cell.as_str()),
                ("Budget", "D2"),
                "the error names the cell"
            );
        }
        other => panic!("expected Unrepresentable, got {:?}", other.map(|b| b.len())),
    }
}

#[test]
fn zero_rows_of_validation_still_writes_a_valid_workbook() {
    let options = TemplateOptions {
        rows: 0,
        ..TemplateOptions::default()
    };
    let bytes = write_workbook(&ReturnData::new("DAF", 2026, Campaign::R2), &options).unwrap();
    let projets = part(&bytes, "xl/worksheets/sheet3.xml");
    assert!(
        projets.contains("sqref=\"G2\""),
        "the drop-downs cover at least the first data row"
    );
}
