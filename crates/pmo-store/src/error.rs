//! The store's one error type. Each variant names the rule it guards, so that callers (pmo-core,
//! the CLI, the desktop app) can map it to a catalog message without reading its English text.

use std::path::PathBuf;

/// Everything that can go wrong while opening, reading or writing the store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// SQLite refused or failed: I/O error, a file that is not a database, a lock held past the
    /// busy timeout by another PMO Desk process, or a constraint of the schema.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),

    /// The folder that must hold the database could not be created.
    #[error("cannot create the database folder {path}: {source}")]
    CreateDir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// The database was written by a newer PMO Desk (its schema version is higher than any this
    /// code knows). Opening it could lose data: the user must update the application.
    #[error(
        "the database has schema version {found}, newer than version {supported} known to this version of PMO Desk"
    )]
    DatabaseTooNew { found: u32, supported: u32 },

    /// The database cannot be written (read-only file or folder) and is from an older version:
    /// it cannot be brought up to date where it lies.
    #[error("the database {path} is read-only and from an older version of PMO Desk")]
    ReadOnlyOutdated { path: PathBuf },

    /// A file offered as a backup is not a PMO Desk database (not SQLite, or not our schema).
    #[error("not a PMO Desk database")]
    NotPmoDatabase,

    /// No return has this id.
    #[error("no return has id {0}")]
    ReturnNotFound(i64),

    /// Restoring a return that is already the current one for its directorate, year and campaign.
    #[error("return {0} is already the current return of its directorate, year and campaign")]
    AlreadyCurrent(i64),

    /// A project code belongs to one directorate only; this return's directorate is not its owner.
    #[error("project {project} belongs to directorate {owner}, not to {directorate}")]
    ProjectOwnedElsewhere { project: String, owner: String, directorate: String },

    /// A return lists the same project code twice in its projects.
    #[error("project {0} appears twice in the return's projects")]
    DuplicateProject(String),

    /// A record (budget line, workload, status, risk, milestone) names a project code that is not
    /// among the return's projects.
    #[error("a {record} record names project {project}, which is not among the return's projects")]
    UnknownProject { record: &'static str, project: String },

    /// An amount to store is not a whole number of cents (or does not fit 64-bit cents). The store
    /// keeps money exactly and never rounds: the importer rounds, with a finding, before.
    #[error("{what} = {value} is not a whole number of cents")]
    NotCents { what: &'static str, value: String },

    /// `save_return` was given error findings: a workbook with errors is rejected whole and only
    /// its history row is written (`record_rejected`).
    #[error("a return with error findings cannot be saved; record it as rejected")]
    ErrorFindings,

    /// A file's SHA-256 must be 64 lower-case hexadecimal digits, so that equal files compare equal.
    #[error("invalid SHA-256 {0:?}: expected 64 lower-case hexadecimal digits")]
    InvalidSha256(String),

    /// A stored value cannot be read back (unknown code, unreadable decimal or date). Only a
    /// database edited by hand, or written by an incompatible version, can hold one.
    #[error("unreadable stored value in {table}.{column}: {value:?}")]
    Corrupt { table: &'static str, column: &'static str, value: String },
}

impl Error {
    /// "database is locked" or "busy": another connection held a lock past the busy timeout, or
    /// one SQLite chose not to wait for.
    pub fn is_busy(&self) -> bool {
        matches!(self, Error::Sqlite(rusqlite::Error::SqliteFailure(f, _))
            if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
    }

    /// A write refused because the database's file or folder is read-only.
    pub fn is_read_only(&self) -> bool {
        matches!(self, Error::Sqlite(rusqlite::Error::SqliteFailure(f, _)) if f.code == rusqlite::ErrorCode::ReadOnly)
    }
}

/// The store's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
