//! Capacity figures on small portfolios whose expectations are computed by hand in comments.

mod common;

use common::*;
use pmo_consolidate::{capacity, capacity_json_text, capacity_with_threshold, CapacityView, SourceReturn, TeamLoad};
use pmo_model::model::{Campaign, CapacityLine, Origin, WorkloadLine};
use rust_decimal::Decimal;
use serde_json::{json, Value};

/// Workload and capacity rows, which the shared builder does not write.
trait Teams {
    fn workload(
        self,
        project: &str,
        team: &str,
        planned: [Decimal; 4],
        actual: [Decimal; 4],
        rate: Option<&str>,
    ) -> Self;
    fn capacity(self, team: &str, capacity: [Decimal; 4]) -> Self;
}

impl Teams for R {
    fn workload(
        mut self,
        project: &str,
        team: &str,
        planned: [Decimal; 4],
        actual: [Decimal; 4],
        rate: Option<&str>,
    ) -> R {
        let row = self.0.data.workload.len() as u32 + 2;
        self.0.data.workload.push(WorkloadLine {
            project: project.to_string(),
            team: team.to_string(),
            planned,
            actual,
            daily_rate: rate.map(d),
            origin: Some(Origin { sheet: "Charges".to_string(), row }),
        });
        self
    }

    fn capacity(mut self, team: &str, capacity: [Decimal; 4]) -> R {
        let row = self.0.data.capacity.len() as u32 + 2;
        self.0.data.capacity.push(CapacityLine {
            team: team.to_string(),
            capacity,
            origin: Some(Origin { sheet: "Capacité".to_string(), row }),
        });
        self
    }
}

fn team<'a>(v: &'a CapacityView, directorate: &str, name: &str) -> &'a TeamLoad {
    v.team(directorate, name).unwrap_or_else(|| panic!("team {name} of {directorate} must be in the view"))
}

/// DSI at R1 (Q1 closed) with three teams, DRH at R1 with a team of the same name as DSI's.
fn two_directorates() -> Vec<SourceReturn> {
    vec![
        ret(1, "DSI", Campaign::R1)
            .capacity("Développement", q("100", "100", "80", "100"))
            .capacity("Infra", q("50", "50", "50", "50"))
            // Same team as "Développement", typed differently: case, accent and a trailing space.
            // Q2 actual of 30 is not closed at R1: it must count nowhere.
            .workload("P1", "DEVELOPPEMENT ", q("60", "70", "50", "0"), q("55", "30", "0", "0"), Some("500"))
            .workload("P2", "Développement", q("30", "40", "40", "10"), q("35", "0", "0", "0"), None)
            .workload("P1", "Infra", q("10", "10", "10", "10"), q("8", "0", "0", "0"), Some("400"))
            // No capacity row for Data.
            .workload("P3", "Data", q("0", "20", "0", "0"), zero(), Some("600"))
            .done(),
        ret(2, "DRH", Campaign::R1)
            .capacity("développement", q("10", "10", "10", "10"))
            .workload("H1", "Développement", q("5", "5", "5", "5"), q("4", "0", "0", "0"), Some("450"))
            .done(),
    ]
}

