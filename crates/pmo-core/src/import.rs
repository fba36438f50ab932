//! Importing files into the store: one workbook, one transaction, and a report per file.
//!
//! The order of checks follows what a PMO officer needs to hear: a byte-identical file already
//! current is "unchanged" before anything is parsed; a workbook with any error is "rejected" and
//! only its history row is written (never in a dry run); otherwise the return is saved and
//! supersedes the earlier one of the same directorate, year and campaign.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};

use pmo_import::{read_workbook, Identity};
use pmo_model::finding::{Finding, FindingView};
use pmo_model::i18n::{Key, Lang};
use pmo_model::model::{Campaign, Choice, ReturnData};
use pmo_store::{FileMeta, Store};

use crate::error::{CoreError, Result};

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
    let given = path.to_string_lossy().to_string();
    match std::fs::read(path) {
        Ok(bytes) => {
            let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| given.clone());
            import_bytes(store, &given, &name, &bytes, dry_run, at)
        }
        Err(e) => {
            let finding = Finding::error(Key::FileIo).arg("reason", e);
            Ok(FileReport::new(&given, FileStatus::Rejected, Identity::default(), vec![finding], dry_run))
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
    let meta = FileMeta {
        name: name.to_string(),
        path: file.to_string(),
        size: bytes.len() as u64,
        sha256: sha256_hex(bytes),
    };
    if let Some(current) = pmo_store::current_return_with_sha(store.conn(), &meta.sha256)? {
        let identity = Identity {
            directorate: Some(current.directorate.clone()),
            year: Some(current.year),
            campaign: Some(current.campaign),
        };
        let mut report = FileReport::new(file, FileStatus::Unchanged, identity, Vec::new(), dry_run);
        report.return_id = Some(current.id);
        report.import_id = Some(current.import_id);
        return Ok(report);
    }

    let parsed = read_workbook(name, bytes);
    let mut findings = parsed.findings;
    if let Some(data) = &parsed.data {
        findings.extend(ownership_findings(store, data)?);
    }
    let identity = parsed.identity;
    let data = parsed.data.filter(|_| !findings.iter().any(Finding::is_error));

    let Some(data) = data else {
        let mut report = FileReport::new(file, FileStatus::Rejected, identity.clone(), findings, dry_run);
        if !dry_run {
            let ident = match (identity.directorate, identity.year, identity.campaign) {
                (Some(d), Some(y), Some(c)) => Some((d, y, c)),
                _ => None,
            };
            report.import_id = Some(pmo_store::record_rejected(store.conn(), &meta, ident, &report.findings, at)?);
        }
        return Ok(report);
    };

    let mut report = FileReport::new(file, FileStatus::Imported, identity, findings, dry_run);
    report.projects = Some(data.projects.len());
    let previous = pmo_store::returns_of(store.conn(), &data.directorate, data.year)?
        .into_iter()
        .find(|r| r.is_current && r.campaign == data.campaign);
    report.superseded_return_id = previous.map(|r| r.id);
    if dry_run {
        return Ok(report);
    }
    let tx = store.conn_mut().transaction().map_err(pmo_store::Error::from)?;
    let saved = pmo_store::save_return(&tx, &meta, &data, &report.findings, at)?;
    tx.commit().map_err(pmo_store::Error::from)?;
    report.return_id = Some(saved.return_id);
    report.import_id = Some(saved.import_id);
    report.superseded_return_id = saved.superseded;
    Ok(report)
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
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
