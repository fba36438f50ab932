//! The pure PDF renderer: a [`Document`] (what each page says) → PDF bytes, A4 landscape.
//!
//! It lays the blocks out first (wrapping, page breaks, tables continued with their header),
//! then draws the running header and the "Page n / N" footer once N is known, then writes the
//! PDF with the bundled Liberation Sans faces embedded and subset.
//!
//! What it must never do: read the clock, a file or the system's fonts, format or translate a
//! figure (the document carries final text), or let text overflow a cell, a frame or the page.
//! The same document and options always give the same bytes.
//!
//! Page numbering: the cover counts as page 1 (so that "Page 3 / 12" is the viewer's page 3),
//! but shows neither the running header nor a page number — only the confidentiality line.

mod chart;
mod draw;
mod fonts;
mod layout;
mod pdf;
mod table;
mod text;
mod theme;

use crate::document::Document;

/// How to write the PDF. Everything about *what* is written is in the [`Document`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderOptions {
    /// Written as the PDF's Creator and Producer ("PMO Desk 0.1.0").
    pub creator: String,
    /// Compress page and font streams (the default). Off only to read the drawing operators
    /// of a PDF while debugging the layout.
    pub compress: bool,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions { creator: format!("PMO Desk {}", env!("CARGO_PKG_VERSION")), compress: true }
    }
}

/// Why a document could not be rendered. Except [`RenderError::Font`] and
/// [`RenderError::Pdf`] (defects of the build or of printpdf), each is a report builder's
/// mistake that would otherwise print a misleading page.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum RenderError {
    /// A bundled font could not be parsed: the crate was built with a damaged font file.
    #[error("the bundled font {face} cannot be read")]
    Font { face: &'static str },
    /// A table has no columns: there would be nothing to show its rows in.
    #[error("table « {table} » has no columns")]
    NoColumns { table: String },
    /// A column's weight is not a positive number, so its width cannot be computed.
    #[error("table « {table} »: column {column} has a weight that is not a positive number")]
    ColumnWeight { table: String, column: usize },
    /// A row has more or fewer cells than the table has columns: figures would land under the
    /// wrong heading.
    #[error("table « {table} »: row {row} has {cells} cells for {columns} columns")]
    RowShape { table: String, row: usize, cells: usize, columns: usize },
    /// A chart series does not have one value (and, when given, one label — and for météo bars
    /// one météo) per category: bars would be drawn against the wrong names.
    #[error(
        "chart « {chart} », series « {series} »: {values} values, {labels} labels and {weathers} \
         météos for {categories} categories"
    )]
    SeriesShape { chart: String, series: String, categories: usize, values: usize, labels: usize, weathers: usize },
    /// A cover inside a `Columns` block: a cover is a page of its own.
    #[error("a cover cannot be placed inside a two-column block")]
    CoverInColumns,
    /// The PDF could not be written (printpdf / lopdf).
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

/// The PDF of `doc`: pure (no clock, no file, no system font) and reproducible (same document
/// and options, same bytes).
pub fn render(doc: &Document, options: &RenderOptions) -> Result<Vec<u8>, RenderError> {
    let fonts = fonts::Fonts::bundled()?;
    let mut flow = layout::Flow::new(fonts);
    flow.blocks(&doc.blocks)?;
    let mut pages = flow.pages;
    // Page breaks can leave empty pages at the end; a document keeps at least one page.
    while pages.len() > 1 && pages.last().is_some_and(|p| p.canvas.is_empty() && !p.cover) {
        pages.pop();
    }
    layout::decorate(fonts, doc, &mut pages);
    pdf::write(doc, options, fonts, pages)
}
