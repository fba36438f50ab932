//! Opening databases: upgrades from every released schema with data kept, refusal of newer
//! databases, file databases (WAL, folders), the default path. Settings live here too.

mod common;

use common::*;
use pmo_model::model::{
    BudgetLine, Campaign, CapacityLine, Category, ColumnMap, Milestone, Nature, Origin, Project, ProjectStatus,
    ReturnData, Risk, RiskStatus, SourceCell, StatusReport, Unit, Weather, WorkloadLine,
};
use pmo_store::{Error, HistoryEntry, ImportOutcome, Store, SCHEMA_VERSION};
use rusqlite::Connection;
use rust_decimal::Decimal;

/// Every released schema with the sample data a database of that version holds.
/// Append `(N, include_str!("schemas/vN.sql"), include_str!("schemas/vN_data.sql"))` with each
/// new migration; never edit an existing entry.
const RELEASED: &[(u32, &str, &str)] = &[
    (1, include_str!("schemas/v1.sql"), include_str!("schemas/v1_data.sql")),
    (2, include_str!("schemas/v2.sql"), include_str!("schemas/v2_data.sql")),
];

fn origin(sheet: &str, row: u32) -> Option<Origin> {
    Some(Origin { sheet: sheet.into(), row })
}

/// What the current code must read from the v1 sample data's current return.
fn v1_current_return() -> ReturnData {
    let mut r = ReturnData::new("DSI", 2026, Campaign::Bi);
    r.directorate_name = Some("Direction des systèmes d'information".into());
    r.submitted_on = Some(ymd(2026, 1, 19));
    r.owner = Some("Claire Martin".into());
    r.unit = Unit::KiloEuro;
    r.envelope = Some(d("1500000"));
    r.projects.push(Project {
        code: "DSI-001".into(),
        name: "Refonte du SI RH".into(),
        ambition: Some("Clients d'abord".into()),
        initiative: Some("Digital".into()),
        manager: Some("Éloïse Durand".into()),
        sponsor: Some("DG".into()),
        status: Some(ProjectStatus::InProgress),
        priority: Some(1),
        kind: Some("Stratégique".into()),
        start: Some(ymd(2026, 1, 15)),
        end: Some(ymd(2027, 6, 30)),
        multi_year: Some(true),
        description: Some("Description".into()),
        origin: origin("Projets", 5),
    });
    r.budget.push(BudgetLine {
        project: "DSI-001".into(),
        nature: Nature::Capex,
        category: Some(Category::External),
        planned: [d("100000"), d("25000.50"), d("0"), d("0.01")],
        actual: [Decimal::ZERO; 4],
        origin: origin("Budget", 10),
    });
    r.workload.push(WorkloadLine {
        project: "DSI-001".into(),
        team: "Études".into(),
        planned: [d("10.5"), d("0.125"), d("20"), d("0")],
        actual: [Decimal::ZERO; 4],
        daily_rate: Some(d("650.50")),
        origin: origin("Charges", 4),
    });
    r.capacity.push(CapacityLine {
        team: "Études".into(),
        capacity: [d("120"), d("110.5"), d("90"), d("130")],
        origin: None,
    });
    r.statuses.push(StatusReport {
        project: "DSI-001".into(),
        date: ymd(2026, 1, 10),
        overall: Weather::Cloudy,
        schedule: Some(Weather::Rainy),
        cost: None,
        scope: None,
        resources: None,
        progress: Some(d("45.5")),
        comment: Some("Retard fournisseur".into()),
        watch_points: None,
        decision_needed: Some("Arbitrer".into()),
        origin: origin("Météo", 6),
    });
    r.risks.push(Risk {
        project: "DSI-001".into(),
        risk_id: Some("R-1".into()),
        title: "Dépendance éditeur".into(),
        probability: 3,
        impact: 4,
        owner: Some("RSSI".into()),
        mitigation: None,
        status: Some(RiskStatus::Open),
        due: Some(ymd(2026, 9, 30)),
        origin: origin("Risques", 2),
    });
    r.milestones.push(Milestone {
        project: "DSI-001".into(),
        name: "Mise en production".into(),
        baseline: Some(ymd(2026, 6, 1)),
        forecast: None,
        actual: None,
        origin: origin("Jalons", 3),
    });
    r.columns
        .push(ColumnMap { sheet: "Budget".into(), columns: vec![("project".into(), 0), ("planned_q1".into(), 3)] });
    r.key_cells.push(("envelope".into(), SourceCell { sheet: "Direction".into(), cell: "B9".into() }));
    r
}

