//! Limits checked before a reader allocates.
//!
//! A workbook comes by e-mail; what it claims about itself cannot be trusted. calamine sizes its
//! memory from numbers the file declares (`uniqueCount` of the shared strings: two billion of
//! them made it reserve 48 GB and abort the process), lays an .ods out densely with its repeated
//! rows and columns expanded (a 905-byte file asked for 12.6 GB), and decompresses parts without
//! bound (9.4 MB of zip became 6 GB of `<row/>`). A failed allocation aborts: no `catch_unwind`
//! turns it into a finding, and the rest of the batch is lost with the process.
//!
//! So before calamine sees a zip-based workbook (xlsx, xlsm, xlsb, ods), every part is
//! decompressed here once into nothing but counters, never more than its limit, and the two
//! parts whose declarations size calamine's memory are read as XML as they stream:
//! `sharedStrings.xml` (its declared count against the strings really there, each string's
//! length) and an .ods's `content.xml` (the box each table becomes once its repeats are
//! expanded, the text it holds). The same pass tells whether `content.xml` ends inside a table,
//! where calamine 0.38's table loop never ends.
//!
//! The grid (`grid.rs`) keeps the limits that only the cells can tell: filled cells per sheet,
//! characters per cell, text per sheet. An .xls is checked by `biff.rs`.
//!
//! This module never panics and holds at most one XML event in memory at a time.

use std::io::{BufReader, Cursor, Read};

use quick_xml::events::{BytesStart, Event};

use pmo_model::finding::Finding;
use pmo_model::format::{format_bytes, format_number};
use pmo_model::i18n::{tr, Key, Lang};
use rust_decimal::Decimal;

/// The largest file read at all. A return workbook weighs a few hundred kB; one with pictures a
/// few MB.
pub const MAX_FILE_BYTES: u64 = 100_000_000;
/// The largest part of a workbook once decompressed. A sheet of a million filled cells (four
/// times the grid's own limit) is about 50 MB of XML.
pub(crate) const MAX_PART_BYTES: u64 = 150_000_000;
/// The largest table of shared strings once decompressed: calamine holds all of it.
pub(crate) const MAX_STRINGS_PART_BYTES: u64 = 64_000_000;
/// All the parts of a workbook once decompressed.
pub(crate) const MAX_UNPACKED_BYTES: u64 = 400_000_000;
/// Shared strings in a workbook (a return has a few thousand).
pub(crate) const MAX_STRINGS: u64 = 1_000_000;
/// How far the declared count of shared strings may exceed the strings really there (writers
/// are sometimes off; calamine reserves room for the declared count).
const STRINGS_SLACK: u64 = 100_000;
/// Excel's own limit of characters in a cell.
pub const MAX_CELL_CHARS: usize = 32_767;
/// Bytes of XML a cell of at most [`MAX_CELL_CHARS`] characters can take, escaped, with room.
const MAX_CELL_XML_BYTES: u64 = 8 * MAX_CELL_CHARS as u64;
/// Cells of one .ods table once calamine lays it out densely, repeats expanded (about 56 bytes
/// each: a value and a formula). A return's table has a few thousand.
pub(crate) const MAX_SHEET_BOX: u64 = 2_000_000;
/// The same for all the tables of an .ods together: calamine reads them all when it opens it.
pub(crate) const MAX_BOOK_BOX: u64 = 4_000_000;
/// Text of one sheet, repeats expanded.
pub(crate) const MAX_SHEET_TEXT_BYTES: u64 = 64_000_000;

/// calamine caps an .ods sheet at Excel's size; the box is computed within the same bounds.
const ODS_MAX_ROWS: u64 = 1_048_576;
const ODS_MAX_COLUMNS: u64 = 16_384;

/// A limit a workbook goes beyond.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Over {
    File { size: u64 },
    Part { part: String, max: u64 },
    Unpacked,
    StringsDeclared { declared: u64, found: u64 },
    Strings,
    StringLength { index: u64 },
    Cell { sheet: String, cell: String, chars: usize },
    SheetText { sheet: String },
    SheetBox { sheet: String, cells: u64, max: u64 },
    SheetCells { sheet: String, max: usize },
    /// An .xlsb record declaring more bytes than its part holds (calamine reserves them first).
    Record { part: String, declared: u64 },
}

