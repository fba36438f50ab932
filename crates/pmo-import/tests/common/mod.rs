//! Builds workbooks in code for the importer's tests (rust_xlsxwriter, saved to a buffer).

#![allow(dead_code)]

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
                vec![S("Code projet"), S("Intitulé"), S("Ambition"), S("Statut"), S("Priorité"), S("Date de début"), S("Date de fin"), S("Pluriannuel")],
                vec![S("DSI-01"), S("Refonte du SI RH"), S("Excellence opérationnelle"), S("En cours"), N(1.0), D(2026, 1, 5), D(2027, 6, 30), S("Oui")],
                vec![S("DSI-02"), S("Migration cloud"), S("Transformation numérique"), S("Validé"), S("P2"), D(2026, 2, 1), D(2026, 12, 31), S("Non")],
            ],
        )
        .sheet(
            "Budget",
            vec![
                vec![S("Code projet"), S("Nature"), S("Catégorie"), S("Prévu T1"), S("Prévu T2"), S("Prévu T3"), S("Prévu T4"), S("Réalisé T1"), S("Réalisé T2"), S("Réalisé T3"), S("Réalisé T4")],
                vec![S("DSI-01"), S("CAPEX"), S("Externe"), N(100000.0), N(120000.0), N(80000.0), N(50000.0), N(95000.5), E, E, E],
                vec![S("DSI-01"), S("OPEX"), S("Interne"), N(20000.0), N(20000.0), N(20000.0), N(20000.0), N(21000.0), E, E, E],
                vec![S("DSI-02"), S("OPEX"), S("Licences"), N(30000.0), E, E, E, N(30000.0), E, E, E],
            ],
        )
        .sheet(
            "Charges",
            vec![
                vec![S("Code projet"), S("Équipe"), S("Prévu JH T1"), S("Prévu JH T2"), S("Prévu JH T3"), S("Prévu JH T4"), S("Réalisé JH T1"), S("Réalisé JH T2"), S("Réalisé JH T3"), S("Réalisé JH T4"), S("TJM")],
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
                vec![S("Code projet"), S("Date"), S("Météo globale"), S("Délai"), S("Coût"), S("Avancement"), S("Commentaire"), S("Décision attendue")],
                vec![S("DSI-01"), D(2026, 3, 31), S("Nuageux"), S("Pluie"), S("Soleil"), P(0.35), S("Retard fournisseur"), S("Arbitrer le périmètre du lot 2")],
                vec![S("DSI-02"), D(2026, 3, 31), S("Soleil"), E, E, N(20.0), E, E],
            ],
        )
        .sheet(
            "Risques",
            vec![
                vec![S("Code projet"), S("ID risque"), S("Intitulé"), S("Probabilité"), S("Impact"), S("Criticité"), S("Statut"), S("Échéance")],
                vec![S("DSI-01"), S("R1"), S("Indisponibilité des experts"), N(3.0), N(4.0), N(12.0), S("Ouvert"), D(2026, 6, 30)],
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
