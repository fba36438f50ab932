//! Builds workbooks in code for the importer's tests (rust_xlsxwriter, saved to a buffer).

#![allow(dead_code)]

use std::io::{Cursor, Read, Write};

use chrono::NaiveDate;
use pmo_import::{read_workbook, Parsed};
use pmo_model::finding::{Finding, Severity};
use pmo_model::i18n::{Key, Lang};
use rust_decimal::Decimal;
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};

/// One cell of a test sheet.
#[derive(Clone, Debug)]
pub enum V {
    E,
    S(&'static str),
    T(String),
    N(f64),
    /// A date cell (year, month, day), formatted as a date.
    D(u16, u8, u8),
    /// A formula with its cached result.
    F(&'static str, f64),
    /// A number formatted as a percentage.
    P(f64),
    B(bool),
    /// A formula whose cached result is text: an error value (`#REF!`) or a string (`""`).
    FT(&'static str, &'static str),
    /// A number shown with a number format of its own (`0.00`, `[$€-40C] #,##0.00`).
    NF(f64, &'static str),
}

pub use V::*;

pub struct Book {
    sheets: Vec<(String, Vec<Vec<V>>, bool)>,
}

impl Book {
    pub fn new() -> Book {
        Book { sheets: Vec::new() }
    }

    pub fn sheet(mut self, name: &str, rows: Vec<Vec<V>>) -> Book {
        self.sheets.push((name.to_string(), rows, false));
        self
    }

    pub fn hidden_sheet(mut self, name: &str, rows: Vec<Vec<V>>) -> Book {
        self.sheets.push((name.to_string(), rows, true));
        self
    }

    /// Replaces (or adds) a sheet.
    pub fn with(mut self, name: &str, rows: Vec<Vec<V>>) -> Book {
        self.sheets.retain(|(n, _, _)| n != name);
        self.sheet(name, rows)
    }

    pub fn without(mut self, name: &str) -> Book {
        self.sheets.retain(|(n, _, _)| n != name);
        self
    }

    /// Writes one cell of a sheet, by its A1 address (`"D2"`), growing the sheet as needed.
    pub fn set(mut self, sheet: &str, cell: &str, v: V) -> Book {
        let (row, col) = parse_a1(cell);
        let rows =
            &mut self.sheets.iter_mut().find(|(n, _, _)| n == sheet).unwrap_or_else(|| panic!("no sheet {sheet}")).1;
        if rows.len() <= row {
            rows.resize(row + 1, Vec::new());
        }
        if rows[row].len() <= col {
            rows[row].resize(col + 1, E);
        }
        rows[row][col] = v;
        self
    }

    /// The rows of a sheet, to build a variant of it.
    pub fn rows(&self, sheet: &str) -> Vec<Vec<V>> {
        self.sheets.iter().find(|(n, _, _)| n == sheet).unwrap_or_else(|| panic!("no sheet {sheet}")).1.clone()
    }

    /// Renames a sheet, keeping its place in the workbook.
    pub fn rename(mut self, from: &str, to: &str) -> Book {
        self.sheets.iter_mut().find(|(n, _, _)| n == from).unwrap_or_else(|| panic!("no sheet {from}")).0 =
            to.to_string();
        self
    }

    /// Reads the workbook as the importer does, as `dsi.xlsx`.
    pub fn read(&self) -> Parsed {
        read_workbook("dsi.xlsx", &self.bytes())
    }

    pub fn bytes(&self) -> Vec<u8> {
        let mut wb = Workbook::new();
        let date = Format::new().set_num_format("dd/mm/yyyy");
        let pct = Format::new().set_num_format("0%");
        for (name, rows, hidden) in &self.sheets {
            let ws = wb.add_worksheet();
            ws.set_name(name).unwrap();
            if *hidden {
                ws.set_hidden(true);
            }
            for (r, row) in rows.iter().enumerate() {
                for (c, v) in row.iter().enumerate() {
                    let (r, c) = (r as u32, c as u16);
                    match v {
                        E => {}
                        S(s) => {
                            ws.write_string(r, c, *s).unwrap();
                        }
                        T(s) => {
                            ws.write_string(r, c, s).unwrap();
                        }
                        N(n) => {
                            ws.write_number(r, c, *n).unwrap();
                        }
                        D(y, m, d) => {
                            let dt = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
                            ws.write_datetime_with_format(r, c, &dt, &date).unwrap();
                        }
                        F(f, v) => {
                            ws.write_formula(r, c, Formula::new(*f).set_result(v.to_string())).unwrap();
                        }
                        P(n) => {
                            ws.write_number_with_format(r, c, *n, &pct).unwrap();
                        }
                        B(b) => {
                            ws.write_boolean(r, c, *b).unwrap();
                        }
                        FT(f, v) => {
                            ws.write_formula(r, c, Formula::new(*f).set_result(*v)).unwrap();
                        }
                        NF(n, nf) => {
                            ws.write_number_with_format(r, c, *n, &Format::new().set_num_format(*nf)).unwrap();
                        }
                    }
                }
            }
        }
        wb.save_to_buffer().unwrap()
    }
}

/// A small valid return: DSI, 2026, R1, two projects with budget, workload, capacity, météo,
/// risks and milestones. Tests change one thing in it and check what the importer says.
pub fn valid() -> Book {
    Book::new()
        .sheet(
            "Direction",
            vec![
                vec![S("Remontée budgétaire")],
                vec![],
                vec![S("Code direction"), S("DSI")],
                vec![S("Libellé"), S("Direction des systèmes d'information")],
                vec![S("Exercice"), N(2026.0)],
                vec![S("Campagne"), S("R1")],
                vec![S("Date de remontée"), D(2026, 4, 10)],
                vec![S("Responsable"), S("Claire Martin")],
                vec![S("Unité"), S("€")],
                vec![S("Enveloppe budgétaire"), N(1_500_000.0)],
            ],
        )
        .sheet(
            "Projets",
            vec![
                vec![
                    S("Code projet"),
                    S("Intitulé"),
                    S("Ambition"),
                    S("Statut"),
                    S("Priorité"),
                    S("Date de début"),
                    S("Date de fin"),
                    S("Pluriannuel"),
                ],
                vec![
                    S("DSI-01"),
                    S("Refonte du SI RH"),
                    S("Excellence opérationnelle"),
                    S("En cours"),
                    N(1.0),
                    D(2026, 1, 5),
                    D(2027, 6, 30),
                    S("Oui"),
                ],
                vec![
                    S("DSI-02"),
                    S("Migration cloud"),
                    S("Transformation numérique"),
                    S("Validé"),
                    S("P2"),
                    D(2026, 2, 1),
                    D(2026, 12, 31),
                    S("Non"),
                ],
            ],
        )
        .sheet(
            "Budget",
            vec![
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
                ],
                vec![
                    S("DSI-01"),
                    S("CAPEX"),
                    S("Externe"),
                    N(100000.0),
                    N(120000.0),
                    N(80000.0),
                    N(50000.0),
                    N(95000.5),
                    E,
                    E,
                    E,
                ],
                vec![
                    S("DSI-01"),
                    S("OPEX"),
                    S("Interne"),
                    N(20000.0),
                    N(20000.0),
                    N(20000.0),
                    N(20000.0),
                    N(21000.0),
                    E,
                    E,
                    E,
                ],
                vec![S("DSI-02"), S("OPEX"), S("Licences"), N(30000.0), E, E, E, N(30000.0), E, E, E],
            ],
        )
        .sheet(
            "Charges",
            vec![
                vec![
                    S("Code projet"),
                    S("Équipe"),
                    S("Prévu JH T1"),
                    S("Prévu JH T2"),
                    S("Prévu JH T3"),
                    S("Prévu JH T4"),
                    S("Réalisé JH T1"),
                    S("Réalisé JH T2"),
                    S("Réalisé JH T3"),
                    S("Réalisé JH T4"),
                    S("TJM"),
                ],
                vec![S("DSI-01"), S("Études"), N(40.0), N(40.0), N(30.0), N(20.0), N(42.5), E, E, E, N(650.0)],
            ],
        )
        .sheet(
            "Capacité",
            vec![
                vec![S("Équipe"), S("Capacité JH T1"), S("Capacité JH T2"), S("Capacité JH T3"), S("Capacité JH T4")],
                vec![S("Études"), N(120.0), N(120.0), N(100.0), N(120.0)],
            ],
        )
        .sheet(
            "Météo",
            vec![
                vec![
                    S("Code projet"),
                    S("Date"),
                    S("Météo globale"),
                    S("Délai"),
                    S("Coût"),
                    S("Avancement"),
                    S("Commentaire"),
                    S("Décision attendue"),
                ],
                vec![
                    S("DSI-01"),
                    D(2026, 3, 31),
                    S("Nuageux"),
                    S("Pluie"),
                    S("Soleil"),
                    P(0.35),
                    S("Retard fournisseur"),
                    S("Arbitrer le périmètre du lot 2"),
                ],
                vec![S("DSI-02"), D(2026, 3, 31), S("Soleil"), E, E, N(20.0), E, E],
            ],
        )
        .sheet(
            "Risques",
            vec![
                vec![
                    S("Code projet"),
                    S("ID risque"),
                    S("Intitulé"),
                    S("Probabilité"),
                    S("Impact"),
                    S("Criticité"),
                    S("Statut"),
                    S("Échéance"),
                ],
                vec![
                    S("DSI-01"),
                    S("R1"),
                    S("Indisponibilité des experts"),
                    N(3.0),
                    N(4.0),
                    N(12.0),
                    S("Ouvert"),
                    D(2026, 6, 30),
                ],
            ],
        )
        .sheet(
            "Jalons",
            vec![
                vec![S("Code projet"), S("Jalon"), S("Date initiale"), S("Date prévue"), S("Date réelle")],
                vec![S("DSI-01"), S("Recette"), D(2026, 5, 15), D(2026, 6, 30), E],
            ],
        )
}

/// `"D2"` → (1, 3): zero-based row and column.
pub fn parse_a1(cell: &str) -> (usize, usize) {
    let letters: String = cell.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    let col =
        letters.chars().fold(0usize, |acc, c| acc * 26 + (c.to_ascii_uppercase() as usize - 'A' as usize + 1)) - 1;
    let row: usize = cell[letters.len()..].parse().expect("row number");
    (row - 1, col)
}

pub fn dec(s: &str) -> Decimal {
    s.parse().unwrap_or_else(|_| panic!("bad decimal {s}"))
}

pub fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Every finding, one a line, for assertion messages.
pub fn dump(p: &Parsed) -> String {
    p.findings
        .iter()
        .map(|f| format!("{:?} {} [{}] {}", f.severity, f.place(), f.key.name(), f.message(Lang::Fr)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The value of a finding's argument.
pub fn arg<'a>(f: &'a Finding, name: &str) -> &'a str {
    f.args
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("{} has no argument {name}: {:?}", f.key.name(), f.args))
}

/// The one finding of `key` at `sheet`!`cell` (`cell` None: the finding names no cell); fails
/// when there is none or more than one.
pub fn finding<'a>(p: &'a Parsed, severity: Severity, key: Key, sheet: &str, cell: Option<&str>) -> &'a Finding {
    let hits: Vec<&Finding> = p
        .findings
        .iter()
        .filter(|f| f.key == key && f.sheet.as_deref() == Some(sheet) && f.cell.as_deref() == cell)
        .collect();
    assert_eq!(hits.len(), 1, "expected one {} at {sheet}!{cell:?}, got:\n{}", key.name(), dump(p));
    assert_eq!(hits[0].severity, severity, "{} at {sheet}!{cell:?} has the wrong severity", key.name());
    hits[0]
}

