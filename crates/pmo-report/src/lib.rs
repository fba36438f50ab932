//! PMO Desk's reports as PDF: consolidated figures → report model ([`document::Document`], what
//! each page says) → pure renderer (`render`, printpdf 0.12) → PDF bytes.
//!
//! What this crate must never do: read the clock, the file system or the system's fonts at run
//! time (fonts are bundled in `fonts/` and embedded), or format a figure anywhere but in the
//! builders through `pmo_model::format`. The same model, fonts and options give the same bytes.

pub mod build;
pub mod document;
pub mod render;

pub use build::{codir_pack, directorate_report, pack_campaigns, project_sheet, sources, ReportInput, Scope};
pub use render::{render, RenderError, RenderOptions};
