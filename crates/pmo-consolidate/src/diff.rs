//! What changed between two campaigns of one year (`pmo diff --from R1 --to R2`): projects
//! added, removed and re-scoped; landing deltas per project and directorate; the variance
//! bridges a CODIR reads (budget voted → landing, landing then → landing now); météo changes and
//! milestones moved.
//!
//! Both sides are [`consolidate`]d with the campaign as cut-off, so each directorate is taken at
//! its latest return up to that campaign: a directorate that has not sent a return for `to` yet
//! is compared as of its latest one (and flagged), never dropped.
//!
//! Pure: no I/O, no clock ("late" is judged against the milestones' own baseline dates), no
//! rounding, no failure. Amounts and ratios serialize as in [`crate::views`] (amounts `"1234.50"`,
//! ratios with four decimals).

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use pmo_model::model::{Campaign, Category, Milestone, Nature, ProjectStatus, Weather};
use pmo_model::text::fold;

use crate::consolidate::{consolidate, SourceReturn};
use crate::figures::{ratio, Portfolio, ProjectFigures};
use crate::views::json;

/// How many projects a bridge shows before grouping the rest into one "others" step, by default.
pub const DEFAULT_BRIDGE_STEPS: usize = 10;

/// Settings of a comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiffOptions {
    /// Project steps a bridge shows, largest first, before one "others" step sums the rest;
    /// `None`: every project has its own step.
    pub bridge_steps: Option<usize>,
    /// A project's landing that moves by at least this share of its earlier landing (0.2 = 20 %)
    /// counts as re-scoped ([`RescopeReason::LandingChanged`]).
    pub rescope_landing_share: Decimal,
}

impl Default for DiffOptions {
    fn default() -> DiffOptions {
        DiffOptions { bridge_steps: Some(DEFAULT_BRIDGE_STEPS), rescope_landing_share: Decimal::new(20, 2) }
    }
}

/// The changes between two campaigns of one year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CampaignDiff {
    pub year: i32,
    pub from: Campaign,
    pub to: Campaign,
    /// `true` when `from` is not before `to`: nothing was compared, every list is empty and every
    /// amount 0. The caller says so (and may offer to swap them) rather than show "no change".
    pub refused: bool,
    /// Σ landing of the portfolio as of `from` and as of `to`, and the difference.
    #[serde(serialize_with = "json::amount")]
    pub landing_from: Decimal,
    #[serde(serialize_with = "json::amount")]
    pub landing_to: Decimal,
    #[serde(serialize_with = "json::amount")]
    pub landing_delta: Decimal,
    /// Σ budget voted as of `to`; `None` when a directorate has no BI return.
    #[serde(serialize_with = "json::opt_amount")]
    pub budget_voted: Option<Decimal>,
    /// Every directorate of either side, largest |landing delta| first, then by code.
    pub directorates: Vec<DirectorateDelta>,
    /// Codes of the directorates with no return for `to`, compared as of their latest campaign
    /// before it (sorted).
    pub directorates_without_return_for_to: Vec<String>,
    /// In their directorate's current return as of `to`, not as of `from`; largest |delta| first.
    pub added: Vec<ProjectDelta>,
    /// In their directorate's current return as of `from`, not as of `to`; largest |delta| first.
    pub removed: Vec<ProjectDelta>,
    /// In both, with at least one [`RescopeReason`]; largest |delta| first.
    pub rescoped: Vec<Rescope>,
    /// Every project whose landing changed (added and removed ones included), largest |delta|
    /// first, then by directorate and code. Projects whose landing did not move are left out.
    pub landing_deltas: Vec<ProjectDelta>,
    /// From Σ budget voted to Σ landing as of `to` ([`variance_bridge`]).
    pub budget_bridge: Bridge,
    /// From Σ landing as of `from` to Σ landing as of `to`, one step per project's landing delta.
    pub landing_bridge: Bridge,
    /// Worse ones first.
    pub weather_changes: Vec<WeatherChange>,
    /// Largest slip first.
    pub milestones_moved: Vec<MilestoneMove>,
}

