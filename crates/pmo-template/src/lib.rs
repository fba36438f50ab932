//! Workbooks in the contract's format (`shared/workbook-contract.md`), written with
//! rust_xlsxwriter: the templates the PMO sends to each directorate, blank or prefilled with a
//! return, and the demo portfolio that shows the product with credible data.
//!
//! Sheet names, headers and keys come from `pmo_model::contract`, closed-list labels from the
//! `Choice` trait and every sentence from the catalog, so a template can never disagree with
//! what the importer expects: a template written here, filled in, imports without a finding.
//!
//! It also writes the consolidated workbook of `pmo export --format xlsx` ([`write_export`]): one
//! formatted, filterable sheet per view of a consolidated portfolio, for the PMO's own Excel work.
//!
//! This crate never reads workbooks, never touches the database and never reads the clock: the
//! same return and options always give the same bytes.

mod demo;
mod export;
mod palette;
mod writer;

use std::path::PathBuf;

use chrono::NaiveDate;
use pmo_model::model::{Campaign, Unit};

pub use demo::{demo_portfolio, demo_workbooks};
pub use export::{
    export_workbook, selection_workbook, write_export, write_export_workbook, ColumnKind, ExportColumn, ExportTable, ExportValue,
    ExportWorkbook, Total,
};
pub use writer::write_workbook;

/// How a workbook is written. The data decides what is in it; the options decide how it reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateOptions {
    /// The unit every amount is written in (amounts of the return are euros; in k€ they are
    /// divided by 1000 and the Direction sheet says `k€`).
    pub unit: Unit,
    /// How many data rows of each sheet carry drop-down lists and input checks (at least the
    /// rows already filled).
    pub rows: u32,
    /// Who the directorate sends the workbook back to (a name or an address), shown on the
    /// Instructions sheet; the PMO in general when `None`.
    pub send_to: Option<String>,
    /// The date by which the workbook is expected back, shown on the Instructions sheet.
    pub deadline: Option<NaiveDate>,
    /// The campaign whose actuals the data holds, when it is older than the workbook's own (a
    /// template prefilled from the directorate's previous return). The Réalisé of the quarters
    /// the workbook's campaign closes and that one did not are left empty: the directorate has
    /// to give them, and a 0 there would read as "nothing spent" (contract v1.1). `None`: the
    /// data's own campaign (a return written back as it is).
    pub actuals_through: Option<Campaign>,
}

impl Default for TemplateOptions {
    fn default() -> Self {
        TemplateOptions {
            unit: Unit::Euro,
            rows: 500,
            send_to: None,
            deadline: None,
            actuals_through: None,
        }
    }
}

/// What can stop a workbook from being written.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    /// rust_xlsxwriter refused a value, a name or a validation (an Excel limit was reached).
    #[error("workbook writer: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    /// A number would not read back equal to the return's value once stored as a spreadsheet
    /// double (more than 15 significant digits): it is refused rather than silently altered.
    #[error("{sheet}!{cell}: {value} cannot be stored exactly in a spreadsheet cell")]
    Unrepresentable { sheet: String, cell: String, value: String },
    /// The demo folder or one of its files could not be written.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}
