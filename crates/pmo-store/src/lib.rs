//! PMO Desk's store: one SQLite file per user that keeps every accepted return with all its
//! records, the full import history (accepted and rejected files, with their findings),
//! supersession and restoration of returns, and the application settings.
//!
//! What it is for:
//! - keeping each return **exactly** as the importer produced it (money as integer cents, man-days
//!   as exact decimal text) so that `load_return(save_return(x)) == x`, provenance included: any
//!   stored figure leads back to its file, sheet and A1 cell ([`cell_of`], [`key_cell_of`]);
//! - one current return per (directorate, year, campaign), earlier ones kept as superseded and
//!   restorable ([`save_return`], [`restore_return`], [`returns_of`]);
//! - project ownership: a project code belongs to one directorate ([`project_owners`]);
//! - the history of everything submitted ([`history`]).
//!
//! What it must never do: validate workbooks or compute consolidated figures (the importer and
//! the consolidation do); round, convert or drop a figure (it refuses what it cannot keep
//! exactly); write anything of a rejected workbook but its history row; edit or delete history;
//! edit a released migration; know about Tauri, the CLI or the user's language (findings are
//! stored language-neutral, errors are [`Error`] variants for callers to word).
//!
//! The data layer is plain functions taking a `&Connection`; a `rusqlite::Transaction` derefs to
//! one. One workbook import is one transaction owned by the caller:
//!
//! ```
//! # fn main() -> pmo_store::Result<()> {
//! use pmo_model::model::{Campaign, ReturnData};
//! let mut store = pmo_store::Store::open_in_memory()?;
//! let file = pmo_store::FileMeta {
//!     name: "DSI_2026_BI.xlsx".into(),
//!     path: "/tmp/DSI_2026_BI.xlsx".into(),
//!     size: 12_345,
//!     sha256: "0".repeat(64),
//! };
//! let data = ReturnData::new("DSI", 2026, Campaign::Bi);
//! let tx = store.conn_mut().transaction()?;
//! let saved = pmo_store::save_return(&tx, &file, &data, &[], chrono::Utc::now())?;
//! tx.commit()?;
//! assert_eq!(pmo_store::load_return(store.conn(), saved.return_id)?, data);
//! # Ok(()) }
//! ```

mod backup;
mod codec;
mod error;
mod history;
mod migrations;
mod returns;
mod reports;
mod settings;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;

pub use backup::prepare_restore;
pub use error::{Error, Result};
pub use history::{history, last_change, record_rejected, HistoryEntry, ImportEntry, ImportOutcome, RestorationEntry};
pub use migrations::{schema_version, SCHEMA_VERSION};
pub use returns::{
    cell_of, current_return_with_sha, current_returns, directorates, key_cell_of, latest_return, load_current_returns,
    load_current_returns_with, load_return, project_owners, restore_return, return_summary, returns_of, save_return, stated_envelopes,
    years, Directorate, FileMeta, Parts, RestoreOutcome, ReturnSummary, SavedReturn, SourceRef, StoredReturn,
};
pub use reports::{forget_report, record_report, reports, NewReport, ReportRecord};
pub use settings::{all_settings, delete_setting, get_setting, set_setting};

/// Tauri's identifier of the desktop app: its `app_data_dir()` is the data folder joined with it,
/// so the CLI and the app share one database.
pub const APP_IDENTIFIER: &str = "fr.pmodesk.app";

/// The database file's name inside the app's data folder.
pub const DB_FILE_NAME: &str = "pmo-desk.sqlite";

/// How long a write waits for another PMO Desk process (the CLI while the app is open) to
/// release the database before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The per-user database shared by the CLI and the desktop app:
/// `<data dir>/fr.pmodesk.app/pmo-desk.sqlite` (`~/.local/share/…` on Linux,
/// `%APPDATA%\…` on Windows, `~/Library/Application Support/…` on macOS). When the system has no
/// data folder (no home directory), a relative path under the current directory.
pub fn default_db_path() -> PathBuf {
    dirs::data_dir().unwrap_or_default().join(APP_IDENTIFIER).join(DB_FILE_NAME)
}

