//! The trace of a figure to its cells: hand-computed on a small portfolio (k€ and €, repeated
//! budget lines, unclosed actuals), and on the whole demo portfolio written as real workbooks and
//! read back by the importer, where every traced cell is opened in the workbook itself.

use std::io::Cursor;
use std::str::FromStr;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use pmo_consolidate::{consolidate, trace, CellKind, Figure, SourceReturn, TraceError};
use pmo_model::contract::SheetKind;
use pmo_model::i18n::Lang;
use pmo_model::model::{BudgetLine, Campaign, Category, ColumnMap, Nature, Origin, Project, ReturnData, Unit};
use rust_decimal::prelude::FromPrimitive;
use rust_decimal::Decimal;
use serde_json::{json, Value};

const YEAR: i32 = 2026;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn q(a: &str, b: &str, c: &str, e: &str) -> [Decimal; 4] {
    [d(a), d(b), d(c), d(e)]
}

/// The Budget sheet's columns as a template writes them: A project, B nature, C category,
/// D–G planned T1–T4, H–K actual T1–T4.
fn budget_columns() -> ColumnMap {
    let mut columns = vec![("project".to_string(), 0), ("nature".to_string(), 1), ("category".to_string(), 2)];
    for q in 0..4u32 {
        columns.push((format!("planned_q{}", q + 1), 3 + q));
        columns.push((format!("actual_q{}", q + 1), 7 + q));
    }
    ColumnMap { sheet: "Budget".to_string(), columns }
}

struct Builder {
    source: SourceReturn,
}

fn workbook(id: i64, directorate: &str, campaign: Campaign, unit: Unit) -> Builder {
    let mut data = ReturnData::new(directorate, YEAR, campaign);
    data.unit = unit;
    data.columns.push(budget_columns());
    Builder {
        source: SourceReturn {
            id,
            data,
            imported_at: format!("2026-0{id}-15T09:30:00+00:00"),
            file_name: format!("{YEAR}-{directorate}-{}.xlsx", campaign_code(campaign)),
        },
    }
}

fn campaign_code(c: Campaign) -> &'static str {
    use pmo_model::model::Choice;
    c.code()
}

impl Builder {
    fn project(mut self, code: &str) -> Builder {
        let row = self.source.data.projects.len() as u32 + 2;
        self.source.data.projects.push(Project {
            code: code.to_string(),
            name: format!("Projet {code}"),
            origin: Some(Origin { sheet: "Projets".to_string(), row }),
            ..Project::default()
        });
        self
    }

    /// A budget line on the next row of the Budget sheet (data from row 2).
    fn line(
        mut self,
        code: &str,
        nature: Nature,
        category: Option<Category>,
        planned: [Decimal; 4],
        actual: [Decimal; 4],
    ) -> Builder {
        let row = self.source.data.budget.len() as u32 + 2;
        self.source.data.budget.push(BudgetLine {
            project: code.to_string(),
            nature,
            category,
            planned,
            actual,
            origin: Some(Origin { sheet: "Budget".to_string(), row }),
        });
        self
    }

    fn done(self) -> SourceReturn {
        self.source
    }
}

