//! Every file PMO Desk writes — exports, reports, templates, backups, the demo — is written
//! beside its target as `<name>.<pid>.part` and renamed into place only once complete and on
//! disk. A full disk, a crash or a kill mid-way leaves the previous file as it was; what it
//! leaves behind is only a `.part` file, which the next write into the same folder removes.
//!
//! A `.part` being written is locked by its writer (an advisory lock the system releases when
//! the process dies, however it dies), so that the sweep never removes the file of a writer
//! still at work, and a `.part` that can be locked is debris.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{CoreError, Result};

/// The extension of a file being written.
pub(crate) const PART: &str = "part";

/// Whether the final file may replace one already there (exports, templates, reports), or must
/// never (backups).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Existing {
    Replace,
    Keep,
}

/// Writes `bytes` to `path`, replacing a file there only once the new one is whole.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    write_with(path, Existing::Replace, |out| out.write_all(bytes).map_err(|e| CoreError::io(path, e)))
}

/// Writes `path` through `fill`, which gets a buffered writer on the `.part` file.
pub(crate) fn write_with<T>(
    path: &Path,
    existing: Existing,
    fill: impl FnOnce(&mut BufWriter<&File>) -> Result<T>,
) -> Result<T> {
    let partial = begin(path, existing)?;
    let written = (|| {
        let mut out = BufWriter::with_capacity(1 << 16, &partial.file);
        let value = fill(&mut out)?;
        out.flush().map_err(|e| CoreError::io(path, e))?;
        drop(out);
        Ok(value)
    })();
    match written {
        Ok(value) => {
            partial.commit(path, existing)?;
            Ok(value)
        }
        Err(e) => Err(e), // `partial` removes its file when dropped
    }
}

/// A `.part` file being written: locked while it lives, removed when dropped uncommitted.
pub(crate) struct Partial {
    pub path: PathBuf,
    pub file: File,
    committed: bool,
}

/// Creates the folder `path` goes in, if missing (a path the user typed is not: a typo must not
/// become a folder; only the app's own folders and backups are made).
pub fn create_folder_of(path: &Path) -> Result<()> {
    let folder = folder_of(path);
    if !folder.as_os_str().is_empty() {
        std::fs::create_dir_all(&folder).map_err(|e| CoreError::io(&folder, e))?;
    }
    Ok(())
}

/// Creates the `.part` file for `path` in its folder, which must exist, after sweeping the
/// folder's debris. Refuses at once when `path` exists and must be kept.
pub(crate) fn begin(path: &Path, existing: Existing) -> Result<Partial> {
    if existing == Existing::Keep && path.exists() {
        return Err(CoreError::BackupExists { path: path.to_path_buf() });
    }
    let folder = folder_of(path);
    sweep(&folder);
    let partial = part_path(path);
    // An error names the file the user asked for, not its part.
    let file = File::options().write(true).create_new(true).open(&partial).map_err(|e| CoreError::io(path, e))?;
    // Best effort: a file system without locks (some network shares) still gets its file; there
    // the sweep cannot lock any part either, so it takes none for debris and leaves them all.
    let _ = file.try_lock();
    Ok(Partial { path: partial, file, committed: false })
}

impl Partial {
    /// Puts the finished file in place: on disk first, then under its name.
    pub(crate) fn commit(mut self, path: &Path, existing: Existing) -> Result<()> {
        self.file.sync_all().map_err(|e| CoreError::io(path, e))?;
        match existing {
            Existing::Replace => std::fs::rename(&self.path, path).map_err(|e| CoreError::io(path, e))?,
            Existing::Keep => place_without_replacing(&self.path, path)?,
        }
        self.committed = true;
        sync_folder(&folder_of(path));
        Ok(())
    }
}

