//! Views of a consolidated [`Portfolio`]: its totals and the same figures broken down by
//! directorate, strategic ambition and initiative, nature, category and quarter; project counts
//! by status and météo; the projects outside the initial budget or missing from the latest
//! return; the top drifts; each directorate against its envelope.
//!
//! These are what `pmo status`, the consolidated workbook, the CODIR pack and the desktop
//! dashboard show, so they must be complete (every project counted once in each breakdown, the
//! breakdowns summing to the totals) and stable (fixed row order, every closed-list value present
//! even at zero, so that two portfolios give comparable tables).
//!
//! Pure functions over a [`Portfolio`]: they never read anything else, never round (the JSON
//! form rounds, see below) and never fail.
//!
//! # JSON
//! The result types serialize to the JSON that `pmo status --json` and the desktop app read.
//! Amounts are strings with exactly two decimals and a dot (`"1234.50"`), as in the export
//! contract; ratios are strings with four decimals (`"0.1350"` = 13.5 %), rounded half-even;
//! `null` where unknown; closed-list values are their stable codes. In Rust the values stay exact.

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};

use rust_decimal::Decimal;
use serde::Serialize;

use pmo_model::i18n::{join_list, tr, Key, Lang};
use pmo_model::model::{Campaign, Category, Choice, Nature, ProjectStatus, Weather};
use pmo_model::text::{clean, fold};

use crate::figures::{ratio, DirectorateFigures, LineFigures, Portfolio, ProjectFigures, QuarterFigures, Standing};

/// How many projects [`summary`] lists as top drifts.
pub const SUMMARY_TOP_DRIFTS: usize = 10;

/// Serializers of the JSON forms described in the module documentation; shared with the diff
/// and with pmo-core's views for the desktop app (`#[serde(serialize_with = "json::amount")]`).
pub mod json {
    use pmo_model::money::to_plain;
    use rust_decimal::{Decimal, RoundingStrategy};
    use serde::Serializer;

    pub fn amount<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&to_plain(*d))
    }

    pub fn opt_amount<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_some(&to_plain(*d)),
            None => s.serialize_none(),
        }
    }

    /// Four decimals: a percentage with two, which is what every report prints.
    pub fn ratio_text(r: Decimal) -> String {
        let mut r = r.round_dp_with_strategy(4, RoundingStrategy::MidpointNearestEven);
        r.rescale(4);
        if r.is_zero() {
            r.set_sign_positive(true);
        }
        r.to_string()
    }

    pub fn opt_ratio<S: Serializer>(r: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match r {
            Some(r) => s.serialize_some(&ratio_text(*r)),
            None => s.serialize_none(),
        }
    }
}

/// The section-5 figures of a set of projects: a whole portfolio, a directorate, an ambition, a
/// nature… In JSON these fields are flattened into the row that holds them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Totals {
    /// Projects in the set (for a nature or category: projects with at least one budget line of it).
    pub project_count: usize,
    /// Projects of the set whose budget voted is unknown (their directorate has no BI return).
    /// When it is not 0, `budget_voted`, `variance` and the ratios are unknown.
    pub budget_unknown_count: usize,
    /// Σ budget voted; `None` when the budget of any project of the set is unknown (for the
    /// portfolio: when any directorate has no BI return), because a partial sum would pass for
    /// the whole budget.
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub budget_voted: Option<Decimal>,
    #[serde(serialize_with = "json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub actual: Decimal,
    #[serde(serialize_with = "json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub landing: Decimal,
    /// landing − budget voted; `None` when the budget voted is.
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub variance: Option<Decimal>,
    /// variance / budget voted, a ratio (0.1 = 10 %); `None` when the budget voted is 0 or unknown.
    #[serde(serialize_with = "json::opt_ratio")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub variance_ratio: Option<Decimal>,
    /// actual / budget voted, a ratio (0.25 = a quarter spent); `None` when the budget voted is 0
    /// or unknown.
    #[serde(serialize_with = "json::opt_ratio")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub burn_rate: Option<Decimal>,
}

impl Totals {
    fn new(
        project_count: usize,
        budget_unknown_count: usize,
        budget_voted: Option<Decimal>,
        actual: Decimal,
        landing: Decimal,
    ) -> Totals {
        let budget_voted = if budget_unknown_count > 0 { None } else { budget_voted };
        let variance = budget_voted.map(|b| landing - b);
        Totals {
            project_count,
            budget_unknown_count,
            budget_voted,
            actual,
            landing,
            variance,
            variance_ratio: ratio(variance, budget_voted),
            burn_rate: ratio(Some(actual), budget_voted),
        }
    }
}