/// One directorate's landing as of both campaigns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DirectorateDelta {
    pub code: String,
    pub name: Option<String>,
    /// Its campaign as of `from`; `None` when it had sent no return by then.
    pub campaign_from: Option<Campaign>,
    /// Its campaign as of `to` (≤ `to`).
    pub campaign_to: Option<Campaign>,
    /// It has no return for `to`: its figures at `to` are those of `campaign_to`.
    pub no_return_for_to: bool,
    /// The same return is current at both campaigns, so none of its figures can have changed.
    pub unchanged_return: bool,
    #[serde(serialize_with = "json::opt_amount")]
    pub budget_voted: Option<Decimal>,
    #[serde(serialize_with = "json::opt_amount")]
    pub envelope: Option<Decimal>,
    #[serde(serialize_with = "json::amount")]
    pub landing_from: Decimal,
    #[serde(serialize_with = "json::amount")]
    pub landing_to: Decimal,
    #[serde(serialize_with = "json::amount")]
    pub landing_delta: Decimal,
}

/// One project's landing as of both campaigns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProjectDelta {
    pub directorate: String,
    pub code: String,
    /// Its latest name up to `to`.
    pub name: String,
    /// In its directorate's current return as of `from` / as of `to`.
    pub in_from: bool,
    pub in_to: bool,
    pub status_from: Option<ProjectStatus>,
    pub status_to: Option<ProjectStatus>,
    /// As of `to` (the BI's, the same on both sides).
    #[serde(serialize_with = "json::opt_amount")]
    pub budget_voted: Option<Decimal>,
    /// 0 where the project is not in the current return.
    #[serde(serialize_with = "json::amount")]
    pub landing_from: Decimal,
    #[serde(serialize_with = "json::amount")]
    pub landing_to: Decimal,
    #[serde(serialize_with = "json::amount")]
    pub landing_delta: Decimal,
    /// delta / landing as of `from`, a ratio; `None` when that landing is 0.
    #[serde(serialize_with = "json::opt_ratio")]
    pub landing_delta_ratio: Option<Decimal>,
}

/// A project in both campaigns whose scope changed, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Rescope {
    #[serde(flatten)]
    pub project: ProjectDelta,
    /// In the order of the variants of [`RescopeReason`]; never empty.
    pub reasons: Vec<RescopeReason>,
}

/// A budget line's identity: nature and category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LineKey {
    pub nature: Nature,
    pub category: Option<Category>,
}

/// Why a project counts as re-scoped. A project is re-scoped when, between its directorate's
/// current returns as of `from` and as of `to`:
/// - it was stopped or resumed: its status changed to or from on hold or cancelled (other moves,
///   such as approved → in progress → done, are its normal life);
/// - its end date moved (both dates known and different);
/// - the set of its budget lines (nature × category) changed: a kind of spending appeared or
///   disappeared;
/// - its landing moved by at least [`DiffOptions::rescope_landing_share`] of its earlier landing
///   (any move from a landing of 0).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RescopeReason {
    StatusChanged {
        before: Option<ProjectStatus>,
        after: Option<ProjectStatus>,
    },
    EndDateMoved {
        before: NaiveDate,
        after: NaiveDate,
        /// after − before in days: positive when the end was pushed back.
        days: i64,
    },
    /// In list order (CAPEX first, no category before the listed ones).
    LinesAdded {
        lines: Vec<LineKey>,
    },
    LinesRemoved {
        lines: Vec<LineKey>,
    },
    LandingChanged {
        #[serde(serialize_with = "json::amount")]
        before: Decimal,
        #[serde(serialize_with = "json::amount")]
        after: Decimal,
        /// (after − before) / before, a ratio; `None` when before is 0.
        #[serde(serialize_with = "json::opt_ratio")]
        ratio: Option<Decimal>,
    },
}

/// A waterfall from one total to another: `start` + Σ `steps[].amount` = `end`, exactly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Bridge {
    #[serde(serialize_with = "json::amount")]
    pub start: Decimal,
    /// Project steps largest |amount| first (then by directorate and code), then the
    /// [`StepKind::Unbudgeted`] step, then the [`StepKind::Others`] step, each only when needed.
    /// Projects that contribute 0 have no step.
    pub steps: Vec<BridgeStep>,
    #[serde(serialize_with = "json::amount")]
    pub end: Decimal,
}

