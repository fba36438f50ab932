//! Figures a CODIR can trust (contract v1.1): each wrong or misleading output found by trying
//! PMO Desk as a new PMO would, checked where the user meets it — the CLI's text and JSON, the
//! PDF's text as a reader extracts it.

use pmo_e2e::Sandbox;

fn loaded() -> Sandbox {
    let s = Sandbox::new();
    let demo = s.demo();
    s.run(&["import", demo.to_str().unwrap()], 0);
    s
}

/// The text of a PDF as `pdftotext` reads it, French narrow spaces made plain.
fn pdf_text(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", path.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext is needed by the PDF tests (scripts/test installs it)");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).replace(['\u{202f}', '\u{a0}'], " ")
}

#[test]
fn a_campaign_nobody_returned_is_never_named_as_the_figures_source() {
    // The demo holds BI, R1 and R2: nobody has returned CL.
    let s = loaded();
    let text = s.run(&["status", "--year", "2026", "--campaign", "CL"], 0);
    assert!(
        text.contains("Aucune direction n'a remonté la campagne CL : les chiffres sont ceux de R2 (DAF, DCOM, DOP, DRH et DSI)."),
        "status as of CL says the figures are R2's:\n{text}"
    );
    let json = s.json(&["status", "--year", "2026", "--campaign", "CL", "--json"], 0);
    assert_eq!(json["coverage"]["campaign"], "CL");
    assert_eq!(json["coverage"]["campaign_returned"], false);
    assert!(json["coverage"]["directorates"].as_array().unwrap().iter().all(|d| d["campaign"] == "R2"));
    let latest = s.run(&["status", "--year", "2026"], 0);
    assert!(!latest.contains("Aucune direction") && !latest.contains("Sans remontée"), "R2 is complete:\n{latest}");

    let pack = s.path("t4.pdf");
    s.run(&["report", "codir", "--year", "2026", "--quarter", "4", "--date", "2026-12-07", "--out", pack.to_str().unwrap()], 0);
    let text = pdf_text(&pack);
    assert!(!text.contains("chiffres consolidés de la campagne Clôture"), "the cover claims CL figures");
    assert!(!text.contains("Campagne CL"), "the landing note claims CL");
    assert!(text.contains("campagne Clôture (CL) non remontée : chiffres de R2"), "the cover says where figures come from");
}

#[test]
fn a_directorate_behind_is_named_with_the_campaign_of_its_figures() {
    let s = Sandbox::new();
    let demo = s.demo();
    for entry in std::fs::read_dir(&demo).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        if !(name.contains("DRH") && name.contains("R2")) {
            s.run(&["import", path.to_str().unwrap()], 0);
        }
    }
    let text = s.run(&["status", "--year", "2026"], 0);
    assert!(text.contains("Sans remontée R2 : DRH (chiffres de R1)."), "{text}");
}

#[test]
fn a_dry_run_on_a_new_database_creates_no_file() {
    let s = Sandbox::new();
    let demo = s.demo();
    let text = s.run(&["import", "--dry-run", demo.to_str().unwrap()], 0);
    assert!(text.contains("Simulation : rien n'a été enregistré."), "{text}");
    assert!(!s.db().exists(), "the dry run said nothing was saved, yet created {}", s.db().display());
    let wal = s.db().with_extension("sqlite-wal");
    assert!(!wal.exists(), "nor its journal");
}

