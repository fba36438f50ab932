//! Section-5 figures on small portfolios whose expectations are computed by hand in comments.

mod common;

use common::*;
use pmo_consolidate::{consolidate, Portfolio, ProjectFigures, ReturnRole, SourceReturn, Standing};
use pmo_model::model::{Campaign, Category, Nature, ProjectStatus, Unit, Weather};

fn project<'a>(p: &'a Portfolio, dir: &str, code: &str) -> &'a ProjectFigures {
    p.project(dir, code).unwrap_or_else(|| panic!("project {dir}/{code} must be consolidated"))
}

/// DSI: BI, R1, R2 of one project P1 whose forecast moves and whose actuals come in.
fn dsi_three_campaigns() -> Vec<SourceReturn> {
    vec![
        // Budget voted = 100 + 200 + 300 + 400 = 1000.
        ret(1, "DSI", Campaign::Bi)
            .name("DSI")
            .envelope("1500")
            .simple("P1", q("100", "200", "300", "400"), zero())
            .done(),
        ret(2, "DSI", Campaign::R1).simple("P1", q("100", "250", "300", "400"), q("90", "50", "0", "0")).done(),
        // Q3 carries an actual of 77 although R2 has not closed Q3: it must count nowhere.
        ret(3, "DSI", Campaign::R2)
            .name("Direction des systèmes d'information")
            .simple("P1", q("100", "250", "350", "450"), q("95", "240", "77", "0"))
            .done(),
    ]
}

#[test]
fn bi_only_lands_on_the_budget_with_no_actual() {
    let returns = vec![ret(1, "DSI", Campaign::Bi)
        .name("DSI")
        .envelope("1500")
        .simple("P1", q("100", "200", "300", "400"), q("5", "5", "5", "5"))
        .done()];
    let p = consolidate(YEAR, &returns, None);
    let p1 = project(&p, "DSI", "P1");
    assert_eq!(p1.budget_voted, Some(d("1000")), "budget voted is the BI's planned Q1–Q4");
    assert_eq!(p1.actual, d("0"), "a BI campaign has closed no quarter, whatever actuals it holds");
    assert_eq!(p1.landing, d("1000"), "with no closed quarter, the landing is the planned amounts");
    assert_eq!(p1.variance, Some(d("0")));
    assert_eq!(p1.burn_rate, Some(d("0")));
    assert_eq!(p1.quarters[0].unclosed_actual, d("5"), "the unclosed actual is kept for alerts");
    assert!(!p1.outside_initial_budget && !p1.missing_from_latest);
    assert_eq!(p1.campaign, Campaign::Bi);

    let dsi = p.directorate("DSI").unwrap();
    assert_eq!(dsi.budget_voted, Some(d("1000")));
    assert_eq!(dsi.envelope, Some(d("1500")));
    let cmp = dsi.envelope_comparison.expect("a BI with an envelope gives a comparison");
    assert_eq!(cmp.landing_gap, d("-500"), "landing 1000 against an envelope of 1500 leaves 500");
    assert_eq!(cmp.landing_standing(), Standing::Under);
    assert_eq!(p.sources.len(), 1);
    assert_eq!(p.sources[0].role, ReturnRole::BudgetAndCurrent, "the BI alone is both budget and current");
}