/// What a bridge step stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// One project.
    Project,
    /// The landing of the projects whose budget voted is unknown (directorates without a BI
    /// return): the budget bridge starts from the known budget, so they enter it whole.
    Unbudgeted,
    /// The projects beyond the bridge's limit, summed.
    Others,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BridgeStep {
    pub kind: StepKind,
    /// The project's, for a [`StepKind::Project`] step only.
    pub directorate: Option<String>,
    pub code: Option<String>,
    pub name: Option<String>,
    /// Projects summed in the step (1 for a project step).
    pub project_count: usize,
    #[serde(serialize_with = "json::amount")]
    pub amount: Decimal,
    /// start + this step and every step before it: where the bar ends in a waterfall chart.
    #[serde(serialize_with = "json::amount")]
    pub running_total: Decimal,
}

/// Better or worse, on the Sunny → Stormy scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WeatherTrend {
    Worse,
    Better,
}

/// A project whose météo differs between the two campaigns (both known).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WeatherChange {
    pub directorate: String,
    pub code: String,
    pub name: String,
    pub before: Weather,
    pub after: Weather,
    pub trend: WeatherTrend,
    /// The dates of the two statuses.
    pub date_before: NaiveDate,
    pub date_after: NaiveDate,
}

/// A milestone of the same project and name in both campaigns' current returns whose forecast
/// moved or which became late.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MilestoneMove {
    pub directorate: String,
    pub project: String,
    /// As written in the `to` return.
    pub milestone: String,
    /// As of `to`.
    pub baseline: Option<NaiveDate>,
    pub forecast_from: Option<NaiveDate>,
    pub forecast_to: Option<NaiveDate>,
    /// forecast_to − forecast_from in days (positive: slipped); `None` unless both are known.
    pub days: Option<i64>,
    /// Late (« en retard »): not reached and due (its forecast, else its baseline) before the
    /// day its return speaks for (the return's submission date, else the last day of the
    /// quarters its campaign closed). A milestone that merely moved behind its baseline is not
    /// late: it has slipped (`behind_baseline_*`).
    pub late_from: bool,
    pub late_to: bool,
    /// Late as of `to` and not as of `from`.
    pub newly_late: bool,
    /// Its forecast (or actual date, once reached) is after its baseline (« glisse »).
    pub behind_baseline_from: bool,
    pub behind_baseline_to: bool,
    /// Forecast (or actual) as of `to` − baseline, in days; `None` unless both are known.
    pub baseline_slip_days: Option<i64>,
}

/// The changes between two campaigns of `year` with the default [`DiffOptions`]; see
/// [`diff_with`].
pub fn diff(year: i32, returns: &[SourceReturn], from: Campaign, to: Campaign) -> CampaignDiff {
    diff_with(year, returns, from, to, &DiffOptions::default())
}

/// The changes between two campaigns of `year`: the returns are consolidated as of `from` and as
/// of `to` ([`consolidate`] with each as cut-off), then compared. `from` must come before `to`;
/// otherwise the diff is [`CampaignDiff::refused`] and empty. To compare with the latest
/// campaign, pass [`latest_campaign`].
pub fn diff_with(
    year: i32,
    returns: &[SourceReturn],
    from: Campaign,
    to: Campaign,
    options: &DiffOptions,
) -> CampaignDiff {
    if from >= to {
        return CampaignDiff::empty(year, from, to, true);
    }
    let before = consolidate(year, returns, Some(from));
    let after = consolidate(year, returns, Some(to));
    compare(&before, &after, returns, from, to, options)
}

/// The latest campaign of any return of `year`: the `to` of "BI → latest".
pub fn latest_campaign(year: i32, returns: &[SourceReturn]) -> Option<Campaign> {
    returns.iter().filter(|r| r.data.year == year).map(|r| r.data.campaign).max()
}

