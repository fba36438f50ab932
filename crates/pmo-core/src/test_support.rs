//! The demo portfolio in a fresh database, for the unit tests of the use cases.

use std::path::PathBuf;

use chrono::{DateTime, TimeZone, Utc};
use pmo_model::model::{Campaign, Choice};

use crate::import::import_path;
use crate::Store;

pub const DEMO_YEAR: i32 = 2026;

/// A time of the demo's imports, one minute apart.
pub fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(DEMO_YEAR, 7, 1, 9, 0, 0).unwrap() + chrono::Duration::minutes(i64::from(minute))
}

/// The demo workbooks written into `dir/demo`, by file name.
pub fn demo_files(dir: &std::path::Path) -> Vec<PathBuf> {
    crate::write_demo(&dir.join("demo"), DEMO_YEAR).unwrap()
}

/// The demo workbook of one directorate and campaign.
pub fn demo_file(files: &[PathBuf], directorate: &str, campaign: Campaign) -> PathBuf {
    let name = format!("{DEMO_YEAR}-{directorate}-{}.xlsx", campaign.code());
    files.iter().find(|f| f.file_name().is_some_and(|n| n == name.as_str())).cloned().expect("a demo workbook")
}

/// A database holding the demo returns of `campaigns` (every directorate), imported in the
/// demo's order, and the temporary folder holding it and the workbooks.
pub fn demo_store(campaigns: &[Campaign]) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let files = demo_files(dir.path());
    let mut store = crate::open_store(&dir.path().join("pmo.sqlite")).unwrap();
    let mut minute = 0;
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        if !campaigns.iter().any(|c| name.ends_with(&format!("-{}.xlsx", c.code()))) {
            continue;
        }
        let report = import_path(&mut store, file, false, at(minute)).unwrap();
        assert!(report.return_id.is_some(), "{name}: the demo workbook imports");
        minute += 1;
    }
    (dir, store)
}
