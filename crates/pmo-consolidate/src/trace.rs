//! The trace of a consolidated figure down to the workbook cells it was summed from: what a PMO
//! officer shows a CODIR member who asks "where does this number come from?".
//!
//! A [`Trace`] lists, for one project and one figure (budget voted, actual or landing), every
//! non-zero source cell that makes it up — directorate, campaign, return, file, import date,
//! sheet, A1 cell, quarter, planned or actual, nature and category, and the value — such that the
//! cells' values add up *exactly* to the figure of the [`Portfolio`]. It follows the records the
//! consolidation kept ([`crate::RecordRef`]) into the returns it was computed from, so the trace
//! can never tell another story than the figure.
//!
//! What the trace must never do: recompute a figure by its own rules (it walks the portfolio's
//! own source records, quarter by quarter, as section 5 summed them), round an amount, or hide a
//! cell because the workbook lacked provenance (such a cell is listed, with no address).

use std::fmt;

use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use pmo_model::contract::{ACTUAL, PLANNED};
use pmo_model::i18n::{Key, Lang};
use pmo_model::model::{Campaign, Category, Nature, Unit};
use pmo_model::money::to_plain;
use pmo_model::text::fold;

use crate::consolidate::SourceReturn;
use crate::figures::{Portfolio, ProjectFigures, RecordRef};

/// A consolidated figure of a project that can be traced to its cells (contract section 5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Figure {
    /// Budget voté: planned T1–T4 of the BI return.
    BudgetVoted,
    /// Réalisé: actuals of the quarters the current campaign has closed.
    Actual,
    /// Atterrissage: actual of closed quarters, planned of open ones, in the current return.
    Landing,
}

impl Figure {
    pub const ALL: [Figure; 3] = [Figure::BudgetVoted, Figure::Actual, Figure::Landing];

    /// The stable code used in JSON and on the command line: `budget_voted`, `actual`, `landing`.
    pub fn code(self) -> &'static str {
        match self {
            Figure::BudgetVoted => "budget_voted",
            Figure::Actual => "actual",
            Figure::Landing => "landing",
        }
    }

    /// The figure's name as users see it (« Budget voté », « Réalisé », « Atterrissage »).
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Figure::BudgetVoted => Key::ExpColBudgetVoted.text(lang),
            Figure::Actual => Key::ExpColActual.text(lang),
            Figure::Landing => Key::ExpColLanding.text(lang),
        }
    }

    /// Reads a figure as a PMO officer may type it: the code (`budget_voted`, `actual`,
    /// `landing`), the French words (`budget-vote`, `budget voté`, `realise`, `réalisé`,
    /// `atterrissage`) or the English label, ignoring case, accents and punctuation.
    pub fn parse(s: &str) -> Option<Figure> {
        match fold(s).as_str() {
            "budgetvoted" | "budgetvote" | "budget" => Some(Figure::BudgetVoted),
            "actual" | "realise" | "reel" => Some(Figure::Actual),
            "landing" | "atterrissage" => Some(Figure::Landing),
            _ => None,
        }
    }
}

impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Whether a cell is a planned (Prévu Tq) or an actual (Réalisé Tq) amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum CellKind {
    Planned,
    Actual,
}

impl CellKind {
    /// The contract's field id of this kind for quarter `q` (1–4): `planned_q3`, `actual_q1`.
    pub fn field(self, q: usize) -> &'static str {
        let fields = match self {
            CellKind::Planned => &PLANNED,
            CellKind::Actual => &ACTUAL,
        };
        fields[q - 1]
    }
}

/// One workbook cell that a traced figure was summed from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TraceCell {
    /// Code of the directorate that sent the workbook.
    pub directorate: String,
    /// The campaign of the return the cell belongs to (BI for the budget voted).
    pub campaign: Campaign,
    /// The store's id of the return.
    pub return_id: i64,
    /// The workbook's file name.
    pub file_name: String,
    /// When the store imported the workbook, as the store wrote it.
    pub imported_at: String,
    /// The sheet's name as written in the workbook; `None` when the return has no provenance
    /// (built in code rather than read from a workbook).
    pub sheet: Option<String>,
    /// A1 address within the sheet (`F12`); `None` when the sheet or the column is unknown.
    pub cell: Option<String>,
    /// 1–4.
    pub quarter: u8,
    pub kind: CellKind,
    /// The contract's field id of the cell's column (`planned_q3`).
    pub field: &'static str,
    pub nature: Nature,
    pub category: Option<Category>,
    /// The cell's amount in euros, as it counts in the figure.
    #[serde(serialize_with = "euros")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub value: Decimal,
    /// The unit the workbook was written in: in k€, the cell held `value / 1000`.
    pub unit: Unit,
    /// What the cell held, in the workbook's unit (`written_value × 1000 = value` in k€).
    #[serde(serialize_with = "exact")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub written_value: Decimal,
}

