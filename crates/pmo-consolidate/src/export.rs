//! The `pmo export` outputs: JSON and CSV forms of the consolidated figures that external scripts
//! and spreadsheets read.
//!
//! The JSON shape is a public contract: fields may be added, never renamed or removed, and the
//! original ones keep their meaning and format. Amounts are strings with exactly two decimals and a
//! dot (`"1234.50"`, `"-12.00"`, [`to_plain`]), `null` where unknown; closed-list values are their
//! stable codes. Rows come in a fixed order, so the same figures always give the same bytes.

use rust_decimal::Decimal;
use serde::Serialize;

use pmo_model::model::{Campaign, ProjectStatus, Weather};
use pmo_model::money::to_plain;

use crate::figures::{DirectorateFigures, Portfolio, ProjectFigures};

/// The exported portfolio: `{"year", "projects", "directorates", "requests"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PortfolioExport {
    pub year: i32,
    /// By directorate code, then project code. Requests (candidate projects) are not here, so
    /// that the rows sum to the portfolio's figures.
    pub projects: Vec<ProjectRow>,
    /// By code.
    pub directorates: Vec<DirectorateRow>,
    // ----- added after the contract -----
    /// The candidate projects, by directorate then code: their amounts are null (they count in
    /// no figure) and `request` says what they ask for.
    pub requests: Vec<ProjectRow>,
}

/// One project. The first nine fields are the contract (and the CSV's columns, in this order);
/// the others were added after it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProjectRow {
    pub code: String,
    pub name: String,
    /// The directorate's code.
    pub directorate: String,
    /// `candidate|approved|in_progress|on_hold|done|cancelled` or null.
    pub status: Option<ProjectStatus>,
    /// Null when the directorate has no BI return.
    pub budget_voted: Option<String>,
    /// Null only for a request (it counts in no figure).
    pub actual: Option<String>,
    /// Null only for a request.
    pub landing: Option<String>,
    /// Null when the budget voted is null.
    pub variance: Option<String>,
    /// `sunny|cloudy|rainy|stormy` or null.
    pub weather: Option<Weather>,
    // ----- added after the contract -----
    /// Variance / budget voted in percent, two decimals (`"-12.50"` = −12.5 %); null when the
    /// budget voted is 0 or unknown.
    pub variance_pct: Option<String>,
    /// Actual / budget voted in percent, two decimals; null when the budget voted is 0 or unknown.
    pub burn_rate_pct: Option<String>,
    /// "Hors budget initial".
    pub outside_initial_budget: bool,
    pub missing_from_latest: bool,
    /// The current campaign of the project's directorate (`BI`, `R1`, …).
    pub campaign: Campaign,
    /// The campaign its actual and landing come from: `campaign`, or for a project missing
    /// from its directorate's current return, the latest campaign that had it.
    pub figures_campaign: Campaign,
    /// For a request (a candidate project): what it asks for, Σ planned T1–T4; else null.
    pub request: Option<String>,
}

/// One directorate. The first seven fields are the contract; the others were added after it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DirectorateRow {
    pub code: String,
    pub name: Option<String>,
    pub envelope: Option<String>,
    pub budget_voted: Option<String>,
    pub actual: String,
    pub landing: String,
    pub variance: Option<String>,
    // ----- added after the contract -----
    /// The directorate's current campaign.
    pub campaign: Campaign,
    /// Budget voted − envelope (positive: over the envelope); null without an envelope.
    pub budget_voted_minus_envelope: Option<String>,
    /// Landing − envelope (positive: over the envelope); null without an envelope.
    pub landing_minus_envelope: Option<String>,
    /// The campaign of the return the envelope was read from (the latest that states one).
    pub envelope_campaign: Option<Campaign>,
    /// Its candidate projects, in no other figure: how many, and Σ of what they ask for.
    pub request_count: usize,
    pub requested: String,
}

/// The columns of the CSV: the contract's project fields in the contract's order, then
/// `request` (added in v1.1: a candidate's request, empty for the other projects).
pub const CSV_COLUMNS: [&str; 10] =
    ["code", "name", "directorate", "status", "budget_voted", "actual", "landing", "variance", "weather", "request"];

fn amount(d: Option<Decimal>) -> Option<String> {
    d.map(to_plain)
}

fn percent(ratio: Option<Decimal>) -> Option<String> {
    ratio.map(|r| to_plain(r * Decimal::ONE_HUNDRED))
}

impl ProjectRow {
    /// A project's row; for a request, its amounts are null and `request` holds what it asks.
    pub fn from_figures(p: &ProjectFigures) -> ProjectRow {
        let counted = p.request.is_none();
        ProjectRow {
            code: p.code.clone(),
            name: p.identity.name.clone(),
            directorate: p.directorate.clone(),
            status: p.identity.status,
            budget_voted: amount(p.budget_voted.filter(|_| counted)),
            actual: counted.then(|| to_plain(p.actual)),
            landing: counted.then(|| to_plain(p.landing)),
            variance: amount(p.variance.filter(|_| counted)),
            weather: p.weather(),
            variance_pct: percent(p.variance_ratio.filter(|_| counted)),
            burn_rate_pct: percent(p.burn_rate.filter(|_| counted)),
            outside_initial_budget: p.outside_initial_budget,
            missing_from_latest: p.missing_from_latest,
            campaign: p.campaign,
            figures_campaign: p.figures_campaign,
            request: amount(p.request),
        }
    }

