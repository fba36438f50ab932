//! What the contract rejects (section 4, and section 2's sheet, key and column rules): each error
//! is reported at its exact place with what was expected and what was found, every error of the
//! workbook is reported, and a rejected workbook gives no data at all.

mod common;

use common::*;
use pmo_model::finding::Severity;
use pmo_model::i18n::{Key, Lang};

// ----- Sheets, columns, keys --------------------------------------------------------------

#[test]
fn a_missing_direction_sheet_is_an_error() {
    let p = valid().without("Direction").read();
    let f = only_error(&p, Key::SheetMissing, "Direction", None);
    assert_eq!(arg(f, "expected"), "Direction");
    assert!(
        arg(f, "found").starts_with("« Projets », « Budget »"),
        "the message lists the sheets found: {}",
        arg(f, "found")
    );
    let (fr, en) = messages(f);
    assert!(
        fr.starts_with("Feuille obligatoire absente : « Direction ». Feuilles trouvées : « Projets », « Budget »"),
        "{fr}"
    );
    assert!(en.starts_with("Required sheet missing: \"Directorate\". Sheets found: \"Projets\", \"Budget\""), "{en}");
    assert_eq!(p.identity, pmo_import::Identity::default(), "without Direction nobody is identified");
}

#[test]
fn a_missing_projets_sheet_is_an_error() {
    let p = valid().without("Projets").read();
    let f = error(&p, Key::SheetMissing, "Projets", None);
    assert_eq!(arg(f, "expected"), "Projets");
    assert_eq!(p.identity.directorate.as_deref(), Some("DSI"), "the identity is known even when rejected");
    assert_eq!(p.identity.year, Some(2026));
}

#[test]
fn a_workbook_with_no_contract_sheet_reports_both_required_ones() {
    let p = Book::new().sheet("Feuil1", vec![vec![S("bonjour")]]).read();
    error(&p, Key::SheetMissing, "Direction", None);
    let f = error(&p, Key::SheetMissing, "Projets", None);
    assert_eq!(arg(f, "found"), "« Feuil1 »");
    assert_eq!(p.findings.len(), 2, "{}", dump(&p));
}

#[test]
fn two_sheets_for_one_kind_is_an_error() {
    let p = valid().sheet("Projects", valid().rows("Projets")).read();
    let f = only_error(&p, Key::SheetDuplicate, "Projects", None);
    assert_eq!(arg(f, "expected"), "Projets");
    assert_eq!(
        messages(f).0,
        "Deux feuilles correspondent à « Projets » : « Projets », « Projects ». Gardez-en une seule."
    );
    assert_eq!(messages(f).1, "Two sheets match \"Projects\": \"Projets\", \"Projects\". Keep only one.");
}

#[test]
fn a_missing_required_column_is_an_error_naming_the_headers_found() {
    let rows: Vec<Vec<V>> = valid()
        .rows("Projets")
        .into_iter()
        .map(|mut r| {
            r.remove(1);
            r
        })
        .collect();
    let p = valid().with("Projets", rows).read();
    let f = only_error(&p, Key::ColumnMissing, "Projets", None);
    assert_eq!(arg(f, "expected"), "Intitulé");
    let (fr, en) = messages(f);
    assert!(
        fr.starts_with("Colonne obligatoire absente : « Intitulé ». En-têtes trouvés : « Code projet », « Ambition »"),
        "{fr}"
    );
    assert!(en.starts_with("Required column missing: \"Name\". Headers found: \"Code projet\", \"Ambition\""), "{en}");
}

