//! Capacity: each team's workload (man-days planned and actual, per quarter) against the man-days
//! it can give, the load rate, the overloaded teams and the projects that load them, and the
//! internal cost of the workload valued at the daily rate (TJM) where the workbook gives one.
//!
//! Figures come from each directorate's *current* return, chosen exactly as [`crate::consolidate`]
//! chooses it (latest campaign, at most the cut-off), so that the capacity view and the budget
//! figures always describe the same returns. Teams belong to a directorate: two directorates may
//! each have a team called "Développement", and they are two teams.
//!
//! Like the rest of the crate, nothing here does I/O or rounds: man-days, rates and costs are
//! exact decimals, and a load rate is an exact ratio, rounded only when printed
//! ([`capacity_json_text`]).

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use pmo_model::model::{Campaign, WorkloadLine};
use pmo_model::money::to_plain;
use pmo_model::text::{clean, fold};

use crate::consolidate::{considered_returns, SourceReturn};
use crate::figures::RecordRef;

/// The load above which a quarter is overloaded when no threshold is given: 100 % of capacity,
/// the default of the `alerts.team_load_pct` setting.
pub const DEFAULT_OVERLOAD_PCT: Decimal = Decimal::ONE_HUNDRED;

/// The workload of every team of a year against its capacity.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CapacityView {
    pub year: i32,
    /// The cut-off asked for (`None`: each directorate's latest campaign).
    pub as_of: Option<Campaign>,
    /// A quarter is overloaded when its load exceeds this percentage of capacity (100 = 100 %).
    pub overload_pct: Decimal,
    /// Overloaded teams first (worst quarter first), then teams with workload but no capacity,
    /// then the others (most loaded first); ties by directorate then team name.
    pub teams: Vec<TeamLoad>,
    /// Every project's workload over all its teams, by directorate then project code.
    pub projects: Vec<ProjectWorkload>,
}

impl CapacityView {
    /// The team of `directorate` whose name folds like `team` (case, accents and spaces ignored).
    pub fn team(&self, directorate: &str, team: &str) -> Option<&TeamLoad> {
        let key = fold(team);
        self.teams.iter().find(|t| t.directorate == directorate && fold(&t.team) == key)
    }

    pub fn project(&self, directorate: &str, code: &str) -> Option<&ProjectWorkload> {
        self.projects.iter().find(|p| p.directorate == directorate && p.project == code)
    }

    /// The teams with at least one overloaded quarter, worst first.
    pub fn overloaded(&self) -> impl Iterator<Item = &TeamLoad> {
        self.teams.iter().filter(|t| t.overloaded)
    }
}

/// One team of one directorate: its workload, capacity and load per quarter and over the year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TeamLoad {
    /// Code of the directorate the team belongs to.
    pub directorate: String,
    /// The team's name as first written: its first row on the Capacité sheet, else its first
    /// row on the Charges sheet (spaces collapsed). Rows whose names fold alike are one team.
    pub team: String,
    /// The directorate's current campaign, which decides the quarters whose actual counts.
    pub campaign: Campaign,
    /// The current return the workload and capacity were read from.
    pub return_id: i64,
    /// Index 0 = Q1 (T1).
    pub quarters: [TeamQuarter; 4],
    /// Σ planned man-days over the year.
    pub planned: Decimal,
    /// Σ actual man-days of the closed quarters.
    pub actual: Decimal,
    /// Σ capacity over the year; `None` when the Capacité sheet has no row for the team.
    pub capacity: Option<Decimal>,
    /// Planned ÷ capacity over the year, as a ratio (1.2 = 120 %); `None` when the capacity is
    /// unknown or 0.
    pub load: Option<Decimal>,
    /// The highest quarterly load; `None` when no quarter has a known, non-zero capacity.
    pub max_load: Option<Decimal>,
    /// Some quarter's load exceeds [`CapacityView::overload_pct`].
    pub overloaded: bool,
    /// Some quarter has planned workload and no capacity (no row, or 0): the load cannot be
    /// measured, which a PMO must hear about rather than read as "not overloaded".
    pub capacity_missing: bool,
    /// Internal cost of the planned man-days with a daily rate (Σ man-days × TJM); `None` when
    /// no workload row of the team gives a rate.
    pub planned_cost: Option<Decimal>,
    /// Same for the actual man-days of the closed quarters.
    pub actual_cost: Option<Decimal>,
    /// Planned man-days of rows without a daily rate, which no cost includes.
    pub unvalued_man_days: Decimal,
    /// The projects that load the team, largest planned workload first (then largest actual,
    /// then project code).
    pub projects: Vec<ProjectLoad>,
    /// The Capacité rows summed into the capacity (index in the return's `capacity` list).
    pub capacity_sources: Vec<RecordRef>,
}