/// The error of `key` at `sheet`!`cell`, checking that the workbook is rejected as a whole.
pub fn error<'a>(p: &'a Parsed, key: Key, sheet: &str, cell: Option<&str>) -> &'a Finding {
    assert!(p.data.is_none(), "an error must reject the whole workbook:\n{}", dump(p));
    finding(p, Severity::Error, key, sheet, cell)
}

/// The warning of `key` at `sheet`!`cell`, checking that the workbook is accepted.
pub fn warning<'a>(p: &'a Parsed, key: Key, sheet: &str, cell: Option<&str>) -> &'a Finding {
    assert!(p.data.is_some(), "a warning alone must not reject the workbook:\n{}", dump(p));
    finding(p, Severity::Warning, key, sheet, cell)
}

/// Asserts that the workbook is the only error is `key` at that place, and returns it.
pub fn only_error<'a>(p: &'a Parsed, key: Key, sheet: &str, cell: Option<&str>) -> &'a Finding {
    let f = error(p, key, sheet, cell);
    assert_eq!(p.errors().count(), 1, "one mistake must give one error:\n{}", dump(p));
    f
}

/// The accepted return, failing with every finding when it was rejected.
pub fn accepted(p: &Parsed) -> &pmo_model::model::ReturnData {
    p.data.as_ref().unwrap_or_else(|| panic!("the workbook must be accepted:\n{}", dump(p)))
}

