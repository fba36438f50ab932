//! From the current returns of a year to the consolidated figures of contract section 5.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use rust_decimal::Decimal;

use pmo_model::model::{Campaign, Category, Choice, Nature, Project, ProjectStatus, ReturnData};

use crate::figures::{
    ratio, sum_quarters, DirectorateFigures, EnvelopeComparison, LineFigures, Portfolio, ProjectFigures,
    QuarterFigures, RecordRef, ReturnRef, ReturnRole, WeatherReading,
};

/// One return as the store hands it over: its content and how the store knows it.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceReturn {
    /// The store's id of the return; every [`RecordRef`] of the figures names it.
    pub id: i64,
    /// The return's content, amounts already in euros.
    pub data: ReturnData,
    /// When the store imported it (as the store writes it); carried into [`ReturnRef`] for reports.
    pub imported_at: String,
    /// The workbook's file name; carried into [`ReturnRef`] for reports and traces.
    pub file_name: String,
}

/// Computes the consolidated figures of `year` from the *current* returns (the ones not
/// superseded) of any directorates and campaigns.
///
/// Per directorate, the current return is its latest campaign, at most `as_of` when given, and
/// the budget return is its BI. Returns of other years and of campaigns after `as_of` are
/// ignored. A directorate with no return up to `as_of` does not appear. Should two returns share
/// a directorate and campaign (the store passes only current ones, so this is a caller's slip),
/// the higher id, the later import, wins, and the other is ignored.
///
/// Never fails and never rounds: every figure is an exact sum of the returns' amounts.
pub fn consolidate(year: i32, returns: &[SourceReturn], as_of: Option<Campaign>) -> Portfolio {
    let mut portfolio = Portfolio {
        year,
        as_of,
        directorates: Vec::new(),
        projects: Vec::new(),
        requests: Vec::new(),
        sources: Vec::new(),
    };
    for (code, considered) in considered_returns(year, returns, as_of) {
        let Some(current) = considered.last().copied() else { continue };
        let budget = considered.first().copied().filter(|r| r.data.campaign == Campaign::Bi);
        consolidate_directorate(code, &considered, current, budget, &mut portfolio);
    }
    portfolio
}

/// A return as known before its records are read: what decides the part it plays in a
/// consolidation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReturnKey<'a> {
    /// The store's id of the return ([`SourceReturn::id`]).
    pub id: i64,
    pub directorate: &'a str,
    pub year: i32,
    pub campaign: Campaign,
}

impl SourceReturn {
    fn key(&self) -> ReturnKey<'_> {
        ReturnKey { id: self.id, directorate: &self.data.directorate, year: self.data.year, campaign: self.data.campaign }
    }
}

