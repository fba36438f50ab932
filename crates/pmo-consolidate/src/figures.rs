//! The consolidated figures of one year: what [`crate::consolidate`] produces and every view,
//! export and report reads.
//!
//! The model keeps, for each project, the figures per budget line (nature × category) and per
//! quarter, and for each figure the records of the returns it was summed from ([`RecordRef`]),
//! so that later views (by ambition, nature, quarter), alerts and the trace of a figure down to
//! its workbook cells need nothing but this model and the returns it names.
//!
//! Amounts are exact [`Decimal`] euros, never rounded here: rounding to the cent happens only
//! when a figure is printed. Nothing here does I/O.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use pmo_model::model::{Campaign, Category, Nature, Origin, Project, Weather};

/// The whole portfolio of one year, as of one campaign.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Portfolio {
    pub year: i32,
    /// The cut-off asked for: no return of a later campaign was considered. `None`: each
    /// directorate's latest campaign.
    pub as_of: Option<Campaign>,
    /// Sorted by code.
    pub directorates: Vec<DirectorateFigures>,
    /// Sorted by directorate code, then project code. Requests (candidate projects) are not
    /// here: they count in no figure, and are listed apart in `requests`.
    pub projects: Vec<ProjectFigures>,
    /// The candidate projects (status Candidat in their latest return): what they ask for is a
    /// request (« demande »), counted in no budget voted, actual or landing total until it is
    /// approved (contract v1.1, section 5). Sorted like `projects`; each has `request` set.
    pub requests: Vec<ProjectFigures>,
    /// Every return the figures were computed from, sorted by directorate code then campaign.
    /// Returns of other years, of later campaigns than the cut-off, or superseded duplicates are
    /// not listed: nothing of them is in any figure.
    pub sources: Vec<ReturnRef>,
}

impl Portfolio {
    /// The projects of one directorate, in code order.
    pub fn projects_of<'a>(&'a self, directorate: &'a str) -> impl Iterator<Item = &'a ProjectFigures> + 'a {
        self.projects.iter().filter(move |p| p.directorate == directorate)
    }

    /// A project or a request of the directorate, by exact code.
    pub fn project(&self, directorate: &str, code: &str) -> Option<&ProjectFigures> {
        self.projects_and_requests().find(|p| p.directorate == directorate && p.code == code)
    }

    /// The projects, then the requests: every project of the year, counted in the figures or not.
    pub fn projects_and_requests(&self) -> impl Iterator<Item = &ProjectFigures> {
        self.projects.iter().chain(&self.requests)
    }

    pub fn directorate(&self, code: &str) -> Option<&DirectorateFigures> {
        self.directorates.iter().find(|d| d.code == code)
    }

    pub fn source(&self, return_id: i64) -> Option<&ReturnRef> {
        self.sources.iter().find(|s| s.id == return_id)
    }
}

/// How a return took part in the consolidation of its directorate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReturnRole {
    /// The BI return: budget voted and envelope. When the BI is also the latest campaign, the
    /// role is [`ReturnRole::BudgetAndCurrent`].
    Budget,
    /// The latest campaign: actual, landing.
    Current,
    /// The BI is the only campaign so far: it gives both the budget and the landing.
    BudgetAndCurrent,
    /// A campaign between the BI and the current one: the list of projects (to flag the ones
    /// missing from the latest return), their identity and météo, the figures of a project the
    /// current return no longer holds, and an envelope the later returns do not restate.
    Earlier,
}

/// A return the figures were computed from, as the store identified it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReturnRef {
    /// The store's id of the return ([`crate::SourceReturn::id`]).
    pub id: i64,
    pub directorate: String,
    pub campaign: Campaign,
    pub role: ReturnRole,
    pub file_name: String,
    pub imported_at: String,
}

/// One record of one return: which return, which list of [`pmo_model::model::ReturnData`]
/// (implied by the field holding the reference), at which index, and where the workbook had it.
/// With [`pmo_model::model::ReturnData::cell_of`] it gives the A1 cell of each of its figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RecordRef {
    pub return_id: i64,
    pub campaign: Campaign,
    /// Index in the return's list (`budget`, `statuses` or `projects`).
    pub index: usize,
    pub origin: Option<Origin>,
}