#[test]
fn each_required_column_of_each_sheet_is_checked() {
    for (sheet, header, field) in [
        ("Budget", "Nature", "Nature"),
        ("Budget", "Code projet", "Code projet"),
        ("Charges", "Équipe", "Équipe"),
        ("Capacité", "Équipe", "Équipe"),
        ("Météo", "Date", "Date"),
        ("Météo", "Météo globale", "Météo globale"),
        ("Risques", "Probabilité", "Probabilité"),
        ("Risques", "Impact", "Impact"),
        ("Risques", "Intitulé", "Intitulé"),
        ("Jalons", "Jalon", "Jalon"),
    ] {
        let mut rows = valid().rows(sheet);
        let col = rows[0].iter().position(|v| matches!(v, S(s) if *s == header)).unwrap();
        rows[0][col] = S("Colonne renommée");
        let p = valid().with(sheet, rows).read();
        let f = error(&p, Key::ColumnMissing, sheet, None);
        assert_eq!(arg(f, "expected"), field, "{sheet}");
    }
}

#[test]
fn a_column_given_twice_is_an_error_at_the_second() {
    let p = valid().set("Budget", "L1", S("Planned Q1")).read();
    let f = only_error(&p, Key::ColumnDuplicate, "Budget", Some("L1"));
    assert_eq!((arg(f, "expected"), arg(f, "found")), ("Prévu T1", "D1"));
}

#[test]
fn a_missing_required_key_is_an_error() {
    for (row, key, key_en) in
        [(3, "Code direction", "Directorate code"), (5, "Exercice", "Year"), (6, "Campagne", "Campaign")]
    {
        let mut rows = valid().rows("Direction");
        rows[row - 1] = vec![];
        let p = valid().with("Direction", rows).read();
        let f = only_error(&p, Key::KeyMissing, "Direction", None);
        assert_eq!(arg(f, "expected"), key);
        let (fr, en) = messages(f);
        assert!(fr.starts_with(&format!("Information obligatoire absente : « {key} »")), "{fr}");
        assert!(en.starts_with(&format!("Required information missing: \"{key_en}\"")), "{en}");
    }
}

#[test]
fn a_required_key_without_a_value_is_an_error_at_the_value_cell() {
    for (cell, key) in [("B3", "Code direction"), ("B5", "Exercice"), ("B6", "Campagne")] {
        let p = valid().set("Direction", cell, E).read();
        let f = only_error(&p, Key::ValueRequired, "Direction", Some(cell));
        assert_eq!(arg(f, "field"), key);
        assert_eq!(messages(f).0, format!("Valeur obligatoire vide : « {key} »."));
    }
}

#[test]
fn a_required_value_left_empty_in_a_table_is_an_error_at_its_cell() {
    let p = valid().set("Projets", "B3", S("  ")).read();
    let f = only_error(&p, Key::ValueRequired, "Projets", Some("B3"));
    assert_eq!(arg(f, "field"), "Intitulé");
    let p = valid().set("Budget", "B2", E).read();
    only_error(&p, Key::ValueRequired, "Budget", Some("B2"));
    let p = valid().set("Météo", "B3", E).read();
    only_error(&p, Key::ValueRequired, "Météo", Some("B3"));
    let p = valid().set("Risques", "D2", E).read();
    only_error(&p, Key::ValueRequired, "Risques", Some("D2"));
}

// ----- Values that cannot be read ---------------------------------------------------------

#[test]
fn an_unreadable_amount_is_an_error() {
    for (text, cell) in [("12abc", "D2"), ("1,2,3", "E3"), ("12 %", "H4"), ("environ 100", "K2")] {
        let p = valid().set("Budget", cell, S(text)).read();
        let f = only_error(&p, Key::AmountInvalid, "Budget", Some(cell));
        assert_eq!(arg(f, "found"), text);
        let (fr, en) = messages(f);
        assert!(fr.contains(&format!("montant illisible « {text} »")) && fr.contains("Attendu : un nombre"), "{fr}");
        assert!(en.contains(&format!("unreadable amount \"{text}\"")), "{en}");
    }
    let p = valid().set("Direction", "B10", S("beaucoup")).read();
    let f = only_error(&p, Key::AmountInvalid, "Direction", Some("B10"));
    assert_eq!(arg(f, "field"), "Enveloppe budgétaire");
    let p = valid().set("Charges", "K2", B(true)).read();
    let f = only_error(&p, Key::AmountInvalid, "Charges", Some("K2"));
    assert_eq!(arg(f, "found"), "VRAI");
}