#[test]
fn workload_capacity_and_load_per_team_and_quarter() {
    let v = capacity(YEAR, &two_directorates(), None);
    let dev = team(&v, "DSI", "developpement");
    assert_eq!(dev.team, "Développement", "the name is the Capacité sheet's spelling");
    // Planned per quarter: P1 + P2 = 60+30, 70+40, 50+40, 0+10.
    let planned: Vec<Decimal> = dev.quarters.iter().map(|q| q.planned).collect();
    assert_eq!(planned, vec![d("90"), d("110"), d("90"), d("10")], "rows folding alike are one team");
    assert_eq!(dev.planned, d("300"));
    assert_eq!(dev.capacity, Some(d("380")), "100 + 100 + 80 + 100");
    // Actual: only Q1 is closed at R1: 55 + 35 = 90; the Q2 actual of 30 counts nowhere.
    assert_eq!(dev.actual, d("90"));
    assert_eq!(dev.quarters[1].actual, d("0"), "an open quarter has no actual");
    assert!(dev.quarters[0].closed && !dev.quarters[1].closed);
    // Loads: 90/100, 110/100, 90/80, 10/100.
    let loads: Vec<Option<Decimal>> = dev.quarters.iter().map(|q| q.load).collect();
    assert_eq!(loads, vec![Some(d("0.9")), Some(d("1.1")), Some(d("1.125")), Some(d("0.1"))]);
    assert_eq!(dev.max_load, Some(d("1.125")));
    assert_eq!(dev.load, Some(d("300") / d("380")), "the year's load is Σ planned ÷ Σ capacity");
    let over: Vec<bool> = dev.quarters.iter().map(|q| q.overloaded).collect();
    assert_eq!(over, vec![false, true, true, false], "Q2 (110 %) and Q3 (112.5 %) exceed 100 %");
    assert!(dev.overloaded && !dev.capacity_missing);

    let infra = team(&v, "DSI", "Infra");
    assert_eq!((infra.planned, infra.capacity, infra.max_load), (d("40"), Some(d("200")), Some(d("0.2"))));
    assert!(!infra.overloaded);
}

#[test]
fn a_team_with_workload_and_no_capacity_is_flagged_not_called_fine() {
    let v = capacity(YEAR, &two_directorates(), None);
    let data = team(&v, "DSI", "Data");
    assert_eq!(data.capacity, None, "no Capacité row: the capacity is unknown, not 0");
    assert_eq!(data.quarters[1].capacity, None);
    assert_eq!(data.load, None, "no load can be computed without a capacity");
    assert_eq!(data.max_load, None);
    assert!(data.capacity_missing, "20 man-days planned in Q2 with no capacity must be flagged");
    assert!(!data.overloaded, "an unmeasurable load is flagged as missing capacity, not as overload");

    // A capacity of 0 with workload is as unmeasurable as no capacity row.
    let returns = vec![ret(1, "DSI", Campaign::R1)
        .capacity("Dev", q("0", "10", "10", "10"))
        .workload("P1", "Dev", q("5", "5", "0", "0"), zero(), None)
        .done()];
    let v = capacity(YEAR, &returns, None);
    let dev = team(&v, "DSI", "Dev");
    assert_eq!(dev.quarters[0].capacity, Some(d("0")));
    assert_eq!(dev.quarters[0].load, None, "5 man-days over a capacity of 0 has no rate");
    assert!(dev.capacity_missing);
    assert_eq!(dev.quarters[1].load, Some(d("0.5")));

    // A capacity row with no workload is a team at 0 %, not flagged.
    let returns = vec![ret(1, "DSI", Campaign::R1).capacity("Idle", q("10", "10", "10", "10")).done()];
    let idle = capacity(YEAR, &returns, None).teams.remove(0);
    assert_eq!((idle.planned, idle.max_load), (d("0"), Some(d("0"))));
    assert!(!idle.capacity_missing && !idle.overloaded);
}

#[test]
fn same_team_name_in_two_directorates_are_two_teams() {
    let v = capacity(YEAR, &two_directorates(), None);
    let dsi = team(&v, "DSI", "Développement");
    let drh = team(&v, "DRH", "Développement");
    assert_eq!(drh.team, "développement", "DRH's own spelling, from its Capacité sheet");
    assert_eq!(drh.planned, d("20"), "DRH's team holds only DRH's workload (5 × 4)");
    assert_eq!(drh.capacity, Some(d("40")));
    assert_eq!(drh.max_load, Some(d("0.5")));
    assert_eq!(dsi.planned, d("300"), "DSI's team holds none of DRH's workload");
    assert_eq!(drh.projects.len(), 1);
    assert_eq!(drh.projects[0].project, "H1");
    assert_eq!(v.teams.len(), 4, "DSI: Développement, Infra, Data; DRH: Développement");
}

#[test]
fn teams_sort_overloaded_first_then_missing_capacity_then_by_load() {
    let v = capacity(YEAR, &two_directorates(), None);
    let order: Vec<(&str, &str)> = v.teams.iter().map(|t| (t.directorate.as_str(), t.team.as_str())).collect();
    // Overloaded: DSI Développement; capacity missing: DSI Data; then by max load: DRH 50 %, Infra 20 %.
    assert_eq!(order, vec![("DSI", "Développement"), ("DSI", "Data"), ("DRH", "développement"), ("DSI", "Infra")]);
    assert_eq!(v.overloaded().count(), 1);
}

