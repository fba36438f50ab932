//! One project as the desktop app's project screen shows it: who and what it is, its figures and
//! quarters, its météo across the year's returns, the milestones and risks of its directorate's
//! current return. The records are gathered by [`pmo_consolidate::ProjectRecords`], the same
//! gathering the PDF project sheet reads, so that the screen and the sheet cannot disagree.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use pmo_consolidate::{json, ProjectFigures, ProjectRecords, ProjectSummary};
use pmo_model::model::{Campaign, RiskStatus, Weather};

use crate::error::{CoreError, Result};
use crate::{current_sources, Store};

/// Everything the project screen shows of one project, as of its directorate's latest return.
/// The figures and the identity's main fields are flattened in from [`ProjectSummary`] (`code`,
/// `name`, `directorate`, `status`, `weather`, `ambition`, `initiative`, `campaign`, amounts and
/// ratios as in `pmo export`).
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProjectDetail {
    #[serde(flatten)]
    pub summary: ProjectSummary,
    /// The directorate's name as its returns give it.
    pub directorate_name: Option<String>,
    /// The directorate's current return (the project's figures come from it).
    pub return_id: i64,
    /// Its submission date (YYYY-MM-DD), when the workbook gave one.
    pub submitted_on: Option<NaiveDate>,
    pub manager: Option<String>,
    pub sponsor: Option<String>,
    /// 1 (highest) to 3.
    pub priority: Option<u8>,
    /// The workbook's "Type" column (Stratégique, Réglementaire…), free text.
    pub kind: Option<String>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub multi_year: Option<bool>,
    pub description: Option<String>,
    /// T1 to T4.
    pub quarters: Vec<QuarterDetail>,
    /// One entry per return of the year of its directorate, oldest campaign first.
    pub weather_history: Vec<WeatherEntry>,
    /// Open risks first, the most critical first (as the PDF sheet lists them).
    pub risks: Vec<RiskDetail>,
    /// In the workbook's order.
    pub milestones: Vec<MilestoneDetail>,
}

/// One quarter of a project's year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct QuarterDetail {
    /// 1–4.
    pub quarter: u8,
    /// Whether the current campaign has closed it (its actual replaces its forecast).
    pub closed: bool,
    /// Planned in the BI return; null when the directorate has no BI return.
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub budget_voted: Option<Decimal>,
    /// Planned in the current return (for a closed quarter, what was planned for it).
    #[serde(serialize_with = "json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub planned: Decimal,
    /// The actual of a closed quarter; null while it is open.
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub actual: Option<Decimal>,
    /// The forecast of a quarter still open (its planned amount); null once closed.
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub forecast: Option<Decimal>,
    /// Actual when closed, else forecast: the four add up to the project's landing.
    #[serde(serialize_with = "json::amount")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub landing: Decimal,
}

/// What one return of the year said of the project's météo: its latest status in that return,
/// or nulls when the return gave none (a BI return has no closed quarter to report on).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WeatherEntry {
    pub return_id: i64,
    pub campaign: Campaign,
    /// The status's date (YYYY-MM-DD).
    pub date: Option<NaiveDate>,
    /// The overall météo.
    pub weather: Option<Weather>,
    pub schedule: Option<Weather>,
    pub cost: Option<Weather>,
    pub scope: Option<Weather>,
    pub resources: Option<Weather>,
    /// Percentage 0–100, as a decimal string.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub progress: Option<String>,
    pub comment: Option<String>,
    pub watch_points: Option<String>,
    /// The decision the project asks of the CODIR.
    pub decision: Option<String>,
}

/// A risk of the project, as the current return holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RiskDetail {
    pub risk_id: Option<String>,
    pub title: String,
    /// 1–4.
    pub probability: u8,
    /// 1–4.
    pub impact: u8,
    /// Probability × impact.
    pub criticality: u8,
    pub owner: Option<String>,
    pub mitigation: Option<String>,
    /// `open`, `in_progress` or `closed`.
    pub status: Option<RiskStatus>,
    pub due: Option<NaiveDate>,
}

