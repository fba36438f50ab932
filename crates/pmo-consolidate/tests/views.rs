//! Views of a portfolio (totals, breakdowns, counts, lists, envelopes) on a small portfolio whose
//! figures are computed by hand in the comments.

mod common;

use common::*;
use pmo_consolidate::{
    ambition_breakdown, category_breakdown, consolidate, envelope_comparisons, nature_breakdown, portfolio_totals,
    quarter_breakdown, summary, top_drifts, Closure, Portfolio, SourceReturn, Standing, Totals,
};
use pmo_model::model::{Campaign, Category, Nature, ProjectStatus, Weather};
use rust_decimal::Decimal;
use serde_json::{json, Value};

/// Sets the strategic-plan fields of the project last added to the return.
fn plan(mut r: R, ambition: Option<&str>, initiative: Option<&str>) -> R {
    let p = r.0.data.projects.last_mut().expect("a project was added");
    p.ambition = ambition.map(str::to_string);
    p.initiative = initiative.map(str::to_string);
    r
}

/// DSI (BI + R2, envelope 2500) and DAF (BI + R1, envelope 200).
///
/// | project | budget voted | actual | landing | variance |
/// | DSI/S1  | 800 + 200 = 1000 | 250+200 + 50+50 = 550 | 250+200+300+300 + 200 = 1250 | +250 |
/// | DSI/S2  | 300          | 240    | 240     | −60  |
/// | DSI/S3  | 0 (hors BI)  | 0      | 100+100 = 200 | +200 |
/// | DSI/S4  | 400          | 0      | 400 (not in R2: keeps the BI's) | 0 |
/// | DAF/F1  | 200          | 130    | 130 + 100 = 230 | +30 |
/// | DAF/F2  | a request (candidate, no line): in no total |
/// | total   | 1900         | 920    | 2320    | +420 (5 projects) |
fn returns() -> Vec<SourceReturn> {
    let dsi_bi = ret(1, "DSI", Campaign::Bi).name("DSI").envelope("2500");
    let dsi_bi = plan(
        dsi_bi.project("S1", "Portail client", Some(ProjectStatus::InProgress)),
        Some("Client d'abord"),
        Some("Portail"),
    )
    .line("S1", Nature::Capex, Some(Category::Internal), q("200", "200", "200", "200"), zero())
    .line("S1", Nature::Opex, Some(Category::Licences), q("50", "50", "50", "50"), zero());
    let dsi_bi = plan(dsi_bi.project("S2", "CRM", Some(ProjectStatus::Approved)), Some("client d'abord "), None).line(
        "S2",
        Nature::Capex,
        Some(Category::External),
        q("300", "0", "0", "0"),
        zero(),
    );
    let dsi_bi = dsi_bi.project("S4", "Datacenter", Some(ProjectStatus::OnHold)).line(
        "S4",
        Nature::Capex,
        Some(Category::Internal),
        q("100", "100", "100", "100"),
        zero(),
    );

    let dsi_r2 = ret(2, "DSI", Campaign::R2);
    let dsi_r2 = plan(
        dsi_r2.project("S1", "Portail client", Some(ProjectStatus::InProgress)),
        Some("Client d'abord"),
        Some("Portail"),
    )
    .line("S1", Nature::Capex, Some(Category::Internal), q("200", "200", "300", "300"), q("250", "200", "0", "0"))
    .line("S1", Nature::Opex, Some(Category::Licences), q("50", "50", "50", "50"), q("50", "50", "0", "0"))
    .status("S1", "2026-07-03", Weather::Rainy);
    let dsi_r2 = plan(dsi_r2.project("S2", "CRM", Some(ProjectStatus::Approved)), Some("client d'abord "), None)
        .line("S2", Nature::Capex, Some(Category::External), q("300", "0", "0", "0"), q("240", "0", "0", "0"))
        .status("S2", "2026-07-03", Weather::Sunny);
    let dsi_r2 = plan(dsi_r2.project("S3", "Lean SI", None), Some("Efficacité"), Some("Lean")).line(
        "S3",
        Nature::Opex,
        None,
        q("0", "0", "100", "100"),
        zero(),
    );

    let daf_bi = ret(3, "DAF", Campaign::Bi).envelope("200");
    let daf_bi = plan(daf_bi.project("F1", "Serveurs", Some(ProjectStatus::Done)), Some("Efficacite"), Some("lean"))
        .line("F1", Nature::Capex, Some(Category::Hardware), q("100", "100", "0", "0"), zero())
        .project("F2", "Étude", Some(ProjectStatus::Candidate));
    // The Q2 actual of 15 is not closed by R1: in no figure, only in `unclosed_actual`.
    let daf_r1 = ret(4, "DAF", Campaign::R1);
    let daf_r1 = plan(daf_r1.project("F1", "Serveurs", Some(ProjectStatus::Done)), Some("Efficacite"), Some("lean"))
        .line("F1", Nature::Capex, Some(Category::Hardware), q("100", "100", "0", "0"), q("130", "15", "0", "0"))
        .status("F1", "2026-04-02", Weather::Cloudy)
        .project("F2", "Étude", Some(ProjectStatus::Candidate));

    vec![dsi_bi.done(), dsi_r2.done(), daf_bi.done(), daf_r1.done()]
}

