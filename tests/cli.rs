//! The `pmo` CLI as scripts and users run it: commands, exit codes, JSON shapes, files written.
//! Each test runs the real binary on its own temporary database.

use std::collections::BTreeSet;
use std::str::FromStr;

use pmo_e2e::Sandbox;
use pmo_model::model::{Campaign, ReturnData};
use rust_decimal::Decimal;
use serde_json::Value;

const CONTRACT_FILE_KEYS: [&str; 7] = ["file", "status", "directorate", "year", "campaign", "errors", "warnings"];

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().expect("an object").keys().cloned().collect()
}

/// Amounts in exports: exactly two decimals and a dot.
fn is_plain_amount(v: &Value) -> bool {
    let Some(s) = v.as_str() else { return false };
    let (int, frac) = match s.strip_prefix('-').unwrap_or(s).split_once('.') {
        Some(p) => p,
        None => return false,
    };
    !int.is_empty() && int.chars().all(|c| c.is_ascii_digit()) && frac.len() == 2 && frac.chars().all(|c| c.is_ascii_digit())
}

fn demo_data() -> Vec<ReturnData> {
    pmo_template::demo_portfolio(2026)
}

/// Landing of a project computed by hand from the demo's data, per the contract's section 5.
fn expected_landing(code: &str) -> Decimal {
    let returns = demo_data();
    let latest = returns
        .iter()
        .filter(|r| r.projects.iter().any(|p| p.code == code))
        .max_by_key(|r| r.campaign)
        .expect("project in the demo");
    let closed = latest.campaign.closed_quarters();
    latest
        .budget
        .iter()
        .filter(|l| l.project == code)
        .map(|l| (0..4).map(|q| if q < closed { l.actual[q] } else { l.planned[q] }).sum::<Decimal>())
        .sum()
}

#[test]
fn usage_errors_exit_with_2() {
    let s = Sandbox::new();
    s.pmo().arg("import").assert().code(2);
    s.pmo().args(["frobnicate"]).assert().code(2);
    s.pmo().args(["--lang", "de", "history"]).assert().code(2);
    s.pmo().args(["export", "--year", "deux-mille"]).assert().code(2);
    s.pmo().args(["template", "--year", "2026", "--campaign", "R4", "--out", "x.xlsx"]).assert().code(2);
    s.pmo().arg("--help").assert().code(0);
}

#[test]
fn the_demo_imports_cleanly_then_is_unchanged() {
    let s = Sandbox::new();
    let demo = s.demo();
    let files: Vec<_> = std::fs::read_dir(&demo).unwrap().collect();
    assert_eq!(files.len(), 15, "5 directorates × BI, R1, R2");

    let first = s.json(&["import", "--json", demo.to_str().unwrap()], 0);
    let first = first.as_array().expect("an array, one object per file");
    assert_eq!(first.len(), 15);
    for f in first {
        let k = keys(f);
        for key in CONTRACT_FILE_KEYS {
            assert!(k.contains(key), "{key} missing from {f}");
        }
        assert_eq!(f["status"], "imported", "{f}");
        assert_eq!(f["errors"], Value::Array(vec![]), "the demo has no error: {f}");
        assert_eq!(f["warnings"], Value::Array(vec![]), "the demo imports without a warning: {f}");
        assert_eq!(f["year"], 2026);
        let campaign = f["campaign"].as_str().unwrap();
        assert!(["BI", "R1", "R2"].contains(&campaign));
        assert!(f["file"].as_str().unwrap().starts_with(demo.to_str().unwrap()), "file is the path as found under the folder given");
    }

    let again = s.json(&["import", "--json", demo.to_str().unwrap()], 0);
    for f in again.as_array().unwrap() {
        assert_eq!(f["status"], "unchanged", "re-importing identical bytes changes nothing: {f}");
    }
    let text = s.run(&["import", demo.join("2026-DSI-R2.xlsx").to_str().unwrap()], 0);
    assert!(text.contains("inchangé"), "{text}");
}

