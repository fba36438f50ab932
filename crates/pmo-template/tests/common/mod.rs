//! Reading written workbooks back in tests: calamine for values, the zip archive for the XML
//! parts calamine does not expose (validations, frozen panes, document properties).

#![allow(dead_code)]

use std::io::{Cursor, Read};

use std::str::FromStr;

use calamine::{open_workbook_from_rs, Data, Range, Reader, Xlsx};
use chrono::NaiveDate;
use rust_decimal::prelude::FromPrimitive;
use rust_decimal::Decimal;

use pmo_model::model::*;

pub type Book = Xlsx<Cursor<Vec<u8>>>;

pub fn open(bytes: &[u8]) -> Book {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("the written bytes are a readable xlsx")
}

pub fn range(book: &mut Book, sheet: &str) -> Range<Data> {
    book.worksheet_range(sheet)
        .unwrap_or_else(|e| panic!("sheet {sheet} missing: {e}"))
}

/// The cell at absolute (row, col), Empty when outside the used range.
pub fn cell(range: &Range<Data>, row: u32, col: u32) -> Data {
    range.get_value((row, col)).cloned().unwrap_or(Data::Empty)
}

pub fn text(range: &Range<Data>, row: u32, col: u32) -> String {
    match cell(range, row, col) {
        Data::String(s) => s,
        other => panic!("({row},{col}) should be text, found {other:?}"),
    }
}

pub fn number(range: &Range<Data>, row: u32, col: u32) -> f64 {
    match cell(range, row, col) {
        Data::Float(f) => f,
        Data::Int(i) => i as f64,
        other => panic!("({row},{col}) should be a number, found {other:?}"),
    }
}

pub fn decimal(range: &Range<Data>, row: u32, col: u32) -> Decimal {
    Decimal::from_f64(number(range, row, col)).expect("finite").normalize()
}

pub fn date(range: &Range<Data>, row: u32, col: u32) -> NaiveDate {
    match cell(range, row, col) {
        Data::DateTime(dt) => dt.as_datetime().expect("a real date").date(),
        other => panic!("({row},{col}) should be a date cell, found {other:?}"),
    }
}

/// The header row (row 0) as strings.
pub fn headers(range: &Range<Data>) -> Vec<String> {
    let width = range.end().map_or(0, |e| e.1 + 1);
    (0..width).map(|c| text(range, 0, c)).collect()
}

/// The text of one part of the xlsx archive (`xl/worksheets/sheet3.xml`).
pub fn part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("an xlsx is a zip archive");
    let mut file = archive.by_name(name).unwrap_or_else(|_| panic!("part {name} missing"));
    let mut out = String::new();
    file.read_to_string(&mut out).expect("XML parts are UTF-8");
    out
}

pub fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

pub fn ymd(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A small return that fills every field of every sheet at least once.
pub fn sample() -> ReturnData {
    let mut r = ReturnData::new("DSI", 2026, Campaign::R1);
    r.directorate_name = Some("Direction des systèmes d'information".into());
    r.submitted_on = Some(ymd(2026, 4, 10));
    r.owner = Some("Nathalie Girard".into());
    r.envelope = Some(d("1250000.50"));
    r.projects.push(Project {
        code: "DSI-01".into(),
        name: "Refonte du portail client".into(),
        ambition: Some("Placer le client au cœur de nos services".into()),
        initiative: Some("Simplifier le parcours client".into()),
        manager: Some("Thomas Bernard".into()),
        sponsor: Some("Isabelle Moreau".into()),
        status: Some(ProjectStatus::InProgress),
        priority: Some(1),
        kind: Some("Stratégique".into()),
        start: Some(ymd(2026, 1, 1)),
        end: Some(ymd(2027, 3, 31)),
        multi_year: Some(true),
        description: Some("Nouveau portail : souscription en ligne, « espace client ».".into()),
        origin: None,
    });
    r.projects.push(Project {
        code: "DSI-02".into(),
        name: "Téléphonie".into(),
        ..Project::default()
    });
    r.budget.push(BudgetLine {
        project: "DSI-01".into(),
        nature: Nature::Capex,
        category: Some(Category::External),
        planned: [d("10000.50"), d("20000"), d("0"), d("5000.05")],
        actual: [d("9876.54"), d("0"), d("0"), d("0")],
        origin: None,
    });
    r.budget.push(BudgetLine {
        project: "DSI-02".into(),
        nature: Nature::Opex,
        category: None,
        planned: [d("1234567.89"), d("0"), d("0"), d("0")],
        actual: [d("0"); 4],
        origin: None,
    });
    r.workload.push(WorkloadLine {
        project: "DSI-01".into(),
        team: "Études et développement".into(),
        planned: [d("12.5"), d("20"), d("0"), d("0")],
        actual: [d("10.5"), d("0"), d("0"), d("0")],
        daily_rate: Some(d("650")),
        origin: None,
    });
    r.capacity.push(CapacityLine {
        team: "Études et développement".into(),
        capacity: [d("100"), d("100"), d("80"), d("100")],
        origin: None,
    });
    r.statuses.push(StatusReport {
        project: "DSI-01".into(),
        date: ymd(2026, 3, 31),
        overall: Weather::Rainy,
        schedule: Some(Weather::Rainy),
        cost: Some(Weather::Cloudy),
        scope: Some(Weather::Sunny),
        resources: None,
        progress: Some(d("45.5")),
        comment: Some("Retard de six semaines.".into()),
        watch_points: Some("Budget".into()),
        decision_needed: Some("Arbitrer le périmètre du lot 2.".into()),
        origin: None,
    });
    r.risks.push(Risk {
        project: "DSI-01".into(),
        risk_id: Some("1".into()),
        title: "Retard de l'éditeur".into(),
        probability: 3,
        impact: 4,
        owner: Some("Thomas Bernard".into()),
        mitigation: Some("Pénalités".into()),
        status: Some(RiskStatus::InProgress),
        due: Some(ymd(2026, 6, 30)),
        origin: None,
    });
    r.milestones.push(Milestone {
        project: "DSI-01".into(),
        name: "Mise en production".into(),
        baseline: Some(ymd(2026, 9, 30)),
        forecast: Some(ymd(2026, 11, 15)),
        actual: None,
        origin: None,
    });
    r
}