/// Sums of a set of projects, each added once.
#[derive(Clone, Debug)]
struct Acc {
    projects: usize,
    unknown: usize,
    budget: Option<Decimal>,
    actual: Decimal,
    landing: Decimal,
}

impl Default for Acc {
    fn default() -> Acc {
        Acc { projects: 0, unknown: 0, budget: Some(Decimal::ZERO), actual: Decimal::ZERO, landing: Decimal::ZERO }
    }
}

impl Acc {
    /// Adds one project's (or one project's part's) amounts.
    fn add(&mut self, budget: Option<Decimal>, actual: Decimal, landing: Decimal) {
        self.projects += 1;
        if budget.is_none() {
            self.unknown += 1;
        }
        self.budget = self.budget.zip(budget).map(|(a, b)| a + b);
        self.actual += actual;
        self.landing += landing;
    }

    fn add_project(&mut self, p: &ProjectFigures) {
        self.add(p.budget_voted, p.actual, p.landing);
    }

    fn totals(&self) -> Totals {
        Totals::new(self.projects, self.unknown, self.budget, self.actual, self.landing)
    }
}

/// Whether a quarter's actuals are in, across the directorates summed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Closure {
    /// Every directorate's current campaign has closed the quarter: its landing is all actual.
    Closed,
    /// No directorate's current campaign has closed it (or there is no directorate): all planned.
    Open,
    /// Some have, some have not (directorates at different campaigns): a mix of actual and planned.
    Partial,
}

/// The figures of one quarter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct QuarterSummary {
    /// 1 to 4 (T1–T4).
    pub quarter: u8,
    pub closure: Closure,
    /// How many of the directorates summed have closed the quarter.
    pub closed_directorates: usize,
    /// The BI's planned amount of the quarter; `None` when a directorate summed has no BI return.
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub budget_voted: Option<Decimal>,
    /// The current returns' planned amount of the quarter (open or closed).
    #[serde(serialize_with = "json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub planned: Decimal,
    /// Actual of the directorates that closed the quarter.
    #[serde(serialize_with = "json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub actual: Decimal,
    /// Actual written for the quarter by directorates that have not closed it: in no figure.
    #[serde(serialize_with = "json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub unclosed_actual: Decimal,
    /// Actual where closed, planned where open.
    #[serde(serialize_with = "json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub landing: Decimal,
}

fn quarter_summaries<'a>(parts: impl Iterator<Item = &'a [QuarterFigures; 4]>) -> [QuarterSummary; 4] {
    let mut out: [QuarterSummary; 4] = std::array::from_fn(|q| QuarterSummary {
        quarter: q as u8 + 1,
        closure: Closure::Open,
        closed_directorates: 0,
        budget_voted: Some(Decimal::ZERO),
        planned: Decimal::ZERO,
        actual: Decimal::ZERO,
        unclosed_actual: Decimal::ZERO,
        landing: Decimal::ZERO,
    });
    let mut count = 0;
    for part in parts {
        count += 1;
        for (o, p) in out.iter_mut().zip(part.iter()) {
            o.closed_directorates += usize::from(p.closed);
            o.budget_voted = o.budget_voted.zip(p.budget_voted).map(|(a, b)| a + b);
            o.planned += p.planned;
            o.actual += p.actual;
            o.unclosed_actual += p.unclosed_actual;
            o.landing += p.landing;
        }
    }
    for o in &mut out {
        o.closure = match o.closed_directorates {
            0 => Closure::Open,
            n if n == count => Closure::Closed,
            _ => Closure::Partial,
        };
    }
    out
}

/// Per quarter, the portfolio's figures (sums of the directorates').
pub fn quarter_breakdown(p: &Portfolio) -> [QuarterSummary; 4] {
    quarter_summaries(p.directorates.iter().map(|d| &d.quarters))
}

/// The portfolio's totals: the sums of its directorates' figures.
pub fn portfolio_totals(p: &Portfolio) -> Totals {
    let mut projects = 0;
    let mut unknown = 0;
    let mut budget = Some(Decimal::ZERO);
    let (mut actual, mut landing) = (Decimal::ZERO, Decimal::ZERO);
    let by_directorate = projects_by_directorate(&p.projects);
    for d in &p.directorates {
        projects += d.project_count;
        unknown += projects_of(&by_directorate, &d.code).iter().filter(|x| x.budget_voted.is_none()).count();
        // A directorate without a BI return leaves the portfolio's budget unknown even when it
        // has no project yet: its budget is not known to be nothing.
        budget = budget.zip(d.budget_voted).map(|(a, b)| a + b);
        actual += d.actual;
        landing += d.landing;
    }
    Totals::new(projects, unknown, budget, actual, landing)
}