impl Over {
    /// The finding that refuses the workbook, naming the limit in each language.
    pub(crate) fn finding(&self) -> Finding {
        let limit = |lang: Lang| self.text(lang);
        Finding::error(Key::FileOverLimit).arg("limit", limit(Lang::Fr)).arg("limit_en", limit(Lang::En))
    }

    fn text(&self, lang: Lang) -> String {
        let bytes = |n: u64| format_bytes(n, lang);
        let count = |n: u64| format_number(Decimal::from(n), 0, lang);
        match self {
            Over::File { size } => {
                tr(lang, Key::LimitFileSize, &[("size", &bytes(*size)), ("max", &bytes(MAX_FILE_BYTES))])
            }
            Over::Part { part, max } => tr(lang, Key::LimitPartSize, &[("part", part), ("max", &bytes(*max))]),
            Over::Unpacked => tr(lang, Key::LimitUnpackedSize, &[("max", &bytes(MAX_UNPACKED_BYTES))]),
            Over::StringsDeclared { declared, found } => {
                tr(lang, Key::LimitStringsDeclared, &[("declared", &count(*declared)), ("found", &count(*found))])
            }
            Over::Strings => tr(lang, Key::LimitStringsCount, &[("max", &count(MAX_STRINGS))]),
            Over::StringLength { index } => tr(
                lang,
                Key::LimitStringLength,
                &[("index", &count(*index)), ("max", &count(MAX_CELL_CHARS as u64))],
            ),
            Over::Cell { sheet, cell, chars } => tr(
                lang,
                Key::LimitCellLength,
                &[("sheet", sheet), ("cell", cell), ("chars", &count(*chars as u64)), ("max", &count(MAX_CELL_CHARS as u64))],
            ),
            Over::SheetText { sheet } => {
                tr(lang, Key::LimitSheetText, &[("sheet", sheet), ("max", &bytes(MAX_SHEET_TEXT_BYTES))])
            }
            Over::SheetBox { sheet, cells, max } => {
                tr(lang, Key::LimitSheetBox, &[("sheet", sheet), ("cells", &count(*cells)), ("max", &count(*max))])
            }
            Over::Record { part, declared } => {
                tr(lang, Key::LimitRecordLength, &[("part", part), ("size", &bytes(*declared))])
            }
            Over::SheetCells { sheet, max } => {
                tr(lang, Key::ReasonSheetTooLarge, &[("sheet", sheet), ("max", &count(*max as u64))])
            }
        }
    }
}

/// What the pass over a zip-based workbook found that is not a limit.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Scan {
    /// `content.xml` ends inside a table (or breaks there): calamine's ods reader must not see it.
    pub ods_truncated: bool,
}

/// Checks the file's size, then, for a zip archive, every part's. Anything that is not a zip
/// (or not one this pass can open) passes: the readers refuse it themselves.
pub(crate) fn check(bytes: &[u8]) -> Result<Scan, Over> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Over::File { size: bytes.len() as u64 });
    }
    if !bytes.starts_with(b"PK") {
        return Ok(Scan::default());
    }
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else { return Ok(Scan::default()) };
    let mut scan = Scan::default();
    let mut unpacked: u64 = 0;
    for i in 0..zip.len() {
        // An entry that cannot be opened (encrypted, an unknown method) is calamine's to refuse.
        let Ok(entry) = zip.by_index(i) else { continue };
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        let lower = name.to_ascii_lowercase();
        let strings = lower.ends_with("sharedstrings.xml");
        let max = if strings { MAX_STRINGS_PART_BYTES } else { MAX_PART_BYTES };
        let mut counted = Counted { inner: entry.take(max + 1), read: 0 };
        if strings {
            scan_strings(&mut counted)?;
        } else if lower == "content.xml" {
            scan.ods_truncated = scan_ods(&mut counted)?;
        } else if lower.ends_with(".bin") && lower.starts_with("xl/") {
            scan_records(&mut counted).map_err(|declared| Over::Record { part: name.clone(), declared })?;
        }
        // Whatever the XML pass left unread still counts (and a part not read as XML is only
        // counted). A damaged entry reads short or fails: calamine will see no more of it.
        let _ = std::io::copy(&mut counted, &mut std::io::sink());
        if counted.read > max {
            return Err(Over::Part { part: name, max });
        }
        unpacked += counted.read;
        if unpacked > MAX_UNPACKED_BYTES {
            return Err(Over::Unpacked);
        }
    }
    Ok(scan)
}

