//! The directorate report: the pack's views over one directorate, to send back to it. The input
//! is restricted to the directorate (its figures, returns, alerts, teams and changes) and the
//! pack is built over it, so a directorate reads exactly what the CODIR read about it.

use std::cmp::Reverse;

use rust_decimal::Decimal;

use pmo_consolidate::{
    variance_bridge, Bridge, BridgeStep, CampaignDiff, Coverage, CapacityView, Portfolio, StepKind, DEFAULT_BRIDGE_STEPS,
};

use super::codir::{pack, Kind};
use super::{find_directorate, Ctx, ReportInput};
use crate::document::Document;

/// The report of the directorate `code` (exact, else ignoring case), or `None` when the
/// portfolio has no such directorate.
pub fn directorate_report(input: &ReportInput, code: &str) -> Option<Document> {
    let code = find_directorate(input.portfolio, code)?.to_string();
    let portfolio = restrict_portfolio(input.portfolio, &code);
    let alerts: Vec<_> = input.alerts.iter().filter(|a| a.directorate == code).cloned().collect();
    let capacity = CapacityView {
        teams: input.capacity.teams.iter().filter(|t| t.directorate == code).cloned().collect(),
        projects: input.capacity.projects.iter().filter(|p| p.directorate == code).cloned().collect(),
        ..input.capacity.clone()
    };
    let diff = input.diff.map(|d| restrict_diff(d, &code, &portfolio));
    let coverage = Coverage {
        directorates: input.coverage.directorates.iter().filter(|d| d.code == code).cloned().collect(),
        campaign_returned: input.coverage.directorates.iter().any(|d| d.code == code && d.up_to_date),
        ..input.coverage.clone()
    };
    let restricted = ReportInput {
        portfolio: &portfolio,
        coverage: &coverage,
        alerts: &alerts,
        capacity: &capacity,
        diff: diff.as_ref(),
        ..input.clone()
    };
    let ctx = Ctx::new(&restricted);
    Some(pack(&ctx, &Kind::Directorate(code)))
}

fn restrict_portfolio(p: &Portfolio, code: &str) -> Portfolio {
    Portfolio {
        year: p.year,
        as_of: p.as_of,
        directorates: p.directorates.iter().filter(|d| d.code == code).cloned().collect(),
        projects: p.projects.iter().filter(|x| x.directorate == code).cloned().collect(),
        requests: p.requests.iter().filter(|x| x.directorate == code).cloned().collect(),
        sources: p.sources.iter().filter(|s| s.directorate == code).cloned().collect(),
    }
}

/// The diff's lists filtered to the directorate, its landings and bridges recomputed over the
/// directorate alone (the portfolio's "others" step mixes directorates and cannot be filtered).
fn restrict_diff(d: &CampaignDiff, code: &str, portfolio: &Portfolio) -> CampaignDiff {
    let mine = |dir: &str| dir == code;
    let directorates: Vec<_> = d.directorates.iter().filter(|x| mine(&x.code)).cloned().collect();
    let landing_deltas: Vec<_> = d.landing_deltas.iter().filter(|x| mine(&x.directorate)).cloned().collect();
    let (landing_from, landing_to) =
        directorates.first().map(|x| (x.landing_from, x.landing_to)).unwrap_or((Decimal::ZERO, Decimal::ZERO));

    // The landing bridge from the project deltas, as the consolidation builds it: largest
    // first, then one step for the rest.
    let mut items: Vec<_> = landing_deltas.iter().collect();
    items.sort_by_key(|x| (Reverse(x.landing_delta.abs()), x.code.clone()));
    let mut steps: Vec<BridgeStep> = items
        .iter()
        .take(DEFAULT_BRIDGE_STEPS)
        .map(|x| BridgeStep {
            kind: StepKind::Project,
            directorate: Some(x.directorate.clone()),
            code: Some(x.code.clone()),
            name: Some(x.name.clone()),
            project_count: 1,
            amount: x.landing_delta,
            running_total: Decimal::ZERO,
        })
        .collect();
    let rest = items.get(DEFAULT_BRIDGE_STEPS..).unwrap_or_default();
    if !rest.is_empty() {
        steps.push(BridgeStep {
            kind: StepKind::Others,
            directorate: None,
            code: None,
            name: None,
            project_count: rest.len(),
            amount: rest.iter().map(|x| x.landing_delta).sum(),
            running_total: Decimal::ZERO,
        });
    }
    let mut running = landing_from;
    for step in &mut steps {
        running += step.amount;
        step.running_total = running;
    }

    CampaignDiff {
        year: d.year,
        from: d.from,
        to: d.to,
        refused: d.refused,
        landing_from,
        landing_to,
        landing_delta: landing_to - landing_from,
        budget_voted: portfolio.directorates.first().and_then(|x| x.budget_voted),
        directorates_without_return_for_to: d
            .directorates_without_return_for_to
            .iter()
            .filter(|c| mine(c))
            .cloned()
            .collect(),
        directorates,
        added: d.added.iter().filter(|x| mine(&x.directorate)).cloned().collect(),
        removed: d.removed.iter().filter(|x| mine(&x.directorate)).cloned().collect(),
        rescoped: d.rescoped.iter().filter(|x| mine(&x.project.directorate)).cloned().collect(),
        landing_bridge: Bridge { start: landing_from, steps, end: landing_to },
        landing_deltas,
        budget_bridge: variance_bridge(portfolio, Some(DEFAULT_BRIDGE_STEPS)),
        weather_changes: d.weather_changes.iter().filter(|x| mine(&x.directorate)).cloned().collect(),
        milestones_moved: d.milestones_moved.iter().filter(|x| mine(&x.directorate)).cloned().collect(),
    }
}
