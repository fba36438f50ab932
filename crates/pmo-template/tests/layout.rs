//! What a directorate sees when it opens or prints a workbook: every sheet fitted to one A4
//! page wide and readable, a footer naming the workbook and the page, columns wide enough for
//! their values, rows tall enough for their wrapped text (no spreadsheet program grows them on
//! opening), and no 0,00 under quarters that are not closed yet.
//!
//! Read from the archive's XML (page setup, widths, heights) and with calamine (values).

mod common;

use std::collections::HashMap;

use calamine::Data;

use common::*;
use pmo_model::contract::SheetKind;
use pmo_model::model::*;
use pmo_template::{demo_portfolio, write_workbook, TemplateOptions};

/// The sheets in the order they are written (sheet1.xml is the Instructions).
fn sheet_names() -> Vec<String> {
    let mut names = vec!["Instructions".to_string()];
    names.extend(SheetKind::ALL.iter().map(|k| k.french_name().to_string()));
    names
}

/// The value of attribute `name` in the opening tag `tag`.
fn attr(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[start..].find('"')?;
    Some(tag[start..start + len].to_string())
}

/// Every opening tag `<name …>` of `xml`.
fn tags<'a>(xml: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name} ");
    xml.match_indices(&open)
        .map(|(i, _)| {
            let end = xml[i..].find('>').map_or(xml.len(), |e| i + e + 1);
            &xml[i..end]
        })
        .collect()
}

/// Column widths of a sheet in Excel's units, by 0-based column (rust_xlsxwriter stores the
/// width plus the 0.71 of padding Excel adds).
fn widths(xml: &str) -> HashMap<u32, f64> {
    let mut out = HashMap::new();
    for col in tags(xml, "col") {
        let min: u32 = attr(col, "min").unwrap().parse().unwrap();
        let max: u32 = attr(col, "max").unwrap().parse().unwrap();
        let width: f64 = attr(col, "width").unwrap().parse().unwrap();
        for c in min..=max {
            out.insert(c - 1, width - 0.71);
        }
    }
    out
}

/// Row heights in points by 0-based row; rows not listed have the default 15.
fn heights(xml: &str) -> HashMap<u32, f64> {
    tags(xml, "row")
        .into_iter()
        .filter_map(|row| {
            let r: u32 = attr(row, "r")?.parse().ok()?;
            Some((r - 1, attr(row, "ht")?.parse().ok()?))
        })
        .collect()
}

fn demo_dsi() -> ReturnData {
    demo_portfolio(2026)
        .into_iter()
        .find(|r| r.directorate == "DSI" && r.campaign == Campaign::R2)
        .expect("the demo has a DSI R2 return")
}

#[test]
fn every_sheet_prints_one_a4_page_wide_and_stays_readable() {
    let bytes = write_workbook(&demo_dsi(), &TemplateOptions::default()).unwrap();
    for (i, name) in sheet_names().iter().enumerate() {
        let xml = part(&bytes, &format!("xl/worksheets/sheet{}.xml", i + 1));
        assert!(
            xml.contains("<pageSetUpPr fitToPage=\"1\"/>"),
            "{name}: fitted to the page"
        );
        let setup = tags(&xml, "pageSetup")[0];
        assert_eq!(attr(setup, "paperSize").as_deref(), Some("9"), "{name}: A4");
        assert_eq!(
            attr(setup, "fitToHeight").as_deref(),
            Some("0"),
            "{name}: as many pages tall as needed"
        );
        assert!(
            attr(setup, "fitToWidth").is_none_or(|w| w == "1"),
            "{name}: one page wide, else the last columns print on a page of their own"
        );
        let landscape = attr(setup, "orientation").as_deref() == Some("landscape");
        // A4 less 0.4 in margins each side, at 96 pixels an inch; a column is 7 pixels a unit
        // plus 5 of padding.
        let page = if landscape { 11.69 - 0.8 } else { 8.27 - 0.8 } * 96.0;
        let columns = widths(&xml);
        let content: f64 = columns.values().map(|w| w * 7.0 + 5.0).sum();
        let scale = (page / content).min(1.0);
        assert!(
            scale >= 0.65,
            "{name}: printed at {:.0} % of its size, too small to read ({content} px of columns)",
            scale * 100.0
        );
        if !landscape {
            assert!(
                scale >= 0.95,
                "{name}: a sheet that needs shrinking prints in landscape"
            );
        }
    }
}

