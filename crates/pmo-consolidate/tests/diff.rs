//! Changes between two campaigns on a known set of returns whose changes are computed by hand in
//! the comments, the bridges' sums, and a 500-project portfolio over five campaigns.

mod common;

use std::time::Instant;

use common::*;
use pmo_consolidate::{
    consolidate, diff, diff_with, latest_campaign, summary, variance_bridge, Bridge, CampaignDiff, DiffOptions,
    LineKey, RescopeReason, SourceReturn, StepKind, WeatherTrend,
};
use pmo_model::model::{Campaign, Category, Choice, Milestone, Nature, ProjectStatus, Weather};
use rust_decimal::Decimal;
use serde_json::{json, Value};

/// Sets the end date of the project last added to the return.
fn ending(mut r: R, end: &str) -> R {
    r.0.data.projects.last_mut().expect("a project was added").end = Some(date(end));
    r
}

fn milestone(mut r: R, project: &str, name: &str, baseline: &str, forecast: &str) -> R {
    r.0.data.milestones.push(Milestone {
        project: project.to_string(),
        name: name.to_string(),
        baseline: Some(date(baseline)),
        forecast: Some(date(forecast)),
        actual: None,
        origin: None,
    });
    r
}

fn status_of(mut r: R, code: &str, status: ProjectStatus) -> R {
    r.0.data.projects.iter_mut().find(|p| p.code == code).expect("the project is listed").status = Some(status);
    r
}

/// Landing as of R1 → as of R2, per project:
///
/// | project | budget | R1 landing | R2 landing | delta | what happened |
/// | DSI/P1 | 1000 | 90+250+300+400 = 1040 | 95+240+350+450 = 1135 | +95 | météo Cloudy → Rainy, Go-live +31 days |
/// | DSI/P2 | 1000 | 250+750 = 1000 | 250+100 = 350 | −650 | cancelled |
/// | DSI/P3 | 400 | 100+300 = 400 | absent: keeps R1's 400 | 0 | removed (money spent stays spent) |
/// | DSI/P4 | 0 | absent: 0 | 200+300 = 500 | +500 | added (hors budget initial) |
/// | DSI/P5 | 400 | 100+300 = 400 | 100+100+200 + 20 = 420 | +20 | an OPEX licences line, end +61 days, Rainy → Cloudy |
/// | DRH/H1 | 500 | 100+375 = 475 | no R2: 475 | 0 | |
/// | DAF/F1 | 200 | no R1, BI: 200 | 50+60+50+50 = 210 | +10 | |
/// | total | 3500 | 3515 | 3490 | −25 | |
fn returns() -> Vec<SourceReturn> {
    let ext = Some(Category::External);
    let dsi_bi = ret(1, "DSI", Campaign::Bi)
        .envelope("4000")
        .simple("P1", q("100", "200", "300", "400"), zero())
        .simple("P2", q("250", "250", "250", "250"), zero())
        .simple("P3", q("100", "100", "100", "100"), zero())
        .project("P5", "Messagerie", Some(ProjectStatus::InProgress))
        .line("P5", Nature::Capex, ext, q("100", "100", "100", "100"), zero());

    let dsi_r1 = ret(2, "DSI", Campaign::R1)
        .simple("P1", q("100", "250", "300", "400"), q("90", "0", "0", "0"))
        .status("P1", "2026-04-05", Weather::Cloudy)
        .simple("P2", q("250", "250", "250", "250"), q("250", "0", "0", "0"))
        .status("P2", "2026-04-05", Weather::Sunny)
        .simple("P3", q("100", "100", "100", "100"), q("100", "0", "0", "0"))
        .status("P3", "2026-04-05", Weather::Sunny);
    let dsi_r1 = ending(dsi_r1.project("P5", "Messagerie", Some(ProjectStatus::InProgress)), "2026-09-30")
        .line("P5", Nature::Capex, ext, q("100", "100", "100", "100"), q("100", "0", "0", "0"))
        .status("P5", "2026-04-05", Weather::Rainy);
    let dsi_r1 = milestone(dsi_r1, "P1", "Go-live", "2026-06-30", "2026-06-30");
    let dsi_r1 = milestone(dsi_r1, "P1", "Recette", "2026-05-31", "2026-06-15");

    let dsi_r2 = ret(3, "DSI", Campaign::R2)
        .simple("P1", q("100", "250", "350", "450"), q("95", "240", "0", "0"))
        .status("P1", "2026-07-05", Weather::Rainy)
        .simple("P2", q("250", "100", "0", "0"), q("250", "100", "0", "0"))
        .project("P4", "Chatbot", Some(ProjectStatus::Approved))
        .line("P4", Nature::Capex, ext, q("0", "0", "200", "300"), zero());
    let dsi_r2 = status_of(dsi_r2, "P2", ProjectStatus::Cancelled);
    let dsi_r2 = ending(dsi_r2.project("P5", "Messagerie", Some(ProjectStatus::InProgress)), "2026-11-30")
        .line("P5", Nature::Capex, ext, q("100", "100", "100", "100"), q("100", "100", "0", "0"))
        .line("P5", Nature::Opex, Some(Category::Licences), q("0", "0", "10", "10"), zero())
        .status("P5", "2026-07-05", Weather::Cloudy);
    // Written "go live" this time: the same milestone.
    let dsi_r2 = milestone(dsi_r2, "P1", "Go live", "2026-06-30", "2026-07-31");
    let dsi_r2 = milestone(dsi_r2, "P1", "Recette", "2026-05-31", "2026-06-20");

    let opex_ext = |r: R, code: &str, planned, actual| r.line(code, Nature::Opex, ext, planned, actual);
    let drh_bi =
        opex_ext(ret(4, "DRH", Campaign::Bi).project("H1", "Paie", None), "H1", q("125", "125", "125", "125"), zero());
    let drh_r1 = opex_ext(
        ret(5, "DRH", Campaign::R1).project("H1", "Paie", None),
        "H1",
        q("125", "125", "125", "125"),
        q("100", "0", "0", "0"),
    );

    let hw = Some(Category::Hardware);
    let daf_bi = ret(6, "DAF", Campaign::Bi).project("F1", "Clôture", None).line(
        "F1",
        Nature::Capex,
        hw,
        q("50", "50", "50", "50"),
        zero(),
    );
    let daf_r2 = ret(7, "DAF", Campaign::R2).project("F1", "Clôture", None).line(
        "F1",
        Nature::Capex,
        hw,
        q("50", "50", "50", "50"),
        q("50", "60", "0", "0"),
    );

    vec![dsi_bi.done(), dsi_r1.done(), dsi_r2.done(), drh_bi.done(), drh_r1.done(), daf_bi.done(), daf_r2.done()]
}

