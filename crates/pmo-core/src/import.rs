//! Importing files into the store: one workbook, one transaction, and a report per file.
//!
//! The order of checks follows what a PMO officer needs to hear: a byte-identical file already
//! current is "unchanged" before anything is parsed; a workbook with any error is "rejected" and
//! only its history row is written (never in a dry run); otherwise the return is saved and
//! supersedes the earlier one of the same directorate, year and campaign.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::backup::BackupReason;

use pmo_import::{read_workbook, Identity, Parsed};
use pmo_model::finding::{Finding, FindingView};
use pmo_model::i18n::{Key, Lang};
use pmo_model::model::{Campaign, Choice, ReturnData};
use pmo_consolidate::{json, SourceReturn};
use pmo_store::{FileMeta, ReturnSummary, Store};
use rust_decimal::Decimal;

use crate::error::{CoreError, Result};
use crate::refs::{ProjectRef, ReturnRef};

/// What happened to one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum FileStatus {
    Imported,
    Unchanged,
    Rejected,
}

/// The outcome of importing (or checking, in a dry run) one file.
#[derive(Clone, Debug)]
pub struct FileReport {
    /// The path as the user gave it (or as found in a folder they gave).
    pub file: String,
    pub status: FileStatus,
    pub directorate: Option<String>,
    pub year: Option<i32>,
    pub campaign: Option<Campaign>,
    pub findings: Vec<Finding>,
    pub dry_run: bool,
    /// The return created (or, for "unchanged", the current return it matches).
    pub return_id: Option<i64>,
    /// The return this one replaced as current.
    pub superseded_return_id: Option<i64>,
    pub import_id: Option<i64>,
    /// How many projects the return holds (when read).
    pub projects: Option<usize>,
    /// In a dry run of a file that would be imported: the directorate's landing as it stands
    /// (`None` when it has no return yet for the year) and once the file is imported, so that
    /// a figure the file would move is seen before anything is written.
    pub landing_before: Option<Decimal>,
    pub landing_after: Option<Decimal>,
}

/// `pmo import --json`'s object for one file. The first seven fields are a contract with
/// scripts; the others are extensions.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FileReportView {
    pub file: String,
    pub status: FileStatus,
    pub directorate: Option<String>,
    pub year: Option<i32>,
    #[cfg_attr(feature = "ts", ts(as = "Option<pmo_model::model::Campaign>"))]
    pub campaign: Option<&'static str>,
    pub errors: Vec<FindingView>,
    pub warnings: Vec<FindingView>,
    pub dry_run: bool,
    pub return_id: Option<i64>,
    pub superseded_return_id: Option<i64>,
    pub projects: Option<usize>,
    /// Dry run: the directorate's landing before and after the file, and the change.
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub landing_before: Option<Decimal>,
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub landing_after: Option<Decimal>,
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub landing_delta: Option<Decimal>,
}

impl FileReport {
    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| !f.is_error())
    }

    pub fn view(&self, lang: Lang) -> FileReportView {
        FileReportView {
            file: self.file.clone(),
            status: self.status,
            directorate: self.directorate.clone(),
            year: self.year,
            campaign: self.campaign.map(|c| c.code()),
            errors: self.errors().map(|f| f.to_view(lang)).collect(),
            warnings: self.warnings().map(|f| f.to_view(lang)).collect(),
            dry_run: self.dry_run,
            return_id: self.return_id,
            superseded_return_id: self.superseded_return_id,
            projects: self.projects,
            landing_before: self.landing_before,
            landing_after: self.landing_after,
            landing_delta: self.landing_before.zip(self.landing_after).map(|(b, a)| a - b),
        }
    }

    fn new(file: &str, status: FileStatus, identity: Identity, findings: Vec<Finding>, dry_run: bool) -> FileReport {
        FileReport {
            file: file.to_string(),
            status,
            directorate: identity.directorate,
            year: identity.year,
            campaign: identity.campaign,
            findings,
            dry_run,
            return_id: None,
            superseded_return_id: None,
            import_id: None,
            projects: None,
            landing_before: None,
            landing_after: None,
        }
    }
}