/// Project counts by status and by météo. Every value of each list is present, in list order,
/// followed by the projects without one (`status`/`weather` null), even at 0.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProjectCounts {
    pub total: usize,
    /// Candidate … Cancelled, then no status.
    pub by_status: Vec<StatusCount>,
    /// Sunny … Stormy, then no météo.
    pub by_weather: Vec<WeatherCount>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StatusCount {
    /// `None`: the project's latest record gives no status.
    pub status: Option<ProjectStatus>,
    pub count: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WeatherCount {
    /// `None`: the project has no météo in any considered return.
    pub weather: Option<Weather>,
    pub count: usize,
}

impl ProjectCounts {
    fn of<'a>(projects: impl Iterator<Item = &'a ProjectFigures>) -> ProjectCounts {
        let mut by_status: Vec<StatusCount> = ProjectStatus::ALL
            .iter()
            .map(|s| Some(*s))
            .chain([None])
            .map(|status| StatusCount { status, count: 0 })
            .collect();
        let mut by_weather: Vec<WeatherCount> = Weather::ALL
            .iter()
            .map(|w| Some(*w))
            .chain([None])
            .map(|weather| WeatherCount { weather, count: 0 })
            .collect();
        let mut total = 0;
        for p in projects {
            total += 1;
            if let Some(row) = by_status.iter_mut().find(|r| r.status == p.identity.status) {
                row.count += 1;
            }
            if let Some(row) = by_weather.iter_mut().find(|r| r.weather == p.weather()) {
                row.count += 1;
            }
        }
        ProjectCounts { total, by_status, by_weather }
    }

    /// The number of projects with this status (`None`: without a status).
    pub fn status(&self, status: Option<ProjectStatus>) -> usize {
        self.by_status.iter().find(|r| r.status == status).map_or(0, |r| r.count)
    }

    /// The number of projects with this météo (`None`: without a météo).
    pub fn weather(&self, weather: Option<Weather>) -> usize {
        self.by_weather.iter().find(|r| r.weather == weather).map_or(0, |r| r.count)
    }
}

/// Counts of the whole portfolio, projects missing from their latest return included (they are
/// still the directorate's projects of the year, with the status they last had), and requests
/// too (counted as Candidat: a count of projects by status is not a sum of money).
pub fn project_counts(p: &Portfolio) -> ProjectCounts {
    ProjectCounts::of(p.projects_and_requests())
}

/// One directorate: its figures, its envelope, its counts and its quarters.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DirectorateSummary {
    pub code: String,
    pub name: Option<String>,
    /// Its current campaign (≤ the cut-off): directorates may be at different campaigns.
    pub campaign: Campaign,
    /// Whether it has a BI return (else its budget voted is unknown).
    pub has_budget_return: bool,
    #[serde(flatten)]
    pub totals: Totals,
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub envelope: Option<Decimal>,
    /// Budget voted − envelope (positive: over); `None` without an envelope.
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub budget_voted_gap: Option<Decimal>,
    /// Landing − envelope (positive: over); `None` without an envelope.
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub landing_gap: Option<Decimal>,
    pub landing_standing: Option<Standing>,
    /// The campaign of the return its envelope was read from (the latest that states one).
    pub envelope_campaign: Option<Campaign>,
    /// Requests and projects alike, by status and météo.
    pub counts: ProjectCounts,
    pub quarters: [QuarterSummary; 4],
    /// Its candidate projects: how many, and Σ of what they ask for (in no other figure).
    pub request_count: usize,
    #[serde(serialize_with = "json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub requested: Decimal,
}

/// The projects of each directorate code, in the portfolio's order: what
/// [`Portfolio::projects_of`] gives, gathered in one pass (a portfolio of a hundred directorates
/// is not scanned once per directorate).
fn projects_by_directorate(projects: &[ProjectFigures]) -> HashMap<&str, Vec<&ProjectFigures>> {
    let mut out: HashMap<&str, Vec<&ProjectFigures>> = HashMap::new();
    for project in projects {
        out.entry(project.directorate.as_str()).or_default().push(project);
    }
    out
}

fn projects_of<'m, 'p>(
    by_directorate: &'m HashMap<&str, Vec<&'p ProjectFigures>>,
    code: &str,
) -> &'m [&'p ProjectFigures] {
    by_directorate.get(code).map_or(&[], Vec::as_slice)
}