/// DSI: a BI written in k€ and an R2 written in €. P1 has two rows CAPEX/internal (the
/// workbook repeats a line), one OPEX/licences row, and in R2 an actual typed in the unclosed Q3.
/// P2 is only in R2 ("hors budget initial"). DRH has an R1 and no BI.
fn small_portfolio() -> Vec<SourceReturn> {
    vec![
        workbook(1, "DSI", Campaign::Bi, Unit::KiloEuro)
            .project("P1")
            // Budget row 2: 1000 + 2000.50 (a k€ cell holding 2.0005) + 0 + 500 = 3500.50.
            .line(
                "P1",
                Nature::Capex,
                Some(Category::Internal),
                q("1000", "2000.50", "0", "500"),
                q("0", "0", "0", "0"),
            )
            // Budget row 3: the same nature and category again: 250 in Q4.
            .line("P1", Nature::Capex, Some(Category::Internal), q("0", "0", "0", "250"), q("0", "0", "0", "0"))
            // Budget row 4: OPEX licences 1234.56 in Q1.
            .line("P1", Nature::Opex, Some(Category::Licences), q("1234.56", "0", "0", "0"), q("0", "0", "0", "0"))
            .done(),
        workbook(2, "DSI", Campaign::R2, Unit::Euro)
            .project("P1")
            .project("P2")
            // Row 2: actuals of closed Q1, Q2 = 900 + 2100; open Q3, Q4 planned = 300 + 800;
            // the 77 typed as actual in Q3 counts nowhere.
            .line(
                "P1",
                Nature::Capex,
                Some(Category::Internal),
                q("1000", "2000", "300", "800"),
                q("900", "2100", "77", "0"),
            )
            // Row 3: OPEX licences, actual Q1 1234.56, nothing else.
            .line(
                "P1",
                Nature::Opex,
                Some(Category::Licences),
                q("1234.56", "0", "0", "0"),
                q("1234.56", "0", "0", "0"),
            )
            // Row 4: P2, planned Q4 10.
            .line("P2", Nature::Opex, None, q("0", "0", "0", "10"), q("0", "0", "0", "0"))
            .done(),
        workbook(3, "DRH", Campaign::R1, Unit::Euro)
            .project("H1")
            .line("H1", Nature::Opex, Some(Category::External), q("100", "100", "100", "100"), q("90", "0", "0", "0"))
            .done(),
    ]
}

/// (reference, quarter, kind, value, written value) of each cell, for compact comparisons.
fn cells_of(t: &pmo_consolidate::Trace) -> Vec<(String, u8, CellKind, Decimal, Decimal)> {
    t.cells.iter().map(|c| (c.reference().unwrap_or_default(), c.quarter, c.kind, c.value, c.written_value)).collect()
}

#[test]
fn figures_are_read_from_codes_french_words_and_english_labels() {
    for (text, figure) in [
        ("budget_voted", Figure::BudgetVoted),
        ("budget-vote", Figure::BudgetVoted),
        ("Budget voté", Figure::BudgetVoted),
        ("actual", Figure::Actual),
        ("realise", Figure::Actual),
        ("Réalisé", Figure::Actual),
        ("landing", Figure::Landing),
        ("ATTERRISSAGE", Figure::Landing),
    ] {
        assert_eq!(Figure::parse(text), Some(figure), "{text:?} is a spelling the CLI accepts");
    }
    assert_eq!(Figure::parse("variance"), None, "the variance is not a sum of cells: it cannot be traced");
    assert_eq!(Figure::parse(""), None);
    for f in Figure::ALL {
        assert_eq!(Figure::parse(f.code()), Some(f), "every code reads back");
        assert_eq!(Figure::parse(f.label(Lang::Fr)), Some(f), "every French label reads back");
    }
}

#[test]
fn budget_voted_lists_every_bi_cell_with_its_k_euro_written_value() {
    let returns = small_portfolio();
    let p = consolidate(YEAR, &returns, None);
    let t = trace(&p, &returns, "P1", Figure::BudgetVoted).unwrap();
    assert_eq!(t.value, Some(d("4985.06")), "3500.50 + 250 + 1234.56");
    assert_eq!(t.cells_total, d("4985.06"), "the cells add up to the figure");
    assert_eq!(
        cells_of(&t),
        vec![
            ("Budget!D2".to_string(), 1, CellKind::Planned, d("1000"), d("1")),
            ("Budget!E2".to_string(), 2, CellKind::Planned, d("2000.50"), d("2.0005")),
            ("Budget!G2".to_string(), 4, CellKind::Planned, d("500"), d("0.5")),
            ("Budget!G3".to_string(), 4, CellKind::Planned, d("250"), d("0.25")),
            ("Budget!D4".to_string(), 1, CellKind::Planned, d("1234.56"), d("1.23456")),
        ],
        "CAPEX/internal rows first (rows 2 then 3), then OPEX/licences; the empty Q3 is left out; \
         a k€ workbook held value / 1000"
    );
    let c = &t.cells[1];
    assert_eq!((c.campaign, c.return_id, c.file_name.as_str()), (Campaign::Bi, 1, "2026-DSI-BI.xlsx"));
    assert_eq!(c.imported_at, "2026-01-15T09:30:00+00:00");
    assert_eq!(
        (c.nature, c.category, c.unit, c.field),
        (Nature::Capex, Some(Category::Internal), Unit::KiloEuro, "planned_q2")
    );
    assert_eq!((c.sheet.as_deref(), c.cell.as_deref()), (Some("Budget"), Some("E2")));
    assert_eq!(t.campaign, Campaign::R2, "the trace names the directorate's current campaign");
}