impl TraceCell {
    /// `Budget!F12`, the form findings and the importer use, when the address is known.
    pub fn reference(&self) -> Option<String> {
        Some(format!("{}!{}", self.sheet.as_ref()?, self.cell.as_ref()?))
    }
}

/// A figure of one project and the cells it was summed from.
///
/// JSON (`pmo trace --json`): amounts are strings with two decimals and a dot, as in the export
/// (`"1234.50"`); `written_value` keeps every decimal the cell held (`"1.23450"` in k€ is written
/// `"1.2345"`); closed-list values are their codes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Trace {
    pub year: i32,
    /// Code of the project's directorate.
    pub directorate: String,
    /// The project's code as the returns write it.
    pub project: String,
    pub project_name: String,
    pub figure: Figure,
    /// The current campaign of the project's directorate.
    pub campaign: Campaign,
    /// The campaign actual and landing come from: `campaign`, or for a project missing from the
    /// current return, the latest campaign that had it.
    pub figures_campaign: Campaign,
    /// The figure as consolidated; `None` for a budget voted when the directorate has no BI
    /// return (the budget is unknown, not zero), and then `cells` is empty.
    #[serde(serialize_with = "opt_euros")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub value: Option<Decimal>,
    /// Σ of the cells' values: always equal to `value` when it is known, else 0.
    #[serde(serialize_with = "euros")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub cells_total: Decimal,
    /// "Hors budget initial": no BI cell, a budget voted of 0.
    pub outside_initial_budget: bool,
    /// Not in the current return: its actual and landing cells are those of `figures_campaign`.
    pub missing_from_latest: bool,
    /// The non-zero cells, by budget line (nature then category, as the portfolio orders its
    /// lines), then by the line's rows in workbook order, then by quarter. Empty cells and
    /// zeros add nothing and are left out.
    pub cells: Vec<TraceCell>,
}

/// Why a figure could not be traced.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TraceError {
    /// No project of the portfolio has this code (compared without regard to case).
    #[error("no project {project} in year {year}")]
    ProjectNotFound { project: String, year: i32 },
    /// Several directorates' projects have this code, differing at most by case: the trace
    /// names one project only, so the caller must type the code exactly.
    #[error("project code {project} names several projects: {candidates:?}")]
    Ambiguous { project: String, candidates: Vec<String> },
    /// A record the figure was summed from is not in the returns given: they are not the returns
    /// the portfolio was consolidated from (a caller's slip). Nothing partial is returned, since
    /// a trace whose cells do not add up to the figure would mislead.
    #[error("return {return_id} that the figures were computed from was not given, or differs")]
    SourceNotGiven { return_id: i64 },
}

/// Traces `figure` of `project` (its code, any case) to the cells it was summed from.
///
/// `returns` must hold the returns `portfolio` was consolidated from (more are ignored). Errors:
/// [`TraceError::ProjectNotFound`], [`TraceError::Ambiguous`], [`TraceError::SourceNotGiven`].
pub fn trace(
    portfolio: &Portfolio,
    returns: &[SourceReturn],
    project: &str,
    figure: Figure,
) -> Result<Trace, TraceError> {
    let p = find_project(portfolio, project)?;
    let mut cells = Vec::new();
    for line in &p.lines {
        let (records, quarters): (&[RecordRef], Vec<(usize, CellKind)>) = match figure {
            Figure::BudgetVoted => (&line.budget_sources, (1..=4).map(|q| (q, CellKind::Planned)).collect()),
            Figure::Actual => (
                &line.current_sources,
                (1..=4).filter(|q| line.quarters[q - 1].closed).map(|q| (q, CellKind::Actual)).collect(),
            ),
            // An Abandonné project plans nothing more: its open quarters add nothing.
            Figure::Landing => (
                &line.current_sources,
                (1..=4)
                    .filter_map(|q| match (line.quarters[q - 1].closed, p.landing_is_actual) {
                        (true, _) => Some((q, CellKind::Actual)),
                        (false, false) => Some((q, CellKind::Planned)),
                        (false, true) => None,
                    })
                    .collect(),
            ),
        };
        for record in records {
            let source = returns
                .iter()
                .find(|r| r.id == record.return_id)
                .filter(|r| r.data.campaign == record.campaign && r.data.directorate == p.directorate)
                .ok_or(TraceError::SourceNotGiven { return_id: record.return_id })?;
            let budget_line = source
                .data
                .budget
                .get(record.index)
                .filter(|b| b.project == p.code && b.nature == line.nature && b.category == line.category)
                .ok_or(TraceError::SourceNotGiven { return_id: record.return_id })?;
            for &(q, kind) in &quarters {
                let value = match kind {
                    CellKind::Planned => budget_line.planned[q - 1],
                    CellKind::Actual => budget_line.actual[q - 1],
                };
                if value.is_zero() {
                    continue;
                }
                let field = kind.field(q);
                let (sheet, cell) = match &record.origin {
                    Some(origin) => {
                        let cell = source.data.cell_of(origin, field).map(|reference| {
                            // `cell_of` writes `Sheet!A1` with the origin's sheet: keep the A1 part.
                            reference
                                .strip_prefix(&format!("{}!", origin.sheet))
                                .map_or(reference.clone(), str::to_string)
                        });
                        (Some(origin.sheet.clone()), cell)
                    }
                    None => (None, None),
                };
                let unit = source.data.unit;
                cells.push(TraceCell {
                    directorate: p.directorate.clone(),
                    campaign: source.data.campaign,
                    return_id: source.id,
                    file_name: source.file_name.clone(),
                    imported_at: source.imported_at.clone(),
                    sheet,
                    cell,
                    quarter: q as u8,
                    kind,
                    field,
                    nature: line.nature,
                    category: line.category,
                    value,
                    unit,
                    written_value: value / unit.factor(),
                });
            }
        }
    }

    let value = match figure {
        Figure::BudgetVoted => p.budget_voted,
        Figure::Actual => Some(p.actual),
        Figure::Landing => Some(p.landing),
    };
    let cells_total: Decimal = cells.iter().map(|c| c.value).sum();
    // Holds by construction: the cells are the very amounts the consolidation summed.
    debug_assert!(value.is_none_or(|v| v == cells_total), "trace of {} {figure} must add up", p.code);
    Ok(Trace {
        year: portfolio.year,
        directorate: p.directorate.clone(),
        project: p.code.clone(),
        project_name: p.identity.name.clone(),
        figure,
        campaign: p.campaign,
        figures_campaign: p.figures_campaign,
        value,
        cells_total,
        outside_initial_budget: p.outside_initial_budget,
        missing_from_latest: p.missing_from_latest,
        cells,
    })
}