/// A milestone of the project, as the current return holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MilestoneDetail {
    pub name: String,
    /// The date first planned.
    pub baseline: Option<NaiveDate>,
    pub forecast: Option<NaiveDate>,
    pub actual: Option<NaiveDate>,
    /// Days from the baseline to the actual date (else the forecast): positive when late.
    pub slip_days: Option<i64>,
}

/// The project `code` of `year` (exact, else ignoring case), as of its directorate's latest
/// return. Errors: [`CoreError::NoReturnForYear`], [`CoreError::UnknownProject`].
pub fn project_detail(store: &Store, year: i32, code: &str) -> Result<ProjectDetail> {
    crate::read(store, || {
        let sources = current_sources(store, year)?;
        let portfolio = pmo_consolidate::consolidate(year, &sources, None);
        let p = pmo_consolidate::find_project(&portfolio, code)
            .ok_or_else(|| CoreError::UnknownProject { code: code.trim().to_string(), year })?;
        let records = ProjectRecords::new(&portfolio, &sources);
        let directorate = portfolio.directorate(&p.directorate).expect("a project's directorate is in its portfolio");
        let current = records.current_return(&p.directorate);
        let id = &p.identity;
        Ok(ProjectDetail {
            summary: ProjectSummary::of(p),
            directorate_name: directorate.name.clone(),
            return_id: directorate.current_return,
            submitted_on: current.and_then(|r| r.data.submitted_on),
            manager: id.manager.clone(),
            sponsor: id.sponsor.clone(),
            priority: id.priority,
            kind: id.kind.clone(),
            start: id.start,
            end: id.end,
            multi_year: id.multi_year,
            description: id.description.clone(),
            quarters: quarters(p),
            weather_history: weather_history(&portfolio, &records, p),
            risks: records
                .risks_by_concern(p)
                .into_iter()
                .map(|r| RiskDetail {
                    risk_id: r.risk_id.clone(),
                    title: r.title.clone(),
                    probability: r.probability,
                    impact: r.impact,
                    criticality: r.criticality(),
                    owner: r.owner.clone(),
                    mitigation: r.mitigation.clone(),
                    status: r.status,
                    due: r.due,
                })
                .collect(),
            milestones: records
                .milestones(p)
                .iter()
                .map(|m| MilestoneDetail {
                    name: m.name.clone(),
                    baseline: m.baseline,
                    forecast: m.forecast,
                    actual: m.actual,
                    slip_days: m.baseline.zip(m.actual.or(m.forecast)).map(|(b, d)| (d - b).num_days()),
                })
                .collect(),
        })
    })
}

fn quarters(p: &ProjectFigures) -> Vec<QuarterDetail> {
    p.quarters
        .iter()
        .zip(1u8..)
        .map(|(q, quarter)| QuarterDetail {
            quarter,
            closed: q.closed,
            budget_voted: q.budget_voted,
            planned: q.planned,
            actual: q.closed.then_some(q.actual),
            forecast: (!q.closed).then_some(q.planned),
            landing: q.landing,
        })
        .collect()
}