/// One quarter of one team.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TeamQuarter {
    /// Planned man-days of the quarter in the current return.
    pub planned: Decimal,
    /// Whether the current campaign has closed the quarter.
    pub closed: bool,
    /// Actual man-days when the quarter is closed, else 0 (an actual written for an open quarter
    /// counts nowhere, as for amounts).
    pub actual: Decimal,
    /// Man-days the team can give; `None` when the Capacité sheet has no row for the team.
    pub capacity: Option<Decimal>,
    /// planned ÷ capacity, as a ratio; `None` when the capacity is unknown or 0.
    pub load: Option<Decimal>,
    /// The load exceeds the view's threshold (strictly: exactly 100 % is full, not over).
    pub overloaded: bool,
}

/// The workload one project puts on one team.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProjectLoad {
    pub project: String,
    pub man_days: ManDays,
    /// The Charges rows summed (index in the return's `workload` list).
    pub sources: Vec<RecordRef>,
}

/// The workload of one project over all the teams of its directorate.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProjectWorkload {
    pub directorate: String,
    pub project: String,
    pub man_days: ManDays,
}

/// Man-days and their internal cost, per quarter and over the year.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ManDays {
    /// Planned man-days per quarter (index 0 = Q1).
    pub planned: [Decimal; 4],
    /// Actual man-days per quarter, 0 for the quarters the campaign has not closed.
    pub actual: [Decimal; 4],
    pub planned_total: Decimal,
    pub actual_total: Decimal,
    /// Σ planned man-days × daily rate of the rows that give a rate; `None` when none does.
    pub planned_cost: Option<Decimal>,
    /// Σ actual man-days (closed quarters) × daily rate of the rows that give a rate.
    pub actual_cost: Option<Decimal>,
    /// Planned man-days of rows without a daily rate: the costs leave them out.
    pub unvalued_man_days: Decimal,
}

impl ManDays {
    fn add_line(&mut self, line: &WorkloadLine, campaign: Campaign) {
        let mut planned = Decimal::ZERO;
        let mut actual = Decimal::ZERO;
        for q in 0..4 {
            self.planned[q] += line.planned[q];
            planned += line.planned[q];
            if campaign.has_closed(q + 1) {
                self.actual[q] += line.actual[q];
                actual += line.actual[q];
            }
        }
        self.planned_total += planned;
        self.actual_total += actual;
        match line.daily_rate {
            Some(rate) => {
                self.planned_cost = Some(self.planned_cost.unwrap_or_default() + planned * rate);
                self.actual_cost = Some(self.actual_cost.unwrap_or_default() + actual * rate);
            }
            None => self.unvalued_man_days += planned,
        }
    }

    fn add(&mut self, other: &ManDays) {
        for q in 0..4 {
            self.planned[q] += other.planned[q];
            self.actual[q] += other.actual[q];
        }
        self.planned_total += other.planned_total;
        self.actual_total += other.actual_total;
        self.planned_cost = add_known(self.planned_cost, other.planned_cost);
        self.actual_cost = add_known(self.actual_cost, other.actual_cost);
        self.unvalued_man_days += other.unvalued_man_days;
    }
}

