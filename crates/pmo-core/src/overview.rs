//! The desktop app's Directions screen: per directorate, its figures for the year and, for each
//! of the five campaigns, what it sent — the current return, how many earlier ones it replaced,
//! and the files that were rejected — so that the PMO sees at a glance who is missing, late or
//! struggling with the workbook.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

use pmo_consolidate::json;
use pmo_model::finding::Severity;
use pmo_model::model::{Campaign, Choice};
use pmo_store::{HistoryEntry, ImportOutcome};

use crate::error::{CoreError, Result};
use crate::refs::ReturnRef;
use crate::Store;

/// One directorate of a year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DirectorateOverview {
    pub code: String,
    /// The name its returns give, if any.
    pub name: Option<String>,
    /// From its BI return; null without one (or when the BI left it blank).
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub envelope: Option<Decimal>,
    /// Null without a BI return.
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub budget_voted: Option<Decimal>,
    /// 0 for a directorate with no accepted return this year.
    #[serde(serialize_with = "json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub actual: Decimal,
    #[serde(serialize_with = "json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub landing: Decimal,
    /// Landing − budget voted.
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub variance: Option<Decimal>,
    /// Landing − envelope (positive: over); null without an envelope.
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub envelope_gap: Option<Decimal>,
    pub project_count: usize,
    /// The campaign of its latest current return; null when it has none this year.
    pub current_campaign: Option<Campaign>,
    /// BI, R1, R2, R3, CL: all five, in order.
    pub campaigns: Vec<CampaignReturns>,
}

/// What a directorate sent for one campaign.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CampaignReturns {
    pub campaign: Campaign,
    /// Its current return for the campaign.
    pub current: Option<ReturnRef>,
    /// How many earlier returns of the campaign it superseded (kept, restorable).
    pub earlier: usize,
    /// The files of this directorate, year and campaign that were rejected, oldest first.
    pub rejected: Vec<RejectedImport>,
}

/// A rejected file, as the history keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RejectedImport {
    pub import_id: i64,
    /// RFC 3339, UTC.
    pub at: DateTime<Utc>,
    pub file_name: String,
    /// How many errors refused it.
    pub errors: usize,
}