    /// The CSV fields, in [`CSV_COLUMNS`] order; unknown values are empty.
    fn csv_fields(&self) -> [String; 10] {
        use pmo_model::model::Choice;
        [
            self.code.clone(),
            self.name.clone(),
            self.directorate.clone(),
            self.status.map(|s| s.code().to_string()).unwrap_or_default(),
            self.budget_voted.clone().unwrap_or_default(),
            self.actual.clone().unwrap_or_default(),
            self.landing.clone().unwrap_or_default(),
            self.variance.clone().unwrap_or_default(),
            self.weather.map(|w| w.code().to_string()).unwrap_or_default(),
            self.request.clone().unwrap_or_default(),
        ]
    }
}

impl DirectorateRow {
    pub fn from_figures(d: &DirectorateFigures) -> DirectorateRow {
        DirectorateRow {
            code: d.code.clone(),
            name: d.name.clone(),
            envelope: amount(d.envelope),
            budget_voted: amount(d.budget_voted),
            actual: to_plain(d.actual),
            landing: to_plain(d.landing),
            variance: amount(d.variance),
            campaign: d.campaign,
            budget_voted_minus_envelope: amount(d.envelope_comparison.and_then(|c| c.budget_voted_gap)),
            landing_minus_envelope: amount(d.envelope_comparison.map(|c| c.landing_gap)),
            envelope_campaign: d.envelope_campaign,
            request_count: d.request_count,
            requested: to_plain(d.requested),
        }
    }
}

/// The export rows of a portfolio, sorted as the contract says whatever the portfolio's order.
pub fn export(p: &Portfolio) -> PortfolioExport {
    let rows = |list: &[ProjectFigures]| {
        let mut rows: Vec<ProjectRow> = list.iter().map(ProjectRow::from_figures).collect();
        rows.sort_by(|a, b| (&a.directorate, &a.code).cmp(&(&b.directorate, &b.code)));
        rows
    };
    let mut directorates: Vec<DirectorateRow> = p.directorates.iter().map(DirectorateRow::from_figures).collect();
    directorates.sort_by(|a, b| a.code.cmp(&b.code));
    PortfolioExport { year: p.year, projects: rows(&p.projects), directorates, requests: rows(&p.requests) }
}

/// The JSON export as a value. Object keys of a [`serde_json::Value`] come out sorted
/// alphabetically; [`export_json_text`] keeps the contract's field order for people reading it.
pub fn export_json(p: &Portfolio) -> serde_json::Value {
    // Strings, booleans, integers and codes only: serializing cannot fail.
    serde_json::to_value(export(p)).expect("the export holds only JSON-representable values")
}

/// The JSON export as pretty-printed text with the contract's field order, ending with a newline:
/// what `pmo export --format json` writes.
pub fn export_json_text(p: &Portfolio) -> String {
    let mut text = serde_json::to_string_pretty(&export(p)).expect("the export holds only JSON-representable values");
    text.push('\n');
    text
}

/// The CSV export: one row per project with the contract's nine project fields and `request`,
/// then one row per request (candidate project: status `candidate`, amounts empty since it
/// counts in no figure, `request` filled), so that the amount columns sum to the portfolio's
/// figures. A header row,
/// `;` separators (what a French Excel expects), UTF-8 with a BOM (else Excel reads Latin-1),
/// CRLF line ends, and RFC 4180 quoting (a field holding `;`, `"`, CR or LF is quoted, its `"`
/// doubled). Amounts as in the JSON; unknown values are empty fields.
///
/// Text fields (code, name, directorate) are defused ([`defused`]): a name beginning with `=`,
/// `+`, `-` or `@` would be a formula Excel evaluates on opening (`=HYPERLINK(…)`,
/// `=cmd|' /C calc'!A0`). The JSON keeps them as given; amounts and codes are never touched.
pub fn export_csv(p: &Portfolio) -> String {
    let mut out = String::from("\u{feff}");
    push_row(&mut out, CSV_COLUMNS.iter().copied());
    let export = export(p);
    for row in export.projects.iter().chain(&export.requests) {
        let mut fields = row.csv_fields();
        for text in &mut fields[..3] {
            *text = defused(text);
        }
        push_row(&mut out, fields.iter().map(String::as_str));
    }
    out
}

/// A text field as a spreadsheet must read it: one that a spreadsheet would take for a formula
/// (its first character `=`, `+`, `-`, `@`, or a tab or carriage return before one) is written
/// after an apostrophe, the mark Excel and LibreOffice themselves use for "text, as typed";
/// control characters are dropped.
pub fn defused(text: &str) -> String {
    let clean: String = text.chars().filter(|c| !c.is_control() || *c == '\n').collect();
    if clean.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{clean}")
    } else {
        clean
    }
}

fn push_row<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(';');
        }
        if field.contains([';', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}