impl CampaignDiff {
    fn empty(year: i32, from: Campaign, to: Campaign, refused: bool) -> CampaignDiff {
        let bridge = Bridge { start: Decimal::ZERO, steps: Vec::new(), end: Decimal::ZERO };
        CampaignDiff {
            year,
            from,
            to,
            refused,
            landing_from: Decimal::ZERO,
            landing_to: Decimal::ZERO,
            landing_delta: Decimal::ZERO,
            budget_voted: Some(Decimal::ZERO),
            directorates: Vec::new(),
            directorates_without_return_for_to: Vec::new(),
            added: Vec::new(),
            removed: Vec::new(),
            rescoped: Vec::new(),
            landing_deltas: Vec::new(),
            budget_bridge: bridge.clone(),
            landing_bridge: bridge,
            weather_changes: Vec::new(),
            milestones_moved: Vec::new(),
        }
    }
}

/// A project on both sides (either may be absent from a portfolio).
struct Pair<'a> {
    before: Option<&'a ProjectFigures>,
    after: Option<&'a ProjectFigures>,
}

/// In its directorate's current return.
fn present(p: Option<&ProjectFigures>) -> bool {
    p.is_some_and(|p| !p.missing_from_latest)
}

fn landing(p: Option<&ProjectFigures>) -> Decimal {
    p.map_or(Decimal::ZERO, |p| p.landing)
}

fn by_abs_delta(a: &ProjectDelta, b: &ProjectDelta) -> std::cmp::Ordering {
    b.landing_delta
        .abs()
        .cmp(&a.landing_delta.abs())
        .then_with(|| (&a.directorate, &a.code).cmp(&(&b.directorate, &b.code)))
}

fn compare(
    before: &Portfolio,
    after: &Portfolio,
    returns: &[SourceReturn],
    from: Campaign,
    to: Campaign,
    options: &DiffOptions,
) -> CampaignDiff {
    let mut diff = CampaignDiff::empty(after.year, from, to, false);

    let mut pairs: BTreeMap<(&str, &str), Pair> = BTreeMap::new();
    for p in &before.projects {
        pairs.entry((&p.directorate, &p.code)).or_insert(Pair { before: None, after: None }).before = Some(p);
    }
    for p in &after.projects {
        pairs.entry((&p.directorate, &p.code)).or_insert(Pair { before: None, after: None }).after = Some(p);
    }

    for pair in pairs.values() {
        let delta = project_delta(pair);
        let reasons = if delta.in_from && delta.in_to {
            rescope_reasons(pair, &delta, options.rescope_landing_share)
        } else {
            Vec::new()
        };
        if let Some(change) = weather_change(pair) {
            diff.weather_changes.push(change);
        }
        match (delta.in_from, delta.in_to) {
            (false, true) => diff.added.push(delta.clone()),
            (true, false) => diff.removed.push(delta.clone()),
            _ => {}
        }
        if !reasons.is_empty() {
            diff.rescoped.push(Rescope { project: delta.clone(), reasons });
        }
        if !delta.landing_delta.is_zero() {
            diff.landing_deltas.push(delta);
        }
    }
    diff.added.sort_by(by_abs_delta);
    diff.removed.sort_by(by_abs_delta);
    diff.rescoped.sort_by(|a, b| by_abs_delta(&a.project, &b.project));
    diff.landing_deltas.sort_by(by_abs_delta);
    diff.weather_changes.sort_by_key(|w| {
        (w.trend != WeatherTrend::Worse, Reverse(w.after), Reverse(w.before), w.directorate.clone(), w.code.clone())
    });

    diff.landing_from = before.projects.iter().map(|p| p.landing).sum();
    diff.landing_to = after.projects.iter().map(|p| p.landing).sum();
    diff.landing_delta = diff.landing_to - diff.landing_from;
    diff.budget_voted = after.directorates.iter().map(|d| d.budget_voted).sum();
    diff.budget_bridge = variance_bridge(after, options.bridge_steps);
    diff.landing_bridge = bridge(
        diff.landing_from,
        pairs.values().map(|pair| {
            let p = pair.after.or(pair.before).expect("a pair has at least one side");
            (p, landing(pair.after) - landing(pair.before))
        }),
        None,
        diff.landing_to,
        options.bridge_steps,
    );

    diff.directorates = directorate_deltas(before, after, to);
    diff.directorates_without_return_for_to =
        diff.directorates.iter().filter(|d| d.no_return_for_to).map(|d| d.code.clone()).collect();
    diff.directorates_without_return_for_to.sort();
    diff.milestones_moved = milestone_moves(before, after, returns);
    diff
}