#[test]
fn landing_takes_actuals_of_closed_quarters_and_planned_of_open_ones() {
    let p = consolidate(YEAR, &dsi_three_campaigns(), None);
    let p1 = project(&p, "DSI", "P1");
    assert_eq!(p1.campaign, Campaign::R2, "the latest campaign is the current one");
    assert_eq!(p1.budget_voted, Some(d("1000")), "the budget stays the BI's, whatever later campaigns plan");
    // Actual: Q1 95 + Q2 240 (R2 closed Q1–Q2) = 335; the Q3 actual of 77 is not closed.
    assert_eq!(p1.actual, d("335"));
    // Landing: 95 + 240 (actual) + 350 + 450 (planned) = 1135.
    assert_eq!(p1.landing, d("1135"));
    assert_eq!(p1.variance, Some(d("135")));
    assert_eq!(p1.variance_ratio, Some(d("0.135")), "135 / 1000");
    assert_eq!(p1.burn_rate, Some(d("0.335")), "335 / 1000");
    assert!(p1.quarters[1].closed && !p1.quarters[2].closed);
    assert_eq!(p1.quarters[2].actual, d("0"), "an open quarter contributes no actual");
    assert_eq!(p1.quarters[2].unclosed_actual, d("77"));
    assert_eq!(p1.quarters[2].landing, d("350"));
    assert_eq!(p1.quarters[0].budget_voted, Some(d("100")), "per-quarter budget comes from the BI");

    let dsi = p.directorate("DSI").unwrap();
    assert_eq!(dsi.name.as_deref(), Some("Direction des systèmes d'information"), "the latest return names it");
    assert_eq!((dsi.actual, dsi.landing, dsi.variance), (d("335"), d("1135"), Some(d("135"))));
    let cmp = dsi.envelope_comparison.unwrap();
    assert_eq!(cmp.budget_voted_gap, Some(d("-500")), "1000 voted within an envelope of 1500");
    assert_eq!(cmp.landing_gap, d("-365"), "1135 landing within 1500");
    let roles: Vec<_> = p.sources.iter().map(|s| (s.id, s.role)).collect();
    assert_eq!(roles, vec![(1, ReturnRole::Budget), (2, ReturnRole::Earlier), (3, ReturnRole::Current)]);
}

#[test]
fn as_of_cuts_off_later_campaigns() {
    let p = consolidate(YEAR, &dsi_three_campaigns(), Some(Campaign::R1));
    let p1 = project(&p, "DSI", "P1");
    assert_eq!(p1.campaign, Campaign::R1, "R2 is after the cut-off");
    // R1 closed Q1 only: actual 90; landing 90 + 250 + 300 + 400 = 1040.
    assert_eq!(p1.actual, d("90"));
    assert_eq!(p1.landing, d("1040"));
    assert_eq!(p1.variance, Some(d("40")));
    assert!(p.source(3).is_none(), "the R2 return must not be listed as a source");
    assert_eq!(p.directorate("DSI").unwrap().name.as_deref(), Some("DSI"), "R2's name is after the cut-off");

    // A directorate whose first return is after the cut-off does not appear at all.
    let mut returns = dsi_three_campaigns();
    returns.push(ret(9, "DRH", Campaign::R2).simple("H1", q("1", "1", "1", "1"), zero()).done());
    let p = consolidate(YEAR, &returns, Some(Campaign::R1));
    assert!(p.directorate("DRH").is_none() && p.project("DRH", "H1").is_none());
    assert_eq!(consolidate(YEAR, &returns, Some(Campaign::Bi)).project("DSI", "P1").unwrap().campaign, Campaign::Bi);
}

#[test]
fn a_project_added_after_the_bi_is_outside_the_initial_budget() {
    let returns = vec![
        ret(1, "DSI", Campaign::Bi).simple("P1", q("100", "0", "0", "0"), zero()).done(),
        ret(2, "DSI", Campaign::R1)
            .simple("P1", q("100", "0", "0", "0"), q("100", "0", "0", "0"))
            .simple("P2", q("0", "500", "500", "0"), zero())
            .done(),
    ];
    let p = consolidate(YEAR, &returns, None);
    let p2 = project(&p, "DSI", "P2");
    assert!(p2.outside_initial_budget, "absent from the BI return: hors budget initial");
    assert_eq!(p2.budget_voted, Some(d("0")), "its budget voted is 0, not unknown");
    assert_eq!(p2.landing, d("1000"));
    assert_eq!(p2.variance, Some(d("1000")), "the whole landing is over the (zero) budget");
    assert_eq!(p2.variance_ratio, None, "no percentage of a zero budget");
    assert_eq!(p2.burn_rate, None, "no burn rate of a zero budget");
    assert!(!project(&p, "DSI", "P1").outside_initial_budget);
    assert_eq!(p.directorate("DSI").unwrap().budget_voted, Some(d("100")));
    assert_eq!(p.directorate("DSI").unwrap().landing, d("1100"));
}