/// The files to import from what the user gave: files as they are (whatever their extension,
/// so that a wrong file gets a clear finding), folders searched recursively for workbooks, in
/// name order so that runs are reproducible. Each item keeps the path as given.
pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found)?;
            found.sort();
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| CoreError::io(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| CoreError::io(dir, e))?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, out)?;
        } else if pmo_import::is_workbook_name(&name) {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads the file and imports it; a file that cannot be read is a rejected report, not an error
/// of the whole run (each file stands or falls alone).
pub fn import_path(store: &mut Store, path: &Path, dry_run: bool, at: DateTime<Utc>) -> Result<FileReport> {
    if !dry_run {
        crate::backup::automatic(store, BackupReason::Import, at)?;
    }
    let read = read_file(path, None);
    import_read(store, read, dry_run, at)
}

/// Imports files in the given order, as [`import_path`] on each in turn would, calling
/// `on_report` with each report as soon as it is known (the CLI prints it then).
///
/// Reading and checking a workbook (`pmo_import::read_workbook`: unzip, XML, typing every value)
/// is most of an import's time and touches no database, so worker threads read the next files
/// while this thread checks each against the store and saves it. The store part stays on this
/// thread, one file after the other in the given order, so ownership checks, supersession, the
/// history and the reports are exactly those of a sequential import. Worker `w` of `n` reads
/// files `w`, `w + n`, `w + 2n`… and hands each over through its own channel of one slot: this
/// thread takes file `i` from worker `i % n`, so order needs no reordering and at most two files
/// per worker wait in memory.
pub fn import_paths(
    store: &mut Store,
    paths: &[PathBuf],
    dry_run: bool,
    at: DateTime<Utc>,
    on_report: impl FnMut(&FileReport),
) -> Result<Vec<FileReport>> {
    // Before anything of the batch is written, the database as it was is kept (once a batch).
    if !dry_run && !paths.is_empty() {
        crate::backup::automatic(store, BackupReason::Import, at)?;
    }
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    import_paths_with(store, paths, dry_run, at, workers, on_report)
}

/// [`import_paths`] with `workers` reading threads (at most one per file; none for one file).
fn import_paths_with(
    store: &mut Store,
    paths: &[PathBuf],
    dry_run: bool,
    at: DateTime<Utc>,
    workers: usize,
    mut on_report: impl FnMut(&FileReport),
) -> Result<Vec<FileReport>> {
    let workers = workers.min(paths.len());
    if workers <= 1 {
        let mut reports = Vec::with_capacity(paths.len());
        for path in paths {
            let report = import_path(store, path, dry_run, at)?;
            on_report(&report);
            reports.push(report);
        }
        return Ok(reports);
    }
    // Files that are byte-identical to a current return when the run starts are usually
    // "unchanged" (re-importing a campaign's folder): workers only hash them, as the sequential
    // import did. Should an earlier file of the run supersede such a return, this thread parses
    // the file itself (`import_read`), so the set is only a hint, never a source of truth.
    let current: HashSet<String> = current_shas(store)?;
    std::thread::scope(|scope| {
        let mut inboxes = Vec::with_capacity(workers);
        for w in 0..workers {
            let (tx, rx) = mpsc::sync_channel::<ReadFile>(1);
            inboxes.push(rx);
            let current = &current;
            scope.spawn(move || {
                for path in paths.iter().skip(w).step_by(workers) {
                    // A closed inbox means this thread stopped on an error: stop too.
                    if tx.send(read_file(path, Some(current))).is_err() {
                        break;
                    }
                }
            });
        }
        let mut reports = Vec::with_capacity(paths.len());
        for i in 0..paths.len() {
            // A worker only hangs up after sending its every file, or by panicking, which the
            // scope then propagates.
            let Ok(read) = inboxes[i % workers].recv() else { break };
            let report = import_read(store, read, dry_run, at)?;
            on_report(&report);
            reports.push(report);
        }
        Ok(reports)
    })
}

/// The SHA-256 of every current return's workbook.
fn current_shas(store: &Store) -> Result<HashSet<String>> {
    let mut out = HashSet::new();
    for year in pmo_store::years(store.conn())? {
        out.extend(pmo_store::current_returns(store.conn(), year)?.into_iter().map(|r| r.sha256));
    }
    Ok(out)
}

/// One file as read before the store is consulted: what needs no database.
struct ReadFile {
    /// The path as given (the report's `file`, as the user typed it).
    file: String,
    /// The path made absolute, as the history keeps it: the app and the CLI, run from any
    /// folder, can then find the file again.
    absolute: String,
    name: String,
    content: std::result::Result<Content, std::io::Error>,
}

struct Content {
    /// Empty for a file larger than any workbook, which is hashed but never held in memory.
    bytes: Vec<u8>,
    size: u64,
    sha256: String,
    /// `None` when not read yet: the file looked unchanged (see [`import_paths`]), or it is read
    /// only once the store says it is not ([`import_path`]).
    parsed: Option<Parsed>,
}

/// Reads a file and, when `current` is given and does not hold its hash, parses the workbook.
fn read_file(path: &Path, current: Option<&HashSet<String>>) -> ReadFile {
    let file = path.to_string_lossy().to_string();
    let absolute = absolute_path(path);
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| file.clone());
    let content = read_capped(path).map(|(bytes, size, sha256)| {
        let parsed = match current {
            _ if size > pmo_import::MAX_FILE_BYTES => Some(pmo_import::refuse_oversized(size)),
            Some(current) if !current.contains(&sha256) => Some(read_workbook(&name, &bytes)),
            _ => None,
        };
        Content { bytes, size, sha256, parsed }
    });
    ReadFile { file, absolute, name, content }
}