fn codes<'a>(rows: impl IntoIterator<Item = &'a pmo_consolidate::ProjectDelta>) -> Vec<(&'a str, Decimal)> {
    rows.into_iter().map(|r| (r.code.as_str(), r.landing_delta)).collect()
}

/// start + Σ steps = end, and each running total is the sum so far.
fn assert_sums(b: &Bridge, what: &str) {
    let mut running = b.start;
    for s in &b.steps {
        running += s.amount;
        assert_eq!(s.running_total, running, "{what}: each step's running total is start plus the steps so far");
    }
    assert_eq!(running, b.end, "{what}: the steps must explain the whole gap from start to end");
}

fn r1_r2() -> CampaignDiff {
    diff(YEAR, &returns(), Campaign::R1, Campaign::R2)
}

#[test]
fn projects_added_removed_and_rescoped_between_r1_and_r2() {
    let c = r1_r2();
    assert!(!c.refused);
    assert_eq!(codes(&c.added), vec![("P4", d("500"))], "P4 is in R2, not in R1");
    assert!(c.added[0].in_to && !c.added[0].in_from);
    assert_eq!(c.added[0].budget_voted, Some(d("0")), "added after the BI: hors budget initial");
    assert_eq!(codes(&c.removed), vec![("P3", d("0"))], "P3 is in R1, not in R2, and keeps R1's landing");

    let rescoped: Vec<(&str, &Vec<RescopeReason>)> =
        c.rescoped.iter().map(|r| (r.project.code.as_str(), &r.reasons)).collect();
    assert_eq!(
        rescoped,
        vec![
            (
                "P2",
                &vec![
                    RescopeReason::StatusChanged {
                        before: Some(ProjectStatus::InProgress),
                        after: Some(ProjectStatus::Cancelled)
                    },
                    // −650 / 1000.
                    RescopeReason::LandingChanged { before: d("1000"), after: d("350"), ratio: Some(d("-0.65")) },
                ]
            ),
            (
                "P5",
                &vec![
                    RescopeReason::EndDateMoved { before: date("2026-09-30"), after: date("2026-11-30"), days: 61 },
                    RescopeReason::LinesAdded {
                        lines: vec![LineKey { nature: Nature::Opex, category: Some(Category::Licences) }]
                    },
                ]
            ),
        ],
        "P1 (+95 of 1040, 9 %) and F1 (+10 of 200, 5 %) move less than 20 % and keep their scope"
    );
}

