//! The flow: blocks placed one under the other in a frame (the page's content width, or half of
//! it inside a `Columns` block), breaking pages when a block does not fit. It draws each page's
//! content as it goes, and hands each page to the PDF writer as soon as nothing can be drawn on it
//! any more ([`Flow::top_level`]); the running header and footer come after, once the number of
//! pages is known ([`Decoration`]).
//!
//! Rules it keeps: nothing is drawn below `CONTENT_BOTTOM` or beside the frame (text is wrapped
//! or shortened with `…`); a heading never ends a page (it moves with the start of what
//! follows); a cover is alone on its page.

use std::collections::VecDeque;

use super::chart;
use super::draw::{tone_marker, Canvas};
use super::fonts::{drawable, Face, Fonts};
use super::table;
use super::text::{ellipsize, wrap, wrap_max, Style};
use super::theme::{self, line_height, size, Rgb};
use super::RenderError;
use crate::document::{Block, Bullet, Cover, Document, KeyFigure, Tone};

#[derive(Default)]
pub struct Page {
    pub canvas: Canvas,
    /// A cover page: no running header, no page number.
    pub cover: bool,
}

pub struct Flow<'f> {
    pub fonts: &'f Fonts,
    /// The pages still open, from page number `first` on (earlier ones went to the writer).
    pub pages: VecDeque<Page>,
    first: usize,
    /// Number of the page being filled (counted from the document's first page).
    pub page: usize,
    /// Top of the free space on that page.
    pub y: f32,
    /// The frame: left edge and width.
    pub x: f32,
    pub w: f32,
    /// How many `Columns` blocks enclose the current one.
    depth: usize,
}

/// Vertical position of the baseline of a `size` text centred in a line box of height `lh`
/// whose top is `top` (Liberation Sans: ascent 0.905 em, descent 0.212 em).
pub fn baseline(top: f32, lh: f32, size: f32) -> f32 {
    top + (lh - 1.117 * size) / 2.0 + 0.905 * size
}