/// A file's bytes, size and hash; a file larger than any workbook
/// ([`pmo_import::MAX_FILE_BYTES`]) is hashed as it streams and never held whole (its bytes
/// come back empty), so that a stray video in a folder of returns costs no memory.
fn read_capped(path: &Path) -> std::io::Result<(Vec<u8>, u64, String)> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    (&mut file).take(pmo_import::MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 <= pmo_import::MAX_FILE_BYTES {
        let (size, sha256) = (bytes.len() as u64, sha256_hex(&bytes));
        return Ok((bytes, size, sha256));
    }
    let mut hasher = Sha256::new();
    hasher.update(&bytes);
    let mut size = bytes.len() as u64;
    drop(bytes);
    let mut chunk = vec![0u8; 1 << 20];
    loop {
        let n = file.read(&mut chunk)?;
        if n == 0 {
            break;
        }
        hasher.update(&chunk[..n]);
        size += n as u64;
    }
    Ok((Vec::new(), size, hex(&hasher.finalize())))
}


/// `path` made absolute against the current folder (symbolic links kept as they are), for what
/// the database keeps; as given if even that fails.
pub(crate) fn absolute_path(path: &Path) -> String {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()).to_string_lossy().to_string()
}

/// The store's part of importing a file read by [`read_file`].
fn import_read(store: &mut Store, read: ReadFile, dry_run: bool, at: DateTime<Utc>) -> Result<FileReport> {
    let ReadFile { file, absolute, name, content } = read;
    match content {
        Ok(Content { bytes, size, sha256, parsed }) => {
            let meta = FileMeta { name, path: absolute, size, sha256 };
            let checked = check_read(store, &file, meta, dry_run, |meta| {
                parsed.unwrap_or_else(|| read_workbook(&meta.name, &bytes))
            })?;
            save_checked(store, checked, dry_run, at)
        }
        Err(e) => {
            let finding = Finding::file_io(&e);
            Ok(FileReport::new(&file, FileStatus::Rejected, Identity::default(), vec![finding], dry_run))
        }
    }
}
/// Imports a workbook given as bytes. `file` is the path as given (kept in the history),
/// `name` the file name (its extension hints at the format).
pub fn import_bytes(
    store: &mut Store,
    file: &str,
    name: &str,
    bytes: &[u8],
    dry_run: bool,
    at: DateTime<Utc>,
) -> Result<FileReport> {
    let checked = check_bytes(store, file, name, bytes, dry_run)?;
    save_checked(store, checked, dry_run, at)
}

