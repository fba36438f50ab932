//! What the contract tolerates (section 3, and section 2's sheet, key and column rules): each
//! tolerance is accepted, with the exact warning where the contract asks for one.

mod common;

use common::*;
use pmo_model::i18n::{Key, Lang};
use pmo_model::model::*;

fn budget_header() -> Vec<V> {
    vec![
        S("Code projet"),
        S("Nature"),
        S("Catégorie"),
        S("Prévu T1"),
        S("Prévu T2"),
        S("Prévu T3"),
        S("Prévu T4"),
        S("Réalisé T1"),
        S("Réalisé T2"),
        S("Réalisé T3"),
        S("Réalisé T4"),
    ]
}

/// A Budget sheet with one line per row given, each `(project, nature, [planned T1…T4])`.
fn budget_with_planned(rows: Vec<(&'static str, &'static str, [V; 4])>) -> Vec<Vec<V>> {
    let mut out = vec![budget_header()];
    for (code, nature, [a, b, c, d]) in rows {
        out.push(vec![S(code), S(nature), E, a, b, c, d]);
    }
    out
}

// ----- Header row -------------------------------------------------------------------------

#[test]
fn a_header_on_row_20_under_title_rows_is_found() {
    let mut rows = vec![vec![S("Portefeuille projets de la DSI")], vec![S("Exercice 2026 — à renvoyer au PMO")]];
    rows.resize(19, Vec::new());
    rows.extend(valid().rows("Projets"));
    let p = valid().with("Projets", rows).read();
    let d = clean(&p);
    assert_eq!(d.projects.len(), 2, "both projects below a header on row 20 must be read");
    assert_eq!(d.projects[0].origin.as_ref().unwrap().row, 21, "provenance names the sheet's real row");
    assert_eq!(d.cell_of(d.projects[0].origin.as_ref().unwrap(), "name").as_deref(), Some("Projets!B21"));
}

#[test]
fn a_header_on_row_21_is_not_looked_for() {
    for title in [true, false] {
        // Whether rows 1–20 hold a title or nothing at all, row 21 is beyond the contract's reach.
        let mut rows = if title { vec![vec![S("Portefeuille projets")]] } else { Vec::new() };
        rows.resize(20, Vec::new());
        rows.extend(valid().rows("Projets"));
        let p = valid().with("Projets", rows).read();
        let f = error(&p, Key::HeaderNotFound, "Projets", None);
        let (fr, en) = messages(f);
        assert!(fr.contains("20 premières lignes") && fr.contains("« Code projet », « Intitulé »"), "{fr}");
        assert!(en.contains("first 20 rows") && en.contains("\"Project code\", \"Name\""), "{en}");
    }
}

#[test]
fn a_header_row_is_told_from_a_title_that_names_a_column() {
    // "Budget" is also a header of the Météo sheet (the cost status): a title row holding that
    // one word must not be taken for the header.
    let mut rows = vec![vec![S("Budget")], vec![]];
    rows.extend(valid().rows("Météo"));
    let d = clean(&valid().with("Météo", rows).read()).clone();
    assert_eq!(d.statuses.len(), 2);
    assert_eq!(d.statuses[0].origin.as_ref().unwrap().row, 4);
}

// ----- Columns ----------------------------------------------------------------------------

#[test]
fn columns_may_come_in_any_order() {
    let rows = vec![
        vec![S("Réalisé T1"), S("Prévu T4"), S("Catégorie"), S("Prévu T1"), S("Code projet"), S("Nature")],
        vec![N(11.0), N(44.0), S("Externe"), N(1.0), S("DSI-01"), S("CAPEX")],
    ];
    let p = valid().with("Budget", rows).read();
    let d = clean(&p);
    let line = &d.budget[0];
    assert_eq!(line.project, "DSI-01");
    assert_eq!(line.nature, Nature::Capex);
    assert_eq!(line.category, Some(Category::External));
    assert_eq!(line.planned, [dec("1"), dec("0"), dec("0"), dec("44")], "each amount comes from its own column");
    assert_eq!(line.actual, [dec("11"), dec("0"), dec("0"), dec("0")]);
    assert_eq!(d.cell_of(line.origin.as_ref().unwrap(), "planned_q4").as_deref(), Some("Budget!B2"));
}