fn portfolio() -> Portfolio {
    consolidate(YEAR, &returns(), None)
}

/// (budget voted, actual, landing, variance, project count) of a row, for compact assertions.
fn figs(t: &Totals) -> (Option<Decimal>, Decimal, Decimal, Option<Decimal>, usize) {
    (t.budget_voted, t.actual, t.landing, t.variance, t.project_count)
}

#[test]
fn portfolio_totals_sum_every_project_and_give_ratios_as_ratios() {
    let p = portfolio();
    let t = portfolio_totals(&p);
    assert_eq!(figs(&t), (Some(d("1900")), d("920"), d("2320"), Some(d("420")), 5), "F2, a request, is not counted");
    assert_eq!(t.budget_unknown_count, 0);
    assert_eq!(t.variance_ratio, Some(d("420") / d("1900")), "variance / budget voted, as a ratio, unrounded");
    assert_eq!(t.burn_rate, Some(d("920") / d("1900")), "actual / budget voted, as a ratio");
}

#[test]
fn quarters_say_which_are_closed_across_directorates_at_different_campaigns() {
    let qs = quarter_breakdown(&portfolio());
    // Q1: budget S1 250 + S2 300 + S4 100 + F1 100; planned S1 250 + S2 300 + F1 100 + S4 100
    // (S4, missing from R2, keeps its BI figures: planned, a quarter the BI has not closed);
    // actual S1 300 + S2 240 + F1 130; both DSI (R2) and DAF (R1) closed it.
    assert_eq!(qs[0].quarter, 1);
    assert_eq!(
        (qs[0].budget_voted, qs[0].planned, qs[0].actual, qs[0].landing),
        (Some(d("750")), d("750"), d("670"), d("770"))
    );
    assert_eq!((qs[0].closure, qs[0].closed_directorates), (Closure::Closed, 2));
    // Q2: DSI (R2) closed it with actual 250, DAF (R1) has not: its planned 100 lands, its
    // actual 15 counts nowhere; S4 lands its BI planned 100.
    assert_eq!(
        (qs[1].budget_voted, qs[1].planned, qs[1].actual, qs[1].landing),
        (Some(d("450")), d("450"), d("250"), d("450"))
    );
    assert_eq!((qs[1].closure, qs[1].closed_directorates), (Closure::Partial, 1), "DSI closed Q2, DAF did not");
    assert_eq!(qs[1].unclosed_actual, d("15"));
    // Q3 and Q4: S1 300 + 50, S3 100 and S4 100 planned; budget S1 250 + S4 100.
    for q in &qs[2..] {
        assert_eq!((q.budget_voted, q.planned, q.actual, q.landing), (Some(d("350")), d("550"), d("0"), d("550")));
        assert_eq!((q.closure, q.closed_directorates), (Closure::Open, 0));
    }
    let landing: Decimal = qs.iter().map(|q| q.landing).sum();
    let budget: Decimal = qs.iter().filter_map(|q| q.budget_voted).sum();
    assert_eq!((budget, landing), (d("1900"), d("2320")), "the quarters sum to the portfolio's totals");
}