/// A reader that counts what went through it.
struct Counted<R> {
    inner: R,
    read: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        Ok(n)
    }
}

fn xml_reader<R: Read>(r: R) -> quick_xml::Reader<BufReader<R>> {
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(r));
    // calamine does not check end names either: the two passes must agree on where tables end.
    xml.config_mut().check_end_names = false;
    xml
}

fn attribute(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.try_get_attribute(name).ok().flatten().map(|a| a.value.into_owned())
}

fn number(value: Option<String>) -> Option<u64> {
    value?.trim().parse().ok()
}

/// The shared strings: their declared count against the strings there, their number, the
/// length of each. A broken XML ends the pass (calamine fails on it too, without allocating).
fn scan_strings(r: &mut impl Read) -> Result<(), Over> {
    let mut xml = xml_reader(r);
    let mut buf = Vec::new();
    let mut declared: Option<u64> = None;
    let mut found: u64 = 0;
    let mut in_item = false;
    let mut item_bytes: u64 = 0;
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "sst" => {
                declared = number(attribute(&e, "uniqueCount"));
            }
            Ok(Event::Start(e)) if e.local_name().as_ref() == "si" => {
                in_item = true;
                item_bytes = 0;
                found += 1;
            }
            Ok(Event::Empty(e)) if e.local_name().as_ref() == "si" => found += 1,
            Ok(Event::End(e)) if e.local_name().as_ref() == "si" => in_item = false,
            Ok(Event::Text(t)) if in_item => item_bytes += t.len() as u64,
            Ok(Event::GeneralRef(t)) if in_item => item_bytes += t.len() as u64 + 2,
            Ok(Event::CData(t)) if in_item => item_bytes += t.len() as u64,
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
        if item_bytes > MAX_CELL_XML_BYTES {
            return Err(Over::StringLength { index: found });
        }
        if found > MAX_STRINGS {
            return Err(Over::Strings);
        }
    }
    match declared {
        Some(d) if d > MAX_STRINGS || d > found.saturating_add(STRINGS_SLACK) => {
            Err(Over::StringsDeclared { declared: d, found })
        }
        _ => Ok(()),
    }
}

/// The records of an .xlsb part ([MS-XLSB] 2.1.4: a type of one or two bytes, a length of one
/// to four, the data): calamine sizes its buffer from each record's length before reading it,
/// so a length past the end of the part (up to 256 MB from four bytes) is refused here. Gives
/// the length declared.
fn scan_records(r: &mut impl Read) -> Result<(), u64> {
    fn byte(r: &mut impl Read) -> Option<u8> {
        let mut b = [0u8];
        r.read_exact(&mut b).ok().map(|()| b[0])
    }
    let mut r = BufReader::new(r);
    loop {
        let Some(first) = byte(&mut r) else { return Ok(()) }; // the end, between records
        if first & 0x80 != 0 && byte(&mut r).is_none() {
            return Ok(()); // a type cut short: calamine stops on it without allocating
        }
        let mut len: u64 = 0;
        for i in 0..4 {
            let Some(b) = byte(&mut r) else { return Ok(()) };
            len += u64::from(b & 0x7F) << (7 * i);
            if b & 0x80 == 0 {
                break;
            }
        }
        let skipped = std::io::copy(&mut (&mut r).take(len), &mut std::io::sink()).unwrap_or(0);
        if skipped < len {
            return Err(len);
        }
    }
}

