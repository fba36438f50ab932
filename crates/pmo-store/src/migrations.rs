//! Schema migrations: an ordered list of SQL scripts, applied in one transaction, the schema
//! version kept in `PRAGMA user_version` (0 = empty database, N = the first N scripts applied).
//!
//! RELEASED MIGRATIONS ARE NEVER EDITED. Databases on users' machines were built by them as they
//! were released; a change to the schema is a new script appended to [`MIGRATIONS`], plus a copy
//! of the resulting full schema in `tests/schemas/vN.sql` and sample data in
//! `tests/schemas/vN_data.sql`, so that the upgrade from every released version stays tested.
//!
//! Design rules of the schema:
//! - money is INTEGER cents (`*_cents`), man-days and percentages exact decimal TEXT (`*_days`,
//!   `progress`), dates ISO `YYYY-MM-DD` TEXT (`*_on`, `status_date`), times RFC 3339 UTC TEXT with
//!   milliseconds (`2026-11-03T10:15:00.000Z`, so that text order is time order);
//! - every record of a return keeps its `position` in the workbook (exact round trip of order)
//!   and the sheet and row it was read from; with `return_sheets` / `return_columns` and
//!   `return_key_cells` any stored figure leads back to its file, sheet and A1 cell;
//! - closed lists of the contract (project status, météo, nature, category, risk status) are
//!   stored as their stable codes without CHECK constraints, because SQLite cannot change a CHECK
//!   without rebuilding the table and those lists may grow; the code validates them when reading.
//!   Campaigns, outcomes and units are structural and are checked.

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Error, Result};

