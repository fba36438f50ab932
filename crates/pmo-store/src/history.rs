//! The import history: every file submitted (accepted or rejected, with its findings) and every
//! restoration of an earlier return. The history is append-only: nothing here updates or
//! deletes a row, so that what happened can always be told.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use pmo_model::finding::{Finding, StoredFinding};
use pmo_model::model::{Campaign, Choice};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use crate::codec::{check_sha256, corrupt, parse_campaign, parse_time, time_text};
use crate::error::Result;
use crate::returns::{all_summaries, FileMeta, ReturnSummary};

/// Whether an imported file became a return.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ImportOutcome {
    /// Accepted: it created a return (its findings are warnings).
    Imported,
    /// Rejected for errors: nothing of it was stored but this history entry.
    Rejected,
}

impl ImportOutcome {
    /// The code stored in the database and used in JSON.
    pub fn code(self) -> &'static str {
        match self {
            ImportOutcome::Imported => "imported",
            ImportOutcome::Rejected => "rejected",
        }
    }
}

/// One file submitted to the store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportEntry {
    /// The import's id.
    pub id: i64,
    pub at: DateTime<Utc>,
    pub file: FileMeta,
    pub outcome: ImportOutcome,
    /// Every finding reported on the file, language-neutral (render with `to_finding()`).
    pub findings: Vec<StoredFinding>,
    /// Directorate code, year and campaign, when the file told them (always for an accepted one).
    pub directorate: Option<String>,
    pub year: Option<i32>,
    pub campaign: Option<Campaign>,
    /// The return this import created (accepted files only), as it is now.
    pub created: Option<ReturnSummary>,
    /// The return this import superseded, as it is now.
    pub superseded: Option<ReturnSummary>,
}

/// An earlier return made current again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RestorationEntry {
    /// The restoration's id.
    pub id: i64,
    pub at: DateTime<Utc>,
    /// The return made current again, as it is now.
    pub restored: ReturnSummary,
    /// The return it replaced, as it is now.
    pub replaced: Option<ReturnSummary>,
}

/// One event of the history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum HistoryEntry {
    Import(ImportEntry),
    Restoration(RestorationEntry),
}

impl HistoryEntry {
    /// When it happened.
    pub fn at(&self) -> DateTime<Utc> {
        match self {
            HistoryEntry::Import(i) => i.at,
            HistoryEntry::Restoration(r) => r.at,
        }
    }
}

/// A row of `imports`, as [`crate::save_return`] and [`record_rejected`] write it.
pub(crate) struct ImportRow<'a> {
    pub file: &'a FileMeta,
    pub at: DateTime<Utc>,
    pub rejected: bool,
    pub findings: &'a [Finding],
    pub ident: Option<(&'a str, i32, Campaign)>,
    pub superseded: Option<i64>,
}