fn directorate_summary(
    d: &DirectorateFigures,
    projects: &[&ProjectFigures],
    requests: &[&ProjectFigures],
) -> DirectorateSummary {
    let unknown = projects.iter().filter(|x| x.budget_voted.is_none()).count();
    DirectorateSummary {
        code: d.code.clone(),
        name: d.name.clone(),
        campaign: d.campaign,
        has_budget_return: d.budget_return.is_some(),
        totals: Totals::new(d.project_count, unknown, d.budget_voted, d.actual, d.landing),
        envelope: d.envelope,
        budget_voted_gap: d.envelope_comparison.and_then(|c| c.budget_voted_gap),
        landing_gap: d.envelope_comparison.map(|c| c.landing_gap),
        landing_standing: d.envelope_comparison.map(|c| c.landing_standing()),
        envelope_campaign: d.envelope_campaign,
        counts: ProjectCounts::of(projects.iter().chain(requests).copied()),
        quarters: quarter_summaries(std::iter::once(&d.quarters)),
        request_count: d.request_count,
        requested: d.requested,
    }
}

/// Every directorate of the portfolio, in code order.
pub fn directorate_breakdown(p: &Portfolio) -> Vec<DirectorateSummary> {
    let by_directorate = projects_by_directorate(&p.projects);
    let requests = projects_by_directorate(&p.requests);
    let mut rows: Vec<DirectorateSummary> = p
        .directorates
        .iter()
        .map(|d| directorate_summary(d, projects_of(&by_directorate, &d.code), projects_of(&requests, &d.code)))
        .collect();
    rows.sort_by(|a, b| a.code.cmp(&b.code));
    rows
}

/// A directorate with an envelope, against it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EnvelopeRow {
    pub code: String,
    pub name: Option<String>,
    pub campaign: Campaign,
    #[serde(serialize_with = "json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub envelope: Decimal,
    /// `None` when the directorate has no BI return (its envelope comes from a later return).
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub budget_voted: Option<Decimal>,
    #[serde(serialize_with = "json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub landing: Decimal,
    /// Budget voted − envelope: positive when the voted portfolio already exceeds the envelope;
    /// `None` when the budget voted is unknown.
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub budget_voted_gap: Option<Decimal>,
    pub budget_voted_standing: Option<Standing>,
    /// Landing − envelope: positive when the portfolio is heading over the envelope.
    #[serde(serialize_with = "json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub landing_gap: Decimal,
    pub landing_standing: Standing,
    /// landing gap / envelope, a ratio; `None` for an envelope of 0.
    #[serde(serialize_with = "json::opt_ratio")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub landing_gap_ratio: Option<Decimal>,
}

/// The directorates that have an envelope, against it, sorted by landing gap from the most over
/// to the most under (then by code). Directorates without an envelope are not listed: there is
/// nothing to compare (their [`DirectorateSummary::envelope`] is `None`).
pub fn envelope_comparisons(p: &Portfolio) -> Vec<EnvelopeRow> {
    let mut rows: Vec<EnvelopeRow> = p
        .directorates
        .iter()
        .filter_map(|d| {
            let c = d.envelope_comparison?;
            Some(EnvelopeRow {
                code: d.code.clone(),
                name: d.name.clone(),
                campaign: d.campaign,
                envelope: c.envelope,
                budget_voted: d.budget_voted,
                landing: d.landing,
                budget_voted_gap: c.budget_voted_gap,
                budget_voted_standing: c.budget_voted_standing(),
                landing_gap: c.landing_gap,
                landing_standing: c.landing_standing(),
                landing_gap_ratio: ratio(Some(c.landing_gap), Some(c.envelope)),
            })
        })
        .collect();
    rows.sort_by(|a, b| b.landing_gap.cmp(&a.landing_gap).then_with(|| a.code.cmp(&b.code)));
    rows
}

/// A free-text grouping key (ambition, initiative): typed by people, so "Client  d'abord" and
/// "client d'abord" are one group. Empty text is no value.
fn group_key(text: Option<&String>) -> Option<(String, String)> {
    let label = clean(text?);
    let key = fold(&label);
    (!key.is_empty()).then_some((key, label))
}

/// An initiative within an ambition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct InitiativeSummary {
    /// As first written (in directorate then project code order); `None`: projects without one.
    pub initiative: Option<String>,
    #[serde(flatten)]
    pub totals: Totals,
}

/// A strategic ambition and its initiatives.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AmbitionSummary {
    /// As first written (in directorate then project code order); `None`: projects without one.
    pub ambition: Option<String>,
    #[serde(flatten)]
    pub totals: Totals,
    /// Sorted like ambitions; they sum to the ambition's figures.
    pub initiatives: Vec<InitiativeSummary>,
}