/// Writes what [`check_read`] decided: the return with its provenance in one transaction, or
/// the rejected file's history row; nothing in a dry run or for an unchanged file.
fn save_checked(store: &mut Store, checked: Checked, dry_run: bool, at: DateTime<Utc>) -> Result<FileReport> {
    let Checked { mut report, meta, data } = checked;
    if dry_run {
        if let (FileStatus::Imported, Some(data)) = (report.status, &data) {
            let changes = return_changes(store, data, &meta)?;
            report.landing_before = changes.landing_before;
            report.landing_after = Some(changes.landing_after);
        }
        return Ok(report);
    }
    match (report.status, data) {
        (FileStatus::Imported, Some(data)) => {
            // The save runs in a savepoint and inserts many rows per statement: SQLite journals
            // the pages they change so that either can be undone alone, in a temporary file past
            // 64 KiB, which writing through the kernel made a quarter of the store's time. In
            // memory it is the same journal, only cheaper (a few hundred KB per workbook). The
            // setting holds for the connection; setting it again is a no-op, and it must be set
            // outside a transaction.
            store.conn().pragma_update(None, "temp_store", "MEMORY").map_err(pmo_store::Error::from)?;
            // The write lock is taken first, and the file looked up again under it: another
            // process may have stored the same file since it was checked, and two imports of
            // one file must store it once.
            let tx = store.write_transaction()?;
            if let Some(current) = pmo_store::current_return_with_sha(&tx, &meta.sha256)? {
                report.status = FileStatus::Unchanged;
                report.findings.clear();
                report.return_id = Some(current.id);
                report.import_id = Some(current.import_id);
                return Ok(report);
            }
            let saved = pmo_store::save_return(&tx, &meta, &data, &report.findings, at)?;
            tx.commit().map_err(pmo_store::Error::from)?;
            report.return_id = Some(saved.return_id);
            report.import_id = Some(saved.import_id);
            report.superseded_return_id = saved.superseded;
        }
        (FileStatus::Rejected, _) => {
            let ident = match (&report.directorate, report.year, report.campaign) {
                (Some(d), Some(y), Some(c)) => Some((d.clone(), y, c)),
                _ => None,
            };
            report.import_id = Some(pmo_store::record_rejected(store.conn(), &meta, ident, &report.findings, at)?);
        }
        _ => {}
    }
    Ok(report)
}

/// A workbook read and judged, nothing written: its report as a dry run gives it, the file as
/// the history would keep it and, when it would be imported, the return it holds.
struct Checked {
    report: FileReport,
    meta: FileMeta,
    /// `Some` exactly when the report's status is [`FileStatus::Imported`].
    data: Option<ReturnData>,
}

/// The order of checks of the module's documentation, without writing anything.
fn check_bytes(store: &Store, file: &str, name: &str, bytes: &[u8], dry_run: bool) -> Result<Checked> {
    let meta = FileMeta {
        name: name.to_string(),
        path: file.to_string(),
        size: bytes.len() as u64,
        sha256: sha256_hex(bytes),
    };
    check_read(store, file, meta, dry_run, |meta| read_workbook(&meta.name, bytes))
}

/// [`check_bytes`] once the file is hashed: `parse` gives the workbook as read, and is called
/// only when the file is not byte-identical to a current return.
fn check_read(
    store: &Store,
    file: &str,
    meta: FileMeta,
    dry_run: bool,
    parse: impl FnOnce(&FileMeta) -> Parsed,
) -> Result<Checked> {
    if let Some(current) = pmo_store::current_return_with_sha(store.conn(), &meta.sha256)? {
        let identity = Identity {
            directorate: Some(current.directorate.clone()),
            year: Some(current.year),
            campaign: Some(current.campaign),
        };
        let mut report = FileReport::new(file, FileStatus::Unchanged, identity, Vec::new(), dry_run);
        report.return_id = Some(current.id);
        report.import_id = Some(current.import_id);
        return Ok(Checked { report, meta, data: None });
    }

    let parsed = parse(&meta);
    let mut findings = parsed.findings;
    if let Some(data) = &parsed.data {
        findings.extend(ownership_findings(store, data)?);
        findings.extend(envelope_findings(store, data)?);
        findings.extend(emptied_findings(store, data)?);
    }
    let identity = parsed.identity;
    let data = parsed.data.filter(|_| !findings.iter().any(Finding::is_error));

    let Some(data) = data else {
        let report = FileReport::new(file, FileStatus::Rejected, identity, findings, dry_run);
        return Ok(Checked { report, meta, data: None });
    };

    let mut report = FileReport::new(file, FileStatus::Imported, identity, findings, dry_run);
    report.projects = Some(data.projects.len());
    let previous = current_of_campaign(store, &data)?;
    report.superseded_return_id = previous.map(|r| r.id);
    Ok(Checked { report, meta, data: Some(data) })
}

/// The current return of the same directorate, year and campaign as `data`: the one it would
/// supersede.
fn current_of_campaign(store: &Store, data: &ReturnData) -> Result<Option<ReturnSummary>> {
    Ok(pmo_store::returns_of(store.conn(), &data.directorate, data.year)?
        .into_iter()
        .find(|r| r.is_current && r.campaign == data.campaign))
}

/// What the desktop app shows before importing a file: the dry run's report and, when the file
/// would be imported, what it would change.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportCheck {
    pub report: FileReportView,
    /// `None` when the file would be rejected or is unchanged.
    pub changes: Option<ReturnChanges>,
}