impl<'f> Flow<'f> {
    pub fn new(fonts: &'f Fonts) -> Flow<'f> {
        Flow {
            fonts,
            pages: VecDeque::from([Page::default()]),
            first: 0,
            page: 0,
            y: theme::CONTENT_TOP,
            x: theme::CONTENT_LEFT,
            w: theme::CONTENT_WIDTH,
            depth: 0,
        }
    }

    fn current(&mut self) -> &mut Page {
        let at = self.page - self.first;
        &mut self.pages[at]
    }

    pub fn canvas(&mut self) -> &mut Canvas {
        &mut self.current().canvas
    }

    /// Nothing has been placed on this page (in this frame) yet.
    pub fn at_top(&self) -> bool {
        self.y <= theme::CONTENT_TOP + 0.01
    }

    pub fn remaining(&self) -> f32 {
        theme::CONTENT_BOTTOM - self.y
    }

    /// Go to the top of the next page (the one a sibling column may already have started).
    pub fn new_page(&mut self) {
        self.page += 1;
        if self.page == self.first + self.pages.len() {
            self.pages.push_back(Page::default());
        }
        self.y = theme::CONTENT_TOP;
    }

    /// Break the page unless `h` fits below the current position (or the page is still empty:
    /// something taller than a page is placed at the top of one, never pushed forever).
    pub fn ensure(&mut self, h: f32) {
        if h > self.remaining() + 0.01 && !self.at_top() {
            self.new_page();
        }
    }

    fn gap(&mut self, g: f32) {
        if !self.at_top() {
            self.y += g;
        }
    }

    pub fn blocks(&mut self, blocks: &[Block]) -> Result<(), RenderError> {
        self.blocks_then(blocks, &mut |_| Ok(()))
    }

    /// Lays out a document's blocks, handing each page to `finished` as soon as the flow has
    /// moved past it (after each block: a two-column block may still go back to its first
    /// page until it ends). The page being filled when the blocks end stays in `pages`.
    pub fn top_level(
        &mut self,
        blocks: &[Block],
        finished: &mut dyn FnMut(Page) -> Result<(), RenderError>,
    ) -> Result<(), RenderError> {
        self.blocks_then(blocks, &mut |flow| {
            while flow.first < flow.page {
                let page = flow.pages.pop_front().expect("pages before the current one are open");
                flow.first += 1;
                finished(page)?;
            }
            Ok(())
        })
    }

    fn blocks_then(
        &mut self,
        blocks: &[Block],
        after_block: &mut dyn FnMut(&mut Self) -> Result<(), RenderError>,
    ) -> Result<(), RenderError> {
        for (i, block) in blocks.iter().enumerate() {
            if let Block::Heading { text, level } = block {
                let own = heading_height(self.fonts, text, *level, self.w);
                let next = blocks.get(i + 1).map_or(0.0, |b| min_height(self.fonts, b, self.w));
                // Keep with next, unless the pair is taller than a page anyway.
                let keep = if own + next <= theme::CONTENT_HEIGHT { own + next } else { own };
                self.ensure(keep);
            }
            self.block(block)?;
            after_block(self)?;
        }
        Ok(())
    }

    fn block(&mut self, block: &Block) -> Result<(), RenderError> {
        match block {
            Block::Cover(cover) => {
                if self.depth > 0 {
                    return Err(RenderError::CoverInColumns);
                }
                self.cover(cover);
            }
            Block::Heading { text, level } => self.heading(text, *level),
            Block::Paragraph { text } => self.paragraph(text),
            Block::Bullets { items } => self.bullets(items),
            Block::KeyFigures { items } => self.key_figures(items),
            Block::Table(t) => table::layout(self, t)?,
            Block::Chart(c) => {
                chart::validate(c)?;
                let h = chart::height(self.fonts, c, self.w);
                self.ensure(h);
                let (x, y, w) = (self.x, self.y, self.w);
                let fonts = self.fonts;
                chart::draw(self.canvas(), fonts, c, x, y, w, h);
                self.y += h;
                self.gap(theme::BLOCK_GAP);
            }
            Block::Columns { left, right } => self.columns(left, right)?,
            Block::PageBreak => {
                if !self.at_top() {
                    self.new_page();
                }
            }
        }
        Ok(())
    }

    fn columns(&mut self, left: &[Block], right: &[Block]) -> Result<(), RenderError> {
        let half = (self.w - theme::COLUMN_GAP) / 2.0;
        let head = |side: &[Block]| side.first().map_or(0.0, |b| min_height(self.fonts, b, half));
        self.ensure(head(left).max(head(right)));
        let (x0, w0, page0, y0) = (self.x, self.w, self.page, self.y);
        self.depth += 1;
        self.w = half;
        self.blocks(left)?;
        let end_left = (self.page, self.y);
        self.page = page0;
        self.y = y0;
        self.x = x0 + half + theme::COLUMN_GAP;
        self.blocks(right)?;
        let end_right = (self.page, self.y);
        self.depth -= 1;
        self.x = x0;
        self.w = w0;
        let (page, y) = if end_left.0 != end_right.0 {
            if end_left.0 > end_right.0 { end_left } else { end_right }
        } else {
            (end_left.0, end_left.1.max(end_right.1))
        };
        self.page = page;
        self.y = y;
        Ok(())
    }

    fn cover(&mut self, cover: &Cover) {
        if !(self.at_top() && self.current().canvas.is_empty()) {
            self.new_page();
        }
        self.current().cover = true;
        let fonts = self.fonts;
        draw_cover(self.canvas(), fonts, cover);
        // The page is full: whatever follows starts on the next one.
        self.y = theme::CONTENT_BOTTOM + 1.0;
    }

    fn heading(&mut self, text: &str, level: u8) {
        let (style, color, rule) = heading_style(level);
        let lines = heading_lines(self.fonts, text, level, self.w);
        let lh = line_height(style.size);
        self.ensure(lines.len() as f32 * lh);
        if !self.at_top() {
            self.y += heading_space_before(level);
        }
        let (x, w) = (self.x, self.w);
        for line in &lines {
            let top = self.y;
            self.canvas().text(x, baseline(top, lh, style.size), style, color, line);
            self.y += lh;
        }
        if rule {
            self.y += 1.5;
            let y = self.y;
            self.canvas().line(x, y, x + w, y, theme::BORDER, 0.6);
        }
        self.y += HEADING_SPACE_AFTER;
    }

    fn paragraph(&mut self, text: &str) {
        let style = Style::new(Face::Regular, size::BODY);
        let lh = line_height(style.size);
        let lines = wrap(self.fonts, &drawable_lines(self.fonts, text), style, self.w);
        // No single first line alone at the bottom of a page.
        self.ensure(lh * lines.len().min(2) as f32);
        let x = self.x;
        for line in &lines {
            self.ensure(lh);
            let top = self.y;
            self.canvas().text(x, baseline(top, lh, style.size), style, theme::TEXT, line);
            self.y += lh;
        }
        self.gap(theme::BLOCK_GAP - 2.0);
    }

    fn bullets(&mut self, items: &[Bullet]) {
        let style = Style::new(Face::Regular, size::BODY);
        let lh = line_height(style.size);
        for item in items {
            let lines = bullet_lines(self.fonts, item, self.w);
            let h = lines.len() as f32 * lh;
            // An item stays whole on its page when it can.
            self.ensure(if h <= theme::CONTENT_HEIGHT { h } else { lh });
            let x = self.x;
            let top = self.y;
            tone_marker(self.canvas(), item.tone, x + BULLET_MARK / 2.0, top + lh / 2.0, 6.0);
            for line in &lines {
                self.ensure(lh);
                let top = self.y;
                // The marker carries the tone (shape and colour); the sentence stays calm.
                self.canvas().text(x + BULLET_INDENT, baseline(top, lh, style.size), style, theme::TEXT, line);
                self.y += lh;
            }
            self.y += BULLET_SPACING;
        }
        self.gap(theme::BLOCK_GAP - BULLET_SPACING);
    }

    fn key_figures(&mut self, items: &[KeyFigure]) {
        if items.is_empty() {
            return;
        }
        let layout = KeyFigureLayout::new(items.len(), self.w);
        for row in items.chunks(layout.per_row) {
            let boxes: Vec<KeyBox> = row.iter().map(|k| KeyBox::new(self.fonts, k, layout.box_w)).collect();
            let h = boxes.iter().map(KeyBox::height).fold(0.0, f32::max);
            self.ensure(h);
            let y = self.y;
            let x0 = self.x;
            for (i, b) in boxes.iter().enumerate() {
                let x = x0 + i as f32 * (layout.box_w + KEY_GAP);
                b.draw(self.canvas(), x, y, layout.box_w, h);
            }
            self.y += h + KEY_GAP;
        }
        self.y -= KEY_GAP;
        self.gap(theme::BLOCK_GAP);
    }
}

/// The least height a block needs at the bottom of a page to start there: what a heading
/// before it must be kept with.
fn min_height(fonts: &Fonts, block: &Block, width: f32) -> f32 {
    match block {
        Block::Heading { text, level } => heading_height(fonts, text, *level, width),
        Block::Paragraph { text } => {
            let lines = wrap(fonts, &drawable_lines(fonts, text), Style::new(Face::Regular, size::BODY), width);
            line_height(size::BODY) * lines.len().min(2) as f32
        }
        Block::Bullets { items } => items.first().map_or(0.0, |b| {
            bullet_lines(fonts, b, width).len().min(2) as f32 * line_height(size::BODY)
        }),
        Block::KeyFigures { items } => {
            let layout = KeyFigureLayout::new(items.len(), width);
            items
                .iter()
                .take(layout.per_row)
                .map(|k| KeyBox::new(fonts, k, layout.box_w).height())
                .fold(0.0, f32::max)
        }
        Block::Table(t) => table::min_height(fonts, t, width),
        Block::Chart(c) => chart::height(fonts, c, width),
        Block::Columns { left, right } => {
            let half = (width - theme::COLUMN_GAP) / 2.0;
            let head = |side: &[Block]| side.first().map_or(0.0, |b| min_height(fonts, b, half));
            head(left).max(head(right))
        }
        Block::Cover(_) | Block::PageBreak => 0.0,
    }
}

/// The text of a paragraph as it can be drawn, keeping its explicit line breaks.
fn drawable_lines(fonts: &Fonts, text: &str) -> String {
    text.split('\n').map(|l| drawable(fonts, l)).collect::<Vec<_>>().join("\n")
}

const HEADING_SPACE_AFTER: f32 = 5.0;
const BULLET_INDENT: f32 = 14.0;
const BULLET_MARK: f32 = 9.0;
const BULLET_SPACING: f32 = 3.0;

fn heading_style(level: u8) -> (Style, Rgb, bool) {
    match level {
        0 | 1 => (Style::new(Face::Bold, size::H1), theme::BLUE, true),
        2 => (Style::new(Face::Bold, size::H2), theme::BLUE, false),
        _ => (Style::new(Face::Bold, size::H3), theme::TEXT, false),
    }
}

fn heading_space_before(level: u8) -> f32 {
    if level <= 1 { 6.0 } else { 3.0 }
}

fn heading_lines(fonts: &Fonts, text: &str, level: u8, width: f32) -> Vec<String> {
    let (style, _, _) = heading_style(level);
    wrap_max(fonts, &drawable(fonts, text), style, width, 3)
}

fn heading_height(fonts: &Fonts, text: &str, level: u8, width: f32) -> f32 {
    let (style, _, rule) = heading_style(level);
    heading_lines(fonts, text, level, width).len() as f32 * line_height(style.size)
        + heading_space_before(level)
        + if rule { 1.5 } else { 0.0 }
        + HEADING_SPACE_AFTER
}

fn bullet_lines(fonts: &Fonts, item: &Bullet, width: f32) -> Vec<String> {
    wrap(fonts, &drawable(fonts, &item.text), Style::new(Face::Regular, size::BODY), width - BULLET_INDENT)
}

const KEY_GAP: f32 = 8.0;
const KEY_PAD: f32 = 7.0;
const KEY_ACCENT: f32 = 3.0;
const KEY_MARK: f32 = 8.0;
/// Key figures per row at most: beyond, they wrap on several rows of equal boxes.
const KEY_PER_ROW: usize = 5;

struct KeyFigureLayout {
    per_row: usize,
    box_w: f32,
}

impl KeyFigureLayout {
    fn new(n: usize, width: f32) -> KeyFigureLayout {
        let n = n.max(1);
        let rows = n.div_ceil(KEY_PER_ROW);
        let per_row = n.div_ceil(rows);
        let box_w = (width - (per_row - 1) as f32 * KEY_GAP) / per_row as f32;
        KeyFigureLayout { per_row, box_w }
    }
}

/// One key figure fitted in its box: label and note wrapped on two lines at most, the value
/// shrunk (down to 10 pt) before it is ever shortened.
struct KeyBox {
    label: Vec<String>,
    value: String,
    value_size: f32,
    note: Vec<String>,
    tone: Tone,
}

impl KeyBox {
    fn inner_width(box_w: f32) -> f32 {
        box_w - KEY_ACCENT - 2.0 * KEY_PAD
    }

