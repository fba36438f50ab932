//! The `pmo export` contract: JSON shape and formats, CSV bytes.

mod common;

use common::*;
use pmo_consolidate::{consolidate, export_csv, export_json, export_json_text, SourceReturn, CSV_COLUMNS};
use pmo_model::model::{Campaign, ProjectStatus, Weather};
use serde_json::{json, Value};

/// DSI with BI + R1 (one project over budget, one under, one added), DRH with no BI.
fn portfolio_returns() -> Vec<SourceReturn> {
    vec![
        ret(1, "DSI", Campaign::Bi)
            .name("Systèmes d'information")
            .envelope("2000")
            .simple("S1", q("25", "25", "25", "25"), zero())
            .simple("S2", q("1000", "0", "0", "0.5"), zero())
            .done(),
        ret(2, "DSI", Campaign::R1)
            .name("Systèmes d'information")
            // Landing 13 + 75 = 88 against 100: variance −12.
            .simple("S1", q("25", "25", "25", "25"), q("13", "0", "0", "0"))
            .status("S1", "2026-04-02", Weather::Rainy)
            // Landing 1234 + 0.5 against 1000.5: +234.
            .simple("S2", q("1000", "0", "0", "0.5"), q("1234", "0", "0", "0"))
            .project("S3", "Refonte \"SI\"; lot 1", Some(ProjectStatus::Candidate))
            .done(),
        ret(5, "DRH", Campaign::R1).project("H1", "Paie\nmulti-pays", None).done(),
    ]
}

#[test]
fn json_has_exactly_the_contract_keys_plus_documented_additions() {
    let v = export_json(&consolidate(YEAR, &portfolio_returns(), None));
    let keys = |o: &Value| -> Vec<String> { o.as_object().unwrap().keys().cloned().collect() };
    assert_eq!(
        keys(&v),
        vec!["directorates", "projects", "requests", "year"],
        "top-level keys are the contract's, and the requests apart (v1.1)"
    );
    assert_eq!(v["year"], json!(2026), "the year is a number");

    let contract_project =
        ["code", "name", "directorate", "status", "budget_voted", "actual", "landing", "variance", "weather"];
    let added_project = [
        "variance_pct",
        "burn_rate_pct",
        "outside_initial_budget",
        "missing_from_latest",
        "campaign",
        "figures_campaign",
        "request",
    ];
    let contract_dir = ["code", "name", "envelope", "budget_voted", "actual", "landing", "variance"];
    let added_dir = [
        "campaign",
        "budget_voted_minus_envelope",
        "landing_minus_envelope",
        "envelope_campaign",
        "request_count",
        "requested",
    ];
    let sorted = |a: &[&str], b: &[&str]| {
        let mut all: Vec<String> = a.iter().chain(b).map(|s| s.to_string()).collect();
        all.sort();
        all
    };
    for p in v["projects"].as_array().unwrap().iter().chain(v["requests"].as_array().unwrap()) {
        assert_eq!(keys(p), sorted(&contract_project, &added_project), "every project object has the same keys");
    }
    for d in v["directorates"].as_array().unwrap() {
        assert_eq!(keys(d), sorted(&contract_dir, &added_dir));
    }
    assert_eq!(CSV_COLUMNS[..9], contract_project, "the CSV columns are the contract's project fields in order");
    assert_eq!(CSV_COLUMNS[9], "request", "then the request of a candidate, added at the end");
}