#[test]
fn actual_takes_only_closed_quarters_of_the_current_return() {
    let returns = small_portfolio();
    let p = consolidate(YEAR, &returns, None);
    let t = trace(&p, &returns, "P1", Figure::Actual).unwrap();
    assert_eq!(t.value, Some(d("4234.56")), "900 + 2100 + 1234.56: R2 closed Q1 and Q2 only");
    assert_eq!(t.cells_total, d("4234.56"));
    assert_eq!(
        cells_of(&t),
        vec![
            ("Budget!H2".to_string(), 1, CellKind::Actual, d("900"), d("900")),
            ("Budget!I2".to_string(), 2, CellKind::Actual, d("2100"), d("2100")),
            ("Budget!H3".to_string(), 1, CellKind::Actual, d("1234.56"), d("1234.56")),
        ],
        "the 77 typed in the unclosed Q3 (J2) is in no figure, so in no trace"
    );
    assert!(t.cells.iter().all(|c| c.return_id == 2 && c.unit == Unit::Euro), "actuals come from the R2, in €");
}

#[test]
fn landing_takes_actual_of_closed_quarters_and_planned_of_open_ones() {
    let returns = small_portfolio();
    let p = consolidate(YEAR, &returns, None);
    let t = trace(&p, &returns, "P1", Figure::Landing).unwrap();
    assert_eq!(t.value, Some(d("5334.56")), "900 + 2100 + 300 + 800 + 1234.56");
    assert_eq!(t.cells_total, t.value.unwrap());
    assert_eq!(
        cells_of(&t),
        vec![
            ("Budget!H2".to_string(), 1, CellKind::Actual, d("900"), d("900")),
            ("Budget!I2".to_string(), 2, CellKind::Actual, d("2100"), d("2100")),
            ("Budget!F2".to_string(), 3, CellKind::Planned, d("300"), d("300")),
            ("Budget!G2".to_string(), 4, CellKind::Planned, d("800"), d("800")),
            ("Budget!H3".to_string(), 1, CellKind::Actual, d("1234.56"), d("1234.56")),
        ],
        "closed quarters point at Réalisé columns, open ones at Prévu columns"
    );
}

#[test]
fn a_project_outside_the_initial_budget_has_no_budget_cell_and_one_without_bi_an_unknown_budget() {
    let returns = small_portfolio();
    let p = consolidate(YEAR, &returns, None);
    let p2 = trace(&p, &returns, "P2", Figure::BudgetVoted).unwrap();
    assert!(p2.outside_initial_budget);
    assert_eq!(p2.value, Some(Decimal::ZERO), "hors budget initial: a budget voted of 0");
    assert!(p2.cells.is_empty(), "no BI cell makes up a budget of 0");

    let h1 = trace(&p, &returns, "H1", Figure::BudgetVoted).unwrap();
    assert_eq!(h1.value, None, "DRH has no BI return: its budget is unknown, not 0");
    assert!(h1.cells.is_empty());
    let json = serde_json::to_value(&h1).unwrap();
    assert_eq!(json["value"], Value::Null, "an unknown figure is null in JSON, never \"0.00\"");
    assert_eq!(json["cells_total"], json!("0.00"));

    let h1 = trace(&p, &returns, "H1", Figure::Landing).unwrap();
    assert_eq!(h1.value, Some(d("390")), "R1 closed Q1 (90) + planned Q2–Q4 (300)");
    assert_eq!(h1.cells_total, d("390"));
}

