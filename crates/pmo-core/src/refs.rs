//! Small values the desktop app's screens share: a return named as a list shows it, a project
//! named by code and name, what a restoration changed.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use pmo_model::model::Campaign;
use pmo_store::{RestoreOutcome, ReturnSummary};

/// A stored return as a screen names it: which directorate, year and campaign, from which file,
/// imported when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReturnRef {
    pub id: i64,
    pub directorate: String,
    pub year: i32,
    pub campaign: Campaign,
    pub file_name: String,
    /// RFC 3339, UTC.
    pub imported_at: DateTime<Utc>,
    /// The submission date the workbook gave (YYYY-MM-DD).
    pub submitted_on: Option<NaiveDate>,
}

impl From<&ReturnSummary> for ReturnRef {
    fn from(s: &ReturnSummary) -> ReturnRef {
        ReturnRef {
            id: s.id,
            directorate: s.directorate.clone(),
            year: s.year,
            campaign: s.campaign,
            file_name: s.file_name.clone(),
            imported_at: s.imported_at,
            submitted_on: s.submitted_on,
        }
    }
}

/// A project named by its code and name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProjectRef {
    pub code: String,
    pub name: String,
}

/// What a restoration changed: the return made current again and the one it replaced.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RestoreView {
    pub restored: ReturnRef,
    pub replaced: Option<ReturnRef>,
}

/// The view of a [`RestoreOutcome`] the app shows.
pub fn restore_view(outcome: &RestoreOutcome) -> RestoreView {
    RestoreView { restored: ReturnRef::from(&outcome.restored), replaced: outcome.replaced.as_ref().map(ReturnRef::from) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{at, demo_store, DEMO_YEAR};

    #[test]
    fn a_restoration_names_both_returns() {
        let (_dir, mut store) = demo_store(&[Campaign::Bi, Campaign::R1]);
        let first = pmo_store::latest_return(store.conn(), "DSI", DEMO_YEAR).unwrap().unwrap();
        let again = crate::template(Some(&store), DEMO_YEAR, Campaign::R1, Some("DSI")).unwrap();
        let second = crate::import::import_bytes(&mut store, "bis.xlsx", "bis.xlsx", &again.bytes, false, at(40)).unwrap();
        let outcome = crate::restore_return(&mut store, first.id, at(41)).unwrap();
        let view = restore_view(&outcome);
        assert_eq!(view.restored.id, first.id, "the earlier return is current again");
        assert_eq!(view.restored.file_name, first.file_name);
        assert_eq!(view.replaced.as_ref().map(|r| r.id), second.return_id, "it replaced the newer one");
        let json = serde_json::to_value(&view).unwrap();
        assert_eq!(json["restored"]["campaign"], "R1");
        assert_eq!(json["restored"]["year"], DEMO_YEAR);
        assert!(json["restored"]["imported_at"].as_str().unwrap().starts_with(&format!("{DEMO_YEAR}-07-01T09:")));
        assert!(json["restored"]["submitted_on"].as_str().is_some_and(|d| d.len() == 10), "YYYY-MM-DD");
    }
}