#[test]
fn a_project_dropped_from_the_latest_return_keeps_the_money_it_spent() {
    let returns = vec![
        ret(1, "DSI", Campaign::Bi)
            .simple("P1", q("10", "10", "10", "10"), zero())
            .simple("P3", q("250", "250", "250", "250"), zero())
            .status("P3", "2026-01-10", Weather::Sunny)
            .done(),
        ret(2, "DSI", Campaign::R1)
            .simple("P1", q("10", "10", "10", "10"), q("10", "0", "0", "0"))
            .project("P3", "Projet P3 renommé", Some(ProjectStatus::OnHold))
            .line("P3", Nature::Capex, Some(Category::Internal), q("250", "250", "250", "250"), q("200", "0", "0", "0"))
            .done(),
        ret(3, "DSI", Campaign::R2).simple("P1", q("10", "10", "10", "10"), q("10", "10", "0", "0")).done(),
    ];
    let p = consolidate(YEAR, &returns, None);
    let p3 = project(&p, "DSI", "P3");
    assert!(p3.missing_from_latest, "in BI and R1 but not in R2");
    assert_eq!(p3.figures_campaign, Campaign::R1, "its figures come from the latest return that had it");
    assert_eq!(p3.campaign, Campaign::R2, "its directorate is at R2 all the same");
    assert_eq!(p3.actual, d("200"), "money spent stays spent: R1's actual of Q1");
    // R1 closed Q1 only: 200 actual + 250 + 250 + 250 planned.
    assert_eq!(p3.landing, d("950"), "its landing is R1's");
    assert_eq!(p3.budget_voted, Some(d("1000")), "its budget voted is still the BI's");
    assert_eq!(p3.variance, Some(d("-50")));
    assert!(p3.quarters[0].closed && !p3.quarters[1].closed, "closed as R1 closed them");
    assert_eq!(p3.identity.name, "Projet P3 renommé", "identity comes from the latest return listing it");
    assert_eq!(p3.identity.status, Some(ProjectStatus::OnHold));
    assert_eq!(p3.identity_source.as_ref().map(|s| s.return_id), Some(2));
    assert_eq!(p3.weather(), Some(Weather::Sunny), "its météo of an earlier return still stands");
    assert!(
        p3.lines.iter().flat_map(|l| &l.current_sources).all(|r| r.return_id == 2),
        "its figures are R1's records, traceable to R1's cells"
    );
    assert!(!project(&p, "DSI", "P1").missing_from_latest);
    let dsi = p.directorate("DSI").unwrap();
    assert_eq!(dsi.project_count, 2);
    // P1: 10 + 10 actual + 10 + 10 planned = 40; P3: 950.
    assert_eq!(dsi.actual, d("220"), "the directorate's actual keeps P3's 200");
    assert_eq!(dsi.landing, d("990"));
}

#[test]
fn an_abandoned_project_keeps_its_actual_and_plans_nothing_more() {
    let returns = vec![
        ret(1, "DSI", Campaign::Bi).simple("P1", q("100", "100", "100", "100"), zero()).done(),
        ret(2, "DSI", Campaign::R1)
            .project("P1", "Projet P1", Some(ProjectStatus::Cancelled))
            .line("P1", Nature::Capex, Some(Category::Internal), q("100", "100", "100", "100"), q("60", "0", "0", "0"))
            .done(),
    ];
    let p = consolidate(YEAR, &returns, None);
    let p1 = project(&p, "DSI", "P1");
    assert_eq!(p1.actual, d("60"));
    assert_eq!(p1.landing, d("60"), "Abandonné after the BI: its landing is its actual");
    assert!(p1.landing_is_actual);
    assert_eq!(p1.budget_voted, Some(d("400")), "abandoned after the vote: the budget was voted");
}

