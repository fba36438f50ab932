//! Every alert rule firing and not firing at its threshold, the thresholds as settings, and the
//! sentences in French and English.

mod common;

use std::collections::BTreeMap;

use common::*;
use pmo_consolidate::{
    alerts, alerts_json_text, capacity_with_threshold, consolidate, Alert, AlertThresholds, InvalidSetting, Measure,
    Rule, Severity, SourceReturn,
};
use pmo_model::i18n::{Key, Lang};
use pmo_model::model::{
    Campaign, CapacityLine, Milestone, Origin, ProjectStatus, Risk, RiskStatus, Weather, WorkloadLine,
};
use rust_decimal::Decimal;
use serde_json::{json, Value};

/// Records the shared builder does not write.
trait More {
    fn end(self, code: &str, on: &str) -> Self;
    fn set_status(self, code: &str, status: ProjectStatus) -> Self;
    fn risk(self, code: &str, id: &str, probability: u8, impact: u8, status: Option<RiskStatus>) -> Self;
    fn milestone(
        self,
        code: &str,
        name: &str,
        baseline: Option<&str>,
        forecast: Option<&str>,
        actual: Option<&str>,
    ) -> Self;
    fn workload(self, code: &str, team: &str, planned: [Decimal; 4]) -> Self;
    fn capacity(self, team: &str, capacity: [Decimal; 4]) -> Self;
}

impl More for R {
    fn end(mut self, code: &str, on: &str) -> R {
        self.0.data.projects.iter_mut().find(|p| p.code == code).unwrap().end = Some(date(on));
        self
    }

    fn set_status(mut self, code: &str, status: ProjectStatus) -> R {
        self.0.data.projects.iter_mut().find(|p| p.code == code).unwrap().status = Some(status);
        self
    }

    fn risk(mut self, code: &str, id: &str, probability: u8, impact: u8, status: Option<RiskStatus>) -> R {
        let row = self.0.data.risks.len() as u32 + 2;
        self.0.data.risks.push(Risk {
            project: code.to_string(),
            risk_id: Some(id.to_string()),
            title: format!("Risque {id}"),
            probability,
            impact,
            owner: None,
            mitigation: None,
            status,
            due: None,
            origin: Some(Origin { sheet: "Risques".to_string(), row }),
        });
        self
    }

    fn milestone(
        mut self,
        code: &str,
        name: &str,
        baseline: Option<&str>,
        forecast: Option<&str>,
        actual: Option<&str>,
    ) -> R {
        let row = self.0.data.milestones.len() as u32 + 2;
        self.0.data.milestones.push(Milestone {
            project: code.to_string(),
            name: name.to_string(),
            baseline: baseline.map(date),
            forecast: forecast.map(date),
            actual: actual.map(date),
            origin: Some(Origin { sheet: "Jalons".to_string(), row }),
        });
        self
    }

    fn workload(mut self, code: &str, team: &str, planned: [Decimal; 4]) -> R {
        self.0.data.workload.push(WorkloadLine {
            project: code.to_string(),
            team: team.to_string(),
            planned,
            actual: zero(),
            daily_rate: None,
            origin: None,
        });
        self
    }

    fn capacity(mut self, team: &str, capacity: [Decimal; 4]) -> R {
        self.0.data.capacity.push(CapacityLine { team: team.to_string(), capacity, origin: None });
        self
    }
}

const TODAY: &str = "2026-06-15";

fn run_with(returns: &[SourceReturn], t: &AlertThresholds, today: &str, known: &[&str]) -> Vec<Alert> {
    let portfolio = consolidate(YEAR, returns, None);
    let cap = capacity_with_threshold(YEAR, returns, None, t.team_load_pct);
    let known: Vec<String> = known.iter().map(|s| s.to_string()).collect();
    alerts(&portfolio, returns, &cap, t, date(today), &known)
}

fn run(returns: &[SourceReturn]) -> Vec<Alert> {
    run_with(returns, &AlertThresholds::default(), TODAY, &[])
}

/// The projects (for directorate rules, the directorates) a rule fired for, sorted.
fn fired(alerts: &[Alert], rule: Rule) -> Vec<String> {
    let mut v: Vec<String> = alerts
        .iter()
        .filter(|a| a.rule == rule)
        .map(|a| a.project.clone().unwrap_or_else(|| a.directorate.clone()))
        .collect();
    v.sort();
    v
}

/// The subjects (milestone, risk, team) a rule fired for, sorted.
fn fired_subjects(alerts: &[Alert], rule: Rule) -> Vec<String> {
    let mut v: Vec<String> =
        alerts.iter().filter(|a| a.rule == rule).map(|a| a.subject.clone().unwrap_or_default()).collect();
    v.sort();
    v
}

