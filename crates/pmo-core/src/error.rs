//! The core's one error type. Import problems are not errors: they are findings in a
//! [`crate::import::FileReport`]. These are the failures that stop an operation.

use std::path::{Path, PathBuf};

use pmo_model::i18n::{tr, Key, Lang};
use pmo_model::model::Choice;

pub type Result<T> = std::result::Result<T, CoreError>;

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// The database could not be opened, read or written.
    #[error(transparent)]
    Store(#[from] pmo_store::Error),
    /// A file or folder the user named could not be read or written.
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    /// Writing a workbook failed.
    #[error(transparent)]
    Template(#[from] pmo_template::TemplateError),
    /// Serialising an export failed (should not happen with our types).
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    /// Returns exist for the year, but none up to the campaign asked for.
    #[error("no return for year {year} up to campaign {campaign:?}")]
    NoReturnAsOf { year: i32, campaign: pmo_model::model::Campaign },
    /// `pmo diff` with a `from` campaign that is not before `to`.
    #[error("campaign {from:?} is not before {to:?}")]
    DiffOrder { from: pmo_model::model::Campaign, to: pmo_model::model::Campaign },
    /// A setting key nobody reads (a typo).
    #[error("unknown setting {key}")]
    UnknownSetting { key: String },
    /// A setting value of the wrong type.
    #[error("setting {key}: value {value:?} refused")]
    InvalidSettingValue { key: String, value: String, expected: Key },
    /// An alert threshold that cannot be read or is out of range.
    #[error(transparent)]
    AlertSetting(#[from] pmo_consolidate::InvalidSetting),
    /// A quarter outside 1–4.
    #[error("quarter {0} is not 1 to 4")]
    BadQuarter(u8),
    /// A template or the demo asked for a year no return may be for ([`pmo_model::contract::YEARS`]).
    #[error("year {0} is outside 2000 to 2100")]
    YearOutOfRange(i32),
    /// A directorate without figures for the year.
    #[error("no directorate {code} in year {year}")]
    UnknownDirectorate { code: String, year: i32 },
    /// A project code not in the year's portfolio.
    #[error("no project {code} in year {year}")]
    UnknownProject { code: String, year: i32 },
    /// The PDF could not be rendered (a bug: the report model is inconsistent).
    #[error(transparent)]
    Render(#[from] pmo_report::RenderError),
    /// A year with no return at all: nothing to export.
    #[error("no return for year {0}")]
    NoReturnForYear(i32),
    /// A backup would write over an existing file.
    #[error("{path}: already exists")]
    BackupExists { path: PathBuf },
    /// A file offered as a backup is not a PMO Desk database (nothing was changed).
    #[error("{path}: not a PMO Desk database")]
    NotADatabase { path: PathBuf },
    /// A figure asked for a project the year's portfolio does not have (or names ambiguously).
    #[error(transparent)]
    Trace(#[from] pmo_consolidate::TraceError),
    /// A directorate's or the portfolio's figure asked of a directorate without figures, or an
    /// envelope asked of the portfolio.
    #[error(transparent)]
    SumTrace(#[from] pmo_consolidate::SumTraceError),
    /// Man-days asked of a team the directorate's current return does not have.
    #[error("unknown team {team} of {directorate}")]
    UnknownTeam { directorate: String, team: String },
}

impl CoreError {
    pub fn io(path: &Path, source: std::io::Error) -> CoreError {
        CoreError::Io { path: path.to_path_buf(), source }
    }

    /// The message for a PMO officer, in their language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CoreError::Io { path, source } => {
                tr(lang, Key::ErrorIo, &[("path", &path.display()), ("reason", &pmo_model::i18n::io_reason(source, lang))])
            }
            CoreError::NoReturnAsOf { year, campaign } => {
                tr(lang, Key::ErrorNoReturnAsOf, &[("year", year), ("campaign", &campaign.code())])
            }
            CoreError::DiffOrder { from, to } => {
                tr(lang, Key::ErrorDiffOrder, &[("from", &from.code()), ("to", &to.code())])
            }
            CoreError::UnknownSetting { key } => {
                tr(lang, Key::ErrorUnknownSetting, &[("key", key), ("expected", &crate::settings::keys().join(", "))])
            }
            CoreError::InvalidSettingValue { key, value, expected } => tr(
                lang,
                Key::ErrorInvalidSettingValue,
                &[("key", key), ("found", value), ("expected", &expected.text(lang))],
            ),
            CoreError::AlertSetting(e) => e.message(lang),
            CoreError::BadQuarter(q) => tr(lang, Key::ErrorBadQuarter, &[("found", q)]),
            CoreError::YearOutOfRange(y) => tr(lang, Key::ErrorYearOutOfRange, &[("found", y)]),
            CoreError::UnknownDirectorate { code, year } => {
                tr(lang, Key::ErrorUnknownDirectorate, &[("code", code), ("year", year)])
            }
            CoreError::UnknownProject { code, year } => tr(lang, Key::ErrorUnknownProject, &[("code", code), ("year", year)]),
            CoreError::Render(e) => tr(lang, Key::ErrorRender, &[("reason", e)]),
            CoreError::BackupExists { path } => tr(lang, Key::ErrorBackupExists, &[("path", &path.display())]),
            CoreError::NotADatabase { path } => tr(lang, Key::ErrorNotADatabase, &[("path", &path.display())]),
            CoreError::NoReturnForYear(year) => tr(lang, Key::ErrorNoReturnForYear, &[("year", year)]),
            CoreError::Store(pmo_store::Error::ReturnNotFound(id)) => tr(lang, Key::ErrorReturnNotFound, &[("id", id)]),
            CoreError::Store(pmo_store::Error::AlreadyCurrent(id)) => tr(lang, Key::ErrorReturnAlreadyCurrent, &[("id", id)]),
            CoreError::Store(pmo_store::Error::DatabaseTooNew { found, supported }) => {
                tr(lang, Key::ErrorDatabaseTooNew, &[("found", found), ("supported", supported)])
            }
            CoreError::Store(pmo_store::Error::ReadOnlyOutdated { path }) => {
                tr(lang, Key::ErrorStoreReadOnlyOutdated, &[("path", &path.display())])
            }
            CoreError::Store(e) if e.is_read_only() => Key::ErrorStoreReadOnly.text(lang).to_string(),
            CoreError::Store(e) if e.is_busy() => Key::ErrorStoreBusy.text(lang).to_string(),
            CoreError::Store(e) => tr(lang, Key::ErrorStore, &[("reason", e)]),
            CoreError::Template(e) => tr(lang, Key::ErrorTemplate, &[("reason", e)]),
            CoreError::Json(e) => tr(lang, Key::ErrorStore, &[("reason", e)]),
            CoreError::Trace(pmo_consolidate::TraceError::ProjectNotFound { project, year }) => {
                tr(lang, Key::TraceProjectNotFound, &[("project", project), ("year", year)])
            }
            CoreError::Trace(pmo_consolidate::TraceError::Ambiguous { project, candidates }) => {
                tr(lang, Key::TraceAmbiguous, &[("project", project), ("candidates", &candidates.join(", "))])
            }
            CoreError::Trace(pmo_consolidate::TraceError::SourceNotGiven { return_id }) => {
                tr(lang, Key::TraceSourceNotGiven, &[("id", return_id)])
            }
            CoreError::SumTrace(pmo_consolidate::SumTraceError::UnknownDirectorate(code)) => {
                tr(lang, Key::TraceDirectorateNotFound, &[("directorate", code)])
            }
            CoreError::UnknownTeam { directorate, team } => {
                tr(lang, Key::TraceTeamNotFound, &[("directorate", directorate), ("team", team)])
            }
            CoreError::SumTrace(pmo_consolidate::SumTraceError::PortfolioEnvelope) => {
                Key::TracePortfolioEnvelope.text(lang).to_string()
            }
        }
    }
}