#[test]
fn candidates_are_requests_and_abandoned_projects_at_the_bi_are_not_voted() {
    // The case: a 2027 BI with a Candidat at 400 k€ and an Abandonné at 100 k€ beside a
    // project of 10 k€ reported "Budget voté 510 000 €".
    let returns = vec![ret(1, "DSI", Campaign::Bi)
        .envelope("500000")
        .simple("P1", q("10000", "0", "0", "0"), zero())
        .project("C1", "Candidat", Some(ProjectStatus::Candidate))
        .line("C1", Nature::Capex, Some(Category::External), q("100000", "100000", "100000", "100000"), zero())
        .project("A1", "Abandonné", Some(ProjectStatus::Cancelled))
        .line("A1", Nature::Opex, None, q("100000", "0", "0", "0"), zero())
        .done()];
    let p = consolidate(YEAR, &returns, None);
    let dsi = p.directorate("DSI").unwrap();
    assert_eq!(dsi.budget_voted, Some(d("10000")), "neither the request nor the abandoned project is voted budget");
    assert_eq!(dsi.landing, d("10000"), "a request counts in no landing, an abandoned project plans nothing");
    assert_eq!(dsi.project_count, 2, "the request is not among the projects counted");
    assert_eq!((dsi.request_count, dsi.requested), (1, d("400000")), "the request is shown apart");
    assert_eq!(p.requests.len(), 1);
    let c1 = p.project("DSI", "C1").expect("a request is still found by code");
    assert_eq!(c1.request, Some(d("400000")));
    assert!(p.projects.iter().all(|x| x.code != "C1"), "a request is not in the projects summed");
    let a1 = project(&p, "DSI", "A1");
    assert_eq!((a1.budget_voted, a1.landing), (Some(d("0")), d("0")));
    assert!(a1.lines.iter().all(|l| l.budget_sources.is_empty()), "no BI cell is voted budget for it");
    assert_eq!(dsi.envelope_comparison.unwrap().budget_voted_gap, Some(d("-490000")));

    // Approved at R1: no longer a request; counted from then on, with no budget voted.
    let mut returns = returns;
    returns.push(
        ret(2, "DSI", Campaign::R1)
            .simple("P1", q("10000", "0", "0", "0"), q("10000", "0", "0", "0"))
            .project("C1", "Candidat", Some(ProjectStatus::Approved))
            .line("C1", Nature::Capex, Some(Category::External), q("0", "50000", "50000", "0"), zero())
            .done(),
    );
    let p = consolidate(YEAR, &returns, None);
    let c1 = project(&p, "DSI", "C1");
    assert_eq!(c1.request, None, "approved: no longer a request");
    assert!(p.requests.is_empty());
    assert_eq!(c1.budget_voted, Some(d("0")), "a candidate at the BI was not voted");
    assert!(c1.outside_initial_budget, "it is outside the budget voted");
    assert_eq!(c1.landing, d("100000"));
}

#[test]
fn the_latest_return_stating_an_envelope_gives_it() {
    let returns = vec![
        ret(1, "DAF", Campaign::Bi).envelope("1000").simple("F1", q("100", "100", "100", "100"), zero()).done(),
        ret(2, "DAF", Campaign::R1).envelope("1200").simple("F1", q("100", "100", "100", "100"), zero()).done(),
        // R2 states no envelope: R1's stands.
        ret(3, "DAF", Campaign::R2).simple("F1", q("100", "100", "100", "100"), zero()).done(),
    ];
    let p = consolidate(YEAR, &returns, None);
    let daf = p.directorate("DAF").unwrap();
    assert_eq!(daf.envelope, Some(d("1200")), "R1 revised the envelope: the BI's no longer counts");
    assert_eq!((daf.envelope_return, daf.envelope_campaign), (Some(2), Some(Campaign::R1)));
    // R2 closed Q1–Q2 with no actual: landing 0 + 0 + 100 + 100 = 200, 1000 within 1200.
    assert_eq!(daf.envelope_comparison.unwrap().landing_gap, d("-1000"));
    let at_bi = consolidate(YEAR, &returns, Some(Campaign::Bi));
    assert_eq!(at_bi.directorate("DAF").unwrap().envelope, Some(d("1000")), "as of the BI, the BI's");
}

#[test]
fn without_a_bi_return_the_budget_is_unknown_not_zero() {
    let returns = vec![ret(5, "DRH", Campaign::R1)
        .envelope("999")
        .simple("H1", q("10", "20", "30", "40"), q("5", "9", "0", "0"))
        .done()];
    let p = consolidate(YEAR, &returns, None);
    let h1 = project(&p, "DRH", "H1");
    assert_eq!(h1.budget_voted, None, "no BI: the budget voted is unknown");
    assert!(!h1.outside_initial_budget, "with no BI at all, no project can be said to be outside it");
    assert_eq!(h1.variance, None);
    assert_eq!(h1.variance_ratio, None);
    assert_eq!(h1.burn_rate, None);
    assert_eq!(h1.actual, d("5"), "R1 closed Q1 only");
    assert_eq!(h1.landing, d("95"), "5 + 20 + 30 + 40");
    assert!(h1.quarters.iter().all(|q| q.budget_voted.is_none()));
    let drh = p.directorate("DRH").unwrap();
    assert_eq!(drh.budget_voted, None);
    assert_eq!(drh.envelope, Some(d("999")), "v1.1: the latest return stating an envelope gives it");
    let cmp = drh.envelope_comparison.expect("an envelope gives a comparison");
    assert_eq!(cmp.budget_voted_gap, None, "without a BI the budget voted, hence its gap, is unknown");
    assert_eq!(cmp.landing_gap, d("-904"), "95 landing within 999");
    assert_eq!(drh.budget_return, None);
}

