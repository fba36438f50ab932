//! The PDF writer: laid-out pages → PDF bytes, streamed. Each page's content stream is encoded,
//! compressed and written as soon as the layout is done with the page, so that a pack of ten
//! thousand pages never holds more than a page's drawing in memory; what needs the whole
//! document comes at the end: the running header and footer ("Page n / N", a second content
//! stream per page), the page tree, the two faces subset to the glyphs the pages used, the
//! document information, the cross-reference table.
//!
//! Reproducible: objects are numbered in writing order, numbers are written with at most three
//! decimals, the creation date is the document's own date, compression is deterministic, and
//! the document ID is derived from the bytes written before the trailer.
//!
//! Text is shown in glyph ids (`Identity-H`). Pages are written before the fonts are subset, so
//! the ids in the content streams are the bundled faces' own; each font's `/CIDToGIDMap` maps
//! them to the subset's renumbered glyphs, `/W` gives their widths and `/ToUnicode` the text
//! they stand for (copy, search, accessibility).

use std::collections::BTreeMap;
use std::io::{self, Write};

use chrono::Datelike;
use flate2::write::ZlibEncoder;
use flate2::Compression;
use sha2::{Digest, Sha256};

use super::draw::Canvas;
use super::fonts::{resource_name, Face, FaceData, Fonts, GlyphUse};
use super::theme::{PAGE_H, PAGE_W};
use super::{RenderError, RenderOptions};
use crate::document::Document;

/// What was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    /// Number of pages.
    pub pages: u32,
    /// Size of the PDF in bytes.
    pub size: u64,
    /// SHA-256 of the PDF's bytes, lower-case hex.
    pub sha256: String,
}

/// The output, counted and hashed as it is written (the document ID and the file's SHA-256
/// without reading the bytes back).
struct Sink<W: Write> {
    out: W,
    written: u64,
    hash: Sha256,
}

impl<W: Write> Sink<W> {
    fn put(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)?;
        self.hash.update(bytes);
        self.written += bytes.len() as u64;
        Ok(())
    }
}

/// Object numbers fixed in advance: the catalog, the page tree (each page names it as its
/// parent before the tree is written) and the resources all pages share.
const CATALOG: usize = 1;
const PAGE_TREE: usize = 2;
const RESOURCES: usize = 3;

struct PageEntry {
    /// The object number of the page's own content stream.
    content: usize,
    cover: bool,
}

pub struct PdfWriter<W: Write> {
    sink: Sink<W>,
    fonts: &'static Fonts,
    compress: bool,
    /// Byte offset of each object (index: object number − 1); 0 until it is written.
    offsets: Vec<u64>,
    pages: Vec<PageEntry>,
    used: GlyphUse,
}

fn pdf_error(e: io::Error) -> RenderError {
    RenderError::Pdf(e.to_string())
}

impl<W: Write> PdfWriter<W> {
    /// Writes the file header.
    pub fn new(out: W, fonts: &'static Fonts, options: &RenderOptions) -> Result<PdfWriter<W>, RenderError> {
        let mut writer = PdfWriter {
            sink: Sink { out, written: 0, hash: Sha256::new() },
            fonts,
            compress: options.compress,
            offsets: vec![0; RESOURCES],
            pages: Vec::new(),
            used: GlyphUse::default(),
        };
        // The binary comment tells transfer tools the file is not text.
        writer.sink.put(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n").map_err(pdf_error)?;
        Ok(writer)
    }

    /// Number of pages written so far.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    fn reserve(&mut self) -> usize {
        self.offsets.push(0);
        self.offsets.len()
    }

    fn object(&mut self, id: usize, body: &[u8]) -> io::Result<()> {
        self.offsets[id - 1] = self.sink.written;
        self.sink.put(format!("{id} 0 obj\n").as_bytes())?;
        self.sink.put(body)?;
        self.sink.put(b"\nendobj\n")
    }

    /// A stream object, compressed unless the options say otherwise; `extra` goes into its
    /// dictionary.
    fn stream(&mut self, id: usize, extra: &str, data: &[u8]) -> io::Result<()> {
        let (data, filter) = if self.compress {
            let mut z = ZlibEncoder::new(Vec::with_capacity(data.len() / 3), Compression::default());
            z.write_all(data)?;
            (std::borrow::Cow::Owned(z.finish()?), " /Filter /FlateDecode")
        } else {
            (std::borrow::Cow::Borrowed(data), "")
        };
        self.offsets[id - 1] = self.sink.written;
        self.sink.put(format!("{id} 0 obj\n<< /Length {}{filter}{extra} >>\nstream\n", data.len()).as_bytes())?;
        self.sink.put(&data)?;
        self.sink.put(b"\nendstream\nendobj\n")
    }

