//! Backing up the database and bringing a backup back (`pmo backup`, `pmo restore-backup`, the
//! app's Settings screen). A restore never loses anything: the file is checked before anything
//! changes, and the database it replaces is first kept next to it as a safety copy.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::error::{CoreError, Result};
use crate::files::{self, Existing};
use crate::Store;

/// Writes a consistent copy of the database to `dest` (its folders created as needed). Refuses
/// to write over an existing file: a backup must never destroy another. The copy is made beside
/// `dest` and takes its name once complete ([`crate::files`]): a full disk leaves no file that
/// would block the next try.
pub fn backup(store: &Store, dest: &Path) -> Result<()> {
    files::create_folder_of(dest)?;
    let partial = files::begin(dest, Existing::Keep)?;
    // SQLite's VACUUM INTO writes into an empty file as into a new one.
    store.backup_to(&partial.path)?;
    partial.commit(dest, Existing::Keep)
}

/// [`restore_backup_at`] now.
pub fn restore_backup(store: &mut Store, src: &Path) -> Result<PathBuf> {
    restore_backup_at(store, src, Utc::now())
}

/// Replaces the content of the open database with the backup `src`, and returns the safety copy
/// of what it replaced: `pmo-desk-before-restore-<at>.sqlite` next to the database file. `src`
/// is first checked on a private copy (a PMO Desk database this version can read, migrated if
/// older); anything else is [`CoreError::NotADatabase`] (or the store's "too new") and nothing
/// changes. The store stays open and usable.
pub fn restore_backup_at(store: &mut Store, src: &Path, at: DateTime<Utc>) -> Result<PathBuf> {
    let work = Scratch(std::env::temp_dir().join(format!(
        "pmo-desk-restore-{}-{}.sqlite",
        std::process::id(),
        at.timestamp_nanos_opt().unwrap_or_default()
    )));
    std::fs::copy(src, &work.0).map_err(|e| CoreError::io(src, e))?;
    pmo_store::prepare_restore(&work.0).map_err(|e| match e {
        pmo_store::Error::NotPmoDatabase => CoreError::NotADatabase { path: src.to_path_buf() },
        pmo_store::Error::Sqlite(rusqlite_error) if is_not_a_database(&rusqlite_error) => {
            CoreError::NotADatabase { path: src.to_path_buf() }
        }
        e => CoreError::Store(e),
    })?;

    let folder = match store.conn().path().filter(|p| !p.is_empty()) {
        Some(db) => Path::new(db).parent().map(Path::to_path_buf).unwrap_or_default(),
        // A database in memory (tests) has no folder of its own.
        None => std::env::temp_dir(),
    };
    let stamp = at.format("%Y%m%d-%H%M%S");
    let mut safety = folder.join(format!("pmo-desk-before-restore-{stamp}.sqlite"));
    let mut n = 1;
    while safety.exists() {
        n += 1;
        safety = folder.join(format!("pmo-desk-before-restore-{stamp}-{n}.sqlite"));
    }
    backup(store, &safety)?;
    store.restore_from(&work.0)?;
    Ok(safety)
}

/// The folder of the automatic backups, beside the database (`sauvegardes/`); `None` for a
/// database in memory.
pub fn automatic_folder(store: &Store) -> Option<PathBuf> {
    let db = store.conn().path().filter(|p| !p.is_empty())?;
    Some(Path::new(db).parent().map(Path::to_path_buf).unwrap_or_default().join(AUTOMATIC_FOLDER))
}

const AUTOMATIC_FOLDER: &str = "sauvegardes";
const AUTOMATIC_PREFIX: &str = "pmo-desk-auto-";
/// How many automatic backups are kept: the oldest beyond these are removed.
pub const AUTOMATIC_KEPT: usize = 10;
/// A batch of imports is one change for the user: within this time of the latest automatic
/// backup before an import, the app's file-by-file imports share it.
const SAME_BATCH: chrono::Duration = chrono::Duration::minutes(5);

/// Why an automatic backup was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum BackupReason {
    /// Before a batch of imports.
    Import,
    /// Before a return was made current again.
    RestoreReturn,
    /// The copy of the database a restore of a backup replaced (`pmo-desk-before-restore-…`).
    RestoreBackup,
}

