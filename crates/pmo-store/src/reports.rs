//! The record of what was sent: each generated report with its options, the SHA-256 of its
//! bytes and the returns it was built from, so that a pack can be matched, months later, with
//! the figures a CODIR saw.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use crate::codec::{check_sha256, corrupt, parse_time, time_text};
use crate::error::Result;
use crate::returns::{return_summary, ReturnSummary};

/// A report about to be recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewReport {
    /// `codir`, `directorate` or `project`.
    pub kind: String,
    pub title: String,
    /// The options that decide the bytes, as a JSON object.
    pub options: serde_json::Value,
    pub sha256: String,
    pub size: u64,
    pub pages: Option<u32>,
    pub file_path: Option<String>,
    /// The store ids of the returns the report was built from.
    pub returns: Vec<i64>,
}

/// A recorded report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReportRecord {
    pub id: i64,
    pub kind: String,
    pub title: String,
    #[cfg_attr(feature = "ts", ts(type = "Record<string, unknown>"))]
    pub options: serde_json::Value,
    pub generated_at: DateTime<Utc>,
    pub sha256: String,
    pub size: u64,
    pub pages: Option<u32>,
    pub file_path: Option<String>,
    /// The returns it was built from, as they are now (one may have been superseded since).
    pub returns: Vec<ReturnSummary>,
}

/// Removes the record of a report whose file could not be put in place (its links with it).
pub fn forget_report(conn: &Connection, id: i64) -> Result<()> {
    crate::returns::in_savepoint(conn, || {
        conn.execute("DELETE FROM report_returns WHERE report_id = ?1", [id])?;
        conn.execute("DELETE FROM reports WHERE id = ?1", [id])?;
        Ok(())
    })
}

/// Records a generated report. Runs in a savepoint: on error nothing is left.
pub fn record_report(conn: &Connection, report: &NewReport, at: DateTime<Utc>) -> Result<i64> {
    check_sha256(&report.sha256)?;
    crate::returns::in_savepoint(conn, || {
        let size = i64::try_from(report.size).map_err(|_| corrupt("reports", "size", &report.size.to_string()))?;
        conn.execute(
            "INSERT INTO reports (kind, title, options, generated_at, sha256, size, pages, file_path) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                report.kind,
                report.title,
                report.options.to_string(),
                time_text(at),
                report.sha256,
                size,
                report.pages,
                report.file_path
            ],
        )?;
        let id = conn.last_insert_rowid();
        let mut link = conn.prepare_cached("INSERT OR IGNORE INTO report_returns (report_id, return_id) VALUES (?1, ?2)")?;
        for return_id in &report.returns {
            link.execute(params![id, return_id])?;
        }
        Ok(id)
    })
}

/// Every recorded report, newest first.
pub fn reports(conn: &Connection) -> Result<Vec<ReportRecord>> {
    let mut stmt = conn.prepare(
        "SELECT id, kind, title, options, generated_at, sha256, size, pages, file_path FROM reports ORDER BY generated_at DESC, id DESC",
    )?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let options: String = row.get(3)?;
        let size: i64 = row.get(6)?;
        out.push(ReportRecord {
            id: row.get(0)?,
            kind: row.get(1)?,
            title: row.get(2)?,
            options: serde_json::from_str(&options).map_err(|_| corrupt("reports", "options", &options))?,
            generated_at: parse_time(&row.get::<_, String>(4)?, "reports", "generated_at")?,
            sha256: row.get(5)?,
            size: u64::try_from(size).map_err(|_| corrupt("reports", "size", &size.to_string()))?,
            pages: row.get(7)?,
            file_path: row.get(8)?,
            returns: Vec::new(),
        });
    }
    let mut links = conn.prepare_cached("SELECT return_id FROM report_returns WHERE report_id = ?1 ORDER BY return_id")?;
    for report in &mut out {
        let ids: Vec<i64> = links.query_map([report.id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        for id in ids {
            report.returns.push(return_summary(conn, id)?);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use chrono::TimeZone;

    fn report(title: &str, sha: char) -> NewReport {
        NewReport {
            kind: "codir".into(),
            title: title.into(),
            options: serde_json::json!({"year": 2026, "quarter": 2, "lang": "fr"}),
            sha256: sha.to_string().repeat(64),
            size: 1000,
            pages: Some(12),
            file_path: Some("/tmp/pack.pdf".into()),
            returns: Vec::new(),
        }
    }

    #[test]
    fn reports_come_back_newest_first_with_their_options() {
        let store = Store::open_in_memory().unwrap();
        let at = |h| Utc.with_ymd_and_hms(2026, 7, 10, h, 0, 0).unwrap();
        let first = record_report(store.conn(), &report("T2 — v1", 'a'), at(9)).unwrap();
        let second = record_report(store.conn(), &report("T2 — v2", 'b'), at(10)).unwrap();
        let all = reports(store.conn()).unwrap();
        assert_eq!(all.iter().map(|r| r.id).collect::<Vec<_>>(), vec![second, first], "newest first");
        assert_eq!(all[1].options["quarter"], 2, "options read back as JSON");
        assert_eq!((all[1].size, all[1].pages), (1000, Some(12)));
    }

    #[test]
    fn a_bad_hash_or_an_unknown_return_records_nothing() {
        let store = Store::open_in_memory().unwrap();
        let at = Utc.with_ymd_and_hms(2026, 7, 10, 9, 0, 0).unwrap();
        assert!(record_report(store.conn(), &report("x", 'Z'), at).is_err(), "not a lower-case hex SHA-256");
        let mut r = report("x", 'c');
        r.returns = vec![999];
        assert!(record_report(store.conn(), &r, at).is_err(), "return 999 does not exist (foreign key)");
        assert!(reports(store.conn()).unwrap().is_empty(), "a refused record leaves nothing behind");
    }
}