#[test]
fn every_released_version_is_upgraded_with_its_data_kept() {
    assert_eq!(
        RELEASED.last().map(|r| r.0),
        Some(SCHEMA_VERSION),
        "each migration must add its schema and sample data to RELEASED"
    );
    for (version, schema, data) in RELEASED {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(schema).unwrap();
            conn.pragma_update(None, "user_version", version).unwrap();
            conn.execute_batch(data).unwrap();
        }
        let mut store = Store::open(&path).unwrap_or_else(|e| panic!("a v{version} database must open: {e}"));
        assert_eq!(pmo_store::schema_version(store.conn()).unwrap(), SCHEMA_VERSION, "v{version} must be upgraded");
        let violations: i64 =
            store.conn().query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
        assert_eq!(violations, 0, "v{version}: the upgraded data must satisfy every foreign key");

        // The data every released version holds (v1's sample, carried forward) reads back.
        assert_eq!(
            pmo_store::load_return(store.conn(), 2).unwrap(),
            v1_current_return(),
            "v{version}: return data kept"
        );
        let all = pmo_store::returns_of(store.conn(), "DSI", 2026).unwrap();
        assert_eq!(all.iter().map(|s| (s.id, s.is_current)).collect::<Vec<_>>(), vec![(2, true), (1, false)]);
        let history = pmo_store::history(store.conn()).unwrap();
        assert_eq!(history.len(), 5, "v{version}: 3 imports and 2 restorations");
        let HistoryEntry::Import(rejected) = &history[0] else { panic!("the rejected import is the newest event") };
        assert_eq!(
            (rejected.outcome, rejected.file.path.as_str()),
            (ImportOutcome::Rejected, r"C:\Users\pmo\DRH.xlsx")
        );
        assert_eq!(rejected.findings[0].key, "FileEncrypted");
        assert!(
            matches!(&history[1], HistoryEntry::Restoration(r) if r.restored.id == 2 && r.replaced.as_ref().map(|s| s.id) == Some(1))
        );
        assert_eq!(pmo_store::get_setting(store.conn(), "organisation").unwrap().as_deref(), Some("ACME SA"));
        let envelope = pmo_store::key_cell_of(store.conn(), 2, "envelope").unwrap().unwrap();
        assert_eq!((envelope.file_name.as_str(), envelope.a1().as_str()), ("DSI_2026_BI_v2.xlsx", "Direction!B9"));

        // From v2 on, the record of generated reports is kept too.
        let reports = pmo_store::reports(store.conn()).unwrap();
        if *version >= 2 {
            assert_eq!(reports.len(), 1, "v{version}: the CODIR pack record is kept");
            assert_eq!(reports[0].pages, Some(42));
            assert_eq!(reports[0].returns.iter().map(|r| r.id).collect::<Vec<_>>(), vec![1, 2]);
        } else {
            assert!(reports.is_empty(), "v1 had no reports: the upgrade adds an empty record");
        }

        // And the upgraded database keeps working: a new import supersedes the current return.
        let saved = save(
            &mut store,
            &file("DSI_2026_BI_v3.xlsx", 4),
            &sample("DSI", 2026, Campaign::Bi, &["DSI-001"], 0),
            60 * 24 * 90,
        );
        assert_eq!(saved.superseded, Some(2));
    }
}

#[test]
fn a_database_newer_than_the_code_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.sqlite");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE from_the_future (x)").unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    }
    let err = Store::open(&path).unwrap_err();
    assert!(
        matches!(err, Error::DatabaseTooNew { found, supported } if found == SCHEMA_VERSION + 1 && supported == SCHEMA_VERSION),
        "got {err:?}"
    );
    let conn = Connection::open(&path).unwrap();
    let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, SCHEMA_VERSION + 1, "a newer database must not be modified");
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
    assert_eq!(mode, "delete", "not even switched to WAL");
}

#[test]
fn a_file_database_is_created_with_its_folders_in_wal_mode_and_keeps_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a").join("b").join("pmo-desk.sqlite");
    let saved = {
        let mut store = Store::open(&path).unwrap();
        let mode: String = store.conn().pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal", "WAL lets the app read while the CLI writes");
        let fk: i64 = store.conn().pragma_query_value(None, "foreign_keys", |r| r.get(0)).unwrap();
        assert_eq!(fk, 1, "foreign keys must be enforced");
        save(&mut store, &file("x.xlsx", 1), &sample("DSI", 2026, Campaign::Bi, &["A"], 0), 0)
    };
    let store = Store::open(&path).unwrap();
    assert_eq!(
        pmo_store::load_return(store.conn(), saved.return_id).unwrap(),
        sample("DSI", 2026, Campaign::Bi, &["A"], 0),
        "data must survive closing and reopening"
    );
    let fk: i64 = store.conn().pragma_query_value(None, "foreign_keys", |r| r.get(0)).unwrap();
    assert_eq!(fk, 1, "foreign keys are per connection: every open must enable them");
}

#[test]
fn a_file_that_is_not_a_database_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.sqlite");
    std::fs::write(&path, b"this is not a database, just some text long enough to fill a header....").unwrap();
    assert!(matches!(Store::open(&path), Err(Error::Sqlite(_))));
}

#[test]
fn the_default_path_is_the_desktop_apps_data_file() {
    let path = pmo_store::default_db_path();
    assert!(
        path.ends_with("fr.pmodesk.app/pmo-desk.sqlite"),
        "the CLI and the Tauri app (identifier fr.pmodesk.app) must share one file, got {}",
        path.display()
    );
    if let Some(data) = dirs::data_dir() {
        assert!(path.starts_with(data), "it lives in the user's data folder");
    }
}

#[test]
fn settings_are_kept_replaced_listed_and_removed() {
    let store = Store::open_in_memory().unwrap();
    let conn = store.conn();
    assert_eq!(pmo_store::get_setting(conn, "organisation").unwrap(), None);
    pmo_store::set_setting(conn, "organisation", "ACME").unwrap();
    pmo_store::set_setting(conn, "organisation", "ACME SA").unwrap();
    pmo_store::set_setting(conn, "alert.variance_pct", "10").unwrap();
    assert_eq!(
        pmo_store::get_setting(conn, "organisation").unwrap().as_deref(),
        Some("ACME SA"),
        "the last value wins"
    );
    let all: Vec<(String, String)> = pmo_store::all_settings(conn).unwrap().into_iter().collect();
    assert_eq!(
        all,
        vec![("alert.variance_pct".into(), "10".into()), ("organisation".into(), "ACME SA".into())],
        "all settings, sorted by key"
    );
    assert!(pmo_store::delete_setting(conn, "organisation").unwrap());
    assert!(!pmo_store::delete_setting(conn, "organisation").unwrap(), "deleting twice reports nothing deleted");
    assert_eq!(pmo_store::get_setting(conn, "organisation").unwrap(), None);
}
