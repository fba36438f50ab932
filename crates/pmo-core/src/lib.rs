//! PMO Desk's one API surface: what the `pmo` CLI and the desktop app both call.
//!
//! Each function here is a use case a PMO officer names — import these files, export the year,
//! show the history, restore a return, write a template, write the demo — composed from the
//! stage crates (`pmo-import` → `pmo-store` → `pmo-consolidate`; `pmo-template`). It never
//! prints, never reads the clock itself (callers pass `at`), and never knows about Tauri.

pub mod analysis;
pub mod backup;
/// Helpers of the desktop app (src-tauri): years, default file names.
pub mod desk;
pub mod dashboard;
pub mod error;
pub mod files;
pub mod import;
pub mod overview;
pub mod project;
pub mod refs;
pub mod report;
pub mod settings;
#[cfg(test)]
mod test_support;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, Utc};
use serde::Serialize;

pub use backup::{backup, restore_backup, restore_backup_at};
pub use dashboard::{dashboard, projects, Dashboard};
pub use error::{CoreError, Result};
pub use overview::{directorate_overview, CampaignReturns, DirectorateOverview, RejectedImport};
pub use project::{project_detail, MilestoneDetail, ProjectDetail, QuarterDetail, RiskDetail, WeatherEntry};
pub use refs::{restore_view, ProjectRef, RestoreView, ReturnRef};
pub use pmo_consolidate as consolidate;
pub use pmo_model::{dates, finding, format, i18n, model, text};
pub use pmo_store::{HistoryEntry, RestoreOutcome, Store};
pub use pmo_consolidate::{CellKind, Figure, Trace, TraceCell, TraceError};

use pmo_model::dates::format_fr;
use pmo_model::i18n::{Key, Lang};
use pmo_model::model::{Campaign, Choice};

/// The database file shared with the desktop app.
pub fn default_db_path() -> PathBuf {
    pmo_store::default_db_path()
}

/// Opens (creating and migrating as needed) the database at `path`.
/// Runs a read made of several queries on one snapshot of the database ([`pmo_store::snapshot`]):
/// a return imported meanwhile by another process is either wholly in it or not at all. Never
/// around a write: a snapshot cannot become a write once another process has committed.
pub(crate) fn read<T>(store: &Store, f: impl FnOnce() -> Result<T>) -> Result<T> {
    pmo_store::snapshot(store.conn(), |_| f())
}

pub fn open_store(path: &Path) -> Result<Store> {
    Ok(Store::open(path)?)
}

/// The year of today's date, for defaults.
pub fn current_year() -> i32 {
    chrono::Local::now().year()
}

/// The consolidated figures of `year`, as of the latest campaign of each directorate.
pub fn portfolio(store: &Store, year: i32) -> Result<pmo_consolidate::Portfolio> {
    crate::read(store, || {
        // The figures alone: no current return's workload, risks or milestones.
        let sources = sources_reading(store, year, &[None], pmo_store::Parts::NONE)?;
        Ok(pmo_consolidate::consolidate(year, &sources, None))
    })
}

/// `pmo export --format json`: the contract's JSON, pretty-printed in the contract's field order.
pub fn export_json(store: &Store, year: i32) -> Result<String> {
    Ok(pmo_consolidate::export_json_text(&portfolio(store, year)?))
}

/// `pmo export --format csv`: one row per project, `;`-separated, UTF-8 with BOM.
pub fn export_csv(store: &Store, year: i32) -> Result<String> {
    Ok(pmo_consolidate::export_csv(&portfolio(store, year)?))
}

/// The current returns of `year` as the consolidation reads them (store ids, import times in
/// RFC 3339, file names), or [`CoreError::NoReturnForYear`].
pub fn current_sources(store: &Store, year: i32) -> Result<Vec<pmo_consolidate::SourceReturn>> {
    as_sources(year, pmo_store::load_current_returns(store.conn(), year)?)
}

