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
use crate::files::{self, Existing};
use crate::{settings, Store};

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

/// A generated (written and recorded) report.
#[derive(Clone, Debug, Serialize)]
pub struct GeneratedReport {
    pub record_id: i64,
    pub title: String,
    pub sha256: String,
    pub size: u64,
    pub returns: Vec<i64>,
    /// Characters of the data the PDF's font cannot show (each drawn as `?`; the report says so
    /// on its first page), as text: `["☺", "ع"]`. An extension of `pmo report --json`.
    pub unshown_characters: Vec<String>,
}

/// Builds the report, writes its PDF to `path` and records it.
///
/// The PDF is streamed, page by page, into a `.part` file beside `path` ([`crate::files`]), which
/// takes the final name only once it is complete and recorded: a failed render or a full disk
/// never leaves half a PDF under the report's name, nor replaces an earlier one. The record
/// (options, SHA-256, pages, returns used) is written before the file gets its name, so that
/// every report on disk is one `pmo reports` lists, even after a crash.
pub fn generate(store: &Store, request: &ReportRequest, path: &Path, at: DateTime<Utc>) -> Result<GeneratedReport> {
    recover(store)?;
    // Only the records the pack reads: the figures' records at both campaigns it compares, and
    // what the alerts and project sheets read of the current returns (statuses of every
    // return, milestones, risks, workload and capacity of the current ones). At 100
    // directorates, loading every record held most of the pack's memory.
    let (previous, current) =
        pmo_report::pack_campaigns(request.quarter).ok_or(CoreError::BadQuarter(request.quarter))?;
    let cuts = [Some(previous), Some(current)];
    let sources = crate::sources_reading(store, request.year, &cuts, crate::analysis::ALERTS)?;
    generate_from(store, request, sources, path, at)
}

/// [`generate`] from the returns given (which must hold every record the report reads).
fn generate_from(
    store: &Store,
    request: &ReportRequest,
    sources: Vec<pmo_consolidate::SourceReturn>,
    path: &Path,
    at: DateTime<Utc>,
) -> Result<GeneratedReport> {
    let (previous, current) =
        pmo_report::pack_campaigns(request.quarter).ok_or(CoreError::BadQuarter(request.quarter))?;
    let portfolio = pmo_consolidate::consolidate(request.year, &sources, Some(current));
    if portfolio.directorates.is_empty() {
        return Err(CoreError::NoReturnAsOf { year: request.year, campaign: current });
    }
    let thresholds = crate::analysis::thresholds(store)?;
    let capacity = pmo_consolidate::capacity_with_threshold(request.year, &sources, Some(current), thresholds.team_load_pct);
    let expected = crate::analysis::expected_directorates(store)?;
    let alerts = pmo_consolidate::alerts(&portfolio, &sources, &capacity, &thresholds, request.date, &expected);
    let coverage = pmo_consolidate::coverage(&portfolio, &expected);
    let has_previous = sources.iter().any(|s| s.data.year == request.year && s.data.campaign <= previous);
    let diff = has_previous.then(|| pmo_consolidate::diff(request.year, &sources, previous, current));
    let organisation = pmo_store::get_setting(store.conn(), settings::ORGANISATION_NAME)?.unwrap_or_default();
    let unit = settings::amount_unit(store)?;
    let input = ReportInput {
        year: request.year,
        quarter: request.quarter,
        as_of: Some(current),
        portfolio: &portfolio,
        coverage: &coverage,
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
    // The CODIR pack's project sheets are built while the PDF is written, one at a time.
    let (document, sheets, scope, subject) = match &request.kind {
        ReportKind::Codir => {
            let (document, sheets) = pmo_report::codir_pack_parts(&input);
            (document, Some(sheets), Scope::Portfolio, None)
        }
        ReportKind::Directorate(code) => (
            pmo_report::directorate_report(&input, code)
                .ok_or_else(|| CoreError::UnknownDirectorate { code: code.clone(), year: request.year })?,
            None,
            Scope::Directorate(code.clone()),
            Some(code.clone()),
        ),
        ReportKind::Project(code) => (
            pmo_report::project_sheet(&input, code)
                .ok_or_else(|| CoreError::UnknownProject { code: code.clone(), year: request.year })?,
            None,
            Scope::Project(code.clone()),
            Some(code.clone()),
        ),
    };
    // Names may hold what no bundled font draws (emoji, Arabic…): the report says which,
    // rather than leave the reader a `?` to take for the data.
    let (unshown, texts) = unshown_characters(&sources, &organisation)?;
    let mut document = document;
    pmo_report::note_unshown_characters(&mut document, &unshown, &texts, request.lang);
    let options = pmo_report::RenderOptions { creator: format!("PMO Desk {}", env!("CARGO_PKG_VERSION")), ..Default::default() };
    let (partial, rendered) = write_pdf(&document, sheets.into_iter().flatten(), &options, path)?;
    let returns = pmo_report::sources(&input, &scope);
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
        sha256: rendered.sha256.clone(),
        size: rendered.size,
        pages: Some(rendered.pages),
        file_path: Some(crate::import::absolute_path(path)),
        returns: returns.clone(),
    };
    // The record first, then the name: a crash between the two leaves a record and its
    // complete `.part`, which the next run puts in place ([`recover`]); never a PDF that
    // `pmo reports` does not list. The `.part` is removed if the record cannot be written.
    let record_id = pmo_store::record_report(store.conn(), &record, at)?;
    if let Err(e) = partial.commit(path, Existing::Replace) {
        let _ = pmo_store::forget_report(store.conn(), record_id);
        return Err(e);
    }
    Ok(GeneratedReport {
        record_id,
        title: document.title,
        sha256: rendered.sha256,
        size: rendered.size,
        returns,
        unshown_characters: unshown.iter().map(char::to_string).collect(),
    })
}