#[test]
fn headers_match_in_english_without_accents_in_any_case_with_extra_spaces_and_punctuation() {
    let book = valid()
        .with(
            "Projets",
            vec![
                vec![
                    S("PROJECT CODE"),
                    S("  name "),
                    S("Date de debut :"),
                    S("end-date"),
                    S("STATUT"),
                    S("priorite"),
                    S("Multi year"),
                ],
                vec![S("DSI-01"), S("Refonte"), D(2026, 1, 5), D(2026, 12, 31), S("En cours"), N(1.0), S("X")],
                vec![S("DSI-02"), S("Cloud"), E, E, E, E, E],
            ],
        )
        .with(
            "Budget",
            vec![
                vec![
                    S("project code"),
                    S("NATURE"),
                    S("category"),
                    S("prevu t1"),
                    S("Prévu\u{a0}\u{a0}T2"),
                    S("Prévu-T3"),
                    S("Planned Q4"),
                    S("REALISE T1"),
                    S("Réalisé_T2"),
                    S("Actual Q3"),
                    S("(Réalisé T4)"),
                ],
                vec![
                    S("DSI-01"),
                    S("CAPEX"),
                    S("Externe"),
                    N(1.0),
                    N(2.0),
                    N(3.0),
                    N(4.0),
                    N(5.0),
                    N(6.0),
                    N(7.0),
                    N(8.0),
                ],
            ],
        )
        .with(
            "Charges",
            vec![
                vec![S("Project code"), S("Team"), S("Planned MD Q1"), S("Actual MD Q1"), S("Daily rate")],
                vec![S("DSI-01"), S("Études"), N(10.0), N(9.5), N(600.0)],
            ],
        )
        .with(
            "Capacité",
            vec![vec![S("team"), S("capacite jh t1"), S("Capacity Q2")], vec![S("Études"), N(60.0), N(70.0)]],
        );
    let p = book.read();
    let d = clean(&p);
    assert_eq!(d.projects[0].start, Some(ymd(2026, 1, 5)));
    assert_eq!(d.projects[0].status, Some(ProjectStatus::InProgress));
    assert_eq!(d.projects[0].multi_year, Some(true));
    let b = &d.budget[0];
    assert_eq!(b.planned, [dec("1"), dec("2"), dec("3"), dec("4")]);
    assert_eq!(b.actual, [dec("5"), dec("6"), dec("7"), dec("8")]);
    assert_eq!(d.workload[0].planned[0], dec("10"));
    assert_eq!(d.workload[0].actual[0], dec("9.5"));
    assert_eq!(d.workload[0].daily_rate, Some(dec("600")));
    assert_eq!(d.capacity[0].capacity, [dec("60"), dec("70"), dec("0"), dec("0")]);
}

#[test]
fn an_unknown_column_is_a_warning_at_its_header_cell() {
    let book = valid().set("Budget", "L1", S("Commentaire libre")).set("Budget", "L2", S("à revoir"));
    let p = book.read();
    let f = warning(&p, Key::ColumnUnknown, "Budget", Some("L1"));
    assert_eq!(arg(f, "found"), "Commentaire libre");
    let (fr, en) = messages(f);
    assert_eq!(fr, "Colonne inconnue « Commentaire libre » ignorée.");
    assert_eq!(en, "Unknown column \"Commentaire libre\" ignored.");
    assert_eq!(p.findings.len(), 1, "{}", dump(&p));
    assert_eq!(accepted(&p).budget.len(), 3, "the known columns are still read");
}

// ----- Rows -------------------------------------------------------------------------------

#[test]
fn blank_rows_anywhere_are_skipped() {
    let v = valid().rows("Budget");
    let rows = vec![
        vec![S("Budget 2026")],
        vec![],
        vec![S("   ")],
        v[0].clone(),
        vec![],
        v[1].clone(),
        vec![E, S(" "), E, S("\u{a0}")],
        vec![],
        v[2].clone(),
        vec![],
        vec![],
        v[3].clone(),
        vec![],
    ];
    let p = valid().with("Budget", rows).read();
    let d = clean(&p);
    assert_eq!(d.budget.len(), 3, "blank rows are neither lines nor errors");
    let rows: Vec<u32> = d.budget.iter().map(|l| l.origin.as_ref().unwrap().row).collect();
    assert_eq!(rows, vec![6, 9, 12]);
}

#[test]
fn total_and_subtotal_rows_are_skipped() {
    let v = valid().rows("Budget");
    let rows = vec![
        v[0].clone(),
        v[1].clone(),
        v[2].clone(),
        vec![S("Sous-total DSI-01"), E, E, F("D2+D3", 120000.0), F("E2+E3", 140000.0)],
        v[3].clone(),
        vec![S("Sous total DSI-02"), E, E, N(30000.0)],
        vec![E, E, S("TOTAL GÉNÉRAL"), F("SUM(D2:D6)", 150000.0)],
        vec![S("Total"), E, E, N(150000.0)],
        vec![S("Subtotal"), E, E, N(1.0)],
        vec![S("Grand total"), E, E, N(1.0)],
    ];
    let mut projects = valid().rows("Projets");
    projects.push(vec![S("Total projets : 2")]);
    let p = valid().with("Budget", rows).with("Projets", projects).read();
    let d = clean(&p);
    assert_eq!(d.budget.len(), 3, "totals are the directorate's arithmetic, not lines");
    assert_eq!(d.projects.len(), 2);
}

// ----- Amounts ----------------------------------------------------------------------------