#[test]
fn an_amount_too_large_for_money_is_an_error_not_a_crash() {
    // Beyond what a decimal holds at all.
    let p = valid().set("Budget", "D2", N(1e300)).read();
    let f = only_error(&p, Key::AmountInvalid, "Budget", Some("D2"));
    assert_eq!(arg(f, "found"), "1e300", "a huge number is shown short");
    let p = valid().set("Budget", "D2", S("99999999999999999999999999999999")).read();
    only_error(&p, Key::AmountInvalid, "Budget", Some("D2"));
    let p = valid().set("Direction", "B9", S("k€")).set("Budget", "D2", N(8e25)).read();
    only_error(&p, Key::AmountInvalid, "Budget", Some("D2"));
    // Readable, but more than any portfolio's cents can add up.
    let p = valid().set("Budget", "D2", S("1 000 000 000 000,01")).read();
    let f = only_error(&p, Key::OutOfRange, "Budget", Some("D2"));
    assert_eq!(messages(f).0, "« Prévu T1 » : valeur 1 000 000 000 000,01 hors limites. Attendu : un montant d'au plus 1 000 milliards d'euros, en positif comme en négatif.");
    let p = valid().set("Direction", "B9", S("k€")).set("Budget", "D2", N(-2e9)).read();
    only_error(&p, Key::OutOfRange, "Budget", Some("D2"));
    let p = valid().set("Budget", "D2", N(1e12)).read();
    assert_eq!(accepted(&p).budget[0].planned[0], dec("1000000000000"), "the bound itself is accepted");
}

#[test]
fn an_unreadable_date_is_an_error() {
    for (v, shown) in [
        (S("31/02/2026"), "31/02/2026"),
        (S("hier"), "hier"),
        (S("2026"), "2026"),
        (N(2026.0), "2026"),
        (B(false), "FAUX"),
    ] {
        let p = valid().set("Projets", "F2", v).read();
        let f = only_error(&p, Key::DateInvalid, "Projets", Some("F2"));
        assert_eq!(arg(f, "found"), shown);
        let (fr, en) = messages(f);
        assert_eq!(
            fr,
            format!("« Date de début » : date illisible « {shown} ». Attendu : une date, par exemple 31/12/2026.")
        );
        assert!(en.contains(&format!("unreadable date \"{shown}\"")), "{en}");
    }
    let p = valid().set("Direction", "B7", S("début avril")).read();
    only_error(&p, Key::DateInvalid, "Direction", Some("B7"));
    let p = valid().set("Météo", "B2", S("T1 2026")).read();
    only_error(&p, Key::DateInvalid, "Météo", Some("B2"));
}

#[test]
fn an_unreadable_number_is_an_error_saying_what_was_expected() {
    let p = valid().set("Charges", "C2", S("beaucoup")).read();
    let f = only_error(&p, Key::NumberInvalid, "Charges", Some("C2"));
    assert_eq!(arg(f, "found"), "beaucoup");
    let (fr, en) = messages(f);
    assert_eq!(
        fr,
        "« Prévu JH T1 » : nombre illisible « beaucoup ». Attendu : un nombre de jours-homme, par exemple 12,5."
    );
    assert!(en.starts_with("\"Prévu JH T1\": unreadable number \"beaucoup\"."), "{en}");
    let p = valid().set("Risques", "D2", S("forte")).read();
    let f = only_error(&p, Key::NumberInvalid, "Risques", Some("D2"));
    assert!(f.message(Lang::En).ends_with("Expected: a whole number from 1 to 4."), "{}", f.message(Lang::En));
    let p = valid().set("Météo", "F3", S("presque fini")).read();
    let f = only_error(&p, Key::NumberInvalid, "Météo", Some("F3"));
    assert!(messages(f).0.ends_with("Attendu : un pourcentage de 0 à 100."));
    let p = valid().set("Projets", "E2", N(1.5)).read();
    only_error(&p, Key::NumberInvalid, "Projets", Some("E2"));
}

// ----- Values outside their list or range -------------------------------------------------