/// Sort key of a free-text group: named groups in folded order, then the unnamed one.
type GroupKey = (bool, String);

fn sort_key(key: &Option<(String, String)>) -> GroupKey {
    match key {
        Some((k, _)) => (false, k.clone()),
        None => (true, String::new()),
    }
}

/// The portfolio by strategic ambition, then initiative within each, as written on the projects'
/// latest Projets records. Texts that differ only by case, accents, spaces or punctuation are one
/// group, labelled as first written. Named groups come in alphabetical (folded) order and the
/// projects without an ambition (or initiative) last. Every project is in exactly one ambition
/// and one of its initiatives.
pub fn ambition_breakdown<'p>(p: &'p Portfolio) -> Vec<AmbitionSummary> {
    struct Group {
        label: Option<String>,
        acc: Acc,
        initiatives: BTreeMap<GroupKey, (Option<String>, Acc)>,
    }
    let mut groups: BTreeMap<GroupKey, Group> = BTreeMap::new();
    // Thousands of projects share a few dozen texts: each is cleaned and folded once.
    let mut keys: HashMap<Option<&str>, Option<(String, String)>> = HashMap::new();
    let mut key_of = |text: Option<&'p String>| {
        keys.entry(text.map(String::as_str)).or_insert_with(|| group_key(text)).clone()
    };
    for project in &p.projects {
        let ambition = key_of(project.identity.ambition.as_ref());
        let group = groups.entry(sort_key(&ambition)).or_insert_with(|| Group {
            label: ambition.map(|(_, label)| label),
            acc: Acc::default(),
            initiatives: BTreeMap::new(),
        });
        group.acc.add_project(project);
        let initiative = key_of(project.identity.initiative.as_ref());
        group
            .initiatives
            .entry(sort_key(&initiative))
            .or_insert_with(|| (initiative.map(|(_, label)| label), Acc::default()))
            .1
            .add_project(project);
    }
    groups
        .into_values()
        .map(|g| AmbitionSummary {
            ambition: g.label,
            totals: g.acc.totals(),
            initiatives: g
                .initiatives
                .into_values()
                .map(|(initiative, acc)| InitiativeSummary { initiative, totals: acc.totals() })
                .collect(),
        })
        .collect()
}

/// A category's figures (within a nature, or across both).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CategorySummary {
    /// `None`: budget lines without a category.
    pub category: Option<Category>,
    #[serde(flatten)]
    pub totals: Totals,
}

/// A nature's figures and its categories.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NatureSummary {
    pub nature: Nature,
    #[serde(flatten)]
    pub totals: Totals,
    /// As in [`category_breakdown`], within this nature.
    pub categories: Vec<CategorySummary>,
}

/// A budget line's budget voted (unknown without a BI return), actual and landing.
fn line_amounts(q: &[QuarterFigures; 4]) -> (Option<Decimal>, Decimal, Decimal) {
    (q.iter().map(|q| q.budget_voted).sum(), q.iter().map(|q| q.actual).sum(), q.iter().map(|q| q.landing).sum())
}

fn add_amounts(
    a: (Option<Decimal>, Decimal, Decimal),
    b: (Option<Decimal>, Decimal, Decimal),
) -> (Option<Decimal>, Decimal, Decimal) {
    (a.0.zip(b.0).map(|(x, y)| x + y), a.1 + b.1, a.2 + b.2)
}

/// Index of a category row: the list's order, then "no category" last.
fn category_index(c: Option<Category>) -> usize {
    c.and_then(|c| Category::ALL.iter().position(|x| *x == c)).unwrap_or(Category::ALL.len())
}

/// Category rows in list order then "no category": the five categories always (at 0 when no line
/// has them), "no category" only when some line has none.
fn category_rows(accs: Vec<Acc>) -> Vec<CategorySummary> {
    accs.into_iter()
        .enumerate()
        .filter(|(i, acc)| *i < Category::ALL.len() || acc.projects > 0)
        .map(|(i, acc)| CategorySummary { category: Category::ALL.get(i).copied(), totals: acc.totals() })
        .collect()
}

/// Per-project sums of its lines by a key, then added once per project into `accs`.
fn add_by<K: Ord>(
    accs: &mut [Acc],
    project: &ProjectFigures,
    key: impl Fn(&LineFigures) -> K,
    index: impl Fn(&K) -> usize,
) {
    let mut parts: BTreeMap<K, (Option<Decimal>, Decimal, Decimal)> = BTreeMap::new();
    for line in &project.lines {
        let amounts = line_amounts(&line.quarters);
        parts.entry(key(line)).and_modify(|a| *a = add_amounts(*a, amounts)).or_insert(amounts);
    }
    for (k, (budget, actual, landing)) in parts {
        accs[index(&k)].add(budget, actual, landing);
    }
}

