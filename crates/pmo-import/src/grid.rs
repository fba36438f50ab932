//! One sheet's cells as the importer sees them: values with their formulas and number formats,
//! addressed by absolute (row, column) as A1 addresses are.
//!
//! Cells are kept sparse (only those holding a value or a formula), read cell by cell where the
//! format allows it (xlsx, xlsb). A grid must never be as large as the sheet's bounding box: one
//! stray cell in `XFD1048576` makes that box 17 billion cells, and calamine's dense `Range`
//! would then ask for hundreds of gigabytes and abort the whole application.
//!
//! Storage is flat, for speed (typing the cells was a quarter of an import, much of it spent
//! allocating): the cells in one vector in (row, column) order, an index of rows over it, and
//! every text in one string they point into, so that reading a cell neither allocates nor clones.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};

use calamine::{CellErrorType, Data, DataRef, ExcelDateTime, Range, Reader, Sheets, StyleRange};
use chrono::NaiveDate;

use pmo_model::dates;
use pmo_model::text::a1;

use crate::limits::{Over, MAX_CELL_CHARS, MAX_SHEET_TEXT_BYTES};
use crate::open::Book;

/// More cells than any directorate return holds by far (a large one has a few tens of
/// thousands); a sheet beyond this is refused rather than read into memory without end.
pub(crate) const MAX_CELLS: usize = 1_000_000;

/// Why a sheet could not be read.
#[derive(Debug)]
pub(crate) enum LoadError {
    /// The reader failed; its (English, technical) message.
    Reader(String),
    /// Beyond a limit: more than [`MAX_CELLS`] cells, a cell longer than Excel allows, more text
    /// than a sheet can hold.
    Over(Over),
}