#[test]
fn a_priority_of_4_is_out_of_range() {
    for v in [N(4.0), S("P4"), N(0.0)] {
        let p = valid().set("Projets", "E2", v.clone()).read();
        let f = only_error(&p, Key::OutOfRange, "Projets", Some("E2"));
        let (fr, en) = messages(f);
        assert!(
            fr.starts_with("« Priorité » : valeur")
                && fr.ends_with("hors limites. Attendu : 1, 2 ou 3 (ou P1, P2, P3)."),
            "{v:?}: {fr}"
        );
        assert!(en.ends_with("out of range. Expected: 1, 2 or 3 (or P1, P2, P3)."), "{en}");
    }
}

#[test]
fn a_probability_of_5_is_out_of_range() {
    let p = valid().set("Risques", "D2", N(5.0)).set("Risques", "E2", N(0.0)).read();
    let f = error(&p, Key::OutOfRange, "Risques", Some("D2"));
    assert_eq!((arg(f, "field"), arg(f, "found")), ("Probabilité", "5"));
    assert_eq!(messages(f).0, "« Probabilité » : valeur 5 hors limites. Attendu : un entier de 1 à 4.");
    let f = error(&p, Key::OutOfRange, "Risques", Some("E2"));
    assert_eq!(arg(f, "field"), "Impact");
    assert_eq!(p.errors().count(), 2);
}

#[test]
fn a_year_of_1850_is_out_of_range() {
    let p = valid().set("Direction", "B5", N(1850.0)).read();
    let f = only_error(&p, Key::OutOfRange, "Direction", Some("B5"));
    assert_eq!(arg(f, "found"), "1850");
    assert_eq!(messages(f).0, "« Exercice » : valeur 1850 hors limites. Attendu : une année entre 2000 et 2100.");
    assert_eq!(messages(f).1, "\"Exercice\": value 1850 out of range. Expected: a year between 2000 and 2100.");
    let p = valid().set("Direction", "B5", S("deux mille vingt-six")).read();
    only_error(&p, Key::NumberInvalid, "Direction", Some("B5"));
}

#[test]
fn a_unit_of_million_euros_is_not_in_the_list() {
    let p = valid().set("Direction", "B9", S("M€")).read();
    let f = only_error(&p, Key::ChoiceInvalid, "Direction", Some("B9"));
    assert_eq!(arg(f, "found"), "M€");
    assert_eq!(messages(f).0, "« Unité » : valeur « M€ » hors liste. Attendu : € ou k€.");
    assert_eq!(messages(f).1, "\"Unité\": value \"M€\" is not in the list. Expected: € or k€.");
}

#[test]
fn a_weather_of_snow_is_not_in_the_list() {
    let p = valid().set("Météo", "C2", S("Neige")).set("Météo", "E3", S("Brouillard")).read();
    let f = error(&p, Key::ChoiceInvalid, "Météo", Some("C2"));
    assert_eq!(arg(f, "found"), "Neige");
    assert_eq!(
        messages(f).0,
        "« Météo globale » : valeur « Neige » hors liste. Attendu : Soleil, Nuageux, Pluie ou Orage."
    );
    assert_eq!(
        messages(f).1,
        "\"Météo globale\": value \"Neige\" is not in the list. Expected: Sunny, Cloudy, Rainy or Stormy."
    );
    error(&p, Key::ChoiceInvalid, "Météo", Some("E3"));
    assert_eq!(p.errors().count(), 2);
}

#[test]
fn every_closed_list_refuses_a_value_outside_it() {
    for (sheet, cell, text, expected) in [
        ("Direction", "B6", "R4", "Budget initial, Reprévision T1, Reprévision T2, Reprévision T3 ou Clôture"),
        ("Projets", "D2", "Peut-être", "Candidat, Validé, En cours, Suspendu, Terminé ou Abandonné"),
        ("Projets", "H2", "Peut-être", "Oui, Non ou X"),
        ("Budget", "B2", "CAPEX2", "CAPEX ou OPEX"),
        ("Budget", "C2", "Voyages", "Interne, Externe, Licences, Matériel ou Autre"),
        ("Risques", "G2", "Oublié", "Ouvert, En traitement ou Clos"),
    ] {
        let p = valid().set(sheet, cell, S(text)).read();
        let f = only_error(&p, Key::ChoiceInvalid, sheet, Some(cell));
        assert_eq!((arg(f, "found"), arg(f, "expected")), (text, expected), "{sheet}!{cell}");
    }
}