/// The current returns of `year` as [`current_sources`] gives them, but with only the records a
/// computation over the consolidation reads: for each cut-off of `cuts` (`None`: each
/// directorate's latest campaign), what [`pmo_consolidate::roles`] says each return's role
/// contributes to the figures, and `current` of each directorate's current return. The other
/// lists of records are left empty; a return no cut-off considers has none.
///
/// At the size of a large portfolio (100 directorates × 4 campaigns), reading every record of
/// every return was most of `pmo status`; the figures, alerts, capacity and changes between
/// campaigns read less than half of them. Anything that reads more (the project records of a
/// sheet, the trace's column maps) must use [`current_sources`].
pub(crate) fn sources_reading(
    store: &Store,
    year: i32,
    cuts: &[Option<Campaign>],
    current: pmo_store::Parts,
) -> Result<Vec<pmo_consolidate::SourceReturn>> {
    use pmo_consolidate::ReturnRole;
    use pmo_store::Parts;
    let stored = pmo_store::load_current_returns_with(store.conn(), year, |summaries| {
        let keys: Vec<pmo_consolidate::ReturnKey> = summaries
            .iter()
            .map(|s| pmo_consolidate::ReturnKey {
                id: s.id,
                directorate: &s.directorate,
                year: s.year,
                campaign: s.campaign,
            })
            .collect();
        let slot: std::collections::HashMap<i64, usize> =
            summaries.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
        let mut parts = vec![Parts::NONE; summaries.len()];
        for cut in cuts {
            for (id, role) in pmo_consolidate::roles(year, &keys, *cut) {
                // What `roles` documents each role contributes to the figures: every return its
                // projects, météo, budget lines (a project missing from a later return keeps
                // its figures) and Direction key cells (the latest stated envelope counts).
                let figures = Parts { projects: true, statuses: true, budget: true, key_cells: true, ..Parts::NONE };
                let needs = match role {
                    ReturnRole::Earlier | ReturnRole::Budget => figures,
                    ReturnRole::Current | ReturnRole::BudgetAndCurrent => figures.union(current),
                };
                if let Some(&i) = slot.get(&id) {
                    parts[i] = parts[i].union(needs);
                }
            }
        }
        parts
    })?;
    as_sources(year, stored)
}

/// Stored returns as the consolidation reads them (store ids, import times in RFC 3339, file
/// names), or [`CoreError::NoReturnForYear`] when there are none.
fn as_sources(year: i32, stored: Vec<pmo_store::StoredReturn>) -> Result<Vec<pmo_consolidate::SourceReturn>> {
    if stored.is_empty() {
        return Err(CoreError::NoReturnForYear(year));
    }
    Ok(stored
        .into_iter()
        .map(|s| pmo_consolidate::SourceReturn {
            id: s.summary.id,
            imported_at: s.summary.imported_at.to_rfc3339(),
            file_name: s.summary.file_name,
            data: s.data,
        })
        .collect())
}

/// `pmo trace PROJECT --year N --figure F`: the cells of the directorates' workbooks that make up
/// a project's budget voted, actual or landing (as of each directorate's latest campaign). The
/// project code is compared without regard to case. Errors: [`CoreError::NoReturnForYear`],
/// [`CoreError::Trace`] (unknown or ambiguous project).
pub fn trace(store: &Store, year: i32, project: &str, figure: Figure) -> Result<Trace> {
    crate::read(store, || {
        let sources = current_sources(store, year)?;
        let portfolio = pmo_consolidate::consolidate(year, &sources, None);
        Ok(pmo_consolidate::trace(&portfolio, &sources, project, figure)?)
    })
}