#[test]
fn wide_sheets_print_in_landscape_and_narrow_ones_in_portrait() {
    let bytes = write_workbook(&sample(), &TemplateOptions::default()).unwrap();
    let orientation = |sheet: usize| {
        let xml = part(&bytes, &format!("xl/worksheets/sheet{sheet}.xml"));
        attr(tags(&xml, "pageSetup")[0], "orientation").unwrap()
    };
    for (sheet, name) in [(1, "Instructions"), (3, "Projets"), (4, "Budget"), (7, "Météo")] {
        assert_eq!(orientation(sheet), "landscape", "{name}: too wide for portrait");
    }
    for (sheet, name) in [(2, "Direction"), (6, "Capacité"), (9, "Jalons")] {
        assert_eq!(
            orientation(sheet),
            "portrait",
            "{name}: a few columns read best upright"
        );
    }
}

#[test]
fn every_page_foot_names_the_workbook_the_sheet_and_the_page() {
    let bytes = write_workbook(&sample(), &TemplateOptions::default()).unwrap();
    for (i, name) in sheet_names().iter().enumerate() {
        let xml = part(&bytes, &format!("xl/worksheets/sheet{}.xml", i + 1));
        assert!(
            xml.contains("<oddFooter>&amp;L&amp;8Remontée du portefeuille projets — DSI — exercice 2026 — Reprévision T1&amp;R&amp;8&amp;A — &amp;P / &amp;N</oddFooter>"),
            "{name}: a printed page says which return, which sheet and which page it is:\n{xml}"
        );
    }
}

#[test]
fn rows_are_tall_enough_for_their_wrapped_text_and_no_taller() {
    let bytes = write_workbook(&demo_dsi(), &TemplateOptions::default()).unwrap();
    let mut book = open(&bytes);
    let mut checked = 0;
    for (i, name) in sheet_names().iter().enumerate() {
        let xml = part(&bytes, &format!("xl/worksheets/sheet{}.xml", i + 1));
        let (widths, heights) = (widths(&xml), heights(&xml));
        let range = range(&mut book, name);
        let mut tallest: HashMap<u32, (u32, u32)> = HashMap::new();
        for (r, c, value) in range.used_cells() {
            let (Data::String(s), Some(width)) = (value, widths.get(&(c as u32))) else {
                continue;
            };
            let chars = s.chars().count() as f64;
            // Calibri sets French text at about 1.3 characters a width unit: never more than
            // 1.6, never less than 1.
            let at_least = (chars / (width * 1.6)).ceil() as u32;
            let at_most = (chars / width).ceil() as u32 + 1;
            let entry = tallest.entry(r as u32).or_insert((1, 1));
            *entry = (entry.0.max(at_least), entry.1.max(at_most));
        }
        for (row, (at_least, at_most)) in tallest {
            if row == 0 {
                continue; // the title or header row, sized on its own
            }
            let height = heights.get(&row).copied().unwrap_or(15.0);
            assert!(
                height >= 15.0 * f64::from(at_least.min(8)),
                "{name} row {}: {height} pt cannot show {at_least} lines: the text would be cut",
                row + 1
            );
            assert!(
                height <= 15.0 * f64::from(at_most),
                "{name} row {}: {height} pt for at most {at_most} lines leaves a hole",
                row + 1
            );
            checked += 1;
        }
    }
    assert!(
        checked > 100,
        "the demo return has rows on every sheet ({checked} checked)"
    );
}