#[test]
fn ambitions_and_initiatives_group_free_text_and_sum_to_the_totals() {
    let rows = ambition_breakdown(&portfolio());
    let labels: Vec<Option<&str>> = rows.iter().map(|r| r.ambition.as_deref()).collect();
    // "Client d'abord" and "client d'abord " are one ambition; "Efficacite" (DAF/F1, first in
    // directorate order) and "Efficacité" (DSI/S3) another; S4 has none: last (F2 is a request).
    assert_eq!(labels, vec![Some("Client d'abord"), Some("Efficacite"), None]);

    // S1 + S2: budget 1000 + 300, actual 550 + 240, landing 1250 + 240.
    assert_eq!(figs(&rows[0].totals), (Some(d("1300")), d("790"), d("1490"), Some(d("190")), 2));
    let inits: Vec<_> = rows[0].initiatives.iter().map(|i| (i.initiative.as_deref(), figs(&i.totals))).collect();
    assert_eq!(
        inits,
        vec![
            (Some("Portail"), (Some(d("1000")), d("550"), d("1250"), Some(d("250")), 1)),
            (None, (Some(d("300")), d("240"), d("240"), Some(d("-60")), 1)),
        ],
        "initiatives within the ambition, the unnamed one last"
    );
    // S3 + F1: budget 0 + 200, actual 0 + 130, landing 200 + 230; "Lean" and "lean" are one.
    assert_eq!(figs(&rows[1].totals), (Some(d("200")), d("130"), d("430"), Some(d("230")), 2));
    assert_eq!(rows[1].initiatives.len(), 1);
    assert_eq!(rows[1].initiatives[0].initiative.as_deref(), Some("lean"));
    // S4 alone.
    assert_eq!(figs(&rows[2].totals), (Some(d("400")), d("0"), d("400"), Some(d("0")), 1));

    let landing: Decimal = rows.iter().map(|r| r.totals.landing).sum();
    let count: usize = rows.iter().map(|r| r.totals.project_count).sum();
    assert_eq!((landing, count), (d("2320"), 5), "every project is in exactly one ambition");
}