#[test]
fn project_codes_are_found_whatever_their_case_and_unknown_ones_are_reported() {
    let returns = small_portfolio();
    let p = consolidate(YEAR, &returns, None);
    let t = trace(&p, &returns, " p1 ", Figure::Landing).expect("codes are compared without regard to case");
    assert_eq!((t.project.as_str(), t.directorate.as_str(), t.year), ("P1", "DSI", YEAR));
    assert_eq!(
        trace(&p, &returns, "P9", Figure::Landing),
        Err(TraceError::ProjectNotFound { project: "P9".to_string(), year: YEAR })
    );

    // Two directorates with codes that differ only by case: the exact code still finds its
    // project, another spelling is ambiguous.
    let mut more = returns.clone();
    more.push(workbook(4, "DAF", Campaign::Bi, Unit::Euro).project("Ab1").done());
    more.push(workbook(5, "DRH", Campaign::Bi, Unit::Euro).project("aB1").done());
    let p = consolidate(YEAR, &more, None);
    assert_eq!(trace(&p, &more, "Ab1", Figure::Landing).unwrap().directorate, "DAF", "the exact code wins");
    assert_eq!(trace(&p, &more, "aB1", Figure::Landing).unwrap().directorate, "DRH", "the exact code wins");
    assert_eq!(
        trace(&p, &more, "AB1", Figure::Landing),
        Err(TraceError::Ambiguous {
            project: "AB1".to_string(),
            candidates: vec!["DAF/Ab1".to_string(), "DRH/aB1".to_string()]
        }),
        "a spelling equal to two codes but to neither exactly names no single project"
    );
}

#[test]
fn returns_other_than_the_consolidated_ones_are_refused_rather_than_traced_partially() {
    let returns = small_portfolio();
    let p = consolidate(YEAR, &returns, None);
    let without_bi: Vec<SourceReturn> = returns.iter().filter(|r| r.id != 1).cloned().collect();
    assert_eq!(
        trace(&p, &without_bi, "P1", Figure::BudgetVoted),
        Err(TraceError::SourceNotGiven { return_id: 1 }),
        "a budget voted whose BI return is missing cannot be traced"
    );
    let mut changed = returns.clone();
    changed[1].data.budget.truncate(1);
    assert_eq!(
        trace(&p, &changed, "P1", Figure::Landing),
        Err(TraceError::SourceNotGiven { return_id: 2 }),
        "a return whose records changed since the consolidation is not the one the figure came from"
    );
}

#[test]
fn json_names_and_formats_are_stable() {
    let returns = small_portfolio();
    let p = consolidate(YEAR, &returns, None);
    let v = serde_json::to_value(trace(&p, &returns, "P1", Figure::BudgetVoted).unwrap()).unwrap();
    let keys = |o: &Value| -> Vec<String> { o.as_object().unwrap().keys().cloned().collect() };
    assert_eq!(
        keys(&v),
        [
            "campaign",
            "cells",
            "cells_total",
            "directorate",
            "figure",
            "figures_campaign",
            "missing_from_latest",
            "outside_initial_budget",
            "project",
            "project_name",
            "value",
            "year",
        ],
        "the documented top-level fields of `pmo trace --json`"
    );
    assert_eq!(v["figure"], json!("budget_voted"));
    assert_eq!(v["campaign"], json!("R2"));
    assert_eq!(v["value"], json!("4985.06"), "amounts are strings with two decimals, as in the export");
    assert_eq!(
        v["cells"][1],
        json!({
            "directorate": "DSI",
            "campaign": "BI",
            "return_id": 1,
            "file_name": "2026-DSI-BI.xlsx",
            "imported_at": "2026-01-15T09:30:00+00:00",
            "sheet": "Budget",
            "cell": "E2",
            "quarter": 2,
            "kind": "planned",
            "field": "planned_q2",
            "nature": "CAPEX",
            "category": "internal",
            "value": "2000.50",
            "unit": "kilo_euro",
            "written_value": "2.0005",
        }),
        "one cell of the trace, every field"
    );
    assert_eq!(v["cells"][0]["written_value"], json!("1.00"), "at least two decimals in the written value too");
}

