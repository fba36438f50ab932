//! The pure PDF renderer: a [`Document`] (what each page says) → PDF bytes, A4 landscape.
//!
//! It lays the blocks out (wrapping, page breaks, tables continued with their header) and writes
//! each page to the PDF as soon as the layout has moved past it; once N is known it adds the
//! running header and the "Page n / N" footer, then the bundled Liberation Sans faces, embedded
//! and subset. Memory stays that of a few pages, whatever the document's length.
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

use std::io::Write;

use crate::document::Document;

pub use pdf::Rendered;

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

/// The characters of `texts` that the bundled faces cannot draw (the PDF shows `?` for them):
/// each once, in code point order. Whitespace and control characters are not counted.
pub fn unshown_characters<'a>(texts: impl IntoIterator<Item = &'a str>) -> Result<Vec<char>, RenderError> {
    let fonts = fonts::Fonts::bundled()?;
    let mut out = std::collections::BTreeSet::new();
    for text in texts {
        for c in text.chars() {
            let drawn = c.is_whitespace() || c.is_control() || (fonts.regular.has(c) && fonts.bold.has(c));
            if !drawn {
                out.insert(c);
            }
        }
    }
    Ok(out.into_iter().collect())
}

/// The PDF of `doc`: pure (no clock, no file, no system font) and reproducible (same document
/// and options, same bytes).
pub fn render(doc: &Document, options: &RenderOptions) -> Result<Vec<u8>, RenderError> {
    render_to(doc, options, Vec::new()).map(|(bytes, _)| bytes)
}

/// Writes the PDF of `doc` to `out` as it is laid out, page by page (the same bytes as
/// [`render`]), and returns `out` with what was written: pages, size, SHA-256. `out` should be
/// buffered. On an error, what was written is not a PDF and must be discarded.
pub fn render_to<W: Write>(doc: &Document, options: &RenderOptions, out: W) -> Result<(W, Rendered), RenderError> {
    render_parts_to(doc, std::iter::empty(), options, out)
}

/// [`render_to`] for a document whose blocks come in parts: `doc`'s own blocks, then each of
/// `parts` in turn, built only when the layout reaches it and dropped once laid out (the same
/// PDF as one document holding every block, as long as no part begins with what a heading at
/// the end of the previous one must stay with: parts start on a page break).
pub fn render_parts_to<W: Write>(
    doc: &Document,
    parts: impl Iterator<Item = Vec<crate::document::Block>>,
    options: &RenderOptions,
    out: W,
) -> Result<(W, Rendered), RenderError> {
    let fonts = fonts::Fonts::bundled()?;
    let mut output = Output { writer: pdf::PdfWriter::new(out, fonts, options)?, empty: 0 };
    let mut flow = layout::Flow::new(fonts);
    flow.top_level(&doc.blocks, &mut |page| output.page(page))?;
    for part in parts {
        flow.top_level(&part, &mut |page| output.page(page))?;
    }
    for page in std::mem::take(&mut flow.pages) {
        output.page(page)?;
    }
    let mut writer = output.writer;
    if writer.page_count() == 0 {
        writer.page(draw::Canvas::default(), false)?;
    }
    let decoration = layout::Decoration::new(fonts, doc);
    writer.finish(doc, options, |index, total, cover| decoration.page(index, total, cover))
}

/// The writer, with the empty pages held back: page breaks can leave some at the end, which are
/// dropped, while one followed by a drawn page is kept.
struct Output<W: Write> {
    writer: pdf::PdfWriter<W>,
    empty: usize,
}

impl<W: Write> Output<W> {
    fn page(&mut self, page: layout::Page) -> Result<(), RenderError> {
        if page.canvas.is_empty() && !page.cover {
            self.empty += 1;
            return Ok(());
        }
        for _ in 0..std::mem::take(&mut self.empty) {
            self.writer.page(draw::Canvas::default(), false)?;
        }
        self.writer.page(page.canvas, page.cover)
    }
}
