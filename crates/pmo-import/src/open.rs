//! Opening a workbook from its bytes, whatever its format, and telling apart a file that is not
//! a workbook, an encrypted one and one that is merely named wrongly.

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Ods, Reader, SheetVisible, Sheets, Xls, Xlsb, Xlsx};

use pmo_model::finding::Finding;

use crate::{biff, limits};
use pmo_model::i18n::{Key, Lang};

pub(crate) type Book<'a> = Sheets<Cursor<&'a [u8]>>;

/// The extensions the importer accepts (lower case, without the dot).
pub const EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xls", "xlsb", "ods"];

/// Whether a file name has a workbook extension (used to search folders).
pub fn is_workbook_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    // `~$budget.xlsx` is the lock file Excel leaves beside an open workbook, not a workbook.
    !lower.starts_with("~$")
        && !lower.starts_with(".~lock")
        && EXTENSIONS.iter().any(|e| lower.ends_with(&format!(".{e}")))
}

fn extension(name: &str) -> String {
    name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default()
}

/// Opens the workbook. The extension picks the reader first; if that reader fails for a reason
/// other than a password, the content decides (a `.xls` that is really an `.xlsx` still reads).
pub(crate) fn open<'a>(file_name: &str, bytes: &'a [u8]) -> Result<Book<'a>, Finding> {
    let ext = extension(file_name);
    let cursor = || Cursor::new(bytes);
    // calamine's xls reader lays out every sheet when it opens the file, sized by numbers a
    // corrupt file can set to anything (an abort no catch_unwind stops): it only sees an .xls
    // whose sizes were checked first.
    let xls_safe = if biff::is_compound_file(bytes) && !looks_encrypted(bytes) { biff::check(bytes) } else { Ok(()) };
    let xls = || -> Result<Book<'a>, calamine::Error> {
        match xls_safe {
            Ok(()) => open_workbook_from_rs::<Xls<_>, _>(cursor()).map(Sheets::Xls).map_err(Into::into),
            Err(_) => Err(calamine::Error::Msg("unsafe xls")),
        }
    };
    // Every part of a zip-based workbook is measured before calamine reads any (`limits`); the
    // same pass tells whether an .ods's content ends inside a table, where calamine's ods
    // reader loops forever: that content never reaches it.
    let scan = limits::check(bytes).map_err(|over| over.finding())?;
    let ods = || -> Result<Book<'a>, calamine::Error> {
        if scan.ods_truncated {
            return Err(calamine::Error::Msg("unsafe ods"));
        }
        open_workbook_from_rs::<Ods<_>, _>(cursor()).map(Sheets::Ods).map_err(Into::into)
    };
    let first: Result<Book<'a>, calamine::Error> = match ext.as_str() {
        "xlsx" | "xlsm" => open_workbook_from_rs::<Xlsx<_>, _>(cursor()).map(Sheets::Xlsx).map_err(Into::into),
        "xls" => xls(),
        "xlsb" => open_workbook_from_rs::<Xlsb<_>, _>(cursor()).map(Sheets::Xlsb).map_err(Into::into),
        "ods" => ods(),
        _ => Err(calamine::Error::Msg("unknown extension")),
    };
    let first_error = match first {
        Ok(book) => return Ok(book),
        Err(e) => e,
    };
    if is_password_error(&first_error) || looks_encrypted(bytes) {
        return Err(Finding::error(Key::FileEncrypted));
    }
    // The content may be a workbook of another format than the name says; each reader is
    // tried in turn, and only until one succeeds.
    let attempts: [&dyn Fn() -> Result<Book<'a>, calamine::Error>; 4] = [
        &|| open_workbook_from_rs::<Xlsx<_>, _>(cursor()).map(Sheets::Xlsx).map_err(calamine::Error::from),
        &xls,
        &ods,
        &|| open_workbook_from_rs::<Xlsb<_>, _>(cursor()).map(Sheets::Xlsb).map_err(calamine::Error::from),
    ];
    for attempt in attempts {
        match attempt() {
            Ok(book) => return Ok(book),
            Err(e) if is_password_error(&e) => return Err(Finding::error(Key::FileEncrypted)),
            Err(_) => {}
        }
    }
    if scan.ods_truncated {
        return Err(crate::unreadable(Key::ReasonOdsTruncated.text(Lang::Fr), Key::ReasonOdsTruncated.text(Lang::En)));
    }
    match xls_safe {
        Err(biff::Unsafe::TooLarge) => {
            return Err(crate::unreadable(Key::ReasonXlsTooLarge.text(Lang::Fr), Key::ReasonXlsTooLarge.text(Lang::En)))
        }
        Err(biff::Unsafe::Corrupt) => {
            return Err(crate::unreadable(Key::ReasonXlsCorrupt.text(Lang::Fr), Key::ReasonXlsCorrupt.text(Lang::En)))
        }
        Ok(()) => {}
    }
    if !EXTENSIONS.contains(&ext.as_str()) {
        return Err(Finding::error(Key::FileUnsupported)
            .arg("found", if ext.is_empty() { file_name.to_string() } else { format!(".{ext}") }));
    }
    // The reader's own words are English and technical ("Xlsx error: Zip error: invalid Zip
    // archive: Could not find EOCD"): the PMO reads what it means, in its language; the
    // technical text is kept in the finding (argument `detail`) for whoever diagnoses.
    let detail = describe(&first_error).unwrap_or_default();
    let folded = detail.to_ascii_lowercase();
    let key = if folded.contains("zip") {
        Key::ReasonNotAnArchive
    } else if folded.contains("xml") {
        Key::ReasonXmlDamaged
    } else {
        Key::ReasonUnknownFormat
    };
    Err(crate::unreadable(key.text(Lang::Fr), key.text(Lang::En)).arg("detail", detail))
}

fn is_password_error(e: &calamine::Error) -> bool {
    matches!(
        e,
        calamine::Error::Xlsx(calamine::XlsxError::Password)
            | calamine::Error::Xls(calamine::XlsError::Password)
            | calamine::Error::Ods(calamine::OdsError::Password)
    )
}

/// Excel's "encrypt with password" wraps the workbook in an OLE container holding an
/// `EncryptedPackage` stream (its name is stored in UTF-16).
fn looks_encrypted(bytes: &[u8]) -> bool {
    const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if !bytes.starts_with(OLE) {
        return false;
    }
    let needle: Vec<u8> = "EncryptedPackage".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    bytes.windows(needle.len()).any(|w| w == needle.as_slice())
}

/// A short, user-readable reason (calamine's messages are English and technical; the French
/// sentence around it says what to do).
fn describe(e: &calamine::Error) -> Option<String> {
    let text = e.to_string();
    let text = text.lines().next().unwrap_or("").trim();
    let short: String = text.chars().take(160).collect();
    (!short.is_empty()).then_some(short)
}

/// Names of the sheets a directorate can see, in workbook order. Hidden sheets (drop-down lists,
/// technical data) are ignored, as the contract says.
pub(crate) fn visible_sheets(book: &Book<'_>) -> Vec<String> {
    sheets(book, true)
}

/// Names of the hidden sheets (hidden or "very hidden"), in workbook order.
pub(crate) fn hidden_sheets(book: &Book<'_>) -> Vec<String> {
    sheets(book, false)
}

fn sheets(book: &Book<'_>, visible: bool) -> Vec<String> {
    book.sheets_metadata()
        .iter()
        .filter(|s| matches!(s.visible, SheetVisible::Visible) == visible)
        .map(|s| s.name.clone())
        .collect()
}