/// The cells a team's planned or actual workload, or its capacity, is the sum of (`pmo trace
/// --directorate D --team T --figure planned|actual|capacity`), as of `as_of` (each
/// directorate's latest campaign when `None`).
pub fn trace_man_days(
    store: &Store,
    year: i32,
    as_of: Option<Campaign>,
    directorate: &str,
    team: &str,
    figure: &str,
) -> Result<pmo_consolidate::ManDaysTrace> {
    crate::read(store, || {
        let sources = current_sources(store, year)?;
        let t = analysis::thresholds(store)?;
        let view = pmo_consolidate::capacity_with_threshold(year, &sources, as_of, t.team_load_pct);
        let code = directorate.trim().to_uppercase();
        pmo_consolidate::trace_man_days(&view, &sources, &code, team, figure)
            .ok_or_else(|| CoreError::UnknownTeam { directorate: code, team: team.to_string() })
    })
}

/// Where a project's météo was read (`pmo trace PROJET --figure weather`).
pub fn trace_weather(store: &Store, year: i32, project: &str) -> Result<pmo_consolidate::WeatherTrace> {
    crate::read(store, || {
        // Every record, as the project trace reads them: the cell needs the returns' column maps.
        let sources = current_sources(store, year)?;
        let portfolio = pmo_consolidate::consolidate(year, &sources, None);
        Ok(pmo_consolidate::trace_weather(&portfolio, &sources, project)?)
    })
}

/// What a directorate's figure (`Some(code)`) or a portfolio total (`None`) is the sum of, as of
/// `as_of` (each directorate's latest campaign when `None`, as the screens and `status` say);
/// for an envelope, the return it was read from.
pub fn trace_sum(
    store: &Store,
    year: i32,
    as_of: Option<Campaign>,
    directorate: Option<&str>,
    figure: pmo_consolidate::TotalFigure,
) -> Result<pmo_consolidate::SumTrace> {
    crate::read(store, || {
        let (_, portfolio) = analysis::consolidated_reading(store, year, as_of, pmo_store::Parts::NONE)?;
        Ok(match directorate {
            Some(code) => pmo_consolidate::trace_directorate(&portfolio, code, figure)?,
            None => pmo_consolidate::trace_portfolio(&portfolio, figure)?,
        })
    })
}

/// `pmo export --format xlsx`: the consolidated workbook (one formatted, filterable sheet per
/// view), headers and labels in `lang`. The same database gives the same bytes.
pub fn export_xlsx(store: &Store, year: i32, lang: Lang) -> Result<Vec<u8>> {
    Ok(pmo_template::write_export(&portfolio(store, year)?, lang)?)
}

/// What a screen shows and exports: the campaign it is consolidated as of, the projects on
/// screen (after its filters), and those filters in words, which the file states.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExportSelection {
    /// `None`: each directorate's latest campaign.
    pub campaign: Option<Campaign>,
    /// The codes of the projects shown; `None`: every project.
    pub projects: Option<Vec<String>>,
    /// The filters as the screen words them ("Direction : DSI", "Recherche : portail").
    pub filters: Vec<String>,
}

