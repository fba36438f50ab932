//! The demo portfolio's invariants: what makes it credible, and what the other stages rely on
//! (unique codes, actuals only in closed quarters, dates within the year, determinism).

mod common;

use std::collections::{BTreeMap, BTreeSet};

use chrono::Datelike;
use rust_decimal::Decimal;

use pmo_model::model::*;
use pmo_template::{demo_portfolio, demo_workbooks, write_workbook, TemplateOptions};

const YEAR: i32 = 2026;

fn bi_total(r: &ReturnData) -> Decimal {
    r.budget.iter().flat_map(|b| b.planned.iter()).sum()
}

#[test]
fn five_directorates_each_with_bi_r1_and_r2() {
    let demo = demo_portfolio(YEAR);
    let mut by_dir: BTreeMap<&str, Vec<Campaign>> = BTreeMap::new();
    for r in &demo {
        assert_eq!(r.year, YEAR);
        by_dir.entry(&r.directorate).or_default().push(r.campaign);
    }
    assert_eq!(
        by_dir.keys().copied().collect::<Vec<_>>(),
        ["DAF", "DCOM", "DOP", "DRH", "DSI"]
    );
    for (dir, campaigns) in &by_dir {
        assert_eq!(
            campaigns,
            &[Campaign::Bi, Campaign::R1, Campaign::R2],
            "{dir}: one return per campaign"
        );
    }
    for r in &demo {
        let name = r.directorate_name.as_deref().unwrap_or("");
        assert!(
            name.starts_with("Direction "),
            "{}: a French directorate name, got {name:?}",
            r.directorate
        );
        assert!(r.owner.is_some() && r.submitted_on.is_some() && r.envelope.is_some());
    }
    assert!(
        demo.iter().any(|r| r.unit == Unit::KiloEuro),
        "one directorate writes in k€"
    );
    assert!(demo.iter().any(|r| r.unit == Unit::Euro));
}

#[test]
fn about_forty_five_projects_with_codes_unique_and_owned_by_one_directorate() {
    let demo = demo_portfolio(YEAR);
    let mut owner: BTreeMap<String, String> = BTreeMap::new();
    for r in &demo {
        let codes: BTreeSet<&str> = r.projects.iter().map(|p| p.code.as_str()).collect();
        assert_eq!(
            codes.len(),
            r.projects.len(),
            "{} {:?}: duplicate project code",
            r.directorate,
            r.campaign
        );
        for p in &r.projects {
            let first = owner.entry(p.code.clone()).or_insert_with(|| r.directorate.clone());
            assert_eq!(first, &r.directorate, "{} is claimed by two directorates", p.code);
        }
        let known = |code: &str| codes.contains(code);
        assert!(
            r.budget.iter().all(|b| known(&b.project)),
            "budget lines name projects of the return"
        );
        assert!(r.workload.iter().all(|w| known(&w.project)));
        assert!(r.statuses.iter().all(|s| known(&s.project)));
        assert!(r.risks.iter().all(|k| known(&k.project)));
        assert!(r.milestones.iter().all(|m| known(&m.project)));
    }
    assert!((40..=50).contains(&owner.len()), "{} projects in all", owner.len());
}

#[test]
fn actuals_exist_only_for_the_quarters_a_campaign_has_closed() {
    for r in demo_portfolio(YEAR) {
        let closed = r.campaign.closed_quarters();
        for b in &r.budget {
            for q in closed..4 {
                assert!(
                    b.actual[q].is_zero(),
                    "{} {:?} {}: actual in open quarter T{}",
                    r.directorate,
                    r.campaign,
                    b.project,
                    q + 1
                );
            }
        }
        for w in &r.workload {
            for q in closed..4 {
                assert!(
                    w.actual[q].is_zero(),
                    "{} {:?} {}: workload actual in T{}",
                    r.directorate,
                    r.campaign,
                    w.project,
                    q + 1
                );
            }
        }
        if r.campaign != Campaign::Bi {
            let spent: Decimal = r.budget.iter().map(|b| b.actual[0]).sum();
            assert!(
                spent > Decimal::ZERO,
                "{} {:?}: Q1 actuals are reported",
                r.directorate,
                r.campaign
            );
        }
    }
}

