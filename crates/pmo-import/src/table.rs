//! Tabular sheets: finding the header row, mapping headers to the contract's columns, and
//! reading each data row's cells as typed values with findings at their exact cell.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use pmo_model::contract::{ColumnSpec, SheetKind};
use pmo_model::dates;
use pmo_model::finding::Finding;
use pmo_model::i18n::{Key, Lang};
use pmo_model::model::{Choice, ColumnMap, Unit};
use pmo_model::money;
use pmo_model::text::{clean, fold};

use crate::grid::{Cell, Grid};

/// The header row is looked for within the first rows of a sheet, under any title rows.
pub(crate) const HEADER_SEARCH_ROWS: u32 = 20;

pub(crate) struct Column {
    pub spec: &'static ColumnSpec,
    pub col: u32,
    /// The header as the directorate wrote it, used to name the column in findings.
    pub header: String,
}

pub(crate) struct Table<'g> {
    pub grid: &'g Grid,
    pub header_row: u32,
    pub columns: Vec<Column>,
}

impl<'g> Table<'g> {
    /// Finds the header row and maps its cells to the columns of `kind`. Missing required
    /// columns, duplicated columns and a missing header row are errors; unknown headers are
    /// warnings.
    pub fn locate(grid: &'g Grid, kind: SheetKind, findings: &mut Vec<Finding>) -> Option<Table<'g>> {
        let specs = kind.columns();
        // Each spec's names and each header cell are folded once: `ColumnSpec::matches` folds
        // both sides on every call, which was half of an import's time (rows × cells × specs).
        let names = FoldedSpecs::of(specs);
        let mut best: Option<(usize, u32)> = None;
        // The first rows of the sheet itself, not the first rows after its first filled one: the
        // contract promises a header within rows 1–20 and no further.
        for row in grid.rows().take_while(|r| *r < HEADER_SEARCH_ROWS) {
            let headers: Vec<String> = grid.row(row).filter_map(|(_, c)| header_text(&c)).map(|h| fold(&h)).collect();
            let hits = (0..specs.len()).filter(|&i| headers.iter().any(|h| names.matches(i, h))).count();
            if hits > 0 && best.is_none_or(|(b, _)| hits > b) {
                best = Some((hits, row));
            }
        }
        let required: Vec<&ColumnSpec> = specs.iter().filter(|s| s.required).collect();
        // One matching cell could be a stray word in a title; two, or the only required column,
        // make a header.
        let Some((_, header_row)) = best.filter(|(hits, _)| *hits >= 2 || required.len() == 1) else {
            findings.push(
                Finding::error(Key::HeaderNotFound)
                    .at(&grid.name, None)
                    .arg("expected", required.iter().map(|s| s.fr).collect::<Vec<_>>().join(" », « "))
                    .arg("expected_en", required.iter().map(|s| s.en).collect::<Vec<_>>().join("\", \"")),
            );
            return None;
        };
        let mut columns: Vec<Column> = Vec::new();
        let mut ok = true;
        for (col, cell) in grid.row(header_row) {
            let Some(header) = header_text(&cell) else { continue };
            let folded = fold(&header);
            match (0..specs.len()).find(|&i| names.matches(i, &folded)).map(|i| &specs[i]) {
                Some(spec) => {
                    if let Some(first) = columns.iter().find(|c| c.spec.field == spec.field) {
                        findings.push(
                            Finding::error(Key::ColumnDuplicate)
                                .at(&grid.name, Some(grid.a1(header_row, col)))
                                .arg("expected", &first.header)
                                .arg("found", grid.a1(header_row, first.col)),
                        );
                        ok = false;
                    } else {
                        columns.push(Column { spec, col, header });
                    }
                }
                None => findings.push(
                    Finding::warning(Key::ColumnUnknown)
                        .at(&grid.name, Some(grid.a1(header_row, col)))
                        .arg("found", &header),
                ),
            }
        }
        for spec in required {
            if !columns.iter().any(|c| c.spec.field == spec.field) {
                let found: Vec<String> = grid.row(header_row).filter_map(|(_, c)| header_text(&c)).collect();
                findings.push(
                    Finding::error(Key::ColumnMissing)
                        .at(&grid.name, None)
                        .arg("expected", spec.fr)
                        .arg("expected_en", spec.en)
                        .arg("found", crate::quoted(&found, Lang::Fr))
                        .arg("found_en", crate::quoted(&found, Lang::En)),
                );
                ok = false;
            }
        }
        ok.then_some(Table { grid, header_row, columns })
    }

    pub fn column(&self, field: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.spec.field == field)
    }