/// What importing a return would change for its directorate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReturnChanges {
    /// The current return of the same directorate, year and campaign it would replace.
    pub supersedes: Option<ReturnRef>,
    /// The return it is compared with: the one it supersedes, else the directorate's current
    /// return of its latest earlier campaign of the year.
    pub previous: Option<ReturnRef>,
    /// Projects it lists that `previous` did not (all of them without `previous`), by code.
    pub projects_added: Vec<ProjectRef>,
    /// Projects `previous` listed that it does not, by code.
    pub projects_removed: Vec<ProjectRef>,
    /// The directorate's landing now; null when it has no return this year.
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub landing_before: Option<Decimal>,
    /// The directorate's landing once the return is imported.
    #[serde(serialize_with = "json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub landing_after: Decimal,
    /// After − before; null when before is.
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub landing_delta: Option<Decimal>,
    /// The directorate's budget voted once imported; null while it has no BI return.
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub budget_voted_after: Option<Decimal>,
}

/// A dry run of one file plus what it would change (`pmo import --dry-run` for one file, and
/// the directorate's landing before and after). Nothing is written, not even a history row.
pub fn check_path(store: &Store, path: &Path, lang: Lang) -> Result<ImportCheck> {
    let given = path.to_string_lossy().to_string();
    let (bytes, size) = match read_capped(path) {
        Ok((bytes, size, _)) => (bytes, size),
        Err(e) => {
            let finding = Finding::file_io(&e);
            let report = FileReport::new(&given, FileStatus::Rejected, Identity::default(), vec![finding], true);
            return Ok(ImportCheck { report: report.view(lang), changes: None });
        }
    };
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| given.clone());
    if size > pmo_import::MAX_FILE_BYTES {
        let parsed = pmo_import::refuse_oversized(size);
        let report = FileReport::new(&given, FileStatus::Rejected, parsed.identity, parsed.findings, true);
        return Ok(ImportCheck { report: report.view(lang), changes: None });
    }
    let checked = check_bytes(store, &given, &name, &bytes, true)?;
    let changes = match &checked.data {
        Some(data) => Some(return_changes(store, data, &checked.meta)?),
        None => None,
    };
    Ok(ImportCheck { report: checked.report.view(lang), changes })
}

fn return_changes(store: &Store, data: &ReturnData, meta: &FileMeta) -> Result<ReturnChanges> {
    let returns = pmo_store::returns_of(store.conn(), &data.directorate, data.year)?;
    let current: Vec<&ReturnSummary> = returns.iter().filter(|r| r.is_current).collect();
    let supersedes = current.iter().find(|r| r.campaign == data.campaign).copied();
    let previous = supersedes.or_else(|| current.iter().filter(|r| r.campaign < data.campaign).max_by_key(|r| r.campaign).copied());

    let before_codes: BTreeMap<String, String> = match previous {
        Some(r) => pmo_store::load_return(store.conn(), r.id)?.projects.into_iter().map(|p| (p.code, p.name)).collect(),
        None => BTreeMap::new(),
    };
    let after_codes: BTreeMap<&str, &str> = data.projects.iter().map(|p| (p.code.as_str(), p.name.as_str())).collect();
    let projects_added = after_codes
        .iter()
        .filter(|(code, _)| !before_codes.contains_key(**code))
        .map(|(code, name)| ProjectRef { code: code.to_string(), name: name.to_string() })
        .collect();
    let projects_removed = before_codes
        .iter()
        .filter(|(code, _)| !after_codes.contains_key(code.as_str()))
        .map(|(code, name)| ProjectRef { code: code.clone(), name: name.clone() })
        .collect();

    // The directorate's own current returns: its landing does not depend on the others'.
    let mut sources: Vec<SourceReturn> = match crate::current_sources(store, data.year) {
        Ok(all) => all.into_iter().filter(|s| s.data.directorate == data.directorate).collect(),
        Err(CoreError::NoReturnForYear(_)) => Vec::new(),
        Err(e) => return Err(e),
    };
    let landing_of = |sources: &[SourceReturn]| {
        let portfolio = pmo_consolidate::consolidate(data.year, sources, None);
        portfolio.directorate(&data.directorate).map(|d| (d.landing, d.budget_voted))
    };
    let before = landing_of(&sources);
    sources.retain(|s| s.data.campaign != data.campaign);
    sources.push(SourceReturn {
        // Not stored yet: an id no stored return has.
        id: 0,
        data: data.clone(),
        imported_at: String::new(),
        file_name: meta.name.clone(),
    });
    let (landing_after, budget_voted_after) = landing_of(&sources).expect("the directorate has at least this return");
    let landing_before = before.map(|(landing, _)| landing);
    Ok(ReturnChanges {
        supersedes: supersedes.map(ReturnRef::from),
        previous: previous.map(ReturnRef::from),
        projects_added,
        projects_removed,
        landing_before,
        landing_after,
        landing_delta: landing_before.map(|b| landing_after - b),
        budget_voted_after,
    })
}