#[test]
fn amounts_are_exact_cents_and_budgets_are_credible() {
    let demo = demo_portfolio(YEAR);
    let mut year_total = Decimal::ZERO;
    for r in &demo {
        for b in &r.budget {
            for v in b.planned.iter().chain(&b.actual) {
                assert!(
                    *v >= Decimal::ZERO && v.round_dp(2) == *v,
                    "{}: {v} is not a whole number of cents",
                    b.project
                );
            }
        }
        if r.campaign == Campaign::Bi {
            year_total += bi_total(r);
            for p in &r.projects {
                let budget: Decimal = r
                    .budget
                    .iter()
                    .filter(|b| b.project == p.code)
                    .flat_map(|b| b.planned.iter())
                    .sum();
                assert!(
                    (Decimal::from(20_000)..=Decimal::from(1_500_000)).contains(&budget),
                    "{}: budget {budget} outside 20 k€ – 1.5 M€",
                    p.code
                );
                let natures: BTreeSet<&str> = r
                    .budget
                    .iter()
                    .filter(|b| b.project == p.code)
                    .map(|b| b.nature.code())
                    .collect();
                assert!(!natures.is_empty(), "{} has budget lines", p.code);
            }
        }
    }
    assert!(
        (Decimal::from(10_000_000)..=Decimal::from(15_000_000)).contains(&year_total),
        "the year's BI portfolio is {year_total}, expected 10–15 M€"
    );
    let capex = demo.iter().flat_map(|r| &r.budget).any(|b| b.nature == Nature::Capex);
    let opex = demo.iter().flat_map(|r| &r.budget).any(|b| b.nature == Nature::Opex);
    assert!(capex && opex, "both natures appear");
}

#[test]
fn the_year_tells_a_story_added_dropped_cancelled_suspended_and_over_envelope() {
    let demo = demo_portfolio(YEAR);
    let codes = |r: &ReturnData| r.projects.iter().map(|p| p.code.clone()).collect::<BTreeSet<_>>();
    let mut added = 0;
    let mut dropped = 0;
    for trio in demo.chunks(3) {
        let (bi, r1, r2) = (&trio[0], &trio[1], &trio[2]);
        added += codes(r1).difference(&codes(bi)).count();
        dropped += codes(r1).difference(&codes(r2)).count();
    }
    assert!(
        (1..=3).contains(&added),
        "one or two projects outside the initial budget, got {added}"
    );
    assert!(dropped >= 1, "a project disappears from R2");
    let statuses: Vec<ProjectStatus> = demo
        .iter()
        .filter(|r| r.campaign == Campaign::R2)
        .flat_map(|r| r.projects.iter().filter_map(|p| p.status))
        .collect();
    for s in [
        ProjectStatus::Cancelled,
        ProjectStatus::OnHold,
        ProjectStatus::InProgress,
        ProjectStatus::Done,
    ] {
        assert!(statuses.contains(&s), "some project is {s:?} at R2");
    }
    let over: Vec<&str> = demo
        .iter()
        .filter(|r| r.campaign == Campaign::Bi && r.envelope.is_some_and(|e| bi_total(r) > e))
        .map(|r| r.directorate.as_str())
        .collect();
    assert_eq!(
        over.len(),
        1,
        "exactly one directorate's BI exceeds its envelope: {over:?}"
    );

    // Reforecasts drift both ways.
    let landing = |r: &ReturnData, code: &str| -> Decimal {
        let closed = r.campaign.closed_quarters();
        r.budget
            .iter()
            .filter(|b| b.project == code)
            .map(|b| {
                (0..4)
                    .map(|q| if q < closed { b.actual[q] } else { b.planned[q] })
                    .sum::<Decimal>()
            })
            .sum()
    };
    let (mut up, mut down) = (0, 0);
    for trio in demo.chunks(3) {
        for p in &trio[0].projects {
            if !codes(&trio[2]).contains(&p.code) {
                continue;
            }
            let (voted, landed) = (landing(&trio[0], &p.code), landing(&trio[2], &p.code));
            if landed > voted * Decimal::new(105, 2) {
                up += 1;
            }
            if landed < voted * Decimal::new(95, 2) {
                down += 1;
            }
        }
    }
    assert!(
        up >= 2 && down >= 2,
        "some projects land over, some under: {up} over, {down} under"
    );
}

#[test]
fn one_team_is_overloaded_and_every_team_has_a_capacity() {
    let demo = demo_portfolio(YEAR);
    let mut overloaded = BTreeSet::new();
    for r in &demo {
        for w in &r.workload {
            assert!(
                r.capacity.iter().any(|c| c.team == w.team),
                "{}: team {} has a capacity",
                r.directorate,
                w.team
            );
            assert!(w.daily_rate.is_some_and(|t| t > Decimal::ZERO), "a daily rate is given");
        }
        for c in &r.capacity {
            for q in 0..4 {
                let load: Decimal = r
                    .workload
                    .iter()
                    .filter(|w| w.team == c.team)
                    .map(|w| w.planned[q])
                    .sum();
                if load > c.capacity[q] {
                    overloaded.insert((r.directorate.clone(), c.team.clone()));
                }
            }
        }
    }
    assert_eq!(overloaded.len(), 1, "exactly one team is over 100 %: {overloaded:?}");
}