/// The export of what the user sees ([`ExportSelection`]): the projects on screen, consolidated
/// as of the campaign on screen. `csv` and `json` keep their contract's form, restricted to those
/// projects (the JSON's directorates to theirs); `xlsx` holds the projects' sheet and a
/// « Sélection » sheet saying which campaign, which filters and how many projects of how many.
pub fn export_selection(store: &Store, year: i32, format: &str, selection: &ExportSelection, lang: Lang) -> Result<Vec<u8>> {
    crate::read(store, || {
        let sources = sources_reading(store, year, &[selection.campaign], pmo_store::Parts::NONE)?;
        let mut portfolio = pmo_consolidate::consolidate(year, &sources, selection.campaign);
        let total = portfolio.projects.len();
        if let Some(codes) = &selection.projects {
            let keep: std::collections::HashSet<&str> = codes.iter().map(String::as_str).collect();
            portfolio.projects.retain(|p| keep.contains(p.code.as_str()));
            portfolio.requests.clear();
            let directorates: std::collections::HashSet<String> =
                portfolio.projects.iter().map(|p| p.directorate.clone()).collect();
            portfolio.directorates.retain(|d| directorates.contains(&d.code));
        }
        Ok(match format {
            "csv" => pmo_consolidate::export_csv(&portfolio).into_bytes(),
            "json" => pmo_consolidate::export_json_text(&portfolio).into_bytes(),
            _ => {
                let campaign = match selection.campaign {
                    Some(c) => campaign_label(c, lang).to_string(),
                    None => Key::ExpSelectionLatest.text(lang).to_string(),
                };
                let mut lines = vec![
                    (Key::ExpSelectionYear.text(lang).to_string(), year.to_string()),
                    (Key::ExpSelectionCampaign.text(lang).to_string(), campaign),
                    (
                        Key::ExpSelectionProjects.text(lang).to_string(),
                        i18n::tr(lang, Key::ExpSelectionCount, &[("shown", &portfolio.projects.len()), ("total", &total)]),
                    ),
                ];
                let filters = if selection.filters.is_empty() {
                    Key::ExpSelectionNoFilter.text(lang).to_string()
                } else {
                    selection.filters.join(" ; ")
                };
                lines.push((Key::ExpSelectionFilters.text(lang).to_string(), filters));
                pmo_template::write_export_workbook(&pmo_template::selection_workbook(&portfolio, &lines, lang))?
            }
        })
    })
}

pub fn history(store: &Store) -> Result<Vec<HistoryEntry>> {
    crate::read(store, || {
        Ok(pmo_store::history(store.conn())?)
    })
}

/// One history event as `pmo history --json` prints it, findings rendered in `lang`.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HistoryView {
    /// `import` or `restoration`.
    #[cfg_attr(feature = "ts", ts(type = "\"import\" | \"restoration\""))]
    pub kind: &'static str,
    pub id: i64,
    pub at: DateTime<Utc>,
    /// `imported`, `rejected` or `restored`.
    #[cfg_attr(feature = "ts", ts(type = "\"imported\" | \"rejected\" | \"restored\""))]
    pub outcome: &'static str,
    pub file: Option<String>,
    pub path: Option<String>,
    pub size: Option<u64>,
    pub sha256: Option<String>,
    pub directorate: Option<String>,
    pub year: Option<i32>,
    #[cfg_attr(feature = "ts", ts(as = "Option<pmo_model::model::Campaign>"))]
    pub campaign: Option<&'static str>,
    pub return_id: Option<i64>,
    pub return_is_current: Option<bool>,
    pub superseded_return_id: Option<i64>,
    pub errors: Vec<finding::FindingView>,
    pub warnings: Vec<finding::FindingView>,
}

pub fn history_views(entries: &[HistoryEntry], lang: Lang) -> Vec<HistoryView> {
    entries
        .iter()
        .map(|e| match e {
            HistoryEntry::Import(i) => {
                let findings: Vec<finding::Finding> = i.findings.iter().filter_map(|f| f.to_finding()).collect();
                HistoryView {
                    kind: "import",
                    id: i.id,
                    at: i.at,
                    outcome: i.outcome.code(),
                    file: Some(i.file.name.clone()),
                    path: Some(i.file.path.clone()),
                    size: Some(i.file.size),
                    sha256: Some(i.file.sha256.clone()),
                    directorate: i.directorate.clone(),
                    year: i.year,
                    campaign: i.campaign.map(|c| c.code()),
                    return_id: i.created.as_ref().map(|r| r.id),
                    return_is_current: i.created.as_ref().map(|r| r.is_current),
                    superseded_return_id: i.superseded.as_ref().map(|r| r.id),
                    errors: findings.iter().filter(|f| f.is_error()).map(|f| f.to_view(lang)).collect(),
                    warnings: findings.iter().filter(|f| !f.is_error()).map(|f| f.to_view(lang)).collect(),
                }
            }
            HistoryEntry::Restoration(r) => HistoryView {
                kind: "restoration",
                id: r.id,
                at: r.at,
                outcome: "restored",
                file: Some(r.restored.file_name.clone()),
                path: None,
                size: None,
                sha256: Some(r.restored.sha256.clone()),
                directorate: Some(r.restored.directorate.clone()),
                year: Some(r.restored.year),
                campaign: Some(r.restored.campaign.code()),
                return_id: Some(r.restored.id),
                return_is_current: Some(r.restored.is_current),
                superseded_return_id: r.replaced.as_ref().map(|x| x.id),
                errors: Vec::new(),
                warnings: Vec::new(),
            },
        })
        .collect()
}

