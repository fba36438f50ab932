//! One sheet's cells as the importer sees them: values with their formulas and number formats,
//! addressed by absolute (row, column) as A1 addresses are.
//!
//! Cells are kept sparse (only those holding a value or a formula), read cell by cell where the
//! format allows it (xlsx, xlsb). A grid must never be as large as the sheet's bounding box: one
//! stray cell in `XFD1048576` makes that box 17 billion cells, and calamine's dense `Range`
//! would then ask for hundreds of gigabytes and abort the whole application.

use std::collections::BTreeMap;

use calamine::{Data, Range, Reader, Sheets, StyleRange};
use chrono::NaiveDate;

use pmo_model::dates;
use pmo_model::text::a1;

use crate::open::Book;

/// More cells than any directorate return holds by far (a large one has a few tens of
/// thousands); a sheet beyond this is refused rather than read into memory without end.
pub(crate) const MAX_CELLS: usize = 1_000_000;

/// Why a sheet could not be read.
#[derive(Debug)]
pub(crate) enum LoadError {
    /// The reader failed; its (English, technical) message.
    Reader(String),
    /// More than [`MAX_CELLS`] cells.
    TooLarge,
}

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
            Cell::NoValue(f) => format!("={f}"),
        }
    }
}

fn shown_number(n: f64) -> String {
    match pmo_model::money::from_cell_f64(n) {
        Some(d) => d.normalize().to_string(),
        // Beyond a decimal's reach: `1e300`, not three hundred zeros.
        None => format!("{n:e}"),
    }
}

/// What a formula's cached value can say when it is an error. xlsx and xls mark error cells as
/// such; LibreOffice's ods stores the error's text instead (`#DIV/0!`, `Err:502`).
fn is_error_text(s: &str) -> bool {
    const ERRORS: &[&str] = &[
        "#NULL!",
        "#DIV/0!",
        "#VALUE!",
        "#REF!",
        "#NAME?",
        "#NUM!",
        "#N/A",
        "#GETTING_DATA",
        "#SPILL!",
        "#CALC!",
        "#FIELD!",
        "#BLOCKED!",
        "#UNKNOWN!",
    ];
    let s = s.trim();
    ERRORS.iter().any(|e| s.eq_ignore_ascii_case(e))
        || s.strip_prefix("Err:").is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// A formula as users type it: `=SUM(A1:A3)`, without ODF's `of:=` and `[.A1]` decorations.
fn formula_shown(f: &str) -> String {
    let f = f.trim();
    let f = f.strip_prefix("of:").unwrap_or(f);
    f.trim_start_matches('=').replace("[.", "").replace(']', "")
}

/// The absolute position of a cell that `Range::used_cells` gives relative to the range's start.
fn at<T: calamine::CellType>(range: &Range<T>, row: usize, col: usize) -> (u32, u32) {
    let (r0, c0) = range.start().unwrap_or((0, 0));
    (r0.saturating_add(row as u32), c0.saturating_add(col as u32))
}

/// What a cell of the file holds, before interpretation.
struct Raw {
    value: Data,
    formula: Option<String>,
}

pub(crate) struct Grid {
    pub name: String,
    /// Cells by row, then by column; only cells holding a value or a formula.
    cells: BTreeMap<u32, BTreeMap<u32, Raw>>,
    /// How many cells `cells` holds, to stop at `limit` ([`MAX_CELLS`]).
    count: usize,
    limit: usize,
    styles: Option<StyleRange>,
    /// Serial numbers count from 1904 (old Mac workbooks), not 1900.
    date_1904: bool,
    /// What a formula cell without any value means in this file format.
    formula_without_value: FormulaWithoutValue,
}

/// What a formula cell that carries no value at all means, which depends on who wrote the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FormulaWithoutValue {
    /// xlsx, xls: the formula was never computed (openpyxl and other libraries write that).
    NotComputed,
    /// ods: LibreOffice writes a formula whose result is "" with no value at all, exactly as a
    /// formula never computed would be written; there, no value means "".
    EmptyText,
    /// xlsb: calamine 0.38 drops the cached value of a formula whose result is an error
    /// (BrtFmlaError) and keeps every other one; only Excel writes xlsb, and it always computes.
    Error,
}