fn one<'a>(alerts: &'a [Alert], rule: Rule, what: &str) -> &'a Alert {
    alerts
        .iter()
        .find(|a| a.rule == rule && (a.project.as_deref() == Some(what) || a.subject.as_deref() == Some(what)))
        .unwrap_or_else(|| panic!("{} must fire for {what}", rule.code()))
}

fn settings(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

// ----- Variance ---------------------------------------------------------------------------------

/// BI then R1 (Q1 closed); every amount sits in the open Q2, so landing = the R1 planned amount.
fn variance_returns() -> Vec<SourceReturn> {
    let bi = |r: R, code: &str, budget: &str| r.simple(code, q("0", budget, "0", "0"), zero());
    let r1 = |r: R, code: &str, landing: &str| r.simple(code, q("0", landing, "0", "0"), zero());
    let mut b = ret(1, "DSI", Campaign::Bi);
    let mut c = ret(2, "DSI", Campaign::R1);
    for (code, budget, landing) in [
        ("PCT_AT", "100000", "110000"),         // +10 000 = exactly 10 %: fires.
        ("PCT_BELOW", "100000", "109999.99"),   // 9.99999 %, 9 999.99 €: silent.
        ("AMT_AT", "1000000", "1050000"),       // +50 000 € exactly (5 %): fires.
        ("AMT_BELOW", "1000000", "1049999.99"), // 49 999.99 € (4.99 %): silent.
        ("UNDER_AT", "100000", "90000"),        // −10 %: under-spend fires.
        ("UNDER_BELOW", "100000", "90000.01"),  // −9.99999 %: silent.
        ("ON_BUDGET", "100000", "100000"),
    ] {
        b = bi(b, code, budget);
        c = r1(c, code, landing);
    }
    // Added after the BI: budget voted 0, so only the amount can fire.
    c = r1(c, "NEW_AT", "50000");
    c = r1(c, "NEW_BELOW", "49999.99");
    vec![b.done(), c.done()]
}

#[test]
fn variance_fires_from_exactly_the_percentage_or_the_amount() {
    let a = run(&variance_returns());
    assert_eq!(
        fired(&a, Rule::VarianceOver),
        vec!["AMT_AT", "NEW_AT", "PCT_AT"],
        "≥ 10 % or ≥ 50 000 € fires, 9.99 % and 49 999.99 € do not"
    );
    assert_eq!(fired(&a, Rule::VarianceUnder), vec!["UNDER_AT"], "under-spend uses the same thresholds");

    let pct = one(&a, Rule::VarianceOver, "PCT_AT");
    assert_eq!(pct.severity, Severity::Major);
    assert_eq!(
        (pct.value, pct.threshold, pct.measure),
        (Some(d("10")), Some(d("10")), Some(Measure::Percent)),
        "fired by the percentage: the percentage is the figure shown"
    );
    let amt = one(&a, Rule::VarianceOver, "AMT_AT");
    assert_eq!((amt.value, amt.threshold, amt.measure), (Some(d("50000")), Some(d("50000")), Some(Measure::Euros)));
    assert_eq!(one(&a, Rule::VarianceUnder, "UNDER_AT").severity, Severity::Minor);
    assert_eq!(one(&a, Rule::VarianceOver, "NEW_AT").message_key, Key::AlertVarianceOverUnbudgeted);
}

#[test]
fn variance_thresholds_come_from_the_settings() {
    let t = AlertThresholds::from_settings(&settings(&[
        ("alerts.variance_pct", "10,01"),
        ("alerts.variance_amount", "1000000"),
    ]))
    .unwrap();
    let a = run_with(&variance_returns(), &t, TODAY, &[]);
    assert!(fired(&a, Rule::VarianceOver).is_empty(), "10 % < 10.01 % and every amount < 1 M€: {a:#?}");
    assert!(fired(&a, Rule::VarianceUnder).is_empty());
}

#[test]
fn no_variance_alert_without_a_bi_return() {
    // DRH has no BI: its budget is unknown, so no landing can be called a variance.
    let a = run(&[ret(1, "DRH", Campaign::R1).simple("H1", q("0", "900000", "0", "0"), zero()).done()]);
    assert!(fired(&a, Rule::VarianceOver).is_empty());
}

// ----- Météo ------------------------------------------------------------------------------------

#[test]
fn weather_rainy_or_stormy_fires_and_so_does_any_degradation() {
    let r = ret(1, "DSI", Campaign::R2)
        .simple("RAIN", zero(), zero())
        .status("RAIN", "2026-01-10", Weather::Sunny)
        .status("RAIN", "2026-04-05", Weather::Rainy)
        .simple("STORM", zero(), zero())
        .status("STORM", "2026-04-05", Weather::Stormy)
        .simple("WORSE", zero(), zero())
        .status("WORSE", "2026-01-10", Weather::Sunny)
        .status("WORSE", "2026-04-05", Weather::Cloudy)
        // The latest row repeated (workbooks keep earlier rows): the previous météo is the
        // Sunny of January, not the Cloudy of the same date.
        .status("WORSE", "2026-04-05", Weather::Cloudy)
        .simple("SAME", zero(), zero())
        .status("SAME", "2026-01-10", Weather::Cloudy)
        .status("SAME", "2026-04-05", Weather::Cloudy)
        .simple("BETTER", zero(), zero())
        .status("BETTER", "2026-01-10", Weather::Cloudy)
        .status("BETTER", "2026-04-05", Weather::Sunny)
        .simple("DONE", zero(), zero())
        .set_status("DONE", ProjectStatus::Done)
        .status("DONE", "2026-04-05", Weather::Stormy)
        .done();
    let a = run(&[r]);
    assert_eq!(fired(&a, Rule::WeatherBad), vec!["RAIN", "STORM"], "a finished project's last météo is no alert");
    assert_eq!(one(&a, Rule::WeatherBad, "STORM").severity, Severity::Critical, "Orage is critical");
    assert_eq!(one(&a, Rule::WeatherBad, "RAIN").severity, Severity::Major, "Pluie is major");
    assert_eq!(
        fired(&a, Rule::WeatherWorse),
        vec!["WORSE"],
        "Soleil → Nuageux fires; Nuageux → Nuageux and Nuageux → Soleil do not; Pluie is weather_bad only"
    );
    let worse = one(&a, Rule::WeatherWorse, "WORSE");
    assert_eq!(worse.severity, Severity::Minor);
    assert!(worse.message(Lang::Fr).contains("de Soleil à Nuageux au 05/04/2026"), "{}", worse.message(Lang::Fr));
    assert!(one(&a, Rule::WeatherBad, "RAIN").message(Lang::Fr).contains("(précédente : Soleil)"));
    assert!(one(&a, Rule::WeatherBad, "STORM").message(Lang::En).contains("(previous: none)"));
}

#[test]
fn weather_missing_for_the_reporting_quarter_of_the_directorates_campaign() {
    // R2 closed T2: a météo dated from 1 April on is the quarter's.
    let r = ret(1, "DSI", Campaign::R2)
        .simple("LATE", zero(), zero())
        .status("LATE", "2026-03-31", Weather::Sunny)
        .simple("ON_TIME", zero(), zero())
        .status("ON_TIME", "2026-04-01", Weather::Sunny)
        .simple("NEVER", zero(), zero())
        .project("APPROVED", "Pas démarré", Some(ProjectStatus::Approved))
        .done();
    // BI: no quarter has closed, no météo is due yet.
    let bi = ret(2, "DRH", Campaign::Bi).simple("H1", zero(), zero()).done();
    let a = run(&[r, bi]);
    assert_eq!(
        fired(&a, Rule::WeatherMissing),
        vec!["LATE", "NEVER"],
        "31/03 is T1, 01/04 is T2; a project not in progress owes no météo; a BI owes none"
    );
    let never = one(&a, Rule::WeatherMissing, "NEVER");
    assert_eq!(
        never.message(Lang::Fr),
        "Projet NEVER « Projet NEVER » (DSI) : en cours sans météo datée du T2 2026 ou après (dernière : aucune)."
    );
    assert!(one(&a, Rule::WeatherMissing, "LATE").message(Lang::En).ends_with("(latest: 2026-03-31)."));
}

// ----- Milestones -------------------------------------------------------------------------------

fn milestone_returns() -> Vec<SourceReturn> {
    vec![ret(1, "DSI", Campaign::R1)
        .simple("P1", zero(), zero())
        // Today is 15/06/2026.
        .milestone("P1", "slip 1 day", Some("2026-06-30"), Some("2026-07-01"), None)
        .milestone("P1", "slip 2 days", Some("2026-06-30"), Some("2026-07-02"), None)
        .milestone("P1", "on baseline", Some("2026-06-30"), Some("2026-06-30"), None)
        .milestone("P1", "due yesterday", Some("2026-06-14"), Some("2026-06-14"), None)
        .milestone("P1", "due today", Some("2026-06-15"), Some("2026-06-15"), None)
        .milestone("P1", "reached late", Some("2026-06-01"), Some("2026-06-05"), Some("2026-06-05"))
        .milestone("P1", "baseline only", Some("2026-06-10"), None, None)
        // Slipped to the future, but its forecast decides: not overdue, slipped by 20 days.
        .milestone("P1", "moved away", Some("2026-06-10"), Some("2026-06-30"), None)
        .done()]
}

#[test]
fn milestones_late_when_past_and_not_reached_or_forecast_after_baseline() {
    let a = run(&milestone_returns());
    assert_eq!(
        fired_subjects(&a, Rule::MilestoneOverdue),
        vec!["baseline only", "due yesterday"],
        "a date before today, not reached, is overdue; today itself is not; a reached milestone never is"
    );
    assert_eq!(
        fired_subjects(&a, Rule::MilestoneSlipped),
        vec!["moved away", "slip 1 day", "slip 2 days"],
        "any forecast after its baseline fires with the default tolerance of 0 days"
    );
    let overdue = one(&a, Rule::MilestoneOverdue, "baseline only");
    assert_eq!((overdue.value, overdue.measure), (Some(d("5")), Some(Measure::Days)), "10/06 → 15/06");
    assert_eq!(overdue.severity, Severity::Major);
    assert_eq!(one(&a, Rule::MilestoneSlipped, "moved away").value, Some(d("20")));

    let t = AlertThresholds::from_settings(&settings(&[("alerts.milestone_slip_days", "1")])).unwrap();
    let a = run_with(&milestone_returns(), &t, TODAY, &[]);
    assert_eq!(
        fired_subjects(&a, Rule::MilestoneSlipped),
        vec!["moved away", "slip 2 days"],
        "with 1 day tolerated, a 1-day slip is silent and a 2-day slip fires"
    );
}

#[test]
fn milestones_are_judged_as_of_the_returns_submission_date_when_earlier_than_today() {
    let mut returns = milestone_returns();
    returns[0].data.submitted_on = Some(chrono::NaiveDate::from_ymd_opt(2026, 6, 12).unwrap());
    let a = run(&returns);
    assert_eq!(
        fired_subjects(&a, Rule::MilestoneOverdue),
        vec!["baseline only"],
        "a return written on 12/06 cannot report a milestone due on 14/06 as reached: only what was due before 12/06 is late"
    );
    assert_eq!(one(&a, Rule::MilestoneOverdue, "baseline only").value, Some(d("2")), "10/06 → 12/06");

    returns[0].data.submitted_on = Some(chrono::NaiveDate::from_ymd_opt(2026, 7, 1).unwrap());
    assert_eq!(
        fired_subjects(&run(&returns), Rule::MilestoneOverdue),
        vec!["baseline only", "due yesterday"],
        "a submission date after today (a typo, a clock) never pushes lateness past today"
    );
}

// ----- Risks ------------------------------------------------------------------------------------

#[test]
fn risks_of_criticality_at_the_threshold_fire_unless_closed() {
    let returns = vec![ret(1, "DSI", Campaign::R1)
        .simple("P1", zero(), zero())
        .risk("P1", "R12", 3, 4, Some(RiskStatus::Open))
        .risk("P1", "R12_TREATED", 4, 3, Some(RiskStatus::InProgress))
        .risk("P1", "R12_NO_STATUS", 3, 4, None)
        .risk("P1", "R9", 3, 3, Some(RiskStatus::Open))
        .risk("P1", "R16_CLOSED", 4, 4, Some(RiskStatus::Closed))
        .done()];
    let a = run(&returns);
    assert_eq!(
        fired_subjects(&a, Rule::RiskCritical),
        vec!["R12", "R12_NO_STATUS", "R12_TREATED"],
        "criticality 12 fires (≥ 12), 9 does not, a closed risk never does, no status counts as open"
    );
    let r = one(&a, Rule::RiskCritical, "R12");
    assert_eq!((r.value, r.threshold, r.measure), (Some(d("12")), Some(d("12")), Some(Measure::Criticality)));

    let t = AlertThresholds::from_settings(&settings(&[("alerts.risk_criticality", "13")])).unwrap();
    assert!(fired_subjects(&run_with(&returns, &t, TODAY, &[]), Rule::RiskCritical).is_empty(), "12 < 13");
}

#[test]
fn risks_and_milestones_are_read_from_the_current_return_only() {
    // R1 had a critical risk and an overdue milestone; R2, the current return, no longer has them.
    let returns = vec![
        ret(1, "DSI", Campaign::R1)
            .simple("P1", zero(), zero())
            .risk("P1", "OLD", 4, 4, Some(RiskStatus::Open))
            .milestone("P1", "old", Some("2026-03-01"), None, None)
            .done(),
        ret(2, "DSI", Campaign::R2)
            .simple("P1", zero(), zero())
            .risk("P1", "NEW", 4, 3, Some(RiskStatus::Open))
            .milestone("P1", "old", Some("2026-03-01"), None, Some("2026-03-02"))
            .done(),
    ];
    let a = run(&returns);
    assert_eq!(fired_subjects(&a, Rule::RiskCritical), vec!["NEW"], "R1's risk is history, R2's is current");
    assert!(fired_subjects(&a, Rule::MilestoneOverdue).is_empty(), "R2 says the milestone was reached");
}

// ----- Teams ------------------------------------------------------------------------------------

#[test]
fn team_load_fires_above_the_threshold_not_at_it() {
    let returns = vec![ret(1, "DSI", Campaign::R1)
        .simple("P1", zero(), zero())
        .simple("P2", zero(), zero())
        .capacity("Full", q("100", "100", "100", "100"))
        .capacity("Over", q("100", "100", "80", "100"))
        .workload("P1", "Full", q("100", "100", "100", "100"))
        .workload("P1", "Over", q("100.5", "0", "60", "0"))
        .workload("P2", "Over", q("0", "0", "40", "0"))
        // Workload without capacity, and a team without capacity that has no workload.
        .workload("P1", "Data", q("0", "12.5", "0", "0"))
        .workload("P2", "Idle", zero())
        .done()];
    let a = run(&returns);
    assert_eq!(fired_subjects(&a, Rule::TeamOverload), vec!["Over"], "100 % is full, not over; 100.5 % is over");
    let over = one(&a, Rule::TeamOverload, "Over");
    assert_eq!(over.value, Some(d("125")), "the worst quarter: T3, 100 planned for 80");
    assert_eq!((over.threshold, over.measure), (Some(d("100")), Some(Measure::Percent)));
    assert_eq!(
        over.message(Lang::Fr),
        "Équipe Over (DSI) : charge de 125\u{a0}% de sa capacité au T3 (100 JH prévus pour 80 JH disponibles ; premier projet : P1)."
    );
    assert_eq!(fired_subjects(&a, Rule::TeamCapacityMissing), vec!["Data"], "no capacity with workload is flagged");
    assert_eq!(one(&a, Rule::TeamCapacityMissing, "Data").value, Some(d("12.5")));

    let t = AlertThresholds::from_settings(&settings(&[("alerts.team_load_pct", "125")])).unwrap();
    assert!(
        fired_subjects(&run_with(&returns, &t, TODAY, &[]), Rule::TeamOverload).is_empty(),
        "125 % is not over 125 %"
    );
    let t = AlertThresholds::from_settings(&settings(&[("alerts.team_load_pct", "99.99")])).unwrap();
    assert_eq!(fired_subjects(&run_with(&returns, &t, TODAY, &[]), Rule::TeamOverload), vec!["Full", "Over"]);
}

// ----- Directorates -----------------------------------------------------------------------------

#[test]
fn a_directorate_over_its_envelope_by_a_cent_fires() {
    let returns = vec![
        ret(1, "DSI", Campaign::Bi).envelope("1000").simple("P1", q("1000", "0", "0", "0"), zero()).done(),
        ret(2, "DRH", Campaign::Bi).envelope("1000").simple("H1", q("1000.01", "0", "0", "0"), zero()).done(),
    ];
    let a = run(&returns);
    assert_eq!(fired(&a, Rule::DirectorateOverEnvelope), vec!["DRH"], "landing = envelope is within it");
    let drh = one_directorate(&a, Rule::DirectorateOverEnvelope, "DRH");
    assert_eq!(drh.severity, Severity::Critical);
    assert_eq!((drh.value, drh.threshold), (Some(d("1000.01")), Some(d("1000"))));
    assert_eq!(
        drh.message(Lang::Fr),
        "Direction DRH : atterrissage de 1\u{202f}000\u{a0}€ au-delà de son enveloppe de 1\u{202f}000\u{a0}€ (dépassement de 0,01\u{a0}€)."
    );
    assert_eq!(
        drh.message(Lang::En),
        "Directorate DRH: landing of €1,000 above its envelope of €1,000 (over by €0.01)."
    );
}

fn one_directorate<'a>(alerts: &'a [Alert], rule: Rule, directorate: &str) -> &'a Alert {
    alerts.iter().find(|a| a.rule == rule && a.directorate == directorate).expect("the alert must fire")
}

