//! Returns: saving an accepted workbook with every record and its provenance, loading returns
//! back exactly, supersession and restoration, project ownership, and tracing a stored figure
//! to its source cell.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use pmo_model::finding::Finding;
use pmo_model::model::{
    BudgetLine, Campaign, CapacityLine, Choice, ColumnMap, Milestone, Origin, Project, ReturnData, Risk, SourceCell,
    StatusReport, WorkloadLine,
};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use crate::codec::{
    cents, check_sha256, corrupt, date_text, decimal_text, from_cents, index, opt_cents, parse_campaign, parse_choice,
    parse_date, parse_decimal, parse_opt_choice, parse_opt_date, parse_time, parse_unit, small, time_text, unit_code,
};
use crate::error::{Error, Result};
use crate::history::{insert_import, ImportRow};

/// The file an import read, as the history keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileMeta {
    /// The file's name (`DSI_2026_R2.xlsx`), as shown to users.
    pub name: String,
    /// The path as the user gave it (not canonicalised: it is what they will recognise).
    pub path: String,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256 of the file's bytes, 64 lower-case hexadecimal digits.
    pub sha256: String,
}

/// A stored return without its records: what lists and history screens show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReturnSummary {
    /// The return's id, stable for the life of the database.
    pub id: i64,
    /// Directorate code (`DSI`).
    pub directorate: String,
    /// The directorate's name as this return wrote it, else the latest name known.
    pub directorate_name: Option<String>,
    pub year: i32,
    pub campaign: Campaign,
    /// The import that created this return.
    pub import_id: i64,
    /// The name of the workbook it was read from.
    pub file_name: String,
    /// SHA-256 of that workbook.
    pub sha256: String,
    pub imported_at: DateTime<Utc>,
    /// The submission date the workbook gave, if any.
    pub submitted_on: Option<NaiveDate>,
    /// Whether it is the current return of its directorate, year and campaign (else superseded).
    pub is_current: bool,
}

/// A return with its content, as the consolidation and the template writer read it.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredReturn {
    pub summary: ReturnSummary,
    pub data: ReturnData,
}

/// What [`save_return`] wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedReturn {
    /// The history row of this import.
    pub import_id: i64,
    /// The new return, now current.
    pub return_id: i64,
    /// The return of the same directorate, year and campaign that was current before, now superseded.
    pub superseded: Option<i64>,
}

/// What [`restore_return`] changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RestoreOutcome {
    /// The history row of this restoration.
    pub restoration_id: i64,
    /// The return made current again (as it is now: current).
    pub restored: ReturnSummary,
    /// The return that was current before and is now superseded.
    pub replaced: Option<ReturnSummary>,
}

/// One cell of the workbook a stored figure was read from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    pub file_name: String,
    pub file_path: String,
    /// The sheet's name as written in the workbook.
    pub sheet: String,
    /// A1 address within the sheet (`F12`).
    pub cell: String,
}

impl SourceRef {
    /// `Budget!F12`, the form findings use.
    pub fn a1(&self) -> String {
        format!("{}!{}", self.sheet, self.cell)
    }
}

/// A directorate known to the store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Directorate {
    pub code: String,
    /// The name most recently given by one of its returns.
    pub name: Option<String>,
}

/// Runs `f` inside a savepoint: on error everything `f` wrote is undone, even if the caller then
/// commits its own transaction, and outside a transaction `f` is still atomic.
pub(crate) fn in_savepoint<T>(conn: &Connection, f: impl FnOnce() -> Result<T>) -> Result<T> {
    conn.execute_batch("SAVEPOINT pmo_store")?;
    match f() {
        Ok(v) => {
            conn.execute_batch("RELEASE pmo_store")?;
            Ok(v)
        }
        Err(e) => {
            // The original error matters more than a failure to roll back (which SQLite reports
            // only when the connection is already broken).
            let _ = conn.execute_batch("ROLLBACK TO pmo_store; RELEASE pmo_store");
            Err(e)
        }
    }
}

/// Campaign order (BI < R1 < R2 < R3 < CL) in SQL, for `ORDER BY`.
const CAMPAIGN_RANK: &str =
    "CASE r.campaign WHEN 'BI' THEN 0 WHEN 'R1' THEN 1 WHEN 'R2' THEN 2 WHEN 'R3' THEN 3 ELSE 4 END";

/// The columns of a return's header, for [`read_header`].
const HEADER_SELECT: &str = "SELECT r.id, d.code, coalesce(r.directorate_name, d.name), r.year, r.campaign, r.import_id, \
     i.file_name, i.sha256, i.imported_at, r.submitted_on, r.is_current, r.directorate_name, r.owner, r.unit, r.envelope_cents \
     FROM returns r JOIN directorates d ON d.id = r.directorate_id JOIN imports i ON i.id = r.import_id";

/// A return's summary and its content without records, from a [`HEADER_SELECT`] row.
fn read_header(row: &rusqlite::Row<'_>) -> Result<(ReturnSummary, ReturnData)> {
    let campaign = parse_campaign(&row.get::<_, String>(4)?, "returns")?;
    let submitted_on = parse_opt_date(row.get(9)?, "returns", "submitted_on")?;
    let summary = ReturnSummary {
        id: row.get(0)?,
        directorate: row.get(1)?,
        directorate_name: row.get(2)?,
        year: row.get(3)?,
        campaign,
        import_id: row.get(5)?,
        file_name: row.get(6)?,
        sha256: row.get(7)?,
        imported_at: parse_time(&row.get::<_, String>(8)?, "imports", "imported_at")?,
        submitted_on,
        is_current: row.get(10)?,
    };
    let mut data = ReturnData::new(&summary.directorate, summary.year, campaign);
    data.directorate_name = row.get(11)?;
    data.submitted_on = submitted_on;
    data.owner = row.get(12)?;
    data.unit = parse_unit(&row.get::<_, String>(13)?)?;
    data.envelope = row.get::<_, Option<i64>>(14)?.map(from_cents);
    Ok((summary, data))
}

