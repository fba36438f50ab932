//! One sheet's cells as the importer sees them: values with their formulas and number formats,
//! addressed by absolute (row, column) as A1 addresses are.

use calamine::{Data, Range, Reader, StyleRange};
use chrono::NaiveDate;

use pmo_model::dates;
use pmo_model::text::a1;

use crate::open::Book;

/// A cell's content, reduced to what the contract cares about.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A date cell; `None` when its serial is no date a portfolio can hold.
    Date(Option<NaiveDate>, f64),
    /// A formula whose cached value is an error (`#REF!`).
    Error(String),
    /// A formula with no cached value at all: the file was written by a program that does not
    /// compute formulas.
    NoValue(String),
}

impl Cell {
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as the user sees it, for "found …" in findings.
    pub fn shown(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.trim().to_string(),
            Cell::Number(n) => shown_number(*n),
            Cell::Bool(b) => if *b { "VRAI" } else { "FAUX" }.to_string(),
            Cell::Date(Some(d), _) => dates::format_fr(*d),
            Cell::Date(None, v) => shown_number(*v),
            Cell::Error(e) => e.clone(),
            Cell::NoValue(f) => format!("={}", f.trim_start_matches('=')),
        }
    }
}

fn shown_number(n: f64) -> String {
    match pmo_model::money::from_cell_f64(n) {
        Some(d) => d.normalize().to_string(),
        None => n.to_string(),
    }
}

pub(crate) struct Grid {
    pub name: String,
    values: Range<Data>,
    formulas: Option<Range<String>>,
    styles: Option<StyleRange>,
    /// First and one-past-last absolute rows and columns holding anything.
    pub rows: std::ops::Range<u32>,
    pub cols: std::ops::Range<u32>,
}

impl Grid {
    /// Reads a sheet's values and formulas; number formats only when `with_styles` (they cost
    /// time and only the progress column needs them).
    pub fn load(book: &mut Book<'_>, name: &str, with_styles: bool) -> Result<Grid, String> {
        let values = book.worksheet_range(name).map_err(|e| e.to_string())?;
        // Formulas are optional knowledge: a reader that cannot give them still gives values.
        let formulas = book.worksheet_formula(name).ok().filter(|f| !f.is_empty());
        let styles = if with_styles { book.worksheet_style(name).ok() } else { None };
        let (rows, cols) = match (values.start(), values.end()) {
            (Some(s), Some(e)) => (s.0..e.0 + 1, s.1..e.1 + 1),
            _ => (0..0, 0..0),
        };
        let (rows, cols) = match formulas.as_ref().and_then(|f| Some((f.start()?, f.end()?))) {
            Some((s, e)) if !rows.is_empty() => {
                (rows.start.min(s.0)..rows.end.max(e.0 + 1), cols.start.min(s.1)..cols.end.max(e.1 + 1))
            }
            Some((s, e)) => (s.0..e.0 + 1, s.1..e.1 + 1),
            None => (rows, cols),
        };
        Ok(Grid { name: name.to_string(), values, formulas, styles, rows, cols })
    }

    pub fn cell(&self, row: u32, col: u32) -> Cell {
        let value = self.values.get_value((row, col)).unwrap_or(&Data::Empty);
        match value {
            Data::Empty => match self.formula(row, col) {
                Some(f) => Cell::NoValue(f),
                None => Cell::Empty,
            },
            Data::String(s) => Cell::Text(s.clone()),
            Data::Int(i) => Cell::Number(*i as f64),
            Data::Float(f) => Cell::Number(*f),
            Data::Bool(b) => Cell::Bool(*b),
            Data::DateTime(dt) => {
                let date = dt.as_datetime().and_then(|d| dates::in_range(d.date()));
                Cell::Date(date, dt.as_f64())
            }
            Data::DateTimeIso(s) => match dates::parse_date(s) {
                Some(d) => Cell::Date(Some(d), dates::to_serial(d)),
                None => Cell::Text(s.clone()),
            },
            Data::DurationIso(s) => Cell::Text(s.clone()),
            Data::Error(e) => Cell::Error(e.to_string()),
        }
    }

    fn formula(&self, row: u32, col: u32) -> Option<String> {
        let f = self.formulas.as_ref()?.get_value((row, col))?;
        (!f.trim().is_empty()).then(|| f.clone())
    }

    /// Whether the cell's number format shows a percentage (0.45 displayed as 45 %).
    pub fn is_percent(&self, row: u32, col: u32) -> bool {
        self.styles
            .as_ref()
            .and_then(|s| s.get((row, col)))
            .and_then(|st| st.number_format.as_ref())
            .is_some_and(|nf| nf.format_code.contains('%'))
    }

    /// Whether the format of the sheet's styles is known at all (xlsx only).
    pub fn knows_formats(&self) -> bool {
        self.styles.as_ref().is_some_and(|s| !s.is_empty())
    }

    pub fn a1(&self, row: u32, col: u32) -> String {
        a1(row, col)
    }
}