#[test]
fn a_directorate_without_a_return_for_the_current_campaign() {
    let returns = vec![
        ret(1, "DSI", Campaign::Bi).simple("P1", zero(), zero()).done(),
        ret(2, "DSI", Campaign::R1).simple("P1", zero(), zero()).done(),
        ret(3, "DSI", Campaign::R2).simple("P1", zero(), zero()).done(),
        ret(4, "DRH", Campaign::R1).simple("H1", zero(), zero()).done(),
        // Another year's R3 does not make R3 the current campaign.
        ret(5, "DAF", Campaign::R3).year(2025).simple("F1", zero(), zero()).done(),
    ];
    // "dsi" is DSI typed in lower case: the same directorate. DCOM never returned this year.
    let a = run_with(&returns, &AlertThresholds::default(), TODAY, &["dsi", "DCOM"]);
    assert_eq!(
        fired(&a, Rule::DirectorateMissingReturn),
        vec!["DCOM", "DRH"],
        "DRH (latest R1) and DCOM (known, never returned) lack R2; DSI has it, and DAF, seen only in 2025 \
         and not named, is not expected: {a:#?}"
    );
    assert!(a.iter().filter(|x| x.rule == Rule::DirectorateMissingReturn).all(|x| x.subject.as_deref() == Some("R2")));
    let drh = one_directorate(&a, Rule::DirectorateMissingReturn, "DRH");
    assert_eq!(
        drh.message(Lang::Fr),
        "Direction DRH : aucune remontée pour la campagne R2 (dernière remontée de l'exercice 2026 : R1)."
    );
    assert_eq!(
        one_directorate(&a, Rule::DirectorateMissingReturn, "DCOM").message(Lang::En),
        "Directorate DCOM: no return for campaign R2 (latest return of year 2026: none)."
    );

    // As of R1, R1 is the current campaign: DRH is up to date.
    let portfolio = consolidate(YEAR, &returns, Some(Campaign::R1));
    let cap = capacity_with_threshold(YEAR, &returns, Some(Campaign::R1), d("100"));
    let a = alerts(&portfolio, &returns, &cap, &AlertThresholds::default(), date(TODAY), &[]);
    assert!(fired(&a, Rule::DirectorateMissingReturn).is_empty(), "as of R1 everyone returned R1: {a:#?}");
}