impl BackupReason {
    fn code(self) -> &'static str {
        match self {
            BackupReason::Import => "import",
            BackupReason::RestoreReturn => "restore-return",
            BackupReason::RestoreBackup => "restore-backup",
        }
    }

    fn of_code(code: &str) -> Option<BackupReason> {
        [BackupReason::Import, BackupReason::RestoreReturn, BackupReason::RestoreBackup].into_iter().find(|r| r.code() == code)
    }
}

/// A backup PMO Desk took by itself (`pmo backup --list`, the Settings screen).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AutomaticBackup {
    pub path: String,
    pub taken_at: DateTime<Utc>,
    pub reason: BackupReason,
    pub size: u64,
}

/// Takes an automatic backup before a change `reason` names, unless it would hold nothing new:
/// the database has no import yet, nothing changed since the latest automatic backup, or (for
/// imports) that backup was taken before an import less than five minutes ago — the same batch.
/// Keeps the latest [`AUTOMATIC_KEPT`]. Gives the file written, if any.
pub fn automatic(store: &Store, reason: BackupReason, at: DateTime<Utc>) -> Result<Option<PathBuf>> {
    let Some(folder) = automatic_folder(store) else { return Ok(None) };
    if store.is_read_only() {
        return Ok(None); // nothing can change it; the write itself says why it cannot
    }
    let Some(changed) = pmo_store::last_change(store.conn())? else { return Ok(None) };
    let taken = automatic_backups_in(&folder);
    if let Some(latest) = taken.iter().filter(|b| b.reason != BackupReason::RestoreBackup).max_by_key(|b| b.taken_at) {
        let batch = reason == BackupReason::Import && latest.reason == BackupReason::Import && at - latest.taken_at < SAME_BATCH;
        // Equal instants: the backup was taken before the change of that instant.
        if latest.taken_at > changed || batch {
            return Ok(None);
        }
    }
    let stamp = at.format("%Y%m%d-%H%M%S");
    let mut path = folder.join(format!("{AUTOMATIC_PREFIX}{stamp}-{}.sqlite", reason.code()));
    let mut n = 1;
    while path.exists() {
        n += 1;
        path = folder.join(format!("{AUTOMATIC_PREFIX}{stamp}-{}-{n}.sqlite", reason.code()));
    }
    match backup(store, &path) {
        Ok(()) => {}
        // Another process took this instant's backup meanwhile (two imports started together):
        // it holds the same database as it was before either.
        Err(CoreError::BackupExists { .. }) => return Ok(None),
        Err(e) => return Err(e),
    }
    let mut automatic: Vec<AutomaticBackup> =
        automatic_backups_in(&folder).into_iter().filter(|b| b.reason != BackupReason::RestoreBackup).collect();
    automatic.sort_by_key(|b| std::cmp::Reverse(b.taken_at));
    for old in automatic.iter().skip(AUTOMATIC_KEPT) {
        let _ = std::fs::remove_file(&old.path);
    }
    Ok(Some(path))
}

/// The automatic backups and the copies kept before restores, newest first.
pub fn automatic_backups(store: &Store) -> Vec<AutomaticBackup> {
    let mut out = automatic_folder(store).map(|f| automatic_backups_in(&f)).unwrap_or_default();
    if let Some(db_folder) = automatic_folder(store).and_then(|f| f.parent().map(Path::to_path_buf)) {
        out.extend(safety_copies_in(&db_folder));
    }
    out.sort_by(|a, b| b.taken_at.cmp(&a.taken_at).then_with(|| b.path.cmp(&a.path)));
    out
}

fn automatic_backups_in(folder: &Path) -> Vec<AutomaticBackup> {
    listed(folder, |name| {
        let rest = name.strip_prefix(AUTOMATIC_PREFIX)?.strip_suffix(".sqlite")?;
        let (stamp, reason) = (rest.get(..15)?, rest.get(16..)?);
        // `…-import-2.sqlite`: a second backup in the same second.
        let reason = match reason.rsplit_once('-') {
            Some((r, n)) if n.chars().all(|c| c.is_ascii_digit()) => r,
            _ => reason,
        };
        Some((stamp.to_string(), BackupReason::of_code(reason)?))
    })
}