    fn new(fonts: &Fonts, k: &KeyFigure, box_w: f32) -> KeyBox {
        let inner = Self::inner_width(box_w);
        // The tone marker sits in the top-right corner, beside the label.
        let label_w = if k.tone == Tone::Neutral { inner } else { inner - KEY_MARK - 2.0 };
        let label = wrap_max(fonts, &drawable(fonts, &k.label), Style::new(Face::Regular, size::KEY_LABEL), label_w, 2);
        let value_text = drawable(fonts, &k.value);
        let mut value_size = size::KEY_VALUE;
        while value_size > 10.0 && fonts.width(&value_text, Face::Bold, value_size) > inner {
            value_size -= 1.0;
        }
        let value = ellipsize(fonts, &value_text, Style::new(Face::Bold, value_size), inner);
        let note = match &k.note {
            Some(n) => wrap_max(fonts, &drawable(fonts, n), Style::new(Face::Regular, size::KEY_NOTE), inner, 2),
            None => Vec::new(),
        };
        KeyBox { label, value, value_size, note, tone: k.tone }
    }

    fn height(&self) -> f32 {
        let mut h = 2.0 * KEY_PAD;
        h += self.label.len() as f32 * line_height(size::KEY_LABEL) + 2.0;
        h += line_height(size::KEY_VALUE);
        if !self.note.is_empty() {
            h += 1.0 + self.note.len() as f32 * line_height(size::KEY_NOTE);
        }
        h
    }