// ----- End date ---------------------------------------------------------------------------------

#[test]
fn end_date_passed_while_in_progress() {
    let returns = vec![ret(1, "DSI", Campaign::R1)
        .simple("YESTERDAY", zero(), zero())
        .end("YESTERDAY", "2026-06-14")
        .simple("TODAY", zero(), zero())
        .end("TODAY", "2026-06-15")
        .simple("DONE", zero(), zero())
        .end("DONE", "2026-01-01")
        .set_status("DONE", ProjectStatus::Done)
        .simple("ON_HOLD", zero(), zero())
        .end("ON_HOLD", "2026-01-01")
        .set_status("ON_HOLD", ProjectStatus::OnHold)
        .done()];
    let a = run(&returns);
    assert_eq!(fired(&a, Rule::EndDatePassed), vec!["YESTERDAY"], "ending today has not passed; only En cours counts");
    let y = one(&a, Rule::EndDatePassed, "YESTERDAY");
    assert_eq!((y.value, y.severity), (Some(d("1")), Severity::Major));
    assert_eq!(
        y.message(Lang::En),
        "Project YESTERDAY \"Projet YESTERDAY\" (DSI): still in progress although its end date, 2026-06-14, passed 1 day ago."
    );
}

// ----- Whole list -------------------------------------------------------------------------------