#[test]
fn amounts_read_as_numbers_cached_formulas_and_text_in_both_notations() {
    let cases: Vec<(V, &str)> = vec![
        (N(1234.5), "1234.5"),
        (N(0.1 + 0.2), "0.3"),
        (F("1000+234.5", 1234.5), "1234.5"),
        (S("1234,5"), "1234.5"),
        (S("1 234,50"), "1234.50"),
        (S("1\u{a0}234,50\u{a0}€"), "1234.50"),
        (S("1\u{202f}234,50 €"), "1234.50"),
        (S("1,234.50"), "1234.50"),
        (S("€1,234.50"), "1234.50"),
        (S("-1 234,50"), "-1234.50"),
        (NF(1234.5, "#,##0.00 [$€-40C]"), "1234.5"),
        (E, "0"),
        (S("   "), "0"),
        (FT("IF(1,\"\",0)", ""), "0"),
    ];
    let rows = std::iter::once(budget_header())
        .chain(cases.iter().map(|(v, _)| vec![S("DSI-01"), S("CAPEX"), E, v.clone()]))
        .collect();
    // A BI: no quarter is closed, so the absent Réalisé columns are not "not reported".
    let p = valid().set("Direction", "B6", S("BI")).with("Budget", rows).read();
    // Every line is DSI-01 / CAPEX: the lines repeat one another, which is all there is to say.
    assert!(p.findings.iter().all(|f| f.key == Key::RowDuplicate), "{}", dump(&p));
    let d = accepted(&p);
    assert_eq!(d.budget.len(), cases.len());
    for (line, (v, want)) in d.budget.iter().zip(&cases) {
        assert_eq!(line.planned[0], dec(want), "{v:?} must read as {want}");
        assert_eq!(line.planned[1], dec("0"), "an empty amount is 0");
    }
}

#[test]
fn more_than_two_decimals_are_rounded_half_even_with_a_warning() {
    let rows = budget_with_planned(vec![
        ("DSI-01", "CAPEX", [S("1234,565"), S("0,125"), N(0.135), N(10.0)]),
        ("DSI-02", "OPEX", [S("1 000,005"), N(2.5), E, E]),
    ]);
    let p = valid().set("Direction", "B6", S("BI")).with("Budget", rows).read();
    let d = accepted(&p);
    assert_eq!(
        d.budget[0].planned,
        [dec("1234.56"), dec("0.12"), dec("0.14"), dec("10")],
        "half-even: 5 goes to the even cent"
    );
    assert_eq!(d.budget[1].planned[0], dec("1000.00"));
    assert_eq!(d.budget[1].planned[1], dec("2.5"), "two decimals or fewer are never touched");
    assert_eq!(p.findings.len(), 4, "one warning per rounded cell:\n{}", dump(&p));
    let f = warning(&p, Key::AmountRounded, "Budget", Some("D2"));
    assert_eq!(
        (arg(f, "field"), arg(f, "found"), arg(f, "expected")),
        ("Prévu T1", "1234,565", "1\u{202f}234,56\u{a0}€")
    );
    let (fr, en) = messages(f);
    assert_eq!(fr, "« Prévu T1 » : 1234,565 a plus de deux décimales, arrondi au centime à 1\u{202f}234,56\u{a0}€.");
    assert_eq!(en, "\"Prévu T1\": 1234.565 has more than two decimals, rounded to the cent as €1,234.56.");
    warning(&p, Key::AmountRounded, "Budget", Some("E2"));
    warning(&p, Key::AmountRounded, "Budget", Some("F2"));
    warning(&p, Key::AmountRounded, "Budget", Some("D3"));
}

#[test]
fn a_kilo_euro_unit_applies_to_every_amount_before_rounding() {
    let rows = budget_with_planned(vec![
        ("DSI-01", "CAPEX", [S("1,2345"), N(1.2345), S("0,0000005"), S("0,000015")]),
        ("DSI-02", "OPEX", [S("1 234,5"), N(0.001), S("€1.5"), E]),
    ]);
    let p = valid()
        .set("Direction", "B6", S("BI"))
        .set("Direction", "B9", S("k€"))
        .set("Direction", "B10", S("1 500"))
        .set("Charges", "K2", S("0,65"))
        .with("Budget", rows)
        .read();
    let d = accepted(&p);
    assert_eq!(d.unit, Unit::KiloEuro);
    assert_eq!(d.envelope, Some(dec("1500000")), "the envelope is an amount too");
    assert_eq!(d.workload[0].daily_rate, Some(dec("650")), "the daily rate is an amount too");
    assert_eq!(d.budget[0].planned, [dec("1234.50"), dec("1234.50"), dec("0.00"), dec("0.02")]);
    assert_eq!(d.budget[1].planned, [dec("1234500"), dec("1"), dec("1500"), dec("0")]);
    // 1,2345 k€ is 1234.50 € exactly: no warning. 0,0000005 k€ is 0.0005 €, 0,000015 k€ 0.015 €.
    assert_eq!(p.findings.len(), 2, "{}", dump(&p));
    let f = warning(&p, Key::AmountRounded, "Budget", Some("F2"));
    assert_eq!((arg(f, "found_en"), arg(f, "expected_en")), ("0.0005", "€0"));
    let f = warning(&p, Key::AmountRounded, "Budget", Some("G2"));
    assert_eq!((arg(f, "found_en"), arg(f, "expected_en")), ("0.015", "€0.02"));
    assert_eq!(f.message(Lang::Fr), "« Prévu T4 » : 0,015 a plus de deux décimales, arrondi au centime à 0,02\u{a0}€.");
}