    /// The data rows: below the header, skipping blank rows and "Total"/"Sous-total" rows.
    pub fn data_rows(&self) -> impl Iterator<Item = u32> + '_ {
        self.grid.rows().filter(move |&r| r > self.header_row && !self.skip_row(r))
    }

    /// A row is skipped when none of the contract's columns holds anything (what stands in
    /// unknown or header-less columns is ignored anyway, so a note beside or below the table is
    /// not a row missing its project code), or when it is a totals row.
    fn skip_row(&self, row: u32) -> bool {
        let mapped = |col: u32| self.columns.iter().any(|c| c.col == col);
        if !self.grid.row(row).any(|(col, cell)| mapped(col) && !cell.is_blank()) {
            return true;
        }
        matches!(self.grid.first_filled(row), Some((_, Cell::Text(t))) if is_total_label(t))
    }

    /// Whether a percentage column of a sheet whose formats are unknown is written in
    /// fractions (0.45 for 45 %): its numbers all lie between 0 and 1, and one at least strictly.
    pub fn is_fraction_column(&self, field: &str) -> bool {
        let Some(column) = self.column(field) else { return false };
        if self.grid.knows_formats() {
            return false;
        }
        let numbers: Vec<f64> = self
            .data_rows()
            .filter_map(|r| match self.grid.cell(r, column.col) {
                Cell::Number(n) => Some(n),
                _ => None,
            })
            .collect();
        numbers.iter().all(|n| (0.0..=1.0).contains(n)) && numbers.iter().any(|n| *n > 0.0 && *n < 1.0)
    }

    pub fn column_map(&self) -> ColumnMap {
        ColumnMap {
            sheet: self.grid.name.clone(),
            columns: self.columns.iter().map(|c| (c.spec.field.to_string(), c.col)).collect(),
        }
    }
}

/// The folded names (French, English, aliases) of each column spec of a sheet, computed once,
/// so that matching a folded header is [`ColumnSpec::matches`] without folding again.
struct FoldedSpecs(Vec<Vec<String>>);

impl FoldedSpecs {
    fn of(specs: &[ColumnSpec]) -> FoldedSpecs {
        FoldedSpecs(
            specs
                .iter()
                .map(|s| [s.fr, s.en].into_iter().chain(s.aliases.iter().copied()).map(fold).collect())
                .collect(),
        )
    }

    /// Whether spec `i` is named by a header already folded (same rule as `ColumnSpec::matches`).
    fn matches(&self, i: usize, folded_header: &str) -> bool {
        !folded_header.is_empty() && self.0[i].iter().any(|n| n == folded_header)
    }
}

fn header_text(cell: &Cell) -> Option<String> {
    match cell {
        Cell::Text(t) if !t.trim().is_empty() => Some(clean(t)),
        _ => None,
    }
}

/// A label that begins a totals row: "Total", "Sous-total", "TOTAL GÉNÉRAL", and their English
/// forms "Subtotal", "Grand total".
pub(crate) fn is_total_label(text: &str) -> bool {
    let f = fold(text);
    ["total", "soustotal", "subtotal", "grandtotal"].iter().any(|p| f.starts_with(p))
}

/// Reads the typed values of one place (a table row's field, or a Direction key's value cell),
/// recording findings at the exact cell.
pub(crate) struct CellReader<'a> {
    pub grid: &'a Grid,
    pub findings: &'a mut Vec<Finding>,
    pub unit: Unit,
}

/// Where a value is and what users call it.
#[derive(Clone, Copy)]
pub(crate) struct Place<'p> {
    pub row: u32,
    pub col: u32,
    pub label: &'p str,
}

impl<'a> CellReader<'a> {
    fn error(&mut self, key: Key, place: Place<'_>) -> &mut Finding {
        self.push(Finding::error(key), place)
    }

    fn warning(&mut self, key: Key, place: Place<'_>) -> &mut Finding {
        self.push(Finding::warning(key), place)
    }

    fn push(&mut self, f: Finding, place: Place<'_>) -> &mut Finding {
        let f = f.at(&self.grid.name, Some(self.grid.a1(place.row, place.col))).arg("field", place.label);
        self.findings.push(f);
        self.findings.last_mut().expect("just pushed")
    }