#[test]
fn export_json_follows_the_contract_and_matches_hand_computed_landings() {
    let s = Sandbox::new();
    let demo = s.demo();
    s.run(&["import", demo.to_str().unwrap()], 0);
    let export = s.json(&["export", "--year", "2026"], 0);
    assert_eq!(export["year"], 2026);
    let projects = export["projects"].as_array().unwrap();
    let total_projects: BTreeSet<String> =
        demo_data().iter().flat_map(|r| r.projects.iter().map(|p| p.code.clone())).collect();
    assert_eq!(projects.len(), total_projects.len(), "every project of every return appears once");
    for p in projects {
        for key in ["code", "name", "directorate", "status", "budget_voted", "actual", "landing", "variance", "weather"] {
            assert!(p.get(key).is_some(), "{key} missing in {p}");
        }
        for key in ["budget_voted", "actual", "landing", "variance"] {
            assert!(p[key].is_null() || is_plain_amount(&p[key]), "{key} = {} is not a two-decimal amount", p[key]);
        }
        let status = &p["status"];
        assert!(
            status.is_null()
                || ["candidate", "approved", "in_progress", "on_hold", "done", "cancelled"].contains(&status.as_str().unwrap()),
            "{status}"
        );
        let weather = &p["weather"];
        assert!(weather.is_null() || ["sunny", "cloudy", "rainy", "stormy"].contains(&weather.as_str().unwrap()));
        let code = p["code"].as_str().unwrap();
        if p["missing_from_latest"] != true {
            let landing = Decimal::from_str(p["landing"].as_str().unwrap()).unwrap();
            assert_eq!(landing, expected_landing(code), "landing of {code}");
        }
    }
    let directorates = export["directorates"].as_array().unwrap();
    assert_eq!(directorates.len(), 5);
    for d in directorates {
        for key in ["code", "name", "envelope", "budget_voted", "actual", "landing", "variance"] {
            assert!(d.get(key).is_some(), "{key} missing in {d}");
        }
        let code = d["code"].as_str().unwrap();
        let sum: Decimal = projects
            .iter()
            .filter(|p| p["directorate"] == code)
            .map(|p| Decimal::from_str(p["landing"].as_str().unwrap()).unwrap())
            .sum();
        assert_eq!(Decimal::from_str(d["landing"].as_str().unwrap()).unwrap(), sum, "a directorate's landing is its projects' sum");
    }
}

#[test]
fn export_csv_opens_in_french_excel_and_out_writes_a_file() {
    let s = Sandbox::new();
    let demo = s.demo();
    s.run(&["import", demo.to_str().unwrap()], 0);
    let out = s.path("export.csv");
    s.run(&["export", "--year", "2026", "--format", "csv", "--out", out.to_str().unwrap()], 0);
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "UTF-8 BOM so that Excel reads accents");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "code;name;directorate;status;budget_voted;actual;landing;variance;weather;request",
        "the contract's columns, then the request of a candidate (v1.1)"
    );
    let json = s.json(&["export", "--year", "2026"], 0);
    let rows: Vec<&str> = lines.collect();
    let count = |key: &str| json[key].as_array().unwrap().len();
    assert_eq!(rows.len(), count("projects") + count("requests"), "one row per project, then per request");
    let first = &json["projects"][0];
    let expected_start = format!("{};", first["code"].as_str().unwrap());
    assert!(rows[0].starts_with(&expected_start));
    assert!(rows[0].contains(&format!(";{};", first["landing"].as_str().unwrap())), "same amounts as the JSON");
    assert!(text.contains("é"), "accents survive");
}

