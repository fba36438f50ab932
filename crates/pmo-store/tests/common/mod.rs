//! Returns built in code for the store's tests: every field of every record filled (and some
//! left empty), with provenance, as the importer would produce them.
#![allow(dead_code)] // each test binary uses a different part of the helpers

use std::str::FromStr;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use pmo_model::model::{
    BudgetLine, Campaign, CapacityLine, Category, ColumnMap, Milestone, Nature, Origin, Project, ProjectStatus,
    ReturnData, Risk, RiskStatus, SourceCell, StatusReport, Unit, Weather, WorkloadLine,
};
use pmo_store::{FileMeta, Store};
use rust_decimal::Decimal;

pub fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

pub fn ymd(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// 2026-11-03 10:00 UTC plus `minutes`: distinct, ordered import times.
pub fn at(minutes: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 3, 10, 0, 0).unwrap() + chrono::Duration::minutes(minutes)
}

/// A file whose SHA-256 is derived from `seed`: equal seeds are byte-identical files.
pub fn file(name: &str, seed: u64) -> FileMeta {
    FileMeta {
        name: name.to_string(),
        path: format!("/home/pmo/remontées/{name}"),
        size: 10_000 + seed,
        sha256: format!("{seed:064x}"),
    }
}

fn origin(sheet: &str, row: u32) -> Option<Origin> {
    Some(Origin { sheet: sheet.to_string(), row })
}

fn map(sheet: &str, fields: &[&str]) -> ColumnMap {
    ColumnMap {
        sheet: sheet.to_string(),
        columns: fields.iter().enumerate().map(|(i, f)| (f.to_string(), i as u32)).collect(),
    }
}