/// Sum of two partial costs: known as soon as one part is.
fn add_known(a: Option<Decimal>, b: Option<Decimal>) -> Option<Decimal> {
    match (a, b) {
        (None, None) => None,
        (a, b) => Some(a.unwrap_or_default() + b.unwrap_or_default()),
    }
}

/// The capacity view of `year` with the default overload threshold (100 %).
///
/// See [`capacity_with_threshold`].
pub fn capacity(year: i32, returns: &[SourceReturn], as_of: Option<Campaign>) -> CapacityView {
    capacity_with_threshold(year, returns, as_of, DEFAULT_OVERLOAD_PCT)
}

/// The capacity view of `year`: per directorate, the workload and capacity of its current return
/// (the latest campaign, at most `as_of`, as [`crate::consolidate`] chooses it), per team and
/// quarter. A quarter is overloaded when planned ÷ capacity exceeds `overload_pct` percent
/// (strictly; pass the `alerts.team_load_pct` setting, [`crate::AlertThresholds::team_load_pct`]).
///
/// Load rates use *planned* man-days, for closed quarters too: a team's load is what it was asked
/// to give, and the actual is shown beside it. Team names are matched with
/// [`pmo_model::text::fold`] within a directorate only. Never fails.
pub fn capacity_with_threshold(
    year: i32,
    returns: &[SourceReturn],
    as_of: Option<Campaign>,
    overload_pct: Decimal,
) -> CapacityView {
    let threshold = overload_pct / Decimal::ONE_HUNDRED;
    let mut teams = Vec::new();
    let mut projects = Vec::new();
    for (code, considered) in considered_returns(year, returns, as_of) {
        let Some(current) = considered.last().copied() else {
            continue;
        };
        directorate_teams(code, current, threshold, &mut teams, &mut projects);
    }
    teams.sort_by(|a, b| {
        sort_key(a)
            .cmp(&sort_key(b))
            .then_with(|| (&a.directorate, fold(&a.team)).cmp(&(&b.directorate, fold(&b.team))))
    });
    CapacityView { year, as_of, overload_pct, teams, projects }
}

/// Overloaded (0), then capacity missing (1), then the others (2); within a group, highest load
/// first (a team with no measurable load last).
fn sort_key(t: &TeamLoad) -> (u8, std::cmp::Reverse<Option<Decimal>>) {
    let group = if t.overloaded {
        0
    } else if t.capacity_missing {
        1
    } else {
        2
    };
    (group, std::cmp::Reverse(t.max_load))
}

/// A team being summed.
#[derive(Default)]
struct TeamAcc {
    /// First spelling on the Capacité sheet, and on the Charges sheet.
    capacity_name: Option<String>,
    workload_name: Option<String>,
    capacity: Option<[Decimal; 4]>,
    capacity_sources: Vec<RecordRef>,
    /// Project code → its load on the team.
    projects: BTreeMap<String, ProjectLoad>,
}