#[test]
fn statuses_are_dated_within_the_year_and_some_worsen() {
    let demo = demo_portfolio(YEAR);
    let mut worst = BTreeMap::new();
    for r in &demo {
        let mut seen = BTreeSet::new();
        for s in &r.statuses {
            assert_eq!(s.date.year(), YEAR, "{}: status dated {}", s.project, s.date);
            assert!(
                Some(s.date) <= r.submitted_on,
                "{}: a status cannot postdate its return",
                s.project
            );
            assert!(
                seen.insert((s.project.clone(), s.date)),
                "{}: one status per date",
                s.project
            );
            assert!(s
                .progress
                .is_some_and(|p| (Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&p)));
            let w = worst.entry(s.project.clone()).or_insert(s.overall);
            *w = (*w).max(s.overall);
        }
    }
    let bad = worst.values().filter(|w| **w >= Weather::Rainy).count();
    assert!(bad >= 3, "several projects go to Pluie or Orage, got {bad}");
    assert!(worst.values().any(|w| *w == Weather::Stormy));
    let decisions = demo
        .iter()
        .flat_map(|r| &r.statuses)
        .filter(|s| s.decision_needed.is_some())
        .count();
    assert!(decisions >= 2, "a few projects ask the CODIR for a decision");
    let r2 = demo.iter().find(|r| r.campaign == Campaign::R2).unwrap();
    let dates: BTreeSet<_> = r2.statuses.iter().map(|s| s.date).collect();
    assert!(dates.len() >= 2, "R2 carries the history of R1's statuses too");
}

#[test]
fn risks_milestones_and_projects_hold_together() {
    let demo = demo_portfolio(YEAR);
    for r in &demo {
        for k in &r.risks {
            assert!(
                (1..=4).contains(&k.probability) && (1..=4).contains(&k.impact),
                "{}: P and I in 1–4",
                k.project
            );
        }
        let ids: BTreeSet<_> = r.risks.iter().map(|k| k.risk_id.clone()).collect();
        assert_eq!(ids.len(), r.risks.len(), "risk ids are unique in a return");
        for p in &r.projects {
            assert!(p.start <= p.end, "{}: end before start", p.code);
        }
        let names: BTreeSet<_> = r
            .milestones
            .iter()
            .map(|m| (m.project.clone(), m.name.clone()))
            .collect();
        assert_eq!(
            names.len(),
            r.milestones.len(),
            "milestone names are unique per project"
        );
        for m in &r.milestones {
            assert!(
                m.actual.is_none() || m.actual <= r.submitted_on,
                "{}: a milestone reached in the future",
                m.project
            );
        }
    }
    let late = demo
        .iter()
        .flat_map(|r| &r.milestones)
        .filter(|m| m.forecast > m.baseline)
        .count();
    assert!(late >= 3, "some milestones slip");
    let risks = demo
        .iter()
        .filter(|r| r.campaign == Campaign::R2)
        .map(|r| r.risks.len())
        .sum::<usize>();
    assert!(risks >= 30, "a portfolio of this size carries risks, got {risks}");
    let ambitions: BTreeSet<_> = demo
        .iter()
        .flat_map(|r| &r.projects)
        .filter_map(|p| p.ambition.clone())
        .collect();
    assert!(
        (3..=4).contains(&ambitions.len()),
        "3–4 ambitions of the strategic plan: {ambitions:?}"
    );
}

#[test]
fn the_demo_is_deterministic_down_to_the_bytes() {
    assert_eq!(demo_portfolio(YEAR), demo_portfolio(YEAR), "no randomness, no clock");
    let first = &demo_portfolio(YEAR)[4];
    let options = TemplateOptions {
        unit: first.unit,
        ..TemplateOptions::default()
    };
    assert!(write_workbook(first, &options).unwrap() == write_workbook(first, &options).unwrap());
    let other = demo_portfolio(YEAR + 1);
    assert_eq!(other.len(), 15);
    assert!(
        other
            .iter()
            .flat_map(|r| &r.statuses)
            .all(|s| s.date.year() == YEAR + 1),
        "the demo follows the year asked"
    );
}

#[test]
fn the_demo_is_one_named_workbook_per_return() {
    let books = demo_workbooks(YEAR).unwrap();
    assert_eq!(books.len(), 15);
    let names: Vec<String> = books.iter().map(|(name, _)| name.clone()).collect();
    assert!(
        names.contains(&"2026-DSI-BI.xlsx".to_string()) && names.contains(&"2026-DOP-R2.xlsx".to_string()),
        "{names:?}"
    );
    let bytes = &books.iter().find(|(name, _)| name == "2026-DOP-R2.xlsx").unwrap().1;
    let mut book = common::open(bytes);
    let direction = common::range(&mut book, "Direction");
    assert_eq!(
        common::text(&direction, 6, 1),
        "k€",
        "the operations directorate's returns are in k€"
    );
}