/// Contract v1.1: the envelope is the latest one stated (the PMO's own recorded envelopes come
/// with the budget year). A workbook stating an envelope different from the one that counts
/// today for its directorate and year (the latest current return up to its campaign stating
/// one) is told so at the envelope's cell: the figure changes every comparison with the
/// envelope, and the PMO must see it change.
fn envelope_findings(store: &Store, data: &ReturnData) -> Result<Vec<Finding>> {
    let Some(stated) = data.envelope else { return Ok(Vec::new()) };
    let earlier = pmo_store::stated_envelopes(store.conn(), &data.directorate, data.year)?;
    let Some((campaign, counted)) = earlier.into_iter().rfind(|(c, _)| *c <= data.campaign) else {
        return Ok(Vec::new());
    };
    if counted == stated {
        return Ok(Vec::new());
    }
    let unit = pmo_model::model::Unit::Euro;
    let mut finding = Finding::warning(Key::EnvelopeChanged)
        .arg("directorate", &data.directorate)
        .arg("found", pmo_model::format::format_amount(stated, unit, Lang::Fr))
        .arg("found_en", pmo_model::format::format_amount(stated, unit, Lang::En))
        .arg("expected", pmo_model::format::format_amount(counted, unit, Lang::Fr))
        .arg("expected_en", pmo_model::format::format_amount(counted, unit, Lang::En))
        .arg("campaign", campaign.code());
    if let Some((_, cell)) = data.key_cells.iter().find(|(k, _)| k == "envelope") {
        finding = finding.at(&cell.sheet, Some(cell.cell.clone()));
    }
    Ok(vec![finding])
}

/// A return that lists no project at all, where the directorate's latest return up to its
/// campaign listed some, is refused: an emptied Projets sheet (rows deleted, the wrong file
/// saved) would otherwise replace a portfolio of forty projects with nothing. A directorate
/// whose projects ended lists them with their status (Terminé, Abandonné). A first return
/// without projects says nothing wrong and is kept.
fn emptied_findings(store: &Store, data: &ReturnData) -> Result<Vec<Finding>> {
    if !data.projects.is_empty() {
        return Ok(Vec::new());
    }
    let returns = pmo_store::returns_of(store.conn(), &data.directorate, data.year)?;
    let Some(previous) = returns.iter().filter(|r| r.is_current && r.campaign <= data.campaign).max_by_key(|r| r.campaign)
    else {
        return Ok(Vec::new());
    };
    let count = pmo_store::load_return(store.conn(), previous.id)?.projects.len();
    if count == 0 {
        return Ok(Vec::new());
    }
    Ok(vec![Finding::error(Key::ProjectsEmptied)
        .at(pmo_model::contract::SheetKind::Projects.french_name(), None)
        .arg("count", count)
        .arg("campaign", previous.campaign.code())
        .arg("id", previous.id)])
}

