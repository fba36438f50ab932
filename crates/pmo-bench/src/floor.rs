//! The floor: calamine alone reading every sheet of every workbook, with no interpretation, no
//! validation and no database. No reader of these files can do less work; PMO Desk's import is
//! compared to it.

use std::path::Path;

use calamine::{open_workbook_auto_from_rs, Data, Reader};

/// What the floor read.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub files: usize,
    pub sheets: usize,
    /// Cells holding a value (empty cells and empty strings are not counted).
    pub cells: u64,
}

/// Reads every sheet of each file into calamine's `Range` and counts the cells holding a value.
pub fn read_all(files: &[impl AsRef<Path>]) -> Result<Counts, String> {
    let mut counts = Counts::default();
    for file in files {
        let file = file.as_ref();
        let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
        let mut book = open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(|e| format!("{}: {e}", file.display()))?;
        for name in book.sheet_names() {
            let range = book.worksheet_range(&name).map_err(|e| format!("{}!{name}: {e}", file.display()))?;
            counts.sheets += 1;
            counts.cells += range.used_cells().filter(|(_, _, v)| !matches!(v, Data::String(s) if s.is_empty())).count() as u64;
        }
        counts.files += 1;
    }
    Ok(counts)
}