/// The project whose code is `code`: the exact code first, else the only one equal without
/// regard to case.
fn find_project<'a>(portfolio: &'a Portfolio, code: &str) -> Result<&'a ProjectFigures, TraceError> {
    let code = code.trim();
    let exact: Vec<&ProjectFigures> = portfolio.projects_and_requests().filter(|p| p.code == code).collect();
    let candidates = if exact.is_empty() {
        let lower = code.to_lowercase();
        portfolio.projects_and_requests().filter(|p| p.code.to_lowercase() == lower).collect()
    } else {
        exact
    };
    match candidates.as_slice() {
        [one] => Ok(one),
        [] => Err(TraceError::ProjectNotFound { project: code.to_string(), year: portfolio.year }),
        many => Err(TraceError::Ambiguous {
            project: code.to_string(),
            candidates: many.iter().map(|p| format!("{}/{}", p.directorate, p.code)).collect(),
        }),
    }
}

fn euros<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&to_plain(*d))
}

fn opt_euros<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&to_plain(*d)),
        None => s.serialize_none(),
    }
}

/// Every decimal the value has, and at least two: `1.2345`, `1234.50`.
fn exact<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    let mut v = d.normalize();
    if v.scale() < 2 {
        v.rescale(2);
    }
    s.serialize_str(&v.to_string())
}

/// Where a project's météo was read: the latest status among its returns (contract section 5),
/// with its date and its workbook cell — what « Météo : Nuageux » on a screen or in a pack
/// stands on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WeatherTrace {
    pub year: i32,
    pub directorate: String,
    pub project: String,
    pub project_name: String,
    /// `None` when no return gives the project a status.
    pub weather: Option<pmo_model::model::Weather>,
    pub date: Option<chrono::NaiveDate>,
    pub return_id: Option<i64>,
    pub campaign: Option<Campaign>,
    pub file_name: Option<String>,
    pub imported_at: Option<String>,
    /// `Météo!C7`, when the workbook gave provenance.
    pub cell: Option<String>,
}

/// The trace of a project's météo. Errors as [`trace`].
pub fn trace_weather(portfolio: &Portfolio, returns: &[SourceReturn], project: &str) -> Result<WeatherTrace, TraceError> {
    let p = find_project(portfolio, project)?;
    let reading = p.weather.as_ref();
    let source = reading.and_then(|w| portfolio.source(w.source.return_id));
    let cell = reading.and_then(|w| {
        let data = &returns.iter().find(|r| r.id == w.source.return_id)?.data;
        data.cell_of(w.source.origin.as_ref()?, "overall")
    });
    Ok(WeatherTrace {
        year: portfolio.year,
        directorate: p.directorate.clone(),
        project: p.code.clone(),
        project_name: p.identity.name.clone(),
        weather: reading.map(|w| w.overall),
        date: reading.map(|w| w.date),
        return_id: source.map(|s| s.id),
        campaign: source.map(|s| s.campaign),
        file_name: source.map(|s| s.file_name.clone()),
        imported_at: source.map(|s| s.imported_at.clone()),
        cell,
    })
}
