//! Backing up the database to a file and bringing a backup back, for the PMO who changes
//! workstation or wants to undo a day of imports.
//!
//! A backup is a consistent copy taken while the database is open (`VACUUM INTO`): an ordinary
//! SQLite file PMO Desk opens as is. Bringing one back never trusts the file: it is checked (a
//! PMO Desk database of this version or an older one) on a private copy brought up to the
//! current schema, and only that copy's pages replace the open database's content, through
//! SQLite's backup API, so that the open [`Store`] stays usable and a failure leaves it as it was.

use std::path::Path;

use rusqlite::{Connection, OpenFlags, MAIN_DB};

use crate::error::{Error, Result};
use crate::migrations;
use crate::Store;

/// The tables every PMO Desk database has had since its first schema: a SQLite file without
/// them is someone else's.
const CORE_TABLES: &[&str] = &["directorates", "imports", "returns", "settings"];

impl Store {
    /// Writes a consistent copy of the database to `dest`, which must not exist (SQLite refuses
    /// to write over a file).
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        let dest = dest.to_str().ok_or_else(|| rusqlite::Error::InvalidPath(dest.to_path_buf()))?;
        self.conn().execute("VACUUM INTO ?1", [dest])?;
        Ok(())
    }

    /// Replaces the whole content of the open database with the database at `prepared`, a copy
    /// [`prepare_restore`] checked and migrated. The connection stays open and usable.
    pub fn restore_from(&mut self, prepared: &Path) -> Result<()> {
        self.conn_mut().restore(MAIN_DB, prepared, None::<fn(rusqlite::backup::Progress)>)?;
        // The pragmas that hold per connection are untouched; the content is now the backup's.
        migrations::check_not_newer(self.conn())?;
        Ok(())
    }
}

/// Checks that `copy` (a private copy of a file the PMO chose) is a PMO Desk database this
/// version can read, and brings it to the current schema. [`Error::NotPmoDatabase`] for a file
/// that is not SQLite or not PMO Desk's, [`Error::DatabaseTooNew`] for a newer PMO Desk's.
pub fn prepare_restore(copy: &Path) -> Result<()> {
    let conn = Connection::open_with_flags(copy, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    // SQLite reads the header lazily: the first statement is where a text file is refused.
    let tables: Vec<String> = match conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
    {
        Ok(tables) => tables,
        Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::NotADatabase => {
            return Err(Error::NotPmoDatabase)
        }
        Err(e) => return Err(e.into()),
    };
    if migrations::schema_version(&conn)? == 0 || !CORE_TABLES.iter().all(|t| tables.iter().any(|x| x == t)) {
        return Err(Error::NotPmoDatabase);
    }
    let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(Error::NotPmoDatabase);
    }
    drop(conn);
    // Opening as a store refuses a newer schema and migrates an older one.
    let store = Store::open(copy)?;
    // Back to a single file (no -wal beside it) before its pages are copied.
    store.conn().execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backup_comes_back_and_a_stranger_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path().join("db.sqlite")).unwrap();
        crate::set_setting(store.conn(), "org.name", "Avant").unwrap();
        let backup = dir.path().join("backup.sqlite");
        store.backup_to(&backup).unwrap();
        assert!(store.backup_to(&backup).is_err(), "a backup never writes over a file");
        crate::set_setting(store.conn(), "org.name", "Après").unwrap();

        let copy = dir.path().join("copy.sqlite");
        std::fs::copy(&backup, &copy).unwrap();
        prepare_restore(&copy).unwrap();
        store.restore_from(&copy).unwrap();
        assert_eq!(crate::get_setting(store.conn(), "org.name").unwrap().as_deref(), Some("Avant"), "the backup's content");
        crate::set_setting(store.conn(), "org.name", "Encore").unwrap();
        assert_eq!(crate::get_setting(store.conn(), "org.name").unwrap().as_deref(), Some("Encore"), "and the store still writes");

        let text = dir.path().join("notes.sqlite");
        std::fs::write(&text, "pas une base ".repeat(100)).unwrap();
        assert!(matches!(prepare_restore(&text), Err(Error::NotPmoDatabase)), "a text file");
        let other = dir.path().join("other.sqlite");
        Connection::open(&other).unwrap().execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").unwrap();
        assert!(matches!(prepare_restore(&other), Err(Error::NotPmoDatabase)), "someone else's SQLite file");
        let newer = dir.path().join("newer.sqlite");
        std::fs::copy(&backup, &newer).unwrap();
        Connection::open(&newer).unwrap().pragma_update(None, "user_version", migrations::SCHEMA_VERSION + 1).unwrap();
        assert!(matches!(prepare_restore(&newer), Err(Error::DatabaseTooNew { .. })), "a newer PMO Desk's");
    }
}