/// A return of `directorate` with the given project codes; `salt` varies the figures so that two
/// returns of the same identity differ.
pub fn sample(directorate: &str, year: i32, campaign: Campaign, projects: &[&str], salt: i64) -> ReturnData {
    let mut r = ReturnData::new(directorate, year, campaign);
    r.directorate_name = Some(format!("Direction {directorate}"));
    r.submitted_on = Some(ymd(year, 4, 10));
    r.owner = Some("Claire Martin".into());
    r.unit = Unit::KiloEuro;
    r.envelope = Some(Decimal::new(150_000_000 + salt, 2));
    r.key_cells = vec![
        ("directorate".into(), SourceCell { sheet: "Direction".into(), cell: "B3".into() }),
        ("envelope".into(), SourceCell { sheet: "Direction".into(), cell: "B9".into() }),
    ];
    r.columns = vec![
        map(
            "Projets",
            &[
                "code",
                "name",
                "ambition",
                "initiative",
                "manager",
                "sponsor",
                "status",
                "priority",
                "kind",
                "start",
                "end",
                "multi_year",
                "description",
            ],
        ),
        map(
            "Budget",
            &[
                "project",
                "nature",
                "category",
                "planned_q1",
                "planned_q2",
                "planned_q3",
                "planned_q4",
                "actual_q1",
                "actual_q2",
                "actual_q3",
                "actual_q4",
            ],
        ),
        map(
            "Charges",
            &[
                "project",
                "team",
                "planned_q1",
                "planned_q2",
                "planned_q3",
                "planned_q4",
                "actual_q1",
                "actual_q2",
                "actual_q3",
                "actual_q4",
                "daily_rate",
            ],
        ),
        map("Capacité", &["team", "capacity_q1", "capacity_q2", "capacity_q3", "capacity_q4"]),
        map(
            "Météo",
            &[
                "project",
                "date",
                "overall",
                "schedule",
                "cost",
                "scope",
                "resources",
                "progress",
                "comment",
                "watch_points",
                "decision_needed",
            ],
        ),
        map(
            "Risques",
            &[
                "project",
                "risk_id",
                "title",
                "probability",
                "impact",
                "criticality",
                "owner",
                "mitigation",
                "status",
                "due",
            ],
        ),
        map("Jalons", &["project", "name", "baseline", "forecast", "actual"]),
        // A sheet whose map is empty must come back too.
        ColumnMap { sheet: "Notes".into(), columns: vec![] },
    ];
    for (i, code) in projects.iter().enumerate() {
        let n = i as u32;
        let full = i % 2 == 0; // every other project leaves its optional fields empty
        r.projects.push(Project {
            code: code.to_string(),
            name: format!("Projet « {code} » — refonte"),
            ambition: full.then(|| "Clients d'abord".into()),
            initiative: full.then(|| "Digital".into()),
            manager: full.then(|| "Éloïse Durand".into()),
            sponsor: full.then(|| "DG".into()),
            status: full.then_some(ProjectStatus::InProgress),
            priority: full.then_some(1 + (n % 3) as u8),
            kind: full.then(|| "Stratégique".into()),
            start: full.then(|| ymd(year, 1, 15)),
            end: full.then(|| ymd(year + 1, 6, 30)),
            multi_year: if full { Some(true) } else { Some(false) },
            description: full.then(|| "Multi-ligne\navec accents éàü".into()),
            origin: if full { origin("Projets", 5 + n) } else { None },
        });
        let cents = |k: i64| Decimal::new(1_000_000 * (i as i64 + 1) + k * 101 + salt, 2);
        r.budget.push(BudgetLine {
            project: code.to_string(),
            nature: Nature::Capex,
            category: Some(Category::External),
            planned: [cents(1), cents(2), cents(3), cents(4)],
            actual: [cents(5), Decimal::ZERO, d("-12.34"), d("0.01")],
            origin: origin("Budget", 10 + 2 * n),
        });
        r.budget.push(BudgetLine {
            project: code.to_string(),
            nature: Nature::Opex,
            category: None,
            planned: [d("1234.5"), d("0"), d("99999999.99"), cents(6)],
            actual: [Decimal::ZERO; 4],
            origin: origin("Budget", 11 + 2 * n),
        });
        r.workload.push(WorkloadLine {
            project: code.to_string(),
            team: "Études".into(),
            planned: [d("10.5"), d("0.125"), d("20"), d("0")],
            actual: [d("3.25"), d("0"), d("0"), d("0")],
            daily_rate: full.then(|| d("650.50")),
            origin: origin("Charges", 4 + n),
        });
        r.statuses.push(StatusReport {
            project: code.to_string(),
            date: ymd(year, 3, 31),
            overall: Weather::Cloudy,
            schedule: full.then_some(Weather::Rainy),
            cost: full.then_some(Weather::Sunny),
            scope: full.then_some(Weather::Stormy),
            resources: None,
            progress: full.then(|| d("45.5")),
            comment: full.then(|| "Retard fournisseur".into()),
            watch_points: None,
            decision_needed: full.then(|| "Arbitrer le périmètre".into()),
            origin: origin("Météo", 6 + n),
        });
        r.risks.push(Risk {
            project: code.to_string(),
            risk_id: full.then(|| format!("R-{n}")),
            title: "Dépendance à l'éditeur".into(),
            probability: 3,
            impact: 4,
            owner: full.then(|| "RSSI".into()),
            mitigation: full.then(|| "Double source".into()),
            status: full.then_some(RiskStatus::Open),
            due: full.then(|| ymd(year, 9, 30)),
            origin: origin("Risques", 2 + n),
        });
        r.milestones.push(Milestone {
            project: code.to_string(),
            name: "Mise en production".into(),
            baseline: Some(ymd(year, 6, 1)),
            forecast: full.then(|| ymd(year, 7, 1)),
            actual: None,
            origin: origin("Jalons", 3 + n),
        });
    }
    r.capacity.push(CapacityLine {
        team: "Études".into(),
        capacity: [d("120"), d("110.5"), d("90"), d("130")],
        origin: origin("Capacité", 2),
    });
    r.capacity.push(CapacityLine { team: "Exploitation".into(), capacity: [d("0"); 4], origin: None });
    r
}

/// Saves `data` in its own committed transaction, as the importer's caller does.
pub fn save(store: &mut Store, file: &FileMeta, data: &ReturnData, minutes: i64) -> pmo_store::SavedReturn {
    let tx = store.conn_mut().transaction().unwrap();
    let saved = pmo_store::save_return(&tx, file, data, &[], at(minutes)).unwrap();
    tx.commit().unwrap();
    saved
}

/// Rows in each table, to check what an operation wrote (or did not write).
pub fn counts(store: &Store) -> Vec<(&'static str, i64)> {
    [
        "directorates",
        "projects",
        "imports",
        "returns",
        "restorations",
        "return_projects",
        "return_budget_lines",
        "return_workload",
        "return_capacity",
        "return_statuses",
        "return_risks",
        "return_milestones",
        "return_sheets",
        "return_columns",
        "return_key_cells",
        "settings",
    ]
    .into_iter()
    .map(|t| (t, store.conn().query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0)).unwrap()))
    .collect()
}

pub fn count(store: &Store, table: &str) -> i64 {
    counts(store).into_iter().find(|(t, _)| *t == table).unwrap().1
}
