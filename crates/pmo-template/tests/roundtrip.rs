//! Write → import → the same return, without a single finding: the promise that a template
//! written by the tool, once filled in, goes through the importer untouched.

mod common;

use pmo_import::read_workbook;
use pmo_model::finding::Finding;
use pmo_model::i18n::Lang;
use pmo_model::model::*;
use pmo_template::{demo_portfolio, write_workbook, TemplateOptions};

/// The return without what only an import knows (where each value was read).
fn without_provenance(mut r: ReturnData) -> ReturnData {
    r.key_cells.clear();
    r.columns.clear();
    r.projects.iter_mut().for_each(|x| x.origin = None);
    r.budget.iter_mut().for_each(|x| x.origin = None);
    r.workload.iter_mut().for_each(|x| x.origin = None);
    r.capacity.iter_mut().for_each(|x| x.origin = None);
    r.statuses.iter_mut().for_each(|x| x.origin = None);
    r.risks.iter_mut().for_each(|x| x.origin = None);
    r.milestones.iter_mut().for_each(|x| x.origin = None);
    r
}

fn shown(findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|f| format!("{} {}", f.place(), f.message(Lang::Fr)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Writes `data` in `unit`, imports it, and checks that nothing was reported and nothing changed.
fn round_trip(data: &ReturnData, unit: Unit) {
    let options = TemplateOptions {
        unit,
        ..TemplateOptions::default()
    };
    let bytes = write_workbook(data, &options).unwrap();
    let name = format!("{}-{}-{}.xlsx", data.year, data.directorate, data.campaign.code());
    let parsed = read_workbook(&name, &bytes);
    assert!(
        parsed.findings.is_empty(),
        "{name}: a written template imports without a finding:\n{}",
        shown(&parsed.findings)
    );
    let read = parsed.data.unwrap_or_else(|| panic!("{name}: no return read"));
    assert_eq!(read.unit, unit, "{name}: the unit written is the unit read");
    let mut expected = data.clone();
    expected.unit = unit;
    // The contract reads Pluriannuel as "Oui/Non, X/empty": an empty cell is a No.
    expected
        .projects
        .iter_mut()
        .for_each(|p| p.multi_year = Some(p.multi_year.unwrap_or(false)));
    assert_eq!(
        without_provenance(read),
        without_provenance(expected),
        "{name}: the data read equals the data written"
    );
}

#[test]
fn every_demo_return_imports_without_a_finding_and_reads_back_equal() {
    for data in demo_portfolio(2026) {
        round_trip(&data, data.unit);
    }
}

#[test]
fn every_field_survives_in_euros_and_in_kilo_euros() {
    round_trip(&common::sample(), Unit::Euro);
    round_trip(&common::sample(), Unit::KiloEuro);
}

#[test]
fn a_blank_template_imports_without_a_finding() {
    let data = ReturnData::new("DRH", 2026, Campaign::Bi);
    let bytes = write_workbook(&data, &TemplateOptions::default()).unwrap();
    let parsed = read_workbook("2026-DRH-BI.xlsx", &bytes);
    assert!(
        parsed.findings.is_empty(),
        "a blank template is a valid, empty return:\n{}",
        shown(&parsed.findings)
    );
    let read = parsed.data.expect("a return with no projects");
    assert_eq!(
        (read.directorate.as_str(), read.year, read.campaign),
        ("DRH", 2026, Campaign::Bi)
    );
    assert!(read.projects.is_empty());
}

#[test]
fn a_template_saved_by_libreoffice_still_imports_without_a_finding() {
    let name = "template-kilo-euros-saved-by-libreoffice.xlsx";
    let bytes = std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let parsed = read_workbook(name, &bytes);
    assert!(
        parsed.findings.is_empty(),
        "LibreOffice's resave changes nothing the importer sees:\n{}",
        shown(&parsed.findings)
    );
    let mut expected = common::sample();
    expected.unit = Unit::KiloEuro;
    expected
        .projects
        .iter_mut()
        .for_each(|p| p.multi_year = Some(p.multi_year.unwrap_or(false)));
    let read = parsed.data.expect("a return");
    assert_eq!(
        without_provenance(read),
        without_provenance(expected),
        "amounts in k€ come back to the cent"
    );
}