fn summaries(conn: &Connection, filter: &str, order: &str, args: impl rusqlite::Params) -> Result<Vec<ReturnSummary>> {
    let sql = format!("{HEADER_SELECT} {filter} ORDER BY {order}");
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(args)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        out.push(read_header(row)?.0);
    }
    Ok(out)
}

/// The summary of one return, or [`Error::ReturnNotFound`].
pub fn return_summary(conn: &Connection, return_id: i64) -> Result<ReturnSummary> {
    summaries(conn, "WHERE r.id = ?1", "r.id", [return_id])?.pop().ok_or(Error::ReturnNotFound(return_id))
}

/// The current return whose workbook had this SHA-256, if any: a byte-identical re-import of it
/// changes nothing and the caller says so. A file whose return was since superseded is not
/// "unchanged": importing it again makes it current again, as a new import.
pub fn current_return_with_sha(conn: &Connection, sha256: &str) -> Result<Option<ReturnSummary>> {
    Ok(summaries(conn, "WHERE i.sha256 = ?1 AND r.is_current = 1", "r.id DESC", [sha256])?.into_iter().next())
}

/// The current returns of a year, every directorate and campaign, by directorate then campaign.
pub fn current_returns(conn: &Connection, year: i32) -> Result<Vec<ReturnSummary>> {
    summaries(conn, "WHERE r.year = ?1 AND r.is_current = 1", &format!("d.code, {CAMPAIGN_RANK}"), [year])
}

/// The current return of the latest campaign of a directorate for a year (what a prefilled
/// template starts from), or `None` when the directorate sent nothing for that year.
pub fn latest_return(conn: &Connection, directorate: &str, year: i32) -> Result<Option<ReturnSummary>> {
    Ok(summaries(
        conn,
        "WHERE d.code = ?1 AND r.year = ?2 AND r.is_current = 1",
        &format!("{CAMPAIGN_RANK} DESC LIMIT 1"),
        params![directorate, year],
    )?
    .pop())
}

/// The envelope stated by the directorate's current returns of a year, as `(campaign, envelope)`
/// of each current return that states one, in campaign order: what an import compares a new
/// envelope with. Reads the returns' headers only.
pub fn stated_envelopes(conn: &Connection, directorate: &str, year: i32) -> Result<Vec<(Campaign, rust_decimal::Decimal)>> {
    let sql = format!(
        "SELECT r.campaign, r.envelope_cents FROM returns r JOIN directorates d ON d.id = r.directorate_id \
         WHERE d.code = ?1 AND r.year = ?2 AND r.is_current = 1 AND r.envelope_cents IS NOT NULL ORDER BY {CAMPAIGN_RANK}"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![directorate, year], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (campaign, cents) = row?;
        out.push((parse_campaign(&campaign, "returns")?, from_cents(cents)));
    }
    Ok(out)
}

/// Every return of a directorate for a year, current and superseded, by campaign and, within a
/// campaign, newest import first: what a history screen lists.
pub fn returns_of(conn: &Connection, directorate: &str, year: i32) -> Result<Vec<ReturnSummary>> {
    summaries(
        conn,
        "WHERE d.code = ?1 AND r.year = ?2",
        &format!("{CAMPAIGN_RANK}, r.id DESC"),
        params![directorate, year],
    )
}

/// Every return ever stored, by id (the history uses it to describe imports and restorations).
pub(crate) fn all_summaries(conn: &Connection) -> Result<HashMap<i64, ReturnSummary>> {
    Ok(summaries(conn, "", "r.id", [])?.into_iter().map(|s| (s.id, s)).collect())
}