/// One table of an .ods as calamine will lay it out.
struct OdsTable {
    name: String,
    /// Rows so far, repeats expanded.
    row: u64,
    /// First and one-past-last row holding a filled cell.
    first: Option<u64>,
    end: u64,
    /// One past the last filled column of any row.
    width: u64,
    text: u64,
}

impl OdsTable {
    /// The cells calamine lays out for the table so far: from its first filled row to its last,
    /// as wide as its widest.
    fn cells(&self) -> u64 {
        self.first.map_or(0, |first| (self.end - first).saturating_mul(self.width))
    }
}

/// The row being read: its repeat count, the next column, one past its last filled cell, and
/// the text it holds (once).
#[derive(Default)]
struct OdsRow {
    repeat: u64,
    column: u64,
    filled_end: u64,
    text: u64,
}

/// The cell being read: where it ends and its repeat count, whether it holds anything, its text.
struct OdsCell {
    repeat: u64,
    filled: bool,
    text: u64,
}

/// An .ods's `content.xml`: the box and the text of each table, repeats expanded. Gives whether
/// the document ends inside a table or breaks.
fn scan_ods(r: &mut impl Read) -> Result<bool, Over> {
    let mut xml = xml_reader(r);
    let mut buf = Vec::new();
    let mut tables: Vec<OdsTable> = Vec::new();
    let mut row: Option<OdsRow> = None;
    let mut cell: Option<OdsCell> = None;
    let mut book_box: u64 = 0;
    loop {
        buf.clear();
        let event = match xml.read_event_into(&mut buf) {
            Ok(Event::Eof) => return Ok(!tables.is_empty()),
            // Broken XML, wherever it breaks: refused here rather than left to a reader that
            // may loop on it.
            Err(_) => return Ok(true),
            Ok(e) => e,
        };
        let open = matches!(event, Event::Start(_));
        match event {
            Event::Start(e) if e.name().as_ref() == "table:table" => {
                let name = attribute(&e, "table:name");
                tables.push(OdsTable { name: name.unwrap_or_default(), row: 0, first: None, end: 0, width: 0, text: 0 });
                row = None;
                cell = None;
            }
            Event::End(e) if e.name().as_ref() == "table:table" => {
                let Some(t) = tables.pop() else { continue };
                let cells = t.cells();
                if cells > MAX_SHEET_BOX {
                    return Err(Over::SheetBox { sheet: t.name, cells, max: MAX_SHEET_BOX });
                }
                book_box += cells;
                if book_box > MAX_BOOK_BOX {
                    return Err(Over::SheetBox { sheet: t.name, cells: book_box, max: MAX_BOOK_BOX });
                }
            }
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "table:table-row" => {
                let Some(t) = tables.last_mut() else { continue };
                let asked = number(attribute(&e, "table:number-rows-repeated")).unwrap_or(1);
                let repeat = asked.min(ODS_MAX_ROWS.saturating_sub(t.row));
                if !open {
                    t.row += repeat;
                } else {
                    row = Some(OdsRow { repeat, ..OdsRow::default() });
                }
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                let (Some(t), Some(r)) = (tables.last_mut(), row.take()) else { continue };
                if r.filled_end > 0 {
                    t.first.get_or_insert(t.row);
                    t.end = t.row + r.repeat;
                    t.width = t.width.max(r.filled_end);
                    let cells = t.cells();
                    if cells > MAX_SHEET_BOX {
                        return Err(Over::SheetBox { sheet: t.name.clone(), cells, max: MAX_SHEET_BOX });
                    }
                }
                t.text = t.text.saturating_add(r.text.saturating_mul(r.repeat));
                if t.text > MAX_SHEET_TEXT_BYTES {
                    return Err(Over::SheetText { sheet: t.name.clone() });
                }
                t.row += r.repeat;
            }
            Event::Start(e) | Event::Empty(e)
                if matches!(e.name().as_ref(), "table:table-cell" | "table:covered-table-cell") =>
            {
                let Some(r) = row.as_mut() else { continue };
                let asked = number(attribute(&e, "table:number-columns-repeated")).unwrap_or(1);
                let repeat = asked.min(ODS_MAX_COLUMNS.saturating_sub(r.column));
                // A cell with content, a value or a formula is filled; one with only a style is
                // not (LibreOffice repeats those over whole rows).
                let filled = open
                    || e.try_get_attribute("office:value-type").ok().flatten().is_some()
                    || e.try_get_attribute("table:formula").ok().flatten().is_some();
                // A text can be an attribute too (`office:string-value`).
                let text = attribute(&e, "office:string-value").map_or(0, |v| v.len() as u64);
                let c = OdsCell { repeat, filled, text };
                if open {
                    cell = Some(c);
                } else {
                    end_cell(r, c, tables.last().map(|t| t.name.as_str()).unwrap_or_default())?;
                }
            }
            Event::End(e) if matches!(e.name().as_ref(), "table:table-cell" | "table:covered-table-cell") => {
                let (Some(r), Some(c)) = (row.as_mut(), cell.take()) else { continue };
                end_cell(r, c, tables.last().map(|t| t.name.as_str()).unwrap_or_default())?;
            }
            Event::Text(t) => add_text(&mut cell, t.len()),
            Event::CData(t) => add_text(&mut cell, t.len()),
            Event::GeneralRef(t) => add_text(&mut cell, t.len() + 2),
            _ => {}
        }
        if let Some(c) = &cell {
            if c.text > MAX_CELL_XML_BYTES {
                let sheet = tables.last().map(|t| t.name.clone()).unwrap_or_default();
                let r = row.as_ref().map_or(0, |r| r.column);
                let at = tables.last().map_or(0, |t| t.row);
                return Err(Over::Cell {
                    sheet,
                    cell: pmo_model::text::a1(at.min(u64::from(u32::MAX)) as u32, r.min(u64::from(u32::MAX)) as u32),
                    chars: c.text as usize,
                });
            }
        }
    }
}