#[test]
fn messages_in_french_and_english() {
    let a = run(&variance_returns());
    let pct = one(&a, Rule::VarianceOver, "PCT_AT");
    assert_eq!(
        pct.message(Lang::Fr),
        "Projet PCT_AT « Projet PCT_AT » (DSI) : atterrissage de 110\u{202f}000\u{a0}€ pour un budget voté de \
         100\u{202f}000\u{a0}€, soit un dépassement de 10\u{202f}000\u{a0}€ (10\u{a0}%)."
    );
    assert_eq!(
        pct.message(Lang::En),
        "Project PCT_AT \"Projet PCT_AT\" (DSI): landing of €110,000 against a budget voted of €100,000, over by \
         €10,000 (10%)."
    );
    let under = one(&a, Rule::VarianceUnder, "UNDER_AT");
    assert!(under.message(Lang::Fr).ends_with("soit une sous-consommation de 10\u{202f}000\u{a0}€ (10\u{a0}%)."));
    assert_eq!(
        one(&a, Rule::VarianceOver, "NEW_AT").message(Lang::Fr),
        "Projet NEW_AT « Projet NEW_AT » (DSI) : hors budget initial, atterrissage de 50\u{202f}000\u{a0}€ sans budget voté."
    );
    for alert in &a {
        for lang in [Lang::Fr, Lang::En] {
            assert!(!alert.message(lang).contains('{'), "every placeholder is filled: {}", alert.message(lang));
        }
    }
}