/// The directorates known to the store, by code.
pub fn directorates(conn: &Connection) -> Result<Vec<Directorate>> {
    let mut stmt = conn.prepare_cached("SELECT code, name FROM directorates ORDER BY code")?;
    let rows = stmt.query_map([], |r| Ok(Directorate { code: r.get(0)?, name: r.get(1)? }))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The years that have at least one return, ascending.
pub fn years(conn: &Connection) -> Result<Vec<i32>> {
    let mut stmt = conn.prepare_cached("SELECT DISTINCT year FROM returns ORDER BY year")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// For each of `codes` already known, the code of the directorate that owns it. Codes never seen
/// are absent from the map. One query whatever the number of codes.
pub fn project_owners(conn: &Connection, codes: &[String]) -> Result<HashMap<String, String>> {
    let json = serde_json::to_string(codes).expect("a list of strings always serialises");
    let mut stmt = conn.prepare_cached(
        "SELECT p.code, d.code FROM projects p JOIN directorates d ON d.id = p.directorate_id \
         WHERE p.code IN (SELECT value FROM json_each(?1))",
    )?;
    let rows = stmt.query_map([json], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Checks what the schema cannot: unique project codes, records naming projects of the return.
fn check_records(data: &ReturnData) -> Result<()> {
    let mut codes = HashSet::with_capacity(data.projects.len());
    for p in &data.projects {
        if !codes.insert(p.code.as_str()) {
            return Err(Error::DuplicateProject(p.code.clone()));
        }
    }
    let known = |record: &'static str, project: &str| {
        if codes.contains(project) {
            Ok(())
        } else {
            Err(Error::UnknownProject { record, project: project.to_string() })
        }
    };
    data.budget.iter().try_for_each(|r| known("budget", &r.project))?;
    data.workload.iter().try_for_each(|r| known("workload", &r.project))?;
    data.statuses.iter().try_for_each(|r| known("status", &r.project))?;
    data.risks.iter().try_for_each(|r| known("risk", &r.project))?;
    data.milestones.iter().try_for_each(|r| known("milestone", &r.project))?;
    Ok(())
}

/// Stores an accepted workbook: adds its directorate and projects if new, records the import in
/// the history (with its warnings), stores the return and every record with its provenance, and
/// marks the previous current return of the same directorate, year and campaign as superseded.
///
/// The caller owns the transaction: one workbook is one transaction, and nothing is visible
/// until the caller commits. On error, everything this call wrote is already undone.
///
/// Refuses: error findings ([`Error::ErrorFindings`]: use [`crate::record_rejected`]), a project
/// owned by another directorate, a duplicate project, a record naming an unknown project, an
/// amount that is not whole cents, a malformed SHA-256. It never rounds nor drops a figure.
pub fn save_return(
    tx: &Transaction<'_>,
    file: &FileMeta,
    data: &ReturnData,
    warnings: &[Finding],
    at: DateTime<Utc>,
) -> Result<SavedReturn> {
    if warnings.iter().any(Finding::is_error) {
        return Err(Error::ErrorFindings);
    }
    check_sha256(&file.sha256)?;
    check_records(data)?;
    // A save runs about twenty cached statements (two per large record table: see
    // `insert_rows`), more than rusqlite's default 16: in a cache that small, used in a cycle,
    // every statement would be evicted before its next use and prepared again for each workbook.
    tx.set_prepared_statement_cache_capacity(STATEMENT_CACHE_CAPACITY);
    in_savepoint(tx, || save_inner(tx, file, data, warnings, at))
}

fn save_inner(
    conn: &Connection,
    file: &FileMeta,
    data: &ReturnData,
    warnings: &[Finding],
    at: DateTime<Utc>,
) -> Result<SavedReturn> {
    conn.execute(
        "INSERT INTO directorates (code, name) VALUES (?1, ?2) \
         ON CONFLICT (code) DO UPDATE SET name = coalesce(excluded.name, directorates.name)",
        params![data.directorate, data.directorate_name],
    )?;
    let directorate_id: i64 =
        conn.query_row("SELECT id FROM directorates WHERE code = ?1", [&data.directorate], |r| r.get(0))?;

    let codes: Vec<String> = data.projects.iter().map(|p| p.code.clone()).collect();
    let owners = project_owners(conn, &codes)?;
    for code in &codes {
        match owners.get(code) {
            Some(owner) if *owner != data.directorate => {
                return Err(Error::ProjectOwnedElsewhere {
                    project: code.clone(),
                    owner: owner.clone(),
                    directorate: data.directorate.clone(),
                })
            }
            Some(_) => {}
            None => {
                conn.prepare_cached("INSERT INTO projects (code, directorate_id) VALUES (?1, ?2)")?
                    .execute(params![code, directorate_id])?;
            }
        }
    }

    let superseded: Option<i64> = conn
        .query_row(
            "SELECT id FROM returns WHERE directorate_id = ?1 AND year = ?2 AND campaign = ?3 AND is_current = 1",
            params![directorate_id, data.year, data.campaign.code()],
            |r| r.get(0),
        )
        .optional()?;

    let import_id = insert_import(
        conn,
        &ImportRow {
            file,
            at,
            rejected: false,
            findings: warnings,
            ident: Some((data.directorate.as_str(), data.year, data.campaign)),
            superseded,
        },
    )?;
    if let Some(previous) = superseded {
        conn.execute("UPDATE returns SET is_current = 0 WHERE id = ?1", [previous])?;
    }
    conn.execute(
        "INSERT INTO returns (import_id, directorate_id, year, campaign, is_current, directorate_name, submitted_on, \
         owner, unit, envelope_cents) VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6, ?7, ?8, ?9)",
        params![
            import_id,
            directorate_id,
            data.year,
            data.campaign.code(),
            data.directorate_name,
            data.submitted_on.map(date_text),
            data.owner,
            unit_code(data.unit),
            opt_cents(data.envelope, "envelope")?,
        ],
    )?;
    let return_id = conn.last_insert_rowid();
    insert_records(conn, return_id, data)?;
    Ok(SavedReturn { import_id, return_id, superseded })
}

fn origin_of(origin: &Option<Origin>) -> (Option<&str>, Option<u32>) {
    match origin {
        Some(o) => (Some(o.sheet.as_str()), Some(o.row)),
        None => (None, None),
    }
}

fn insert_records(conn: &Connection, return_id: i64, data: &ReturnData) -> Result<()> {
    let head = "INSERT INTO return_projects (return_id, position, project_code, name, ambition, initiative, manager, \
                sponsor, status, priority, kind, start_on, end_on, multi_year, description, source_sheet, source_row)";
    insert_rows(conn, head, 17, &data.projects, |b, pos, p| {
        let (sheet, row) = origin_of(&p.origin);
        b.bind(return_id)?;
        b.bind(pos as i64)?;
        b.bind(&p.code)?;
        b.bind(&p.name)?;
        b.bind(&p.ambition)?;
        b.bind(&p.initiative)?;
        b.bind(&p.manager)?;
        b.bind(&p.sponsor)?;
        b.bind(p.status.map(|s| s.code()))?;
        b.bind(p.priority)?;
        b.bind(&p.kind)?;
        b.bind(p.start.map(date_text))?;
        b.bind(p.end.map(date_text))?;
        b.bind(p.multi_year)?;
        b.bind(&p.description)?;
        b.bind(sheet)?;
        b.bind(row)
    })?;

    let head = "INSERT INTO return_budget_lines (return_id, position, project_code, nature, category, \
                planned_q1_cents, planned_q2_cents, planned_q3_cents, planned_q4_cents, \
                actual_q1_cents, actual_q2_cents, actual_q3_cents, actual_q4_cents, source_sheet, source_row)";
    insert_rows(conn, head, 15, &data.budget, |b, pos, line| {
        let (sheet, row) = origin_of(&line.origin);
        let p = quarter_cents(&line.planned, "budget planned amount")?;
        let a = quarter_cents(&line.actual, "budget actual amount")?;
        b.bind(return_id)?;
        b.bind(pos as i64)?;
        b.bind(&line.project)?;
        b.bind(line.nature.code())?;
        b.bind(line.category.map(|c| c.code()))?;
        for cents in p.into_iter().chain(a) {
            b.bind(cents)?;
        }
        b.bind(sheet)?;
        b.bind(row)
    })?;

    let head = "INSERT INTO return_workload (return_id, position, project_code, team, \
                planned_q1_days, planned_q2_days, planned_q3_days, planned_q4_days, \
                actual_q1_days, actual_q2_days, actual_q3_days, actual_q4_days, daily_rate_cents, source_sheet, source_row)";
    insert_rows(conn, head, 15, &data.workload, |b, pos, w| {
        let (sheet, row) = origin_of(&w.origin);
        b.bind(return_id)?;
        b.bind(pos as i64)?;
        b.bind(&w.project)?;
        b.bind(&w.team)?;
        for days in w.planned.iter().chain(&w.actual) {
            b.bind(decimal_text(*days))?;
        }
        b.bind(opt_cents(w.daily_rate, "daily rate")?)?;
        b.bind(sheet)?;
        b.bind(row)
    })?;

    let mut stmt = conn.prepare_cached(
        "INSERT INTO return_capacity (return_id, position, team, capacity_q1_days, capacity_q2_days, \
         capacity_q3_days, capacity_q4_days, source_sheet, source_row) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for (pos, c) in data.capacity.iter().enumerate() {
        let (sheet, row) = origin_of(&c.origin);
        let d = c.capacity.map(decimal_text);
        stmt.execute(params![return_id, pos as i64, c.team, d[0], d[1], d[2], d[3], sheet, row])?;
    }

    let head = "INSERT INTO return_statuses (return_id, position, project_code, status_date, overall, schedule, cost, \
                scope, resources, progress, comment, watch_points, decision_needed, source_sheet, source_row)";
    insert_rows(conn, head, 15, &data.statuses, |b, pos, s| {
        let (sheet, row) = origin_of(&s.origin);
        b.bind(return_id)?;
        b.bind(pos as i64)?;
        b.bind(&s.project)?;
        b.bind(date_text(s.date))?;
        b.bind(s.overall.code())?;
        for weather in [s.schedule, s.cost, s.scope, s.resources] {
            b.bind(weather.map(|w| w.code()))?;
        }
        b.bind(s.progress.map(decimal_text))?;
        b.bind(&s.comment)?;
        b.bind(&s.watch_points)?;
        b.bind(&s.decision_needed)?;
        b.bind(sheet)?;
        b.bind(row)
    })?;

    let head = "INSERT INTO return_risks (return_id, position, project_code, risk_id, title, probability, impact, \
                owner, mitigation, status, due_on, source_sheet, source_row)";
    insert_rows(conn, head, 13, &data.risks, |b, pos, r| {
        let (sheet, row) = origin_of(&r.origin);
        b.bind(return_id)?;
        b.bind(pos as i64)?;
        b.bind(&r.project)?;
        b.bind(&r.risk_id)?;
        b.bind(&r.title)?;
        b.bind(r.probability)?;
        b.bind(r.impact)?;
        b.bind(&r.owner)?;
        b.bind(&r.mitigation)?;
        b.bind(r.status.map(|s| s.code()))?;
        b.bind(r.due.map(date_text))?;
        b.bind(sheet)?;
        b.bind(row)
    })?;

    let head = "INSERT INTO return_milestones (return_id, position, project_code, name, baseline_on, forecast_on, \
                actual_on, source_sheet, source_row)";
    insert_rows(conn, head, 9, &data.milestones, |b, pos, m| {
        let (sheet, row) = origin_of(&m.origin);
        b.bind(return_id)?;
        b.bind(pos as i64)?;
        b.bind(&m.project)?;
        b.bind(&m.name)?;
        for date in [m.baseline, m.forecast, m.actual] {
            b.bind(date.map(date_text))?;
        }
        b.bind(sheet)?;
        b.bind(row)
    })?;

    let mut sheet_stmt =
        conn.prepare_cached("INSERT INTO return_sheets (return_id, position, sheet) VALUES (?1, ?2, ?3)")?;
    let mut col_stmt = conn.prepare_cached(
        "INSERT INTO return_columns (return_id, sheet_position, position, field, column_index) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (sheet_pos, map) in data.columns.iter().enumerate() {
        sheet_stmt.execute(params![return_id, sheet_pos as i64, map.sheet])?;
        for (pos, (field, column)) in map.columns.iter().enumerate() {
            col_stmt.execute(params![return_id, sheet_pos as i64, pos as i64, field, column])?;
        }
    }

    let mut stmt = conn.prepare_cached(
        "INSERT INTO return_key_cells (return_id, position, key, sheet, cell) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (pos, (key, cell)) in data.key_cells.iter().enumerate() {
        stmt.execute(params![return_id, pos as i64, key, cell.sheet, cell.cell])?;
    }
    Ok(())
}

/// Prepared statements a connection keeps (see [`save_return`]).
const STATEMENT_CACHE_CAPACITY: usize = 64;

/// How many rows one INSERT statement of [`insert_rows`] writes. Each statement run has a fixed
/// cost (opening the table and its parents' indexes for the foreign keys, resetting, binding
/// calls); at about 350 rows per return, paying it once per row was a good part of the store's time.
const ROWS_PER_INSERT: usize = 16;

/// Binds one row's values, in column order, to a statement that inserts several rows.
struct RowBinder<'s, 'c> {
    stmt: &'s mut rusqlite::CachedStatement<'c>,
    /// The next parameter's index (1-based).
    next: usize,
}

impl RowBinder<'_, '_> {
    fn bind(&mut self, value: impl rusqlite::ToSql) -> Result<()> {
        self.stmt.raw_bind_parameter(self.next, value)?;
        self.next += 1;
        Ok(())
    }
}

/// Inserts `rows` with `head` (`INSERT INTO t (a, b…)`, `columns` columns) in the given order,
/// [`ROWS_PER_INSERT`] rows per statement and the rest one by one; `bind` binds a row's
/// `columns` values given its position. The rows stored are those of one INSERT per row.
fn insert_rows<T>(
    conn: &Connection,
    head: &str,
    columns: usize,
    rows: &[T],
    mut bind: impl FnMut(&mut RowBinder<'_, '_>, usize, &T) -> Result<()>,
) -> Result<()> {
    let values = |n: usize| {
        let row = format!("({})", vec!["?"; columns].join(", "));
        format!("{head} VALUES {}", vec![row; n].join(", "))
    };
    let full = rows.len() / ROWS_PER_INSERT * ROWS_PER_INSERT;
    if full > 0 {
        let mut stmt = conn.prepare_cached(&values(ROWS_PER_INSERT))?;
        for (chunk_index, chunk) in rows[..full].chunks_exact(ROWS_PER_INSERT).enumerate() {
            let mut binder = RowBinder { stmt: &mut stmt, next: 1 };
            for (i, row) in chunk.iter().enumerate() {
                bind(&mut binder, chunk_index * ROWS_PER_INSERT + i, row)?;
            }
            debug_assert_eq!(binder.next, ROWS_PER_INSERT * columns + 1, "every column bound: {head}");
            stmt.raw_execute()?;
        }
    }
    if full < rows.len() {
        let mut stmt = conn.prepare_cached(&values(1))?;
        for (pos, row) in rows.iter().enumerate().skip(full) {
            let mut binder = RowBinder { stmt: &mut stmt, next: 1 };
            bind(&mut binder, pos, row)?;
            debug_assert_eq!(binder.next, columns + 1, "every column bound: {head}");
            stmt.raw_execute()?;
        }
    }
    Ok(())
}

fn quarter_cents(values: &[rust_decimal::Decimal; 4], what: &'static str) -> Result<[i64; 4]> {
    let mut out = [0; 4];
    for (slot, value) in out.iter_mut().zip(values) {
        *slot = cents(*value, what)?;
    }
    Ok(out)
}

/// Which records of a return a load reads; the return's header (summary, envelope, unit…) is
/// always read. A computation that never reads some kinds of records of some returns (the
/// milestones of an earlier campaign, say) names what it reads, and the store reads nothing
/// else: at the size of a large portfolio, reading records is most of the time a consolidation
/// takes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Parts {
    pub projects: bool,
    pub budget: bool,
    pub workload: bool,
    pub capacity: bool,
    pub statuses: bool,
    pub risks: bool,
    pub milestones: bool,
    /// The column maps (`ReturnData::columns`): what turns a record's origin into its cell.
    pub column_maps: bool,
    /// The Direction sheet's key cells (`ReturnData::key_cells`).
    pub key_cells: bool,
}

impl Parts {
    /// Every record: the return exactly as it was saved.
    pub const ALL: Parts = Parts {
        projects: true,
        budget: true,
        workload: true,
        capacity: true,
        statuses: true,
        risks: true,
        milestones: true,
        column_maps: true,
        key_cells: true,
    };

    /// The header only.
    pub const NONE: Parts = Parts {
        projects: false,
        budget: false,
        workload: false,
        capacity: false,
        statuses: false,
        risks: false,
        milestones: false,
        column_maps: false,
        key_cells: false,
    };

    /// What either reads.
    pub fn union(self, other: Parts) -> Parts {
        Parts {
            projects: self.projects || other.projects,
            budget: self.budget || other.budget,
            workload: self.workload || other.workload,
            capacity: self.capacity || other.capacity,
            statuses: self.statuses || other.statuses,
            risks: self.risks || other.risks,
            milestones: self.milestones || other.milestones,
            column_maps: self.column_maps || other.column_maps,
            key_cells: self.key_cells || other.key_cells,
        }
    }
}

/// Which returns a bulk load reads.
enum Scope {
    One(i64),
    CurrentOfYear(i32),
}

impl Scope {
    /// The filter on `returns r` for the headers.
    fn header_filter(&self) -> &'static str {
        match self {
            Scope::One(_) => "WHERE r.id = ?1",
            Scope::CurrentOfYear(_) => "WHERE r.year = ?1 AND r.is_current = 1",
        }
    }

    /// The filter on a record table's `return_id`.
    fn record_filter(&self) -> &'static str {
        match self {
            Scope::One(_) => "WHERE return_id = ?1",
            Scope::CurrentOfYear(_) => "WHERE return_id IN (SELECT id FROM returns WHERE year = ?1 AND is_current = 1)",
        }
    }

    fn arg(&self) -> i64 {
        match *self {
            Scope::One(id) => id,
            Scope::CurrentOfYear(year) => i64::from(year),
        }
    }
}