/// The history as aligned lines for a terminal, newest first.
pub fn history_lines(entries: &[HistoryEntry], lang: Lang) -> Vec<String> {
    history_views(entries, lang)
        .into_iter()
        .map(|v| {
            let event = match v.outcome {
                "imported" => Key::CliImported.text(lang),
                "rejected" => Key::CliRejected.text(lang),
                _ => Key::CliRestored.text(lang),
            };
            let identity = match (&v.directorate, v.year, v.campaign) {
                (Some(d), Some(y), Some(c)) => format!("{d} {y} {c}"),
                (Some(d), _, _) => d.clone(),
                _ => "—".to_string(),
            };
            let mut notes = Vec::new();
            if let Some(id) = v.return_id {
                let current = if v.return_is_current == Some(true) { "*" } else { "" };
                notes.push(format!("→ #{id}{current}"));
            }
            if let Some(id) = v.superseded_return_id {
                notes.push(format!("⟲ #{id}"));
            }
            if !v.errors.is_empty() {
                notes.push(i18n::tr(lang, Key::CliErrors, &[("count", &v.errors.len())]));
            }
            if !v.warnings.is_empty() {
                notes.push(i18n::tr(lang, Key::CliWarnings, &[("count", &v.warnings.len())]));
            }
            let local = v.at.with_timezone(&chrono::Local);
            // Restorations have their own numbering: a sign keeps them apart from imports, and
            // not a letter, which read as the campaigns R1, R2… in this very line.
            let number = if v.kind == "restoration" { format!("↺{}", v.id) } else { v.id.to_string() };
            format!(
                "{:<4} {} {}  {:<13} {:<13} {} {}",
                number,
                format_fr(local.date_naive()),
                local.format("%H:%M"),
                event,
                identity,
                v.file.unwrap_or_default(),
                notes.join(" "),
            )
            .trim_end()
            .to_string()
        })
        .collect()
}

pub fn restore_return(store: &mut Store, return_id: i64, at: DateTime<Utc>) -> Result<RestoreOutcome> {
    // A restore that would change something is preceded by a backup; one that cannot (no such
    // return, or already current) says why without writing anything.
    let summary = pmo_store::return_summary(store.conn(), return_id)?;
    if summary.is_current {
        return Err(pmo_store::Error::AlreadyCurrent(return_id).into());
    }
    backup::automatic(store, backup::BackupReason::RestoreReturn, at)?;
    let tx = store.conn_mut().transaction().map_err(pmo_store::Error::from)?;
    let outcome = pmo_store::restore_return(&tx, return_id, at)?;
    tx.commit().map_err(pmo_store::Error::from)?;
    Ok(outcome)
}

/// A workbook written for a directorate.
pub struct WrittenTemplate {
    pub bytes: Vec<u8>,
    pub directorate: Option<String>,
    /// The return whose projects and figures prefill it.
    pub prefilled_from: Option<i64>,
    pub projects: usize,
}