impl Drop for Partial {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Gives `partial` the name `path` unless a file holds it already. A hard link is atomic and
/// never replaces; a file system without hard links (a FAT USB stick) gets a check then a rename.
fn place_without_replacing(partial: &Path, path: &Path) -> Result<()> {
    match std::fs::hard_link(partial, path) {
        Ok(()) => {
            let _ = std::fs::remove_file(partial);
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(CoreError::BackupExists { path: path.to_path_buf() })
        }
        Err(_) if !path.exists() => std::fs::rename(partial, path).map_err(|e| CoreError::io(path, e)),
        Err(_) => Err(CoreError::BackupExists { path: path.to_path_buf() }),
    }
}

/// `<folder>/<name>.<pid>.part`: one per writing process, so that two processes writing the same
/// target never write into one another's file.
pub(crate) fn part_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(format!(".{}.{PART}", std::process::id()));
    folder_of(path).join(name)
}

/// The `.part` files of `path` in its folder, whichever process wrote them.
pub(crate) fn parts_of(path: &Path) -> Vec<PathBuf> {
    let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else { return Vec::new() };
    debris(&folder_of(path)).into_iter().filter(|p| part_target_name(p).as_deref() == Some(name.as_str())).collect()
}

/// The name of the file a `.part` was written for: `pack.pdf` for `pack.pdf.4242.part`.
fn part_target_name(part: &Path) -> Option<String> {
    let name = part.file_name()?.to_str()?;
    let stem = name.strip_suffix(&format!(".{PART}"))?;
    let (target, pid) = stem.rsplit_once('.')?;
    pid.chars().all(|c| c.is_ascii_digit()).then(|| target.to_string())
}

/// The `.part` files of a folder that no living writer holds.
fn debris(folder: &Path) -> Vec<PathBuf> {
    let dir = if folder.as_os_str().is_empty() { Path::new(".") } else { folder };
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| part_target_name(p).is_some())
        .filter(|p| File::options().write(true).open(p).is_ok_and(|f| f.try_lock().is_ok()))
        .collect()
}

/// Removes the `.part` files a crashed or killed writer left in `folder`.
pub(crate) fn sweep(folder: &Path) {
    for part in debris(folder) {
        let _ = std::fs::remove_file(part);
    }
}

fn folder_of(path: &Path) -> PathBuf {
    path.parent().map(Path::to_path_buf).unwrap_or_default()
}

/// Makes a rename durable (the folder's entry on disk); not possible, nor needed, everywhere.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    {
        let dir = if folder.as_os_str().is_empty() { Path::new(".") } else { folder };
        if let Ok(f) = File::open(dir) {
            let _ = f.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_keeps_the_previous_file_and_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.csv");
        write_file(&path, b"first").unwrap();
        let failed: Result<()> = write_with(&path, Existing::Replace, |out| {
            out.write_all(b"half of the new").unwrap();
            Err(CoreError::io(&path, std::io::Error::from(std::io::ErrorKind::StorageFull)))
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"first", "the previous file is whole");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("export.csv")], "no debris");
        write_file(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
    }

    #[test]
    fn a_kept_file_is_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("backup.sqlite");
        write_with(&path, Existing::Keep, |out| out.write_all(b"one").map_err(|e| CoreError::io(&path, e))).unwrap();
        let again = write_with(&path, Existing::Keep, |out| out.write_all(b"two").map_err(|e| CoreError::io(&path, e)));
        assert!(matches!(again, Err(CoreError::BackupExists { .. })));
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
    }

    #[test]
    fn debris_is_swept_but_a_part_being_written_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("pack.pdf");
        // What a killed writer leaves: a part nobody holds.
        let stale = dir.path().join("pack.pdf.99999.part");
        std::fs::write(&stale, b"%PDF-1.7 cut").unwrap();
        // A writer at work in another process holds its lock (here: this process, another handle).
        let live = dir.path().join("other.pdf.12345.part");
        let holder = File::create(&live).unwrap();
        holder.lock().unwrap();
        let unrelated = dir.path().join("notes.part");
        std::fs::write(&unrelated, b"not ours").unwrap();
        assert_eq!(parts_of(&target), vec![stale.clone()]);
        write_file(&target, b"%PDF-1.7 whole").unwrap();
        assert!(!stale.exists(), "the killed writer's part is gone");
        assert!(live.exists(), "a part being written stays");
        assert!(unrelated.exists(), "a file that is not a part of ours stays");
        drop(holder);
    }
}
