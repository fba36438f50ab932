//! The workbooks every mutation starts from: the importer's committed fixtures (files saved by
//! LibreOffice, openpyxl or written by hand, in every format the importer reads) and workbooks
//! written in-process by `pmo-template` (the demo portfolio and blank templates), so that the
//! mutations reach the sheets a real return fills and not only the first bytes of a file.

use std::path::Path;

use pmo_model::model::{Campaign, Choice, ReturnData, Unit};
use pmo_template::{demo_portfolio, write_workbook, TemplateOptions};

use crate::mutate::{unzip, Seed};

/// The year of the generated workbooks; any year gives the same shapes.
const YEAR: i32 = 2026;

/// Every fixture of `fixtures` with a workbook extension, then the generated workbooks.
pub fn load(fixtures: &Path) -> Result<Vec<Seed>, String> {
    let mut seeds = Vec::new();
    let entries =
        std::fs::read_dir(fixtures).map_err(|e| format!("{}: {e}", fixtures.display()))?;
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    // read_dir's order is the file system's: sorted, the same --seed gives the same inputs.
    paths.sort();
    for path in paths {
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        if !pmo_import::is_workbook_name(&name) {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        seeds.push(seed(name, bytes));
    }
    if seeds.is_empty() {
        return Err(format!("{}: no workbook fixture", fixtures.display()));
    }

    // Returns with records in every sheet, in both units the contract allows.
    for data in demo_portfolio(YEAR) {
        let options = TemplateOptions {
            unit: data.unit,
            ..TemplateOptions::default()
        };
        let name = format!(
            "{}-{}-{}.xlsx",
            data.year,
            data.directorate,
            data.campaign.code()
        );
        seeds.push(seed(
            name,
            write_workbook(&data, &options).map_err(|e| e.to_string())?,
        ));
    }
    // Blank templates: drop-down lists and input checks over empty rows, nothing else.
    for (campaign, unit) in [(Campaign::Bi, Unit::Euro), (Campaign::R2, Unit::KiloEuro)] {
        let data = ReturnData::new("DSI", YEAR, campaign);
        let options = TemplateOptions {
            unit,
            ..TemplateOptions::default()
        };
        let name = format!("template-{YEAR}-DSI-{}.xlsx", campaign.code());
        seeds.push(seed(
            name,
            write_workbook(&data, &options).map_err(|e| e.to_string())?,
        ));
    }
    Ok(seeds)
}

fn seed(name: String, bytes: Vec<u8>) -> Seed {
    let parts = unzip(&bytes);
    Seed { name, bytes, parts }
}