/// An open, migrated database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating it and its folders if needed) the database at `path`, in WAL mode with
    /// foreign keys enforced, and brings its schema up to date. Refuses a database written by a
    /// newer PMO Desk ([`Error::DatabaseTooNew`]) without changing it.
    ///
    /// Two processes opening a new database at once both succeed: switching to WAL and the first
    /// migration take locks SQLite does not wait for (it answers "database is locked" at once
    /// rather than risk a deadlock), so the opening is tried again for up to the busy timeout.
    /// A database the user cannot write (a read-only folder, a file on a read-only share) is
    /// opened read-only, for every command that only reads ([`Store::is_read_only`]).
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|source| Error::CreateDir { path: parent.to_path_buf(), source })?;
        }
        let started = std::time::Instant::now();
        let mut pause = Duration::from_millis(5);
        loop {
            match Store::open_once(path) {
                Err(e) if e.is_busy() && started.elapsed() < BUSY_TIMEOUT => {
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_millis(100));
                }
                Err(e) if is_read_only(&e) && path.exists() => return Store::open_read_only(path),
                other => return other,
            }
        }
    }

    fn open_once(path: &Path) -> Result<Store> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Checked before switching to WAL, which would rewrite a newer database's header.
        migrations::check_not_newer(&conn)?;
        // WAL lets the app read while the CLI imports; the mode is persistent, set once per file.
        let _mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        // NORMAL is durable across application crashes in WAL mode and much faster than FULL.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        Store::setup(conn)
    }

    /// A database that cannot be written: read as it is, never migrated (one from an older
    /// version cannot be brought up to date where it lies, and says so).
    fn open_read_only(path: &Path) -> Result<Store> {
        use rusqlite::OpenFlags;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let open = |conn: Connection| -> Result<(Connection, u32)> {
            conn.busy_timeout(BUSY_TIMEOUT)?;
            let found = schema_version(&conn)?;
            Ok((conn, found))
        };
        let opened = match open(Connection::open_with_flags(path, flags)?) {
            // A WAL database read in a folder where its shared-memory file cannot be created:
            // SQLite reads it only as immutable, which is exact when no write-ahead log holds
            // pages the database file lacks (none can be added: nobody can write here).
            Err(e) if is_read_only(&e) && wal_is_empty(path) => {
                open(Connection::open_with_flags(immutable_uri(path), flags)?)?
            }
            other => other?,
        };
        let (conn, found) = opened;
        if found > SCHEMA_VERSION {
            return Err(Error::DatabaseTooNew { found, supported: SCHEMA_VERSION });
        }
        if found < SCHEMA_VERSION {
            return Err(Error::ReadOnlyOutdated { path: path.to_path_buf() });
        }
        conn.pragma_update(None, "foreign_keys", "ON")?;
        Ok(Store { conn })
    }

    /// Whether the database was opened read-only (its file or folder cannot be written).
    pub fn is_read_only(&self) -> bool {
        self.conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(false)
    }

    /// A private database in memory, for tests and dry runs.
    pub fn open_in_memory() -> Result<Store> {
        Store::setup(Connection::open_in_memory()?)
    }

    /// Pragmas that hold per connection, outside any transaction, then the migrations.
    fn setup(mut conn: Connection) -> Result<Store> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrations::migrate(&mut conn)?;
        Ok(Store { conn })
    }

    /// The connection, for reads and single-statement writes.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The connection, mutably: to start the transaction of one import
    /// (`store.conn_mut().transaction()`).
    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// A transaction that holds the write lock from its first statement (waiting up to the busy
    /// timeout for another writer), so that what it reads before writing cannot change under it.
    pub fn write_transaction(&mut self) -> Result<rusqlite::Transaction<'_>> {
        Ok(self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?)
    }
}

/// Runs `f` on one snapshot of the database: inside the caller's transaction when one is open,
/// else in a read transaction of its own (in WAL mode, readers see the database as it was when
/// the transaction first read, whatever another process commits meanwhile). Every read made of
/// several queries goes through here.
/// `f` may fail with any error a store error converts into (pmo-core's reads use their own).
pub fn snapshot<T, E: From<Error>>(conn: &Connection, f: impl FnOnce(&Connection) -> Result<T, E>) -> Result<T, E> {
    if !conn.is_autocommit() {
        return f(conn);
    }
    let tx = conn.unchecked_transaction().map_err(Error::from)?;
    let out = f(&tx)?;
    // Nothing was written: ending the transaction only releases the snapshot.
    tx.commit().map_err(Error::from)?;
    Ok(out)
}

/// The file or its folder cannot be written, or SQLite cannot create the journal files beside it.
fn is_read_only(e: &Error) -> bool {
    e.is_read_only()
        || matches!(e, Error::Sqlite(rusqlite::Error::SqliteFailure(f, _)) if f.code == rusqlite::ErrorCode::CannotOpen)
}

/// Whether the database has no write-ahead log with content beside it.
fn wal_is_empty(path: &Path) -> bool {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(PathBuf::from(wal)).map_or(true, |m| m.len() == 0)
}

/// `file:<path>?immutable=1`, the path's URI-significant characters escaped.
fn immutable_uri(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file:");
    for c in absolute.to_string_lossy().chars() {
        match c {
            '?' | '#' | '%' => uri.push_str(&format!("%{:02X}", c as u32)),
            c => uri.push(c),
        }
    }
    uri.push_str("?immutable=1");
    uri
}
