//! The IPC commands, one per entry of the desktop contract. Each is a few lines: read the
//! arguments, call `pmo_core`, remember what was written. Anything more belongs in pmo-core.
//!
//! Every command is `async` so that Tauri runs it off the main thread: an import or a report
//! takes a second or two, during which the window must keep repainting.

use std::path::{Path, PathBuf};

use chrono::{Local, Utc};
use pmo_core::i18n::Lang;
use pmo_core::model::{Campaign, Choice};
use pmo_core::{desk, settings, Figure};
use serde::Serialize;
use tauri::State;

use crate::error::{self, IpcError};
use crate::state::{language_of, AppState};

type Result<T> = std::result::Result<T, IpcError>;

/// What the UI needs before its first screen.
#[derive(Clone, Debug, Serialize, ts_rs::TS)]
pub struct AppInfo {
    pub version: String,
    pub db_path: String,
    /// Years with returns, ascending.
    pub years: Vec<i32>,
    /// The latest year with returns.
    pub default_year: Option<i32>,
    /// No return at all: the UI offers the demo.
    pub empty: bool,
    #[ts(type = "\"fr\" | \"en\"")]
    pub language: String,
    #[ts(type = "\"eur\" | \"keur\"")]
    pub amount_unit: String,
    pub organisation: String,
    pub output_folder: String,
    /// The launch's file arguments (absolute), given once then cleared.
    pub pending_files: Vec<String>,
}

/// A template written for a directorate.
#[derive(Clone, Debug, Serialize, ts_rs::TS)]
pub struct TemplateView {
    pub path: String,
    pub projects: usize,
    pub prefilled_from: Option<i64>,
}

/// A generated report, written to `path`.
#[derive(Clone, Debug, Serialize, ts_rs::TS)]
pub struct GeneratedReportView {
    /// Its id in the reports table.
    pub id: i64,
    pub path: String,
    pub pages: Option<u32>,
    pub size: u64,
    pub title: String,
}

fn campaign(value: Option<&str>) -> Result<Option<Campaign>> {
    value
        .map(|c| Campaign::from_code(c).ok_or_else(|| IpcError::bad_argument("campaign", c, "BI, R1, R2, R3, CL")))
        .transpose()
}

fn lang_arg(value: &str) -> Result<Lang> {
    Lang::parse(value).ok_or_else(|| IpcError::bad_argument("language", value, "fr, en"))
}

/// Writes `bytes` to `path`, creating its folder, and remembers it for `open_file`.
/// Creates the folder `path` goes in (the output folder's `Rapports`/`Modèles` on first use).
fn create_parent(path: &Path) -> Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| pmo_core::CoreError::io(parent, e))?;
    }
    Ok(())
}

fn write_file(state: &AppState, path: &Path, bytes: &[u8]) -> Result<()> {
    pmo_core::files::create_folder_of(path)?;
    pmo_core::files::write_file(path, bytes)?;
    state.record_written(path);
    Ok(())
}

fn app_info_of(state: &AppState) -> Result<AppInfo> {
    let store = state.store();
    let years = desk::years(&store)?;
    let unit = match settings::amount_unit(&store)? {
        pmo_core::model::Unit::KiloEuro => "keur",
        pmo_core::model::Unit::Euro => "eur",
    };
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION").to_string(),
        db_path: state.db_path().display().to_string(),
        default_year: years.last().copied(),
        empty: years.is_empty(),
        years,
        language: language_of(&store).code().to_string(),
        amount_unit: unit.to_string(),
        organisation: settings::get(&store, settings::ORGANISATION_NAME)?.value,
        output_folder: settings::output_folder(&store)?.display().to_string(),
        pending_files: state.take_pending_files(),
    })
}

#[tauri::command(rename_all = "snake_case")]
pub async fn app_info(state: State<'_, AppState>) -> Result<AppInfo> {
    app_info_of(&state)
}