/// A cell's content, reduced to what the contract cares about; its text borrowed from the grid.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Cell<'g> {
    Empty,
    Text(&'g str),
    Number(f64),
    Bool(bool),
    /// A date cell; `None` when its serial is no date a portfolio can hold.
    Date(Option<NaiveDate>, f64),
    /// A formula whose cached value is an error (`#REF!`).
    Error(Cow<'g, str>),
    /// A formula with no cached value at all: the file was written by a program that does not
    /// compute formulas.
    NoValue(String),
}

impl Cell<'_> {
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
            Cell::Error(e) => e.to_string(),
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

/// Appends a text to the grid's text and says where it lies.
fn push_text(text: &mut String, s: &str) -> Span {
    let start = text.len();
    text.push_str(s);
    Span { start, end: text.len() }
}

/// The absolute position of a cell that `Range::used_cells` gives relative to the range's start.
fn at<T: calamine::CellType>(range: &Range<T>, row: usize, col: usize) -> (u32, u32) {
    let (r0, c0) = range.start().unwrap_or((0, 0));
    (r0.saturating_add(row as u32), c0.saturating_add(col as u32))
}

/// Where a text lies in [`Grid::text`].
#[derive(Clone, Copy, Debug)]
struct Span {
    start: usize,
    end: usize,
}

/// What a cell of the file holds, before interpretation: calamine's `Data`, its texts kept in
/// the grid's one string.
#[derive(Clone, Debug)]
enum Value {
    Empty,
    Text(Span),
    Int(i64),
    Float(f64),
    Bool(bool),
    DateTime(ExcelDateTime),
    DateTimeIso(Span),
    DurationIso(Span),
    Error(CellErrorType),
}

/// A cell holding a value or a formula, at its absolute position.
struct Raw {
    row: u32,
    col: u32,
    value: Value,
    formula: Option<Span>,
}

/// The cells of one row: `Grid::cells[start..end]`, left to right.
struct RowSpan {
    row: u32,
    start: usize,
    end: usize,
}

pub(crate) struct Grid {
    pub name: String,
    /// Only cells holding a value or a formula, in (row, column) order once [`Grid::finish`]
    /// ran; each position at most once.
    cells: Vec<Raw>,
    /// The rows of `cells`, top to bottom.
    rows: Vec<RowSpan>,
    /// For each row number, its index in `rows` (`u32::MAX`: no cell), so that reading a cell
    /// needs no search among the rows; empty when the rows are too sparse for it to pay (a stray
    /// cell far down), and then rows are searched.
    row_slot: Vec<u32>,
    /// Every text of the cells (values and formulas), one after the other.
    text: String,
    /// Set when a cell came out of (row, column) order: `cells` must be sorted and `rows`
    /// rebuilt. Formats that give cells in order (all of them, for well-formed files) never
    /// pay for it.
    unordered: Option<HashSet<(u32, u32)>>,
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
            cells: Vec::new(),
            rows: Vec::new(),
            row_slot: Vec::new(),
            text: String::new(),
            unordered: None,
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
                            grid.put_ref(c.pos, c.value, c.formula)?;
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
                            return Err(grid.too_many_cells());
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
        grid.finish();
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

    fn put(&mut self, pos: (u32, u32), value: Data, formula: Option<String>) -> Result<(), LoadError> {
        if let Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) = &value {
            self.check_length(pos, s)?;
        }
        let blank = match &value {
            Data::Empty => true,
            Data::String(s) => s.trim().is_empty(),
            _ => false,
        };
        self.put_with(pos, blank, formula.as_deref(), |text| match value {
            Data::Empty => Value::Empty,
            Data::String(s) => Value::Text(push_text(text, &s)),
            Data::Int(i) => Value::Int(i),
            Data::Float(f) => Value::Float(f),
            Data::Bool(b) => Value::Bool(b),
            Data::DateTime(dt) => Value::DateTime(dt),
            Data::DateTimeIso(s) => Value::DateTimeIso(push_text(text, &s)),
            Data::DurationIso(s) => Value::DurationIso(push_text(text, &s)),
            Data::Error(e) => Value::Error(e),
        })
    }

    /// [`Grid::put`] for xlsx's borrowed values: a shared string is copied into the grid's text,
    /// never allocated on its own.
    fn put_ref(&mut self, pos: (u32, u32), value: DataRef<'_>, formula: Option<String>) -> Result<(), LoadError> {
        match &value {
            DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => self.check_length(pos, s)?,
            DataRef::SharedString(s) => self.check_length(pos, s)?,
            _ => {}
        }
        let blank = match &value {
            DataRef::Empty => true,
            DataRef::String(s) => s.trim().is_empty(),
            DataRef::SharedString(s) => s.trim().is_empty(),
            _ => false,
        };
        self.put_with(pos, blank, formula.as_deref(), |text| match value {
            DataRef::Empty => Value::Empty,
            DataRef::String(s) => Value::Text(push_text(text, &s)),
            DataRef::SharedString(s) => Value::Text(push_text(text, s)),
            DataRef::Int(i) => Value::Int(i),
            DataRef::Float(f) => Value::Float(f),
            DataRef::Bool(b) => Value::Bool(b),
            DataRef::DateTime(dt) => Value::DateTime(dt),
            DataRef::DateTimeIso(s) => Value::DateTimeIso(push_text(text, &s)),
            DataRef::DurationIso(s) => Value::DurationIso(push_text(text, &s)),
            DataRef::Error(e) => Value::Error(e),
        })
    }

    /// Keeps a cell unless it is blank without a formula; `value` stores the value's text.
    fn put_with(
        &mut self,
        (row, col): (u32, u32),
        blank: bool,
        formula: Option<&str>,
        value: impl FnOnce(&mut String) -> Value,
    ) -> Result<(), LoadError> {
        let formula = formula.filter(|f| !f.trim().is_empty());
        if blank && formula.is_none() {
            return Ok(());
        }
        if let Some(f) = formula {
            self.check_length((row, col), f)?;
        }
        // A malformed file may name a cell twice; the first one wins, as in calamine.
        let in_order = self.unordered.is_none() && self.cells.last().is_none_or(|last| (last.row, last.col) < (row, col));
        if !in_order {
            let seen = self.unordered.get_or_insert_with(|| self.cells.iter().map(|c| (c.row, c.col)).collect());
            if !seen.insert((row, col)) {
                return Ok(());
            }
        }
        let formula = formula.map(|f| push_text(&mut self.text, f));
        let value = value(&mut self.text);
        if in_order {
            match self.rows.last_mut() {
                Some(last) if last.row == row => last.end += 1,
                _ => self.rows.push(RowSpan { row, start: self.cells.len(), end: self.cells.len() + 1 }),
            }
        }
        self.cells.push(Raw { row, col, value, formula });
        self.count += 1;
        self.check_size()
    }

    /// Puts the cells in (row, column) order and indexes the rows, when some came out of order.
    fn finish(&mut self) {
        if self.unordered.take().is_some() {
            // Positions are unique (`put_with`), so the order is total.
            self.cells.sort_unstable_by_key(|c| (c.row, c.col));
            self.rows.clear();
            for (i, c) in self.cells.iter().enumerate() {
                match self.rows.last_mut() {
                    Some(last) if last.row == c.row => last.end = i + 1,
                    _ => self.rows.push(RowSpan { row: c.row, start: i, end: i + 1 }),
                }
            }
        }
        let last_row = self.rows.last().map_or(0, |r| r.row as usize);
        if !self.rows.is_empty() && last_row <= 4 * self.cells.len() + 1024 {
            self.row_slot = vec![u32::MAX; last_row + 1];
            for (i, r) in self.rows.iter().enumerate() {
                // `rows` has at most MAX_CELLS entries: the index fits.
                self.row_slot[r.row as usize] = i as u32;
            }
        }
    }

    fn check_size(&self) -> Result<(), LoadError> {
        if self.count > self.limit {
            return Err(self.too_many_cells());
        }
        // One shared string can fill a million cells: the text is checked as it is copied.
        if self.text.len() as u64 > MAX_SHEET_TEXT_BYTES {
            return Err(LoadError::Over(Over::SheetText { sheet: self.name.clone() }));
        }
        Ok(())
    }

    fn too_many_cells(&self) -> LoadError {
        LoadError::Over(Over::SheetCells { sheet: self.name.clone(), max: self.limit })
    }

    /// Refuses a cell longer than Excel allows (a value or a formula): no workbook Excel saved
    /// holds one, and it would be kept whole in every copy of the return.
    fn check_length(&self, (row, col): (u32, u32), text: &str) -> Result<(), LoadError> {
        // A character takes at most four bytes: only a long text needs counting.
        if text.len() <= MAX_CELL_CHARS {
            return Ok(());
        }
        let chars = text.chars().count();
        if chars <= MAX_CELL_CHARS {
            return Ok(());
        }
        Err(LoadError::Over(Over::Cell { sheet: self.name.clone(), cell: a1(row, col), chars }))
    }

    /// Whether the sheet holds no value and no formula at all.
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// The rows holding at least one cell, top to bottom.
    pub fn rows(&self) -> impl Iterator<Item = u32> + '_ {
        self.rows.iter().map(|r| r.row)
    }

    /// The stored cells of a row, left to right.
    fn raw_row(&self, row: u32) -> &[Raw] {
        let i = if self.row_slot.is_empty() {
            match self.rows.binary_search_by_key(&row, |r| r.row) {
                Ok(i) => i,
                Err(_) => return &[],
            }
        } else {
            match self.row_slot.get(row as usize) {
                Some(&i) if i != u32::MAX => i as usize,
                _ => return &[],
            }
        };
        &self.cells[self.rows[i].start..self.rows[i].end]
    }

    /// The cells of a row holding something, left to right.
    pub fn row(&self, row: u32) -> impl Iterator<Item = (u32, Cell<'_>)> + '_ {
        self.raw_row(row).iter().map(move |raw| (raw.col, self.interpret(raw)))
    }

    /// The first cell of a row that is not blank.
    pub fn first_filled(&self, row: u32) -> Option<(u32, Cell<'_>)> {
        self.row(row).find(|(_, c)| !c.is_blank())
    }

    pub fn cell(&self, row: u32, col: u32) -> Cell<'_> {
        let cells = self.raw_row(row);
        match cells.binary_search_by_key(&col, |c| c.col) {
            Ok(i) => self.interpret(&cells[i]),
            Err(_) => Cell::Empty,
        }
    }

    fn text_of(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    fn interpret(&self, raw: &Raw) -> Cell<'_> {
        let formula = raw.formula.map(|f| self.text_of(f));
        match &raw.value {
            Value::Empty => match (formula, self.formula_without_value) {
                (None, _) | (Some(_), FormulaWithoutValue::EmptyText) => Cell::Empty,
                (Some(f), FormulaWithoutValue::NotComputed) => Cell::NoValue(formula_shown(f)),
                // The error itself is lost; the formula tells the user which one to fix.
                (Some(f), FormulaWithoutValue::Error) => Cell::Error(Cow::Owned(format!("={}", formula_shown(f)))),
            },
            Value::Text(s) => {
                let s = self.text_of(*s);
                if formula.is_some() && is_error_text(s) {
                    Cell::Error(Cow::Borrowed(s.trim()))
                } else {
                    Cell::Text(s)
                }
            }
            Value::Int(i) => Cell::Number(*i as f64),
            Value::Float(f) => Cell::Number(*f),
            Value::Bool(b) => Cell::Bool(*b),
            Value::DateTime(dt) => {
                // chrono panics on durations beyond its range (a date cell holding -1e308):
                // only serials up to Excel's last day, 31/12/9999, are converted.
                let serial = dt.as_f64();
                let plausible = serial.is_finite() && (0.0..2_958_466.0).contains(&serial);
                let date = if plausible { dt.as_datetime().and_then(|d| dates::in_range(d.date())) } else { None };
                Cell::Date(date, serial)
            }
            Value::DateTimeIso(s) => {
                let s = self.text_of(*s);
                match dates::parse_date(s) {
                    Some(d) => Cell::Date(Some(d), dates::to_serial(d)),
                    None => Cell::Text(s),
                }
            }
            Value::DurationIso(s) => Cell::Text(self.text_of(*s)),
            Value::Error(e) => Cell::Error(Cow::Owned(e.to_string())),
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
            cells: Vec::new(),
            rows: Vec::new(),
            row_slot: Vec::new(),
            text: String::new(),
            unordered: None,
            count: 0,
            limit: MAX_CELLS,
            styles: None,
            date_1904: false,
            formula_without_value: FormulaWithoutValue::NotComputed,
        };
        for (row, col, value) in cells {
            grid.put((row, col), value, None).expect("a small grid");
        }
        grid.finish();
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
        assert!(matches!(grid.put((1, 0), Data::Float(1.0), None), Err(LoadError::Over(Over::SheetCells { .. }))));
        assert_eq!(grid.cell(0, 2), Cell::Number(1.0));
    }

    #[test]
    fn cells_given_out_of_order_are_read_in_order_and_the_first_naming_wins() {
        // xls and ods give a formula without a value after every value, and a malformed xlsx
        // may list its rows in any order: rows and cells must still come top to bottom, left to
        // right, or the header search and the data rows would read another table.
        let t = |s: &str| Data::String(s.to_string());
        let grid = Grid::of(
            "Projets",
            vec![(3, 1, t("d")), (0, 2, t("c")), (0, 0, t("a")), (3, 1, t("second")), (3, 0, t("e")), (0, 1, t("b"))],
        );
        assert_eq!(grid.rows().collect::<Vec<_>>(), vec![0, 3]);
        let row = |r| grid.row(r).map(|(c, cell)| (c, cell.shown())).collect::<Vec<_>>();
        assert_eq!(row(0), vec![(0, "a".to_string()), (1, "b".to_string()), (2, "c".to_string())]);
        assert_eq!(row(3), vec![(0, "e".to_string()), (1, "d".to_string())], "D4 keeps its first value");
        assert_eq!(grid.cell(3, 1), Cell::Text("d"));
        assert_eq!((grid.cell(1, 0), grid.cell(3, 2)), (Cell::Empty, Cell::Empty));
        assert_eq!(grid.count, 5, "the cell named twice counts once");
        assert!(!grid.row_slot.is_empty(), "dense rows are indexed by number");

        // A stray cell a million rows down: no index that large, the rows are searched.
        let far = Grid::of("Projets", vec![(1_000_000, 0, t("loin")), (0, 0, t("a"))]);
        assert!(far.row_slot.is_empty());
        assert_eq!(far.rows().collect::<Vec<_>>(), vec![0, 1_000_000]);
        assert_eq!((far.cell(1_000_000, 0), far.cell(0, 0), far.cell(5, 0)), (Cell::Text("loin"), Cell::Text("a"), Cell::Empty));
    }

    #[test]
    fn formulas_are_shown_as_users_type_them() {
        assert_eq!(formula_shown("SUM(A1:A3)"), "SUM(A1:A3)");
        assert_eq!(formula_shown("=C2*2"), "C2*2");
        assert_eq!(formula_shown("of:=[.C2]*2"), "C2*2");
    }
}