#[test]
fn a_progress_beyond_100_is_out_of_range() {
    for v in [N(150.0), P(1.5), S("-5 %")] {
        let p = valid().set("Météo", "F3", v.clone()).read();
        let f = only_error(&p, Key::OutOfRange, "Météo", Some("F3"));
        assert!(messages(f).0.ends_with("Attendu : un pourcentage de 0 à 100."), "{v:?}");
    }
}

// ----- Projects ---------------------------------------------------------------------------

#[test]
fn a_duplicate_project_code_is_an_error_at_the_second_naming_the_first() {
    let p = valid().set("Projets", "A3", S("dsi-01")).read();
    let f = error(&p, Key::ProjectDuplicate, "Projets", Some("A3"));
    assert_eq!((arg(f, "found"), arg(f, "expected")), ("DSI-01", "A2"));
    let (fr, en) = messages(f);
    assert!(fr.starts_with("Code projet « DSI-01 » en double (déjà en A2)."), "{fr}");
    assert!(en.starts_with("Duplicate project code \"DSI-01\" (already at A2)."), "{en}");
    // DSI-02 no longer exists, so the lines naming it are errors too; nothing else.
    assert!(p.errors().all(|f| matches!(f.key, Key::ProjectDuplicate | Key::ProjectUnknown)), "{}", dump(&p));
}

#[test]
fn a_row_naming_a_project_absent_from_projets_is_an_error_in_every_sheet() {
    let p = valid()
        .set("Budget", "A3", S("DSI-99"))
        .set("Charges", "A2", S("DSI-99"))
        .set("Météo", "A3", S("DSI-99"))
        .set("Risques", "A2", S("DSI-99"))
        .set("Jalons", "A2", S("DSI-99"))
        .read();
    for sheet in ["Budget", "Charges", "Météo", "Risques", "Jalons"] {
        let cell = if matches!(sheet, "Budget" | "Météo") { "A3" } else { "A2" };
        let f = error(&p, Key::ProjectUnknown, sheet, Some(cell));
        assert_eq!(arg(f, "found"), "DSI-99");
        assert_eq!(
            messages(f).0,
            "Code projet « DSI-99 » absent de la feuille Projets. Attendu : un code de la feuille Projets."
        );
    }
    assert_eq!(p.errors().count(), 5, "{}", dump(&p));
}

#[test]
fn an_end_date_before_the_start_date_is_an_error_at_the_end_date() {
    let p = valid().set("Projets", "G2", S("31/12/2025")).read();
    let f = only_error(&p, Key::EndBeforeStart, "Projets", Some("G2"));
    assert_eq!((arg(f, "found"), arg(f, "expected")), ("31/12/2025", "05/01/2026"));
    assert_eq!(messages(f).0, "Date de fin 31/12/2025 antérieure à la date de début 05/01/2026.");
    assert_eq!(messages(f).1, "End date 31/12/2025 is before start date 05/01/2026.");
    // The same day is fine.
    clean(&valid().set("Projets", "G2", D(2026, 1, 5)).read());
}