#[test]
fn every_nature_and_category_sums_into_the_budget_and_stays_apart_in_lines() {
    let returns = vec![ret(1, "DAF", Campaign::Bi)
        .project("F1", "Clôture comptable", None)
        .line("F1", Nature::Opex, Some(Category::Licences), q("10", "10", "10", "10"), zero())
        .line("F1", Nature::Capex, Some(Category::External), q("0", "50.25", "0", "0"), zero())
        .line("F1", Nature::Opex, None, q("0.10", "0", "0", "0"), zero())
        .line("F1", Nature::Capex, Some(Category::Internal), q("100", "0", "0", "0"), zero())
        // The same nature and category again: summed into the same line.
        .line("F1", Nature::Capex, Some(Category::Internal), q("1", "1", "1", "1"), zero())
        .done()];
    let p = consolidate(YEAR, &returns, None);
    let f1 = project(&p, "DAF", "F1");
    // 40 + 50.25 + 0.10 + 100 + 4 = 194.35
    assert_eq!(f1.budget_voted, Some(d("194.35")));
    assert_eq!(f1.quarters[0].budget_voted, Some(d("111.10")), "Q1: 10 + 0 + 0.10 + 100 + 1");
    let keys: Vec<_> = f1.lines.iter().map(|l| (l.nature, l.category)).collect();
    assert_eq!(
        keys,
        vec![
            (Nature::Capex, Some(Category::Internal)),
            (Nature::Capex, Some(Category::External)),
            (Nature::Opex, None),
            (Nature::Opex, Some(Category::Licences)),
        ],
        "one line per nature and category, CAPEX first, no category before the listed ones"
    );
    let internal = &f1.lines[0];
    assert_eq!(internal.quarters[0].budget_voted, Some(d("101")));
    let rows: Vec<u32> = internal.budget_sources.iter().map(|s| s.origin.as_ref().unwrap().row).collect();
    assert_eq!(rows, vec![5, 6], "both Budget rows are traced as sources of the line");
    assert!(internal.budget_sources.iter().all(|s| s.return_id == 1 && s.campaign == Campaign::Bi));
    assert_eq!(f1.identity.name, "Clôture comptable");
    assert_eq!(f1.identity.status, None);
}

#[test]
fn a_negative_variance_stays_negative() {
    let returns = vec![
        ret(1, "DSI", Campaign::Bi).simple("P1", q("25", "25", "25", "25"), zero()).done(),
        ret(2, "DSI", Campaign::R1).simple("P1", q("25", "25", "25", "25"), q("13", "0", "0", "0")).done(),
    ];
    let p = consolidate(YEAR, &returns, None);
    let p1 = project(&p, "DSI", "P1");
    // Landing 13 + 25 + 25 + 25 = 88, budget 100.
    assert_eq!(p1.variance, Some(d("-12")));
    assert_eq!(p1.variance_ratio, Some(d("-0.12")));
}

#[test]
fn the_latest_dated_weather_wins_and_ties_go_to_the_later_campaign() {
    let returns = vec![
        ret(1, "DSI", Campaign::Bi)
            .simple("P1", zero(), zero())
            .status("P1", "2026-03-01", Weather::Stormy)
            .status("P1", "2026-01-15", Weather::Rainy)
            .done(),
        ret(2, "DSI", Campaign::R1)
            .simple("P1", zero(), zero())
            // An older date in a later campaign does not win …
            .status("P1", "2026-02-01", Weather::Sunny)
            // … an equal date in a later campaign does.
            .status("P1", "2026-03-01", Weather::Cloudy)
            .done(),
    ];
    let p = consolidate(YEAR, &returns, None);
    let w = project(&p, "DSI", "P1").weather.clone().expect("the project has statuses");
    assert_eq!(w.overall, Weather::Cloudy);
    assert_eq!(w.date, date("2026-03-01"));
    assert_eq!((w.source.return_id, w.source.index), (2, 1), "traced to the R1's second status");

    let mut reversed = returns.clone();
    reversed.reverse();
    assert_eq!(consolidate(YEAR, &reversed, None), p, "the order the store lists returns in changes nothing");

    // A project with no status has no météo.
    let p = consolidate(YEAR, &[ret(1, "DSI", Campaign::Bi).simple("P1", zero(), zero()).done()], None);
    assert_eq!(project(&p, "DSI", "P1").weather, None);
}