/// Which returns of the scope a record query reads: the `WHERE` on `return_id` and its one
/// parameter.
struct RecordFilter {
    sql: &'static str,
    arg: rusqlite::types::Value,
}

impl RecordFilter {
    /// Every return of the scope when all of them read the records (the query the scope gives),
    /// else the listed ones; `None` when none does.
    fn of(scope: &Scope, out: &[StoredReturn], parts: &[Parts], reads: fn(&Parts) -> bool) -> Option<RecordFilter> {
        let ids: Vec<i64> = out.iter().zip(parts).filter(|(_, p)| reads(p)).map(|(r, _)| r.summary.id).collect();
        if ids.is_empty() {
            None
        } else if ids.len() == out.len() {
            Some(RecordFilter { sql: scope.record_filter(), arg: scope.arg().into() })
        } else {
            // A JSON array: one statement whatever the number of returns. SQLite walks the
            // sorted list of ids, so the ORDER BY below costs no sort.
            let list = serde_json::to_string(&ids).expect("a list of integers always serialises");
            Some(RecordFilter { sql: "WHERE return_id IN (SELECT value FROM json_each(?1))", arg: list.into() })
        }
    }
}

/// Pushes a record onto its return's list, giving an empty list the size of the previous
/// return's (`hint`) first: returns of one portfolio have lists of similar sizes, and growing
/// each list by doubling was about a tenth of `pmo status` on a large year.
fn push_hinted<T>(list: &mut Vec<T>, hint: &mut usize, item: T) {
    if list.capacity() == 0 {
        list.reserve_exact(*hint);
    }
    list.push(item);
    *hint = list.len();
}

