//! The desktop app's dashboard and portfolio list: the same summary and alerts as `pmo status`
//! and `pmo alerts`, in one value per screen.

use chrono::NaiveDate;
use serde::Serialize;

use pmo_consolidate::{AlertView, PortfolioSummary, ProjectSummary};
use pmo_model::i18n::Lang;
use pmo_model::model::Campaign;

use crate::error::Result;
use crate::{analysis, Store};

/// What the dashboard shows for a year (as of a campaign, or each directorate's latest).
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Dashboard {
    /// As `pmo status --json` gives it.
    pub summary: PortfolioSummary,
    /// As `pmo alerts --json` gives them, sentences in the app's language.
    pub alerts: Vec<AlertView>,
    /// The campaigns with at least one current return this year, in campaign order (what the
    /// campaign selector offers).
    pub campaigns: Vec<Campaign>,
    /// The date the alerts were judged against (YYYY-MM-DD).
    pub today: NaiveDate,
    /// Said above the figures when not every directorate returned the campaign shown: who is
    /// behind and where the figures come from ([`pmo_consolidate::Coverage::describe`]).
    pub coverage_note: Option<String>,
}

/// The dashboard of `year` as of `as_of`, alerts judged against `today` and worded in `lang`.
/// Errors as [`analysis::status`]: no return for the year, none up to `as_of`.
pub fn dashboard(store: &Store, year: i32, as_of: Option<Campaign>, today: NaiveDate, lang: Lang) -> Result<Dashboard> {
    crate::read(store, || {
        let status = analysis::status(store, year, as_of, today)?;
        Ok(Dashboard {
            coverage_note: status.summary.coverage.describe(lang),
            summary: status.summary,
            alerts: status.alerts.iter().map(|a| a.view(lang)).collect(),
            campaigns: campaigns(store, year)?,
            today,
        })
    })
}

/// The campaigns of `year` with at least one current return, in order.
pub fn campaigns(store: &Store, year: i32) -> Result<Vec<Campaign>> {
    let mut out: Vec<Campaign> = pmo_store::current_returns(store.conn(), year)?.iter().map(|r| r.campaign).collect();
    out.sort();
    out.dedup();
    Ok(out)
}

/// Every project of `year` as of `as_of`, by directorate then code.
pub fn projects(store: &Store, year: i32, as_of: Option<Campaign>) -> Result<Vec<ProjectSummary>> {
    crate::read(store, || {
        let (_, portfolio) = analysis::consolidated_reading(store, year, as_of, pmo_store::Parts::NONE)?;
        Ok(portfolio.projects.iter().map(ProjectSummary::of).collect())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{demo_store, DEMO_YEAR};
    use pmo_model::model::Choice;

    #[test]
    fn the_dashboard_says_what_the_export_and_the_alerts_say() {
        let (_dir, store) = demo_store(&[Campaign::Bi, Campaign::R1, Campaign::R2]);
        let today = NaiveDate::from_ymd_opt(DEMO_YEAR, 7, 15).unwrap();
        let d = dashboard(&store, DEMO_YEAR, None, today, Lang::Fr).unwrap();
        let export: serde_json::Value = serde_json::from_str(&crate::export_json(&store, DEMO_YEAR).unwrap()).unwrap();
        let sum = |field: &str| -> rust_decimal::Decimal {
            export["projects"].as_array().unwrap().iter().map(|p| p[field].as_str().unwrap().parse::<rust_decimal::Decimal>().unwrap()).sum()
        };
        assert_eq!(d.summary.totals.landing, sum("landing"), "the dashboard's landing is the export's, to the cent");
        assert_eq!(d.summary.totals.actual, sum("actual"), "the dashboard's actual is the export's");
        assert_eq!(d.summary.totals.project_count, export["projects"].as_array().unwrap().len());
        let cli = analysis::alerts(&store, DEMO_YEAR, None, today).unwrap();
        assert_eq!(d.alerts.len(), cli.len(), "the dashboard lists every alert `pmo alerts` lists");
        assert!(!d.alerts.is_empty(), "the demo portfolio has alerts to show");
        assert_eq!(d.alerts[0].message, cli[0].message(Lang::Fr), "alerts are worded in the app's language");
        assert_eq!(d.campaigns, vec![Campaign::Bi, Campaign::R1, Campaign::R2], "the campaigns with returns, in order");
        let json = serde_json::to_value(&d).unwrap();
        assert_eq!(json["today"], format!("{DEMO_YEAR}-07-15"), "dates cross IPC as YYYY-MM-DD");
        assert_eq!(json["campaigns"][2], "R2");
        assert!(json["summary"]["totals"]["landing"].is_string(), "money crosses IPC as a decimal string");

        let r1 = dashboard(&store, DEMO_YEAR, Some(Campaign::R1), today, Lang::En).unwrap();
        assert_eq!(r1.summary.as_of, Some(Campaign::R1));
        assert_ne!(r1.summary.totals.landing, d.summary.totals.landing, "as of R1 the landing is R1's");
        assert!(matches!(
            dashboard(&store, DEMO_YEAR + 5, None, today, Lang::Fr),
            Err(crate::CoreError::NoReturnForYear(_))
        ));
    }

    #[test]
    fn the_project_list_holds_every_project_in_order() {
        let (_dir, store) = demo_store(&[Campaign::Bi, Campaign::R1, Campaign::R2]);
        let list = projects(&store, DEMO_YEAR, None).unwrap();
        let portfolio = crate::portfolio(&store, DEMO_YEAR).unwrap();
        assert_eq!(list.len(), portfolio.projects.len(), "every project, not only the drifting ones");
        assert_eq!(list.len(), 45, "the demo portfolio has 45 projects");
        let keys: Vec<_> = list.iter().map(|p| (p.directorate.clone(), p.code.clone())).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted, "by directorate then code");
        assert!(list.iter().all(|p| p.campaign.code() == "R2"), "as of each directorate's latest return");
        let at_bi = projects(&store, DEMO_YEAR, Some(Campaign::Bi)).unwrap();
        assert!(at_bi.iter().all(|p| p.campaign == Campaign::Bi && p.actual.is_zero()), "no actual at the BI");
    }
}