    /// The cell, or `None` after an error when it holds a formula error or an uncomputed formula.
    fn cell(&mut self, place: Place<'_>) -> Option<Cell<'a>> {
        let grid: &'a Grid = self.grid;
        match grid.cell(place.row, place.col) {
            Cell::Error(e) => {
                add(self.error(Key::FormulaError, place), "found", e);
                None
            }
            c @ Cell::NoValue(_) => {
                add(self.error(Key::FormulaNoValue, place), "found", c.shown());
                None
            }
            c => Some(c),
        }
    }

    pub fn text(&mut self, place: Place<'_>) -> Option<String> {
        let c = self.cell(place)?;
        if c.is_blank() {
            return None;
        }
        // `clean` drops the edges' spaces as `shown` trims them: no copy of a text in between.
        Some(match c {
            Cell::Text(t) => clean(t),
            c => clean(&c.shown()),
        })
    }

    /// A required text: an empty cell is an error.
    pub fn required_text(&mut self, place: Place<'_>) -> Option<String> {
        let present = !self.grid.cell(place.row, place.col).is_blank();
        let v = self.text(place);
        if v.is_none() && !present {
            self.error(Key::ValueRequired, place);
        }
        v
    }

    /// An amount in the workbook's unit, returned in euros rounded to the cent (with a
    /// warning when the rounding changed it). Empty is 0.
    pub fn amount(&mut self, place: Place<'_>) -> Option<Decimal> {
        let c = self.cell(place)?;
        let written = match &c {
            c if c.is_blank() => return Some(Decimal::ZERO),
            Cell::Number(n) => money::from_cell_f64(*n),
            Cell::Text(t) => money::parse_amount(t),
            _ => None,
        };
        let Some(written) = written else {
            add(self.error(Key::AmountInvalid, place), "found", c.shown());
            return None;
        };
        let Some(euros) = written.checked_mul(self.unit.factor()) else {
            add(self.error(Key::AmountInvalid, place), "found", c.shown());
            return None;
        };
        let (rounded, changed) = money::round_to_cent(euros);
        if rounded.abs() > max_amount() {
            let f = self.error(Key::OutOfRange, place);
            add(f, "found", c.shown());
            add(f, "expected", Key::ExpectAmountRange.text(Lang::Fr));
            add(f, "expected_en", Key::ExpectAmountRange.text(Lang::En));
            return None;
        }
        if changed {
            // Each language writes the amounts its own way: 1234,565 and 1 234,56 € in French,
            // 1234.565 and €1,234.56 in English.
            let exact = euros.normalize().to_string();
            let w = self.warning(Key::AmountRounded, place);
            add(w, "found", exact.replace('.', ","));
            add(w, "found_en", &exact);
            add(w, "expected", money::format_eur(rounded, true));
            add(w, "expected_en", money::format_eur(rounded, false));
        }
        Some(rounded)
    }

    /// Man-days (≥ 0). Empty is 0.
    pub fn man_days(&mut self, place: Place<'_>) -> Option<Decimal> {
        let c = self.cell(place)?;
        let v = match &c {
            c if c.is_blank() => return Some(Decimal::ZERO),
            Cell::Number(n) => money::from_cell_f64(*n),
            Cell::Text(t) => money::parse_number(t),
            _ => None,
        };
        match v {
            None => {
                let f = self.error(Key::NumberInvalid, place);
                add(f, "found", c.shown());
                add(f, "expected", Key::ExpectManDays.text(Lang::Fr));
                None
            }
            Some(d) if d.is_sign_negative() && !d.is_zero() => {
                add(self.error(Key::ManDaysNegative, place), "found", c.shown());
                None
            }
            Some(d) => Some(d.normalize()),
        }
    }

    pub fn date(&mut self, place: Place<'_>) -> Option<NaiveDate> {
        let c = self.cell(place)?;
        let d = match &c {
            c if c.is_blank() => return None,
            Cell::Date(d, _) => *d,
            // A bare serial counts from the workbook's epoch, as its date cells do.
            Cell::Number(n) => dates::from_serial(*n, self.grid.date_1904()),
            Cell::Text(t) => dates::parse_date(t),
            _ => None,
        };
        if d.is_none() {
            add(self.error(Key::DateInvalid, place), "found", c.shown());
        }
        d
    }

    pub fn required_date(&mut self, place: Place<'_>) -> Option<NaiveDate> {
        let blank = self.grid.cell(place.row, place.col).is_blank();
        if blank {
            self.error(Key::ValueRequired, place);
            return None;
        }
        self.date(place)
    }

    /// A value of a closed list; empty is `None` without a finding.
    pub fn choice<T: Choice>(&mut self, place: Place<'_>) -> Option<T> {
        let c = self.cell(place)?;
        if c.is_blank() {
            return None;
        }
        let shown = c.shown();
        let v = T::parse(&shown);
        if v.is_none() {
            let f = self.error(Key::ChoiceInvalid, place);
            add(f, "found", shown);
            add(f, "expected", T::expected(Lang::Fr));
            // The English rendering needs the English list: kept as a second argument.
            add(f, "expected_en", T::expected(Lang::En));
        }
        v
    }

    pub fn required_choice<T: Choice>(&mut self, place: Place<'_>) -> Option<T> {
        if self.grid.cell(place.row, place.col).is_blank() {
            self.error(Key::ValueRequired, place);
            return None;
        }
        self.choice(place)
    }

    /// A whole number within `range`, written as a number or text (`3`, `P2` when `prefix_p`).
    pub fn integer(
        &mut self,
        place: Place<'_>,
        range: std::ops::RangeInclusive<i64>,
        expect: Key,
        prefix_p: bool,
    ) -> Option<i64> {
        let c = self.cell(place)?;
        if c.is_blank() {
            return None;
        }
        let parsed: Option<Decimal> = match &c {
            Cell::Number(n) => money::from_cell_f64(*n),
            Cell::Text(t) => {
                let t = t.trim();
                let t = if prefix_p { t.strip_prefix(['P', 'p']).unwrap_or(t) } else { t };
                money::parse_number(t)
            }
            _ => None,
        };
        let value = parsed.filter(|d| d.fract().is_zero()).and_then(|d| i64::try_from(d).ok());
        match value {
            Some(v) if range.contains(&v) => Some(v),
            Some(_) => {
                let f = self.error(Key::OutOfRange, place);
                add(f, "found", c.shown());
                add(f, "expected", expect.text(Lang::Fr));
                add(f, "expected_en", expect.text(Lang::En));
                None
            }
            None => {
                let f = self.error(Key::NumberInvalid, place);
                add(f, "found", c.shown());
                add(f, "expected", expect.text(Lang::Fr));
                add(f, "expected_en", expect.text(Lang::En));
                None
            }
        }
    }

    /// Oui/Non, Yes/No, X/empty, TRUE/FALSE, 1/0. The contract pairs "X" with "empty": in a
    /// column of crosses an empty cell is a No, so an empty cell is read as `false`.
    pub fn yes_no(&mut self, place: Place<'_>) -> Option<bool> {
        let c = self.cell(place)?;
        if c.is_blank() {
            return Some(false);
        }
        let v = match &c {
            Cell::Bool(b) => Some(*b),
            Cell::Number(n) if *n == 1.0 => Some(true),
            Cell::Number(n) if *n == 0.0 => Some(false),
            Cell::Text(t) => match fold(t).as_str() {
                "oui" | "yes" | "x" | "o" | "y" | "vrai" | "true" => Some(true),
                "non" | "no" | "n" | "faux" | "false" | "" => Some(false),
                _ => None,
            },
            _ => None,
        };
        if v.is_none() {
            let f = self.error(Key::ChoiceInvalid, place);
            add(f, "found", c.shown());
            for (name, lang) in [("expected", Lang::Fr), ("expected_en", Lang::En)] {
                add(f, name, format!("{}, {}{}X", Key::Yes.text(lang), Key::No.text(lang), Key::ListOr.text(lang)));
            }
        }
        v
    }

    /// A progress percentage 0–100. A fraction in a cell formatted as % (0.45 shown as 45 %)
    /// means 45. Where the format is unknown (ods, xls), a number between 0 and 1 exclusive is
    /// read as such a fraction too, since a progress of 0.45 % is not something anyone reports;
    /// and so is 1 when `fraction_column` says the column is written in fractions (see
    /// [`Table::is_fraction_column`]), for 100 % is then stored as 1.
    pub fn percent(&mut self, place: Place<'_>, fraction_column: bool) -> Option<Decimal> {
        let c = self.cell(place)?;
        if c.is_blank() {
            return None;
        }
        let v = match &c {
            Cell::Number(n) => money::from_cell_f64(*n).map(|d| {
                let formatted_percent = self.grid.is_percent(place.row, place.col);
                let unknown = !self.grid.knows_formats();
                let looks_fraction =
                    unknown && d > Decimal::ZERO && (d < Decimal::ONE || (fraction_column && d == Decimal::ONE));
                if formatted_percent || looks_fraction {
                    d * Decimal::ONE_HUNDRED
                } else {
                    d
                }
            }),
            Cell::Text(t) => {
                let t = t.trim();
                match t.strip_suffix('%') {
                    Some(body) => money::parse_number(body),
                    None => money::parse_number(t),
                }
            }
            _ => None,
        };
        let pct_expect = |f: &mut Finding| {
            add(f, "expected", Key::ExpectPercent.text(Lang::Fr));
            add(f, "expected_en", Key::ExpectPercent.text(Lang::En));
        };
        match v {
            Some(d) if d >= Decimal::ZERO && d <= Decimal::ONE_HUNDRED => Some(d.normalize()),
            Some(_) => {
                let f = self.error(Key::OutOfRange, place);
                add(f, "found", c.shown());
                pct_expect(f);
                None
            }
            None => {
                let f = self.error(Key::NumberInvalid, place);
                add(f, "found", c.shown());
                pct_expect(f);
                None
            }
        }
    }
}

/// The largest amount a cell may hold, in euros. No project spends a thousand billion euros in a
/// quarter; the bound keeps every sum of a portfolio within the integer cents it is stored as.
fn max_amount() -> Decimal {
    Decimal::from(1_000_000_000_000i64)
}

fn add(f: &mut Finding, name: &str, value: impl ToString) {
    f.args.push((name.to_string(), value.to_string()));
}

#[cfg(test)]
mod tests {
    use calamine::Data;