/// The figures of one quarter (of a budget line, a project or a directorate).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct QuarterFigures {
    /// Planned amount of the quarter in the BI return. `None` when the directorate has no BI
    /// return (the budget is unknown, not zero).
    pub budget_voted: Option<Decimal>,
    /// Planned amount of the quarter in the current return.
    pub planned: Decimal,
    /// Whether the campaign the figures come from has closed the quarter ([`Campaign::has_closed`]).
    pub closed: bool,
    /// Actual of the quarter in the current return when the quarter is closed, else 0: the
    /// quarters' `actual` add up to the project's actual.
    pub actual: Decimal,
    /// What the current return wrote as actual for a quarter its campaign has not closed yet.
    /// It counts in no figure; it is kept so that an alert can point at it. 0 for closed quarters.
    pub unclosed_actual: Decimal,
    /// `actual` when closed, else `planned` (0 for an Abandonné project: nothing more is planned).
    pub landing: Decimal,
}

impl QuarterFigures {
    fn add(&mut self, other: &QuarterFigures) {
        self.budget_voted = add_known(self.budget_voted, other.budget_voted);
        self.planned += other.planned;
        self.actual += other.actual;
        self.unclosed_actual += other.unclosed_actual;
        self.landing += other.landing;
    }
}

/// Sum of two possibly unknown amounts: unknown if either is.
fn add_known(a: Option<Decimal>, b: Option<Decimal>) -> Option<Decimal> {
    Some(a? + b?)
}

/// Sums quarter figures that share the same closing (same campaign): used for a project from
/// its lines and for a directorate from its projects. `closed` is taken from `closing`.
pub(crate) fn sum_quarters<'a>(
    closing: Campaign,
    budget_known: bool,
    parts: impl Iterator<Item = &'a [QuarterFigures; 4]>,
) -> [QuarterFigures; 4] {
    let mut total: [QuarterFigures; 4] = std::array::from_fn(|q| QuarterFigures {
        budget_voted: budget_known.then_some(Decimal::ZERO),
        closed: closing.has_closed(q + 1),
        ..QuarterFigures::default()
    });
    for part in parts {
        for (t, p) in total.iter_mut().zip(part.iter()) {
            t.add(p);
        }
    }
    total
}

/// The figures of one project for one nature and category: the finest grain the workbook has.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LineFigures {
    pub nature: Nature,
    pub category: Option<Category>,
    /// Index 0 = Q1 (T1).
    pub quarters: [QuarterFigures; 4],
    /// The BI budget lines summed into `budget_voted` (several when the workbook repeats a
    /// nature and category).
    pub budget_sources: Vec<RecordRef>,
    /// The current return's budget lines summed into `planned`, `actual` and `landing`.
    pub current_sources: Vec<RecordRef>,
}

/// A project's latest météo and where it was read.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WeatherReading {
    pub overall: Weather,
    pub date: NaiveDate,
    /// The record in the return's `statuses` list.
    pub source: RecordRef,
}

/// The consolidated figures of one project (contract section 5).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProjectFigures {
    /// Code of the directorate that owns the project.
    pub directorate: String,
    pub code: String,
    /// Name, status, ambition, initiative, manager… from the latest considered return that
    /// lists the project on its Projets sheet. When no return lists it there (its code only
    /// appears on budget lines, which a validated return never has), a record with the code as
    /// its name.
    pub identity: Project,
    /// The record `identity` was read from, if any.
    pub identity_source: Option<RecordRef>,
    /// Budget lines by nature then category (CAPEX before OPEX, categories in list order,
    /// no category first): the union of the BI's and the current return's lines.
    pub lines: Vec<LineFigures>,
    /// The lines summed per quarter.
    pub quarters: [QuarterFigures; 4],
    /// Σ planned Q1–Q4 in the BI return. `Some(0)` for a project absent from the BI return
    /// (`outside_initial_budget`); `None` when the directorate has no BI return at all, because
    /// then the budget is unknown, and a 0 would pass for a voted budget of nothing and turn
    /// every landing into an overrun.
    pub budget_voted: Option<Decimal>,
    /// Σ actual of the quarters the current campaign has closed, from the current return.
    pub actual: Decimal,
    /// Σ per quarter of actual (closed) or planned (open), from the current return.
    pub landing: Decimal,
    /// landing − budget voted; `None` when the budget is unknown.
    pub variance: Option<Decimal>,
    /// variance / budget voted, as a ratio (0.1 = 10 %); `None` when the budget is 0 or unknown.
    pub variance_ratio: Option<Decimal>,
    /// actual / budget voted, as a ratio; `None` when the budget is 0 or unknown.
    pub burn_rate: Option<Decimal>,
    /// "Hors budget initial": the directorate has a BI return and the project is not in it.
    pub outside_initial_budget: bool,
    /// In an earlier return of the year but not in the current one. Money spent stays spent:
    /// its actual and landing are those of the latest return that had it (`figures_campaign`).
    pub missing_from_latest: bool,
    /// The campaign of the return its planned, actual and landing come from: the directorate's
    /// current campaign, or for a project missing from it, the latest campaign that had it.
    pub figures_campaign: Campaign,
    /// Abandonné in its latest return: nothing more is planned, its landing is its actual.
    pub landing_is_actual: bool,
    /// `Some(Σ planned T1–T4)` when the project is a request (status Candidat in its latest
    /// return): then it is in [`Portfolio::requests`] and in no total.
    pub request: Option<Decimal>,
    /// The overall météo with the latest date among the project's statuses in the considered
    /// returns (on equal dates the later campaign wins, then the lower row of the sheet).
    pub weather: Option<WeatherReading>,
    /// The current campaign of the project's directorate.
    pub campaign: Campaign,
}

