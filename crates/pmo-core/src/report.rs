//! Generating a report: load and consolidate, build the report model, render the PDF, and
//! record what was produced (options, SHA-256 of the bytes, returns used) so that `pmo reports`
//! can say what went to which CODIR.

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use pmo_model::i18n::Lang;
use pmo_model::model::Campaign;
use pmo_report::{ReportInput, Scope};

use crate::error::{CoreError, Result};
use crate::import::sha256_hex;
use crate::{current_sources, settings, Store};

/// Which report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReportKind {
    /// The quarterly CODIR pack.
    Codir,
    /// The same views for one directorate, to send back to it.
    Directorate(String),
    /// The one-page sheet of a project.
    Project(String),
}

impl ReportKind {
    pub fn code(&self) -> &'static str {
        match self {
            ReportKind::Codir => "codir",
            ReportKind::Directorate(_) => "directorate",
            ReportKind::Project(_) => "project",
        }
    }
}

#[derive(Clone, Debug)]
pub struct ReportRequest {
    pub kind: ReportKind,
    pub year: i32,
    /// 1–4.
    pub quarter: u8,
    pub lang: Lang,
    /// The date printed on the report and written in the PDF; giving an earlier report's date
    /// regenerates its exact bytes from the same database.
    pub date: NaiveDate,
}

/// A generated (and recorded) report.
#[derive(Clone, Debug, Serialize)]
pub struct GeneratedReport {
    #[serde(skip)]
    pub bytes: Vec<u8>,
    pub record_id: i64,
    pub title: String,
    pub sha256: String,
    pub size: u64,
    pub returns: Vec<i64>,
}

/// Builds and renders the report, records it (with `file_path` when the caller writes it to a
/// file) and returns its bytes.
pub fn generate(store: &Store, request: &ReportRequest, file_path: Option<&Path>, at: DateTime<Utc>) -> Result<GeneratedReport> {
    let (previous, current) =
        pmo_report::pack_campaigns(request.quarter).ok_or(CoreError::BadQuarter(request.quarter))?;
    let sources = current_sources(store, request.year)?;
    let portfolio = pmo_consolidate::consolidate(request.year, &sources, Some(current));
    if portfolio.directorates.is_empty() {
        return Err(CoreError::NoReturnAsOf { year: request.year, campaign: current });
    }
    let thresholds = crate::analysis::thresholds(store)?;
    let capacity = pmo_consolidate::capacity_with_threshold(request.year, &sources, Some(current), thresholds.team_load_pct);
    let known: Vec<String> = pmo_store::directorates(store.conn())?.into_iter().map(|d| d.code).collect();
    let alerts = pmo_consolidate::alerts(&portfolio, &sources, &capacity, &thresholds, request.date, &known);
    let has_previous = sources.iter().any(|s| s.data.year == request.year && s.data.campaign <= previous);
    let diff = has_previous.then(|| pmo_consolidate::diff(request.year, &sources, previous, current));
    let organisation = pmo_store::get_setting(store.conn(), settings::ORGANISATION_NAME)?.unwrap_or_default();
    let unit = settings::amount_unit(store)?;
    let input = ReportInput {
        year: request.year,
        quarter: request.quarter,
        as_of: Some(current),
        portfolio: &portfolio,
        returns: &sources,
        alerts: &alerts,
        thresholds: &thresholds,
        diff: diff.as_ref(),
        capacity: &capacity,
        organisation: organisation.clone(),
        unit,
        lang: request.lang,
        generated_on: request.date,
    };
    let (document, scope, subject) = match &request.kind {
        ReportKind::Codir => (pmo_report::codir_pack(&input), Scope::Portfolio, None),
        ReportKind::Directorate(code) => (
            pmo_report::directorate_report(&input, code)
                .ok_or_else(|| CoreError::UnknownDirectorate { code: code.clone(), year: request.year })?,
            Scope::Directorate(code.clone()),
            Some(code.clone()),
        ),
        ReportKind::Project(code) => (
            pmo_report::project_sheet(&input, code)
                .ok_or_else(|| CoreError::UnknownProject { code: code.clone(), year: request.year })?,
            Scope::Project(code.clone()),
            Some(code.clone()),
        ),
    };
    let options = pmo_report::RenderOptions { creator: format!("PMO Desk {}", env!("CARGO_PKG_VERSION")), ..Default::default() };
    let bytes = pmo_report::render(&document, &options)?;
    let returns = pmo_report::sources(&input, &scope);
    let sha256 = sha256_hex(&bytes);
    let record = pmo_store::NewReport {
        kind: request.kind.code().to_string(),
        title: document.title.clone(),
        options: serde_json::json!({
            "year": request.year,
            "quarter": request.quarter,
            "campaign": current_code(current),
            "lang": request.lang.code(),
            "unit": match unit { pmo_model::model::Unit::Euro => "eur", pmo_model::model::Unit::KiloEuro => "keur" },
            "organisation": organisation,
            "date": request.date.to_string(),
            "subject": subject,
        }),
        sha256: sha256.clone(),
        size: bytes.len() as u64,
        pages: pmo_report::page_count(&bytes),
        file_path: file_path.map(|p| p.display().to_string()),
        returns: returns.clone(),
    };
    let record_id = pmo_store::record_report(store.conn(), &record, at)?;
    Ok(GeneratedReport { size: bytes.len() as u64, bytes, record_id, title: document.title, sha256, returns })
}

fn current_code(c: Campaign) -> &'static str {
    pmo_model::model::Choice::code(c)
}

/// The year and quarter of a report when not given: the latest year of the database, and the
/// quarter its latest campaign closed (R1 → T1 … CL → T4; a year with only its BI → T1).
pub fn default_period(store: &Store, year: Option<i32>, quarter: Option<u8>) -> Result<(i32, u8)> {
    let year = match year {
        Some(y) => y,
        None => pmo_store::years(store.conn())?.into_iter().max().ok_or(CoreError::NoReturnForYear(crate::current_year()))?,
    };
    let quarter = match quarter {
        Some(q) => q,
        None => {
            let sources = current_sources(store, year)?;
            let latest = pmo_consolidate::latest_campaign(year, &sources).unwrap_or(Campaign::Bi);
            latest.closed_quarters().max(1) as u8
        }
    };
    Ok((year, quarter))
}

/// `codir-2026-T2.pdf`, `direction-DSI-2026-T2.pdf`, `projet-DSI-01-2026-T2.pdf`.
pub fn default_file_name(kind: &ReportKind, year: i32, quarter: u8) -> String {
    use crate::desk::file_name_part;
    match kind {
        ReportKind::Codir => format!("codir-{year}-T{quarter}.pdf"),
        ReportKind::Directorate(code) => format!("direction-{}-{year}-T{quarter}.pdf", file_name_part(code)),
        ReportKind::Project(code) => format!("projet-{}-{year}-T{quarter}.pdf", file_name_part(code)),
    }
}
