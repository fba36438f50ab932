//! PMO Desk's reports as PDF: consolidated figures → report model ([`document::Document`], what
//! each page says) → pure renderer (`render`, or `render_to` a file, page by page) → PDF.
//!
//! What this crate must never do: read the clock, the file system or the system's fonts at run
//! time (fonts are bundled in `fonts/` and embedded), or format a figure anywhere but in the
//! builders through `pmo_model::format`. The same model, fonts and options give the same bytes.

pub mod build;
pub mod document;
pub mod render;

pub use build::{codir_pack, codir_pack_parts, ProjectSheets, directorate_report, note_unshown_characters, pack_campaigns, project_sheet, sources, ReportInput, Scope};
pub use render::{render, render_parts_to, render_to, unshown_characters, RenderError, RenderOptions, Rendered};

/// The number of pages of a PDF this crate rendered (for the record of what was sent), or `None`
/// if the bytes are not a readable PDF.
pub fn page_count(pdf: &[u8]) -> Option<u32> {
    // The page tree's /Count, read from the cross-reference table and the root alone: loading
    // the whole document again to count its pages held a second copy of every page in memory
    // (gigabytes for a ten-thousand-page pack).
    if let Ok(meta) = lopdf::Document::load_metadata_mem(pdf) {
        if meta.page_count > 0 {
            return Some(meta.page_count);
        }
    }
    let document = lopdf::Document::load_mem(pdf).ok()?;
    u32::try_from(document.get_pages().len()).ok()
}