#[test]
fn alerts_sort_by_severity_then_rule_then_size_and_are_deterministic() {
    let mut returns = variance_returns();
    returns[0].data.envelope = Some(d("10"));
    let a = run(&returns);
    let severities: Vec<Severity> = a.iter().map(|x| x.severity).collect();
    let mut sorted = severities.clone();
    sorted.sort();
    assert_eq!(severities, sorted, "critical first, minor last");
    assert_eq!(a[0].rule, Rule::DirectorateOverEnvelope, "the envelope overrun is the only critical alert");
    let over: Vec<&str> =
        a.iter().filter(|x| x.rule == Rule::VarianceOver).map(|x| x.project.as_deref().unwrap()).collect();
    assert_eq!(over, vec!["AMT_AT", "NEW_AT", "PCT_AT"], "largest variance first: 50 000, 50 000 (code order), 10 000");
    // Rules of one severity keep the table's order: variance_over before weather_missing… all major ones
    // come before any minor one.
    let rules: Vec<Rule> = a.iter().filter(|x| x.severity == Severity::Major).map(|x| x.rule).collect();
    assert!(rules.windows(2).all(|w| w[0] <= w[1]), "{rules:?}");

    let mut shuffled = returns.clone();
    shuffled.reverse();
    let again = run(&shuffled);
    assert_eq!(a, again, "the order of the returns given does not change the list");
}