    fn canvas_stream(&mut self, canvas: Canvas) -> Result<usize, RenderError> {
        let content = canvas.encode(self.fonts, &mut self.used);
        let id = self.reserve();
        self.stream(id, "", &content).map_err(pdf_error)?;
        Ok(id)
    }

    /// Writes a finished page's drawing (its header and footer come with [`PdfWriter::finish`]).
    pub fn page(&mut self, canvas: Canvas, cover: bool) -> Result<(), RenderError> {
        let content = self.canvas_stream(canvas)?;
        self.pages.push(PageEntry { content, cover });
        Ok(())
    }

    /// Writes what needs every page: each page's header and footer (`decoration(n, total,
    /// cover)`), the page objects and tree, the subset fonts, the document information, the
    /// cross-reference table and the trailer.
    pub fn finish(
        mut self,
        doc: &Document,
        options: &RenderOptions,
        decoration: impl Fn(usize, usize, bool) -> Canvas,
    ) -> Result<(W, Rendered), RenderError> {
        let total = self.pages.len();
        let mut kids = Vec::with_capacity(total);
        let entries = std::mem::take(&mut self.pages);
        for (i, entry) in entries.iter().enumerate() {
            let decorations = self.canvas_stream(decoration(i, total, entry.cover))?;
            let id = self.reserve();
            let body = format!(
                "<< /Type /Page /Parent {PAGE_TREE} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] /Resources {RESOURCES} 0 R \
                 /Contents [{} 0 R {decorations} 0 R] >>",
                entry.content
            );
            self.object(id, body.as_bytes()).map_err(pdf_error)?;
            kids.push(id);
        }
        let mut tree = format!("<< /Type /Pages /Count {total} /Kids [");
        for (i, id) in kids.iter().enumerate() {
            tree.push_str(if i == 0 { "" } else { " " });
            tree.push_str(&format!("{id} 0 R"));
        }
        tree.push_str("] >>");
        self.object(PAGE_TREE, tree.as_bytes()).map_err(pdf_error)?;

        let mut font_refs = String::new();
        for face in [Face::Regular, Face::Bold] {
            if self.used.of(face).is_empty() {
                continue;
            }
            let id = self.font(face)?;
            font_refs.push_str(&format!(" /{} {id} 0 R", resource_name(face)));
        }
        self.object(RESOURCES, format!("<< /Font <<{font_refs} >> >>").as_bytes()).map_err(pdf_error)?;

        let info = self.reserve();
        let date = format!(
            "D:{:04}{:02}{:02}000000Z",
            doc.generated_on.year(),
            doc.generated_on.month(),
            doc.generated_on.day()
        );
        let body = format!(
            "<< /Title {} /Creator {} /Producer {} /CreationDate ({date}) /ModDate ({date}) >>",
            text_string(&doc.title),
            text_string(&options.creator),
            text_string(&options.creator)
        );
        self.object(info, body.as_bytes()).map_err(pdf_error)?;
        self.object(CATALOG, format!("<< /Type /Catalog /Pages {PAGE_TREE} 0 R >>").as_bytes()).map_err(pdf_error)?;

        let xref = self.sink.written;
        let mut table = format!("xref\n0 {}\n0000000000 65535 f \n", self.offsets.len() + 1);
        for offset in &self.offsets {
            debug_assert!(*offset > 0, "every reserved object is written");
            table.push_str(&format!("{offset:010} 00000 n \n"));
        }
        self.sink.put(table.as_bytes()).map_err(pdf_error)?;
        // The ID: the first 16 bytes of the SHA-256 of everything before the trailer, so the
        // same content always gets the same ID and a different one another.
        let id: String = self.sink.hash.clone().finalize()[..16].iter().map(|b| format!("{b:02x}")).collect();
        let trailer = format!(
            "trailer\n<< /Size {} /Root {CATALOG} 0 R /Info {info} 0 R /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n",
            self.offsets.len() + 1
        );
        self.sink.put(trailer.as_bytes()).map_err(pdf_error)?;
        self.sink.out.flush().map_err(pdf_error)?;
        let sha256 = self.sink.hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
        let pages = u32::try_from(total).map_err(|_| RenderError::Pdf("too many pages".into()))?;
        Ok((self.sink.out, Rendered { pages, size: self.sink.written, sha256 }))
    }