#[test]
fn landing_deltas_per_project_and_directorate_come_largest_first() {
    let c = r1_r2();
    assert_eq!(
        codes(&c.landing_deltas),
        vec![("P2", d("-650")), ("P4", d("500")), ("P1", d("95")), ("P5", d("20")), ("F1", d("10"))],
        "by absolute size; H1 did not move, P3 kept its R1 landing: both left out"
    );
    let p1 = c.landing_deltas.iter().find(|x| x.code == "P1").unwrap();
    assert_eq!((p1.landing_from, p1.landing_to), (d("1040"), d("1135")));
    assert_eq!(p1.landing_delta_ratio, Some(d("95") / d("1040")));
    assert_eq!((c.landing_from, c.landing_to, c.landing_delta), (d("3515"), d("3490"), d("-25")));
    assert_eq!(c.budget_voted, Some(d("3500")));

    let dirs: Vec<_> = c.directorates.iter().map(|x| (x.code.as_str(), x.landing_delta)).collect();
    // DSI: 2805 (P3's 400 kept) − 2840.
    assert_eq!(dirs, vec![("DSI", d("-35")), ("DAF", d("10")), ("DRH", d("0"))]);
    let dsi = &c.directorates[0];
    assert_eq!((dsi.landing_from, dsi.landing_to), (d("2840"), d("2805")));
    assert_eq!(
        (dsi.campaign_from, dsi.campaign_to, dsi.no_return_for_to),
        (Some(Campaign::R1), Some(Campaign::R2), false)
    );
}

#[test]
fn a_directorate_without_a_return_for_to_is_compared_as_of_its_latest_and_flagged() {
    let c = r1_r2();
    assert_eq!(c.directorates_without_return_for_to, vec!["DRH".to_string()]);
    let drh = c.directorates.iter().find(|x| x.code == "DRH").unwrap();
    assert_eq!((drh.campaign_from, drh.campaign_to), (Some(Campaign::R1), Some(Campaign::R1)));
    assert!(drh.no_return_for_to && drh.unchanged_return, "its R1 stands for R2");
    assert_eq!(drh.landing_to, d("475"), "its R1 landing, not 0");
    let daf = c.directorates.iter().find(|x| x.code == "DAF").unwrap();
    assert_eq!(
        (daf.campaign_from, daf.campaign_to),
        (Some(Campaign::Bi), Some(Campaign::R2)),
        "no R1: its BI as of R1"
    );
    assert!(!daf.no_return_for_to && !daf.unchanged_return);
}