/// Writes the demo workbooks of the current year into a temporary folder and imports them.
#[tauri::command(rename_all = "snake_case")]
pub async fn load_demo(state: State<'_, AppState>) -> Result<Vec<pmo_core::import::FileReportView>> {
    let dir = tempfile::tempdir().map_err(|e| pmo_core::CoreError::io(&std::env::temp_dir(), e))?;
    let files = pmo_core::write_demo(dir.path(), pmo_core::current_year())?;
    let mut store = state.store();
    let lang = language_of(&store);
    let mut out = Vec::new();
    for file in files {
        out.push(pmo_core::import::import_path(&mut store, &file, false, Utc::now())?.view(lang));
    }
    Ok(out)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn import_file(state: State<'_, AppState>, path: String) -> Result<pmo_core::import::FileReportView> {
    let mut store = state.store();
    let lang = language_of(&store);
    Ok(pmo_core::import::import_path(&mut store, Path::new(&path), false, Utc::now())?.view(lang))
}

#[tauri::command(rename_all = "snake_case")]
pub async fn history(state: State<'_, AppState>) -> Result<Vec<pmo_core::HistoryView>> {
    let store = state.store();
    Ok(pmo_core::history_views(&pmo_core::history(&store)?, language_of(&store)))
}

#[tauri::command(rename_all = "snake_case")]
pub async fn trace(state: State<'_, AppState>, year: i32, project: String, figure: String) -> Result<pmo_core::Trace> {
    let figure = Figure::parse(&figure)
        .ok_or_else(|| IpcError::bad_argument("figure", &figure, "budget_voted, actual, landing"))?;
    Ok(pmo_core::trace(&state.store(), year, &project, figure)?)
}

/// A directorate's figure (or, without a directorate, a portfolio total) and what it is the sum
/// of; for an envelope, where it was read: as `pmo trace --directorate D --json`.
#[tauri::command(rename_all = "snake_case")]
pub async fn trace_sum(
    state: State<'_, AppState>,
    year: i32,
    campaign: Option<String>,
    directorate: Option<String>,
    figure: String,
) -> Result<pmo_core::consolidate::SumTrace> {
    let as_of = self::campaign(campaign.as_deref())?;
    let figure = pmo_core::consolidate::TotalFigure::parse(&figure)
        .ok_or_else(|| IpcError::bad_argument("figure", &figure, "envelope, budget_voted, actual, landing"))?;
    Ok(pmo_core::trace_sum(&state.store(), year, as_of, directorate.as_deref(), figure)?)
}

/// The Charges or Capacité cells a team's man-days are the sum of, as `pmo trace --team`.
#[tauri::command(rename_all = "snake_case")]
pub async fn trace_man_days(
    state: State<'_, AppState>,
    year: i32,
    campaign: Option<String>,
    directorate: String,
    team: String,
    figure: String,
) -> Result<pmo_core::consolidate::ManDaysTrace> {
    let as_of = self::campaign(campaign.as_deref())?;
    if !matches!(figure.as_str(), "planned" | "actual" | "capacity") {
        return Err(IpcError::bad_argument("figure", &figure, "planned, actual, capacity"));
    }
    Ok(pmo_core::trace_man_days(&state.store(), year, as_of, &directorate, &team, &figure)?)
}

/// Where a project's météo was read, as `pmo trace PROJET --figure weather`.
#[tauri::command(rename_all = "snake_case")]
pub async fn trace_weather(state: State<'_, AppState>, year: i32, project: String) -> Result<pmo_core::consolidate::WeatherTrace> {
    Ok(pmo_core::trace_weather(&state.store(), year, &project)?)
}

#[tauri::command(rename_all = "snake_case")]
#[allow(clippy::too_many_arguments)]
pub async fn export_file(
    state: State<'_, AppState>,
    year: i32,
    format: String,
    path: Option<String>,
    campaign: Option<String>,
    projects: Option<Vec<String>>,
    filters: Option<Vec<String>>,
) -> Result<String> {
    let store = state.store();
    // What the screen shows: its campaign, its filtered rows, its filters in words.
    let selection = pmo_core::ExportSelection {
        campaign: self::campaign(campaign.as_deref())?,
        projects,
        filters: filters.unwrap_or_default(),
    };
    let bytes = match format.as_str() {
        "json" | "csv" | "xlsx" => pmo_core::export_selection(&store, year, &format, &selection, language_of(&store))?,
        other => return Err(IpcError::bad_argument("format", other, "csv, xlsx, json")),
    };
    let path = match path {
        Some(p) => PathBuf::from(p),
        None => desk::default_path(&settings::output_folder(&store)?, desk::EXPORTS_DIR, &desk::export_file_name(year, &format)),
    };
    drop(store);
    write_file(&state, &path, &bytes)?;
    Ok(path.display().to_string())
}

#[tauri::command(rename_all = "snake_case")]
pub async fn capacity(
    state: State<'_, AppState>,
    year: i32,
    campaign: Option<String>,
) -> Result<pmo_core::consolidate::CapacityExport> {
    let as_of = self::campaign(campaign.as_deref())?;
    // As `pmo capacity --json`: man-days and ratios as decimal strings.
    Ok(pmo_core::consolidate::capacity_export(&pmo_core::analysis::capacity(&state.store(), year, as_of)?))
}

#[tauri::command(rename_all = "snake_case")]
#[allow(clippy::too_many_arguments)]
pub async fn generate_report(
    state: State<'_, AppState>,
    kind: String,
    year: i32,
    quarter: u8,
    language: String,
    directorate: Option<String>,
    project: Option<String>,
    path: Option<String>,
) -> Result<GeneratedReportView> {
    use pmo_core::report::{ReportKind, ReportRequest};
    let kind = match (kind.as_str(), directorate, project) {
        ("codir", _, _) => ReportKind::Codir,
        ("directorate", Some(code), _) => ReportKind::Directorate(code),
        ("project", _, Some(code)) => ReportKind::Project(code),
        ("directorate", None, _) => return Err(IpcError::bad_argument("directorate", "", "a directorate code")),
        ("project", _, None) => return Err(IpcError::bad_argument("project", "", "a project code")),
        (other, _, _) => return Err(IpcError::bad_argument("kind", other, "codir, directorate, project")),
    };
    let request = ReportRequest { kind, year, quarter, lang: lang_arg(&language)?, date: Local::now().date_naive() };
    let store = state.store();
    let path = match path {
        Some(p) => PathBuf::from(p),
        None => desk::default_path(
            &settings::output_folder(&store)?,
            desk::REPORTS_DIR,
            &pmo_core::report::default_file_name(&request.kind, year, quarter),
        ),
    };
    create_parent(&path)?;
    let report = pmo_core::report::generate(&store, &request, &path, Utc::now())?;
    state.record_written(&path);
    let pages = pmo_core::reports(&store)?.into_iter().find(|r| r.id == report.record_id).and_then(|r| r.pages);
    drop(store);
    Ok(GeneratedReportView { id: report.record_id, path: path.display().to_string(), pages, size: report.size, title: report.title })
}

#[tauri::command(rename_all = "snake_case")]
pub async fn reports(state: State<'_, AppState>) -> Result<Vec<pmo_store::ReportRecord>> {
    Ok(pmo_core::reports(&state.store())?)
}

/// Opens a file with the system's viewer, only if this app wrote it (this session, or a report
/// it recorded): the webview has no opener permission, so this is the one way, and it must not
/// let a compromised page run arbitrary files.
#[tauri::command(rename_all = "snake_case")]
pub async fn open_file(state: State<'_, AppState>, path: String) -> Result<()> {
    let target = Path::new(&path);
    let recorded = || -> Result<bool> {
        let canonical = std::fs::canonicalize(target).ok();
        Ok(pmo_core::reports(&state.store())?.iter().filter_map(|r| r.file_path.as_deref()).any(|p| {
            Path::new(p) == target || (canonical.is_some() && std::fs::canonicalize(p).ok() == canonical)
        }))
    };
    if !state.wrote(target) && !recorded()? {
        return Err(IpcError::not_allowed(&path));
    }
    // The opener crate's function, not its plugin: the plugin is not registered, so the
    // webview cannot reach it whatever a capability says.
    tauri_plugin_opener::open_path(&path, None::<&str>).map_err(|e| IpcError::open_failed(&path, &e))
}

#[tauri::command(rename_all = "snake_case")]
pub async fn write_template(
    state: State<'_, AppState>,
    year: i32,
    campaign: String,
    directorate: Option<String>,
    prefilled: bool,
    path: Option<String>,
) -> Result<TemplateView> {
    let campaign = self::campaign(Some(&campaign))?.expect("a campaign was given");
    let store = state.store();
    let written = pmo_core::template(prefilled.then_some(&*store), year, campaign, directorate.as_deref())?;
    let path = match path {
        Some(p) => PathBuf::from(p),
        None => desk::default_path(
            &settings::output_folder(&store)?,
            desk::TEMPLATES_DIR,
            &desk::template_file_name(year, campaign, directorate.as_deref()),
        ),
    };
    drop(store);
    write_file(&state, &path, &written.bytes)?;
    Ok(TemplateView { path: path.display().to_string(), projects: written.projects, prefilled_from: written.prefilled_from })
}

#[tauri::command(rename_all = "snake_case")]
pub async fn settings(state: State<'_, AppState>) -> Result<Vec<settings::SettingView>> {
    let store = state.store();
    Ok(settings::list(&store, language_of(&store))?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn set_setting(state: State<'_, AppState>, key: String, value: String) -> Result<settings::SettingView> {
    let store = state.store();
    settings::set(&store, &key, &value)?;
    // Error messages follow the language as soon as it changes.
    let lang = language_of(&store);
    error::set_lang(lang);
    Ok(settings::list(&store, lang)?.into_iter().find(|s| s.key == key).expect("a key just set is listed"))
}

#[tauri::command(rename_all = "snake_case")]
pub async fn dashboard(state: State<'_, AppState>, year: i32, campaign: Option<String>) -> Result<pmo_core::Dashboard> {
    let as_of = self::campaign(campaign.as_deref())?;
    let store = state.store();
    // Alerts are judged against the local calendar day, as the PMO reads dates.
    Ok(pmo_core::dashboard(&store, year, as_of, Local::now().date_naive(), language_of(&store))?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn projects(
    state: State<'_, AppState>,
    year: i32,
    campaign: Option<String>,
) -> Result<Vec<pmo_core::consolidate::ProjectSummary>> {
    let as_of = self::campaign(campaign.as_deref())?;
    Ok(pmo_core::projects(&state.store(), year, as_of)?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn project(state: State<'_, AppState>, year: i32, code: String) -> Result<pmo_core::ProjectDetail> {
    Ok(pmo_core::project_detail(&state.store(), year, &code)?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn restore_return(state: State<'_, AppState>, return_id: i64) -> Result<pmo_core::RestoreView> {
    let outcome = pmo_core::restore_return(&mut state.store(), return_id, Utc::now())?;
    Ok(pmo_core::restore_view(&outcome))
}

/// What importing `path` would do, nothing written: the dry run's report and, when it would
/// import, what changes (superseded return, projects added and removed, landing before/after).
#[tauri::command(rename_all = "snake_case")]
pub async fn check_file(state: State<'_, AppState>, path: String) -> Result<pmo_core::import::ImportCheck> {
    let store = state.store();
    Ok(pmo_core::import::check_path(&store, Path::new(&path), language_of(&store))?)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn directorates(state: State<'_, AppState>, year: i32) -> Result<Vec<pmo_core::DirectorateOverview>> {
    Ok(pmo_core::directorate_overview(&state.store(), year)?)
}

/// A consistent copy of the database at `path` (never over an existing file).
#[tauri::command(rename_all = "snake_case")]
pub async fn backup_database(state: State<'_, AppState>, path: String) -> Result<String> {
    let path = PathBuf::from(path);
    pmo_core::backup::backup(&state.store(), &path)?;
    state.record_written(&path);
    Ok(path.display().to_string())
}

/// The automatic backups (before every import batch and restore) and the copies restores kept,
/// newest first, for Paramètres to offer bringing one back.
#[tauri::command(rename_all = "snake_case")]
pub async fn automatic_backups(state: State<'_, AppState>) -> Result<Vec<pmo_core::backup::AutomaticBackup>> {
    Ok(pmo_core::backup::automatic_backups(&state.store()))
}

/// Replaces the data with the backup at `path` (checked first; the replaced database is kept
/// as a safety copy next to it) and says what the app now holds.
#[tauri::command(rename_all = "snake_case")]
pub async fn restore_database(state: State<'_, AppState>, path: String) -> Result<AppInfo> {
    let safety = pmo_core::backup::restore_backup(&mut state.store(), Path::new(&path))?;
    state.record_written(&safety);
    // The restored database may hold another language.
    error::set_lang(language_of(&state.store()));
    app_info_of(&state)
}