#[test]
fn export_of_an_empty_year_says_why() {
    let s = Sandbox::new();
    let out = s.pmo().args(["export", "--year", "2031"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Aucune remontée pour l'exercice 2031"), "{err}");
}

#[test]
fn a_rejected_file_fails_alone_and_leaves_the_figures_untouched() {
    let s = Sandbox::new();
    let demo = s.demo();
    s.run(&["import", demo.join("2026-DSI-BI.xlsx").to_str().unwrap()], 0);
    let before = s.run(&["export", "--year", "2026"], 0);

    let broken = s.path("broken.xlsx");
    std::fs::write(&broken, b"this is not a workbook").unwrap();
    let report = s.json(
        &["import", "--json", broken.to_str().unwrap(), demo.join("2026-DSI-R1.xlsx").to_str().unwrap()],
        1,
    );
    let report = report.as_array().unwrap();
    assert_eq!(report[0]["status"], "rejected");
    assert_eq!(report[0]["directorate"], Value::Null);
    let error = &report[0]["errors"][0];
    assert_eq!(keys(error).intersection(&["sheet", "cell", "message"].map(String::from).into()).count(), 3);
    assert_eq!(error["sheet"], Value::Null);
    assert!(error["message"].as_str().unwrap().contains("classeur lisible"), "{error}");
    assert_eq!(report[1]["status"], "imported", "each file stands or falls alone");

    // The rejected file is in the history, but the figures are those of the good file only.
    let history = s.json(&["history", "--json"], 0);
    assert!(history.as_array().unwrap().iter().any(|h| h["outcome"] == "rejected" && h["file"] == "broken.xlsx"));
    let after_bad_only = {
        let s2 = Sandbox::new();
        s2.run(&["import", demo.join("2026-DSI-BI.xlsx").to_str().unwrap()], 0);
        s2.run(&["import", demo.join("2026-DSI-R1.xlsx").to_str().unwrap()], 0);
        s2.run(&["export", "--year", "2026"], 0)
    };
    assert_eq!(s.run(&["export", "--year", "2026"], 0), after_bad_only);
    assert_ne!(before, after_bad_only, "the R1 return did change the landing");
}

#[test]
fn a_dry_run_checks_and_writes_nothing() {
    let s = Sandbox::new();
    let demo = s.demo();
    let report = s.json(&["import", "--dry-run", "--json", demo.to_str().unwrap()], 0);
    assert!(report.as_array().unwrap().iter().all(|f| f["status"] == "imported" && f["dry_run"] == true));
    let history = s.json(&["history", "--json"], 0);
    assert_eq!(history, Value::Array(vec![]), "a dry run leaves no history");
    let text = s.run(&["import", "--dry-run", demo.to_str().unwrap()], 0);
    assert!(text.contains("Simulation"), "{text}");
}

#[test]
fn a_project_code_owned_by_another_directorate_is_refused_at_its_cell() {
    let s = Sandbox::new();
    let demo = s.demo();
    s.run(&["import", demo.join("2026-DSI-BI.xlsx").to_str().unwrap()], 0);
    let returns = demo_data();
    let dsi_project = returns.iter().find(|r| r.directorate == "DSI").unwrap().projects[0].code.clone();
    let mut drh = returns.into_iter().find(|r| r.directorate == "DRH" && r.campaign == Campaign::Bi).unwrap();
    drh.projects[1].code = dsi_project.clone();
    drh.budget.retain(|l| drh.projects.iter().any(|p| p.code == l.project));
    drh.workload.retain(|l| drh.projects.iter().any(|p| p.code == l.project));
    drh.statuses.retain(|l| drh.projects.iter().any(|p| p.code == l.project));
    drh.risks.retain(|l| drh.projects.iter().any(|p| p.code == l.project));
    drh.milestones.retain(|l| drh.projects.iter().any(|p| p.code == l.project));
    let bytes = pmo_template::write_workbook(&drh, &pmo_template::TemplateOptions::default()).unwrap();
    let file = s.path("drh.xlsx");
    std::fs::write(&file, bytes).unwrap();
    let report = s.json(&["import", "--json", file.to_str().unwrap()], 1);
    let errors = report[0]["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0]["sheet"], "Projets");
    let cell = errors[0]["cell"].as_str().unwrap();
    assert!(cell.starts_with('A') && cell[1..].parse::<u32>().is_ok(), "the code's cell in column A, got {cell}");
    let msg = errors[0]["message"].as_str().unwrap();
    assert!(msg.contains(&dsi_project) && msg.contains("DSI"), "{msg}");
}

#[test]
fn restore_return_makes_an_earlier_return_current_again() {
    let s = Sandbox::new();
    let demo = s.demo();
    s.run(&["import", demo.to_str().unwrap()], 0);
    let original = s.json(&["export", "--year", "2026"], 0);

    // A second R2 for DSI with one project's Q4 forecast raised by 10 000 €.
    let mut r2 = demo_data().into_iter().find(|r| r.directorate == "DSI" && r.campaign == Campaign::R2).unwrap();
    let code = r2.budget[0].project.clone();
    r2.budget[0].planned[3] += Decimal::from(10_000);
    let file = s.path("dsi-r2-v2.xlsx");
    std::fs::write(&file, pmo_template::write_workbook(&r2, &Default::default()).unwrap()).unwrap();
    let report = s.json(&["import", "--json", file.to_str().unwrap()], 0);
    let old_id = report[0]["superseded_return_id"].as_i64().expect("supersedes the first R2");
    let landing = |v: &Value| {
        let p = v["projects"].as_array().unwrap().iter().find(|p| p["code"] == code.as_str()).unwrap();
        Decimal::from_str(p["landing"].as_str().unwrap()).unwrap()
    };
    let changed = s.json(&["export", "--year", "2026"], 0);
    assert_eq!(landing(&changed) - landing(&original), Decimal::from(10_000));

    let text = s.run(&["restore-return", &old_id.to_string()], 0);
    assert!(text.contains(&format!("n° {old_id}")), "{text}");
    assert_eq!(s.json(&["export", "--year", "2026"], 0), original, "figures are back to the first R2");
    let history = s.run(&["history"], 0);
    assert!(history.contains("restauration") && history.contains("dsi-r2-v2.xlsx"), "{history}");
    let restoration = history.lines().find(|l| l.contains("restauration")).unwrap();
    assert!(
        restoration.starts_with('↺') && !restoration.starts_with('R'),
        "a restoration's number must not read as a campaign (R1, R2…): {restoration}"
    );

    // Restoring the current one again is refused with a clear message.
    let out = s.pmo().args(["restore-return", &old_id.to_string()]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("déjà la remontée courante"));
}

#[test]
fn templates_blank_and_prefilled_import_and_say_what_is_left_to_fill() {
    let s = Sandbox::new();
    let blank = s.path("blank.xlsx");
    s.run(&["template", "--year", "2027", "--campaign", "BI", "--out", blank.to_str().unwrap()], 0);
    assert!(!s.db().exists(), "a blank template does not create a database");
    let report = s.json(&["import", "--dry-run", "--json", blank.to_str().unwrap()], 1);
    let errors = report[0]["errors"].as_array().unwrap();
    assert!(
        errors.iter().all(|e| e["sheet"] == "Direction"),
        "an unfilled template only lacks its Direction values: {errors:?}"
    );
    assert_eq!(report[0]["warnings"], Value::Array(vec![]));

    let demo = s.demo();
    s.run(&["import", demo.to_str().unwrap()], 0);
    let prefilled = s.path("dsi-r3.xlsx");
    let text = s.run(
        &["template", "--year", "2026", "--campaign", "Reprévision T3", "--directorate", "dsi", "--out", prefilled.to_str().unwrap()],
        0,
    );
    assert!(text.contains("prérempli"), "{text}");
    // Prefilled from R2, an R3 leaves Réalisé T3 to the directorate: empty, never a 0 it did not
    // type. Sent back untouched, each running project's T3 is "not reported" (contract v1.1),
    // and nothing else is said.
    let report = s.json(&["import", "--dry-run", "--json", prefilled.to_str().unwrap()], 0);
    assert_eq!(report[0]["status"], "imported");
    assert_eq!(report[0]["campaign"], "R3");
    assert_eq!(report[0]["directorate"], "DSI");
    let warnings = report[0]["warnings"].as_array().unwrap();
    assert!(!warnings.is_empty(), "an untouched prefilled R3 must not pass for a quarter with no spending");
    for w in warnings {
        assert_eq!(w["code"], "ActualNotReported", "{w}");
        assert!(w["message"].as_str().unwrap().starts_with("Réalisé T3 du projet DSI-"), "{w}");
    }
    // The check before import shows what it would do to the landing.
    assert_eq!(report[0]["landing_before"], "5614248.60", "DSI's landing at R2");
    let after = Decimal::from_str(report[0]["landing_after"].as_str().unwrap()).unwrap();
    assert!(after < Decimal::from_str("5614248.60").unwrap(), "T3 counted as 0 lowers the landing");
    let text = s.run(&["import", "--dry-run", prefilled.to_str().unwrap()], 0).replace(['\u{202f}', '\u{a0}'], " ");
    assert!(text.contains("Atterrissage de DSI : 5 614 249 € → 4 020 849 € (−1 593 400 €)"), "{text}");
}

#[test]
fn messages_follow_lang_flag_and_environment() {
    let s = Sandbox::new();
    let broken = s.path("broken.ods");
    std::fs::write(&broken, b"garbage").unwrap();
    let en = s.json(&["--lang", "en", "import", "--json", broken.to_str().unwrap()], 1);
    assert!(en[0]["errors"][0]["message"].as_str().unwrap().contains("not a readable workbook"));
    let out = s.pmo().env("LANG", "en_GB.UTF-8").args(["import", broken.to_str().unwrap()]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("rejected") && text.contains("not a readable workbook"), "{text}");
    let fr = s.run(&["import", broken.to_str().unwrap()], 1);
    assert!(fr.contains("rejeté") && fr.contains("n'est pas un classeur lisible"), "{fr}");
}

#[test]
fn db_comes_from_the_flag_then_pmo_db() {
    let s = Sandbox::new();
    let demo = s.demo();
    let env_db = s.path("from-env.sqlite");
    let mut cmd = assert_cmd::Command::new(pmo_e2e::pmo_bin());
    cmd.env("PMO_DB", &env_db).env("HOME", s.dir.path()).env("XDG_DATA_HOME", s.path("xdg"));
    cmd.args(["import", demo.join("2026-DAF-BI.xlsx").to_str().unwrap()]).assert().code(0);
    assert!(env_db.exists(), "PMO_DB names the database when --db is absent");
    assert!(!s.db().exists());
}

#[test]
fn a_folder_without_workbooks_is_an_error_and_other_files_are_skipped() {
    let s = Sandbox::new();
    let dir = s.path("empty");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("notes.txt"), "x").unwrap();
    std::fs::write(dir.join("~$lock.xlsx"), "x").unwrap();
    let out = s.pmo().args(["import", dir.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Aucun classeur"));
}

#[test]
fn a_backup_brought_back_restores_the_figures_and_keeps_a_safety_copy() {
    let s = Sandbox::new();
    let demo = s.demo();
    let of = |suffixes: &[&str]| -> Vec<String> {
        let mut files: Vec<String> = std::fs::read_dir(&demo)
            .unwrap()
            .map(|e| e.unwrap().path().to_string_lossy().to_string())
            .filter(|p| suffixes.iter().any(|x| p.ends_with(x)))
            .collect();
        files.sort();
        files
    };
    let mut import = vec!["import".to_string()];
    import.extend(of(&["-BI.xlsx", "-R1.xlsx"]));
    s.run(&import.iter().map(String::as_str).collect::<Vec<_>>(), 0);
    let before = s.run(&["export", "--year", "2026"], 0);

    let backup = s.path("sauvegardes/pmo-2026.sqlite");
    let out = s.run(&["backup", backup.to_str().unwrap()], 0);
    assert!(out.starts_with("Sauvegarde écrite : ") && backup.exists(), "the backup is written and said: {out}");
    let again = s.pmo().args(["backup", backup.to_str().unwrap()]).output().unwrap();
    assert_eq!(again.status.code(), Some(1), "a backup never writes over a file");
    assert!(String::from_utf8_lossy(&again.stderr).contains("existe déjà"));

    let mut r2 = vec!["import".to_string()];
    r2.extend(of(&["-R2.xlsx"]));
    s.run(&r2.iter().map(String::as_str).collect::<Vec<_>>(), 0);
    let with_r2 = s.run(&["export", "--year", "2026"], 0);
    assert!(with_r2 != before, "the R2 returns change the figures");

    let out = s.run(&["restore-backup", backup.to_str().unwrap()], 0);
    assert!(out.contains(": 10 remontées."), "the restore says what it brought back: {out}");
    assert!(s.run(&["export", "--year", "2026"], 0) == before, "the figures are the backup's, to the cent");
    let safety: Vec<_> = std::fs::read_dir(s.dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("pmo-desk-before-restore-"))
        .collect();
    assert_eq!(safety.len(), 1, "one safety copy, next to the database");
    assert!(out.contains(&safety[0].display().to_string()), "and the restore names it");
    let kept = assert_cmd::Command::new(pmo_e2e::pmo_bin())
        .args(["--db", safety[0].to_str().unwrap(), "export", "--year", "2026"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&kept.stdout) == with_r2, "the safety copy holds what was replaced");

    let text = s.path("notes.sqlite");
    std::fs::write(&text, "pas une base\n".repeat(100)).unwrap();
    let refused = s.pmo().args(["restore-backup", text.to_str().unwrap()]).output().unwrap();
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("n'est pas une base de données PMO Desk. Rien n'a été modifié."));
    assert!(s.run(&["export", "--year", "2026"], 0) == before, "a refused file changes nothing");
}
