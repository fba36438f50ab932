//! What a CODIR asks of the consolidated portfolio — status, alerts, capacity, changes between
//! campaigns — read from the store, computed by `pmo-consolidate`, with the PMO's thresholds.

use chrono::NaiveDate;

use pmo_consolidate::{
    AlertThresholds, Alert, CampaignDiff, CapacityView, Portfolio, PortfolioSummary, SourceReturn,
};
use pmo_model::model::Campaign;
use pmo_store::Parts;
use serde::Serialize;

use crate::error::{CoreError, Result};
use crate::{current_sources, sources_reading, Store};

/// The returns and their consolidation as of `as_of` (each directorate's latest campaign when
/// `None`).
pub fn consolidated(store: &Store, year: i32, as_of: Option<Campaign>) -> Result<(Vec<SourceReturn>, Portfolio)> {
    crate::read(store, || {
        consolidate_sources(year, as_of, current_sources(store, year)?)
    })
}

/// What each current return contributes beyond the figures, to the capacity and alerts.
const CAPACITY: Parts = Parts { workload: true, capacity: true, ..Parts::NONE };
pub(crate) const ALERTS: Parts = Parts { workload: true, capacity: true, risks: true, milestones: true, ..Parts::NONE };

/// [`consolidated`], the returns with only the records the figures and `current` of the current
/// returns ([`crate::sources_reading`]): for what reads nothing else of them.
pub(crate) fn consolidated_reading(
    store: &Store,
    year: i32,
    as_of: Option<Campaign>,
    current: Parts,
) -> Result<(Vec<SourceReturn>, Portfolio)> {
    consolidate_sources(year, as_of, sources_reading(store, year, &[as_of], current)?)
}

fn consolidate_sources(
    year: i32,
    as_of: Option<Campaign>,
    sources: Vec<SourceReturn>,
) -> Result<(Vec<SourceReturn>, Portfolio)> {
    let portfolio = pmo_consolidate::consolidate(year, &sources, as_of);
    if portfolio.directorates.is_empty() {
        // Returns exist for the year, but none up to the campaign asked for.
        return Err(CoreError::NoReturnAsOf { year, campaign: as_of.unwrap_or(Campaign::Bi) });
    }
    Ok((sources, portfolio))
}

/// The alert thresholds the PMO set (defaults for the others).
pub fn thresholds(store: &Store) -> Result<AlertThresholds> {
    let settings = pmo_store::all_settings(store.conn())?;
    Ok(AlertThresholds::from_settings(&settings)?)
}

pub fn capacity(store: &Store, year: i32, as_of: Option<Campaign>) -> Result<CapacityView> {
    crate::read(store, || {
        let t = thresholds(store)?;
        let (sources, _) = consolidated_reading(store, year, as_of, CAPACITY)?;
        Ok(pmo_consolidate::capacity_with_threshold(year, &sources, as_of, t.team_load_pct))
    })
}

/// Every alert of the year as of `as_of`, `today` deciding what is overdue.
pub fn alerts(store: &Store, year: i32, as_of: Option<Campaign>, today: NaiveDate) -> Result<Vec<Alert>> {
    crate::read(store, || {
        let t = thresholds(store)?;
        let (mut sources, portfolio) = consolidated_reading(store, year, as_of, ALERTS)?;
        free_figures_records(&mut sources);
        alerts_of(store, year, as_of, today, &t, &sources, &portfolio)
    })
}

/// Frees the returns' project records and budget lines once the figures are computed: the
/// alerts and the capacity read only statuses, milestones, risks, workload and capacity (and the
/// returns' headers), and at L the memory freed is what the alerts then allocate, which keeps
/// the peak down.
fn free_figures_records(sources: &mut [SourceReturn]) {
    for s in sources {
        s.data.projects = Vec::new();
        s.data.budget = Vec::new();
    }
}

fn alerts_of(
    store: &Store,
    year: i32,
    as_of: Option<Campaign>,
    today: NaiveDate,
    t: &AlertThresholds,
    sources: &[SourceReturn],
    portfolio: &Portfolio,
) -> Result<Vec<Alert>> {
    let capacity = pmo_consolidate::capacity_with_threshold(year, sources, as_of, t.team_load_pct);
    Ok(pmo_consolidate::alerts(portfolio, sources, &capacity, t, today, &expected_directorates(store)?))
}

/// The directorates expected to return: every directorate the store knows. The alerts
/// (`directorate_missing_return`) and the coverage of views and reports use this one list, so that
/// a report never says a directorate is missing where the alerts do not, or the reverse.
pub(crate) fn expected_directorates(store: &Store) -> Result<Vec<String>> {
    Ok(pmo_store::directorates(store.conn())?.into_iter().map(|d| d.code).collect())
}