fn add_text(cell: &mut Option<OdsCell>, len: usize) {
    if let Some(c) = cell.as_mut() {
        c.text += len as u64;
    }
}

fn end_cell(r: &mut OdsRow, c: OdsCell, sheet: &str) -> Result<(), Over> {
    r.column += c.repeat;
    if c.filled && c.repeat > 0 {
        r.filled_end = r.column;
    }
    r.text = r.text.saturating_add(c.text.saturating_mul(c.repeat));
    if r.text > MAX_SHEET_TEXT_BYTES {
        return Err(Over::SheetText { sheet: sheet.to_string() });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ods_of(content: &str) -> Result<bool, Over> {
        scan_ods(&mut content.as_bytes())
    }

    #[test]
    fn complete_tables_pass_and_a_table_cut_short_does_not() {
        let doc = r#"<office:spreadsheet><table:table table:name="A"><table:table-row><table:table-cell/></table:table-row></table:table><table:table table:name="B"></table:table ></office:spreadsheet>"#;
        assert_eq!(ods_of(doc), Ok(false));
        for cut in [70, 130, doc.len() - 40] {
            assert_eq!(ods_of(&doc[..cut]), Ok(true), "cut at {cut}: {}", &doc[..cut]);
        }
        assert_eq!(ods_of("<office:spreadsheet/>"), Ok(false), "no table at all");
        assert_eq!(ods_of(r#"<table:table table:name="E"/>"#), Ok(false), "an empty table closes itself");
        assert_eq!(ods_of(""), Ok(false));
    }

    #[test]
    fn repeated_rows_and_columns_count_once_expanded() {
        let filled = |rows: u64, cols: u64| {
            format!(
                r#"<table:table table:name="Projets"><table:table-row table:number-rows-repeated="{rows}"><table:table-cell table:number-columns-repeated="{cols}" office:value-type="float" office:value="1"/></table:table-row></table:table>"#
            )
        };
        // The 905-byte file of the report: 99 999 rows × 1 000 cells.
        assert_eq!(
            ods_of(&filled(99_999, 1_000)),
            Err(Over::SheetBox { sheet: "Projets".into(), cells: 99_999_000, max: MAX_SHEET_BOX })
        );
        assert_eq!(ods_of(&filled(1_000, 20)), Ok(false), "20 000 cells are a large return, not an attack");
        // LibreOffice's own padding: styled empty cells over whole rows, after the data.
        let padded = r#"<table:table table:name="P"><table:table-row><table:table-cell office:value-type="string"><text:p>DSI-01</text:p></table:table-cell><table:table-cell table:style-name="ce1" table:number-columns-repeated="16383"/></table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>"#;
        assert_eq!(ods_of(padded), Ok(false), "{padded}");
        // Empty rows between filled ones are laid out too.
        let gap = r#"<table:table table:name="G"><table:table-row><table:table-cell table:number-columns-repeated="100" office:value-type="float"/></table:table-row><table:table-row table:number-rows-repeated="1000000"><table:table-cell/></table:table-row><table:table-row><table:table-cell office:value-type="float"/></table:table-row></table:table>"#;
        assert!(matches!(ods_of(gap), Err(Over::SheetBox { cells: 100_000_200, .. })), "{:?}", ods_of(gap));
    }

    #[test]
    fn text_repeated_counts_as_often_as_it_is_laid_out() {
        let long = "x".repeat(10_000);
        let doc = format!(
            r#"<table:table table:name="T"><table:table-row table:number-rows-repeated="1000"><table:table-cell table:number-columns-repeated="10" office:value-type="string"><text:p>{long}</text:p></table:table-cell></table:table-row></table:table>"#
        );
        assert_eq!(ods_of(&doc), Err(Over::SheetText { sheet: "T".into() }));
        let too_long = format!(
            r#"<table:table table:name="T"><table:table-row><table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell></table:table-row></table:table>"#,
            "y".repeat(300_000)
        );
        assert!(matches!(ods_of(&too_long), Err(Over::Cell { ref cell, .. }) if cell == "A1"), "{:?}", ods_of(&too_long));
    }

    #[test]
    fn shared_strings_declared_beyond_what_they_hold_are_refused() {
        let sst = |declared: u64, items: usize| {
            format!(r#"<sst xmlns="x" count="{declared}" uniqueCount="{declared}">{}</sst>"#, "<si><t>a</t></si>".repeat(items))
        };
        assert_eq!(
            scan_strings(&mut sst(2_000_000_000, 3).as_bytes()),
            Err(Over::StringsDeclared { declared: 2_000_000_000, found: 3 })
        );
        assert_eq!(scan_strings(&mut sst(3, 3).as_bytes()), Ok(()));
        assert_eq!(scan_strings(&mut sst(10, 3).as_bytes()), Ok(()), "a count a little off is tolerated");
        let long = format!(r#"<sst><si><t>ok</t></si><si><t>{}</t></si></sst>"#, "z".repeat(300_000));
        assert_eq!(scan_strings(&mut long.as_bytes()), Err(Over::StringLength { index: 2 }));
    }

    #[test]
    fn an_xlsb_record_longer_than_its_part_is_refused() {
        // BrtRowHdr (type 0) of 3 bytes, then a record claiming 2^28 − 1 bytes with 2 there.
        let ok = [0x00, 0x03, 1, 2, 3];
        assert_eq!(scan_records(&mut &ok[..]), Ok(()));
        let mut bad = ok.to_vec();
        bad.extend([0x01, 0xFF, 0xFF, 0xFF, 0x7F, 9, 9]);
        assert_eq!(scan_records(&mut &bad[..]), Err(268_435_455));
        let two_byte_type = [0x81, 0x01, 0x01, 7];
        assert_eq!(scan_records(&mut &two_byte_type[..]), Ok(()));
    }

    #[test]
    fn what_is_not_a_zip_is_left_to_the_readers() {
        assert_eq!(check(b"not a zip"), Ok(Scan::default()));
        assert_eq!(check(b""), Ok(Scan::default()));
        assert_eq!(check(b"PK\x03\x04 broken"), Ok(Scan::default()));
    }
}