    use super::*;

    #[test]
    fn folded_specs_match_exactly_what_column_spec_matches() {
        // The import's header matching folds once for speed; it must accept and refuse the very
        // headers `ColumnSpec::matches` does, or a workbook would import differently.
        for kind in SheetKind::ALL {
            let specs = kind.columns();
            let names = FoldedSpecs::of(specs);
            let mut headers: Vec<String> = vec![String::new(), " ".into(), "Total".into(), "Code".into()];
            for s in specs.iter() {
                for n in [s.fr, s.en].into_iter().chain(s.aliases.iter().copied()) {
                    headers.extend([n.to_string(), n.to_uppercase(), format!(" {n} !"), format!("{n}x")]);
                }
            }
            for h in &headers {
                for (i, spec) in specs.iter().enumerate() {
                    assert_eq!(names.matches(i, &fold(h)), spec.matches(h), "{kind:?} {} vs {h:?}", spec.field);
                }
            }
        }
    }

    fn text(s: &str) -> Data {
        Data::String(s.to_string())
    }

    /// A grid whose rows are given from row 0, `None` for an empty cell.
    fn grid(rows: Vec<Vec<Option<Data>>>) -> Grid {
        let mut cells = Vec::new();
        for (r, row) in rows.into_iter().enumerate() {
            for (c, v) in row.into_iter().enumerate() {
                if let Some(v) = v {
                    cells.push((r as u32, c as u32, v));
                }
            }
        }
        Grid::of("Feuille", cells)
    }