/// A project code belongs to one directorate: a code another directorate already owns is an
/// error at the code's cell in Projets.
fn ownership_findings(store: &Store, data: &ReturnData) -> Result<Vec<Finding>> {
    let codes: Vec<String> = data.projects.iter().map(|p| p.code.clone()).collect();
    let owners = pmo_store::project_owners(store.conn(), &codes)?;
    let mut out = Vec::new();
    for project in &data.projects {
        let Some(owner) = owners.get(&project.code) else { continue };
        if owner == &data.directorate {
            continue;
        }
        let place = project.origin.as_ref().and_then(|o| data.cell_of(o, "code"));
        let mut finding = Finding::error(Key::ProjectOwnedElsewhere)
            .arg("found", &project.code)
            .arg("owner", owner)
            .arg("expected", &data.directorate);
        if let Some((sheet, cell)) = place.as_deref().and_then(|p| p.split_once('!')) {
            finding = finding.at(sheet, Some(cell.to_string()));
        }
        out.push(finding);
    }
    Ok(out)
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// A digest in lower-case hexadecimal, as the history keeps it.
fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{at, demo_file, demo_files, demo_store, DEMO_YEAR};
    use std::collections::BTreeSet;

    fn history_len(store: &Store) -> usize {
        pmo_store::history(store.conn()).unwrap().len()
    }

    fn codes(store: &Store, return_id: i64) -> BTreeSet<String> {
        pmo_store::load_return(store.conn(), return_id).unwrap().projects.into_iter().map(|p| p.code).collect()
    }

    #[test]
    fn a_check_says_what_the_import_then_does() {
        let (dir, mut store) = demo_store(&[Campaign::Bi, Campaign::R1]);
        let files = demo_files(&dir.path().join("again"));
        let mut moved_projects = 0;
        for (i, code) in ["DAF", "DCOM", "DOP", "DRH", "DSI"].iter().enumerate() {
            let file = &demo_file(&files, code, Campaign::R2);
            let before = crate::portfolio(&store, DEMO_YEAR).unwrap();
            let r1 = pmo_store::returns_of(store.conn(), code, DEMO_YEAR).unwrap().into_iter().find(|r| r.campaign == Campaign::R1).unwrap();
            let events = history_len(&store);

            let check = check_path(&store, file, Lang::Fr).unwrap();
            assert_eq!(history_len(&store), events, "a check writes nothing, not even a history row");
            assert_eq!(check.report.status, FileStatus::Imported);
            assert!(check.report.dry_run);
            let changes = check.changes.expect("an importable file says what it changes");
            assert_eq!(changes.supersedes, None, "no R2 yet for {code}");
            assert_eq!(changes.previous.as_ref().map(|r| r.id), Some(r1.id), "{code}: compared with its R1");

            let report = import_path(&mut store, file, false, at(100 + i as u32)).unwrap();
            let after = crate::portfolio(&store, DEMO_YEAR).unwrap();
            let landing = |p: &pmo_consolidate::Portfolio| p.directorate(code).unwrap().landing;
            assert_eq!(changes.landing_before, Some(landing(&before)), "{code}: the landing now");
            assert_eq!(changes.landing_after, landing(&after), "{code}: the landing the import gives");
            assert_eq!(changes.landing_delta, Some(landing(&after) - landing(&before)), "{code}: their difference");
            assert_eq!(changes.budget_voted_after, after.directorate(code).unwrap().budget_voted);

            let old = codes(&store, r1.id);
            let new = codes(&store, report.return_id.unwrap());
            let added: Vec<&String> = new.difference(&old).collect();
            let removed: Vec<&String> = old.difference(&new).collect();
            assert_eq!(changes.projects_added.iter().map(|p| &p.code).collect::<Vec<_>>(), added, "{code}: projects added");
            assert_eq!(changes.projects_removed.iter().map(|p| &p.code).collect::<Vec<_>>(), removed, "{code}: projects removed");
            moved_projects += added.len() + removed.len();

            let again = check_path(&store, file, Lang::Fr).unwrap();
            assert_eq!(again.report.status, FileStatus::Unchanged);
            assert!(again.changes.is_none(), "an unchanged file changes nothing");
        }
        assert!(moved_projects > 0, "the demo's R2 adds or drops projects: the lists were exercised");
    }

    #[test]
    fn a_check_names_the_return_it_would_supersede() {
        let (dir, store) = demo_store(&[Campaign::Bi, Campaign::R1]);
        let r1 = pmo_store::latest_return(store.conn(), "DSI", DEMO_YEAR).unwrap().unwrap();
        // The same figures written again: different bytes, the same return.
        let written = crate::template(Some(&store), DEMO_YEAR, Campaign::R1, Some("DSI")).unwrap();
        let path = dir.path().join("DSI-R1-bis.xlsx");
        std::fs::write(&path, written.bytes).unwrap();
        let check = check_path(&store, &path, Lang::Fr).unwrap();
        let changes = check.changes.unwrap();
        assert_eq!(changes.supersedes.as_ref().map(|r| r.id), Some(r1.id), "it would replace the current R1");
        assert_eq!(changes.previous, changes.supersedes, "and is compared with it");
        assert!(changes.projects_added.is_empty() && changes.projects_removed.is_empty());
        assert_eq!(changes.landing_delta, Some(Decimal::ZERO), "the same figures, the same landing");
        let json = serde_json::to_value(&changes).unwrap();
        assert_eq!(json["supersedes"]["campaign"], "R1");
        assert!(json["landing_after"].is_string(), "money crosses IPC as a decimal string");
    }

    #[test]
    fn reading_ahead_on_threads_imports_exactly_as_one_file_after_the_other() {
        let shared = tempfile::tempdir().unwrap();
        let files = demo_files(shared.path());
        let dsi_r1 = demo_file(&files, "DSI", Campaign::R1);
        // The same figures written again: other bytes for DSI's R1, which supersede it.
        let (_d, seed) = demo_store(&[Campaign::Bi, Campaign::R1]);
        let bis = shared.path().join("DSI-R1-bis.xlsx");
        std::fs::write(&bis, crate::template(Some(&seed), DEMO_YEAR, Campaign::R1, Some("DSI")).unwrap().bytes).unwrap();
        let text = shared.path().join("notes.xlsx");
        std::fs::write(&text, "pas un classeur").unwrap();
        let mut run: Vec<PathBuf> = ["DAF", "DCOM", "DOP", "DRH", "DSI"].iter().map(|c| demo_file(&files, c, Campaign::R2)).collect();
        run.extend([
            bis,
            // Current when the run starts, so workers skip parsing it; superseded by the file
            // before it, so it must be parsed after all and imported again.
            dsi_r1.clone(),
            demo_file(&files, "DAF", Campaign::Bi),
            text,
            shared.path().join("absent.xlsx"),
            demo_file(&files, "DSI", Campaign::R2),
        ]);

        let (_d1, mut one_by_one) = demo_store(&[Campaign::Bi, Campaign::R1]);
        let (_d2, mut ahead) = demo_store(&[Campaign::Bi, Campaign::R1]);
        assert_eq!(check_path(&ahead, &dsi_r1, Lang::Fr).unwrap().report.status, FileStatus::Unchanged, "the demo is written byte for byte the same");
        let seeded = history_len(&ahead);
        let expected: Vec<FileReport> = run.iter().map(|f| import_path(&mut one_by_one, f, false, at(200)).unwrap()).collect();
        let mut seen = Vec::new();
        let got = import_paths_with(&mut ahead, &run, false, at(200), 3, |r| seen.push(r.file.clone())).unwrap();

        let views = |reports: &[FileReport]| serde_json::to_string(&reports.iter().map(|r| r.view(Lang::En)).collect::<Vec<_>>()).unwrap();
        assert_eq!(views(&got), views(&expected), "the same reports, in the same order");
        let given: Vec<String> = run.iter().map(|p| p.to_string_lossy().to_string()).collect();
        assert_eq!(seen, given, "each report is handed over in file order");
        let statuses: Vec<FileStatus> = got.iter().map(|r| r.status).collect();
        use FileStatus::*;
        assert_eq!(statuses, [Imported, Imported, Imported, Imported, Imported, Imported, Imported, Unchanged, Rejected, Rejected, Unchanged], "every path of the pipeline was taken");
        // The run's rows (newest first); the seeds' rows name their own temporary folders.
        let run_history = |store: &Store| pmo_store::history(store.conn()).unwrap().into_iter().take(history_len(store) - seeded).collect::<Vec<_>>();
        assert_eq!(run_history(&ahead), run_history(&one_by_one), "the same history, row for row");
        assert_eq!(
            crate::export_json(&ahead, DEMO_YEAR).unwrap(),
            crate::export_json(&one_by_one, DEMO_YEAR).unwrap(),
            "the same figures"
        );
    }

    #[test]
    fn a_rejected_or_unreadable_file_changes_nothing() {
        let (dir, store) = demo_store(&[Campaign::Bi]);
        let events = history_len(&store);
        let text = dir.path().join("notes.xlsx");
        std::fs::write(&text, "pas un classeur").unwrap();
        let check = check_path(&store, &text, Lang::Fr).unwrap();
        assert_eq!(check.report.status, FileStatus::Rejected);
        assert!(!check.report.errors.is_empty() && check.changes.is_none());
        let missing = check_path(&store, &dir.path().join("absent.xlsx"), Lang::En).unwrap();
        assert_eq!(missing.report.status, FileStatus::Rejected, "an unreadable file is a rejected report, not an error");
        assert_eq!(history_len(&store), events, "a check records no rejection");
        // A first return of a directorate: nothing before it.
        let (_d2, empty) = demo_store(&[]);
        let files = demo_files(&dir.path().join("other"));
        let bi = check_path(&empty, &demo_file(&files, "DSI", Campaign::Bi), Lang::Fr).unwrap().changes.unwrap();
        assert_eq!((bi.previous, bi.landing_before, bi.landing_delta), (None, None, None));
        assert!(bi.budget_voted_after.is_some(), "a BI return gives the budget voted");
        assert!(bi.projects_removed.is_empty() && !bi.projects_added.is_empty(), "every project is new");
    }
}