/// Reads a set of returns with the records `plan` asks for (given the returns' summaries, the
/// parts of each, in the same order): one query per table whatever the number of returns,
/// records in their workbook order.
fn load_scope(
    conn: &Connection,
    scope: Scope,
    plan: impl FnOnce(&[ReturnSummary]) -> Vec<Parts>,
) -> Result<Vec<StoredReturn>> {
    // The headers and then the records of each table are separate queries: without one
    // snapshot around them, a return imported meanwhile by another process had records and no
    // header, and the read reported a corruption that was not there.
    crate::snapshot(conn, |conn| load_scope_in(conn, scope, plan))
}

fn load_scope_in(
    conn: &Connection,
    scope: Scope,
    plan: impl FnOnce(&[ReturnSummary]) -> Vec<Parts>,
) -> Result<Vec<StoredReturn>> {
    let mut out: Vec<StoredReturn> = Vec::new();
    {
        let sql = format!("{HEADER_SELECT} {} ORDER BY d.code, {CAMPAIGN_RANK}, r.id", scope.header_filter());
        let mut stmt = conn.prepare_cached(&sql)?;
        let mut rows = stmt.query([scope.arg()])?;
        while let Some(row) = rows.next()? {
            let (summary, data) = read_header(row)?;
            out.push(StoredReturn { summary, data });
        }
    }
    if out.is_empty() {
        return Ok(out);
    }
    let parts = {
        let summaries: Vec<ReturnSummary> = out.iter().map(|r| r.summary.clone()).collect();
        let mut parts = plan(&summaries);
        // A plan that forgets a return reads all of it: reading more never changes a result.
        parts.resize(out.len(), Parts::ALL);
        parts
    };
    let slot: HashMap<i64, usize> = out.iter().enumerate().map(|(i, r)| (r.summary.id, i)).collect();
    // Every record query returns `return_id` first; rows of returns outside the scope cannot occur.
    let data_of = |row: &rusqlite::Row<'_>| -> Result<usize> {
        let id: i64 = row.get(0)?;
        slot.get(&id).copied().ok_or_else(|| corrupt("returns", "id", &id.to_string()))
    };
    // One query per table: every row of every return of the scope that reads the table, in
    // workbook order.
    let filter = |reads: fn(&Parts) -> bool, out: &[StoredReturn]| RecordFilter::of(&scope, out, &parts, reads);
    let each = |filter: Option<RecordFilter>,
                table: &str,
                columns: &str,
                f: &mut dyn FnMut(&rusqlite::Row<'_>) -> Result<()>|
     -> Result<()> {
        let Some(filter) = filter else { return Ok(()) };
        let sql = format!("SELECT return_id, {columns} FROM {table} {} ORDER BY return_id, position", filter.sql);
        let mut stmt = conn.prepare_cached(&sql)?;
        let mut rows = stmt.query([filter.arg])?;
        while let Some(row) = rows.next()? {
            f(row)?;
        }
        Ok(())
    };
    let origin = |row: &rusqlite::Row<'_>, at: usize, table: &'static str| -> Result<Option<Origin>> {
        let sheet: Option<String> = row.get(at)?;
        let r: Option<i64> = row.get(at + 1)?;
        Ok(match (sheet, r) {
            (Some(sheet), Some(r)) => Some(Origin { sheet, row: index(r, table, "source_row")? }),
            _ => None,
        })
    };

    {
        const T: &str = "return_projects";
        let mut hint = 0;
        each(filter(|p| p.projects, &out), T, "project_code, name, ambition, initiative, manager, sponsor, status, priority, kind, start_on, end_on, \
             multi_year, description, source_sheet, source_row", &mut |row| {
            let i = data_of(row)?;
            let project = Project {
                code: row.get(1)?,
                name: row.get(2)?,
                ambition: row.get(3)?,
                initiative: row.get(4)?,
                manager: row.get(5)?,
                sponsor: row.get(6)?,
                status: parse_opt_choice(row.get(7)?, T, "status")?,
                priority: row.get::<_, Option<i64>>(8)?.map(|p| small(p, T, "priority")).transpose()?,
                kind: row.get(9)?,
                start: parse_opt_date(row.get(10)?, T, "start_on")?,
                end: parse_opt_date(row.get(11)?, T, "end_on")?,
                multi_year: row.get(12)?,
                description: row.get(13)?,
                origin: origin(row, 14, T)?,
            };
            push_hinted(&mut out[i].data.projects, &mut hint, project);
            Ok(())
        })?;
    }

    {
        const T: &str = "return_budget_lines";
        let mut hint = 0;
        each(filter(|p| p.budget, &out), T, "project_code, nature, category, planned_q1_cents, planned_q2_cents, planned_q3_cents, planned_q4_cents, \
             actual_q1_cents, actual_q2_cents, actual_q3_cents, actual_q4_cents, source_sheet, source_row", &mut |row| {
            let i = data_of(row)?;
            let money = |at: usize| -> Result<rust_decimal::Decimal> { Ok(from_cents(row.get(at)?)) };
            let line = BudgetLine {
                project: row.get(1)?,
                nature: parse_choice(&row.get::<_, String>(2)?, T, "nature")?,
                category: parse_opt_choice(row.get(3)?, T, "category")?,
                planned: [money(4)?, money(5)?, money(6)?, money(7)?],
                actual: [money(8)?, money(9)?, money(10)?, money(11)?],
                origin: origin(row, 12, T)?,
            };
            push_hinted(&mut out[i].data.budget, &mut hint, line);
            Ok(())
        })?;
    }

    {
        const T: &str = "return_workload";
        let mut hint = 0;
        each(filter(|p| p.workload, &out), T, "project_code, team, planned_q1_days, planned_q2_days, planned_q3_days, planned_q4_days, \
             actual_q1_days, actual_q2_days, actual_q3_days, actual_q4_days, daily_rate_cents, source_sheet, source_row", &mut |row| {
            let i = data_of(row)?;
            let days = |at: usize, column: &'static str| -> Result<rust_decimal::Decimal> {
                parse_decimal(&row.get::<_, String>(at)?, T, column)
            };
            let line = WorkloadLine {
                project: row.get(1)?,
                team: row.get(2)?,
                planned: [
                    days(3, "planned_q1_days")?,
                    days(4, "planned_q2_days")?,
                    days(5, "planned_q3_days")?,
                    days(6, "planned_q4_days")?,
                ],
                actual: [
                    days(7, "actual_q1_days")?,
                    days(8, "actual_q2_days")?,
                    days(9, "actual_q3_days")?,
                    days(10, "actual_q4_days")?,
                ],
                daily_rate: row.get::<_, Option<i64>>(11)?.map(from_cents),
                origin: origin(row, 12, T)?,
            };
            push_hinted(&mut out[i].data.workload, &mut hint, line);
            Ok(())
        })?;
    }

    {
        const T: &str = "return_capacity";
        let mut hint = 0;
        each(filter(|p| p.capacity, &out), T, "team, capacity_q1_days, capacity_q2_days, capacity_q3_days, capacity_q4_days, source_sheet, source_row", &mut |row| {
            let i = data_of(row)?;
            let days = |at: usize, column: &'static str| -> Result<rust_decimal::Decimal> {
                parse_decimal(&row.get::<_, String>(at)?, T, column)
            };
            let line = CapacityLine {
                team: row.get(1)?,
                capacity: [
                    days(2, "capacity_q1_days")?,
                    days(3, "capacity_q2_days")?,
                    days(4, "capacity_q3_days")?,
                    days(5, "capacity_q4_days")?,
                ],
                origin: origin(row, 6, T)?,
            };
            push_hinted(&mut out[i].data.capacity, &mut hint, line);
            Ok(())
        })?;
    }

    {
        const T: &str = "return_statuses";
        let mut hint = 0;
        each(filter(|p| p.statuses, &out), T, "project_code, status_date, overall, schedule, cost, scope, resources, progress, comment, watch_points, \
             decision_needed, source_sheet, source_row", &mut |row| {
            let i = data_of(row)?;
            let status = StatusReport {
                project: row.get(1)?,
                date: parse_date(&row.get::<_, String>(2)?, T, "status_date")?,
                overall: parse_choice(&row.get::<_, String>(3)?, T, "overall")?,
                schedule: parse_opt_choice(row.get(4)?, T, "schedule")?,
                cost: parse_opt_choice(row.get(5)?, T, "cost")?,
                scope: parse_opt_choice(row.get(6)?, T, "scope")?,
                resources: parse_opt_choice(row.get(7)?, T, "resources")?,
                progress: row.get::<_, Option<String>>(8)?.map(|p| parse_decimal(&p, T, "progress")).transpose()?,
                comment: row.get(9)?,
                watch_points: row.get(10)?,
                decision_needed: row.get(11)?,
                origin: origin(row, 12, T)?,
            };
            push_hinted(&mut out[i].data.statuses, &mut hint, status);
            Ok(())
        })?;
    }

    {
        const T: &str = "return_risks";
        let mut hint = 0;
        each(filter(|p| p.risks, &out), T, "project_code, risk_id, title, probability, impact, owner, mitigation, status, due_on, source_sheet, source_row", &mut |row| {
            let i = data_of(row)?;
            let risk = Risk {
                project: row.get(1)?,
                risk_id: row.get(2)?,
                title: row.get(3)?,
                probability: small(row.get(4)?, T, "probability")?,
                impact: small(row.get(5)?, T, "impact")?,
                owner: row.get(6)?,
                mitigation: row.get(7)?,
                status: parse_opt_choice(row.get(8)?, T, "status")?,
                due: parse_opt_date(row.get(9)?, T, "due_on")?,
                origin: origin(row, 10, T)?,
            };
            push_hinted(&mut out[i].data.risks, &mut hint, risk);
            Ok(())
        })?;
    }

    {
        const T: &str = "return_milestones";
        let mut hint = 0;
        each(filter(|p| p.milestones, &out), T, "project_code, name, baseline_on, forecast_on, actual_on, source_sheet, source_row", &mut |row| {
            let i = data_of(row)?;
            let milestone = Milestone {
                project: row.get(1)?,
                name: row.get(2)?,
                baseline: parse_opt_date(row.get(3)?, T, "baseline_on")?,
                forecast: parse_opt_date(row.get(4)?, T, "forecast_on")?,
                actual: parse_opt_date(row.get(5)?, T, "actual_on")?,
                origin: origin(row, 6, T)?,
            };
            push_hinted(&mut out[i].data.milestones, &mut hint, milestone);
            Ok(())
        })?;
    }

    let columns_filter = filter(|p| p.column_maps, &out);
    let columns_sql = columns_filter.as_ref().map(|f| (f.sql, f.arg.clone()));
    each(columns_filter, "return_sheets", "sheet", &mut |row| {
        let i = data_of(row)?;
        out[i].data.columns.push(ColumnMap { sheet: row.get(1)?, columns: Vec::new() });
        Ok(())
    })?;
    if let Some((filter_sql, arg)) = columns_sql {
        // Ordered by (return_id, sheet_position, position): maps were pushed in sheet_position
        // order, so the map of a column is the one at its sheet_position.
        let sql = format!(
            "SELECT return_id, sheet_position, field, column_index FROM return_columns {filter_sql} \
             ORDER BY return_id, sheet_position, position"
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let mut rows = stmt.query([arg])?;
        while let Some(row) = rows.next()? {
            let i = data_of(row)?;
            let sheet_pos: i64 = row.get(1)?;
            let column = index(row.get(3)?, "return_columns", "column_index")?;
            let map = usize::try_from(sheet_pos)
                .ok()
                .and_then(|p| out[i].data.columns.get_mut(p))
                .ok_or_else(|| corrupt("return_columns", "sheet_position", &sheet_pos.to_string()))?;
            map.columns.push((row.get(2)?, column));
        }
    }
    each(filter(|p| p.key_cells, &out), "return_key_cells", "key, sheet, cell", &mut |row| {
        let i = data_of(row)?;
        let cell = SourceCell { sheet: row.get(2)?, cell: row.get(3)? };
        out[i].data.key_cells.push((row.get(1)?, cell));
        Ok(())
    })?;
    Ok(out)
}