    fn draw(&self, canvas: &mut Canvas, x: f32, y: f32, w: f32, h: f32) {
        canvas.fill_rect(x, y, w, h, theme::ZEBRA);
        canvas.fill_rect(x, y, KEY_ACCENT, h, theme::tone_accent(self.tone));
        if self.tone != Tone::Neutral {
            tone_marker(canvas, self.tone, x + w - KEY_PAD - KEY_MARK / 2.0, y + KEY_PAD + 4.5, KEY_MARK);
        }
        let tx = x + KEY_ACCENT + KEY_PAD;
        let mut top = y + KEY_PAD;
        let label_style = Style::new(Face::Regular, size::KEY_LABEL);
        for line in &self.label {
            let lh = line_height(size::KEY_LABEL);
            canvas.text(tx, baseline(top, lh, label_style.size), label_style, theme::MUTED, line);
            top += lh;
        }
        top += 2.0;
        let lh = line_height(size::KEY_VALUE);
        let value_color = if self.tone == Tone::Neutral { theme::BLUE } else { theme::tone_color(self.tone) };
        let value_style = Style::new(Face::Bold, self.value_size);
        canvas.text(tx, baseline(top, lh, self.value_size), value_style, value_color, &self.value);
        top += lh + 1.0;
        let note_style = Style::new(Face::Regular, size::KEY_NOTE);
        for line in &self.note {
            let lh = line_height(size::KEY_NOTE);
            canvas.text(tx, baseline(top, lh, note_style.size), note_style, theme::MUTED, line);
            top += lh;
        }
    }
}

/// The cover: a blue band with the title, subtitle and organisation, then the date and the
/// returns the report is built from, and the confidentiality line at the foot.
fn draw_cover(canvas: &mut Canvas, fonts: &Fonts, cover: &Cover) {
    let left = theme::CONTENT_LEFT + 10.0;
    let width = theme::CONTENT_WIDTH - 20.0;
    let band_h = 250.0;
    canvas.fill_rect(0.0, 0.0, theme::PAGE_W, band_h, theme::BLUE);
    canvas.fill_rect(0.0, band_h, theme::PAGE_W, 4.0, theme::BORDER);

    let mut top = 48.0;
    let org_style = Style::new(Face::Bold, 12.0);
    let org = ellipsize(fonts, &drawable(fonts, &cover.organisation), org_style, width);
    canvas.text(left, baseline(top, 15.0, org_style.size), org_style, theme::LIGHT_BLUE, &org);
    top += 40.0;

    let title_style = Style::new(Face::Bold, 26.0);
    let lh = line_height(title_style.size);
    let title_lines = wrap_max(fonts, &drawable(fonts, &cover.title), title_style, width * 0.85, 3);
    for line in &title_lines {
        canvas.text(left, baseline(top, lh, title_style.size), title_style, theme::WHITE, line);
        top += lh;
    }
    if let Some(subtitle) = &cover.subtitle {
        top += 6.0;
        let style = Style::new(Face::Regular, 15.0);
        let lh = line_height(style.size);
        for line in wrap_max(fonts, &drawable(fonts, subtitle), style, width * 0.85, 2) {
            canvas.text(left, baseline(top, lh, style.size), style, theme::LIGHT_BLUE, &line);
            top += lh;
        }
    }

    let mut top = band_h + 26.0;
    let date_style = Style::new(Face::Bold, 13.0);
    let date = ellipsize(fonts, &drawable(fonts, &cover.date), date_style, width);
    canvas.text(left, baseline(top, 16.0, date_style.size), date_style, theme::BLUE, &date);
    top += 30.0;

    let title_style = Style::new(Face::Bold, 10.0);
    let sources_title = ellipsize(fonts, &drawable(fonts, &cover.sources_title), title_style, width);
    canvas.text(left, baseline(top, 13.0, title_style.size), title_style, theme::TEXT, &sources_title);
    top += 16.0;
    let bottom = theme::CONTENT_BOTTOM - 6.0;
    draw_sources(canvas, fonts, &cover.sources, left, top, width, bottom - top);
}

/// The list of sources in as many columns (up to three) and as small a type (down to 6.5 pt) as
/// it takes to fit above the foot of the cover; past that, the last line says `…`.
fn draw_sources(canvas: &mut Canvas, fonts: &Fonts, sources: &[String], x: f32, top: f32, width: f32, height: f32) {
    if sources.is_empty() {
        return;
    }
    let mut chosen = (3usize, 6.5f32);
    'search: for size in [8.5f32, 7.5, 6.5] {
        for columns in 1..=3usize {
            let rows_fit = (height / line_height(size)).floor() as usize;
            if sources.len().div_ceil(columns) <= rows_fit {
                chosen = (columns, size);
                break 'search;
            }
        }
    }
    let (columns, size) = chosen;
    let style = Style::new(Face::Regular, size);
    let lh = line_height(size);
    let rows = ((height / lh).floor() as usize).max(1);
    let col_gap = 12.0;
    let col_w = (width - (columns - 1) as f32 * col_gap) / columns as f32;
    let capacity = rows * columns;
    for (i, source) in sources.iter().enumerate().take(capacity) {
        let (col, row) = (i / rows, i % rows);
        let cx = x + col as f32 * (col_w + col_gap);
        let cy = top + row as f32 * lh;
        let more = i + 1 == capacity && sources.len() > capacity;
        let text = if more { "…".to_string() } else { format!("•  {}", drawable(fonts, source)) };
        let line = ellipsize(fonts, &text, style, col_w);
        canvas.text(cx, baseline(cy, lh, size), style, theme::MUTED, &line);
    }
}