fn directorate_teams(
    code: &str,
    current: &SourceReturn,
    threshold: Decimal,
    teams: &mut Vec<TeamLoad>,
    projects: &mut Vec<ProjectWorkload>,
) {
    let campaign = current.data.campaign;
    let record = |index: usize, origin: &Option<pmo_model::model::Origin>| RecordRef {
        return_id: current.id,
        campaign,
        index,
        origin: origin.clone(),
    };

    let mut by_team: BTreeMap<String, TeamAcc> = BTreeMap::new();
    for (index, line) in current.data.capacity.iter().enumerate() {
        let acc = by_team.entry(fold(&line.team)).or_default();
        acc.capacity_name.get_or_insert_with(|| clean(&line.team));
        // Two rows for one team are both kept and added up, as the importer warns.
        let total = acc.capacity.get_or_insert([Decimal::ZERO; 4]);
        for (t, c) in total.iter_mut().zip(line.capacity) {
            *t += c;
        }
        acc.capacity_sources.push(record(index, &line.origin));
    }
    let mut by_project: BTreeMap<&str, ManDays> = BTreeMap::new();
    for (index, line) in current.data.workload.iter().enumerate() {
        let acc = by_team.entry(fold(&line.team)).or_default();
        acc.workload_name.get_or_insert_with(|| clean(&line.team));
        let load = acc.projects.entry(line.project.clone()).or_insert_with(|| ProjectLoad {
            project: line.project.clone(),
            man_days: ManDays::default(),
            sources: Vec::new(),
        });
        load.man_days.add_line(line, campaign);
        load.sources.push(record(index, &line.origin));
        by_project.entry(line.project.as_str()).or_default().add_line(line, campaign);
    }

    for acc in by_team.into_values() {
        teams.push(team_load(code, current, acc, threshold));
    }
    projects.extend(by_project.into_iter().map(|(project, man_days)| ProjectWorkload {
        directorate: code.to_string(),
        project: project.to_string(),
        man_days,
    }));
}

fn team_load(code: &str, current: &SourceReturn, acc: TeamAcc, threshold: Decimal) -> TeamLoad {
    let campaign = current.data.campaign;
    let mut work = ManDays::default();
    for p in acc.projects.values() {
        work.add(&p.man_days);
    }
    let quarters: [TeamQuarter; 4] = std::array::from_fn(|q| {
        let capacity = acc.capacity.map(|c| c[q]);
        let load = load_ratio(work.planned[q], capacity);
        TeamQuarter {
            planned: work.planned[q],
            closed: campaign.has_closed(q + 1),
            actual: work.actual[q],
            capacity,
            load,
            overloaded: load.is_some_and(|l| l > threshold),
        }
    });
    let capacity = acc.capacity.map(|c| c.iter().copied().sum::<Decimal>());
    let mut projects: Vec<ProjectLoad> = acc.projects.into_values().collect();
    projects.sort_by(|a, b| {
        (b.man_days.planned_total, b.man_days.actual_total)
            .cmp(&(a.man_days.planned_total, a.man_days.actual_total))
            .then_with(|| a.project.cmp(&b.project))
    });
    TeamLoad {
        directorate: code.to_string(),
        team: acc.capacity_name.or(acc.workload_name).unwrap_or_default(),
        campaign,
        return_id: current.id,
        planned: work.planned_total,
        actual: work.actual_total,
        capacity,
        load: load_ratio(work.planned_total, capacity),
        max_load: quarters.iter().filter_map(|q| q.load).max(),
        overloaded: quarters.iter().any(|q| q.overloaded),
        capacity_missing: quarters.iter().any(|q| q.planned > Decimal::ZERO && q.load.is_none()),
        planned_cost: work.planned_cost,
        actual_cost: work.actual_cost,
        unvalued_man_days: work.unvalued_man_days,
        quarters,
        projects,
        capacity_sources: acc.capacity_sources,
    }
}

/// planned ÷ capacity when the capacity is known and not zero.
fn load_ratio(planned: Decimal, capacity: Option<Decimal>) -> Option<Decimal> {
    capacity.filter(|c| !c.is_zero()).and_then(|c| planned.checked_div(c))
}

// ----- JSON ---------------------------------------------------------------------------------------

/// `pmo capacity --json`: the view with man-days, amounts and percentages as strings with two
/// decimals (`"112.50"`), `null` where unknown. Fields may be added, never renamed or removed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "CapacityView"))]
pub struct CapacityExport {
    pub year: i32,
    /// `BI`…`CL`, or null for each directorate's latest campaign.
    pub as_of: Option<Campaign>,
    pub overload_pct: String,
    /// In the view's order: overloaded teams first.
    pub teams: Vec<TeamRow>,
    pub projects: Vec<ProjectWorkloadRow>,
}