/// `pmo status`: the portfolio's summary and its alerts.
#[derive(Clone, Debug, Serialize)]
pub struct Status {
    pub summary: PortfolioSummary,
    #[serde(skip)]
    pub alerts: Vec<Alert>,
}

pub fn status(store: &Store, year: i32, as_of: Option<Campaign>, today: NaiveDate) -> Result<Status> {
    crate::read(store, || {
        let t = thresholds(store)?;
        let (mut sources, portfolio) = consolidated_reading(store, year, as_of, ALERTS)?;
        free_figures_records(&mut sources);
        let alerts = alerts_of(store, year, as_of, today, &t, &sources, &portfolio)?;
        let summary = pmo_consolidate::summary_expecting(&portfolio, &expected_directorates(store)?);
        Ok(Status { summary, alerts })
    })
}

/// Changes from campaign `from` to `to` (the year's latest campaign when `None`).
pub fn diff(store: &Store, year: i32, from: Campaign, to: Option<Campaign>) -> Result<CampaignDiff> {
    crate::read(store, || {
        // Consolidated as of both campaigns (as of the year's latest campaign is as of no cut-off),
        // with the milestones of both current returns, which the diff compares.
        let milestones = Parts { milestones: true, ..Parts::NONE };
        let sources = sources_reading(store, year, &[Some(from), to], milestones)?;
        let to = match to {
            Some(c) => c,
            None => pmo_consolidate::latest_campaign(year, &sources).ok_or(CoreError::NoReturnForYear(year))?,
        };
        if from >= to {
            return Err(CoreError::DiffOrder { from, to });
        }
        Ok(pmo_consolidate::diff(year, &sources, from, to))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{demo_store, DEMO_YEAR};

    #[test]
    fn reading_only_what_the_figures_need_changes_no_figure_alert_or_diff() {
        // Status, alerts, capacity, the project list, the export and the diff read only some
        // records of some returns (`sources_reading`); each must be exactly what the same
        // computation gives from every record of every return, at every cut-off.
        let (_dir, store) = demo_store(&[Campaign::Bi, Campaign::R1, Campaign::R2]);
        let today = NaiveDate::from_ymd_opt(DEMO_YEAR, 7, 15).unwrap();
        let t = thresholds(&store).unwrap();
        let full = current_sources(&store, DEMO_YEAR).unwrap();
        let known: Vec<String> = pmo_store::directorates(store.conn()).unwrap().into_iter().map(|d| d.code).collect();
        for as_of in [None, Some(Campaign::Bi), Some(Campaign::R1), Some(Campaign::R2)] {
            let portfolio = pmo_consolidate::consolidate(DEMO_YEAR, &full, as_of);
            let capacity = pmo_consolidate::capacity_with_threshold(DEMO_YEAR, &full, as_of, t.team_load_pct);
            let expected = pmo_consolidate::alerts(&portfolio, &full, &capacity, &t, today, &known);
            assert!(!expected.is_empty(), "the demo has alerts as of {as_of:?}: the comparison means something");

            let s = status(&store, DEMO_YEAR, as_of, today).unwrap();
            assert_eq!(s.summary, pmo_consolidate::summary_expecting(&portfolio, &known), "status as of {as_of:?}");
            assert_eq!(s.alerts, expected, "status alerts as of {as_of:?}");
            assert_eq!(alerts(&store, DEMO_YEAR, as_of, today).unwrap(), expected, "alerts as of {as_of:?}");
            assert_eq!(super::capacity(&store, DEMO_YEAR, as_of).unwrap(), capacity, "capacity as of {as_of:?}");
            let (_, narrow) = consolidated_reading(&store, DEMO_YEAR, as_of, Parts::NONE).unwrap();
            assert_eq!(narrow, portfolio, "the figures alone as of {as_of:?}");
        }
        assert_eq!(crate::portfolio(&store, DEMO_YEAR).unwrap(), pmo_consolidate::consolidate(DEMO_YEAR, &full, None));
        for (from, to) in [(Campaign::Bi, None), (Campaign::Bi, Some(Campaign::R1)), (Campaign::R1, Some(Campaign::R2))] {
            let latest = pmo_consolidate::latest_campaign(DEMO_YEAR, &full).unwrap();
            let expected = pmo_consolidate::diff(DEMO_YEAR, &full, from, to.unwrap_or(latest));
            assert_eq!(diff(&store, DEMO_YEAR, from, to).unwrap(), expected, "diff {from:?} → {to:?}");
        }
        let moved = diff(&store, DEMO_YEAR, Campaign::Bi, None).unwrap();
        assert!(!moved.milestones_moved.is_empty(), "the demo moves milestones: the diff reads both current returns'");
    }
}