#[test]
fn paths_typed_relative_are_stored_absolute() {
    let s = Sandbox::new();
    s.demo();
    let run = |args: &[&str]| {
        let out = s.pmo().current_dir(s.dir.path()).args(args).output().unwrap();
        assert!(out.status.success(), "pmo {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    run(&["import", "demo/2026-DSI-BI.xlsx"]);
    run(&["report", "codir", "--year", "2026", "--quarter", "1", "--out", "codir.pdf"]);
    let history = s.json(&["history", "--json"], 0);
    let expected = s.dir.path().join("demo/2026-DSI-BI.xlsx");
    assert_eq!(history[0]["path"], expected.to_str().unwrap(), "the history can find the file from any folder");
    let reports = s.json(&["reports", "--json"], 0);
    assert_eq!(reports[0]["file_path"], s.path("codir.pdf").to_str().unwrap());
}

/// Runs `script` in bash with scripts/lib/setup.sh sourced, `bin` first on the PATH.
fn setup_sh(script: &str, bin: Option<&std::path::Path>) -> std::process::Output {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut cmd = std::process::Command::new("bash");
    cmd.current_dir(root).arg("-c").arg(format!("source scripts/lib/setup.sh; {script}"));
    if let Some(bin) = bin {
        cmd.env("PATH", format!("{}:{}", bin.display(), std::env::var("PATH").unwrap()));
    }
    cmd.output().expect("bash runs")
}

#[test]
fn the_set_up_checks_the_versions_the_build_really_needs() {
    // Vite 7 takes ^20.19.0 || >=22.12.0.
    for (node, ok) in [("20.18.1", false), ("20.19.0", true), ("20.20.2", true), ("21.7.3", false), ("22.11.0", false), ("22.12.0", true), ("24.1.0", true)] {
        let out = setup_sh(&format!("node_supported {node}"), None);
        assert_eq!(out.status.success(), ok, "Node.js {node} accepted: {}", !ok);
    }
    // A rustc older than the locked crates need is named, with what to do.
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [("rustc", "rustc 1.85.0 (4d91de4e4 2025-02-17)"), ("cargo", "cargo 1.85.0")] {
        let path = dir.path().join(name);
        std::fs::write(&path, format!("#!/bin/sh\necho '{text}'\n")).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let out = setup_sh("need_cargo", Some(dir.path()));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "rustc 1.85 must be refused");
    assert!(stderr.contains("Rust 1.85.0 est trop ancien : il faut Rust ≥ 1.90") && stderr.contains("rustup update stable"), "{stderr}");
    assert!(setup_sh("need_cargo", None).status.success(), "this machine's Rust builds the project");
}

#[test]
fn next_years_prefill_carries_only_what_goes_on_and_leaves_every_figure_to_fill() {
    use pmo_model::model::{ProjectStatus, RiskStatus};
    let s = loaded();
    let file = s.path("dsi-bi-2027.xlsx");
    let text = s.run(&["template", "--year", "2027", "--campaign", "BI", "--directorate", "DSI", "--out", file.to_str().unwrap()], 0);
    assert!(text.contains("prérempli"), "{text}");
    let parsed = pmo_import::read_workbook("dsi-bi-2027.xlsx", &std::fs::read(&file).unwrap());
    let d = parsed.data.as_ref().unwrap_or_else(|| panic!("the prefill reads back: {:?}", parsed.findings));
    assert_eq!((d.year, d.directorate.as_str()), (2027, "DSI"));

    let export = s.json(&["export", "--year", "2026"], 0);
    let dsi_2026: Vec<&serde_json::Value> =
        export["projects"].as_array().unwrap().iter().filter(|p| p["directorate"] == "DSI").collect();
    assert!(d.projects.len() < dsi_2026.len(), "projects that end in 2026 are not carried into 2027");
    assert!(!d.projects.is_empty(), "continuing projects are");
    for p in &d.projects {
        assert!(!matches!(p.status, Some(ProjectStatus::Done | ProjectStatus::Cancelled)), "{} is over", p.code);
        assert!(
            p.multi_year == Some(true) || p.end.is_none_or(|e| e >= pmo_e2e_date(2027, 1, 1)),
            "{} ends before 2027 and is not multi-year",
            p.code
        );
    }
    assert!(d.budget.is_empty() && d.workload.is_empty() && d.capacity.is_empty(), "2027's figures are to be given");
    assert_eq!(d.envelope, None, "2027's envelope is not 2026's");
    assert!(d.milestones.iter().all(|m| m.actual.is_none() && d.projects.iter().any(|p| p.code == m.project)));
    assert!(d.risks.iter().all(|r| r.status != Some(RiskStatus::Closed) && d.projects.iter().any(|p| p.code == r.project)));
}

fn pmo_e2e_date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn diff_tells_a_slip_behind_the_baseline_from_a_milestone_past_due() {
    // The demo's R1 → R2: milestones that moved behind their baseline but are still ahead of
    // the R2 return slip; only those past due and not reached are late.
    let s = loaded();
    let json = s.json(&["diff", "--year", "2026", "--from", "R1", "--json"], 0);
    let moved = json["milestones_moved"].as_array().unwrap();
    assert!(!moved.is_empty());
    for m in moved {
        if m["newly_late"] == true {
            let due = m["forecast_to"].as_str().or(m["baseline"].as_str()).unwrap();
            assert!(due < "2026-07-15", "late means past due on the R2 return's day: {m}");
        }
    }
    let slipped_only: Vec<&serde_json::Value> =
        moved.iter().filter(|m| m["behind_baseline_to"] == true && m["newly_late"] == false).collect();
    let text = s.run(&["diff", "--year", "2026", "--from", "R1"], 0);
    for m in &slipped_only {
        let line = text.lines().find(|l| l.contains(m["milestone"].as_str().unwrap())).unwrap();
        assert!(!line.contains("désormais en retard"), "a slip is not a delay: {line}");
        assert!(line.contains("glisse de"), "{line}");
    }
}

#[test]
fn an_envelope_changed_by_a_later_return_counts_and_is_said() {
    use pmo_model::model::Campaign;
    let s = loaded();
    let status = s.json(&["status", "--year", "2026", "--json"], 0);
    let envelope = |v: &serde_json::Value| {
        v["envelopes"].as_array().unwrap().iter().find(|e| e["code"] == "DAF").unwrap()["envelope"].clone()
    };
    assert_eq!(envelope(&status), "2270000.00");
    let mut r2 = pmo_template::demo_portfolio(2026)
        .into_iter()
        .find(|r| r.directorate == "DAF" && r.campaign == Campaign::R2)
        .unwrap();
    r2.envelope = Some(rust_decimal::Decimal::from(2_500_000));
    let file = s.path("daf-r2-new-envelope.xlsx");
    std::fs::write(&file, pmo_template::write_workbook(&r2, &Default::default()).unwrap()).unwrap();
    let report = s.json(&["import", "--json", file.to_str().unwrap()], 0);
    let warnings = report[0]["warnings"].as_array().unwrap();
    let w = warnings.iter().find(|w| w["code"] == "EnvelopeChanged").unwrap_or_else(|| panic!("{warnings:?}"));
    assert_eq!(w["sheet"], "Direction");
    let message = w["message"].as_str().unwrap().replace(['\u{202f}', '\u{a0}'], " ");
    assert!(message.starts_with("Enveloppe de DAF : 2 500 000 € dans ce classeur, au lieu de 2 270 000 € (remontée R2)"), "{message}");
    let status = s.json(&["status", "--year", "2026", "--json"], 0);
    assert_eq!(envelope(&status), "2500000.00", "the latest return stating an envelope counts");
}

#[test]
fn a_file_that_is_not_a_workbook_or_not_there_is_said_in_the_users_words() {
    let s = Sandbox::new();
    let bad = s.path("budget.xlsx");
    std::fs::write(&bad, b"garbage, not a zip").unwrap();
    let missing = s.path("absent.xlsx");
    let args = ["import", "--dry-run", "--json", bad.to_str().unwrap(), missing.to_str().unwrap()];
    let fr = s.json(&args, 1);
    let message = |v: &serde_json::Value, i: usize| v[i]["errors"][0]["message"].as_str().unwrap().to_string();
    let bad_fr = message(&fr, 0);
    assert!(bad_fr.starts_with("Le fichier n'est pas un classeur lisible (son contenu n'est pas celui d'un classeur"), "{bad_fr}");
    assert!(!bad_fr.contains("Zip") && !bad_fr.contains("error"), "no reader jargon in English: {bad_fr}");
    assert_eq!(message(&fr, 1), "Impossible de lire le fichier : fichier introuvable.");
    let mut en_args = vec!["--lang", "en"];
    en_args.extend(args);
    let en = s.json(&en_args, 1);
    assert!(message(&en, 0).contains("its content is not a workbook's"), "{}", message(&en, 0));
    assert_eq!(message(&en, 1), "Cannot read the file: file not found.");
    // An output the CLI cannot write says why in French too.
    let demo = s.demo();
    s.run(&["import", demo.join("2026-DSI-BI.xlsx").to_str().unwrap()], 0);
    let out = s.pmo().args(["export", "--year", "2026", "--out", "/nonexistent-folder/x.json"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("« /nonexistent-folder/x.json » : fichier introuvable.") && !stderr.contains("os error"), "{stderr}");
}

#[test]
fn help_and_usage_errors_follow_the_chosen_language() {
    let s = Sandbox::new();
    let help = |args: &[&str]| String::from_utf8(s.pmo().args(args).output().unwrap().stdout).unwrap();
    let en = help(&["--lang", "en", "import", "--help"]);
    for needle in ["Usage: pmo import", "Checks without saving anything", "JSON output", "Show this help"] {
        assert!(en.contains(needle), "{needle:?} missing:\n{en}");
    }
    for french in ["Vérifie", "Sortie", "Utilisation", "Affiche"] {
        assert!(!en.contains(french), "French {french:?} in the English help:\n{en}");
    }
    let fr = help(&["import", "--help"]);
    for needle in ["Utilisation : pmo import", "Vérifie sans rien enregistrer", "Affiche cette aide", "Options :"] {
        assert!(fr.contains(needle), "{needle:?} missing:\n{fr}");
    }
    assert!(!fr.contains("Print help") && !fr.contains("Usage:"), "clap's English in the French help:\n{fr}");
    // Every option of every command has a description (--year, --from, --json had none).
    let diff = help(&["--lang", "en", "diff", "--help"]);
    for line in diff.lines().filter(|l| l.trim_start().starts_with("--")) {
        assert!(line.split_whitespace().count() > 2, "an option without a description: {line}");
    }

    let out = s.pmo().args(["--lang", "en", "status", "--bogus"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "a usage error exits with 2");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("Error: unknown option \"--bogus\"."), "{stderr}");
    let out = s.pmo().args(["export", "--year", "2026", "--format", "pdf"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("valeur « pdf » invalide pour --format") && stderr.contains("json, csv, xlsx"), "{stderr}");
}

#[test]
fn a_directorates_figures_and_the_portfolios_totals_are_traced_to_their_parts() {
    use rust_decimal::Decimal;
    use std::str::FromStr;
    let s = loaded();
    let dec = |v: &serde_json::Value| Decimal::from_str(v.as_str().unwrap()).unwrap();
    let status = s.json(&["status", "--year", "2026", "--json"], 0);
    // A directorate's landing: its projects, which add up to it exactly.
    let t = s.json(&["trace", "--year", "2026", "--directorate", "DSI", "--figure", "landing", "--json"], 0);
    let dsi = status["directorates"].as_array().unwrap().iter().find(|d| d["code"] == "DSI").unwrap();
    assert_eq!(t["value"], dsi["landing"]);
    let sum: Decimal = t["parts"].as_array().unwrap().iter().map(|p| dec(&p["value"])).sum();
    assert_eq!(sum, dec(&t["value"]), "the parts add up to the figure");
    assert!(t["parts"].as_array().unwrap().iter().all(|p| p["kind"] == "project"));
    // The portfolio's budget voted: its directorates.
    let t = s.json(&["trace", "--year", "2026", "--portfolio", "--figure", "budget_voted", "--json"], 0);
    assert_eq!(t["value"], status["totals"]["budget_voted"]);
    let sum: Decimal = t["parts"].as_array().unwrap().iter().map(|p| dec(&p["value"])).sum();
    assert_eq!(sum, dec(&t["value"]));
    // As of a campaign, as `status --campaign` gives the totals.
    let r1 = s.json(&["status", "--year", "2026", "--campaign", "R1", "--json"], 0);
    let t = s.json(&["trace", "--year", "2026", "--portfolio", "--campaign", "R1", "--json"], 0);
    assert_eq!(t["value"], r1["totals"]["landing"], "the R1 landing and its parts");
    assert!(t["parts"].as_array().unwrap().iter().all(|p| p["campaign"] == "R1"));
    // An envelope: the return and the cell it was read from.
    let t = s.json(&["trace", "--year", "2026", "--directorate", "daf", "--figure", "enveloppe", "--json"], 0);
    assert_eq!(t["value"], "2270000.00");
    assert_eq!(t["envelope_source"]["campaign"], "R2", "the latest return stating one");
    assert_eq!(t["envelope_source"]["sheet"], "Direction");
    assert!(t["envelope_source"]["cell"].as_str().unwrap().starts_with('B'));
    let text = s.run(&["trace", "--year", "2026", "--directorate", "DAF", "--figure", "envelope"], 0);
    assert!(text.contains("lue dans la remontée R2") && text.contains("Direction!B"), "{text}");
}

#[test]
fn money_already_spent_stays_and_the_alert_asks_what_became_of_the_project() {
    // DCOM-07 has 17 855,21 € actual in R1 and is absent from R2.
    let s = loaded();
    let export = s.json(&["export", "--year", "2026"], 0);
    let p = export["projects"].as_array().unwrap().iter().find(|p| p["code"] == "DCOM-07").unwrap();
    assert_eq!(p["actual"], "17855.21", "its actual is not lost");
    assert_eq!((p["missing_from_latest"].clone(), p["figures_campaign"].clone()), (true.into(), "R1".into()));
    let alerts = s.json(&["alerts", "--year", "2026", "--json"], 0);
    let mine: Vec<&serde_json::Value> = alerts.as_array().unwrap().iter().filter(|a| a["project"] == "DCOM-07").collect();
    assert!(mine.iter().all(|a| a["rule"] != "variance_under"), "not called under-consumption: {mine:?}");
    let asked = mine.iter().find(|a| a["rule"] == "project_missing_from_return").expect("the alert asks");
    assert!(asked["message"].as_str().unwrap().contains("qu'est-il devenu"), "{asked}");
}

#[test]
fn status_export_and_pack_agree_on_a_portfolio_exercising_contract_v1_1() {
    use pmo_model::model::{Campaign, ProjectStatus};
    use rust_decimal::Decimal;
    use std::str::FromStr;
    // The demo (DCOM-07 absent from R2: case 2), DAF's R2 restating another envelope (case 3),
    // a DSI project back to Candidat in R2 (case 4), DSI's R3 template sent back untouched
    // (case 1); the T4 pack then has no CL (case 5).
    let s = loaded();
    let demo = pmo_template::demo_portfolio(2026);
    let mut daf = demo.iter().find(|r| r.directorate == "DAF" && r.campaign == Campaign::R2).unwrap().clone();
    daf.envelope = Some(Decimal::from(2_500_000));
    let mut dsi = demo.iter().find(|r| r.directorate == "DSI" && r.campaign == Campaign::R2).unwrap().clone();
    dsi.projects[1].status = Some(ProjectStatus::Candidate);
    for (name, data) in [("daf-r2.xlsx", &daf), ("dsi-r2.xlsx", &dsi)] {
        std::fs::write(s.path(name), pmo_template::write_workbook(data, &Default::default()).unwrap()).unwrap();
        s.run(&["import", s.path(name).to_str().unwrap()], 0);
    }
    let r3 = s.path("dsi-r3.xlsx");
    s.run(&["template", "--year", "2026", "--campaign", "R3", "--directorate", "DSI", "--out", r3.to_str().unwrap()], 0);
    s.run(&["import", r3.to_str().unwrap()], 0);

    let dec = |v: &serde_json::Value| Decimal::from_str(v.as_str().unwrap()).unwrap();
    let export = s.json(&["export", "--year", "2026"], 0);
    let status = s.json(&["status", "--year", "2026", "--json"], 0);
    let projects = export["projects"].as_array().unwrap();
    for (field, total) in [("landing", "landing"), ("actual", "actual"), ("budget_voted", "budget_voted")] {
        let sum: Decimal = projects.iter().map(|p| dec(&p[field])).sum();
        assert_eq!(sum, dec(&status["totals"][total]), "status {total} = Σ export {field}");
    }
    let requested = export["requests"].as_array().unwrap();
    assert_eq!(requested.len(), 1, "the candidate is a request");
    assert!(projects.iter().all(|p| p["code"] != requested[0]["code"]), "and not a project");
    assert_eq!(status["requests"]["count"], 1);
    let daf_envelope = status["envelopes"].as_array().unwrap().iter().find(|e| e["code"] == "DAF").unwrap();
    assert_eq!(daf_envelope["envelope"], "2500000.00");
    assert_eq!(status["coverage"]["campaign"], "R3");
    for d in export["directorates"].as_array().unwrap() {
        let sum: Decimal = projects.iter().filter(|p| p["directorate"] == d["code"]).map(|p| dec(&p["landing"])).sum();
        assert_eq!(sum, dec(&d["landing"]), "{}: Σ projects = the directorate's landing", d["code"]);
    }

    // The pack prints the same landings, says who has not returned the quarter's campaign.
    let pack = s.path("t3.pdf");
    s.run(&["report", "codir", "--year", "2026", "--quarter", "3", "--date", "2026-10-15", "--out", pack.to_str().unwrap()], 0);
    let text = pdf_text(&pack);
    let total = pmo_model::format::format_amount(dec(&status["totals"]["landing"]), pmo_model::model::Unit::Euro, pmo_model::i18n::Lang::Fr)
        .replace(['\u{202f}', '\u{a0}'], " ");
    assert!(text.contains(&total), "the pack's landing is the status's {total}");
    assert!(text.contains("Sans remontée R3 :"), "four directorates have not returned R3");
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("campagne Reprévision T3 (R3), sauf DAF, DCOM, DOP et DRH (pas de remontée R3)"), "the cover names it");
}

#[test]
fn the_meteo_shown_is_traced_to_its_row_of_its_return() {
    let s = Sandbox::new();
    let demo = s.demo();
    s.run(&["import", demo.to_str().unwrap()], 0);
    let t = s.json(&["trace", "dsi-01", "--year", "2026", "--figure", "météo", "--json"], 0);
    let export = s.json(&["export", "--year", "2026"], 0);
    let p = export["projects"].as_array().unwrap().iter().find(|p| p["code"] == "DSI-01").unwrap();
    assert_eq!(t["weather"], p["weather"], "the météo the export shows");
    // The latest status of DSI-01 in the workbook it came from, read by the importer itself.
    let file = demo.join("2026-DSI-R2.xlsx");
    let parsed = pmo_import::read_workbook("2026-DSI-R2.xlsx", &std::fs::read(&file).unwrap());
    let data = parsed.data.unwrap();
    let latest = data.statuses.iter().filter(|x| x.project == "DSI-01").max_by_key(|x| x.date).unwrap();
    assert_eq!((t["campaign"].clone(), t["file_name"].clone()), ("R2".into(), "2026-DSI-R2.xlsx".into()));
    assert_eq!(t["date"], latest.date.to_string());
    let cell = data.cell_of(latest.origin.as_ref().unwrap(), "overall").unwrap();
    assert_eq!(t["cell"], cell.as_str(), "the Météo globale cell of that row");
    let text = s.run(&["trace", "DSI-01", "--year", "2026", "--figure", "weather"], 0);
    assert!(text.contains("lue dans la remontée R2") && text.contains(&cell), "{text}");
}

#[test]
fn a_teams_man_days_are_traced_to_their_cells() {
    use rust_decimal::Decimal;
    use std::str::FromStr;
    let s = loaded();
    let capacity = s.json(&["capacity", "--year", "2026", "--json"], 0);
    let team = capacity["teams"].as_array().unwrap().iter().find(|t| t["directorate"] == "DSI").unwrap();
    let name = team["team"].as_str().unwrap();
    for (figure, total) in [("planned", "planned_man_days"), ("capacity", "capacity_man_days")] {
        let t = s.json(&["trace", "--year", "2026", "--directorate", "DSI", "--team", name, "--figure", figure, "--json"], 0);
        let sum: Decimal = t["cells"].as_array().unwrap().iter().map(|c| Decimal::from_str(c["value"].as_str().unwrap()).unwrap()).sum();
        let shown = Decimal::from_str(team[total].as_str().unwrap()).unwrap();
        assert_eq!(sum, shown, "{figure}: the cells add up to what pmo capacity shows");
        assert_eq!(Decimal::from_str(t["value"].as_str().unwrap()).unwrap(), shown);
        let sheet = if figure == "planned" { "Charges!" } else { "Capacité!" };
        assert!(t["cells"].as_array().unwrap().iter().all(|c| c["cell"].as_str().unwrap().starts_with(sheet)), "{t}");
    }
    let out = s.pmo().args(["trace", "--year", "2026", "--directorate", "DSI", "--team", "Nope"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Aucune équipe « Nope »"));
}