/// The running header (not on covers) and footer of every page, now that the number of pages
/// is known.
/// The running header and footer of every page: title and organisation over a rule, "Page n / N"
/// and the confidentiality line at the bottom; a cover only carries the confidentiality line.
/// What is the same on every page is shortened once.
pub struct Decoration<'a> {
    fonts: &'a Fonts,
    page_label: &'a str,
    organisation: String,
    organisation_w: f32,
    title: String,
    confidentiality: String,
}

impl<'a> Decoration<'a> {
    pub fn new(fonts: &'a Fonts, doc: &'a Document) -> Decoration<'a> {
        let header = Style::new(Face::Regular, size::HEADER);
        let header_bold = Style::new(Face::Bold, size::HEADER);
        let organisation = ellipsize(fonts, &drawable(fonts, &doc.organisation), header_bold, theme::CONTENT_WIDTH * 0.4);
        let organisation_w = fonts.width(&organisation, Face::Bold, size::HEADER);
        let title_w = theme::CONTENT_WIDTH - organisation_w - if organisation.is_empty() { 0.0 } else { 20.0 };
        Decoration {
            fonts,
            page_label: &doc.page_label,
            title: ellipsize(fonts, &drawable(fonts, &doc.title), header, title_w),
            organisation,
            organisation_w,
            confidentiality: drawable(fonts, &doc.confidentiality),
        }
    }

    /// The header and footer of page `index` (from 0) of `total`.
    pub fn page(&self, index: usize, total: usize, cover: bool) -> Canvas {
        let fonts = self.fonts;
        let mut canvas = Canvas::default();
        let left = theme::CONTENT_LEFT;
        let right = theme::CONTENT_LEFT + theme::CONTENT_WIDTH;
        let footer = Style::new(Face::Regular, size::FOOTER);
        let label_w;
        if cover {
            label_w = 0.0;
        } else {
            let header_bold = Style::new(Face::Bold, size::HEADER);
            canvas.text(right - self.organisation_w, theme::HEADER_BASELINE, header_bold, theme::BLUE, &self.organisation);
            let header = Style::new(Face::Regular, size::HEADER);
            canvas.text(left, theme::HEADER_BASELINE, header, theme::MUTED, &self.title);
            canvas.line(left, theme::HEADER_RULE, right, theme::HEADER_RULE, theme::BORDER, 0.5);

            let label = drawable(
                fonts,
                &self.page_label.replace("{n}", &(index + 1).to_string()).replace("{total}", &total.to_string()),
            );
            let label = ellipsize(fonts, &label, footer, theme::CONTENT_WIDTH * 0.3);
            label_w = fonts.width(&label, Face::Regular, size::FOOTER);
            canvas.text(right - label_w, theme::FOOTER_BASELINE, footer, theme::MUTED, &label);
        }
        let conf_w = theme::CONTENT_WIDTH - label_w - if label_w > 0.0 { 20.0 } else { 0.0 };
        let conf = ellipsize(fonts, &self.confidentiality, footer, conf_w);
        canvas.text(left, theme::FOOTER_BASELINE, footer, theme::MUTED, &conf);
        canvas
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(n: usize, word: &str) -> Vec<Block> {
        (0..n).map(|i| Block::Paragraph { text: format!("{word} {i}") }).collect()
    }

    #[test]
    fn pages_go_to_the_writer_as_soon_as_the_flow_is_past_them() {
        let fonts = Fonts::bundled().unwrap();
        let mut flow = Flow::new(fonts);
        let mut finished: Vec<Page> = Vec::new();
        // About 30 one-line paragraphs fit a page: 100 take four.
        let blocks = paragraphs(100, "Ligne");
        flow.top_level(&blocks, &mut |page| {
            finished.push(page);
            Ok(())
        })
        .unwrap();
        assert!(finished.len() >= 3, "every page but the last is handed over during the layout: {}", finished.len());
        assert_eq!(flow.pages.len(), 1, "only the page being filled stays open");
        assert!(finished.iter().all(|p| !p.canvas.is_empty()), "pages are handed over drawn");
        let first = &finished[0].canvas.runs()[0].3;
        assert_eq!(first, "Ligne 0", "pages are handed over in order");
    }

    #[test]
    fn a_two_column_block_keeps_its_pages_open_until_both_columns_are_drawn() {
        let fonts = Fonts::bundled().unwrap();
        let mut flow = Flow::new(fonts);
        let mut finished: Vec<Page> = Vec::new();
        // The left column runs over three pages; the right one goes back to the first.
        let blocks = vec![Block::Columns { left: paragraphs(80, "Gauche"), right: paragraphs(3, "Droite") }];
        flow.top_level(&blocks, &mut |page| {
            finished.push(page);
            Ok(())
        })
        .unwrap();
        assert!(!finished.is_empty(), "the column block took several pages");
        let texts: Vec<String> = finished[0].canvas.runs().into_iter().map(|r| r.3).collect();
        assert!(texts.iter().any(|t| t == "Gauche 0"), "the left column starts on the first page");
        assert!(
            texts.iter().any(|t| t == "Droite 0"),
            "the right column is drawn on the first page before it is handed over: {texts:?}"
        );
    }
}