#[test]
fn natures_and_categories_come_from_the_budget_lines_and_sum_to_the_totals() {
    let p = portfolio();
    let natures = nature_breakdown(&p);
    assert_eq!(natures.iter().map(|n| n.nature).collect::<Vec<_>>(), vec![Nature::Capex, Nature::Opex]);
    // CAPEX: S1 internal (800 / 450 / 1050), S2 external (300 / 240 / 240), S4 internal
    // (400 / 0 / 400), F1 hardware (200 / 130 / 230).
    assert_eq!(figs(&natures[0].totals), (Some(d("1700")), d("820"), d("1920"), Some(d("220")), 4));
    // OPEX: S1 licences (200 / 100 / 200), S3 no category (0 / 0 / 200).
    assert_eq!(figs(&natures[1].totals), (Some(d("200")), d("100"), d("400"), Some(d("200")), 2));

    let capex: Vec<_> = natures[0].categories.iter().map(|c| (c.category, figs(&c.totals))).collect();
    assert_eq!(
        capex,
        vec![
            (Some(Category::Internal), (Some(d("1200")), d("450"), d("1450"), Some(d("250")), 2)),
            (Some(Category::External), (Some(d("300")), d("240"), d("240"), Some(d("-60")), 1)),
            (Some(Category::Licences), (Some(d("0")), d("0"), d("0"), Some(d("0")), 0)),
            (Some(Category::Hardware), (Some(d("200")), d("130"), d("230"), Some(d("30")), 1)),
            (Some(Category::Other), (Some(d("0")), d("0"), d("0"), Some(d("0")), 0)),
        ],
        "every category at its place, even at 0; no 'no category' row when every line has one"
    );
    let opex_last = natures[1].categories.last().unwrap();
    assert_eq!(opex_last.category, None, "lines without a category come last");
    assert_eq!(figs(&opex_last.totals), (Some(d("0")), d("0"), d("200"), Some(d("200")), 1));

    let cats = category_breakdown(&p);
    assert_eq!(cats.len(), 6, "five categories and the lines without one");
    assert_eq!(figs(&cats[0].totals), (Some(d("1200")), d("450"), d("1450"), Some(d("250")), 2));
    assert_eq!(figs(&cats[2].totals), (Some(d("200")), d("100"), d("200"), Some(d("0")), 1), "licences");
    let sum = |f: fn(&Totals) -> Decimal| cats.iter().map(|c| f(&c.totals)).sum::<Decimal>();
    assert_eq!(
        (sum(|t| t.budget_voted.unwrap()), sum(|t| t.actual), sum(|t| t.landing)),
        (d("1900"), d("920"), d("2320")),
        "a project's figures are its lines' sums, so the categories add up to the portfolio"
    );
}

#[test]
fn counts_by_status_and_weather_include_every_value_and_the_missing_ones() {
    let s = summary(&portfolio());
    let c = &s.counts;
    assert_eq!(c.total, 6);
    let statuses: Vec<_> = c.by_status.iter().map(|r| (r.status, r.count)).collect();
    assert_eq!(
        statuses,
        vec![
            (Some(ProjectStatus::Candidate), 1),
            (Some(ProjectStatus::Approved), 1),
            (Some(ProjectStatus::InProgress), 1),
            (Some(ProjectStatus::OnHold), 1),
            (Some(ProjectStatus::Done), 1),
            (Some(ProjectStatus::Cancelled), 0),
            (None, 1),
        ],
        "every status in list order, zeros included, then the projects with none (S3)"
    );
    // S1 rainy, S2 sunny, F1 cloudy; S3, S4 and F2 have no météo.
    assert_eq!(c.weather(Some(Weather::Sunny)), 1);
    assert_eq!(c.weather(Some(Weather::Cloudy)), 1);
    assert_eq!(c.weather(Some(Weather::Rainy)), 1);
    assert_eq!(c.weather(Some(Weather::Stormy)), 0);
    assert_eq!(c.weather(None), 3);
    assert_eq!(c.by_weather.len(), 5);

    let dsi = s.directorates.iter().find(|d| d.code == "DSI").unwrap();
    assert_eq!(dsi.counts.total, 4);
    assert_eq!(dsi.counts.status(Some(ProjectStatus::OnHold)), 1, "S4 keeps the status it last had");
    assert_eq!(dsi.counts.status(Some(ProjectStatus::Done)), 0, "F1 is DAF's");
    assert_eq!(dsi.counts.weather(None), 2);
}

#[test]
fn directorates_carry_their_figures_envelope_and_quarters() {
    let s = summary(&portfolio());
    let codes: Vec<&str> = s.directorates.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, vec!["DAF", "DSI"]);
    let dsi = &s.directorates[1];
    assert_eq!(figs(&dsi.totals), (Some(d("1700")), d("790"), d("2090"), Some(d("390")), 4));
    assert_eq!(dsi.campaign, Campaign::R2);
    assert_eq!(
        (dsi.envelope, dsi.budget_voted_gap, dsi.landing_gap),
        (Some(d("2500")), Some(d("-800")), Some(d("-410")))
    );
    assert_eq!(dsi.landing_standing, Some(Standing::Under));
    assert!(dsi.quarters[1].closure == Closure::Closed && dsi.quarters[2].closure == Closure::Open);
    let daf = &s.directorates[0];
    assert_eq!(daf.quarters[1].closure, Closure::Open, "R1 has not closed Q2");
    assert_eq!(daf.quarters[1].landing, d("100"));
}