/// The portfolio by category of budget line, across natures: Internal, External, Licences,
/// Hardware, Other (always, even at 0), then lines without a category (when there are some).
/// A project counts once in each category it has lines of; a project without budget lines is in
/// none. The rows sum to the portfolio's amounts, since a project's figures are its lines' sums.
pub fn category_breakdown(p: &Portfolio) -> Vec<CategorySummary> {
    let mut accs = vec![Acc::default(); Category::ALL.len() + 1];
    for project in &p.projects {
        add_by(&mut accs, project, |l| category_index(l.category), |i| *i);
    }
    category_rows(accs)
}

/// The portfolio by nature (CAPEX then OPEX, both always), each with its categories as in
/// [`category_breakdown`]. A project counts once in each nature it has lines of.
pub fn nature_breakdown(p: &Portfolio) -> Vec<NatureSummary> {
    let natures = Nature::ALL.len();
    let categories = Category::ALL.len() + 1;
    let mut by_nature = vec![Acc::default(); natures];
    let mut by_pair = vec![Acc::default(); natures * categories];
    let nature_index = |n: Nature| Nature::ALL.iter().position(|x| *x == n).unwrap_or(0);
    for project in &p.projects {
        add_by(&mut by_nature, project, |l| nature_index(l.nature), |i| *i);
        add_by(
            &mut by_pair,
            project,
            |l| (nature_index(l.nature), category_index(l.category)),
            |(n, c)| n * categories + c,
        );
    }
    let mut pairs = by_pair.into_iter();
    Nature::ALL
        .iter()
        .zip(by_nature)
        .map(|(nature, acc)| NatureSummary {
            nature: *nature,
            totals: acc.totals(),
            categories: category_rows(pairs.by_ref().take(categories).collect()),
        })
        .collect()
}

/// One project's figures, as listed among drifts, additions, and the like.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProjectSummary {
    pub directorate: String,
    pub code: String,
    pub name: String,
    pub status: Option<ProjectStatus>,
    pub weather: Option<Weather>,
    pub ambition: Option<String>,
    pub initiative: Option<String>,
    /// The current campaign of its directorate.
    pub campaign: Campaign,
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub budget_voted: Option<Decimal>,
    #[serde(serialize_with = "json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub actual: Decimal,
    #[serde(serialize_with = "json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub landing: Decimal,
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub variance: Option<Decimal>,
    /// A ratio; `None` when the budget voted is 0 or unknown.
    #[serde(serialize_with = "json::opt_ratio")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub variance_ratio: Option<Decimal>,
    /// A ratio; `None` when the budget voted is 0 or unknown.
    #[serde(serialize_with = "json::opt_ratio")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub burn_rate: Option<Decimal>,
    /// "Hors budget initial".
    pub outside_initial_budget: bool,
    pub missing_from_latest: bool,
    /// The campaign its actual and landing come from (for a project missing from its
    /// directorate's current return: the latest campaign that had it).
    pub figures_campaign: Campaign,
    /// A candidate project: what it asks for (Σ planned), counted in no total; `None` otherwise.
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub request: Option<Decimal>,
}

impl ProjectSummary {
    pub fn of(p: &ProjectFigures) -> ProjectSummary {
        ProjectSummary {
            directorate: p.directorate.clone(),
            code: p.code.clone(),
            name: p.identity.name.clone(),
            status: p.identity.status,
            weather: p.weather(),
            ambition: p.identity.ambition.clone(),
            initiative: p.identity.initiative.clone(),
            campaign: p.campaign,
            budget_voted: p.budget_voted,
            actual: p.actual,
            landing: p.landing,
            variance: p.variance,
            variance_ratio: p.variance_ratio,
            burn_rate: p.burn_rate,
            outside_initial_budget: p.outside_initial_budget,
            missing_from_latest: p.missing_from_latest,
            figures_campaign: p.figures_campaign,
            request: p.request,
        }
    }
}

/// The `limit` projects that drift most: the largest |variance| first (overruns and underruns
/// alike: both upset the budget), then by directorate and code. Projects whose variance is 0 or
/// unknown (no BI return) are not drifts and are never listed.
pub fn top_drifts(p: &Portfolio, limit: usize) -> Vec<ProjectSummary> {
    let mut drifting: Vec<&ProjectFigures> =
        p.projects.iter().filter(|x| x.variance.is_some_and(|v| !v.is_zero())).collect();
    drifting.sort_by_key(|x| (Reverse(x.variance.unwrap_or_default().abs()), x.directorate.as_str(), x.code.as_str()));
    drifting.into_iter().take(limit).map(ProjectSummary::of).collect()
}