/// The role each return plays in [`consolidate`]`(year, returns, as_of)` (the
/// [`crate::ReturnRef::role`] of the portfolio's sources), decided from the returns' keys alone
/// by the same rule, in directorate then campaign order; a return the consolidation does not
/// consider is absent. What a caller needs to read only the records each role contributes:
///
/// - every role: the projects (the list of projects, their identity), the statuses (météo), the
///   budget lines (a project missing from a later return keeps the figures of the latest return
///   that had it) and the Direction key cells (the latest return stating an envelope gives it);
/// - [`ReturnRole::Current`] and [`ReturnRole::BudgetAndCurrent`] also, for capacity and alerts,
///   the workload, capacity, risks and milestones.
///
/// Nothing else of a return is read by [`consolidate`], [`crate::alerts`],
/// [`crate::capacity`] or [`crate::diff`] (which consolidates as of both its campaigns and
/// compares the milestones of the two current returns); the project records
/// ([`crate::ProjectRecords`]) and the trace read more.
pub fn roles(year: i32, returns: &[ReturnKey<'_>], as_of: Option<Campaign>) -> Vec<(i64, ReturnRole)> {
    let mut out = Vec::new();
    for considered in considered_by(year, returns, |k| *k, as_of).into_values() {
        let Some(current) = considered.last() else { continue };
        let budget = considered.first().filter(|k| k.campaign == Campaign::Bi);
        out.extend(considered.iter().map(|k| (k.id, role(k.id, current.id, budget.map(|b| b.id)))));
    }
    out
}

/// How the return `id` takes part in a directorate's consolidation whose current return is
/// `current` and budget return `budget`.
fn role(id: i64, current: i64, budget: Option<i64>) -> ReturnRole {
    match (id == current, budget == Some(id)) {
        (true, true) => ReturnRole::BudgetAndCurrent,
        (true, false) => ReturnRole::Current,
        (false, true) => ReturnRole::Budget,
        (false, false) => ReturnRole::Earlier,
    }
}

/// The returns [`consolidate`] reads, per directorate code (sorted): those of `year` up to
/// `as_of`, one per campaign (the higher id when two share a campaign), oldest campaign first, so
/// that the last one is the directorate's current return. Never an empty list.
///
/// Every other computation over "the current returns" (capacity, alerts) goes through here, so
/// that it can never pick a different return than the figures did.
pub(crate) fn considered_returns(
    year: i32,
    returns: &[SourceReturn],
    as_of: Option<Campaign>,
) -> BTreeMap<&str, Vec<&SourceReturn>> {
    considered_by(year, returns, SourceReturn::key, as_of)
}

/// [`considered_returns`] of anything with a [`ReturnKey`]: the one rule [`roles`] shares.
fn considered_by<'r, T>(
    year: i32,
    returns: &'r [T],
    key: impl Fn(&'r T) -> ReturnKey<'r>,
    as_of: Option<Campaign>,
) -> BTreeMap<&'r str, Vec<&'r T>> {
    // (directorate, campaign) → return: keeps one return per identity, in campaign order.
    let mut by_directorate: BTreeMap<&str, BTreeMap<Campaign, (i64, &T)>> = BTreeMap::new();
    for r in returns {
        let k = key(r);
        if k.year != year || as_of.is_some_and(|cut| k.campaign > cut) {
            continue;
        }
        let slot = by_directorate.entry(k.directorate).or_default();
        match slot.get(&k.campaign) {
            Some((kept, _)) if *kept >= k.id => {}
            _ => {
                slot.insert(k.campaign, (k.id, r));
            }
        }
    }
    by_directorate
        .into_iter()
        .map(|(code, campaigns)| (code, campaigns.into_values().map(|(_, r)| r).collect()))
        .collect()
}

fn consolidate_directorate(
    code: &str,
    considered: &[&SourceReturn],
    current: &SourceReturn,
    budget: Option<&SourceReturn>,
    portfolio: &mut Portfolio,
) {
    let campaign = current.data.campaign;
    for r in considered {
        let role = role(r.id, current.id, budget.map(|b| b.id));
        portfolio.sources.push(ReturnRef {
            id: r.id,
            directorate: code.to_string(),
            campaign: r.data.campaign,
            role,
            file_name: r.file_name.clone(),
            imported_at: r.imported_at.clone(),
        });
    }

    let codes: BTreeSet<&str> = considered.iter().flat_map(|r| project_codes(&r.data)).collect();
    let index = DirectorateIndex::new(considered, current, budget);
    let first_project = portfolio.projects.len();
    let first_request = portfolio.requests.len();
    for project in codes {
        let figures = consolidate_project(code, project, &index, current, budget);
        if figures.request.is_some() {
            portfolio.requests.push(figures);
        } else {
            portfolio.projects.push(figures);
        }
    }
    let projects = &portfolio.projects[first_project..];
    let requests = &portfolio.requests[first_request..];

    let budget_known = budget.is_some();
    let quarters = sum_quarters(campaign, budget_known, projects.iter().map(|p| &p.quarters));
    let budget_voted = budget_known.then(|| quarters.iter().filter_map(|q| q.budget_voted).sum());
    let actual: Decimal = quarters.iter().map(|q| q.actual).sum();
    let landing: Decimal = quarters.iter().map(|q| q.landing).sum();
    // The latest return that states an envelope: a directorate that revises its envelope in a
    // reforecast is judged against the revised one (contract v1.1, section 5).
    let envelope_from = considered.iter().rev().find(|r| r.data.envelope.is_some());
    let envelope = envelope_from.and_then(|r| r.data.envelope);
    let envelope_comparison = envelope.map(|envelope| EnvelopeComparison {
        envelope,
        budget_voted_gap: budget_voted.map(|b| b - envelope),
        landing_gap: landing - envelope,
    });
    let envelope_source = envelope_from
        .and_then(|r| r.data.key_cells.iter().find(|(key, _)| key == "envelope"))
        .map(|(_, cell)| cell.clone());
    let name = considered.iter().rev().find_map(|r| r.data.directorate_name.clone().filter(|n| !n.trim().is_empty()));

    portfolio.directorates.push(DirectorateFigures {
        code: code.to_string(),
        name,
        campaign,
        current_return: current.id,
        budget_return: budget.map(|b| b.id),
        envelope,
        envelope_return: envelope_from.map(|r| r.id),
        envelope_campaign: envelope_from.map(|r| r.data.campaign),
        envelope_source,
        quarters,
        budget_voted,
        actual,
        landing,
        variance: budget_voted.map(|b| landing - b),
        envelope_comparison,
        project_count: projects.len(),
        request_count: requests.len(),
        requested: requests.iter().filter_map(|r| r.request).sum(),
    });
}

/// Codes a return holds: its Projets sheet, and budget lines too, so that a return that skipped
/// validation still loses no amount.
fn project_codes(data: &ReturnData) -> impl Iterator<Item = &str> {
    data.projects.iter().map(|p| p.code.as_str()).chain(data.budget.iter().map(|l| l.project.as_str()))
}

/// The records of a directorate's considered returns by project, gathered in one pass over
/// each return: a directorate of hundreds of projects is not scanned again for every project.
/// Every lookup gives what a scan in the returns' order would have found.
struct DirectorateIndex<'a> {
    /// Per return id, per project, the indexes of its budget lines in that return, in order.
    lines: HashMap<i64, HashMap<&'a str, Vec<usize>>>,
    /// The codes the BI return holds ([`project_codes`]).
    in_budget: HashSet<&'a str>,
    /// The codes the current return holds.
    in_current: HashSet<&'a str>,
    /// Per project, the latest considered return that holds it ([`project_codes`]): the one its
    /// planned, actual and landing come from.
    latest: HashMap<&'a str, &'a SourceReturn>,
    /// Per project, its status (Candidat, Abandonné…) on the BI return's Projets sheet.
    budget_status: HashMap<&'a str, Option<ProjectStatus>>,
    /// Per project, its record in the latest considered return that lists it on its Projets
    /// sheet (the first such row of that return): the return and the row's index.
    identity: HashMap<&'a str, (&'a SourceReturn, usize)>,
    /// Per project, its status with the latest (date, campaign, index): the return and index.
    weather: HashMap<&'a str, (&'a SourceReturn, usize)>,
}

