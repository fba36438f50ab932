//! Portfolios at any scale, built from the demo portfolio (`pmo_template::demo_portfolio`) and
//! written with the product's own workbook writer (`pmo_template::write_workbook`), so that the
//! benchmark reads exactly the kind of file a directorate sends back.
//!
//! Directorate `d` takes the returns of demo directorate `d mod 5` and repeats their projects
//! under new codes (`D007-0042`) until it holds the asked number; a project keeps its demo source
//! across campaigns, so that `diff` sees a portfolio that lives (a few projects join or leave, as
//! in the demo). The demo stops at R2; R3 is R2 with the third quarter closed: its actuals equal
//! its plan and each project reports its météo at the end of September.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use pmo_model::model::{Campaign, Choice, ReturnData};
use pmo_template::{demo_portfolio, write_workbook, TemplateOptions};
use rust_decimal::Decimal;

/// Bumped whenever the generated workbooks change, so that the harness writes them again
/// instead of reusing those of an earlier run.
pub const VERSION: u32 = 1;

/// The campaigns of a generated year, in order.
pub const CAMPAIGNS: [Campaign; 4] = [Campaign::Bi, Campaign::R1, Campaign::R2, Campaign::R3];

/// What was written: files, and what they hold.
#[derive(Debug, Default)]
pub struct Written {
    pub files: Vec<PathBuf>,
    pub bytes: u64,
    /// Projects in the latest campaign, summed over directorates.
    pub projects: usize,
}

/// The returns of `directorates` directorates with about `projects` projects each, for the
/// first `campaigns` campaigns of [`CAMPAIGNS`], in directorate then campaign order.
pub fn portfolio(directorates: usize, projects: usize, campaigns: usize, year: i32) -> Vec<ReturnData> {
    let demo = demo_portfolio(year);
    let demo_count = demo.len() / 3;
    let mut out = Vec::new();
    for d in 0..directorates {
        let base: Vec<&ReturnData> = demo[(d % demo_count) * 3..(d % demo_count) * 3 + 3].iter().collect();
        // Every project code the demo directorate ever reports, in first-seen order.
        let mut sources: Vec<&str> = Vec::new();
        for r in &base {
            for p in &r.projects {
                if !sources.contains(&p.code.as_str()) {
                    sources.push(&p.code);
                }
            }
        }
        let code = format!("D{:03}", d + 1);
        let scale = Decimal::from(projects) / Decimal::from(sources.len().max(1));
        for (c, &campaign) in CAMPAIGNS.iter().enumerate().take(campaigns) {
            let source = base[c.min(2)];
            let mut data = scaled(source, &code, d, projects, &sources, scale);
            data.campaign = campaign;
            if campaign == Campaign::R3 {
                close_third_quarter(&mut data, year);
            }
            out.push(data);
        }
    }
    out
}

/// `source` under directorate `code`, its projects repeated to `projects`; envelope and team
/// capacities grow with the portfolio so that the alerts stay those of a credible portfolio.
fn scaled(source: &ReturnData, code: &str, d: usize, projects: usize, sources: &[&str], scale: Decimal) -> ReturnData {
    let mut data = source.clone();
    data.directorate = code.to_string();
    data.directorate_name = Some(format!("Direction {:03} ({})", d + 1, source.directorate));
    let ten_thousand = Decimal::from(10_000);
    data.envelope = source.envelope.map(|e| (e * scale / ten_thousand).round() * ten_thousand);
    for line in &mut data.capacity {
        line.capacity = line.capacity.map(|c| (c * scale).round());
    }
    data.projects.clear();
    data.budget.clear();
    data.workload.clear();
    data.statuses.clear();
    data.risks.clear();
    data.milestones.clear();
    for i in 0..projects {
        let from = sources[i % sources.len()];
        let Some(project) = source.projects.iter().find(|p| p.code == from) else { continue };
        let new = format!("{code}-{:04}", i + 1);
        let mut p = project.clone();
        p.code = new.clone();
        if i >= sources.len() {
            p.name = format!("{} ({})", p.name, i / sources.len() + 1);
        }
        data.projects.push(p);
        macro_rules! copy {
            ($field:ident) => {
                for mut r in source.$field.iter().filter(|r| r.project == from).cloned() {
                    r.project = new.clone();
                    data.$field.push(r);
                }
            };
        }
        copy!(budget);
        copy!(workload);
        copy!(statuses);
        copy!(milestones);
        for mut r in source.risks.iter().filter(|r| r.project == from).cloned() {
            r.risk_id = r.risk_id.map(|id| id.replacen(from, &new, 1));
            r.project = new.clone();
            data.risks.push(r);
        }
    }
    data
}

/// R3 from R2: the third quarter's actuals as planned, and a météo at its end for every project
/// that reported one before.
fn close_third_quarter(data: &mut ReturnData, year: i32) {
    if let Some(d) = data.submitted_on {
        data.submitted_on = d.checked_add_signed(chrono::Duration::days(91));
    }
    for line in &mut data.budget {
        line.actual[2] = line.planned[2];
    }
    for line in &mut data.workload {
        line.actual[2] = line.planned[2];
    }
    let end = NaiveDate::from_ymd_opt(year, 9, 30).expect("a date");
    let mut latest: Vec<pmo_model::model::StatusReport> = Vec::new();
    for s in &data.statuses {
        match latest.iter_mut().find(|l| l.project == s.project) {
            Some(l) if l.date < s.date => *l = s.clone(),
            Some(_) => {}
            None => latest.push(s.clone()),
        }
    }
    for mut s in latest {
        s.date = end;
        data.statuses.push(s);
    }
}

/// Writes [`portfolio`] into `dir` (created), one workbook per return, named like the demo's.
pub fn write(dir: &Path, directorates: usize, projects: usize, campaigns: usize, year: i32) -> std::io::Result<Written> {
    std::fs::create_dir_all(dir)?;
    let mut written = Written::default();
    let returns = portfolio(directorates, projects, campaigns, year);
    let last = returns.iter().map(|r| r.campaign).max();
    for data in &returns {
        let rows = [data.projects.len(), data.budget.len(), data.workload.len(), data.statuses.len(), data.risks.len()]
            .into_iter()
            .max()
            .unwrap_or(0) as u32;
        let options = TemplateOptions {
            unit: data.unit,
            rows: rows.max(TemplateOptions::default().rows),
            ..TemplateOptions::default()
        };
        let bytes = write_workbook(data, &options).map_err(std::io::Error::other)?;
        let path = dir.join(format!("{}-{}-{}.xlsx", data.year, data.directorate, data.campaign.code()));
        std::fs::write(&path, &bytes)?;
        written.bytes += bytes.len() as u64;
        written.files.push(path);
        if Some(data.campaign) == last {
            written.projects += data.projects.len();
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_directorate_holds_the_asked_projects_with_unique_codes() {
        let returns = portfolio(7, 23, 4, 2026);
        assert_eq!(returns.len(), 28, "seven directorates with four campaigns each");
        let r3 = returns.iter().find(|r| r.directorate == "D007" && r.campaign == Campaign::R3).expect("D007 R3");
        let mut codes: Vec<&str> = r3.projects.iter().map(|p| p.code.as_str()).collect();
        let before = codes.len();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), before, "project codes must be unique within a return, or the import rejects it");
        assert!(before > 15 && before <= 23, "about the asked 23 projects (some demo projects skip a campaign): {before}");
        assert!(
            r3.budget.iter().all(|l| l.actual[2] == l.planned[2]),
            "R3 closes the third quarter: its actuals are known"
        );
    }
}