#[test]
fn the_unit_is_read_in_every_spelling() {
    for (text, unit) in [
        ("€", Unit::Euro),
        ("EUR", Unit::Euro),
        ("euros", Unit::Euro),
        ("k€", Unit::KiloEuro),
        ("K€", Unit::KiloEuro),
        ("kEUR", Unit::KiloEuro),
        ("milliers d'euros", Unit::KiloEuro),
    ] {
        let p = valid().set("Direction", "B9", S(text)).read();
        assert_eq!(clean(&p).unit, unit, "unit {text:?}");
    }
    let p = valid().set("Direction", "B9", E).read();
    assert_eq!(clean(&p).unit, Unit::Euro, "an empty unit is the default, euros");
}

// ----- Dates ------------------------------------------------------------------------------

#[test]
fn dates_read_as_date_cells_serial_numbers_and_text() {
    let cases = [
        D(2026, 12, 31),
        N(46387.0),
        N(46387.5),
        S("31/12/2026"),
        S("31.12.2026"),
        S("2026-12-31"),
        S(" 31/12/2026 "),
        NF(46387.0, "dd mmmm yyyy"),
    ];
    let mut rows = vec![vec![S("Code projet"), S("Jalon"), S("Date initiale"), S("Date prévue"), S("Date réelle")]];
    for v in &cases {
        rows.push(vec![S("DSI-01"), S("Lot"), v.clone(), v.clone(), E]);
    }
    let p = valid().with("Jalons", rows).read();
    let d = clean(&p);
    for (m, v) in d.milestones.iter().zip(&cases) {
        assert_eq!(m.baseline, Some(ymd(2026, 12, 31)), "{v:?} must read as 31/12/2026");
        assert_eq!(m.actual, None, "an empty date is no date");
    }
    assert_eq!(d.milestones.len(), cases.len());
}

#[test]
fn dates_of_every_other_sheet_take_the_same_forms() {
    let p = valid()
        .set("Projets", "F2", S("05.01.2026"))
        .set("Projets", "G2", N(46568.0))
        .set("Direction", "B7", S("2026-04-10"))
        .set("Météo", "B2", S("31/03/2026"))
        .set("Risques", "H2", N(46203.0))
        .read();
    let d = clean(&p);
    assert_eq!(d.projects[0].start, Some(ymd(2026, 1, 5)));
    assert_eq!(d.projects[0].end, Some(ymd(2027, 6, 30)));
    assert_eq!(d.submitted_on, Some(ymd(2026, 4, 10)));
    assert_eq!(d.statuses[0].date, ymd(2026, 3, 31));
    assert_eq!(d.risks[0].due, Some(ymd(2026, 6, 30)));
}

#[test]
fn bare_serial_numbers_follow_the_workbooks_1904_date_system() {
    // A workbook in the 1904 system (old Mac Excel) counts days from 1904-01-01: the same day
    // is 1462 less than in the 1900 system, for date cells and bare serials alike.
    let book = valid().set("Jalons", "C2", N(46387.0 - 1462.0)).set("Jalons", "D2", D(2026, 12, 31));
    let bytes = patch_xlsx(&book.bytes(), |path, xml| {
        (path == "xl/workbook.xml").then(|| xml.replacen("<workbookPr", "<workbookPr date1904=\"1\"", 1))
    });
    let p = pmo_import::read_workbook("mac.xlsx", &bytes);
    let d = accepted(&p);
    assert_eq!(d.milestones[0].baseline, Some(ymd(2026, 12, 31)), "a bare serial counts from 1904 here");
}

// ----- Closed lists -----------------------------------------------------------------------