#[test]
fn amounts_are_taken_as_euros_whatever_unit_the_workbook_was_written_in() {
    let mut in_keur =
        ret(1, "DSI", Campaign::Bi).simple("P1", q("1000", "0", "0", "0"), zero()).envelope("2000").done();
    in_keur.data.unit = Unit::KiloEuro;
    let in_eur = ret(1, "DSI", Campaign::Bi).simple("P1", q("1000", "0", "0", "0"), zero()).envelope("2000").done();
    let a = consolidate(YEAR, &[in_keur], None);
    let b = consolidate(YEAR, &[in_eur], None);
    assert_eq!(project(&a, "DSI", "P1").budget_voted, Some(d("1000")), "the importer already applied k€");
    assert_eq!(a, b, "the unit field must not change any figure");
}

#[test]
fn directorates_sum_their_own_projects_only_and_come_in_code_order() {
    let returns = vec![
        ret(3, "DSI", Campaign::Bi)
            .envelope("100")
            .simple("S2", q("60", "0", "0", "0"), zero())
            .simple("S1", q("60", "0", "0", "0"), zero())
            .done(),
        ret(1, "DAF", Campaign::Bi).simple("F1", q("7", "0", "0", "0"), zero()).done(),
        ret(2, "DAF", Campaign::R1).simple("F1", q("7", "0", "0", "0"), q("8", "0", "0", "0")).done(),
    ];
    let p = consolidate(YEAR, &returns, None);
    let codes: Vec<_> = p.directorates.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, vec!["DAF", "DSI"]);
    let projects: Vec<_> = p.projects.iter().map(|p| (p.directorate.as_str(), p.code.as_str())).collect();
    assert_eq!(projects, vec![("DAF", "F1"), ("DSI", "S1"), ("DSI", "S2")]);
    let dsi = p.directorate("DSI").unwrap();
    assert_eq!(dsi.budget_voted, Some(d("120")));
    let cmp = dsi.envelope_comparison.unwrap();
    assert_eq!(cmp.budget_voted_gap, Some(d("20")), "120 voted against an envelope of 100");
    assert_eq!(cmp.budget_voted_standing(), Some(Standing::Over));
    assert_eq!(cmp.landing_standing(), Standing::Over);
    let daf = p.directorate("DAF").unwrap();
    assert_eq!((daf.campaign, daf.actual, daf.landing, daf.variance), (Campaign::R1, d("8"), d("8"), Some(d("1"))));
    assert_eq!(daf.envelope_comparison, None, "no envelope, no comparison");
}

#[test]
fn other_years_are_ignored_and_a_duplicate_identity_keeps_the_later_import() {
    let returns = vec![
        ret(1, "DSI", Campaign::Bi).simple("P1", q("100", "0", "0", "0"), zero()).done(),
        ret(7, "DSI", Campaign::Bi).simple("P1", q("300", "0", "0", "0"), zero()).done(),
        ret(4, "DSI", Campaign::Bi).simple("P1", q("200", "0", "0", "0"), zero()).done(),
        ret(9, "DSI", Campaign::R1).year(YEAR - 1).simple("OLD", q("5", "0", "0", "0"), zero()).done(),
    ];
    let p = consolidate(YEAR, &returns, None);
    assert_eq!(project(&p, "DSI", "P1").budget_voted, Some(d("300")), "id 7 is the latest import of the BI");
    assert_eq!(project(&p, "DSI", "P1").campaign, Campaign::Bi, "the R1 of another year is not current");
    assert!(p.project("DSI", "OLD").is_none());
    assert_eq!(p.sources.iter().map(|s| s.id).collect::<Vec<_>>(), vec![7]);
    assert!(consolidate(YEAR + 1, &returns, None).projects.is_empty());
}