#[test]
fn the_variance_bridge_explains_budget_voted_to_landing_project_by_project() {
    let c = r1_r2();
    let b = &c.budget_bridge;
    // Variances as of R2: P2 −650, P4 +500, P1 +135, H1 −25, P5 +20, F1 +10 (P3 keeps R1's 400: 0).
    assert_eq!((b.start, b.end), (d("3500"), d("3490")));
    let steps: Vec<_> = b.steps.iter().map(|s| (s.code.as_deref().unwrap(), s.amount, s.running_total)).collect();
    assert_eq!(
        steps,
        vec![
            ("P2", d("-650"), d("2850")),
            ("P4", d("500"), d("3350")),
            ("P1", d("135"), d("3485")),
            ("H1", d("-25"), d("3460")),
            ("P5", d("20"), d("3480")),
            ("F1", d("10"), d("3490")),
        ]
    );
    assert!(b.steps.iter().all(|s| s.kind == StepKind::Project && s.project_count == 1));
    assert_sums(b, "budget bridge");

    // Three project steps, then the three smallest (−25 + 20 + 10) as "others".
    let options = DiffOptions { bridge_steps: Some(3), ..DiffOptions::default() };
    let c3 = diff_with(YEAR, &returns(), Campaign::R1, Campaign::R2, &options);
    let b3 = &c3.budget_bridge;
    assert_eq!(b3.steps.len(), 4);
    let others = &b3.steps[3];
    assert_eq!(
        (others.kind, others.project_count, others.amount, others.code.as_deref()),
        (StepKind::Others, 3, d("5"), None)
    );
    assert_sums(b3, "budget bridge with others");
    assert_sums(&c3.landing_bridge, "landing bridge with others");
    assert_eq!(c3.landing_bridge.steps.last().unwrap().project_count, 2, "P5, F1 beyond the first three");
}

#[test]
fn the_landing_bridge_goes_from_the_landing_then_to_the_landing_now() {
    let b = r1_r2().landing_bridge;
    assert_eq!((b.start, b.end), (d("3515"), d("3490")));
    let steps: Vec<_> = b.steps.iter().map(|s| (s.code.as_deref().unwrap(), s.amount)).collect();
    assert_eq!(
        steps,
        vec![("P2", d("-650")), ("P4", d("500")), ("P1", d("95")), ("P5", d("20")), ("F1", d("10"))]
    );
    assert_sums(&b, "landing bridge");
}

#[test]
fn projects_without_a_budget_enter_the_variance_bridge_in_one_step() {
    let mut rs = returns();
    rs.push(ret(8, "DCOM", Campaign::R1).simple("C1", q("10", "10", "10", "10"), q("7", "0", "0", "0")).done());
    let p = consolidate(YEAR, &rs, Some(Campaign::R2));
    let b = variance_bridge(&p, None);
    assert_eq!(b.start, d("3500"), "the budget of the projects that have one");
    assert_eq!(b.end, d("3527"), "every project's landing: 3490 + C1's 7 + 30");
    let unbudgeted = b.steps.iter().find(|s| s.kind == StepKind::Unbudgeted).expect("C1 has no budget voted");
    assert_eq!((unbudgeted.amount, unbudgeted.project_count), (d("37"), 1));
    assert_sums(&b, "bridge with an unbudgeted directorate");
    assert_eq!(diff(YEAR, &rs, Campaign::R1, Campaign::R2).budget_voted, None, "DCOM has no BI");
}

#[test]
fn weather_changes_say_worse_or_better() {
    let c = r1_r2();
    let view: Vec<_> = c.weather_changes.iter().map(|w| (w.code.as_str(), w.before, w.after, w.trend)).collect();
    assert_eq!(
        view,
        vec![
            ("P1", Weather::Cloudy, Weather::Rainy, WeatherTrend::Worse),
            ("P5", Weather::Rainy, Weather::Cloudy, WeatherTrend::Better),
        ],
        "worse first; P2 and P3 keep their R1 météo, which is no change"
    );
    assert_eq!(
        (c.weather_changes[0].date_before, c.weather_changes[0].date_after),
        (date("2026-04-05"), date("2026-07-05"))
    );
}

#[test]
fn milestones_moved_by_days_and_newly_late() {
    let c = r1_r2();
    let view: Vec<_> = c
        .milestones_moved
        .iter()
        .map(|m| {
            (m.milestone.as_str(), m.days, m.behind_baseline_to, m.baseline_slip_days, m.late_from, m.late_to, m.newly_late)
        })
        .collect();
    assert_eq!(
        view,
        vec![
            // 30/06 → 31/07 against a baseline of 30/06: it slipped by 31 days, but 31/07 is still
            // ahead of the R2 return: not late.
            ("Go live", Some(31), true, Some(31), false, false, false),
            // 15/06 → 20/06 against 31/05, not reached at R2: now past due, late.
            ("Recette", Some(5), true, Some(20), false, true, true),
        ],
        "largest slip first; 'Go-live' and 'Go live' are the same milestone"
    );
    assert_eq!((c.milestones_moved[0].project.as_str(), c.milestones_moved[0].directorate.as_str()), ("P1", "DSI"));
    assert_eq!(c.milestones_moved[0].forecast_from, Some(date("2026-06-30")));
}