/// The content of a stored return, exactly as it was saved: every record in workbook order,
/// with its provenance, the column maps and the Direction key cells.
pub fn load_return(conn: &Connection, return_id: i64) -> Result<ReturnData> {
    load_scope(conn, Scope::One(return_id), |_| vec![Parts::ALL])?.pop().map(|r| r.data).ok_or(Error::ReturnNotFound(return_id))
}

/// Every current return of a year with its content, by directorate then campaign: what the
/// consolidation reads. A handful of set-based queries, whatever the number of returns.
pub fn load_current_returns(conn: &Connection, year: i32) -> Result<Vec<StoredReturn>> {
    load_scope(conn, Scope::CurrentOfYear(year), |summaries| vec![Parts::ALL; summaries.len()])
}

/// Every current return of a year, by directorate then campaign as [`load_current_returns`],
/// with only the records `plan` asks for: given the returns' summaries, it gives the [`Parts`]
/// of each, in the same order (a return it leaves out is read whole). The lists of records it
/// does not ask for are empty. For computations that provably read nothing else: a figure that
/// read a list left empty would silently be wrong.
pub fn load_current_returns_with(
    conn: &Connection,
    year: i32,
    plan: impl FnOnce(&[ReturnSummary]) -> Vec<Parts>,
) -> Result<Vec<StoredReturn>> {
    load_scope(conn, Scope::CurrentOfYear(year), plan)
}