#[test]
fn projects_loading_a_team_come_largest_first_with_their_man_days() {
    let v = capacity(YEAR, &two_directorates(), None);
    let dev = team(&v, "DSI", "Développement");
    let loads: Vec<(&str, Decimal)> =
        dev.projects.iter().map(|p| (p.project.as_str(), p.man_days.planned_total)).collect();
    assert_eq!(loads, vec![("P1", d("180")), ("P2", d("120"))], "P1: 60+70+50; P2: 30+40+40+10");
    assert_eq!(dev.projects[0].man_days.planned, q("60", "70", "50", "0"));
    assert_eq!(dev.projects[0].man_days.actual_total, d("55"), "closed Q1 only");
    assert_eq!(dev.projects[0].sources.len(), 1);
    assert_eq!(dev.projects[0].sources[0].index, 0, "the first Charges row");
    assert_eq!(dev.capacity_sources.len(), 1);
    assert_eq!(dev.capacity_sources[0].origin.as_ref().map(|o| o.row), Some(2));
}

#[test]
fn internal_cost_is_man_days_times_the_daily_rate_where_given() {
    let v = capacity(YEAR, &two_directorates(), None);
    let dev = team(&v, "DSI", "Développement");
    let p1 = &dev.projects[0].man_days;
    assert_eq!(p1.planned_cost, Some(d("90000")), "180 man-days × 500 €");
    assert_eq!(p1.actual_cost, Some(d("27500")), "55 closed man-days × 500 €");
    let p2 = &dev.projects[1].man_days;
    assert_eq!(p2.planned_cost, None, "P2 gives no TJM: no cost, not a cost of 0");
    assert_eq!(p2.unvalued_man_days, d("120"));
    assert_eq!(dev.planned_cost, Some(d("90000")), "the team's cost covers the valued rows only");
    assert_eq!(dev.actual_cost, Some(d("27500")));
    assert_eq!(dev.unvalued_man_days, d("120"), "and says how many man-days it leaves out");

    // Per project over all teams: P1 = Développement (180 × 500) + Infra (40 × 400).
    let p1 = v.project("DSI", "P1").expect("P1 has workload");
    assert_eq!(p1.man_days.planned_total, d("220"));
    assert_eq!(p1.man_days.actual_total, d("63"), "55 + 8");
    assert_eq!(p1.man_days.planned_cost, Some(d("106000")), "90 000 + 16 000");
    assert_eq!(p1.man_days.actual_cost, Some(d("30700")), "27 500 + 3 200");
    let p3 = v.project("DSI", "P3").unwrap();
    assert_eq!((p3.man_days.planned_cost, p3.man_days.actual_cost), (Some(d("12000")), Some(d("0"))));
    assert_eq!(v.project("DRH", "H1").unwrap().man_days.actual_cost, Some(d("1800")), "4 × 450");
    let codes: Vec<(&str, &str)> = v.projects.iter().map(|p| (p.directorate.as_str(), p.project.as_str())).collect();
    assert_eq!(codes, vec![("DRH", "H1"), ("DSI", "P1"), ("DSI", "P2"), ("DSI", "P3")]);
}

#[test]
fn a_load_of_exactly_the_threshold_is_full_not_overloaded() {
    let returns = vec![ret(1, "DSI", Campaign::R1)
        .capacity("Full", q("100", "100", "100", "100"))
        .capacity("Over", q("100", "100", "100", "100"))
        .workload("P1", "Full", q("100", "0", "0", "0"), zero(), None)
        .workload("P1", "Over", q("100.5", "0", "0", "0"), zero(), None)
        .done()];
    let v = capacity(YEAR, &returns, None);
    assert!(!team(&v, "DSI", "Full").overloaded, "100 % of capacity is full, not over");
    assert!(team(&v, "DSI", "Over").overloaded, "100.5 % is over");

    let v = capacity_with_threshold(YEAR, &returns, None, d("100.5"));
    assert!(!team(&v, "DSI", "Over").overloaded, "the PMO's threshold replaces 100 %");
    let v = capacity_with_threshold(YEAR, &returns, None, d("90"));
    assert!(team(&v, "DSI", "Full").overloaded);
}