#[test]
fn closed_lists_read_in_both_languages_any_case_with_or_without_accents() {
    let projects = vec![
        vec![S("Code projet"), S("Intitulé"), S("Statut"), S("Priorité")],
        vec![S("P-01"), S("a"), S("in progress"), S("P1")],
        vec![S("P-02"), S("b"), S("VALIDE"), N(2.0)],
        vec![S("P-03"), S("c"), S("Abandonne"), S("p3")],
        vec![S("P-04"), S("d"), S("On Hold"), S("1")],
        vec![S("P-05"), S("e"), S("terminé"), S(" 2 ")],
        vec![S("P-06"), S("f"), S("Candidate"), E],
    ];
    let statuses = vec![
        vec![S("Code projet"), S("Date"), S("Météo globale"), S("Délai"), S("Coût"), S("Périmètre"), S("Ressources")],
        vec![S("P-01"), D(2026, 3, 31), S("sunny"), S("NUAGEUX"), S("pluie"), S("Stormy"), S("Orage")],
        vec![S("P-02"), D(2026, 3, 31), S("Cloudy"), S("soleil"), S("RAINY"), E, E],
    ];
    let budget = vec![
        vec![S("Code projet"), S("Nature"), S("Catégorie")],
        vec![S("P-01"), S("capex"), S("interne")],
        vec![S("P-01"), S("Opex"), S("External")],
        vec![S("P-02"), S("OPEX"), S("materiel")],
        vec![S("P-02"), S("CAPEX"), S("LICENCES")],
        vec![S("P-03"), S("CAPEX"), S("autre")],
    ];
    let risks = vec![
        vec![S("Code projet"), S("Intitulé"), S("Probabilité"), S("Impact"), S("Statut")],
        vec![S("P-01"), S("a"), N(1.0), N(1.0), S("open")],
        vec![S("P-01"), S("b"), N(1.0), N(1.0), S("En Traitement")],
        vec![S("P-01"), S("c"), N(1.0), N(1.0), S("clos")],
        vec![S("P-01"), S("d"), N(1.0), N(1.0), S("CLOSED")],
    ];
    let p = valid()
        .set("Direction", "B6", S("BI"))
        .with("Projets", projects)
        .with("Météo", statuses)
        .with("Budget", budget)
        .with("Risques", risks)
        .without("Charges")
        .without("Jalons")
        .read();
    let d = clean(&p);
    use ProjectStatus as PS;
    let got: Vec<_> = d.projects.iter().map(|p| (p.status, p.priority)).collect();
    assert_eq!(
        got,
        vec![
            (Some(PS::InProgress), Some(1)),
            (Some(PS::Approved), Some(2)),
            (Some(PS::Cancelled), Some(3)),
            (Some(PS::OnHold), Some(1)),
            (Some(PS::Done), Some(2)),
            (Some(PS::Candidate), None),
        ]
    );
    let s = &d.statuses[0];
    assert_eq!(
        (s.overall, s.schedule, s.cost, s.scope, s.resources),
        (Weather::Sunny, Some(Weather::Cloudy), Some(Weather::Rainy), Some(Weather::Stormy), Some(Weather::Stormy))
    );
    assert_eq!((d.statuses[1].overall, d.statuses[1].scope), (Weather::Cloudy, None));
    let natures: Vec<_> = d.budget.iter().map(|b| (b.nature, b.category)).collect();
    assert_eq!(
        natures,
        vec![
            (Nature::Capex, Some(Category::Internal)),
            (Nature::Opex, Some(Category::External)),
            (Nature::Opex, Some(Category::Hardware)),
            (Nature::Capex, Some(Category::Licences)),
            (Nature::Capex, Some(Category::Other)),
        ]
    );
    let risk_status: Vec<_> = d.risks.iter().map(|r| r.status).collect();
    use RiskStatus as RS;
    assert_eq!(risk_status, vec![Some(RS::Open), Some(RS::InProgress), Some(RS::Closed), Some(RS::Closed)]);
}

#[test]
fn campaigns_read_by_code_and_by_name_in_both_languages() {
    for (text, campaign) in [
        ("BI", Campaign::Bi),
        ("budget initial", Campaign::Bi),
        ("Initial budget", Campaign::Bi),
        ("r1", Campaign::R1),
        ("Reprévision T2", Campaign::R2),
        ("Reprevision 2", Campaign::R2),
        ("REPRÉVISION T3", Campaign::R3),
        ("Reforecast Q3", Campaign::R3),
        ("Clôture", Campaign::Cl),
        ("cloture", Campaign::Cl),
        ("CL", Campaign::Cl),
        ("Year-end closing", Campaign::Cl),
    ] {
        let p = valid().set("Direction", "B6", S(text)).read();
        assert_eq!(accepted(&p).campaign, campaign, "campaign {text:?}");
        // valid() reports the actuals of T1 only: a later campaign finds its other closed
        // quarters not reported (contract v1.1), and says nothing else.
        assert!(p.findings.iter().all(|f| f.key == Key::ActualNotReported), "{}", dump(&p));
        assert_eq!(p.findings.is_empty(), campaign <= Campaign::R1, "{text:?}: {}", dump(&p));
        assert_eq!(p.identity.campaign, Some(campaign));
    }
}

// ----- Direction sheet --------------------------------------------------------------------