#[test]
fn from_bi_to_the_latest_campaign() {
    let rs = returns();
    let latest = latest_campaign(YEAR, &rs).expect("there are returns");
    assert_eq!(latest, Campaign::R2);
    let c = diff(YEAR, &rs, Campaign::Bi, latest);
    // As of BI every project lands on its budget: 3500.
    assert_eq!((c.landing_from, c.landing_to), (d("3500"), d("3490")));
    assert_eq!(codes(&c.added), vec![("P4", d("500"))]);
    assert_eq!(codes(&c.removed), vec![("P3", d("0"))], "P3 keeps the landing of R1, its budget");
    let h1 = c.landing_deltas.iter().find(|x| x.code == "H1").unwrap();
    assert_eq!(h1.landing_delta, d("-25"), "500 as of BI, 475 as of its R1");
    assert!(c.weather_changes.is_empty(), "no météo as of BI: nothing to compare");
    assert!(c.milestones_moved.is_empty());
    let p5 = c.rescoped.iter().find(|r| r.project.code == "P5").unwrap();
    assert_eq!(p5.reasons.len(), 1, "the BI gave no end date: only the new line counts");
    assert_sums(&c.budget_bridge, "budget bridge");
    assert_sums(&c.landing_bridge, "landing bridge");
    assert_eq!(c.budget_bridge, r1_r2().budget_bridge, "the budget bridge depends on `to` only");
}

#[test]
fn from_not_before_to_is_refused_with_an_empty_diff() {
    for (from, to) in [(Campaign::R2, Campaign::R1), (Campaign::R1, Campaign::R1)] {
        let c = diff(YEAR, &returns(), from, to);
        assert!(c.refused, "{from:?} → {to:?} must be refused");
        assert!(c.added.is_empty() && c.landing_deltas.is_empty() && c.directorates.is_empty());
        assert!(c.budget_bridge.steps.is_empty());
    }
}

#[test]
fn the_json_form_of_a_diff() {
    let v: Value = serde_json::to_value(r1_r2()).unwrap();
    assert_eq!(v["from"], "R1");
    assert_eq!(v["landing_delta"], "-25.00");
    assert_eq!(v["refused"], false);
    let p2 = &v["rescoped"][0];
    assert_eq!(p2["code"], "P2", "the project's fields are flattened into the re-scope row");
    assert_eq!(p2["reasons"][0], json!({"kind": "status_changed", "before": "in_progress", "after": "cancelled"}));
    assert_eq!(
        p2["reasons"][1],
        json!({"kind": "landing_changed", "before": "1000.00", "after": "350.00", "ratio": "-0.6500"})
    );
    assert_eq!(
        v["rescoped"][1]["reasons"][1],
        json!({"kind": "lines_added", "lines": [{"nature": "OPEX", "category": "licences"}]})
    );
    assert_eq!(v["budget_bridge"]["steps"][0]["kind"], "project");
    assert_eq!(v["budget_bridge"]["steps"][0]["running_total"], "2850.00");
    assert_eq!(v["weather_changes"][0]["trend"], "worse");
    assert_eq!(v["milestones_moved"][0]["forecast_to"], "2026-07-31");
    assert_eq!(v["directorates_without_return_for_to"], json!(["DRH"]));
    let mut reversed = returns();
    reversed.reverse();
    let again = serde_json::to_string(&diff(YEAR, &reversed, Campaign::R1, Campaign::R2)).unwrap();
    assert_eq!(serde_json::to_string(&r1_r2()).unwrap(), again, "same returns in any order, same bytes");
}

