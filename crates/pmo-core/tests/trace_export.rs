//! `trace` and `export_xlsx` through the store: the demo portfolio imported as a PMO would, then
//! every traced figure checked against the consolidated one, and the workbook export repeated.

use chrono::{TimeZone, Utc};
use pmo_core::{export_xlsx, import::import_path, open_store, portfolio, trace, CoreError, Figure};
use pmo_model::i18n::Lang;

fn demo_store(dir: &std::path::Path) -> pmo_core::Store {
    let files = pmo_core::write_demo(&dir.join("demo"), 2026).unwrap();
    let mut store = open_store(&dir.join("pmo.db")).unwrap();
    for (i, file) in files.iter().enumerate() {
        let at = Utc.with_ymd_and_hms(2026, 7, 1, 9, i as u32, 0).unwrap();
        let report = import_path(&mut store, file, false, at).unwrap();
        assert!(report.return_id.is_some(), "{}: the demo workbook imports", file.display());
    }
    store
}

#[test]
fn every_figure_traces_to_cells_of_the_imported_files_and_adds_up() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let p = portfolio(&store, 2026).unwrap();
    for project in &p.projects {
        let t = trace(&store, 2026, &project.code.to_lowercase(), Figure::Landing).unwrap();
        assert_eq!(t.value, Some(project.landing), "{}: the traced landing is the consolidated one", project.code);
        assert_eq!(t.cells_total, project.landing, "{}: its cells add up to it", project.code);
        for c in &t.cells {
            assert!(
                c.file_name.starts_with(&format!("2026-{}-", project.directorate)) && c.file_name.ends_with(".xlsx"),
                "{}: a cell names the workbook it was read from, not {}",
                project.code,
                c.file_name
            );
            assert!(c.imported_at.starts_with("2026-07-01T09:"), "the import time as the store recorded it");
            assert!(c.sheet.is_some() && c.cell.is_some(), "an imported cell always has its address");
        }
    }
    match trace(&store, 2026, "NOPE-1", Figure::Actual) {
        Err(e @ CoreError::Trace(_)) => {
            assert_eq!(
                e.message(Lang::Fr),
                "Aucun projet « NOPE-1 » dans l'exercice 2026. Vérifiez le code projet (pmo export le liste)."
            )
        }
        other => panic!("an unknown project is a clear error, got {other:?}"),
    }
    assert!(matches!(trace(&store, 2031, "DSI-01", Figure::Actual), Err(CoreError::NoReturnForYear(2031))));
}

#[test]
fn the_xlsx_export_is_a_workbook_and_the_same_database_gives_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let fr = export_xlsx(&store, 2026, Lang::Fr).unwrap();
    assert!(fr.starts_with(b"PK"), "an .xlsx is a zip archive");
    assert_eq!(fr, export_xlsx(&store, 2026, Lang::Fr).unwrap(), "same database, same bytes");
    assert_ne!(fr, export_xlsx(&store, 2026, Lang::En).unwrap(), "the language is in the workbook");
    assert!(matches!(export_xlsx(&store, 2031, Lang::Fr), Err(CoreError::NoReturnForYear(2031))));
}