    fn header(names: &[&str]) -> Vec<Option<Data>> {
        names.iter().map(|n| Some(text(n))).collect()
    }

    #[test]
    fn the_header_is_the_row_of_the_first_twenty_that_names_most_columns() {
        // Row 1 names one column (a title); row 3 names two; row 20 names three.
        let mut rows = vec![header(&["Budget"]), vec![], header(&["Code projet", "Date"])];
        rows.resize(19, vec![]);
        rows.push(header(&["Code projet", "Date", "Météo globale"]));
        let g = grid(rows);
        let mut findings = Vec::new();
        let t = Table::locate(&g, SheetKind::Status, &mut findings).expect("a header");
        assert_eq!(t.header_row, 19, "row 20 names the most columns");
        assert!(findings.is_empty(), "{findings:?}");
    }

    #[test]
    fn a_header_below_row_20_is_not_found() {
        let mut rows = vec![vec![]; 20];
        rows.push(header(&["Code projet", "Intitulé"]));
        let g = grid(rows);
        let mut findings = Vec::new();
        assert!(Table::locate(&g, SheetKind::Projects, &mut findings).is_none());
        assert_eq!(findings.len(), 1);
        assert_eq!((findings[0].key, findings[0].cell.as_deref()), (Key::HeaderNotFound, None));
    }