/// The schema, one script per version. Append only; never edit a released entry.
pub(crate) const MIGRATIONS: &[&str] = &[
    // v1 — released with PMO Desk 0.1.
    r#"
CREATE TABLE directorates (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (code <> ''),
    -- The name most recently given by one of its returns; each return also keeps its own.
    name TEXT
);

-- A project code belongs to one directorate: the first return that names it decides.
CREATE TABLE projects (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE CHECK (code <> ''),
    directorate_id INTEGER NOT NULL REFERENCES directorates(id)
);
CREATE INDEX projects_by_directorate ON projects(directorate_id);

-- Every file submitted, accepted or not. The identity columns are text (not a reference) because a
-- rejected file may name a directorate the store does not know. The return an import created is
-- the one whose import_id is this row.
CREATE TABLE imports (
    id                   INTEGER PRIMARY KEY,
    file_name            TEXT NOT NULL,
    file_path            TEXT NOT NULL,
    file_size            INTEGER NOT NULL CHECK (file_size >= 0),
    sha256               TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    imported_at          TEXT NOT NULL,
    outcome              TEXT NOT NULL CHECK (outcome IN ('imported', 'rejected')),
    findings             TEXT NOT NULL CHECK (json_valid(findings)),
    directorate_code     TEXT,
    year                 INTEGER,
    campaign             TEXT CHECK (campaign IN ('BI', 'R1', 'R2', 'R3', 'CL')),
    superseded_return_id INTEGER REFERENCES returns(id),
    CHECK (outcome = 'imported' OR superseded_return_id IS NULL),
    CHECK (outcome = 'rejected' OR (directorate_code IS NOT NULL AND year IS NOT NULL AND campaign IS NOT NULL))
);
CREATE INDEX imports_by_sha256 ON imports(sha256);

-- One row per accepted workbook. Exactly one current return per (directorate, year, campaign);
-- the earlier ones stay, superseded, and can be made current again.
CREATE TABLE returns (
    id               INTEGER PRIMARY KEY,
    import_id        INTEGER NOT NULL UNIQUE REFERENCES imports(id),
    directorate_id   INTEGER NOT NULL REFERENCES directorates(id),
    year             INTEGER NOT NULL,
    campaign         TEXT NOT NULL CHECK (campaign IN ('BI', 'R1', 'R2', 'R3', 'CL')),
    is_current       INTEGER NOT NULL CHECK (is_current IN (0, 1)),
    directorate_name TEXT,
    submitted_on     TEXT,
    owner            TEXT,
    unit             TEXT NOT NULL CHECK (unit IN ('EUR', 'kEUR')),
    envelope_cents   INTEGER
);
CREATE UNIQUE INDEX returns_one_current ON returns(directorate_id, year, campaign) WHERE is_current = 1;
CREATE INDEX returns_by_year ON returns(year, is_current);

-- An earlier return made current again, and the one it replaced.
CREATE TABLE restorations (
    id                 INTEGER PRIMARY KEY,
    restored_at        TEXT NOT NULL,
    restored_return_id INTEGER NOT NULL REFERENCES returns(id),
    replaced_return_id INTEGER REFERENCES returns(id),
    CHECK (replaced_return_id IS NULL OR replaced_return_id <> restored_return_id)
);

CREATE TABLE return_projects (
    return_id    INTEGER NOT NULL REFERENCES returns(id),
    position     INTEGER NOT NULL,
    project_code TEXT NOT NULL REFERENCES projects(code),
    name         TEXT NOT NULL,
    ambition     TEXT,
    initiative   TEXT,
    manager      TEXT,
    sponsor      TEXT,
    status       TEXT,
    priority     INTEGER,
    kind         TEXT,
    start_on     TEXT,
    end_on       TEXT,
    multi_year   INTEGER CHECK (multi_year IN (0, 1)),
    description  TEXT,
    source_sheet TEXT,
    source_row   INTEGER,
    CHECK ((source_sheet IS NULL) = (source_row IS NULL)),
    PRIMARY KEY (return_id, position),
    UNIQUE (return_id, project_code)
) WITHOUT ROWID;

CREATE TABLE return_budget_lines (
    return_id        INTEGER NOT NULL REFERENCES returns(id),
    position         INTEGER NOT NULL,
    project_code     TEXT NOT NULL REFERENCES projects(code),
    nature           TEXT NOT NULL,
    category         TEXT,
    planned_q1_cents INTEGER NOT NULL,
    planned_q2_cents INTEGER NOT NULL,
    planned_q3_cents INTEGER NOT NULL,
    planned_q4_cents INTEGER NOT NULL,
    actual_q1_cents  INTEGER NOT NULL,
    actual_q2_cents  INTEGER NOT NULL,
    actual_q3_cents  INTEGER NOT NULL,
    actual_q4_cents  INTEGER NOT NULL,
    source_sheet     TEXT,
    source_row       INTEGER,
    CHECK ((source_sheet IS NULL) = (source_row IS NULL)),
    PRIMARY KEY (return_id, position)
) WITHOUT ROWID;

CREATE TABLE return_workload (
    return_id        INTEGER NOT NULL REFERENCES returns(id),
    position         INTEGER NOT NULL,
    project_code     TEXT NOT NULL REFERENCES projects(code),
    team             TEXT NOT NULL,
    planned_q1_days  TEXT NOT NULL,
    planned_q2_days  TEXT NOT NULL,
    planned_q3_days  TEXT NOT NULL,
    planned_q4_days  TEXT NOT NULL,
    actual_q1_days   TEXT NOT NULL,
    actual_q2_days   TEXT NOT NULL,
    actual_q3_days   TEXT NOT NULL,
    actual_q4_days   TEXT NOT NULL,
    daily_rate_cents INTEGER,
    source_sheet     TEXT,
    source_row       INTEGER,
    CHECK ((source_sheet IS NULL) = (source_row IS NULL)),
    PRIMARY KEY (return_id, position)
) WITHOUT ROWID;

CREATE TABLE return_capacity (
    return_id        INTEGER NOT NULL REFERENCES returns(id),
    position         INTEGER NOT NULL,
    team             TEXT NOT NULL,
    capacity_q1_days TEXT NOT NULL,
    capacity_q2_days TEXT NOT NULL,
    capacity_q3_days TEXT NOT NULL,
    capacity_q4_days TEXT NOT NULL,
    source_sheet     TEXT,
    source_row       INTEGER,
    CHECK ((source_sheet IS NULL) = (source_row IS NULL)),
    PRIMARY KEY (return_id, position)
) WITHOUT ROWID;

CREATE TABLE return_statuses (
    return_id       INTEGER NOT NULL REFERENCES returns(id),
    position        INTEGER NOT NULL,
    project_code    TEXT NOT NULL REFERENCES projects(code),
    status_date     TEXT NOT NULL,
    overall         TEXT NOT NULL,
    schedule        TEXT,
    cost            TEXT,
    scope           TEXT,
    resources       TEXT,
    progress        TEXT,
    comment         TEXT,
    watch_points    TEXT,
    decision_needed TEXT,
    source_sheet    TEXT,
    source_row      INTEGER,
    CHECK ((source_sheet IS NULL) = (source_row IS NULL)),
    PRIMARY KEY (return_id, position)
) WITHOUT ROWID;

CREATE TABLE return_risks (
    return_id    INTEGER NOT NULL REFERENCES returns(id),
    position     INTEGER NOT NULL,
    project_code TEXT NOT NULL REFERENCES projects(code),
    risk_id      TEXT,
    title        TEXT NOT NULL,
    probability  INTEGER NOT NULL,
    impact       INTEGER NOT NULL,
    owner        TEXT,
    mitigation   TEXT,
    status       TEXT,
    due_on       TEXT,
    source_sheet TEXT,
    source_row   INTEGER,
    CHECK ((source_sheet IS NULL) = (source_row IS NULL)),
    PRIMARY KEY (return_id, position)
) WITHOUT ROWID;

CREATE TABLE return_milestones (
    return_id    INTEGER NOT NULL REFERENCES returns(id),
    position     INTEGER NOT NULL,
    project_code TEXT NOT NULL REFERENCES projects(code),
    name         TEXT NOT NULL,
    baseline_on  TEXT,
    forecast_on  TEXT,
    actual_on    TEXT,
    source_sheet TEXT,
    source_row   INTEGER,
    CHECK ((source_sheet IS NULL) = (source_row IS NULL)),
    PRIMARY KEY (return_id, position)
) WITHOUT ROWID;

-- Column maps: for each sheet of the workbook, the 0-based column where each field was read.
CREATE TABLE return_sheets (
    return_id INTEGER NOT NULL REFERENCES returns(id),
    position  INTEGER NOT NULL,
    sheet     TEXT NOT NULL,
    PRIMARY KEY (return_id, position)
) WITHOUT ROWID;

CREATE TABLE return_columns (
    return_id      INTEGER NOT NULL,
    sheet_position INTEGER NOT NULL,
    position       INTEGER NOT NULL,
    field          TEXT NOT NULL,
    column_index   INTEGER NOT NULL CHECK (column_index >= 0),
    PRIMARY KEY (return_id, sheet_position, position),
    FOREIGN KEY (return_id, sheet_position) REFERENCES return_sheets(return_id, position)
) WITHOUT ROWID;

-- Where each key of the Direction sheet was read (`envelope` → Direction!B9).
CREATE TABLE return_key_cells (
    return_id INTEGER NOT NULL REFERENCES returns(id),
    position  INTEGER NOT NULL,
    key       TEXT NOT NULL,
    sheet     TEXT NOT NULL,
    cell      TEXT NOT NULL,
    PRIMARY KEY (return_id, position)
) WITHOUT ROWID;

-- Application settings (organisation name, alert thresholds…), as text.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
"#,
    // v2 — the record of what was sent: every generated report, and the returns it was built from.
    r#"
CREATE TABLE reports (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('codir', 'directorate', 'project')),
    title        TEXT NOT NULL,
    -- The options that decide the bytes (year, quarter, language, unit, directorate or project…).
    options      TEXT NOT NULL CHECK (json_valid(options)),
    generated_at TEXT NOT NULL,
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    size         INTEGER NOT NULL CHECK (size >= 0),
    pages        INTEGER CHECK (pages > 0),
    -- Where it was written, as given; NULL when it was only returned to the caller.
    file_path    TEXT
);
CREATE TABLE report_returns (
    report_id INTEGER NOT NULL REFERENCES reports(id),
    return_id INTEGER NOT NULL REFERENCES returns(id),
    PRIMARY KEY (report_id, return_id)
) WITHOUT ROWID;
CREATE INDEX report_returns_by_return ON report_returns(return_id);
"#,
];
/// The schema version this code writes: the number of migrations.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// The schema version of a database (`PRAGMA user_version`; 0 for a new, empty one).
pub fn schema_version(conn: &Connection) -> Result<u32> {
    let v: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    // user_version is a signed 32-bit header field; a negative one was not written by PMO Desk.
    u32::try_from(v).map_err(|_| crate::codec::corrupt("pragma", "user_version", &v.to_string()))
}

