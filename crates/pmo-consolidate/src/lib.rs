//! Consolidation: from the current returns of a year to the portfolio's consolidated figures
//! (workbook contract, section 5) and their `pmo export` forms, with the views a CODIR reads
//! (`views`), the changes between two campaigns (`diff`), team capacity (`capacity`), alerts
//! (`alerts`) and the trace of a figure to its workbook cells (`trace`).
//!
//! The stage between the store and the reports: the store loads the returns of a year as
//! [`SourceReturn`]s, [`consolidate`] turns them into a [`Portfolio`] (per project and directorate:
//! budget voted, actual, landing, variance, burn rate, météo, envelope comparison), and
//! [`export_json`] / [`export_csv`] write what external scripts and spreadsheets read.
//!
//! The [`Portfolio`] keeps each project's figures per budget line (nature × category) and per
//! quarter, with references to the return records they were summed from ([`RecordRef`]), so that
//! views by ambition, nature or quarter, alerts, comparisons between campaigns and the trace of a
//! figure to its workbook cells can all be built from it.
//!
//! What this crate must never do:
//! - I/O of any kind: no database, no files, no clock, no environment. Inputs come in as values,
//!   outputs go out as values; the same inputs give the same figures and the same bytes.
//! - Binary floating point: every amount is an exact [`rust_decimal::Decimal`] of euros. No
//!   rounding inside either; amounts are rounded to the cent only when printed
//!   ([`pmo_model::money::to_plain`]).
//! - Unit conversion: returns arrive in euros (the importer applied the workbook's k€ unit).
//!
//! The figures themselves cannot fail. Two things can be refused, each with its own error type:
//! an alert threshold setting that cannot be read ([`InvalidSetting`]) and the trace of a
//! project that is not in the portfolio ([`TraceError`]).

mod alerts;
mod capacity;
mod consolidate;
mod diff;
mod export;
mod figures;
mod records;
mod trace;
mod trace_sum;
mod views;

pub use consolidate::{consolidate, roles, ReturnKey, SourceReturn};
pub use export::{
    export, export_csv, export_json, export_json_text, DirectorateRow, PortfolioExport, ProjectRow, CSV_COLUMNS,
};
pub use figures::{
    DirectorateFigures, EnvelopeComparison, LineFigures, Portfolio, ProjectFigures, QuarterFigures, RecordRef,
    ReturnRef, ReturnRole, Standing, WeatherReading,
};
pub use records::{find_project, DatedStatus, ProjectRecords};
pub use trace::{trace, trace_weather, CellKind, Figure, Trace, TraceCell, TraceError, WeatherTrace};
pub use trace_sum::{
    trace_directorate, trace_portfolio, EnvelopeSource, SumPart, SumTrace, SumTraceError, TotalFigure,
};
pub use diff::{
    diff, diff_with, latest_campaign, variance_bridge, Bridge, BridgeStep, CampaignDiff, DiffOptions, DirectorateDelta,
    LineKey, MilestoneMove, ProjectDelta, Rescope, RescopeReason, StepKind, WeatherChange, WeatherTrend,
    DEFAULT_BRIDGE_STEPS,
};
pub use views::json;
pub use views::{
    ambition_breakdown, category_breakdown, coverage, Coverage, DirectorateCoverage, directorate_breakdown, envelope_comparisons, missing_from_latest_projects,
    nature_breakdown, outside_initial_budget_projects, portfolio_totals, project_counts, quarter_breakdown, requests, summary, summary_expecting,
    top_drifts, AmbitionSummary, CategorySummary, Closure, DirectorateSummary, EnvelopeRow, InitiativeSummary,
    NatureSummary, PortfolioSummary, ProjectCounts, ProjectSummary, QuarterSummary, Requests, StatusCount, Totals,
    WeatherCount,
    SUMMARY_TOP_DRIFTS,
};
pub use alerts::{
    alerts, alerts_json_text, Alert, AlertThresholds, AlertView, Arg, InvalidSetting, Measure, Rule, Severity,
    ThresholdSetting,
};
pub use capacity::{
    capacity, capacity_export, capacity_json_text, capacity_with_threshold, trace_man_days, CapacityExport, CapacityView, ManDays,
    ManDaysCell, ManDaysTrace,
    ProjectLoad, ProjectLoadRow, ProjectWorkload, ProjectWorkloadRow, TeamLoad, TeamQuarter, TeamQuarterRow, TeamRow,
    DEFAULT_OVERLOAD_PCT,
};
