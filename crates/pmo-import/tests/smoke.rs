mod common;
use common::*;

#[test]
fn the_reference_workbook_imports_without_any_finding() {
    let p = pmo_import::read_workbook("dsi.xlsx", &valid().bytes());
    assert!(p.findings.is_empty(), "{:#?}", p.findings);
    let d = p.data.unwrap();
    assert_eq!(d.directorate, "DSI");
    assert_eq!(d.projects.len(), 2);
    assert_eq!(d.budget.len(), 3);
    assert_eq!(d.statuses[0].progress.unwrap().to_string(), "35");
}
