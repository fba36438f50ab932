//! What the app holds while it runs: the open database, the files it was launched with, and the
//! files this session wrote (the only ones, with recorded reports, `open_file` may open).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use pmo_core::i18n::Lang;
use pmo_core::Store;

use crate::error::IpcError;

/// The shared state behind every command (managed by Tauri).
pub struct AppState {
    db_path: PathBuf,
    store: Mutex<Store>,
    /// Files given on the command line of the launch, handed to the UI once.
    pending_files: Mutex<Vec<String>>,
    /// Files written by this session (exports, templates, backups, reports), canonical paths.
    written: Mutex<HashSet<PathBuf>>,
}

impl AppState {
    /// Opens (creating its folders and migrating it) the database at `db_path`.
    pub fn open(db_path: PathBuf, pending_files: Vec<String>) -> Result<AppState, IpcError> {
        if let Some(parent) = db_path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| pmo_core::CoreError::io(parent, e))?;
        }
        let store = pmo_core::open_store(&db_path)?;
        crate::error::set_lang(language_of(&store));
        Ok(AppState {
            db_path,
            store: Mutex::new(store),
            pending_files: Mutex::new(pending_files),
            written: Mutex::new(HashSet::new()),
        })
    }

    pub fn db_path(&self) -> &Path {
        &self.db_path
    }

    /// The open database. A command that panicked while holding it leaves it usable: SQLite
    /// rolled back the unfinished transaction, so the poison carries no meaning here.
    pub fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The launch's file arguments, given once: a reload of the window must not import them
    /// again.
    pub fn take_pending_files(&self) -> Vec<String> {
        std::mem::take(&mut *self.pending_files.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// Remembers a file this session wrote, so that `open_file` may open it.
    pub fn record_written(&self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.written.lock().unwrap_or_else(|e| e.into_inner()).insert(path);
    }

    /// Whether this session wrote `path` (compared as canonical paths).
    pub fn wrote(&self, path: &Path) -> bool {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.written.lock().unwrap_or_else(|e| e.into_inner()).contains(&path)
    }
}

/// The interface language the PMO chose (`display.language`), French when not set (or when the
/// database cannot say: a message in French beats no message).
pub fn language_of(store: &Store) -> Lang {
    pmo_core::settings::language(store).unwrap_or(Lang::Fr)
}

/// The file arguments of a command line: everything after the program name that is not a
/// flag, made absolute against `cwd` (a second launch gives its own working directory).
pub fn file_arguments(args: &[String], cwd: &Path) -> Vec<String> {
    args.iter()
        .skip(1)
        .filter(|a| !a.starts_with('-') && !a.is_empty())
        .map(|a| {
            let a = a.strip_prefix("file://").unwrap_or(a);
            let p = Path::new(a);
            let abs = if p.is_absolute() { p.to_path_buf() } else { cwd.join(p) };
            abs.to_string_lossy().into_owned()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_arguments_are_absolute_and_skip_the_program_and_flags() {
        let args: Vec<String> =
            ["pmo-desk", "--verbose", "remontees/DSI.xlsx", "/abs/DRH.ods", "-x"].iter().map(|s| s.to_string()).collect();
        assert_eq!(
            file_arguments(&args, Path::new("/home/pmo")),
            vec!["/home/pmo/remontees/DSI.xlsx".to_string(), "/abs/DRH.ods".to_string()],
            "a relative path is the second launch's working directory's, and flags are not files"
        );
    }
}
