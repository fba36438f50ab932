//! The consolidation commands of the CLI (`status`, `alerts`, `diff`, `trace`, `capacity`,
//! `settings`, `export --format xlsx`) on the demo portfolio, checked against `pmo export`.

use std::str::FromStr;

use pmo_e2e::Sandbox;
use rust_decimal::Decimal;
use serde_json::Value;

fn dec(v: &Value) -> Decimal {
    Decimal::from_str(v.as_str().unwrap_or_else(|| panic!("{v} is not an amount string"))).unwrap()
}

fn loaded() -> Sandbox {
    let s = Sandbox::new();
    let demo = s.demo();
    s.run(&["import", demo.to_str().unwrap()], 0);
    s
}

#[test]
fn status_totals_are_the_sums_of_the_export() {
    let s = loaded();
    let export = s.json(&["export", "--year", "2026"], 0);
    let status = s.json(&["status", "--year", "2026", "--json"], 0);
    let landing: Decimal = export["projects"].as_array().unwrap().iter().map(|p| dec(&p["landing"])).sum();
    assert_eq!(dec(&status["totals"]["landing"]), landing);
    let voted: Decimal = export["projects"].as_array().unwrap().iter().map(|p| dec(&p["budget_voted"])).sum();
    assert_eq!(dec(&status["totals"]["budget_voted"]), voted);
    let counts = &status["alert_counts"];
    let total = counts["total"].as_u64().unwrap();
    assert_eq!(
        total,
        counts["critical"].as_u64().unwrap() + counts["major"].as_u64().unwrap() + counts["minor"].as_u64().unwrap()
    );
    let alerts = s.json(&["alerts", "--year", "2026", "--json"], 0);
    assert_eq!(alerts.as_array().unwrap().len() as u64, total, "status counts the alerts that `pmo alerts` lists");

    let text = s.run(&["status", "--year", "2026"], 0);
    for needle in ["Portefeuille 2026", "Budget voté", "Atterrissage", "Directions et enveloppes", "DSI", "▲ dépassement", "Alertes :"] {
        assert!(text.contains(needle), "status lacks {needle:?}:\n{text}");
    }
    let en = s.run(&["--lang", "en", "status", "--year", "2026"], 0);
    assert!(en.contains("Budget voted") && en.contains("€"), "{en}");
}