impl Grid {
    /// Reads a sheet's values and formulas; number formats only when `with_styles` (they cost
    /// time and only the progress column needs them).
    pub fn load(book: &mut Book<'_>, name: &str, with_styles: bool) -> Result<Grid, LoadError> {
        let mut grid = Grid {
            name: name.to_string(),
            cells: BTreeMap::new(),
            count: 0,
            limit: MAX_CELLS,
            styles: None,
            date_1904: false,
            formula_without_value: match book {
                Sheets::Ods(_) => FormulaWithoutValue::EmptyText,
                Sheets::Xlsb(_) => FormulaWithoutValue::Error,
                Sheets::Xlsx(_) | Sheets::Xls(_) => FormulaWithoutValue::NotComputed,
            },
        };
        let reader_error = |e: &dyn std::fmt::Display| LoadError::Reader(e.to_string());
        match book {
            Sheets::Xlsx(x) => {
                grid.date_1904 = x.has_1904_epoch();
                match x.worksheet_cells_reader(name) {
                    Ok(mut cells) => {
                        while let Some(c) = cells.next_cell_with_formula().map_err(|e| reader_error(&e))? {
                            grid.put(c.pos, c.value.into(), c.formula)?;
                        }
                    }
                    // A chart sheet bearing a contract name holds no cells.
                    Err(calamine::XlsxError::NotAWorksheet(_)) => {}
                    Err(e) => return Err(reader_error(&e)),
                }
                if with_styles {
                    grid.styles = x.worksheet_style(name).ok();
                }
            }
            Sheets::Xlsb(x) => {
                grid.date_1904 = x.has_1904_epoch();
                // Formulas first (a second pass over the sheet), so that each value goes in
                // with its formula. They are optional knowledge: a reader that cannot give them
                // still gives values.
                let mut formulas: BTreeMap<(u32, u32), String> = BTreeMap::new();
                if let Ok(mut reader) = x.worksheet_cells_reader(name) {
                    while let Ok(Some(f)) = reader.next_formula() {
                        if formulas.len() > MAX_CELLS {
                            return Err(LoadError::TooLarge);
                        }
                        formulas.insert(f.get_position(), f.get_value().clone());
                    }
                }
                let mut cells = x.worksheet_cells_reader(name).map_err(|e| reader_error(&e))?;
                while let Some(c) = cells.next_cell().map_err(|e| reader_error(&e))? {
                    let formula = formulas.remove(&c.get_position());
                    grid.put(c.get_position(), c.get_value().clone().into(), formula)?;
                }
                for (pos, f) in formulas {
                    grid.put(pos, Data::Empty, Some(f))?;
                }
            }
            Sheets::Xls(x) => {
                grid.date_1904 = x.has_1904_epoch();
                grid.put_ranges(book, name)?;
            }
            Sheets::Ods(_) => grid.put_ranges(book, name)?,
        }
        Ok(grid)
    }

    /// xls and ods readers hold whole sheets already (they are read when the file is opened,
    /// within bounds of their own); their used cells are copied with their formulas.
    fn put_ranges(&mut self, book: &mut Book<'_>, name: &str) -> Result<(), LoadError> {
        let values = book.worksheet_range(name).map_err(|e| LoadError::Reader(e.to_string()))?;
        // Formulas are optional knowledge: a reader that cannot give them still gives values.
        let mut formulas: BTreeMap<(u32, u32), String> = BTreeMap::new();
        if let Ok(range) = book.worksheet_formula(name) {
            for (row, col, f) in range.used_cells() {
                formulas.insert(at(&range, row, col), f.clone());
            }
        }
        // A value and its formula go in together: an empty text with a formula is a formula
        // whose result is "", not a cell to drop.
        for (row, col, v) in values.used_cells() {
            let pos = at(&values, row, col);
            let formula = formulas.remove(&pos);
            self.put(pos, v.clone(), formula)?;
        }
        for (pos, f) in formulas {
            self.put(pos, Data::Empty, Some(f))?;
        }
        Ok(())
    }

    fn put(&mut self, (row, col): (u32, u32), value: Data, formula: Option<String>) -> Result<(), LoadError> {
        let formula = formula.filter(|f| !f.trim().is_empty());
        let blank = match &value {
            Data::Empty => true,
            Data::String(s) => s.trim().is_empty(),
            _ => false,
        };
        if blank && formula.is_none() {
            return Ok(());
        }
        // A malformed file may name a cell twice; the first one wins, as in calamine.
        if let std::collections::btree_map::Entry::Vacant(v) = self.cells.entry(row).or_default().entry(col) {
            v.insert(Raw { value, formula });
            self.count += 1;
        }
        self.check_size()
    }

    fn check_size(&self) -> Result<(), LoadError> {
        if self.count > self.limit {
            return Err(LoadError::TooLarge);
        }
        Ok(())
    }