/// The projects "hors budget initial" (their directorate has a BI return and they are not in
/// it), by directorate and code.
pub fn outside_initial_budget_projects(p: &Portfolio) -> Vec<ProjectSummary> {
    listed(p, |x| x.outside_initial_budget)
}

/// The projects of an earlier return of the year that their directorate's current return no
/// longer lists (they keep the actual and landing of the latest return that had them), by
/// directorate and code.
pub fn missing_from_latest_projects(p: &Portfolio) -> Vec<ProjectSummary> {
    listed(p, |x| x.missing_from_latest)
}

fn listed(p: &Portfolio, keep: impl Fn(&ProjectFigures) -> bool) -> Vec<ProjectSummary> {
    let mut rows: Vec<ProjectSummary> = p.projects.iter().filter(|x| keep(x)).map(ProjectSummary::of).collect();
    rows.sort_by(|a, b| (&a.directorate, &a.code).cmp(&(&b.directorate, &b.code)));
    rows
}

/// Everything a status screen shows of one portfolio, in one value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PortfolioSummary {
    pub year: i32,
    /// The cut-off of the consolidation; `None`: each directorate's latest campaign.
    pub as_of: Option<Campaign>,
    pub totals: Totals,
    pub counts: ProjectCounts,
    pub quarters: [QuarterSummary; 4],
    /// By code.
    pub directorates: Vec<DirectorateSummary>,
    /// Directorates with an envelope, most over first ([`envelope_comparisons`]).
    pub envelopes: Vec<EnvelopeRow>,
    pub ambitions: Vec<AmbitionSummary>,
    pub natures: Vec<NatureSummary>,
    pub categories: Vec<CategorySummary>,
    /// The [`SUMMARY_TOP_DRIFTS`] largest drifts ([`top_drifts`]).
    pub top_drifts: Vec<ProjectSummary>,
    pub outside_initial_budget: Vec<ProjectSummary>,
    pub missing_from_latest: Vec<ProjectSummary>,
    /// The candidate projects, apart from every figure above.
    pub requests: Requests,
    /// Which campaign each directorate's figures come from, and who has not returned the
    /// campaign asked (or the latest one).
    pub coverage: Coverage,
}

/// Where each directorate's figures come from, against the campaign a view is about: the
/// cut-off asked, else the latest campaign any directorate returned. A view never names that
/// campaign as the source of figures that come from an older return (contract v1.1, section 5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Coverage {
    /// The campaign the view is about; `None` when there is no return at all.
    pub campaign: Option<Campaign>,
    /// Whether at least one directorate returned `campaign` itself.
    pub campaign_returned: bool,
    /// Every expected directorate, by code: those with figures and the known ones without.
    pub directorates: Vec<DirectorateCoverage>,
}

/// One directorate's place in a [`Coverage`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DirectorateCoverage {
    pub code: String,
    /// The campaign its figures come from (its latest return up to the cut-off); `None`: no
    /// return at all for the year, its figures are unknown.
    pub campaign: Option<Campaign>,
    /// It has returned the coverage's campaign.
    pub up_to_date: bool,
}

impl Coverage {
    /// The directorates that have not returned the campaign: behind, or with no return at all.
    pub fn behind(&self) -> impl Iterator<Item = &DirectorateCoverage> {
        self.directorates.iter().filter(|d| !d.up_to_date)
    }

    /// Every directorate is at the same campaign, the one the view is about.
    pub fn complete(&self) -> bool {
        self.campaign.is_some() && self.directorates.iter().all(|d| d.up_to_date)
    }

    /// The campaigns the figures come from, oldest first, each once.
    pub fn campaigns(&self) -> Vec<Campaign> {
        let mut out: Vec<Campaign> = self.directorates.iter().filter_map(|d| d.campaign).collect();
        out.sort();
        out.dedup();
        out
    }