impl<'a> DirectorateIndex<'a> {
    fn new(
        considered: &[&'a SourceReturn],
        current: &'a SourceReturn,
        budget: Option<&'a SourceReturn>,
    ) -> DirectorateIndex<'a> {
        let lines_of = |r: &'a SourceReturn| {
            let mut by_project: HashMap<&'a str, Vec<usize>> = HashMap::new();
            for (index, line) in r.data.budget.iter().enumerate() {
                by_project.entry(line.project.as_str()).or_default().push(index);
            }
            by_project
        };
        let mut identity = HashMap::new();
        for r in considered.iter().rev() {
            for (index, p) in r.data.projects.iter().enumerate() {
                identity.entry(p.code.as_str()).or_insert((*r, index));
            }
        }
        let mut latest = HashMap::new();
        for r in considered {
            for code in project_codes(&r.data) {
                latest.insert(code, *r);
            }
        }
        let mut budget_status = HashMap::new();
        for p in budget.iter().flat_map(|b| &b.data.projects) {
            budget_status.entry(p.code.as_str()).or_insert(p.status);
        }
        // The greatest (date, campaign, index); on equal keys (a caller passing two returns of one
        // campaign) the later one in the returns' order, as `Iterator::max_by_key` keeps it.
        let mut weather: HashMap<&'a str, (&'a SourceReturn, usize)> = HashMap::new();
        for r in considered {
            for (index, s) in r.data.statuses.iter().enumerate() {
                let key = (s.date, r.data.campaign, index);
                match weather.entry(s.project.as_str()) {
                    Entry::Occupied(mut kept) => {
                        let (kr, ki) = *kept.get();
                        if key >= (kr.data.statuses[ki].date, kr.data.campaign, ki) {
                            kept.insert((*r, index));
                        }
                    }
                    Entry::Vacant(slot) => {
                        slot.insert((*r, index));
                    }
                }
            }
        }
        DirectorateIndex {
            lines: considered.iter().map(|r| (r.id, lines_of(r))).collect(),
            in_budget: budget.map(|b| project_codes(&b.data).collect()).unwrap_or_default(),
            in_current: project_codes(&current.data).collect(),
            latest,
            budget_status,
            identity,
            weather,
        }
    }

    /// The indexes of a project's budget lines in the return `r` (in order).
    fn lines(&self, r: &SourceReturn, code: &str) -> &[usize] {
        self.lines.get(&r.id).and_then(|m| m.get(code)).map_or(&[], Vec::as_slice)
    }
}