#[test]
fn budget_lines_trace_to_their_cells_in_the_current_return() {
    let mut r2 = ret(3, "DSI", Campaign::R2).simple("P1", q("1", "2", "3", "4"), q("1", "2", "0", "0")).done();
    r2.data.columns.push(pmo_model::model::ColumnMap {
        sheet: "Budget".to_string(),
        columns: vec![("planned_q3".to_string(), 5), ("actual_q1".to_string(), 7)],
    });
    let p = consolidate(YEAR, std::slice::from_ref(&r2), None);
    let src = &project(&p, "DSI", "P1").lines[0].current_sources[0];
    assert_eq!(src.return_id, 3);
    let line = &r2.data.budget[src.index];
    assert_eq!(r2.data.cell_of(src.origin.as_ref().unwrap(), "planned_q3").as_deref(), Some("Budget!F2"));
    assert_eq!(line.planned[2], d("3"), "the reference leads back to the record the figure came from");
}

#[test]
fn roles_from_the_keys_alone_are_the_roles_the_figures_give() {
    // What lets a caller read only the records each role contributes: the roles `roles` predicts
    // before any record is read must be the portfolio's, for every cut-off, including a
    // directorate without BI, another year, and two returns sharing a directorate and campaign.
    let returns = vec![
        ret(1, "DSI", Campaign::Bi).done(),
        ret(2, "DSI", Campaign::R1).done(),
        ret(3, "DSI", Campaign::R2).done(),
        ret(7, "DRH", Campaign::R1).done(),
        ret(5, "DRH", Campaign::R1).done(),
        ret(6, "DAF", Campaign::Bi).done(),
        ret(8, "DAF", Campaign::R3).year(YEAR - 1).done(),
    ];
    let keys: Vec<pmo_consolidate::ReturnKey> = returns
        .iter()
        .map(|r| pmo_consolidate::ReturnKey {
            id: r.id,
            directorate: &r.data.directorate,
            year: r.data.year,
            campaign: r.data.campaign,
        })
        .collect();
    for as_of in [None, Some(Campaign::Bi), Some(Campaign::R1), Some(Campaign::R2), Some(Campaign::Cl)] {
        let portfolio = consolidate(YEAR, &returns, as_of);
        let from_figures: Vec<(i64, ReturnRole)> = portfolio.sources.iter().map(|s| (s.id, s.role)).collect();
        assert_eq!(pmo_consolidate::roles(YEAR, &keys, as_of), from_figures, "as of {as_of:?}");
    }
    let latest = pmo_consolidate::roles(YEAR, &keys, None);
    assert_eq!(
        latest,
        vec![
            (6, ReturnRole::BudgetAndCurrent),
            (7, ReturnRole::Current),
            (1, ReturnRole::Budget),
            (2, ReturnRole::Earlier),
            (3, ReturnRole::Current),
        ],
        "by directorate code; the higher id of two DRH R1; nothing of another year"
    );
}

#[test]
fn a_project_missing_from_the_latest_return_traces_to_the_return_that_had_it() {
    let returns = vec![
        ret(1, "DSI", Campaign::Bi).simple("P1", q("10", "10", "10", "10"), zero()).done(),
        ret(2, "DSI", Campaign::R1)
            .simple("P1", q("10", "10", "10", "10"), q("7", "0", "0", "0"))
            .project("P2", "Abandonné", Some(pmo_model::model::ProjectStatus::Cancelled))
            .line("P2", pmo_model::model::Nature::Opex, None, q("5", "5", "5", "5"), q("3", "0", "0", "0"))
            .done(),
        ret(3, "DSI", Campaign::R2).simple("P9", q("1", "1", "1", "1"), zero()).done(),
    ];
    let p = consolidate(YEAR, &returns, None);
    for (code, expected) in [("P1", "37"), ("P2", "3")] {
        let t = pmo_consolidate::trace(&p, &returns, code, pmo_consolidate::Figure::Landing).unwrap();
        assert_eq!(t.value, Some(d(expected)), "{code}: the landing kept from R1");
        assert_eq!(t.cells_total, d(expected), "{code}: the cells add up to the landing");
        assert_eq!(t.figures_campaign, Campaign::R1);
        assert!(t.cells.iter().all(|c| c.campaign == Campaign::R1 && c.return_id == 2), "{code}: R1's cells");
    }
    let p2 = pmo_consolidate::trace(&p, &returns, "P2", pmo_consolidate::Figure::Landing).unwrap();
    assert_eq!(p2.cells.len(), 1, "Abandonné: only the actual of Q1, no planned cell of the open quarters");
}