/// Asserts that the workbook is accepted with no finding at all.
pub fn clean(p: &Parsed) -> &pmo_model::model::ReturnData {
    assert!(p.findings.is_empty(), "no finding expected:\n{}", dump(p));
    accepted(p)
}

/// Rewrites the parts of an xlsx (a zip of XML files): `edit(path, text)` returns the new text
/// of a part, or `None` to keep it. For what rust_xlsxwriter cannot write: a formula without a
/// cached value, the 1904 date system, broken XML.
pub fn patch_xlsx(bytes: &[u8], mut edit: impl FnMut(&str, &str) -> Option<String>) -> Vec<u8> {
    rezip(bytes, zip::CompressionMethod::Stored, |name, content| {
        std::str::from_utf8(content).ok().and_then(|t| edit(name, t)).map(String::into_bytes)
    })
}

/// Rewrites a zip with `method`: `edit(path, bytes)` returns a part's new bytes, or `None` to
/// keep them. Deflated, a part of hundreds of megabytes fits in a small file, as in a hostile one.
pub fn rezip(
    bytes: &[u8],
    method: zip::CompressionMethod,
    mut edit: impl FnMut(&str, &[u8]) -> Option<Vec<u8>>,
) -> Vec<u8> {
    let mut zin = zip::ZipArchive::new(Cursor::new(bytes)).expect("a workbook is a zip");
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(method);
    for i in 0..zin.len() {
        let mut part = zin.by_index(i).unwrap();
        let name = part.name().expect("a part name").to_string();
        let mut content = Vec::new();
        part.read_to_end(&mut content).unwrap();
        let content = edit(&name, &content).unwrap_or(content);
        out.start_file(name, options).unwrap();
        out.write_all(&content).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// The French and English messages of a finding, for `contains` checks.
pub fn messages(f: &Finding) -> (String, String) {
    (f.message(Lang::Fr), f.message(Lang::En))
}