fn project_delta(pair: &Pair) -> ProjectDelta {
    let latest = pair.after.or(pair.before).expect("a pair has at least one side");
    let (landing_from, landing_to) = (landing(pair.before), landing(pair.after));
    let landing_delta = landing_to - landing_from;
    ProjectDelta {
        directorate: latest.directorate.clone(),
        code: latest.code.clone(),
        name: latest.identity.name.clone(),
        in_from: present(pair.before),
        in_to: present(pair.after),
        status_from: pair.before.and_then(|p| p.identity.status),
        status_to: pair.after.and_then(|p| p.identity.status),
        budget_voted: latest.budget_voted,
        landing_from,
        landing_to,
        landing_delta,
        landing_delta_ratio: ratio(Some(landing_delta), Some(landing_from)),
    }
}

fn current_lines(p: &ProjectFigures) -> Vec<LineKey> {
    p.lines
        .iter()
        .filter(|l| !l.current_sources.is_empty())
        .map(|l| LineKey { nature: l.nature, category: l.category })
        .collect()
}

fn stopped(s: Option<ProjectStatus>) -> bool {
    matches!(s, Some(ProjectStatus::OnHold | ProjectStatus::Cancelled))
}

fn rescope_reasons(pair: &Pair, delta: &ProjectDelta, share: Decimal) -> Vec<RescopeReason> {
    let (Some(before), Some(after)) = (pair.before, pair.after) else { return Vec::new() };
    let mut reasons = Vec::new();
    let (s0, s1) = (before.identity.status, after.identity.status);
    if s0 != s1 && (stopped(s0) || stopped(s1)) {
        reasons.push(RescopeReason::StatusChanged { before: s0, after: s1 });
    }
    if let (Some(e0), Some(e1)) = (before.identity.end, after.identity.end) {
        if e0 != e1 {
            reasons.push(RescopeReason::EndDateMoved { before: e0, after: e1, days: (e1 - e0).num_days() });
        }
    }
    // Lines come sorted by nature then category in both, so the differences are sorted too.
    let (l0, l1) = (current_lines(before), current_lines(after));
    let added: Vec<LineKey> = l1.iter().filter(|l| !l0.contains(l)).copied().collect();
    let removed: Vec<LineKey> = l0.iter().filter(|l| !l1.contains(l)).copied().collect();
    if !added.is_empty() {
        reasons.push(RescopeReason::LinesAdded { lines: added });
    }
    if !removed.is_empty() {
        reasons.push(RescopeReason::LinesRemoved { lines: removed });
    }
    let moved = !delta.landing_delta.is_zero() && delta.landing_delta.abs() >= share * delta.landing_from.abs();
    if moved {
        reasons.push(RescopeReason::LandingChanged {
            before: delta.landing_from,
            after: delta.landing_to,
            ratio: delta.landing_delta_ratio,
        });
    }
    reasons
}

fn weather_change(pair: &Pair) -> Option<WeatherChange> {
    let (w0, w1) = (pair.before?.weather.as_ref()?, pair.after?.weather.as_ref()?);
    let trend = match w1.overall.cmp(&w0.overall) {
        std::cmp::Ordering::Greater => WeatherTrend::Worse,
        std::cmp::Ordering::Less => WeatherTrend::Better,
        std::cmp::Ordering::Equal => return None,
    };
    let p = pair.after?;
    Some(WeatherChange {
        directorate: p.directorate.clone(),
        code: p.code.clone(),
        name: p.identity.name.clone(),
        before: w0.overall,
        after: w1.overall,
        trend,
        date_before: w0.date,
        date_after: w1.date,
    })
}