    /// The sentence a view or report must show when its figures do not all come from the
    /// campaign it is about; `None` when every directorate returned it. It never names that
    /// campaign as the source of figures: when nobody returned it, it says where each
    /// directorate's figures come from instead, latest campaign first.
    pub fn describe(&self, lang: Lang) -> Option<String> {
        let campaign = self.campaign?;
        if self.complete() {
            return None;
        }
        let none: Vec<String> = self.directorates.iter().filter(|d| d.campaign.is_none()).map(|d| d.code.clone()).collect();
        if !self.campaign_returned {
            let mut groups: Vec<String> = self
                .campaigns()
                .into_iter()
                .rev()
                .map(|c| {
                    let codes: Vec<String> =
                        self.directorates.iter().filter(|d| d.campaign == Some(c)).map(|d| d.code.clone()).collect();
                    tr(lang, Key::CoverageSourceGroup, &[("campaign", &c.code()), ("list", &join_list(&codes, lang))])
                })
                .collect();
            if !none.is_empty() {
                groups.push(tr(lang, Key::CoverageNoReturnGroup, &[("list", &join_list(&none, lang))]));
            }
            return Some(tr(
                lang,
                Key::CoverageNoneReturned,
                &[("campaign", &campaign.code()), ("sources", &join_list(&groups, lang))],
            ));
        }
        let items: Vec<String> = self
            .behind()
            .map(|d| match d.campaign {
                Some(last) => {
                    tr(lang, Key::CoverageBehindItem, &[("directorate", &d.code), ("last", &last.code())])
                }
                None => tr(lang, Key::CoverageNoReturnItem, &[("directorate", &d.code)]),
            })
            .collect();
        Some(tr(lang, Key::CoverageBehind, &[("campaign", &campaign.code()), ("list", &join_list(&items, lang))]))
    }
}

/// The coverage of a portfolio: its directorates, plus `known_directorates` (codes expected to
/// return, e.g. every directorate the store knows; matched ignoring case and accents) that have
/// no return up to the cut-off. The campaign is the portfolio's cut-off, else the latest any
/// directorate returned.
pub fn coverage(p: &Portfolio, known_directorates: &[String]) -> Coverage {
    let latest = p.directorates.iter().map(|d| d.campaign).max();
    let campaign = p.as_of.or(latest);
    let mut rows: BTreeMap<String, DirectorateCoverage> = BTreeMap::new();
    for d in &p.directorates {
        rows.insert(
            fold(&d.code),
            DirectorateCoverage { code: d.code.clone(), campaign: Some(d.campaign), up_to_date: Some(d.campaign) == campaign },
        );
    }
    for code in known_directorates {
        let code = code.trim();
        if !code.is_empty() {
            rows.entry(fold(code)).or_insert_with(|| DirectorateCoverage {
                code: code.to_string(),
                campaign: None,
                up_to_date: false,
            });
        }
    }
    let mut directorates: Vec<DirectorateCoverage> = rows.into_values().collect();
    directorates.sort_by(|a, b| a.code.cmp(&b.code));
    Coverage { campaign, campaign_returned: latest.is_some() && latest == campaign, directorates }
}

/// The candidate projects of a portfolio: requests (« demandes »), shown apart because they count
/// in no budget voted, actual or landing until approved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Requests {
    pub count: usize,
    /// Σ of what they ask for (planned T1–T4 of their latest return).
    #[serde(serialize_with = "json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub amount: Decimal,
    /// By directorate and code.
    pub projects: Vec<ProjectSummary>,
}

/// The portfolio's requests (candidate projects), by directorate and code.
pub fn requests(p: &Portfolio) -> Requests {
    let mut projects: Vec<ProjectSummary> = p.requests.iter().map(ProjectSummary::of).collect();
    projects.sort_by(|a, b| (&a.directorate, &a.code).cmp(&(&b.directorate, &b.code)));
    Requests { count: projects.len(), amount: p.requests.iter().filter_map(|r| r.request).sum(), projects }
}

/// Every view of the portfolio at once (each is also available alone), its coverage counting only
/// the directorates that have figures.
pub fn summary(p: &Portfolio) -> PortfolioSummary {
    summary_expecting(p, &[])
}

/// [`summary`] with a coverage that also names the `expected` directorates without any return up
/// to the cut-off ([`coverage`]).
pub fn summary_expecting(p: &Portfolio, expected: &[String]) -> PortfolioSummary {
    PortfolioSummary {
        year: p.year,
        as_of: p.as_of,
        totals: portfolio_totals(p),
        counts: project_counts(p),
        quarters: quarter_breakdown(p),
        directorates: directorate_breakdown(p),
        envelopes: envelope_comparisons(p),
        ambitions: ambition_breakdown(p),
        natures: nature_breakdown(p),
        categories: category_breakdown(p),
        top_drifts: top_drifts(p, SUMMARY_TOP_DRIFTS),
        outside_initial_budget: outside_initial_budget_projects(p),
        missing_from_latest: missing_from_latest_projects(p),
        requests: requests(p),
        coverage: coverage(p, expected),
    }
}