#[test]
fn envelope_rows_are_sorted_from_the_most_over_to_the_most_under() {
    let rows = envelope_comparisons(&portfolio());
    let view: Vec<_> = rows
        .iter()
        .map(|r| (r.code.as_str(), r.budget_voted_gap, r.budget_voted_standing, r.landing_gap, r.landing_standing))
        .collect();
    assert_eq!(
        view,
        vec![
            // DAF: 200 voted = envelope 200; landing 230 is 30 over.
            ("DAF", Some(d("0")), Some(Standing::Equal), d("30"), Standing::Over),
            // DSI: 1700 voted, 2090 landing, within 2500.
            ("DSI", Some(d("-800")), Some(Standing::Under), d("-410"), Standing::Under),
        ]
    );
    assert_eq!(rows[0].landing_gap_ratio, Some(d("0.15")), "30 over an envelope of 200");
    assert_eq!((rows[1].envelope, rows[1].budget_voted, rows[1].landing), (d("2500"), Some(d("1700")), d("2090")));
}

#[test]
fn top_drifts_sort_by_absolute_variance_and_skip_projects_that_do_not_drift() {
    let p = portfolio();
    let drifts = top_drifts(&p, 10);
    let view: Vec<_> = drifts.iter().map(|x| (x.code.as_str(), x.variance.unwrap(), x.variance_ratio)).collect();
    assert_eq!(
        view,
        vec![
            ("S1", d("250"), Some(d("0.25"))),
            ("S3", d("200"), None),
            ("S2", d("-60"), Some(d("-0.2"))),
            ("F1", d("30"), Some(d("0.15"))),
        ],
        "underruns and overruns by size; S4 (kept at its budget) is no drift; S3 has no % of a zero budget"
    );
    let top2: Vec<_> = top_drifts(&p, 2).into_iter().map(|x| x.code).collect();
    assert_eq!(top2, vec!["S1", "S3"], "the limit keeps the largest");
    assert!(top_drifts(&p, 0).is_empty());
}

#[test]
fn outside_initial_budget_and_missing_projects_are_listed() {
    let s = summary(&portfolio());
    let outside: Vec<_> = s.outside_initial_budget.iter().map(|x| (x.directorate.as_str(), x.code.as_str())).collect();
    assert_eq!(outside, vec![("DSI", "S3")]);
    assert_eq!(s.outside_initial_budget[0].landing, d("200"));
    let missing: Vec<_> = s.missing_from_latest.iter().map(|x| x.code.as_str()).collect();
    assert_eq!(missing, vec!["S4"]);
    assert!(s.missing_from_latest[0].missing_from_latest);
}

#[test]
fn a_directorate_without_a_bi_makes_the_budget_unknown_not_smaller() {
    let mut rs = returns();
    rs.push(
        ret(9, "DRH", Campaign::R1)
            .simple("H1", q("10", "20", "30", "40"), q("5", "0", "0", "0"))
            .status("H1", "2026-04-01", Weather::Stormy)
            .done(),
    );
    let s = summary(&consolidate(YEAR, &rs, None));
    assert_eq!(s.totals.budget_voted, None, "a partial budget would pass for the whole");
    assert_eq!(s.totals.budget_unknown_count, 1);
    assert_eq!((s.totals.actual, s.totals.landing), (d("925"), d("2415")), "920 + 5, 2320 + 95");
    assert_eq!((s.totals.variance, s.totals.variance_ratio, s.totals.burn_rate), (None, None, None));
    assert!(s.quarters.iter().all(|q| q.budget_voted.is_none()));
    let drh = s.directorates.iter().find(|d| d.code == "DRH").unwrap();
    assert!(!drh.has_budget_return);
    assert_eq!(drh.totals.budget_voted, None);
    assert!(s.envelopes.iter().all(|e| e.code != "DRH"), "no envelope without a BI");
    assert!(s.top_drifts.iter().all(|x| x.code != "H1"), "no variance, no drift");
    assert_eq!(s.natures[0].totals.budget_voted, None, "H1's CAPEX line has no budget");
    assert_eq!(s.natures[1].totals.budget_voted, Some(d("200")), "OPEX has only budgeted lines");
    assert_eq!(s.counts.weather(Some(Weather::Stormy)), 1);
}