#[test]
fn negative_man_days_are_an_error_planned_actual_and_capacity() {
    let p =
        valid().set("Charges", "C2", N(-5.0)).set("Charges", "G2", S("-1,5")).set("Capacité", "E2", N(-10.0)).read();
    let f = error(&p, Key::ManDaysNegative, "Charges", Some("C2"));
    assert_eq!((arg(f, "field"), arg(f, "found")), ("Prévu JH T1", "-5"));
    assert_eq!(
        messages(f).0,
        "« Prévu JH T1 » : nombre de jours-homme négatif (-5). Attendu : un nombre positif ou nul."
    );
    assert_eq!(messages(f).1, "\"Prévu JH T1\": negative man-days (-5). Expected: zero or a positive number.");
    let f = error(&p, Key::ManDaysNegative, "Charges", Some("G2"));
    assert_eq!(arg(f, "found"), "-1,5");
    let f = error(&p, Key::ManDaysNegative, "Capacité", Some("E2"));
    assert_eq!(arg(f, "field"), "Capacité JH T4");
    assert_eq!(p.errors().count(), 3);
    // Zero, even written -0, is not negative.
    clean(&valid().set("Charges", "C2", N(-0.0)).set("Capacité", "E2", S("0")).read());
}

// ----- Formulas ---------------------------------------------------------------------------

#[test]
fn a_formula_whose_cached_value_is_an_error_is_an_error() {
    let p = valid()
        .set("Budget", "D2", FT("D3/0", "#DIV/0!"))
        .set("Charges", "C2", FT("Feuil9!A1", "#REF!"))
        .set("Projets", "B2", FT("RECHERCHEV(A2;Listes!A:B;2;0)", "#N/A"))
        .set("Direction", "B5", FT("ANNEE(AUJOURDHUI())", "#NAME?"))
        .read();
    let f = error(&p, Key::FormulaError, "Budget", Some("D2"));
    assert_eq!((arg(f, "field"), arg(f, "found")), ("Prévu T1", "#DIV/0!"));
    assert_eq!(
        messages(f).0,
        "« Prévu T1 » : la formule renvoie une erreur (#DIV/0!). Corrigez la formule dans le classeur."
    );
    assert_eq!(messages(f).1, "\"Prévu T1\": the formula returns an error (#DIV/0!). Fix the formula in the workbook.");
    assert_eq!(arg(error(&p, Key::FormulaError, "Charges", Some("C2")), "found"), "#REF!");
    assert_eq!(arg(error(&p, Key::FormulaError, "Projets", Some("B2")), "found"), "#N/A");
    assert_eq!(arg(error(&p, Key::FormulaError, "Direction", Some("B5")), "found"), "#NAME?");
    assert_eq!(p.errors().count(), 4, "{}", dump(&p));
}

#[test]
fn a_formula_without_any_cached_value_is_an_error_asking_to_save_the_file_in_a_spreadsheet() {
    // What openpyxl and other writers that do not compute formulas leave: `<f>` and no `<v>`.
    let book = valid().set("Budget", "E2", F("D2*2", 0.0)).set("Risques", "F2", F("D2*E2", 0.0));
    let bytes = patch_xlsx(&book.bytes(), |path, xml| {
        path.starts_with("xl/worksheets/").then(|| xml.replace("<v>0</v></c>", "</c>"))
    });
    let p = pmo_import::read_workbook("openpyxl.xlsx", &bytes);
    let f = error(&p, Key::FormulaNoValue, "Budget", Some("E2"));
    assert_eq!((arg(f, "field"), arg(f, "found")), ("Prévu T2", "=D2*2"));
    let (fr, en) = messages(f);
    assert_eq!(fr, "« Prévu T2 » : formule sans valeur calculée (=D2*2). Ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le, puis importez-le à nouveau.");
    assert!(en.contains("Open the file in Excel or LibreOffice, save it, then import it again."), "{en}");
    assert_eq!(p.errors().count(), 1, "{}", dump(&p));
    // Criticité is derived (contract v1.1): its formula without a value is recomputed, silently.
    assert!(p.findings.iter().all(|f| f.sheet.as_deref() != Some("Risques")), "{}", dump(&p));
}