#[test]
fn json_view_has_the_documented_fields() {
    let a = run(&variance_returns());
    let text = alerts_json_text(&a, Lang::En);
    let j: Value = serde_json::from_str(&text).unwrap();
    let first = &j[0];
    let keys: Vec<&String> = first.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        vec!["directorate", "measure", "message", "project", "rule", "severity", "subject", "threshold", "value"]
    );
    let pct = j.as_array().unwrap().iter().find(|x| x["project"] == json!("PCT_AT")).unwrap();
    assert_eq!(
        pct,
        &json!({
            "rule": "variance_over", "severity": "major", "directorate": "DSI", "project": "PCT_AT", "subject": null,
            "message": "Project PCT_AT \"Projet PCT_AT\" (DSI): landing of €110,000 against a budget voted of €100,000, over by €10,000 (10%).",
            "value": "10.00", "threshold": "10.00", "measure": "percent"
        })
    );
    assert!(text.starts_with("[\n  {\n    \"rule\": "), "rule comes first in the text: {text}");
}

// ----- Thresholds as settings -------------------------------------------------------------------

#[test]
fn defaults_are_the_keys_defaults() {
    let t = AlertThresholds::from_settings(&BTreeMap::new()).unwrap();
    assert_eq!(t, AlertThresholds::default(), "no setting stored: the defaults");
    assert_eq!(t.variance_pct, d("10"));
    assert_eq!(t.variance_amount, d("50000"));
    assert_eq!(t.risk_criticality, 12);
    assert_eq!(t.team_load_pct, d("100"));
    assert_eq!(t.milestone_slip_days, 0);
    let stored: BTreeMap<String, String> =
        AlertThresholds::KEYS.iter().map(|s| (s.key.to_string(), s.default.to_string())).collect();
    assert_eq!(AlertThresholds::from_settings(&stored).unwrap(), t, "KEYS' defaults are the Default values");
    for s in AlertThresholds::KEYS {
        assert_eq!(t.value_of(s.key).as_deref(), Some(s.default), "value_of prints {} as stored", s.key);
        assert!(s.key.starts_with("alerts."));
        assert!(!s.description.text(Lang::Fr).is_empty());
    }
}

#[test]
fn settings_accept_what_a_pmo_types() {
    let t = AlertThresholds::from_settings(&settings(&[
        ("alerts.variance_pct", "12,5 %"),
        ("alerts.variance_amount", "75 000 €"),
        ("alerts.risk_criticality", "16"),
        ("alerts.team_load_pct", "110%"),
        ("alerts.milestone_slip_days", "7"),
        ("organisation.name", "ACME"),
        ("alerts.from_a_later_version", "whatever"),
    ]))
    .unwrap();
    assert_eq!(t.variance_pct, d("12.5"));
    assert_eq!(t.variance_amount, d("75000"));
    assert_eq!(t.risk_criticality, 16);
    assert_eq!(t.team_load_pct, d("110"));
    assert_eq!(t.milestone_slip_days, 7);
}