#[test]
fn the_json_form_has_stable_keys_two_decimal_amounts_and_four_decimal_ratios() {
    let v: Value = serde_json::to_value(summary(&portfolio())).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        vec![
            "ambitions",
            "as_of",
            "categories",
            "counts",
            "coverage",
            "directorates",
            "envelopes",
            "missing_from_latest",
            "natures",
            "outside_initial_budget",
            "quarters",
            "requests",
            "top_drifts",
            "totals",
            "year"
        ]
    );
    assert_eq!(
        v["totals"],
        json!({
            "project_count": 5, "budget_unknown_count": 0,
            "budget_voted": "1900.00", "actual": "920.00", "landing": "2320.00", "variance": "420.00",
            // 420 / 1900 = 0.221052…, 920 / 1900 = 0.484210…
            "variance_ratio": "0.2211", "burn_rate": "0.4842"
        })
    );
    let dsi = &v["directorates"][1];
    assert_eq!(dsi["code"], "DSI");
    assert_eq!(dsi["landing"], "2090.00", "a directorate's totals are flattened into its row");
    assert_eq!(dsi["landing_standing"], "under");
    assert_eq!(dsi["counts"]["by_status"][6], json!({"status": null, "count": 1}));
    assert_eq!(v["quarters"][1]["closure"], "partial");
    assert_eq!(v["categories"][5]["category"], Value::Null);
    assert_eq!(v["natures"][0]["nature"], "CAPEX");
    assert_eq!(v["top_drifts"][1]["variance_ratio"], Value::Null);
    assert_eq!(v["top_drifts"][0]["variance_ratio"], "0.2500");
    assert_eq!((v["requests"]["count"].clone(), v["requests"]["amount"].clone()), (json!(1), json!("0.00")));
    assert_eq!(v["requests"]["projects"][0]["code"], "F2", "the candidate F2 is listed apart");
    assert_eq!(v["requests"]["projects"][0]["request"], "0.00");
    assert_eq!(v["directorates"][0]["request_count"], 1, "DAF's request");
    assert_eq!(v["as_of"], Value::Null);
}

#[test]
fn the_summary_does_not_depend_on_the_order_of_the_returns() {
    let mut reversed = returns();
    reversed.reverse();
    assert_eq!(summary(&consolidate(YEAR, &reversed, None)), summary(&portfolio()));
    let a = serde_json::to_string(&summary(&portfolio())).unwrap();
    let b = serde_json::to_string(&summary(&consolidate(YEAR, &reversed, None))).unwrap();
    assert_eq!(a, b, "same returns, same bytes");
}

#[test]
fn an_empty_portfolio_still_has_every_row() {
    let s = summary(&consolidate(YEAR, &[], None));
    assert_eq!(figs(&s.totals), (Some(d("0")), d("0"), d("0"), Some(d("0")), 0));
    assert_eq!((s.totals.variance_ratio, s.totals.burn_rate), (None, None), "no ratio of a zero budget");
    assert_eq!(s.natures.len(), 2);
    assert_eq!(s.categories.len(), 5);
    assert_eq!(s.counts.by_status.len(), 7);
    assert!(s.quarters.iter().all(|q| q.closure == Closure::Open));
    assert!(s.ambitions.is_empty() && s.directorates.is_empty() && s.top_drifts.is_empty());
}