/// A template for `year` and `campaign`: blank, or, for a directorate the database knows,
/// prefilled with the projects and figures of its latest return (of that year if any, else of
/// its latest year, then with projects only: last year's figures are not this year's).
pub fn template(store: Option<&Store>, year: i32, campaign: Campaign, directorate: Option<&str>) -> Result<WrittenTemplate> {
    check_year(year)?;
    let code = directorate.map(|d| d.trim().to_uppercase());
    let mut data = pmo_model::model::ReturnData::new(code.as_deref().unwrap_or(""), year, campaign);
    let mut prefilled_from = None;
    let mut actuals_through = None;
    if let (Some(store), Some(code)) = (store, code.as_deref()) {
        let same_year = pmo_store::latest_return(store.conn(), code, year)?;
        let source = match same_year {
            Some(r) => Some((r, true)),
            None => {
                let years = pmo_store::years(store.conn())?;
                let mut found = None;
                for y in years.into_iter().filter(|y| *y < year).rev() {
                    if let Some(r) = pmo_store::latest_return(store.conn(), code, y)? {
                        found = Some((r, false));
                        break;
                    }
                }
                found
            }
        };
        if let Some((summary, same_year)) = source {
            let mut loaded = pmo_store::load_return(store.conn(), summary.id)?;
            if !same_year {
                carry_into_next_year(&mut loaded, year);
            }
            if same_year {
                actuals_through = Some(loaded.campaign);
            }
            loaded.year = year;
            loaded.campaign = campaign;
            loaded.submitted_on = None;
            prefilled_from = Some(summary.id);
            data = loaded;
        }
    }
    let options = pmo_template::TemplateOptions { unit: data.unit, actuals_through, ..Default::default() };
    let bytes = pmo_template::write_workbook(&data, &options)?;
    Ok(WrittenTemplate { projects: data.projects.len(), bytes, directorate: code, prefilled_from })
}

/// A return of an earlier year made into the prefill of `year`'s: only the projects that go on
/// (neither Terminé nor Abandonné, and multi-year or ending in `year` or later; a project without
/// an end date is kept, dropping a running project silently would be worse), with only their
/// milestones not yet reached and their risks not closed. Every figure is left for the
/// directorate to give: budget, workload, capacity, météo and envelope are last year's, not
/// this year's.
fn carry_into_next_year(data: &mut pmo_model::model::ReturnData, year: i32) {
    use chrono::Datelike;
    data.projects.retain(|p| {
        let running = !matches!(p.status, Some(model::ProjectStatus::Done | model::ProjectStatus::Cancelled));
        let goes_on = p.multi_year == Some(true) || p.end.is_none_or(|end| end.year() >= year);
        running && goes_on
    });
    let carried: std::collections::HashSet<String> = data.projects.iter().map(|p| p.code.clone()).collect();
    data.milestones.retain(|m| m.actual.is_none() && carried.contains(&m.project));
    data.risks.retain(|r| r.status != Some(model::RiskStatus::Closed) && carried.contains(&r.project));
    data.budget.clear();
    data.workload.clear();
    data.capacity.clear();
    data.statuses.clear();
    data.envelope = None;
}

/// Refuses a year the importer would refuse in the workbook written for it.
fn check_year(year: i32) -> Result<()> {
    if pmo_model::contract::YEARS.contains(&year) {
        Ok(())
    } else {
        Err(CoreError::YearOutOfRange(year))
    }
}

/// Writes the demo portfolio's workbooks into `dir` (created if needed), each atomically.
pub fn write_demo(dir: &Path, year: i32) -> Result<Vec<PathBuf>> {
    check_year(year)?;
    std::fs::create_dir_all(dir).map_err(|e| CoreError::io(dir, e))?;
    let mut written = Vec::new();
    for (name, bytes) in pmo_template::demo_workbooks(year)? {
        let path = dir.join(name);
        files::write_file(&path, &bytes)?;
        written.push(path);
    }
    Ok(written)
}

/// The label of a campaign in `lang`, for messages.
pub fn campaign_label(c: Campaign, lang: Lang) -> &'static str {
    c.label(lang)
}

/// `pmo reports`: every generated report, newest first, with the returns it was built from.
pub fn reports(store: &Store) -> Result<Vec<pmo_store::ReportRecord>> {
    report::recover(store)?;
    crate::read(store, || {
        Ok(pmo_store::reports(store.conn())?)
    })
}