/// Makes an earlier, superseded return current again; the return that was current for the same
/// directorate, year and campaign becomes superseded. Recorded in the history. Atomic on its own
/// (a savepoint), and may also run inside the caller's transaction.
///
/// Errors: [`Error::ReturnNotFound`], [`Error::AlreadyCurrent`].
pub fn restore_return(conn: &Connection, return_id: i64, at: DateTime<Utc>) -> Result<RestoreOutcome> {
    in_savepoint(conn, || {
        let target = return_summary(conn, return_id)?;
        if target.is_current {
            return Err(Error::AlreadyCurrent(return_id));
        }
        let replaced: Option<i64> = conn
            .query_row(
                "SELECT c.id FROM returns c JOIN returns r ON r.directorate_id = c.directorate_id \
                 AND r.year = c.year AND r.campaign = c.campaign WHERE r.id = ?1 AND c.is_current = 1",
                [return_id],
                |r| r.get(0),
            )
            .optional()?;
        // Supersede first: the partial unique index allows one current return per identity.
        if let Some(current) = replaced {
            conn.execute("UPDATE returns SET is_current = 0 WHERE id = ?1", [current])?;
        }
        conn.execute("UPDATE returns SET is_current = 1 WHERE id = ?1", [return_id])?;
        conn.execute(
            "INSERT INTO restorations (restored_at, restored_return_id, replaced_return_id) VALUES (?1, ?2, ?3)",
            params![time_text(at), return_id, replaced],
        )?;
        let restoration_id = conn.last_insert_rowid();
        Ok(RestoreOutcome {
            restoration_id,
            restored: return_summary(conn, return_id)?,
            replaced: replaced.map(|id| return_summary(conn, id)).transpose()?,
        })
    })
}

