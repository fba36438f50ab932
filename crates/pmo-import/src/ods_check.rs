//! A check of an .ods file's content before calamine reads it.
//!
//! calamine 0.38 reads each `<table:table>` of `content.xml` in a loop that stops at the
//! table's end tag and has no case for the end of the document: a `content.xml` cut inside a
//! table (a truncated download, a damaged zip entry) makes it loop forever, and the
//! application hangs with it. So the document is looked at first: the last table that opens
//! must close.
//!
//! This module never panics, and reads at most [`MAX_CONTENT`] bytes of `content.xml`.

use std::io::{Cursor, Read};

/// A directorate's `content.xml` weighs a few megabytes; beyond this the file is refused.
const MAX_CONTENT: u64 = 256 * 1024 * 1024;

/// Why an .ods cannot be read safely.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Unsafe {
    /// `content.xml` ends inside a table.
    Truncated,
    /// `content.xml` is larger than [`MAX_CONTENT`].
    TooLarge,
}

/// Checks that calamine can read this .ods to its end. Anything that is not a zip holding a
/// `content.xml` passes: calamine refuses it itself, without looping.
pub(crate) fn check(bytes: &[u8]) -> Result<(), Unsafe> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else { return Ok(()) };
    let Ok(entry) = zip.by_name("content.xml") else { return Ok(()) };
    let mut content = Vec::new();
    // A damaged entry reads short or fails: what was read is what calamine will see too.
    let _ = entry.take(MAX_CONTENT + 1).read_to_end(&mut content);
    if content.len() as u64 > MAX_CONTENT {
        return Err(Unsafe::TooLarge);
    }
    if tables_close(&content) {
        Ok(())
    } else {
        Err(Unsafe::Truncated)
    }
}

/// Whether the last `<table:table …>` that opens (not `<table:table … />`) is followed by a
/// `</table:table>`. Tables of a spreadsheet follow one another, so that is what calamine
/// needs: each of its table loops ends at the first end tag after its start.
fn tables_close(xml: &[u8]) -> bool {
    let mut last_open = None;
    let mut last_close = None;
    let mut at = 0;
    while let Some(i) = find(xml, b"<", at) {
        let rest = &xml[i..];
        if let Some(after) = rest.strip_prefix(b"<table:table") {
            if after.first().is_some_and(|c| c.is_ascii_whitespace() || *c == b'>') {
                let end = find(rest, b">", 0);
                let self_closing = end.is_some_and(|e| e > 0 && rest[e - 1] == b'/');
                if !self_closing {
                    last_open = Some(i);
                }
            }
        } else if let Some(after) = rest.strip_prefix(b"</table:table") {
            if after.first().is_some_and(|c| c.is_ascii_whitespace() || *c == b'>') {
                last_close = Some(i);
            }
        }
        at = i + 1;
    }
    match (last_open, last_close) {
        (None, _) => true,
        (Some(open), Some(close)) => close > open,
        (Some(_), None) => false,
    }
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complete_tables_pass_and_a_table_cut_short_does_not() {
        let doc = br#"<office:spreadsheet><table:table table:name="A"><table:table-row><table:table-cell/></table:table-row></table:table><table:table table:name="B"></table:table ></office:spreadsheet>"#;
        assert!(tables_close(doc));
        for cut in [70, 130, doc.len() - 40] {
            assert!(!tables_close(&doc[..cut]), "cut at {cut}: {}", String::from_utf8_lossy(&doc[..cut]));
        }
        assert!(tables_close(b"<office:spreadsheet/>"), "no table at all");
        assert!(tables_close(br#"<table:table table:name="E"/>"#), "an empty table closes itself");
        assert!(tables_close(b"<table:table-row>"), "a row tag is not a table tag");
        assert!(tables_close(b""));
    }

    #[test]
    fn what_is_not_an_ods_is_left_to_calamine() {
        assert_eq!(check(b"not a zip"), Ok(()));
        assert_eq!(check(b""), Ok(()));
    }
}