impl ProjectFigures {
    pub fn weather(&self) -> Option<Weather> {
        self.weather.as_ref().map(|w| w.overall)
    }
}

/// Where a directorate's portfolio stands against its envelope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    Over,
    Equal,
    Under,
}

impl Standing {
    /// The standing of a gap `figure − envelope`.
    pub fn of_gap(gap: Decimal) -> Standing {
        match gap.cmp(&Decimal::ZERO) {
            std::cmp::Ordering::Greater => Standing::Over,
            std::cmp::Ordering::Equal => Standing::Equal,
            std::cmp::Ordering::Less => Standing::Under,
        }
    }
}

/// A directorate's portfolio compared with its envelope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct EnvelopeComparison {
    pub envelope: Decimal,
    /// Σ budget voted − envelope: positive when the voted portfolio exceeds the envelope.
    /// `None` when the budget voted is unknown (no BI return, the envelope coming from a later one).
    pub budget_voted_gap: Option<Decimal>,
    /// Σ landing − envelope: positive when the portfolio is heading over the envelope.
    pub landing_gap: Decimal,
}

impl EnvelopeComparison {
    pub fn budget_voted_standing(&self) -> Option<Standing> {
        self.budget_voted_gap.map(Standing::of_gap)
    }

    pub fn landing_standing(&self) -> Standing {
        Standing::of_gap(self.landing_gap)
    }
}

/// A directorate's portfolio: the sums of its projects' figures.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DirectorateFigures {
    pub code: String,
    /// The name given by the latest considered return that gives one.
    pub name: Option<String>,
    /// The latest campaign considered (≤ the cut-off).
    pub campaign: Campaign,
    pub current_return: i64,
    /// The BI return, if the directorate has one.
    pub budget_return: Option<i64>,
    /// The envelope stated by the latest considered return that states one (contract v1.1:
    /// a later return's envelope replaces the BI's); `None` when no return states one.
    pub envelope: Option<Decimal>,
    /// The return the envelope was read from.
    pub envelope_return: Option<i64>,
    /// Its campaign.
    pub envelope_campaign: Option<Campaign>,
    /// Where the envelope was read (that return's Direction sheet), when known.
    pub envelope_source: Option<pmo_model::model::SourceCell>,
    /// The projects' quarters summed.
    pub quarters: [QuarterFigures; 4],
    /// `None` when the directorate has no BI return.
    pub budget_voted: Option<Decimal>,
    pub actual: Decimal,
    pub landing: Decimal,
    pub variance: Option<Decimal>,
    /// `None` when there is no envelope.
    pub envelope_comparison: Option<EnvelopeComparison>,
    /// Projects counted in the figures (requests excluded).
    pub project_count: usize,
    /// The directorate's requests (candidate projects): how many, and Σ of what they ask for.
    pub request_count: usize,
    pub requested: Decimal,
}

/// `numerator / denominator` when the denominator is known and not zero.
pub(crate) fn ratio(numerator: Option<Decimal>, denominator: Option<Decimal>) -> Option<Decimal> {
    let d = denominator?;
    if d.is_zero() {
        return None;
    }
    numerator?.checked_div(d)
}
