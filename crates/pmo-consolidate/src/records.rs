//! The records of a project that are not figures — its statuses (météo) across the year's
//! returns, the milestones and risks of its directorate's current return — gathered once per
//! portfolio, so that the PDF project sheet and the desktop app's project screen read the same
//! facts from the same returns.
//!
//! Only the returns a portfolio lists as sources are read: a superseded return or one of a later
//! campaign than the cut-off says nothing here, as it counts in no figure.

use std::cmp::Reverse;
use std::collections::HashMap;

use pmo_model::model::{Campaign, Milestone, Risk, RiskStatus, StatusReport};

use crate::consolidate::SourceReturn;
use crate::figures::{Portfolio, ProjectFigures};

/// Records per directorate code, then per project code: nested so that a lookup borrows the
/// codes for no longer than the lookup.
type ByProject<'a, T> = HashMap<&'a str, HashMap<&'a str, Vec<T>>>;

fn records_of<'m, T>(map: &'m ByProject<'_, T>, p: &ProjectFigures) -> &'m [T] {
    map.get(p.directorate.as_str()).and_then(|m| m.get(p.code.as_str())).map_or(&[], Vec::as_slice)
}

/// A project by code: exact, else ignoring case when that names exactly one project (codes are
/// unique across directorates, the importer sees to it).
pub fn find_project<'p>(portfolio: &'p Portfolio, code: &str) -> Option<&'p ProjectFigures> {
    let code = code.trim();
    if let Some(p) = portfolio.projects_and_requests().find(|p| p.code == code) {
        return Some(p);
    }
    let mut matches = portfolio.projects_and_requests().filter(|p| p.code.eq_ignore_ascii_case(code));
    match (matches.next(), matches.next()) {
        (Some(p), None) => Some(p),
        _ => None,
    }
}

/// A status with the return it was read from and what orders equal dates, as the consolidation
/// orders them: the later campaign, then the lower row.
#[derive(Clone, Copy, Debug)]
pub struct DatedStatus<'a> {
    pub return_id: i64,
    pub campaign: Campaign,
    /// Its index in the return's `statuses`.
    pub index: usize,
    pub status: &'a StatusReport,
}

/// The statuses, milestones and risks of every project of a portfolio, indexed once (a
/// 200-project portfolio must not be scanned once per project).
#[derive(Clone, Debug)]
pub struct ProjectRecords<'a> {
    portfolio: &'a Portfolio,
    /// Every status of the source returns, by date then campaign then row.
    statuses: ByProject<'a, DatedStatus<'a>>,
    /// From each directorate's current return only: the latest forecasts and assessments.
    milestones: ByProject<'a, &'a Milestone>,
    risks: ByProject<'a, &'a Risk>,
    /// The returns by id (only those the portfolio lists as sources).
    returns: HashMap<i64, &'a SourceReturn>,
}

impl<'a> ProjectRecords<'a> {
    /// Indexes the records of `returns` that `portfolio` was computed from (more returns do no
    /// harm: only its sources are read).
    pub fn new(portfolio: &'a Portfolio, returns: &'a [SourceReturn]) -> ProjectRecords<'a> {
        let by_id: HashMap<i64, &SourceReturn> = returns.iter().map(|r| (r.id, r)).collect();
        let mut out = ProjectRecords {
            portfolio,
            statuses: HashMap::new(),
            milestones: HashMap::new(),
            risks: HashMap::new(),
            returns: HashMap::new(),
        };
        for source in &portfolio.sources {
            let Some(r) = by_id.get(&source.id).copied() else { continue };
            out.returns.insert(r.id, r);
            let dir = source.directorate.as_str();
            for (index, status) in r.data.statuses.iter().enumerate() {
                out.statuses.entry(dir).or_default().entry(status.project.as_str()).or_default().push(DatedStatus {
                    return_id: r.id,
                    campaign: r.data.campaign,
                    index,
                    status,
                });
            }
            let current = portfolio.directorate(dir).is_some_and(|d| d.current_return == r.id);
            if current {
                for m in &r.data.milestones {
                    out.milestones.entry(dir).or_default().entry(m.project.as_str()).or_default().push(m);
                }
                for risk in &r.data.risks {
                    out.risks.entry(dir).or_default().entry(risk.project.as_str()).or_default().push(risk);
                }
            }
        }
        for list in out.statuses.values_mut().flat_map(|m| m.values_mut()) {
            list.sort_by_key(|s| (s.status.date, s.campaign, s.index));
        }
        out
    }

    /// Every status of the project in the source returns, by date, then campaign, then row
    /// (a date several returns repeat appears once per return).
    pub fn statuses(&self, p: &ProjectFigures) -> &[DatedStatus<'a>] {
        records_of(&self.statuses, p)
    }

    /// The project's statuses, oldest first; a date given by several returns (workbooks repeat
    /// earlier rows) appears once, as the latest return wrote it.
    pub fn weather_history(&self, p: &ProjectFigures) -> Vec<&'a StatusReport> {
        let mut out: Vec<&StatusReport> = Vec::new();
        for s in self.statuses(p) {
            match out.last_mut() {
                Some(last) if last.date == s.status.date => *last = s.status,
                _ => out.push(s.status),
            }
        }
        out
    }

    /// What the return `return_id` said of the project last: its latest status (by date, then
    /// row), if it gave one.
    pub fn latest_status_in(&self, p: &ProjectFigures, return_id: i64) -> Option<&'a StatusReport> {
        self.statuses(p).iter().rfind(|s| s.return_id == return_id).map(|s| s.status)
    }

    /// The status the project's météo was read from (its latest), with its comment and decision.
    pub fn latest_status(&self, p: &ProjectFigures) -> Option<&'a StatusReport> {
        let reading = p.weather.as_ref()?;
        let r = self.returns.get(&reading.source.return_id)?;
        r.data.statuses.get(reading.source.index)
    }

    /// The project's milestones in its directorate's current return, in the workbook's order.
    pub fn milestones(&self, p: &ProjectFigures) -> &[&'a Milestone] {
        records_of(&self.milestones, p)
    }

    /// The project's risks in its directorate's current return, in the workbook's order.
    pub fn risks(&self, p: &ProjectFigures) -> &[&'a Risk] {
        records_of(&self.risks, p)
    }

    /// The project's risks in its directorate's current return, open ones first, the most
    /// critical first, then by risk id: the order a reader should go through them.
    pub fn risks_by_concern(&self, p: &ProjectFigures) -> Vec<&'a Risk> {
        let mut risks = self.risks(p).to_vec();
        let closed = |r: &Risk| r.status == Some(RiskStatus::Closed);
        risks.sort_by(|a, b| {
            (closed(a), Reverse(a.criticality()), &a.risk_id).cmp(&(closed(b), Reverse(b.criticality()), &b.risk_id))
        });
        risks
    }

    /// A source return by id.
    pub fn source(&self, return_id: i64) -> Option<&'a SourceReturn> {
        self.returns.get(&return_id).copied()
    }

    /// The current return of a directorate (its latest campaign up to the cut-off).
    pub fn current_return(&self, directorate: &str) -> Option<&'a SourceReturn> {
        self.portfolio.directorate(directorate).and_then(|d| self.source(d.current_return))
    }
}