#[test]
fn json_values_follow_the_contract_formats() {
    let v = export_json(&consolidate(YEAR, &portfolio_returns(), None));
    let order: Vec<(&str, &str)> = v["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["directorate"].as_str().unwrap(), p["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        order,
        vec![("DRH", "H1"), ("DSI", "S1"), ("DSI", "S2")],
        "by directorate then code; the candidate S3 is a request, not a project summed"
    );

    assert_eq!(
        v["projects"][1],
        json!({
            "code": "S1", "name": "Projet S1", "directorate": "DSI", "status": "in_progress",
            "budget_voted": "100.00", "actual": "13.00", "landing": "88.00", "variance": "-12.00",
            "weather": "rainy",
            "variance_pct": "-12.00", "burn_rate_pct": "13.00", "outside_initial_budget": false,
            "missing_from_latest": false, "campaign": "R1", "figures_campaign": "R1", "request": null
        }),
        "amounts are strings with two decimals and a dot, negatives with a minus"
    );
    let s2 = &v["projects"][2];
    assert_eq!((s2["budget_voted"].as_str(), s2["landing"].as_str()), (Some("1000.50"), Some("1234.50")));
    assert_eq!(s2["variance"], json!("234.00"));
    assert_eq!(s2["weather"], Value::Null, "no status: weather is null");
    // 234 / 1000.5 = 23.388…%: rounded only when printed.
    assert_eq!(s2["variance_pct"], json!("23.39"));

    let s3 = &v["requests"][0];
    assert_eq!(s3["code"], json!("S3"), "the candidate is listed apart, as a request");
    assert_eq!(
        (s3["budget_voted"].clone(), s3["actual"].clone(), s3["landing"].clone(), s3["request"].clone()),
        (Value::Null, Value::Null, Value::Null, json!("0.00")),
        "a request counts in no figure: its amounts are null, what it asks is `request`"
    );
    assert_eq!((s3["variance_pct"].clone(), s3["status"].clone()), (Value::Null, json!("candidate")));

    let h1 = &v["projects"][0];
    assert_eq!(h1["budget_voted"], Value::Null, "no BI return: budget voted is null, not 0");
    assert_eq!(h1["variance"], Value::Null);
    assert_eq!(h1["status"], Value::Null, "no status given: null");
    assert_eq!(h1["actual"], json!("0.00"));

    assert_eq!(
        v["directorates"],
        json!([
            {"code": "DRH", "name": null, "envelope": null, "budget_voted": null, "actual": "0.00",
             "landing": "0.00", "variance": null, "campaign": "R1",
             "budget_voted_minus_envelope": null, "landing_minus_envelope": null,
             "envelope_campaign": null, "request_count": 0, "requested": "0.00"},
            {"code": "DSI", "name": "Systèmes d'information", "envelope": "2000.00", "budget_voted": "1100.50",
             "actual": "1247.00", "landing": "1322.50", "variance": "222.00", "campaign": "R1",
             "budget_voted_minus_envelope": "-899.50", "landing_minus_envelope": "-677.50",
             "envelope_campaign": "BI", "request_count": 1, "requested": "0.00"}
        ])
    );
}

#[test]
fn json_text_keeps_the_contract_field_order_and_is_deterministic() {
    let returns = portfolio_returns();
    let text = export_json_text(&consolidate(YEAR, &returns, None));
    let pos = |k: &str| text.find(&format!("\"{k}\"")).unwrap_or_else(|| panic!("{k} missing"));
    assert!(pos("year") < pos("projects") && pos("projects") < pos("directorates"));
    assert!(pos("code") < pos("name") && pos("variance") < pos("weather") && pos("weather") < pos("variance_pct"));
    assert!(text.ends_with("}\n"));
    let parsed: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(parsed, export_json(&consolidate(YEAR, &returns, None)), "text and value say the same");

    let mut shuffled = returns.clone();
    shuffled.rotate_left(1);
    assert_eq!(export_json_text(&consolidate(YEAR, &shuffled, None)), text, "same inputs, same bytes");
}

#[test]
fn csv_has_a_bom_a_header_crlf_and_rfc4180_quoting() {
    let csv = export_csv(&consolidate(YEAR, &portfolio_returns(), None));
    let expected = "\u{feff}code;name;directorate;status;budget_voted;actual;landing;variance;weather;request\r\n\
        H1;\"Paie\nmulti-pays\";DRH;;;0.00;0.00;;;\r\n\
        S1;Projet S1;DSI;in_progress;100.00;13.00;88.00;-12.00;rainy;\r\n\
        S2;Projet S2;DSI;in_progress;1000.50;1234.00;1234.50;234.00;;\r\n\
        S3;\"Refonte \"\"SI\"\"; lot 1\";DSI;candidate;;;;;;0.00\r\n";
    assert_eq!(csv, expected);
}

#[test]
fn csv_of_an_empty_portfolio_is_the_header_alone() {
    let csv = export_csv(&consolidate(YEAR, &[], None));
    assert_eq!(csv, "\u{feff}code;name;directorate;status;budget_voted;actual;landing;variance;weather;request\r\n");
    assert_eq!(export_json(&consolidate(YEAR, &[], None)), json!({"year": 2026, "projects": [], "directorates": [], "requests": []}));
}