fn weather_history(
    portfolio: &pmo_consolidate::Portfolio,
    records: &ProjectRecords,
    p: &ProjectFigures,
) -> Vec<WeatherEntry> {
    // The portfolio lists each directorate's sources in campaign order.
    portfolio
        .sources
        .iter()
        .filter(|s| s.directorate == p.directorate)
        .map(|s| {
            let status = records.latest_status_in(p, s.id);
            WeatherEntry {
                return_id: s.id,
                campaign: s.campaign,
                date: status.map(|x| x.date),
                weather: status.map(|x| x.overall),
                schedule: status.and_then(|x| x.schedule),
                cost: status.and_then(|x| x.cost),
                scope: status.and_then(|x| x.scope),
                resources: status.and_then(|x| x.resources),
                progress: status.and_then(|x| x.progress).map(|v| v.normalize().to_string()),
                comment: status.and_then(|x| x.comment.clone()),
                watch_points: status.and_then(|x| x.watch_points.clone()),
                decision: status.and_then(|x| x.decision_needed.clone()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{demo_store, DEMO_YEAR};

    #[test]
    fn a_project_detail_adds_up_and_holds_its_records() {
        let (_dir, store) = demo_store(&[Campaign::Bi, Campaign::R1, Campaign::R2]);
        let portfolio = crate::portfolio(&store, DEMO_YEAR).unwrap();
        let sources = current_sources(&store, DEMO_YEAR).unwrap();
        let mut with_risks = 0;
        let mut with_milestones = 0;
        for p in &portfolio.projects {
            let d = project_detail(&store, DEMO_YEAR, &p.code.to_lowercase()).unwrap();
            assert_eq!(d.summary.code, p.code, "found ignoring case");
            assert_eq!(d.summary.landing, p.landing);
            let quarters: Decimal = d.quarters.iter().map(|q| q.landing).sum();
            assert_eq!(quarters, p.landing, "{}: the quarters add up to the landing", p.code);
            assert_eq!(d.quarters.len(), 4);
            for q in &d.quarters {
                // At R2, T1 and T2 are closed; a project R2 no longer lists keeps its R1 figures.
                let closed_by = if p.missing_from_latest { 1 } else { 2 };
                assert_eq!(q.closed, q.quarter <= closed_by, "{}: quarters closed by its figures' campaign", p.code);
                assert_eq!(q.actual.is_some(), q.closed, "an actual only for a closed quarter");
                assert_eq!(q.forecast.is_some(), !q.closed, "a forecast only for an open quarter");
                assert_eq!(q.landing, q.actual.or(q.forecast).unwrap(), "landing = actual, else forecast");
            }
            let campaigns: Vec<Campaign> = d.weather_history.iter().map(|w| w.campaign).collect();
            assert_eq!(campaigns, vec![Campaign::Bi, Campaign::R1, Campaign::R2], "one entry per return, oldest first");
            assert_eq!(d.weather_history[0].weather, None, "a BI return reports no météo");
            let current = sources.iter().find(|s| s.id == d.return_id).unwrap();
            assert_eq!(current.data.campaign, Campaign::R2);
            let in_current = current.data.statuses.iter().filter(|s| s.project == p.code).max_by_key(|s| s.date);
            assert_eq!(d.weather_history[2].weather, in_current.map(|s| s.overall), "the R2 entry is R2's latest status");
            assert_eq!(d.weather_history[2].date, in_current.map(|s| s.date));
            let risks = current.data.risks.iter().filter(|r| r.project == p.code).count();
            assert_eq!(d.risks.len(), risks, "{}: every risk of the current return", p.code);
            let milestones = current.data.milestones.iter().filter(|m| m.project == p.code).count();
            assert_eq!(d.milestones.len(), milestones, "{}: every milestone of the current return", p.code);
            with_risks += usize::from(!d.risks.is_empty());
            with_milestones += usize::from(!d.milestones.is_empty());
            for w in d.risks.windows(2) {
                let closed = |r: &RiskDetail| r.status == Some(RiskStatus::Closed);
                assert!(
                    (closed(&w[0]), std::cmp::Reverse(w[0].criticality)) <= (closed(&w[1]), std::cmp::Reverse(w[1].criticality)),
                    "open risks first, the most critical first"
                );
            }
        }
        assert!(with_risks > 0 && with_milestones > 0, "the demo has risks and milestones to show");

        let d = project_detail(&store, DEMO_YEAR, "DSI-01").unwrap();
        let json = serde_json::to_value(&d).unwrap();
        assert_eq!(json["code"], "DSI-01", "the summary's fields are flattened into the detail");
        assert!(json["landing"].is_string() && json["quarters"][0]["landing"].is_string(), "money as decimal strings");
        assert_eq!(json["weather_history"][0]["campaign"], "BI");
        assert!(json["start"].as_str().is_some_and(|s| s.len() == 10), "dates as YYYY-MM-DD");

        match project_detail(&store, DEMO_YEAR, "NOPE-9") {
            Err(CoreError::UnknownProject { code, year }) => assert_eq!((code.as_str(), year), ("NOPE-9", DEMO_YEAR)),
            other => panic!("an unknown code is UnknownProject, got {other:?}"),
        }
    }
}