/// One team in the JSON.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TeamRow {
    pub directorate: String,
    pub team: String,
    pub campaign: Campaign,
    pub overloaded: bool,
    pub capacity_missing: bool,
    pub planned_man_days: String,
    pub actual_man_days: String,
    pub capacity_man_days: Option<String>,
    /// Planned ÷ capacity over the year, in percent.
    pub load_pct: Option<String>,
    /// The worst quarter's load, in percent.
    pub max_load_pct: Option<String>,
    pub planned_cost: Option<String>,
    pub actual_cost: Option<String>,
    pub unvalued_man_days: String,
    pub quarters: Vec<TeamQuarterRow>,
    pub projects: Vec<ProjectLoadRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TeamQuarterRow {
    /// 1–4.
    pub quarter: u8,
    pub closed: bool,
    pub planned_man_days: String,
    pub actual_man_days: String,
    pub capacity_man_days: Option<String>,
    pub load_pct: Option<String>,
    pub overloaded: bool,
}

/// A project's workload on one team, or over all its teams.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProjectLoadRow {
    pub project: String,
    /// Four values, Q1 to Q4.
    pub planned_man_days: Vec<String>,
    pub actual_man_days: Vec<String>,
    pub planned_total: String,
    pub actual_total: String,
    pub planned_cost: Option<String>,
    pub actual_cost: Option<String>,
    pub unvalued_man_days: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProjectWorkloadRow {
    pub directorate: String,
    #[serde(flatten)]
    pub load: ProjectLoadRow,
}

fn pct(ratio: Option<Decimal>) -> Option<String> {
    ratio.map(|r| to_plain(r * Decimal::ONE_HUNDRED))
}

impl ProjectLoadRow {
    fn from_man_days(project: &str, m: &ManDays) -> ProjectLoadRow {
        ProjectLoadRow {
            project: project.to_string(),
            planned_man_days: m.planned.iter().map(|d| to_plain(*d)).collect(),
            actual_man_days: m.actual.iter().map(|d| to_plain(*d)).collect(),
            planned_total: to_plain(m.planned_total),
            actual_total: to_plain(m.actual_total),
            planned_cost: m.planned_cost.map(to_plain),
            actual_cost: m.actual_cost.map(to_plain),
            unvalued_man_days: to_plain(m.unvalued_man_days),
        }
    }
}

impl TeamRow {
    pub fn from_team(t: &TeamLoad) -> TeamRow {
        TeamRow {
            directorate: t.directorate.clone(),
            team: t.team.clone(),
            campaign: t.campaign,
            overloaded: t.overloaded,
            capacity_missing: t.capacity_missing,
            planned_man_days: to_plain(t.planned),
            actual_man_days: to_plain(t.actual),
            capacity_man_days: t.capacity.map(to_plain),
            load_pct: pct(t.load),
            max_load_pct: pct(t.max_load),
            planned_cost: t.planned_cost.map(to_plain),
            actual_cost: t.actual_cost.map(to_plain),
            unvalued_man_days: to_plain(t.unvalued_man_days),
            quarters: t
                .quarters
                .iter()
                .zip(1u8..)
                .map(|(q, n)| TeamQuarterRow {
                    quarter: n,
                    closed: q.closed,
                    planned_man_days: to_plain(q.planned),
                    actual_man_days: to_plain(q.actual),
                    capacity_man_days: q.capacity.map(to_plain),
                    load_pct: pct(q.load),
                    overloaded: q.overloaded,
                })
                .collect(),
            projects: t.projects.iter().map(|p| ProjectLoadRow::from_man_days(&p.project, &p.man_days)).collect(),
        }
    }
}

