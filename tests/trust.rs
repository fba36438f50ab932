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
