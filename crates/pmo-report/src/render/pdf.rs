//! Laid-out pages → PDF bytes, reproducibly: fixed font resource names, the document's own
//! date as creation date, and a document ID derived from the content instead of printpdf's
//! process-wide counter (which would make the second render of a process differ from the
//! first).

use printpdf::{
    Date, FontId, Mm, Offset, OffsetDateTime, PdfDocument, PdfFont, PdfPage, PdfSaveOptions, Time,
};
use sha2::{Digest, Sha256};

use super::fonts::Fonts;
use super::layout::Page;
use super::{RenderError, RenderOptions};
use crate::document::Document;
use chrono::Datelike;

/// Resource names of the two faces. Six capitals, because printpdf also uses their first six
/// characters as the subset tag (`PMOREG+LiberationSans`), which PDF wants in capitals.
const REGULAR_ID: &str = "PMOREG";
const BOLD_ID: &str = "PMOBLD";

/// Stands for the document ID until the bytes it is derived from exist (same length as the
/// final one, so that no offset moves when it is replaced).
const ID_PLACEHOLDER: &[u8; 32] = b"00000000000000000000000000000000";

pub fn write(doc: &Document, options: &RenderOptions, fonts: &Fonts, pages: Vec<Page>) -> Result<Vec<u8>, RenderError> {
    let mut pdf = PdfDocument::new(&doc.title);
    let regular = FontId(REGULAR_ID.to_string());
    let bold = FontId(BOLD_ID.to_string());
    pdf.resources.fonts.map.insert(regular.clone(), PdfFont::new(fonts.regular.parsed.clone()));
    pdf.resources.fonts.map.insert(bold.clone(), PdfFont::new(fonts.bold.parsed.clone()));

    let date = OffsetDateTime::new_in_offset(
        Date {
            year: doc.generated_on.year(),
            month: doc.generated_on.month() as u8,
            day: doc.generated_on.day() as u8,
        },
        Time { hour: 0, minute: 0, second: 0, millisecond: 0 },
        Offset { hours: 0, minutes: 0, seconds: 0, milliseconds: 0 },
    );
    let info = &mut pdf.metadata.info;
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;
    info.creator = options.creator.clone();
    info.producer = options.creator.clone();

    pdf.pages = pages
        .into_iter()
        .map(|p| PdfPage::new(Mm(297.0), Mm(210.0), p.canvas.into_ops(&regular, &bold)))
        .collect();

    let save = PdfSaveOptions { optimize: options.compress, subset_fonts: true, secure: true, image_optimization: None };
    let mut warnings = Vec::new();
    let mut out = printpdf::serialize::to_lopdf_doc(&pdf, &save, &mut warnings);
    if options.compress {
        out.compress();
    }
    let placeholder = || lopdf::Object::String(ID_PLACEHOLDER.to_vec(), lopdf::StringFormat::Literal);
    out.trailer.set("ID", lopdf::Object::Array(vec![placeholder(), placeholder()]));
    let mut bytes = Vec::new();
    out.save_to(&mut bytes).map_err(|e| RenderError::Pdf(e.to_string()))?;
    set_document_id(&mut bytes)?;
    Ok(bytes)
}

/// Replaces the two placeholders of the trailer's `/ID` with the first 16 bytes (in hex) of
/// the SHA-256 of the whole file: the same content always gets the same ID, a different one
/// another.
fn set_document_id(bytes: &mut [u8]) -> Result<(), RenderError> {
    let digest = Sha256::digest(&*bytes);
    let id: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    let trailer = find_last(bytes, b"trailer").ok_or_else(|| RenderError::Pdf("no trailer written".into()))?;
    let mut from = trailer;
    for _ in 0..2 {
        let at = find(&bytes[from..], ID_PLACEHOLDER)
            .map(|i| from + i)
            .ok_or_else(|| RenderError::Pdf("document ID placeholder not found in the trailer".into()))?;
        bytes[at..at + ID_PLACEHOLDER.len()].copy_from_slice(id.as_bytes());
        from = at + ID_PLACEHOLDER.len();
    }
    Ok(())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn find_last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}