/// Sort key of a budget line: CAPEX before OPEX, then no category, then categories in list order.
fn line_key(nature: Nature, category: Option<Category>) -> (usize, usize) {
    let n = Nature::ALL.iter().position(|x| *x == nature).unwrap_or(usize::MAX);
    let c = category.and_then(|c| Category::ALL.iter().position(|x| *x == c)).map_or(0, |i| i + 1);
    (n, c)
}

/// A line being summed: BI planned per quarter, current planned and actual per quarter.
struct LineAcc {
    nature: Nature,
    category: Option<Category>,
    budget: [Decimal; 4],
    planned: [Decimal; 4],
    actual: [Decimal; 4],
    budget_sources: Vec<RecordRef>,
    current_sources: Vec<RecordRef>,
}

fn line_acc(lines: &mut BTreeMap<(usize, usize), LineAcc>, nature: Nature, category: Option<Category>) -> &mut LineAcc {
    lines.entry(line_key(nature, category)).or_insert_with(|| LineAcc {
        nature,
        category,
        budget: [Decimal::ZERO; 4],
        planned: [Decimal::ZERO; 4],
        actual: [Decimal::ZERO; 4],
        budget_sources: Vec::new(),
        current_sources: Vec::new(),
    })
}

fn consolidate_project(
    directorate: &str,
    code: &str,
    records: &DirectorateIndex<'_>,
    current: &SourceReturn,
    budget: Option<&SourceReturn>,
) -> ProjectFigures {
    let campaign = current.data.campaign;
    let (identity, identity_source) = identity(code, records);
    // Money spent stays spent: a project the current return no longer holds keeps the figures of
    // the latest return that held it (contract v1.1, section 5).
    let from = records.latest.get(code).copied().unwrap_or(current);
    let figures_campaign = from.data.campaign;
    // A candidate at the BI asked for a budget, an Abandonné one no longer needs one: neither
    // is voted budget.
    let voted = !matches!(
        records.budget_status.get(code),
        Some(Some(ProjectStatus::Candidate | ProjectStatus::Cancelled))
    );
    let is_request = identity.status == Some(ProjectStatus::Candidate);
    let landing_is_actual = identity.status == Some(ProjectStatus::Cancelled);

    let mut lines: BTreeMap<(usize, usize), LineAcc> = BTreeMap::new();
    if let Some(bi) = budget.filter(|_| voted) {
        for &index in records.lines(bi, code) {
            let line = &bi.data.budget[index];
            let a = line_acc(&mut lines, line.nature, line.category);
            for q in 0..4 {
                a.budget[q] += line.planned[q];
            }
            a.budget_sources.push(record(bi, index, &line.origin));
        }
    }
    for &index in records.lines(from, code) {
        let line = &from.data.budget[index];
        let a = line_acc(&mut lines, line.nature, line.category);
        for q in 0..4 {
            a.planned[q] += line.planned[q];
            a.actual[q] += line.actual[q];
        }
        a.current_sources.push(record(from, index, &line.origin));
    }

    let budget_known = budget.is_some();
    let lines: Vec<LineFigures> = lines
        .into_values()
        .map(|a| LineFigures {
            nature: a.nature,
            category: a.category,
            quarters: std::array::from_fn(|q| {
                let closed = figures_campaign.has_closed(q + 1);
                let open_landing = if landing_is_actual { Decimal::ZERO } else { a.planned[q] };
                QuarterFigures {
                    budget_voted: budget_known.then_some(a.budget[q]),
                    planned: a.planned[q],
                    closed,
                    actual: if closed { a.actual[q] } else { Decimal::ZERO },
                    unclosed_actual: if closed { Decimal::ZERO } else { a.actual[q] },
                    landing: if closed { a.actual[q] } else { open_landing },
                }
            }),
            budget_sources: a.budget_sources,
            current_sources: a.current_sources,
        })
        .collect();

    let quarters = sum_quarters(figures_campaign, budget_known, lines.iter().map(|l| &l.quarters));
    let budget_voted = budget_known.then(|| quarters.iter().filter_map(|q| q.budget_voted).sum());
    let actual: Decimal = quarters.iter().map(|q| q.actual).sum();
    let landing: Decimal = quarters.iter().map(|q| q.landing).sum();
    let variance = budget_voted.map(|b| landing - b);
    let request = is_request.then(|| quarters.iter().map(|q| q.planned).sum());

    ProjectFigures {
        directorate: directorate.to_string(),
        code: code.to_string(),
        identity,
        identity_source,
        lines,
        quarters,
        budget_voted,
        actual,
        landing,
        variance,
        variance_ratio: ratio(variance, budget_voted),
        burn_rate: ratio(Some(actual), budget_voted),
        // Not in the BI, or only as a candidate there: no budget was voted for it.
        outside_initial_budget: budget.is_some()
            && (!records.in_budget.contains(code)
                || records.budget_status.get(code) == Some(&Some(ProjectStatus::Candidate))),
        missing_from_latest: !records.in_current.contains(code),
        figures_campaign,
        landing_is_actual,
        request,
        weather: latest_weather(code, records),
        campaign,
    }
}

fn record(r: &SourceReturn, index: usize, origin: &Option<pmo_model::model::Origin>) -> RecordRef {
    RecordRef { return_id: r.id, campaign: r.data.campaign, index, origin: origin.clone() }
}

/// The project's record in the latest considered return that lists it on its Projets sheet.
fn identity(code: &str, records: &DirectorateIndex<'_>) -> (Project, Option<RecordRef>) {
    if let Some(&(r, index)) = records.identity.get(code) {
        let p = &r.data.projects[index];
        return (p.clone(), Some(record(r, index, &p.origin)));
    }
    (Project { code: code.to_string(), name: code.to_string(), ..Project::default() }, None)
}

/// The status with the latest date; on equal dates the later campaign, then the lower row
/// (the later record of the sheet) wins, so that the result never depends on input order.
fn latest_weather(code: &str, records: &DirectorateIndex<'_>) -> Option<WeatherReading> {
    let &(r, index) = records.weather.get(code)?;
    let s = &r.data.statuses[index];
    Some(WeatherReading { overall: s.overall, date: s.date, source: record(r, index, &s.origin) })
}