#[test]
fn the_current_return_is_chosen_as_consolidate_chooses_it() {
    let returns = vec![
        ret(1, "DSI", Campaign::Bi).workload("P1", "Dev", q("10", "10", "10", "10"), zero(), None).done(),
        ret(2, "DSI", Campaign::R1)
            .workload("P1", "Dev", q("20", "10", "10", "10"), q("18", "0", "0", "0"), None)
            .done(),
        // A superseded duplicate of R1 with a lower id: ignored.
        ret(0, "DSI", Campaign::R1).workload("P1", "Dev", q("999", "0", "0", "0"), zero(), None).done(),
        ret(3, "DSI", Campaign::R1).year(2025).workload("P1", "Dev", q("7", "0", "0", "0"), zero(), None).done(),
    ];
    let v = capacity(YEAR, &returns, None);
    let dev = team(&v, "DSI", "Dev");
    assert_eq!(dev.return_id, 2, "the latest campaign of the year, highest id");
    assert_eq!(dev.campaign, Campaign::R1);
    assert_eq!(dev.planned, d("50"));
    assert_eq!(dev.actual, d("18"));

    let v = capacity(YEAR, &returns, Some(Campaign::Bi));
    let dev = team(&v, "DSI", "Dev");
    assert_eq!((dev.return_id, dev.planned, dev.actual), (1, d("40"), d("0")), "as of BI: nothing closed");
}

#[test]
fn json_has_the_documented_fields_and_two_decimal_strings() {
    let v = capacity(YEAR, &two_directorates(), None);
    let text = capacity_json_text(&v);
    assert!(text.ends_with("}\n"));
    assert_eq!(text, capacity_json_text(&capacity(YEAR, &two_directorates(), None)), "same inputs, same bytes");
    let j: Value = serde_json::from_str(&text).unwrap();
    let keys = |o: &Value| -> Vec<String> { o.as_object().unwrap().keys().cloned().collect() };
    assert_eq!(keys(&j), vec!["as_of", "overload_pct", "projects", "teams", "year"]);
    assert_eq!(j["overload_pct"], json!("100.00"));
    let dev = &j["teams"][0];
    assert_eq!(
        keys(dev),
        vec![
            "actual_cost",
            "actual_man_days",
            "campaign",
            "capacity_man_days",
            "capacity_missing",
            "directorate",
            "load_pct",
            "max_load_pct",
            "overloaded",
            "planned_cost",
            "planned_man_days",
            "projects",
            "quarters",
            "team",
            "unvalued_man_days"
        ]
    );
    assert_eq!(dev["team"], json!("Développement"));
    assert_eq!(dev["campaign"], json!("R1"));
    assert_eq!(dev["max_load_pct"], json!("112.50"));
    assert_eq!(dev["load_pct"], json!("78.95"), "300 / 380 = 78.947… %");
    assert_eq!(dev["planned_cost"], json!("90000.00"));
    assert_eq!(
        dev["quarters"][2],
        json!({"quarter": 3, "closed": false, "planned_man_days": "90.00", "actual_man_days": "0.00",
               "capacity_man_days": "80.00", "load_pct": "112.50", "overloaded": true})
    );
    assert_eq!(dev["projects"][1]["planned_cost"], Value::Null, "no TJM: null, not 0");
    assert_eq!(dev["projects"][0]["planned_man_days"], json!(["60.00", "70.00", "50.00", "0.00"]));
    let data = &j["teams"][1];
    assert_eq!((data["capacity_man_days"].clone(), data["load_pct"].clone()), (Value::Null, Value::Null));
    assert_eq!(j["projects"][1]["directorate"], json!("DSI"));
    assert_eq!(j["projects"][1]["project"], json!("P1"), "the project row is flattened");
    assert_eq!(j["projects"][1]["planned_cost"], json!("106000.00"));
}