#[test]
fn direction_keys_come_in_any_order_and_in_english() {
    let rows = vec![
        vec![S("Budget envelope"), S("2 000 000")],
        vec![S("Campaign"), S("Reforecast Q2")],
        vec![S("unit"), S("€")],
        vec![S("Owner"), S("Jane Doe")],
        vec![],
        vec![S("Submission date"), S("15/07/2026")],
        vec![S("YEAR"), N(2026.0)],
        vec![S("Name"), S("Human resources")],
        vec![S("Directorate code :"), S(" drh ")],
    ];
    let p = valid().with("Direction", rows).read();
    let d = accepted(&p);
    assert!(p.findings.iter().all(|f| f.key == Key::ActualNotReported), "R2, T2 not reported:\n{}", dump(&p));
    assert_eq!(d.directorate, "DRH", "the code is trimmed and upper-cased");
    assert_eq!(d.directorate_name.as_deref(), Some("Human resources"));
    assert_eq!((d.year, d.campaign), (2026, Campaign::R2));
    assert_eq!(d.submitted_on, Some(ymd(2026, 7, 15)));
    assert_eq!(d.owner.as_deref(), Some("Jane Doe"));
    assert_eq!(d.envelope, Some(dec("2000000")));
    let envelope_cell = d.key_cells.iter().find(|(k, _)| k == "envelope").map(|(_, c)| c.cell.as_str());
    assert_eq!(envelope_cell, Some("B1"), "provenance of the envelope");
    assert_eq!(p.identity.directorate.as_deref(), Some("DRH"));
}

#[test]
fn direction_keys_may_stand_in_any_column_with_their_value_beside_them() {
    let rows = vec![
        vec![],
        vec![E, E, S("Code direction"), S("DAF")],
        vec![E, E, S("Exercice"), S("2026")],
        vec![E, E, S("Campagne"), S("BI")],
    ];
    let p = valid().with("Direction", rows).read();
    let d = clean(&p);
    assert_eq!((d.directorate.as_str(), d.year, d.campaign), ("DAF", 2026, Campaign::Bi));
}

#[test]
fn an_unknown_direction_key_with_a_value_is_a_warning_and_a_lone_note_is_not() {
    let p = valid()
        .set("Direction", "A12", S("Téléphone"))
        .set("Direction", "B12", S("01 23 45 67 89"))
        .set("Direction", "A14", S("Merci de renvoyer ce classeur avant le 15 avril."))
        .read();
    let f = warning(&p, Key::KeyUnknown, "Direction", Some("A12"));
    assert_eq!(arg(f, "found"), "Téléphone");
    assert_eq!(p.findings.len(), 1, "{}", dump(&p));
}

#[test]
fn a_direction_key_given_twice_keeps_the_first_value_with_a_warning() {
    let p = valid().set("Direction", "A12", S("Exercice")).set("Direction", "B12", N(2027.0)).read();
    let f = warning(&p, Key::KeyDuplicate, "Direction", Some("A12"));
    assert_eq!(arg(f, "expected"), "B5");
    assert_eq!(accepted(&p).year, 2026);
}

// ----- Sheets -----------------------------------------------------------------------------

#[test]
fn sheet_names_match_in_english_in_any_case_and_without_accents() {
    let book = valid()
        .rename("Direction", "DIRECTORATE")
        .rename("Projets", "projects")
        .rename("Budget", "budget ")
        .rename("Charges", "Workload")
        .rename("Capacité", "CAPACITE")
        .rename("Météo", "meteo")
        .rename("Risques", "Risks")
        .rename("Jalons", "Milestones");
    let p = book.read();
    let d = clean(&p);
    assert_eq!((d.projects.len(), d.budget.len(), d.workload.len(), d.capacity.len()), (2, 3, 1, 1));
    assert_eq!((d.statuses.len(), d.risks.len(), d.milestones.len()), (2, 1, 1));
    assert_eq!(d.milestones[0].origin.as_ref().unwrap().sheet, "Milestones", "provenance keeps the sheet's own name");
    let p = valid().rename("Météo", "Weather").read();
    assert_eq!(clean(&p).statuses.len(), 2);
    let p = valid().rename("Météo", "STATUS").read();
    assert_eq!(clean(&p).statuses.len(), 2);
}

#[test]
fn only_direction_and_projets_are_required() {
    let book = valid()
        .without("Budget")
        .without("Charges")
        .without("Capacité")
        .without("Météo")
        .without("Risques")
        .without("Jalons");
    let d = clean(&book.read()).clone();
    assert_eq!(d.projects.len(), 2);
    assert!(d.budget.is_empty() && d.statuses.is_empty());
    // An optional sheet left empty says nothing either.
    let d = clean(&valid().with("Budget", vec![]).read()).clone();
    assert!(d.budget.is_empty());
}