/// 5 directorates × 100 projects × 5 campaigns. Project i (1–100) of each directorate plans
/// i + c per quarter at campaign c (BI = 0 … CL = 4) and spends what it plans, so its landing
/// as of c is 4(i + c) and its budget voted 4i; its météo is `Weather::ALL[(i + c) % 4]`; its
/// milestone's forecast is 7(c − 1) days after its baseline.
fn large(directorates: usize, projects: usize) -> Vec<SourceReturn> {
    let mut out = Vec::new();
    let mut id = 0;
    for k in 0..directorates {
        let dir = format!("D{k}");
        for (c, campaign) in
            [Campaign::Bi, Campaign::R1, Campaign::R2, Campaign::R3, Campaign::Cl].into_iter().enumerate()
        {
            id += 1;
            let mut r = ret(id, &dir, campaign);
            for i in 1..=projects {
                let code = format!("{dir}-P{i:03}");
                let a = Decimal::from((i + c) as i64);
                r = r.simple(&code, [a; 4], [a; 4]).status(
                    &code,
                    &format!("2026-0{}-01", c + 1),
                    Weather::ALL[(i + c) % 4],
                );
                let baseline = date("2026-12-01");
                let forecast = baseline + chrono::Duration::days(7 * (c as i64 - 1));
                r = milestone(r, &code, "Go-live", "2026-12-01", &forecast.format("%Y-%m-%d").to_string());
            }
            out.push(r.done());
        }
    }
    out
}

#[test]
fn five_hundred_projects_over_five_campaigns() {
    let rs = large(5, 100);
    let started = Instant::now();
    let p = consolidate(YEAR, &rs, None);
    let consolidated = started.elapsed();
    let s = summary(&p);
    let summarised = started.elapsed();
    let c = diff(YEAR, &rs, Campaign::R1, Campaign::Cl);
    let elapsed = started.elapsed();
    // Measured, not asserted: a timing assertion would fail on a loaded machine, not on slow code.
    eprintln!(
        "500 projects × 5 campaigns: consolidate {consolidated:?}, summary {:?}, diff R1 → CL {:?}; total {elapsed:?}",
        summarised - consolidated,
        elapsed - summarised
    );

    // Σ over 5 × (i = 1..100) of 4i = 5 × 4 × 5050 = 101000; landing as of CL: + 5 × 100 × 16.
    assert_eq!(s.totals.project_count, 500);
    assert_eq!(s.totals.budget_voted, Some(d("101000")));
    assert_eq!(s.totals.landing, d("109000"));
    assert_eq!(s.totals.actual, d("109000"), "CL closed every quarter");
    assert!(s.quarters.iter().all(|q| q.closure == pmo_consolidate::Closure::Closed));
    assert_eq!(s.top_drifts.len(), 10);
    assert!(s.top_drifts.iter().all(|x| x.variance == Some(d("16"))));
    assert_eq!(s.top_drifts[0].code, "D0-P001", "equal drifts in directorate and code order");

    // As of R1 each project lands at 4(i + 1), as of CL at 4(i + 4): +12 each.
    assert_eq!((c.landing_from, c.landing_to, c.landing_delta), (d("103000"), d("109000"), d("6000")));
    assert_eq!(c.landing_deltas.len(), 500);
    assert!(c.added.is_empty() && c.removed.is_empty());
    // 12 / 4(i + 1) ≥ 20 % when i + 1 ≤ 15: 14 projects per directorate.
    assert_eq!(c.rescoped.len(), 5 * 14);
    assert_sums(&c.budget_bridge, "large budget bridge");
    assert_sums(&c.landing_bridge, "large landing bridge");
    let others = c.budget_bridge.steps.last().unwrap();
    assert_eq!((others.kind, others.project_count, others.amount), (StepKind::Others, 490, d("7840")), "490 × 16");
    // Météo index i + 1 → i + 4 (mod 4): worse only when i % 4 = 3 (Sunny → Stormy).
    assert_eq!(c.weather_changes.len(), 500);
    assert_eq!(c.weather_changes.iter().filter(|w| w.trend == WeatherTrend::Worse).count(), 125);
    assert_eq!(c.milestones_moved.len(), 500);
    assert!(
        c.milestones_moved.iter().all(|m| m.days == Some(21) && m.behind_baseline_to && !m.behind_baseline_from),
        "on its baseline at R1, 21 days behind it at CL"
    );
    assert!(c.milestones_moved.iter().all(|m| m.newly_late), "CL speaks for 31/12: due 22/12 and not reached is late");
}