#[test]
fn amount_columns_are_wide_enough_for_their_largest_value() {
    let mut data = sample();
    data.budget[1].planned[0] = d("98765432109.87");
    let bytes = write_workbook(&data, &TemplateOptions::default()).unwrap();
    let xml = part(&bytes, "xl/worksheets/sheet4.xml");
    let widths = widths(&xml);
    let planned_q1 = SheetKind::Budget
        .columns()
        .iter()
        .position(|c| c.field == "planned_q1")
        .unwrap() as u32;
    // 13 digits of one width unit each, plus the separators: else the cell shows ####.
    assert!(
        widths[&planned_q1] >= 14.0,
        "98 765 432 109,87 needs more than {} units",
        widths[&planned_q1]
    );
    let actual_q4 = planned_q1 + 7;
    assert!(
        widths[&actual_q4] >= 12.0,
        "an empty amount column still holds 99 999 999,99 typed in: {} units",
        widths[&actual_q4]
    );
}

#[test]
fn actuals_of_quarters_the_campaign_has_not_closed_are_left_empty() {
    // The sample is an R1 return: T1 is closed, T2 to T4 are not.
    let bytes = write_workbook(&sample(), &TemplateOptions::default()).unwrap();
    let mut book = open(&bytes);
    let col = |kind: SheetKind, field: &str| kind.columns().iter().position(|c| c.field == field).unwrap() as u32;

    let b = range(&mut book, "Budget");
    assert_eq!(number(&b, 1, col(SheetKind::Budget, "actual_q1")), 9876.54);
    assert_eq!(
        number(&b, 2, col(SheetKind::Budget, "actual_q1")),
        0.0,
        "a closed quarter's zero is a real figure: it is written"
    );
    for q in 2..=4 {
        assert_eq!(
            cell(&b, 1, col(SheetKind::Budget, &format!("actual_q{q}"))),
            Data::Empty,
            "no 0,00 under Réalisé T{q} before the quarter is closed"
        );
    }
    assert_eq!(
        number(&b, 1, col(SheetKind::Budget, "planned_q3")),
        0.0,
        "a planned zero is a forecast: it is written"
    );

    let w = range(&mut book, "Charges");
    assert_eq!(number(&w, 1, col(SheetKind::Workload, "actual_q1")), 10.5);
    assert_eq!(cell(&w, 1, col(SheetKind::Workload, "actual_q2")), Data::Empty);

    let mut closed = sample();
    closed.campaign = Campaign::Cl;
    let bytes = write_workbook(&closed, &TemplateOptions::default()).unwrap();
    let b = range(&mut open(&bytes), "Budget");
    assert_eq!(
        number(&b, 1, col(SheetKind::Budget, "actual_q4")),
        0.0,
        "at closing every quarter is closed: every actual is written"
    );
}

#[test]
fn a_template_for_any_directorate_shows_no_empty_slot() {
    let data = ReturnData::new("", 2027, Campaign::Bi);
    let bytes = write_workbook(&data, &TemplateOptions::default()).unwrap();
    let mut book = open(&bytes);
    let instructions = range(&mut book, "Instructions");
    assert_eq!(
        text(&instructions, 0, 0),
        "Remontée du portefeuille projets — exercice 2027 — Budget initial",
        "no directorate, no « —  — » in the title"
    );
    let said: Vec<String> = instructions
        .used_cells()
        .filter_map(|(_, _, v)| if let Data::String(s) = v { Some(s.clone()) } else { None })
        .collect();
    assert!(
        said.iter().any(|s| s == "à saisir dans la feuille Direction"),
        "the directorate code says where it goes: {said:?}"
    );
}

#[test]
fn the_rules_and_lists_start_the_second_printed_page_of_the_instructions() {
    let bytes = write_workbook(&sample(), &TemplateOptions::default()).unwrap();
    let xml = part(&bytes, "xl/worksheets/sheet1.xml");
    let breaks = tags(&xml, "brk");
    assert_eq!(breaks.len(), 1, "one manual page break: {xml}");
    let row: u32 = attr(breaks[0], "id").unwrap().parse().unwrap();
    let instructions = range(&mut open(&bytes), "Instructions");
    assert_eq!(
        text(&instructions, row, 0),
        "Règles à respecter",
        "the page breaks just above a heading, never leaving it alone at the foot of a page"
    );
}