/// The characters of every text a report may show — the returns' content, the organisation's
/// name — that its font cannot draw, and the texts holding them (each once, in the returns'
/// order).
fn unshown_characters(sources: &[pmo_consolidate::SourceReturn], organisation: &str) -> Result<(Vec<char>, Vec<String>)> {
    fn strings<'a>(value: &'a serde_json::Value, out: &mut Vec<&'a str>) {
        match value {
            serde_json::Value::String(s) => out.push(s),
            serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let values: Vec<serde_json::Value> = sources.iter().map(|s| serde_json::to_value(&s.data)).collect::<std::result::Result<_, _>>()?;
    let mut texts = vec![organisation];
    for v in &values {
        strings(v, &mut texts);
    }
    let unshown = pmo_report::unshown_characters(texts.iter().copied())?;
    let mut affected: Vec<String> = Vec::new();
    for t in texts {
        if t.contains(|c: char| unshown.contains(&c)) && !affected.iter().any(|a| a == t) {
            affected.push(t.to_string());
        }
    }
    Ok((unshown, affected))
}

/// Streams the PDF of `document` into a `.part` file beside `path` (see [`crate::files`]), on
/// disk and still locked, for the caller to record then put in place.
fn write_pdf(
    document: &pmo_report::document::Document,
    parts: impl Iterator<Item = Vec<pmo_report::document::Block>>,
    options: &pmo_report::RenderOptions,
    path: &Path,
) -> Result<(files::Partial, pmo_report::Rendered)> {
    let partial = files::begin(path, Existing::Replace)?;
    let out = std::io::BufWriter::with_capacity(1 << 16, &partial.file);
    let (out, rendered) = pmo_report::render_parts_to(document, parts, options, out)?;
    out.into_inner().map_err(|e| CoreError::io(&partial.path, e.into_error()))?;
    partial.file.sync_all().map_err(|e| CoreError::io(&partial.path, e))?;
    Ok((partial, rendered))
}

/// Completes the reports a crash stopped between their record and their name: a record whose
/// file is missing and whose `.part` beside it holds exactly the recorded bytes gets its file.
/// Run before a report is generated and when the reports are listed.
pub(crate) fn recover(store: &Store) -> Result<()> {
    for record in pmo_store::reports(store.conn())? {
        let Some(path) = record.file_path.as_deref().map(Path::new) else { continue };
        if path.exists() {
            continue;
        }
        for part in files::parts_of(path) {
            let same = std::fs::read(&part).is_ok_and(|bytes| crate::import::sha256_hex(&bytes) == record.sha256);
            if same && std::fs::rename(&part, path).is_ok() {
                break;
            }
        }
    }
    Ok(())
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
            // The current returns' summaries are enough: loading their content to find the latest
            // campaign cost half a second and 150 MB at 100 directorates.
            let latest = pmo_store::current_returns(store.conn(), year)?
                .into_iter()
                .map(|r| r.campaign)
                .max()
                .unwrap_or(Campaign::Bi);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{at, demo_store};
    use pmo_model::model::Campaign;

    fn codir(date: NaiveDate) -> ReportRequest {
        ReportRequest { kind: ReportKind::Codir, year: 2026, quarter: 2, lang: Lang::Fr, date }
    }

    #[test]
    fn the_pack_is_written_whole_under_its_name_and_recorded_as_written() {
        let (dir, store) = demo_store(&[Campaign::Bi, Campaign::R1, Campaign::R2]);
        let path = dir.path().join("codir.pdf");
        let date = NaiveDate::from_ymd_opt(2026, 7, 10).unwrap();
        let report = generate(&store, &codir(date), &path, at(30)).unwrap();
        let bytes = std::fs::read(&path).expect("the PDF is at the path asked for");
        assert!(!dir.path().join("codir.pdf.part").exists(), "no partial file is left beside it");
        assert_eq!(report.size, bytes.len() as u64);
        assert_eq!(report.sha256, crate::import::sha256_hex(&bytes), "the recorded SHA-256 is the file's");
        let record = crate::reports(&store).unwrap().into_iter().find(|r| r.id == report.record_id).unwrap();
        assert_eq!(record.sha256, report.sha256);
        assert_eq!(record.pages, pmo_report::page_count(&bytes), "the recorded page count is the file's");
        assert_eq!(record.file_path.as_deref(), Some(path.display().to_string().as_str()));

        // The same database, options and date give the same bytes again.
        let again = dir.path().join("again.pdf");
        generate(&store, &codir(date), &again, at(31)).unwrap();
        assert!(std::fs::read(&again).unwrap() == bytes, "a report is reproducible byte for byte");
    }

    #[test]
    fn reading_only_what_the_reports_use_changes_no_byte() {
        // generate reads only some records of some returns; each report must be exactly the
        // one rendered from every record of every return.
        let (dir, store) = demo_store(&[Campaign::Bi, Campaign::R1, Campaign::R2]);
        let date = NaiveDate::from_ymd_opt(2026, 7, 10).unwrap();
        let kinds = [ReportKind::Codir, ReportKind::Directorate("DSI".into()), ReportKind::Project("DSI-01".into())];
        for kind in kinds {
            for quarter in [1, 2] {
                let request = ReportRequest { kind: kind.clone(), year: 2026, quarter, lang: Lang::Fr, date };
                let narrow = generate(&store, &request, &dir.path().join("narrow.pdf"), at(40)).unwrap();
                let full = crate::current_sources(&store, 2026).unwrap();
                let whole = generate_from(&store, &request, full, &dir.path().join("whole.pdf"), at(41)).unwrap();
                assert_eq!(narrow.sha256, whole.sha256, "{kind:?} T{quarter}: the same PDF from fewer records");
                assert_eq!(narrow.returns, whole.returns, "{kind:?} T{quarter}: the same returns recorded");
            }
        }
    }

    #[test]
    fn the_default_period_is_the_quarter_the_latest_campaign_closed() {
        let (_dir, store) = demo_store(&[Campaign::Bi, Campaign::R1, Campaign::R2]);
        assert_eq!(default_period(&store, None, None).unwrap(), (2026, 2), "R2 closes the second quarter");
        assert_eq!(default_period(&store, Some(2026), Some(4)).unwrap(), (2026, 4), "what is given is kept");
        let (_dir, budget_only) = demo_store(&[Campaign::Bi]);
        assert_eq!(default_period(&budget_only, None, None).unwrap(), (2026, 1), "a year with only its BI: T1");
        assert!(default_period(&budget_only, Some(2031), None).unwrap() == (2031, 1), "a year without returns: T1");
    }

    #[test]
    fn a_pack_that_cannot_be_written_leaves_no_file_and_no_record() {
        let (dir, store) = demo_store(&[Campaign::Bi, Campaign::R1]);
        // The folder it would go in is a file: it cannot be created.
        std::fs::write(dir.path().join("not-a-folder"), b"").unwrap();
        let path = dir.path().join("not-a-folder").join("codir.pdf");
        let date = NaiveDate::from_ymd_opt(2026, 4, 10).unwrap();
        let error = generate(&store, &codir(date), &path, at(30)).expect_err("the folder cannot be made");
        assert!(error.to_string().contains("not-a-folder"), "the error names the path: {error}");
        assert!(crate::reports(&store).unwrap().is_empty(), "a report that was not written is not recorded");
        assert!(!path.exists());
    }

    #[test]
    fn a_report_stopped_between_its_record_and_its_name_is_completed_by_the_next_run() {
        let (dir, store) = demo_store(&[Campaign::Bi, Campaign::R1]);
        let path = dir.path().join("codir.pdf");
        let date = NaiveDate::from_ymd_opt(2026, 4, 10).unwrap();
        let made = generate(&store, &codir(date), &path, at(30)).unwrap();
        // What a kill right after the record leaves: the record, and the whole PDF as a part
        // that no process holds.
        let part = dir.path().join("codir.pdf.4242.part");
        std::fs::rename(&path, &part).unwrap();
        // And what a kill before the record leaves: a part of another report, no record.
        let orphan = dir.path().join("other.pdf.4343.part");
        std::fs::write(&orphan, b"%PDF-1.7 cut short").unwrap();
        let listed = crate::reports(&store).unwrap();
        assert_eq!(listed.len(), 1);
        assert!(path.exists() && !part.exists(), "the recorded report got its file back");
        assert_eq!(crate::import::sha256_hex(&std::fs::read(&path).unwrap()), made.sha256);
        generate(&store, &codir(date), &dir.path().join("again.pdf"), at(31)).unwrap();
        assert!(!orphan.exists(), "the next report into the folder removed the debris");
    }
}