    /// Whether the sheet holds no value and no formula at all.
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// The rows holding at least one cell, top to bottom.
    pub fn rows(&self) -> impl Iterator<Item = u32> + '_ {
        self.cells.iter().filter(|(_, cells)| !cells.is_empty()).map(|(r, _)| *r)
    }

    /// The cells of a row holding something, left to right.
    pub fn row(&self, row: u32) -> impl Iterator<Item = (u32, Cell)> + '_ {
        self.cells
            .get(&row)
            .into_iter()
            .flat_map(move |cells| cells.iter().map(move |(c, raw)| (*c, self.interpret(raw))))
    }

    /// The first cell of a row that is not blank.
    pub fn first_filled(&self, row: u32) -> Option<(u32, Cell)> {
        self.row(row).find(|(_, c)| !c.is_blank())
    }

    pub fn cell(&self, row: u32, col: u32) -> Cell {
        match self.cells.get(&row).and_then(|cells| cells.get(&col)) {
            Some(raw) => self.interpret(raw),
            None => Cell::Empty,
        }
    }

    fn interpret(&self, raw: &Raw) -> Cell {
        let formula = raw.formula.as_deref();
        match &raw.value {
            Data::Empty => match (formula, self.formula_without_value) {
                (None, _) | (Some(_), FormulaWithoutValue::EmptyText) => Cell::Empty,
                (Some(f), FormulaWithoutValue::NotComputed) => Cell::NoValue(formula_shown(f)),
                // The error itself is lost; the formula tells the user which one to fix.
                (Some(f), FormulaWithoutValue::Error) => Cell::Error(format!("={}", formula_shown(f))),
            },
            Data::String(s) if formula.is_some() && is_error_text(s) => Cell::Error(s.trim().to_string()),
            Data::String(s) => Cell::Text(s.clone()),
            Data::Int(i) => Cell::Number(*i as f64),
            Data::Float(f) => Cell::Number(*f),
            Data::Bool(b) => Cell::Bool(*b),
            Data::DateTime(dt) => {
                // chrono panics on durations beyond its range (a date cell holding -1e308):
                // only serials up to Excel's last day, 31/12/9999, are converted.
                let serial = dt.as_f64();
                let plausible = serial.is_finite() && (0.0..2_958_466.0).contains(&serial);
                let date = if plausible { dt.as_datetime().and_then(|d| dates::in_range(d.date())) } else { None };
                Cell::Date(date, serial)
            }
            Data::DateTimeIso(s) => match dates::parse_date(s) {
                Some(d) => Cell::Date(Some(d), dates::to_serial(d)),
                None => Cell::Text(s.clone()),
            },
            Data::DurationIso(s) => Cell::Text(s.clone()),
            Data::Error(e) => Cell::Error(e.to_string()),
        }
    }

    /// Whether serial numbers in this workbook count from 1904.
    pub fn date_1904(&self) -> bool {
        self.date_1904
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

#[cfg(test)]
impl Grid {
    /// A grid of the given cells `(row, column, value)`, as an .xls gives it (number formats
    /// unknown), for the unit tests of the modules that read grids.
    pub fn of(name: &str, cells: Vec<(u32, u32, Data)>) -> Grid {
        let mut grid = Grid {
            name: name.to_string(),
            cells: BTreeMap::new(),
            count: 0,
            limit: MAX_CELLS,
            styles: None,
            date_1904: false,
            formula_without_value: FormulaWithoutValue::NotComputed,
        };
        for (row, col, value) in cells {
            grid.put((row, col), value, None).expect("a small grid");
        }
        grid
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_texts_of_every_spreadsheet_are_recognised() {
        for e in ["#DIV/0!", "#REF!", "#N/A", "#NAME?", "#VALUE!", "Err:502", " #ref! "] {
            assert!(is_error_text(e), "{e:?} is what a formula error looks like");
        }
        for t in ["#1", "Err:", "Err:abc", "DIV/0", "N/A", ""] {
            assert!(!is_error_text(t), "{t:?} is ordinary text");
        }
    }

    #[test]
    fn a_sheet_stops_being_read_past_its_cell_limit() {
        let mut grid = Grid::of("Budget", vec![]);
        grid.limit = 3;
        for col in 0..3 {
            assert!(grid.put((0, col), Data::Float(1.0), None).is_ok());
        }
        assert!(grid.put((0, 2), Data::Float(2.0), None).is_ok(), "a cell named twice counts once (first wins)");
        assert!(grid.put((5, 0), Data::Empty, None).is_ok(), "an empty cell is not kept, nor counted");
        assert!(matches!(grid.put((1, 0), Data::Float(1.0), None), Err(LoadError::TooLarge)));
        assert_eq!(grid.cell(0, 2), Cell::Number(1.0));
    }

    #[test]
    fn formulas_are_shown_as_users_type_them() {
        assert_eq!(formula_shown("SUM(A1:A3)"), "SUM(A1:A3)");
        assert_eq!(formula_shown("=C2*2"), "C2*2");
        assert_eq!(formula_shown("of:=[.C2]*2"), "C2*2");
    }
}