fn safety_copies_in(folder: &Path) -> Vec<AutomaticBackup> {
    listed(folder, |name| {
        let rest = name.strip_prefix("pmo-desk-before-restore-")?.strip_suffix(".sqlite")?;
        Some((rest.get(..15)?.to_string(), BackupReason::RestoreBackup))
    })
}

/// The files of `folder` whose name `parse` reads as a stamp (`%Y%m%d-%H%M%S`, UTC) and reason.
fn listed(folder: &Path, parse: impl Fn(&str) -> Option<(String, BackupReason)>) -> Vec<AutomaticBackup> {
    let Ok(entries) = std::fs::read_dir(folder) else { return Vec::new() };
    let mut out = Vec::new();
    for entry in entries.filter_map(|e| e.ok()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((stamp, reason)) = parse(&name) else { continue };
        let Ok(taken) = chrono::NaiveDateTime::parse_from_str(&stamp, "%Y%m%d-%H%M%S") else { continue };
        let size = entry.metadata().map_or(0, |m| m.len());
        out.push(AutomaticBackup { path: entry.path().to_string_lossy().into_owned(), taken_at: taken.and_utc(), reason, size });
    }
    out
}

/// How many current returns the database holds, every year together (what a restore reports).
pub fn current_return_count(store: &Store) -> Result<usize> {
    let mut count = 0;
    for year in pmo_store::years(store.conn())? {
        count += pmo_store::current_returns(store.conn(), year)?.len();
    }
    Ok(count)
}

fn is_not_a_database(e: &dyn std::error::Error) -> bool {
    // SQLITE_NOTADB: the header is not SQLite's (a text file, a workbook…).
    e.to_string().contains("not a database")
}