#[test]
fn alerts_follow_the_thresholds_the_pmo_sets() {
    let s = loaded();
    let alerts = s.json(&["alerts", "--year", "2026", "--json"], 0);
    let rules = |v: &Value| -> Vec<String> { v.as_array().unwrap().iter().map(|a| a["rule"].as_str().unwrap().to_string()).collect() };
    for a in alerts.as_array().unwrap() {
        for key in ["rule", "severity", "directorate", "project", "message", "value", "threshold"] {
            assert!(a.get(key).is_some(), "{key} missing from {a}");
        }
    }
    let before = rules(&alerts);
    assert!(before.iter().any(|r| r == "directorate_over_envelope"), "the demo's DSI is over its envelope");
    assert!(before.iter().any(|r| r == "variance_over"));
    assert!(before.iter().any(|r| r == "team_overload"), "the demo has one overloaded team");

    s.run(&["settings", "set", "alerts.variance_pct", "500"], 0);
    s.run(&["settings", "set", "alerts.variance_amount", "100 000 000 €"], 0);
    assert_eq!(s.run(&["settings", "get", "alerts.variance_pct"], 0).trim(), "500");
    let after = rules(&s.json(&["alerts", "--year", "2026", "--json"], 0));
    assert!(!after.iter().any(|r| r.starts_with("variance_")), "no variance alert above the thresholds: {after:?}");

    let out = s.pmo().args(["settings", "set", "alerts.variance_pct", "beaucoup"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("beaucoup"));
    let out = s.pmo().args(["settings", "set", "alerts.nope", "1"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("alerts.nope"));
}

#[test]
fn diff_r1_to_r2_explains_the_landing_change() {
    let s = loaded();
    let diff = s.json(&["diff", "--year", "2026", "--from", "R1", "--to", "R2", "--json"], 0);
    let export = s.json(&["export", "--year", "2026"], 0);
    let landing: Decimal = export["projects"].as_array().unwrap().iter().map(|p| dec(&p["landing"])).sum();
    assert_eq!(dec(&diff["landing_to"]), landing, "landing at R2 is today's landing");
    assert_eq!(dec(&diff["landing_to"]) - dec(&diff["landing_from"]), dec(&diff["landing_delta"]));
    let removed: Vec<&str> = diff["removed"].as_array().unwrap().iter().map(|p| p["code"].as_str().unwrap()).collect();
    assert_eq!(removed, vec!["DCOM-07"], "the demo drops DCOM-07 from its R2");
    let bridge = &diff["budget_bridge"];
    let steps: Decimal = bridge["steps"].as_array().unwrap().iter().map(|st| dec(&st["amount"])).sum();
    assert_eq!(dec(&bridge["start"]) + steps, dec(&bridge["end"]), "the bridge steps add up exactly");

    let text = s.run(&["diff", "--year", "2026", "--from", "BI"], 0);
    assert!(text.contains("Budget initial → Reprévision T2"), "without --to, the latest campaign: {text}");
    let out = s.pmo().args(["diff", "--year", "2026", "--from", "R2", "--to", "R1"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("doit précéder"));
}

#[test]
fn trace_cells_sum_to_the_exported_figures() {
    let s = loaded();
    let export = s.json(&["export", "--year", "2026"], 0);
    for p in export["projects"].as_array().unwrap().iter().step_by(4) {
        let code = p["code"].as_str().unwrap();
        for (figure, field) in [("landing", "landing"), ("actual", "actual"), ("budget_voted", "budget_voted")] {
            let t = s.json(&["trace", &code.to_lowercase(), "--year", "2026", "--figure", figure, "--json"], 0);
            let sum: Decimal = t["cells"].as_array().unwrap().iter().map(|c| dec(&c["value"])).sum();
            assert_eq!(sum, dec(&p[field]), "{code} {figure}: cells add up to the exported figure");
            for c in t["cells"].as_array().unwrap() {
                assert!(c["sheet"] == "Budget" && c["cell"].as_str().is_some_and(|a| a.len() >= 2), "{c}");
            }
        }
    }
    let text = s.run(&["trace", "DSI-01", "--year", "2026"], 0);
    assert!(text.contains("Budget!") && text.contains("Total des cellules"), "{text}");
    let out = s.pmo().args(["trace", "NOPE-1", "--year", "2026"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    s.pmo().args(["trace", "DSI-01", "--year", "2026", "--figure", "chiffre"]).assert().code(2);
}

#[test]
fn capacity_puts_overloaded_teams_first() {
    let s = loaded();
    let v = s.json(&["capacity", "--year", "2026", "--json"], 0);
    let teams = v["teams"].as_array().unwrap();
    assert!(!teams.is_empty());
    assert_eq!(teams[0]["overloaded"], true, "the demo's overloaded team comes first");
    assert!(teams.iter().skip_while(|t| t["overloaded"] == true).all(|t| t["overloaded"] == false));
    let text = s.run(&["capacity", "--year", "2026"], 0);
    assert!(text.contains("▲") && text.contains("JH"), "{text}");
}

#[test]
fn settings_list_and_amount_unit() {
    let s = loaded();
    let list = s.json(&["settings", "list", "--json"], 0);
    let keys: Vec<&str> = list.as_array().unwrap().iter().map(|x| x["key"].as_str().unwrap()).collect();
    for key in ["org.name", "display.amount_unit", "alerts.variance_pct", "alerts.team_load_pct"] {
        assert!(keys.contains(&key), "{key} listed");
    }
    s.run(&["settings", "set", "display.amount_unit", "k€"], 0);
    assert_eq!(s.run(&["settings", "get", "display.amount_unit"], 0).trim(), "keur");
    assert!(s.run(&["status", "--year", "2026"], 0).contains("k€"));
    s.run(&["settings", "set", "org.name", "Groupe Exemple"], 0);
    assert_eq!(s.run(&["settings", "get", "org.name"], 0).trim(), "Groupe Exemple");
}

#[test]
fn export_xlsx_writes_a_workbook() {
    let s = loaded();
    let out = s.path("portefeuille.xlsx");
    s.run(&["export", "--year", "2026", "--format", "xlsx", "--out", out.to_str().unwrap()], 0);
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"PK"), "an xlsx is a zip");
    let piped = s.pmo().args(["export", "--year", "2026", "--format", "xlsx"]).output().unwrap();
    assert_eq!(piped.stdout, bytes, "to a pipe, the same bytes (same database, same workbook)");
}

#[test]
fn reports_is_empty_before_any_report() {
    let s = loaded();
    assert!(s.run(&["reports"], 0).contains("Aucun rapport"));
    assert_eq!(s.json(&["reports", "--json"], 0), Value::Array(vec![]));
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn report_codir_writes_a_reproducible_pack_and_records_it() {
    let s = loaded();
    s.run(&["settings", "set", "org.name", "Groupe Exemple"], 0);
    let pack = s.path("pack.pdf");
    let args = ["report", "codir", "--year", "2026", "--quarter", "2", "--date", "2026-07-15", "--out", pack.to_str().unwrap()];
    let text = s.run(&args, 0);
    assert!(text.contains("Revue trimestrielle du portefeuille — T2 2026"), "{text}");
    let first = std::fs::read(&pack).unwrap();
    assert!(first.starts_with(b"%PDF-"), "a PDF");
    s.run(&args, 0);
    assert_eq!(std::fs::read(&pack).unwrap(), first, "same database and options, same bytes");

    let reports = s.json(&["reports", "--json"], 0);
    let reports = reports.as_array().unwrap();
    assert_eq!(reports.len(), 2, "each generation is recorded");
    assert_eq!(reports[0]["sha256"], sha256_hex(&first), "the record's hash is the file's");
    assert_eq!(reports[0]["kind"], "codir");
    assert_eq!(reports[0]["options"]["quarter"], 2);
    assert_eq!(reports[0]["returns"].as_array().unwrap().len(), 15, "built from the 15 demo returns");

    let dsi = s.path("dsi.pdf");
    s.run(&["report", "directorate", "--code", "dsi", "--year", "2026", "--quarter", "2", "--out", dsi.to_str().unwrap()], 0);
    assert!(std::fs::read(&dsi).unwrap().starts_with(b"%PDF-"));
    let sheet = s.json(&["report", "project", "--code", "DSI-01", "--out", s.path("p.pdf").to_str().unwrap(), "--json"], 0);
    assert_eq!(sheet["returns"].as_array().unwrap().len(), 3, "a project sheet uses its directorate's returns");
    let out = s.pmo().args(["report", "project", "--code", "NOPE", "--out", s.path("x.pdf").to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Aucun projet « NOPE »"));
    s.pmo().args(["report", "codir", "--quarter", "5"]).assert().code(2);
}

/// Runs a PDF tool that `scripts/test` installs (poppler-utils, qpdf).
fn tool(program: &str, args: &[&str]) -> String {
    let out = std::process::Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} is needed by the PDF tests (scripts/test installs it): {e}"));
    assert!(out.status.success(), "{program} {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[test]
fn the_codir_pack_reads_back_with_the_exported_figures() {
    let s = loaded();
    let pack = s.path("pack.pdf");
    s.run(&["report", "codir", "--year", "2026", "--quarter", "2", "--date", "2026-07-15", "--out", pack.to_str().unwrap()], 0);
    let path = pack.to_str().unwrap();
    let text = tool("pdftotext", &["-layout", path, "-"]);
    let export = s.json(&["export", "--year", "2026"], 0);
    let fr = |v: &Value| pmo_model::format::format_amount(dec(v), pmo_model::model::Unit::Euro, pmo_model::i18n::Lang::Fr);
    // pdftotext writes the narrow no-break spaces of French numbers as plain or no-break spaces.
    let flat = |t: &str| t.replace(['\u{202f}', '\u{a0}'], " ");
    let flat_text = flat(&text);
    let landing: Decimal = export["projects"].as_array().unwrap().iter().map(|p| dec(&p["landing"])).sum();
    let total = pmo_model::format::format_amount(landing, pmo_model::model::Unit::Euro, pmo_model::i18n::Lang::Fr);
    assert!(flat_text.contains(&flat(&total)), "the pack shows the total landing {total}");
    for p in export["projects"].as_array().unwrap() {
        let name = p["name"].as_str().unwrap();
        let landing = flat(&fr(&p["landing"]));
        assert!(flat_text.contains(&landing), "the pack shows {name}'s landing {landing}");
    }
    for needle in ["Revue trimestrielle du portefeuille — T2 2026", "Diffusion restreinte — CODIR", "Décisions attendues", "Météo", "€"] {
        assert!(text.contains(needle), "{needle:?} intact in the PDF text");
    }
    let pages: usize = tool("pdfinfo", &[path])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().parse().unwrap()))
        .unwrap();
    assert!(text.contains(&format!("Page {pages} / {pages}")), "the last page is numbered n / N");
    assert!(pages > export["projects"].as_array().unwrap().len(), "one appendix page per project, plus the sections");
    let reports = s.json(&["reports", "--json"], 0);
    assert_eq!(reports[0]["pages"], pages, "the record keeps the page count pdfinfo reads");
    let fonts = tool("pdffonts", &[path]);
    assert!(fonts.lines().skip(2).all(|l| l.contains(" yes yes ")), "every font embedded and subset:\n{fonts}");
    tool("qpdf", &["--check", path]);
}