pub(crate) fn insert_import(conn: &Connection, row: &ImportRow<'_>) -> Result<i64> {
    check_sha256(&row.file.sha256)?;
    let stored: Vec<StoredFinding> = row.findings.iter().map(Finding::to_stored).collect();
    let findings = serde_json::to_string(&stored).expect("findings are plain strings and always serialise");
    let size = i64::try_from(row.file.size).map_err(|_| corrupt("imports", "file_size", &row.file.size.to_string()))?;
    let outcome = if row.rejected { ImportOutcome::Rejected } else { ImportOutcome::Imported };
    let (directorate, year, campaign) = match row.ident {
        Some((d, y, c)) => (Some(d), Some(y), Some(c.code())),
        None => (None, None, None),
    };
    conn.prepare_cached(
        "INSERT INTO imports (file_name, file_path, file_size, sha256, imported_at, outcome, findings, \
         directorate_code, year, campaign, superseded_return_id) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        row.file.name,
        row.file.path,
        size,
        row.file.sha256,
        time_text(row.at),
        outcome.code(),
        findings,
        directorate,
        year,
        campaign,
        row.superseded,
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Records a rejected workbook: its history row, with its findings and, when the file told them,
/// its directorate, year and campaign. Writes nothing else: no directorate, project nor return.
/// Returns the import's id.
pub fn record_rejected(
    conn: &Connection,
    file: &FileMeta,
    ident: Option<(String, i32, Campaign)>,
    findings: &[Finding],
    at: DateTime<Utc>,
) -> Result<i64> {
    insert_import(
        conn,
        &ImportRow {
            file,
            at,
            rejected: true,
            findings,
            ident: ident.as_ref().map(|(d, y, c)| (d.as_str(), *y, *c)),
            superseded: None,
        },
    )
}

/// The whole history, newest first: imports (accepted and rejected) and restorations. Two events
/// of the same kind at the same millisecond come in reverse write order; at the same millisecond
/// a restoration is listed before (newer than) an import.
pub fn history(conn: &Connection) -> Result<Vec<HistoryEntry>> {
    let returns = all_summaries(conn)?;
    let by_id = |id: Option<i64>| -> Result<Option<ReturnSummary>> {
        id.map(|id| returns.get(&id).cloned().ok_or_else(|| corrupt("returns", "id", &id.to_string()))).transpose()
    };
    let created_by: HashMap<i64, i64> = returns.values().map(|s| (s.import_id, s.id)).collect();

    // Sort key (time text, kind, id), descending: text order of fixed-width times is time order,
    // and ids are write order within a table.
    let mut events: Vec<((String, u8, i64), HistoryEntry)> = Vec::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT id, imported_at, file_name, file_path, file_size, sha256, outcome, findings, directorate_code, \
             year, campaign, superseded_return_id FROM imports",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let at_text: String = row.get(1)?;
            let size: i64 = row.get(4)?;
            let outcome = match row.get::<_, String>(6)?.as_str() {
                "imported" => ImportOutcome::Imported,
                "rejected" => ImportOutcome::Rejected,
                other => return Err(corrupt("imports", "outcome", other)),
            };
            let findings_json: String = row.get(7)?;
            let findings: Vec<StoredFinding> =
                serde_json::from_str(&findings_json).map_err(|_| corrupt("imports", "findings", &findings_json))?;
            let entry = ImportEntry {
                id,
                at: parse_time(&at_text, "imports", "imported_at")?,
                file: FileMeta {
                    name: row.get(2)?,
                    path: row.get(3)?,
                    size: u64::try_from(size).map_err(|_| corrupt("imports", "file_size", &size.to_string()))?,
                    sha256: row.get(5)?,
                },
                outcome,
                findings,
                directorate: row.get(8)?,
                year: row.get(9)?,
                campaign: row.get::<_, Option<String>>(10)?.map(|c| parse_campaign(&c, "imports")).transpose()?,
                created: by_id(created_by.get(&id).copied())?,
                superseded: by_id(row.get(11)?)?,
            };
            events.push(((at_text, 0, id), HistoryEntry::Import(entry)));
        }
    }
    {
        let mut stmt =
            conn.prepare_cached("SELECT id, restored_at, restored_return_id, replaced_return_id FROM restorations")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let at_text: String = row.get(1)?;
            let restored_id: i64 = row.get(2)?;
            let entry = RestorationEntry {
                id,
                at: parse_time(&at_text, "restorations", "restored_at")?,
                restored: by_id(Some(restored_id))?.expect("an id was given"),
                replaced: by_id(row.get(3)?)?,
            };
            events.push(((at_text, 1, id), HistoryEntry::Restoration(entry)));
        }
    }
    events.sort_by(|a, b| b.0.cmp(&a.0));
    Ok(events.into_iter().map(|(_, e)| e).collect())
}

/// When the returns last changed: the latest import (accepted or rejected) or restoration;
/// `None` for a database that never had one. What an automatic backup is compared with.
pub fn last_change(conn: &Connection) -> Result<Option<DateTime<Utc>>> {
    let latest: Option<String> = conn.query_row(
        "SELECT max(t) FROM (SELECT max(imported_at) AS t FROM imports UNION ALL SELECT max(restored_at) FROM restorations)",
        [],
        |r| r.get(0),
    )?;
    latest.map(|t| parse_time(&t, "imports", "imported_at")).transpose()
}