#[test]
fn bad_values_are_refused_with_a_clear_message() {
    for (key, value) in [
        ("alerts.variance_pct", "abc"),
        ("alerts.variance_pct", "-1"),
        ("alerts.variance_amount", "-5"),
        ("alerts.variance_amount", ""),
        ("alerts.risk_criticality", "0"),
        ("alerts.risk_criticality", "17"),
        ("alerts.risk_criticality", "12.5"),
        ("alerts.team_load_pct", "0"),
        ("alerts.milestone_slip_days", "-1"),
        ("alerts.milestone_slip_days", "1.5"),
    ] {
        let err = AlertThresholds::validate(key, value).expect_err(&format!("{key} = {value:?} must be refused"));
        assert!(matches!(err, InvalidSetting::InvalidValue { .. }), "{err:?}");
        let stored = settings(&[(key, value)]);
        assert_eq!(AlertThresholds::from_settings(&stored), Err(err), "a stored bad value is an error, not a default");
    }
    for (key, value) in [
        ("alerts.variance_pct", "0"),
        ("alerts.variance_amount", "0"),
        ("alerts.risk_criticality", "1"),
        ("alerts.team_load_pct", "0,5"),
        ("alerts.milestone_slip_days", "0"),
    ] {
        assert_eq!(AlertThresholds::validate(key, value), Ok(()), "{key} = {value} is valid");
    }

    let err = AlertThresholds::validate("alerts.variance_pct", "abc").unwrap_err();
    assert_eq!(
        err.message(Lang::Fr),
        "Réglage « alerts.variance_pct » : valeur « abc » refusée. Attendu : un pourcentage positif ou nul, par exemple 10."
    );
    assert_eq!(
        err.message(Lang::En),
        "Setting \"alerts.variance_pct\": value \"abc\" refused. Expected: a percentage, zero or more, e.g. 10."
    );
    let err = AlertThresholds::validate("alerts.variance", "10").unwrap_err();
    assert_eq!(err, InvalidSetting::UnknownKey { key: "alerts.variance".to_string() });
    assert!(err
        .message(Lang::Fr)
        .starts_with("Réglage inconnu « alerts.variance ». Réglages des alertes : alerts.variance_pct, "));
    assert_eq!(
        AlertThresholds::validate("organisation.name", "ACME"),
        Ok(()),
        "not an alert setting: not ours to refuse"
    );
}

#[test]
fn every_rule_has_a_code_a_label_and_round_trips() {
    for rule in Rule::ALL {
        assert_eq!(Rule::from_code(rule.code()), Some(*rule));
        assert!(!rule.label_key().text(Lang::Fr).is_empty());
    }
}

#[test]
fn a_project_missing_from_the_latest_return_asks_what_became_of_it_rather_than_under_spend() {
    // The DCOM-07: 17 855,21 € actual in R1, absent from R2.
    let returns = vec![
        ret(1, "DCOM", Campaign::Bi).simple("DCOM-07", q("20000", "20000", "20000", "20000"), zero()).done(),
        ret(2, "DCOM", Campaign::R1)
            .simple("DCOM-07", q("20000", "20000", "20000", "20000"), q("17855.21", "0", "0", "0"))
            .done(),
        ret(3, "DCOM", Campaign::R2).simple("DCOM-01", q("1", "1", "1", "1"), q("1", "1", "0", "0")).done(),
    ];
    let a = run(&returns);
    assert_eq!(fired(&a, Rule::ProjectMissingFromReturn), vec!["DCOM-07"]);
    assert!(
        fired(&a, Rule::VarianceUnder).is_empty() && fired(&a, Rule::VarianceOver).is_empty(),
        "its figures are R1's: no under-spend is claimed for it"
    );
    let alert = a.iter().find(|x| x.rule == Rule::ProjectMissingFromReturn).unwrap();
    let fr = alert.message(Lang::Fr);
    assert!(fr.contains("absent de la remontée R2") && fr.contains("remontée R1"), "{fr}");
    assert!(fr.contains("réalisé 17\u{202f}855\u{a0}€"), "the actual it keeps, in whole euros as alerts print: {fr}");
    assert!(fr.contains("qu'est-il devenu"), "the alert asks the question: {fr}");
    assert_eq!(alert.rule.code(), "project_missing_from_return");
}