/// The JSON rows of a capacity view.
pub fn capacity_export(view: &CapacityView) -> CapacityExport {
    CapacityExport {
        year: view.year,
        as_of: view.as_of,
        overload_pct: to_plain(view.overload_pct),
        teams: view.teams.iter().map(TeamRow::from_team).collect(),
        projects: view
            .projects
            .iter()
            .map(|p| ProjectWorkloadRow {
                directorate: p.directorate.clone(),
                load: ProjectLoadRow::from_man_days(&p.project, &p.man_days),
            })
            .collect(),
    }
}

/// `pmo capacity --json`: pretty-printed, in field order, ending with a newline.
pub fn capacity_json_text(view: &CapacityView) -> String {
    let mut text =
        serde_json::to_string_pretty(&capacity_export(view)).expect("the export holds only JSON-representable values");
    text.push('\n');
    text
}

/// What a team's man-days are the sum of: `planned` or `actual` workload (the Charges cells of
/// every project loading the team) or its `capacity` (the Capacité cells), each non-zero cell
/// with its project, quarter and A1 address. The cells add up exactly to `value`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ManDaysTrace {
    pub directorate: String,
    pub team: String,
    /// `planned`, `actual` or `capacity`.
    #[cfg_attr(feature = "ts", ts(type = "\"planned\" | \"actual\" | \"capacity\""))]
    pub figure: &'static str,
    /// `None` for a capacity the Capacité sheet does not give.
    #[serde(serialize_with = "crate::views::json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub value: Option<Decimal>,
    pub campaign: Campaign,
    pub return_id: i64,
    pub cells: Vec<ManDaysCell>,
}

/// One cell of a [`ManDaysTrace`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ManDaysCell {
    /// `None` for a capacity cell.
    pub project: Option<String>,
    pub quarter: u8,
    /// `Charges!E7`, when the workbook gave provenance.
    pub cell: Option<String>,
    #[serde(serialize_with = "crate::views::json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub value: Decimal,
}

/// The trace of a team's `planned`, `actual` or `capacity` man-days in `view` (computed from
/// `returns`); `None` for an unknown team or figure.
pub fn trace_man_days(
    view: &CapacityView,
    returns: &[SourceReturn],
    directorate: &str,
    team: &str,
    figure: &str,
) -> Option<ManDaysTrace> {
    let t = view.team(directorate, team)?;
    let data = &returns.iter().find(|r| r.id == t.return_id)?.data;
    let cell = |origin: &Option<pmo_model::model::Origin>, field: &str| origin.as_ref().and_then(|o| data.cell_of(o, field));
    let mut cells = Vec::new();
    let (figure, value) = match figure {
        "planned" | "actual" => {
            let planned = figure == "planned";
            for p in &t.projects {
                for source in &p.sources {
                    let Some(line) = data.workload.get(source.index) else { continue };
                    for q in 0..4 {
                        let v = if planned { line.planned[q] } else if t.quarters[q].closed { line.actual[q] } else { Decimal::ZERO };
                        if !v.is_zero() {
                            let field = if planned { pmo_model::contract::PLANNED[q] } else { pmo_model::contract::ACTUAL[q] };
                            cells.push(ManDaysCell { project: Some(p.project.clone()), quarter: q as u8 + 1, cell: cell(&line.origin, field), value: v });
                        }
                    }
                }
            }
            if planned { ("planned", Some(t.planned)) } else { ("actual", Some(t.actual)) }
        }
        "capacity" => {
            for source in &t.capacity_sources {
                let Some(line) = data.capacity.get(source.index) else { continue };
                for q in 0..4 {
                    if !line.capacity[q].is_zero() {
                        let field = pmo_model::contract::CAPACITY[q];
                        cells.push(ManDaysCell { project: None, quarter: q as u8 + 1, cell: cell(&line.origin, field), value: line.capacity[q] });
                    }
                }
            }
            ("capacity", t.capacity)
        }
        _ => return None,
    };
    Some(ManDaysTrace {
        directorate: t.directorate.clone(),
        team: t.team.clone(),
        figure,
        value,
        campaign: t.campaign,
        return_id: t.return_id,
        cells,
    })
}