/// Brings the database to [`SCHEMA_VERSION`]: applies the missing migrations in one immediate
/// transaction (so two processes opening the same file cannot both migrate it), or refuses a
/// database newer than this code. Never touches a database that is already up to date.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    migrate_to(conn, SCHEMA_VERSION)
}

/// Applies the migrations up to `target` (tests build every released version with it).
pub(crate) fn migrate_to(conn: &mut Connection, target: u32) -> Result<()> {
    debug_assert!(target <= SCHEMA_VERSION);
    if schema_version(conn)? == target {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Read again under the write lock: another process may have migrated meanwhile.
    let found = schema_version(&tx)?;
    if found > SCHEMA_VERSION {
        return Err(Error::DatabaseTooNew { found, supported: SCHEMA_VERSION });
    }
    if found >= target {
        return Ok(());
    }
    for script in &MIGRATIONS[found as usize..target as usize] {
        tx.execute_batch(script)?;
    }
    tx.pragma_update(None, "user_version", target)?;
    tx.commit()?;
    Ok(())
}

/// Refuses a database newer than this code before anything else touches it.
pub(crate) fn check_not_newer(conn: &Connection) -> Result<()> {
    let found = schema_version(conn)?;
    if found > SCHEMA_VERSION {
        return Err(Error::DatabaseTooNew { found, supported: SCHEMA_VERSION });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Copies of every released schema, as users' databases hold them.
    const RELEASED: &[&str] = &[include_str!("../tests/schemas/v1.sql"), include_str!("../tests/schemas/v2.sql")];

    fn schema_of(conn: &Connection) -> Vec<(String, String, String)> {
        let mut stmt = conn
            .prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
            .unwrap();
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
        rows.map(|r| r.unwrap()).collect()
    }

    #[test]
    fn every_released_schema_has_a_fixture_and_the_fixtures_match_the_migrations() {
        assert_eq!(
            RELEASED.len(),
            MIGRATIONS.len(),
            "each migration must come with a copy of its full schema in tests/schemas/vN.sql"
        );
        for (i, fixture) in RELEASED.iter().enumerate() {
            let version = i as u32 + 1;
            let mut migrated = Connection::open_in_memory().unwrap();
            migrate_to(&mut migrated, version).unwrap();
            let from_fixture = Connection::open_in_memory().unwrap();
            from_fixture.execute_batch(fixture).unwrap();
            assert_eq!(
                schema_of(&migrated),
                schema_of(&from_fixture),
                "migrations 1..={version} must build exactly the released schema v{version}: \
                 a released migration was edited, or the fixture is stale"
            );
        }
    }

    #[test]
    fn a_negative_schema_version_is_reported_as_corrupt() {
        let conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", -3).unwrap();
        assert!(matches!(schema_version(&conn), Err(Error::Corrupt { .. })), "no PMO Desk writes a negative version");
    }

    #[test]
    fn migrating_twice_changes_nothing() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        let before = schema_of(&conn);
        migrate(&mut conn).unwrap();
        assert_eq!(schema_of(&conn), before, "an up-to-date database must be left alone");
        assert_eq!(schema_version(&conn).unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn a_failing_migration_leaves_the_database_at_its_old_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        // A table that the v1 script will try to create again: the script fails midway.
        conn.execute_batch("CREATE TABLE settings (x)").unwrap();
        assert!(migrate(&mut conn).is_err());
        assert_eq!(schema_version(&conn).unwrap(), 0, "a failed migration must not bump the version");
        let tables: i64 =
            conn.query_row("SELECT count(*) FROM sqlite_master WHERE name = 'directorates'", [], |r| r.get(0)).unwrap();
        assert_eq!(tables, 0, "a failed migration must roll back every statement it ran");
    }
}
