//! What a CODIR asks of the consolidated portfolio — status, alerts, capacity, changes between
//! campaigns — read from the store, computed by `pmo-consolidate`, with the PMO's thresholds.

use chrono::NaiveDate;

use pmo_consolidate::{
    AlertThresholds, Alert, CampaignDiff, CapacityView, Portfolio, PortfolioSummary, SourceReturn,
};
use pmo_model::model::Campaign;
use serde::Serialize;

use crate::error::{CoreError, Result};
use crate::{current_sources, Store};

/// The returns and their consolidation as of `as_of` (each directorate's latest campaign when
/// `None`).
pub fn consolidated(store: &Store, year: i32, as_of: Option<Campaign>) -> Result<(Vec<SourceReturn>, Portfolio)> {
    let sources = current_sources(store, year)?;
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
    let t = thresholds(store)?;
    let (sources, _) = consolidated(store, year, as_of)?;
    Ok(pmo_consolidate::capacity_with_threshold(year, &sources, as_of, t.team_load_pct))
}

/// Every alert of the year as of `as_of`, `today` deciding what is overdue.
pub fn alerts(store: &Store, year: i32, as_of: Option<Campaign>, today: NaiveDate) -> Result<Vec<Alert>> {
    let t = thresholds(store)?;
    let (sources, portfolio) = consolidated(store, year, as_of)?;
    alerts_of(store, year, as_of, today, &t, &sources, &portfolio)
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
    let known: Vec<String> = pmo_store::directorates(store.conn())?.into_iter().map(|d| d.code).collect();
    Ok(pmo_consolidate::alerts(portfolio, sources, &capacity, t, today, &known))
}

/// `pmo status`: the portfolio's summary and its alerts.
#[derive(Clone, Debug, Serialize)]
pub struct Status {
    pub summary: PortfolioSummary,
    #[serde(skip)]
    pub alerts: Vec<Alert>,
}

pub fn status(store: &Store, year: i32, as_of: Option<Campaign>, today: NaiveDate) -> Result<Status> {
    let t = thresholds(store)?;
    let (sources, portfolio) = consolidated(store, year, as_of)?;
    let alerts = alerts_of(store, year, as_of, today, &t, &sources, &portfolio)?;
    Ok(Status { summary: pmo_consolidate::summary(&portfolio), alerts })
}

/// Changes from campaign `from` to `to` (the year's latest campaign when `None`).
pub fn diff(store: &Store, year: i32, from: Campaign, to: Option<Campaign>) -> Result<CampaignDiff> {
    let sources = current_sources(store, year)?;
    let to = match to {
        Some(c) => c,
        None => pmo_consolidate::latest_campaign(year, &sources).ok_or(CoreError::NoReturnForYear(year))?,
    };
    if from >= to {
        return Err(CoreError::DiffOrder { from, to });
    }
    Ok(pmo_consolidate::diff(year, &sources, from, to))
}