/// Every directorate of `year` — with a return, or only with rejected files — by code. Empty
/// when the year has neither.
pub fn directorate_overview(store: &Store, year: i32) -> Result<Vec<DirectorateOverview>> {
    crate::read(store, || {
        let portfolio = match crate::current_sources(store, year) {
            Ok(sources) => Some(pmo_consolidate::consolidate(year, &sources, None)),
            Err(CoreError::NoReturnForYear(_)) => None,
            Err(e) => return Err(e),
        };

        // (directorate, campaign) → rejected files, from the history (newest first there).
        let mut rejected: BTreeMap<(String, Campaign), Vec<RejectedImport>> = BTreeMap::new();
        for entry in pmo_store::history(store.conn())?.into_iter().rev() {
            let HistoryEntry::Import(i) = entry else { continue };
            if i.outcome != ImportOutcome::Rejected || i.year != Some(year) {
                continue;
            }
            let (Some(code), Some(campaign)) = (i.directorate, i.campaign) else { continue };
            rejected.entry((code, campaign)).or_default().push(RejectedImport {
                import_id: i.id,
                at: i.at,
                file_name: i.file.name,
                errors: i.findings.iter().filter(|f| f.severity == Severity::Error).count(),
            });
        }

        let names: BTreeMap<String, Option<String>> =
            pmo_store::directorates(store.conn())?.into_iter().map(|d| (d.code, d.name)).collect();
        let mut codes: BTreeSet<String> = rejected.keys().map(|(code, _)| code.clone()).collect();
        if let Some(p) = &portfolio {
            codes.extend(p.directorates.iter().map(|d| d.code.clone()));
        }

        let mut out = Vec::new();
        for code in codes {
            let returns = pmo_store::returns_of(store.conn(), &code, year)?;
            let figures = portfolio.as_ref().and_then(|p| p.directorate(&code));
            let campaigns = Campaign::ALL
                .iter()
                .map(|&campaign| {
                    let of_campaign = returns.iter().filter(|r| r.campaign == campaign);
                    CampaignReturns {
                        campaign,
                        current: of_campaign.clone().find(|r| r.is_current).map(ReturnRef::from),
                        earlier: of_campaign.filter(|r| !r.is_current).count(),
                        rejected: rejected.remove(&(code.clone(), campaign)).unwrap_or_default(),
                    }
                })
                .collect();
            out.push(DirectorateOverview {
                name: figures.and_then(|d| d.name.clone()).or_else(|| names.get(&code).cloned().flatten()),
                envelope: figures.and_then(|d| d.envelope),
                budget_voted: figures.and_then(|d| d.budget_voted),
                actual: figures.map_or(Decimal::ZERO, |d| d.actual),
                landing: figures.map_or(Decimal::ZERO, |d| d.landing),
                variance: figures.and_then(|d| d.variance),
                envelope_gap: figures.and_then(|d| d.envelope_comparison).map(|c| c.landing_gap),
                project_count: figures.map_or(0, |d| d.project_count),
                current_campaign: figures.map(|d| d.campaign),
                campaigns,
                code,
            });
        }
        Ok(out)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::import_bytes;
    use crate::test_support::{at, demo_store, DEMO_YEAR};

    #[test]
    fn the_overview_counts_returns_earlier_ones_and_rejections() {
        let (_dir, mut store) = demo_store(&[Campaign::Bi, Campaign::R1, Campaign::R2]);
        // DSI sends its R2 again (other bytes): the first R2 becomes an earlier return.
        let again = crate::template(Some(&store), DEMO_YEAR, Campaign::R2, Some("DSI")).unwrap();
        let report = import_bytes(&mut store, "DSI-R2-bis.xlsx", "DSI-R2-bis.xlsx", &again.bytes, false, at(50)).unwrap();
        assert!(report.superseded_return_id.is_some());
        // DRH's R3 is rejected: a workbook whose projects another directorate owns.
        let mut bad = pmo_store::load_return(store.conn(), pmo_store::latest_return(store.conn(), "DSI", DEMO_YEAR).unwrap().unwrap().id).unwrap();
        bad.directorate = "DRH".into();
        bad.campaign = Campaign::R3;
        let bytes = pmo_template::write_workbook(&bad, &Default::default()).unwrap();
        let rejected = import_bytes(&mut store, "DRH-R3.xlsx", "DRH-R3.xlsx", &bytes, false, at(51)).unwrap();
        assert_eq!(rejected.status, crate::import::FileStatus::Rejected);
        // A directorate known only from a rejected file.
        bad.directorate = "DJUR".into();
        let bytes = pmo_template::write_workbook(&bad, &Default::default()).unwrap();
        import_bytes(&mut store, "DJUR-R3.xlsx", "DJUR-R3.xlsx", &bytes, false, at(52)).unwrap();

        let overview = directorate_overview(&store, DEMO_YEAR).unwrap();
        let codes: Vec<&str> = overview.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["DAF", "DCOM", "DJUR", "DOP", "DRH", "DSI"], "by code, DJUR from its rejected file");
        let portfolio = crate::portfolio(&store, DEMO_YEAR).unwrap();
        for d in overview.iter().filter(|d| d.code != "DJUR") {
            let f = portfolio.directorate(&d.code).unwrap();
            assert_eq!((d.landing, d.budget_voted, d.project_count), (f.landing, f.budget_voted, f.project_count), "{}", d.code);
            assert_eq!(d.envelope_gap, d.envelope.map(|e| d.landing - e), "{}: landing − envelope", d.code);
            assert_eq!(d.current_campaign, Some(Campaign::R2));
            let campaigns: Vec<Campaign> = d.campaigns.iter().map(|c| c.campaign).collect();
            assert_eq!(campaigns, Campaign::ALL, "all five campaigns, in order");
            assert!(d.campaigns[..3].iter().all(|c| c.current.is_some()) && d.campaigns[3].current.is_none());
        }
        let dsi = overview.iter().find(|d| d.code == "DSI").unwrap();
        assert_eq!(dsi.campaigns[2].earlier, 1, "the first R2 was superseded");
        assert_eq!(dsi.campaigns[2].current.as_ref().map(|r| r.id), report.return_id);
        assert_eq!(dsi.campaigns[1].earlier, 0);
        let drh = overview.iter().find(|d| d.code == "DRH").unwrap();
        let r3 = &drh.campaigns[3];
        assert_eq!(r3.rejected.len(), 1, "DRH's rejected R3 is counted");
        assert_eq!(r3.rejected[0].import_id, rejected.import_id.unwrap());
        assert_eq!(r3.rejected[0].file_name, "DRH-R3.xlsx");
        assert_eq!(r3.rejected[0].errors, rejected.errors().count());
        assert!(r3.rejected[0].errors > 0);
        assert!(drh.campaigns[2].rejected.is_empty(), "a rejection belongs to its campaign only");
        let djur = overview.iter().find(|d| d.code == "DJUR").unwrap();
        assert_eq!((djur.current_campaign, djur.landing, djur.project_count), (None, Decimal::ZERO, 0));
        assert_eq!(djur.campaigns[3].rejected.len(), 1);
        assert!(djur.campaigns.iter().all(|c| c.current.is_none()));

        let json = serde_json::to_value(&overview[0]).unwrap();
        assert!(json["landing"].is_string() && json["campaigns"][0]["campaign"] == "BI");
        assert!(directorate_overview(&store, DEMO_YEAR + 3).unwrap().is_empty(), "a year with nothing: nothing to list");
    }
}