#[test]
fn instruction_sheets_and_hidden_sheets_are_ignored() {
    let book = Book::new()
        .sheet(
            "Instructions",
            vec![
                vec![S("Mode d'emploi")],
                vec![S("Code projet"), S("Intitulé"), S("n'importe quoi")],
                vec![S("???"), N(-1.0)],
            ],
        )
        .hidden_sheet("Listes", vec![vec![S("Soleil")], vec![S("Neige")]])
        // A hidden copy of a contract sheet (kept for the template's formulas) is not a
        // second Projets sheet either.
        .hidden_sheet("Projets (2)", vec![vec![S("Code projet"), S("Intitulé")], vec![S("DSI-01"), E]]);
    let mut all = book;
    for name in ["Direction", "Projets", "Budget", "Charges", "Capacité", "Météo", "Risques", "Jalons"] {
        all = all.sheet(name, valid().rows(name));
    }
    let all = all.hidden_sheet("Jalons ", vec![vec![S("Code projet"), S("Jalon")], vec![S("XXX"), S("hidden")]]);
    let p = all.read();
    let d = accepted(&p);
    assert_eq!(d.milestones.len(), 1, "the hidden sheet named like Jalons is not read");
    // A hidden sheet named like a contract sheet may have been hidden by mistake: a warning
    // says it was not read; the other hidden and instruction sheets say nothing.
    let f = warning(&p, Key::SheetHidden, "Jalons ", None);
    assert_eq!(
        f.message(Lang::Fr),
        "La feuille « Jalons  » est masquée : elle est ignorée. Affichez-la si elle doit être importée."
    );
    assert_eq!(p.findings.len(), 1, "{}", dump(&p));
}

// ----- Météo and risks --------------------------------------------------------------------

#[test]
fn a_hidden_budget_sheet_is_ignored_with_a_warning() {
    let book = Book::new()
        .sheet("Direction", valid().rows("Direction"))
        .sheet("Projets", valid().rows("Projets"))
        .hidden_sheet("Budget", valid().rows("Budget"));
    let p = book.read();
    let f = warning(&p, Key::SheetHidden, "Budget", None);
    assert!(
        f.message(Lang::En).starts_with("Sheet \"Budget\" is hidden, so it is ignored."),
        "{}",
        f.message(Lang::En)
    );
    assert!(accepted(&p).budget.is_empty());
}

#[test]
fn progress_reads_as_a_percentage_in_every_form() {
    let rows = vec![
        vec![S("Code projet"), S("Date"), S("Météo globale"), S("Avancement")],
        vec![S("DSI-01"), D(2026, 3, 31), S("Soleil"), P(0.45)],
        vec![S("DSI-01"), D(2026, 3, 30), S("Soleil"), N(45.0)],
        vec![S("DSI-01"), D(2026, 3, 29), S("Soleil"), S("45 %")],
        vec![S("DSI-01"), D(2026, 3, 28), S("Soleil"), S("45,5")],
        vec![S("DSI-01"), D(2026, 3, 27), S("Soleil"), P(1.0)],
        vec![S("DSI-01"), D(2026, 3, 26), S("Soleil"), P(0.0)],
        vec![S("DSI-01"), D(2026, 3, 25), S("Soleil"), N(0.5)],
        vec![S("DSI-01"), D(2026, 3, 24), S("Soleil"), E],
    ];
    let p = valid().with("Météo", rows).read();
    let d = clean(&p);
    let got: Vec<_> = d.statuses.iter().map(|s| s.progress).collect();
    assert_eq!(
        got,
        vec![
            Some(dec("45")),
            Some(dec("45")),
            Some(dec("45")),
            Some(dec("45.5")),
            Some(dec("100")),
            Some(dec("0")),
            Some(dec("0.5")),
            None
        ],
        "0.45 shown as 45 % is 45; in an xlsx, a 0.5 not formatted as % is 0.5 %"
    );
}

#[test]
fn a_criticality_other_than_probability_times_impact_is_a_warning_and_the_product_is_kept() {
    let p = valid().set("Risques", "F2", N(10.0)).read();
    let f = warning(&p, Key::CriticalityMismatch, "Risques", Some("F2"));
    assert_eq!((arg(f, "found"), arg(f, "expected")), ("10", "12"));
    let (fr, en) = messages(f);
    assert_eq!(fr, "Criticité saisie 10 différente de probabilité × impact = 12 : la valeur calculée est retenue.");
    assert!(en.starts_with("Criticality given 10 differs from probability × impact = 12"), "{en}");
    assert_eq!(accepted(&p).risks[0].criticality(), 12);
    assert_eq!(p.findings.len(), 1);
    // A formula computing it, or no value, says nothing.
    clean(&valid().set("Risques", "F2", F("D2*E2", 12.0)).read());
    clean(&valid().set("Risques", "F2", E).read());
}

// ----- Projects ---------------------------------------------------------------------------