/// The demo portfolio, each return written as its workbook (in its directorate's unit) and read
/// back by the importer: real provenance, real column maps. Also gives each workbook's bytes.
fn demo_as_imported() -> (Vec<SourceReturn>, Vec<Vec<u8>>) {
    let mut sources = Vec::new();
    let mut books = Vec::new();
    for (i, data) in pmo_template::demo_portfolio(YEAR).into_iter().enumerate() {
        let options = pmo_template::TemplateOptions { unit: data.unit, ..Default::default() };
        let bytes = pmo_template::write_workbook(&data, &options).unwrap();
        let name = format!("{YEAR}-{}-{}.xlsx", data.directorate, campaign_code(data.campaign));
        let parsed = pmo_import::read_workbook(&name, &bytes);
        let read = parsed.data.unwrap_or_else(|| panic!("{name}: the demo workbook imports"));
        sources.push(SourceReturn {
            id: i as i64 + 1,
            data: read,
            imported_at: format!("2026-07-01T08:{:02}:00+00:00", i),
            file_name: name,
        });
        books.push(bytes);
    }
    (sources, books)
}

#[test]
fn on_the_demo_portfolio_every_figure_of_every_project_is_exactly_the_sum_of_cells_found_in_the_workbooks() {
    let (returns, books) = demo_as_imported();
    let p = consolidate(YEAR, &returns, None);
    assert!(p.projects.len() >= 40, "the demo is a realistic portfolio ({} projects)", p.projects.len());
    let header_of = |field: &str| SheetKind::Budget.columns().iter().find(|c| c.field == field).unwrap().fr;

    let mut opened: Vec<Option<Xlsx<Cursor<Vec<u8>>>>> = books.iter().map(|_| None).collect();
    let (mut cells, mut kilo_cells) = (0, 0);
    for project in &p.projects {
        for figure in Figure::ALL {
            let t = trace(&p, &returns, &project.code, figure).unwrap();
            let expected = match figure {
                Figure::BudgetVoted => project.budget_voted,
                Figure::Actual => Some(project.actual),
                Figure::Landing => Some(project.landing),
            };
            assert_eq!(t.value, expected, "{} {figure}: the trace gives the consolidated figure", project.code);
            assert_eq!(
                Some(t.cells_total),
                expected,
                "{} {figure}: the cells add up exactly to the figure",
                project.code
            );
            for c in &t.cells {
                cells += 1;
                let slot = (c.return_id - 1) as usize;
                let book = opened[slot].get_or_insert_with(|| {
                    open_workbook_from_rs(Cursor::new(books[slot].clone())).expect("a written workbook opens")
                });
                let sheet = c.sheet.as_deref().expect("an imported cell has its sheet");
                let range = book.worksheet_range(sheet).unwrap();
                let address = c.cell.as_deref().expect("an imported cell has its address");
                let (row, col) = parse_a1(address);
                let held = match range.get_value((row, col)) {
                    Some(Data::Float(f)) => Decimal::from_f64(*f).unwrap().normalize(),
                    Some(Data::Int(i)) => Decimal::from(*i),
                    other => panic!("{} {sheet}!{address} should hold a number, holds {other:?}", c.file_name),
                };
                assert_eq!(
                    held,
                    c.written_value.normalize(),
                    "{} {sheet}!{address}: the workbook holds the written value the trace gives",
                    c.file_name
                );
                assert_eq!(c.written_value * c.unit.factor(), c.value, "written value × unit = euros");
                assert_eq!(
                    range.get_value((0, col)),
                    Some(&Data::String(header_of(c.field).to_string())),
                    "{sheet}!{address} is under the header of its field {}",
                    c.field
                );
                if c.unit == Unit::KiloEuro {
                    kilo_cells += 1;
                }
            }
        }
    }
    assert!(cells > 500, "the demo has many cells to trace ({cells})");
    assert!(kilo_cells > 0, "the demo has a directorate writing in k€, and its cells are traced");
}

/// Zero-based (row, column) of an A1 address such as `F12`.
fn parse_a1(address: &str) -> (u32, u32) {
    let split = address.find(|c: char| c.is_ascii_digit()).unwrap();
    let (letters, digits) = address.split_at(split);
    let col = letters.bytes().fold(0u32, |acc, b| acc * 26 + u32::from(b - b'A' + 1)) - 1;
    (digits.parse::<u32>().unwrap() - 1, col)
}