#[test]
fn a_criticality_never_rejects_a_workbook() {
    // Re-saved by a script that does not compute formulas: the whole workbook was refused for a
    // figure PMO Desk recomputes anyway.
    let book = valid().set("Risques", "F2", F("D2*E2", 0.0));
    let bytes = patch_xlsx(&book.bytes(), |path, xml| {
        path.starts_with("xl/worksheets/").then(|| xml.replace("<v>0</v></c>", "</c>"))
    });
    let p = pmo_import::read_workbook("openpyxl.xlsx", &bytes);
    let d = clean(&p);
    assert_eq!(d.risks[0].criticality(), d.risks[0].probability * d.risks[0].impact);
    // An error value or a text there is said, and recomputed too.
    for bad in [FT("D2*#REF!", "#REF!"), S("élevée")] {
        let p = valid().set("Risques", "F2", bad).read();
        let f = warning(&p, Key::CriticalityUnreadable, "Risques", Some("F2"));
        assert!(f.message(Lang::Fr).ends_with("elle est recalculée comme probabilité × impact."), "{}", dump(&p));
        assert_eq!(p.findings.len(), 1, "one finding, a warning: {}", dump(&p));
        assert_eq!(accepted(&p).risks.len(), valid().read().data.unwrap().risks.len(), "no risk lost");
    }
}

#[test]
fn a_formula_whose_result_is_empty_text_is_an_empty_cell() {
    // rust_xlsxwriter writes "0" for an empty result; the marker is emptied in the XML after.
    let book = valid().set("Budget", "E2", FT("IF(D2>0,\"\",1)", "EMPTY")).set("Projets", "C2", FT("\"\"", "EMPTY"));
    let bytes = patch_xlsx(&book.bytes(), |path, xml| {
        path.starts_with("xl/worksheets/").then(|| xml.replace("<v>EMPTY</v>", "<v></v>"))
    });
    let p = pmo_import::read_workbook("dsi.xlsx", &bytes);
    let d = clean(&p);
    assert_eq!(d.budget[0].planned[1], dec("0"));
    assert_eq!(d.projects[0].ambition, None);
}

// ----- Files that are not workbooks -------------------------------------------------------

/// A file the importer cannot read at all: one error, naming no sheet, and nothing else.
fn unreadable_file(name: &str, bytes: &[u8]) -> pmo_model::finding::Finding {
    let p = pmo_import::read_workbook(name, bytes);
    assert!(p.data.is_none(), "{name} must be rejected");
    assert_eq!(p.findings.len(), 1, "{name}: {}", dump(&p));
    let f = p.findings[0].clone();
    assert_eq!(f.severity, Severity::Error);
    assert_eq!((f.sheet.as_deref(), f.cell.as_deref()), (None, None), "{name}: no sheet to name");
    assert_eq!(p.identity, pmo_import::Identity::default());
    f
}

#[test]
fn random_bytes_are_not_a_workbook() {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..4096)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    let f = unreadable_file("budget.xlsx", &bytes);
    assert_eq!(f.key, Key::FileUnreadable);
    assert!(messages(&f).0.starts_with("Le fichier n'est pas un classeur lisible ("), "{}", messages(&f).0);
    assert!(messages(&f).1.starts_with("The file is not a readable workbook ("), "{}", messages(&f).1);
}

#[test]
fn a_text_file_named_xlsx_is_not_a_workbook() {
    let f = unreadable_file("budget.xlsx", "Code projet;Intitulé\nDSI-01;Refonte\n".as_bytes());
    assert_eq!(f.key, Key::FileUnreadable);
}

#[test]
fn a_truncated_xlsx_is_not_a_workbook() {
    let bytes = valid().bytes();
    for len in [bytes.len() / 2, bytes.len() - 30, 100, 4] {
        let f = unreadable_file("budget.xlsx", &bytes[..len]);
        assert_eq!(f.key, Key::FileUnreadable, "cut at {len}");
    }
}

#[test]
fn an_empty_file_is_not_a_workbook() {
    for name in ["budget.xlsx", "budget.xls", "budget.ods", "budget.xlsb", "budget.xlsm"] {
        let f = unreadable_file(name, b"");
        assert_eq!(f.key, Key::FileUnreadable, "{name}");
    }
}

#[test]
fn a_pdf_is_not_a_workbook() {
    let pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    assert_eq!(unreadable_file("budget.xlsx", pdf).key, Key::FileUnreadable);
    assert_eq!(unreadable_file("budget.pdf", pdf).key, Key::FileUnsupported);
}