/// A private copy removed (with SQLite's side files) whatever happens.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut p = self.0.clone().into_os_string();
            p.push(suffix);
            let _ = std::fs::remove_file(PathBuf::from(p));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{at, demo_file, demo_store, DEMO_YEAR};
    use pmo_model::i18n::Lang;
    use pmo_model::model::Campaign;

    fn current(store: &Store) -> Vec<(i64, String)> {
        pmo_store::current_returns(store.conn(), DEMO_YEAR).unwrap().into_iter().map(|r| (r.id, r.sha256)).collect()
    }

    #[test]
    fn a_backup_brought_back_restores_exactly_its_returns() {
        let (dir, mut store) = demo_store(&[Campaign::Bi, Campaign::R1]);
        let before = current(&store);
        let history = pmo_store::history(store.conn()).unwrap().len();
        let file = dir.path().join("sauvegardes/pmo.sqlite");
        backup(&store, &file).unwrap();
        match backup(&store, &file) {
            Err(e @ CoreError::BackupExists { .. }) => assert!(e.message(Lang::Fr).contains("existe déjà")),
            other => panic!("a backup never writes over a file, got {other:?}"),
        }

        let files = crate::test_support::demo_files(&dir.path().join("more"));
        crate::import::import_path(&mut store, &demo_file(&files, "DSI", Campaign::R2), false, at(90)).unwrap();
        assert_ne!(current(&store), before);

        let safety = restore_backup_at(&mut store, &file, at(91)).unwrap();
        assert_eq!(current(&store), before, "exactly the returns of the backup are current");
        assert_eq!(current_return_count(&store).unwrap(), before.len());
        assert_eq!(pmo_store::history(store.conn()).unwrap().len(), history, "and its history");
        assert_eq!(safety.parent(), Some(dir.path()), "the safety copy sits next to the database");
        assert_eq!(safety.file_name().unwrap(), "pmo-desk-before-restore-20260701-103100.sqlite");
        let kept = Store::open(&safety).unwrap();
        assert_eq!(current(&kept).len(), before.len() + 1, "the safety copy holds what was replaced, R2 included");

        // The store stays usable: an import after the restore is saved.
        let again = crate::import::import_path(&mut store, &demo_file(&files, "DSI", Campaign::R2), false, at(92)).unwrap();
        assert!(again.return_id.is_some());
        let second = restore_backup_at(&mut store, &file, at(91)).unwrap();
        assert_ne!(second, safety, "a second safety copy the same second does not overwrite the first");
    }

    #[test]
    fn a_backup_is_whole_or_absent_and_never_blocked_by_a_failed_one() {
        let (dir, store) = demo_store(&[Campaign::Bi]);
        let dest = dir.path().join("copies").join("pmo.sqlite");
        // What a backup killed or stopped by a full disk leaves now: a part beside the target.
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        let debris = dir.path().join("copies").join("pmo.sqlite.777.part");
        std::fs::write(&debris, b"").unwrap();
        backup(&store, &dest).unwrap();
        assert!(!debris.exists(), "the debris is swept");
        assert!(pmo_store::prepare_restore(&dest).is_ok(), "the backup is a whole database");
        let again = backup(&store, &dest);
        assert!(matches!(again, Err(CoreError::BackupExists { .. })), "{again:?}");
        let names: Vec<_> = std::fs::read_dir(dest.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("pmo.sqlite")], "a refused backup leaves nothing");
    }

    #[test]
    fn an_automatic_backup_is_taken_before_a_batch_and_a_restore_and_the_last_ten_kept() {
        let (dir, mut store) = demo_store(&[Campaign::Bi]);
        let folder = automatic_folder(&store).unwrap();
        let before_second_batch = current(&store);
        let t0 = at(0) + chrono::Duration::days(1);
        let taken = automatic(&store, BackupReason::Import, t0).unwrap().expect("the database changed since");
        assert_eq!(taken.parent().unwrap(), folder);
        let restored = Store::open(&taken).unwrap();
        assert_eq!(current(&restored), before_second_batch, "the backup is the database before the batch");
        // The same batch (the app imports file by file) shares it; nothing new, nothing taken.
        assert_eq!(automatic(&store, BackupReason::Import, t0 + chrono::Duration::minutes(1)).unwrap(), None);
        assert_eq!(automatic(&store, BackupReason::RestoreReturn, t0 + chrono::Duration::hours(1)).unwrap(), None, "nothing changed");
        // A change, later: the next import takes one; and only the latest ten stay.
        for day in 2..16 {
            // A refused file is a change too (its history row): each day's import backs up first.
            let file = dir.path().join(format!("faux-{day}.xlsx"));
            std::fs::write(&file, format!("pas un classeur, jour {day}")).unwrap();
            let when = at(0) + chrono::Duration::days(day);
            crate::import::import_path(&mut store, &file, false, when).unwrap();
        }
        let listed = automatic_backups(&store);
        let automatic_ones: Vec<_> = listed.iter().filter(|b| b.reason == BackupReason::Import).collect();
        assert_eq!(automatic_ones.len(), AUTOMATIC_KEPT, "fifteen taken, the latest ten kept: {listed:#?}");
        assert_eq!(automatic_ones[0].taken_at, at(0) + chrono::Duration::days(15));
        assert!(listed.windows(2).all(|w| w[0].taken_at >= w[1].taken_at), "newest first");
        assert!(listed.iter().all(|b| b.size > 0 && std::path::Path::new(&b.path).exists()));
    }

    #[test]
    fn a_file_that_is_not_a_database_changes_nothing() {
        let (dir, mut store) = demo_store(&[Campaign::Bi]);
        let before = current(&store);
        let text = dir.path().join("notes.sqlite");
        std::fs::write(&text, "ceci n'est pas une base de données\n".repeat(200)).unwrap();
        // SQLite takes an empty file for an empty database: still not a PMO Desk one.
        let empty = dir.path().join("vide.sqlite");
        std::fs::write(&empty, b"").unwrap();
        for path in [&text, &empty] {
            match restore_backup_at(&mut store, path, at(80)) {
                Err(e @ CoreError::NotADatabase { .. }) => {
                    assert!(e.message(Lang::Fr).ends_with("n'est pas une base de données PMO Desk. Rien n'a été modifié."))
                }
                other => panic!("{}: refused, got {other:?}", path.display()),
            }
        }
        assert!(matches!(restore_backup_at(&mut store, &dir.path().join("absent.sqlite"), at(80)), Err(CoreError::Io { .. })));
        assert_eq!(current(&store), before, "the data is intact");
        let safety: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().starts_with("pmo-desk-before-restore"))
            .collect();
        assert!(safety.is_empty(), "no safety copy when nothing was replaced");
    }
}