/// The bridge from Σ budget voted to Σ landing of a portfolio: one step per project, its variance,
/// largest first; beyond `limit` project steps, one "others" step. The projects whose budget is
/// unknown (no BI return) have no variance: `start` is the budget voted of the others and one
/// [`StepKind::Unbudgeted`] step brings in their whole landing, so that `end` is always the
/// portfolio's landing and the steps always sum to `end − start`.
pub fn variance_bridge(p: &Portfolio, limit: Option<usize>) -> Bridge {
    let start: Decimal = p.projects.iter().filter_map(|x| x.budget_voted).sum();
    let unbudgeted: Vec<&ProjectFigures> = p.projects.iter().filter(|x| x.budget_voted.is_none()).collect();
    let unbudgeted = (!unbudgeted.is_empty()).then(|| (unbudgeted.len(), unbudgeted.iter().map(|x| x.landing).sum()));
    let end = p.projects.iter().map(|x| x.landing).sum();
    bridge(start, p.projects.iter().filter_map(|x| Some((x, x.variance?))), unbudgeted, end, limit)
}

fn bridge<'a>(
    start: Decimal,
    items: impl Iterator<Item = (&'a ProjectFigures, Decimal)>,
    unbudgeted: Option<(usize, Decimal)>,
    end: Decimal,
    limit: Option<usize>,
) -> Bridge {
    let mut items: Vec<(&ProjectFigures, Decimal)> = items.filter(|(_, amount)| !amount.is_zero()).collect();
    items.sort_by_key(|(p, amount)| (Reverse(amount.abs()), p.directorate.as_str(), p.code.as_str()));
    let shown = limit.unwrap_or(items.len()).min(items.len());
    let mut steps: Vec<BridgeStep> = items[..shown]
        .iter()
        .map(|(p, amount)| BridgeStep {
            kind: StepKind::Project,
            directorate: Some(p.directorate.clone()),
            code: Some(p.code.clone()),
            name: Some(p.identity.name.clone()),
            project_count: 1,
            amount: *amount,
            running_total: Decimal::ZERO,
        })
        .collect();
    let group = |kind, project_count, amount| BridgeStep {
        kind,
        directorate: None,
        code: None,
        name: None,
        project_count,
        amount,
        running_total: Decimal::ZERO,
    };
    if let Some((count, amount)) = unbudgeted.filter(|(_, amount)| !amount.is_zero()) {
        steps.push(group(StepKind::Unbudgeted, count, amount));
    }
    let rest = &items[shown..];
    if !rest.is_empty() {
        steps.push(group(StepKind::Others, rest.len(), rest.iter().map(|(_, a)| *a).sum()));
    }
    let mut running = start;
    for step in &mut steps {
        running += step.amount;
        step.running_total = running;
    }
    Bridge { start, steps, end }
}