#[test]
fn an_unsupported_extension_is_refused_by_name() {
    let f = unreadable_file("budget.csv", "Code projet;Intitulé\nDSI-01;Refonte\n".as_bytes());
    assert_eq!(f.key, Key::FileUnsupported);
    assert_eq!(arg(&f, "found"), ".csv");
    assert_eq!(
        messages(&f).0,
        "Format de fichier non pris en charge : « .csv ». Attendu : .xlsx, .xlsm, .xls, .xlsb ou .ods."
    );
    assert_eq!(messages(&f).1, "Unsupported file format: \".csv\". Expected: .xlsx, .xlsm, .xls, .xlsb or .ods.");
    let f = unreadable_file("budget", b"plain text");
    assert_eq!((f.key, arg(&f, "found")), (Key::FileUnsupported, "budget"));
}

#[test]
fn a_workbook_is_read_by_its_content_whatever_its_extension_says() {
    // Renamed by hand, or saved as .xlsx by a program that wrote another format: what matters is
    // that it is a workbook.
    let bytes = valid().bytes();
    for name in ["dsi.xls", "dsi.ods", "dsi.xlsb", "dsi.XLSX", "dsi.xlsm"] {
        let p = pmo_import::read_workbook(name, &bytes);
        clean(&p);
    }
}

// ----- Every finding is reported ----------------------------------------------------------

#[test]
fn every_error_of_every_sheet_is_reported_not_only_the_first() {
    let p = valid()
        .set("Direction", "B5", N(1850.0))
        .set("Budget", "D2", S("douze"))
        .set("Budget", "A4", S("DSI-99"))
        .set("Météo", "C2", S("Neige"))
        .set("Météo", "B3", S("32/03/2026"))
        .read();
    assert!(p.data.is_none());
    let got: Vec<(String, Key)> = p.findings.iter().map(|f| (f.place(), f.key)).collect();
    assert_eq!(
        got,
        vec![
            ("Direction!B5".to_string(), Key::OutOfRange),
            ("Budget!D2".to_string(), Key::AmountInvalid),
            ("Budget!A4".to_string(), Key::ProjectUnknown),
            ("Météo!C2".to_string(), Key::ChoiceInvalid),
            ("Météo!B3".to_string(), Key::DateInvalid),
        ],
        "five errors in three sheets, all of them, in sheet and row order"
    );
    assert!(p.findings.iter().all(|f| f.is_error()));
}

#[test]
fn warnings_are_reported_along_with_errors() {
    let p = valid().set("Budget", "L1", S("Notes")).set("Budget", "D3", S("oups")).read();
    assert!(p.data.is_none());
    finding(&p, Severity::Warning, Key::ColumnUnknown, "Budget", Some("L1"));
    finding(&p, Severity::Error, Key::AmountInvalid, "Budget", Some("D3"));
    assert_eq!((p.errors().count(), p.warnings().count()), (1, 1));
}

#[test]
fn thousands_of_errors_are_all_reported_and_quickly() {
    // A Budget sheet pasted from another directorate: every row names unknown projects and
    // holds an unreadable amount. Every error is reported, and reporting them stays linear.
    let mut rows = valid().rows("Budget");
    for i in 0..3000 {
        rows.push(vec![T(format!("DAF-{i:04}")), S("CAPEX"), S("Externe"), S("abc"), N(1.0)]);
    }
    let bytes = valid().with("Budget", rows).bytes();
    let start = std::time::Instant::now();
    let p = pmo_import::read_workbook("dsi.xlsx", &bytes);
    let elapsed = start.elapsed();
    assert_eq!(p.errors().count(), 6000, "two errors a row, every row");
    error(&p, Key::ProjectUnknown, "Budget", Some("A3004"));
    error(&p, Key::AmountInvalid, "Budget", Some("D3004"));
    assert!(elapsed.as_secs() < 10, "6 000 errors took {elapsed:?}");
}