fn check_return_exists(conn: &Connection, return_id: i64) -> Result<(String, String)> {
    conn.query_row(
        "SELECT i.file_name, i.file_path FROM returns r JOIN imports i ON i.id = r.import_id WHERE r.id = ?1",
        [return_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()?
    .ok_or(Error::ReturnNotFound(return_id))
}

/// The source cell of `field` (a contract field id such as `planned_q2`) of a record of a stored
/// return read at `origin`, with the workbook it came from; `None` when the workbook had no such
/// column on that sheet. Errors with [`Error::ReturnNotFound`] for an unknown return.
pub fn cell_of(conn: &Connection, return_id: i64, origin: &Origin, field: &str) -> Result<Option<SourceRef>> {
    let (file_name, file_path) = check_return_exists(conn, return_id)?;
    let column: Option<i64> = conn
        .query_row(
            "SELECT c.column_index FROM return_sheets s JOIN return_columns c \
             ON c.return_id = s.return_id AND c.sheet_position = s.position \
             WHERE s.return_id = ?1 AND s.sheet = ?2 AND c.field = ?3 ORDER BY s.position, c.position LIMIT 1",
            params![return_id, origin.sheet, field],
            |r| r.get(0),
        )
        .optional()?;
    let Some(column) = column else { return Ok(None) };
    let column = index(column, "return_columns", "column_index")?;
    let row = origin.row.checked_sub(1).ok_or_else(|| corrupt("origin", "row", "0"))?;
    Ok(Some(SourceRef { file_name, file_path, sheet: origin.sheet.clone(), cell: pmo_model::text::a1(row, column) }))
}

/// The source cell of a key of the Direction sheet (`envelope`, `year`…) of a stored return, with
/// the workbook it came from; `None` when the return has no such key cell.
pub fn key_cell_of(conn: &Connection, return_id: i64, key: &str) -> Result<Option<SourceRef>> {
    let (file_name, file_path) = check_return_exists(conn, return_id)?;
    let cell: Option<(String, String)> = conn
        .query_row(
            "SELECT sheet, cell FROM return_key_cells WHERE return_id = ?1 AND key = ?2 ORDER BY position LIMIT 1",
            params![return_id, key],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(cell.map(|(sheet, cell)| SourceRef { file_name, file_path, sheet, cell }))
}