fn directorate_deltas(before: &Portfolio, after: &Portfolio, to: Campaign) -> Vec<DirectorateDelta> {
    let mut codes: Vec<&str> = before.directorates.iter().chain(&after.directorates).map(|d| d.code.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    let mut rows: Vec<DirectorateDelta> = codes
        .into_iter()
        .map(|code| {
            let (d0, d1) = (before.directorate(code), after.directorate(code));
            let landing_from = d0.map_or(Decimal::ZERO, |d| d.landing);
            let landing_to = d1.map_or(Decimal::ZERO, |d| d.landing);
            DirectorateDelta {
                code: code.to_string(),
                name: d1.or(d0).and_then(|d| d.name.clone()),
                campaign_from: d0.map(|d| d.campaign),
                campaign_to: d1.map(|d| d.campaign),
                no_return_for_to: d1.is_none_or(|d| d.campaign != to),
                unchanged_return: matches!((d0, d1), (Some(a), Some(b)) if a.current_return == b.current_return),
                budget_voted: d1.and_then(|d| d.budget_voted),
                envelope: d1.and_then(|d| d.envelope),
                landing_from,
                landing_to,
                landing_delta: landing_to - landing_from,
            }
        })
        .collect();
    rows.sort_by(|a, b| b.landing_delta.abs().cmp(&a.landing_delta.abs()).then_with(|| a.code.cmp(&b.code)));
    rows
}

/// Forecast (or actual) after baseline: the milestone slipped.
fn behind_baseline(m: &Milestone) -> bool {
    matches!((m.actual.or(m.forecast), m.baseline), (Some(date), Some(baseline)) if date > baseline)
}

/// Not reached and due before `on`: the milestone is late.
fn late(m: &Milestone, on: Option<NaiveDate>) -> bool {
    match (m.actual, m.forecast.or(m.baseline), on) {
        (None, Some(due), Some(on)) => due < on,
        _ => false,
    }
}

/// The day a return speaks for: its submission date, else the last day of the last quarter its
/// campaign closed (`None` for a BI without a date: nothing can be late yet).
fn judged_on(r: &SourceReturn) -> Option<NaiveDate> {
    r.data.submitted_on.or_else(|| {
        let q = r.data.campaign.closed_quarters();
        (q > 0).then(|| {
            let first_of_next = if q == 4 {
                NaiveDate::from_ymd_opt(r.data.year + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(r.data.year, 3 * q as u32 + 1, 1)
            };
            first_of_next.and_then(|d| d.pred_opt())
        })?
    })
}

/// Milestones of one return keyed by (project, folded name, occurrence): the k-th milestone of a
/// name in a project is compared with the k-th of the same name on the other side.
fn milestones_by_key(ms: &[Milestone]) -> BTreeMap<(&str, String, usize), &Milestone> {
    let mut seen: HashMap<(&str, String), usize> = HashMap::new();
    let mut out = BTreeMap::new();
    for m in ms {
        let name = fold(&m.name);
        let n = seen.entry((m.project.as_str(), name.clone())).or_insert(0);
        out.insert((m.project.as_str(), name, *n), m);
        *n += 1;
    }
    out
}

/// Milestones of each directorate's current return as of `to` against the same milestone in its
/// current return as of `from`. Milestones on one side only are neither moved nor newly late.
fn milestone_moves(before: &Portfolio, after: &Portfolio, returns: &[SourceReturn]) -> Vec<MilestoneMove> {
    let by_id: HashMap<i64, &SourceReturn> = returns.iter().map(|r| (r.id, r)).collect();
    let mut moves = Vec::new();
    for d1 in &after.directorates {
        let Some(d0) = before.directorate(&d1.code) else { continue };
        if d0.current_return == d1.current_return {
            continue;
        }
        let (Some(r0), Some(r1)) = (by_id.get(&d0.current_return), by_id.get(&d1.current_return)) else { continue };
        let old = milestones_by_key(&r0.data.milestones);
        for (key, m1) in milestones_by_key(&r1.data.milestones) {
            let Some(m0) = old.get(&key) else { continue };
            let (late_from, late_to) = (late(m0, judged_on(r0)), late(m1, judged_on(r1)));
            let newly_late = late_to && !late_from;
            let (behind_baseline_from, behind_baseline_to) = (behind_baseline(m0), behind_baseline(m1));
            if m0.forecast == m1.forecast && !newly_late && behind_baseline_from == behind_baseline_to {
                continue;
            }
            moves.push(MilestoneMove {
                directorate: d1.code.clone(),
                project: m1.project.clone(),
                milestone: m1.name.clone(),
                baseline: m1.baseline,
                forecast_from: m0.forecast,
                forecast_to: m1.forecast,
                days: m0.forecast.zip(m1.forecast).map(|(a, b)| (b - a).num_days()),
                late_from,
                late_to,
                newly_late,
                behind_baseline_from,
                behind_baseline_to,
                baseline_slip_days: m1.actual.or(m1.forecast).zip(m1.baseline).map(|(d, b)| (d - b).num_days()),
            });
        }
    }
    moves.sort_by(|a, b| {
        // Slips first, largest first; then advances; then moves without two dates.
        let key = |m: &MilestoneMove| Reverse(m.days.map_or(i64::MIN, |d| d));
        key(a)
            .cmp(&key(b))
            .then_with(|| (&a.directorate, &a.project, &a.milestone).cmp(&(&b.directorate, &b.project, &b.milestone)))
    });
    moves
}