    #[test]
    fn one_matching_word_is_a_title_unless_it_is_the_only_required_column() {
        let g = grid(vec![header(&["Budget"]), vec![Some(text("x"))]]);
        let mut findings = Vec::new();
        assert!(Table::locate(&g, SheetKind::Status, &mut findings).is_none(), "a lone « Budget » is no Météo header");
        let g = grid(vec![header(&["Équipe"]), vec![Some(text("Études"))]]);
        let mut findings = Vec::new();
        let t = Table::locate(&g, SheetKind::Capacity, &mut findings).expect("Capacité needs only Équipe");
        assert_eq!(t.header_row, 0);
    }

    #[test]
    fn headers_map_to_fields_and_the_rest_are_unknown_columns() {
        let g = grid(vec![header(&["Intitulé", "Remarques", "CODE PROJET"])]);
        let mut findings = Vec::new();
        let t = Table::locate(&g, SheetKind::Projects, &mut findings).unwrap();
        assert_eq!(t.column("code").map(|c| c.col), Some(2));
        assert_eq!(t.column("name").map(|c| (c.col, c.header.as_str())), Some((0, "Intitulé")));
        assert_eq!(findings.len(), 1);
        assert_eq!((findings[0].key, findings[0].cell.as_deref()), (Key::ColumnUnknown, Some("B1")));
    }

    #[test]
    fn a_column_given_twice_refuses_the_table() {
        let g = grid(vec![header(&["Code projet", "Intitulé", "Name"])]);
        let mut findings = Vec::new();
        assert!(Table::locate(&g, SheetKind::Projects, &mut findings).is_none());
        assert_eq!((findings[0].key, findings[0].cell.as_deref()), (Key::ColumnDuplicate, Some("C1")));
    }

    #[test]
    fn totals_rows_are_told_by_their_first_word() {
        for t in ["Total", "TOTAL GÉNÉRAL", "Sous-total DSI", "sous total", "Subtotal", "Grand total", "Total:"] {
            assert!(is_total_label(t), "{t:?}");
        }
        for t in ["DSI-01", "Totem", "Le total", "Montant total", ""] {
            assert!(!is_total_label(t), "{t:?}");
        }
    }

    #[test]
    fn data_rows_skip_blank_totals_and_notes_outside_the_table() {
        let g = grid(vec![
            header(&["Code projet", "Intitulé"]),
            vec![Some(text("P1")), Some(text("a"))],
            vec![Some(text("  ")), None],
            vec![None, None, None, Some(text("une note hors du tableau"))],
            vec![Some(text("Total")), Some(Data::Float(2.0))],
            vec![None, Some(text("b"))],
        ]);
        let mut findings = Vec::new();
        let t = Table::locate(&g, SheetKind::Projects, &mut findings).unwrap();
        assert_eq!(
            t.data_rows().collect::<Vec<_>>(),
            vec![1, 5],
            "the row with only a name is still a row (its code is missing)"
        );
    }

    /// Reads the progress column of a Météo sheet whose formats are unknown (as .ods and .xls).
    fn progress(values: Vec<Data>) -> Vec<Option<Decimal>> {
        let mut rows = vec![header(&["Code projet", "Date", "Météo globale", "Avancement"])];
        rows.extend(values.into_iter().map(|v| vec![Some(text("P1")), None, None, Some(v)]));
        let g = grid(rows);
        let mut findings = Vec::new();
        let t = Table::locate(&g, SheetKind::Status, &mut findings).unwrap();
        let fractions = t.is_fraction_column("progress");
        let col = t.column("progress").unwrap().col;
        let rows: Vec<u32> = t.data_rows().collect();
        let mut reader = CellReader { grid: &g, findings: &mut findings, unit: Unit::Euro };
        rows.into_iter().map(|row| reader.percent(Place { row, col, label: "Avancement" }, fractions)).collect()
    }

    fn d(s: &str) -> Option<Decimal> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn percentages_of_unknown_format_read_fractions_as_fractions() {
        assert_eq!(progress(vec![Data::Float(0.45), Data::Float(45.0), text("45 %")]), vec![d("45"), d("45"), d("45")]);
        // A column in fractions stores 100 % as 1.
        assert_eq!(
            progress(vec![Data::Float(0.45), Data::Float(1.0), Data::Float(0.0)]),
            vec![d("45"), d("100"), d("0")]
        );
        // A column in whole percentages means 1 %.
        assert_eq!(progress(vec![Data::Float(20.0), Data::Float(1.0)]), vec![d("20"), d("1")]);
        assert_eq!(progress(vec![Data::Float(1.0)]), vec![d("1")], "1 alone says nothing of its column");
        assert_eq!(progress(vec![Data::Int(100)]), vec![d("100")]);
    }
}