    /// Writes `face` subset to the glyphs the pages used (a Type0 font over a CIDFontType2
    /// descendant, keyed by the bundled face's glyph ids) and returns its object number.
    fn font(&mut self, face: Face) -> Result<usize, RenderError> {
        let data = self.fonts.face(face);
        let used = self.used.of(face).clone();
        let tag = resource_name(face);
        let base = format!("{tag}+{}", data.name);

        let wanted: BTreeMap<u16, String> = used.iter().map(|(&gid, &c)| (gid, c.to_string())).collect();
        let subset = printpdf::subset_font(&data.parsed, &wanted).map_err(RenderError::Pdf)?;
        let max_cid = used.keys().next_back().copied().unwrap_or(0);
        let mut cid_to_gid = vec![0u8; (usize::from(max_cid) + 1) * 2];
        for (cid, (gid, _)) in &subset.glyph_mapping {
            let at = usize::from(*cid) * 2;
            cid_to_gid[at..at + 2].copy_from_slice(&gid.to_be_bytes());
        }

        let program = self.reserve();
        self.stream(program, &format!(" /Length1 {}", subset.bytes.len()), &subset.bytes).map_err(pdf_error)?;
        let map = self.reserve();
        self.stream(map, "", &cid_to_gid).map_err(pdf_error)?;
        let unicode = printpdf::ToUnicodeCMap {
            mappings: used.iter().map(|(&gid, &c)| (u32::from(gid), vec![c as u32])).collect(),
        };
        let to_unicode = self.reserve();
        self.stream(to_unicode, "", unicode.to_cmap_string(tag).as_bytes()).map_err(pdf_error)?;

        let descriptor = self.reserve();
        self.object(descriptor, descriptor_dict(data, &base, program).as_bytes()).map_err(pdf_error)?;
        let descendant = self.reserve();
        let body = format!(
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base} \
             /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> \
             /FontDescriptor {descriptor} 0 R /CIDToGIDMap {map} 0 R /W {} >>",
            widths(data, &used)
        );
        self.object(descendant, body.as_bytes()).map_err(pdf_error)?;
        let font = self.reserve();
        let body = format!(
            "<< /Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding /Identity-H \
             /DescendantFonts [{descendant} 0 R] /ToUnicode {to_unicode} 0 R >>"
        );
        self.object(font, body.as_bytes()).map_err(pdf_error)?;
        Ok(font)
    }
}

/// The `/W` array: the width of each used glyph, consecutive ids grouped (`3 [278 556]`).
fn widths(data: &FaceData, used: &BTreeMap<u16, char>) -> String {
    let mut out = String::from("[");
    let mut previous: Option<u16> = None;
    for &gid in used.keys() {
        if previous.is_some_and(|p| p + 1 == gid) {
            out.push(' ');
        } else {
            if previous.is_some() {
                out.push_str("] ");
            }
            out.push_str(&format!("{gid} ["));
        }
        out.push_str(&data.glyph_width(gid).to_string());
        previous = Some(gid);
    }
    if previous.is_some() {
        out.push(']');
    }
    out.push(']');
    out
}

/// The font descriptor: metrics in thousandths of an em, from the face's `head`, `hhea` and
/// `OS/2` tables.
fn descriptor_dict(data: &FaceData, base: &str, program: usize) -> String {
    let m = &data.parsed.pdf_font_metrics;
    let upm = f32::from(m.units_per_em.max(1));
    let scale = |v: i16| (f32::from(v) * 1000.0 / upm).round() as i64;
    let cap_height = data.cap_height.map_or_else(|| scale(m.ascender), scale);
    let italic_angle = if m.caret_slope_rise == 0 {
        0
    } else {
        (-(f32::from(m.caret_slope_run)).atan2(f32::from(m.caret_slope_rise)).to_degrees()).round() as i64
    };
    // Nonsymbolic (Latin text), italic when slanted.
    let flags = 32 | if italic_angle != 0 { 64 } else { 0 };
    // The usual estimate of the dominant vertical stem from the weight class.
    let stem_v = 50 + (f32::from(m.us_weight_class) / 65.0).powi(2).round() as i64;
    format!(
        "<< /Type /FontDescriptor /FontName /{base} /Flags {flags} /FontBBox [{} {} {} {}] /ItalicAngle {italic_angle} \
         /Ascent {} /Descent {} /CapHeight {cap_height} /StemV {stem_v} /FontFile2 {program} 0 R >>",
        scale(m.x_min),
        scale(m.y_min),
        scale(m.x_max),
        scale(m.y_max),
        scale(m.ascender),
        scale(m.descender),
    )
}

/// A PDF text string: literal when plain ASCII, else UTF-16BE with its byte-order mark.
fn text_string(text: &str) -> String {
    if text.bytes().all(|b| (0x20..0x7F).contains(&b)) {
        let escaped = text.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        format!("({escaped})")
    } else {
        let mut hex = String::from("<FEFF");
        for unit in text.encode_utf16() {
            hex.push_str(&format!("{unit:04X}"));
        }
        hex.push('>');
        hex
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_strings_escape_ascii_and_encode_the_rest_in_utf16() {
        assert_eq!(text_string("PMO Desk 0.1.0"), "(PMO Desk 0.1.0)");
        assert_eq!(text_string("a (b) \\c"), "(a \\(b\\) \\\\c)", "parentheses and backslashes are escaped");
        assert_eq!(text_string("Synthèse"), "<FEFF00530079006E0074006800E800730065>", "non-ASCII text goes UTF-16BE with its BOM");
    }
}