#[test]
fn multi_year_reads_yes_no_in_both_languages_and_a_cross_or_nothing() {
    let cases: Vec<(V, Option<bool>)> = vec![
        (S("Oui"), Some(true)),
        (S("non"), Some(false)),
        (S("Yes"), Some(true)),
        (S("NO"), Some(false)),
        (S("X"), Some(true)),
        (S("x"), Some(true)),
        (E, Some(false)),
        (B(true), Some(true)),
        (N(0.0), Some(false)),
    ];
    let mut rows = vec![vec![S("Code projet"), S("Intitulé"), S("Pluriannuel")]];
    for (i, (v, _)) in cases.iter().enumerate() {
        rows.push(vec![T(format!("P-{i}")), S("p"), v.clone()]);
    }
    let p = valid()
        .with("Projets", rows)
        .without("Budget")
        .without("Charges")
        .without("Météo")
        .without("Risques")
        .without("Jalons")
        .read();
    let d = clean(&p);
    for (project, (v, want)) in d.projects.iter().zip(&cases) {
        assert_eq!(project.multi_year, *want, "multi-year {v:?}");
    }
    // Without the column, nothing is said.
    let p = valid()
        .with(
            "Projets",
            vec![vec![S("Code projet"), S("Intitulé")], vec![S("DSI-01"), S("a")], vec![S("DSI-02"), S("b")]],
        )
        .read();
    assert_eq!(clean(&p).projects[0].multi_year, None);
}

#[test]
fn project_codes_are_matched_across_sheets_whatever_their_case_and_spaces() {
    let p = valid().set("Budget", "A2", S(" dsi-01 ")).set("Jalons", "A2", S("Dsi-01")).read();
    let d = clean(&p);
    assert_eq!(d.budget[0].project, "DSI-01");
    assert_eq!(d.milestones[0].project, "DSI-01");
}

#[test]
fn a_duplicate_budget_line_is_a_warning_and_both_lines_are_kept() {
    let mut rows = valid().rows("Budget");
    rows.push(rows[1].clone());
    let p = valid().with("Budget", rows).read();
    let f = warning(&p, Key::RowDuplicate, "Budget", Some("A5"));
    assert_eq!(arg(f, "expected"), "A2");
    assert_eq!(arg(f, "found"), "DSI-01 / CAPEX / Externe");
    assert_eq!(accepted(&p).budget.len(), 4);
}

#[test]
fn warnings_render_in_english_too() {
    let p = valid().set("Budget", "L1", S("Notes")).read();
    let f = warning(&p, Key::ColumnUnknown, "Budget", Some("L1"));
    assert_eq!(f.message(Lang::En), "Unknown column \"Notes\" ignored.");
}

// ----- Contract v1.1: the Réalisé of a closed quarter -------------------------------------

#[test]
fn an_empty_actual_of_a_closed_quarter_is_not_reported_but_a_typed_zero_is_a_zero() {
    let not_reported = |p: &pmo_import::Parsed, project: &str, quarter: &str| {
        p.findings
            .iter()
            .filter(|f| f.key == Key::ActualNotReported && arg(f, "project") == project && arg(f, "quarter") == quarter)
            .count()
    };
    // valid() is an R1 with every Réalisé T1 given: nothing to say.
    let r1 = valid().read();
    assert_eq!(clean(&r1).campaign, Campaign::R1);

    // As an R2, DSI-01's two lines leave Réalisé T2 (column I) blank: one warning for the
    // project and quarter, naming both cells, and the figures count 0.
    let r2 = valid().set("Direction", "B6", S("R2")).read();
    assert_eq!(not_reported(&r2, "DSI-01", "2"), 1, "{}", dump(&r2));
    let f = warning(&r2, Key::ActualNotReported, "Budget", Some("I2"));
    assert_eq!(arg(f, "cells"), "Budget!I2, Budget!I3");
    assert_eq!(
        f.message(Lang::Fr),
        "Réalisé T2 du projet DSI-01 non renseigné (Budget!I2, Budget!I3) alors que la campagne R2 clôt ce trimestre : \
         compté 0. Saisissez le réalisé du trimestre, ou 0 s'il n'y a eu aucune dépense."
    );
    assert!(f.message(Lang::En).starts_with("Actual Q2 of project DSI-01 not reported (Budget!I2, Budget!I3)"));
    assert_eq!(accepted(&r2).budget[0].actual[1], dec("0"), "still counted as 0: the warning makes it seen");
    assert_eq!(not_reported(&r2, "DSI-01", "1"), 0, "T1 is reported");

    // A 0 typed in one of its cells is a real zero: the project reported its quarter.
    let zero = valid().set("Direction", "B6", S("R2")).set("Budget", "I2", N(0.0)).read();
    assert_eq!(not_reported(&zero, "DSI-01", "2"), 0, "{}", dump(&zero));

    // A candidate spends nothing: it is never asked for actuals.
    let candidate = valid().set("Direction", "B6", S("R2")).set("Projets", "D2", S("Candidat")).read();
    assert_eq!(not_reported(&candidate, "DSI-01", "2"), 0, "{}", dump(&candidate));
}
