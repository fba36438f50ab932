//! The drawing layer: a page's vector shapes and text runs in top-down points, written as PDF
//! content-stream operators by [`Canvas::encode`]. Also the symbols that make tone and météo
//! readable without colour (grey-scale print, colour-blind readers): tone markers, météo
//! pictograms, fill patterns of chart series.
//!
//! Shapes are written as operators as soon as they are drawn (a few bytes each, instead of a
//! tree of objects per page); text runs wait for [`Canvas::encode`], which turns their
//! characters into the embedded faces' glyph ids and records which glyphs the document uses.

use std::io::Write as _;

use pmo_model::model::Weather;

use super::fonts::{Face, Fonts, GlyphUse};
use super::text::Style;
use super::theme::{self, Rgb, PAGE_H};
use crate::document::Tone;

struct TextRun {
    x: f32,
    baseline: f32,
    style: Style,
    color: Rgb,
    text: String,
    /// Turned a quarter left: reads bottom to top (chart value labels over narrow bars).
    vertical: bool,
}

/// One page being drawn (or a page's running header and footer). Shapes are painted first, then
/// all text in one text object, so text is never hidden under a fill drawn later.
#[derive(Default)]
pub struct Canvas {
    /// Content-stream operators of the shapes, in drawing order, y already turned bottom-up.
    shapes: Vec<u8>,
    texts: Vec<TextRun>,
}

/// Appends `v` to a content stream: at most three decimals, no trailing zeros, never `-0`, so
/// that the same drawing always gives the same bytes.
fn num(out: &mut Vec<u8>, v: f32) {
    let milli = (f64::from(v) * 1000.0).round() as i64;
    if milli < 0 {
        out.push(b'-');
    }
    let milli = milli.unsigned_abs();
    let _ = write!(out, "{}", milli / 1000);
    let frac = milli % 1000;
    if frac != 0 {
        let digits = format!("{frac:03}");
        out.push(b'.');
        out.extend_from_slice(digits.trim_end_matches('0').as_bytes());
    }
}

/// `values` separated by spaces, then ` op` and a line break.
fn op(out: &mut Vec<u8>, values: &[f32], operator: &str) {
    for v in values {
        num(out, *v);
        out.push(b' ');
    }
    out.extend_from_slice(operator.as_bytes());
    out.push(b'\n');
}

/// A colour's three components (0–1).
fn rgb(c: Rgb) -> [f32; 3] {
    [f32::from(c.0) / 255.0, f32::from(c.1) / 255.0, f32::from(c.2) / 255.0]
}

/// Bézier handle length for a quarter circle.
const KAPPA: f32 = 0.552_284_8;

impl Canvas {
    pub fn is_empty(&self) -> bool {
        self.shapes.is_empty() && self.texts.is_empty()
    }

    /// Page coordinates (y down from the top) to PDF user space (y up from the bottom).
    fn point(&mut self, x: f32, y: f32, operator: &str) {
        op(&mut self.shapes, &[x, PAGE_H - y], operator);
    }

    fn fill_color(&mut self, c: Rgb) {
        op(&mut self.shapes, &rgb(c), "rg");
    }

    fn rect_path(&mut self, x: f32, y: f32, w: f32, h: f32) {
        op(&mut self.shapes, &[x, PAGE_H - y - h, w, h], "re");
    }

    pub fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Rgb) {
        if w <= 0.0 || h <= 0.0 {
            return;
        }
        self.fill_color(fill);
        self.rect_path(x, y, w, h);
        self.shapes.extend_from_slice(b"f\n");
    }

    pub fn stroke_rect(&mut self, x: f32, y: f32, w: f32, h: f32, stroke: Rgb, thickness: f32) {
        self.stroke_style(stroke, thickness);
        self.rect_path(x, y, w, h);
        self.shapes.extend_from_slice(b"S\n");
    }

    fn stroke_style(&mut self, stroke: Rgb, thickness: f32) {
        op(&mut self.shapes, &rgb(stroke), "RG");
        op(&mut self.shapes, &[thickness], "w");
    }

    fn segment(&mut self, x1: f32, y1: f32, x2: f32, y2: f32) {
        self.point(x1, y1, "m");
        self.point(x2, y2, "l");
        self.shapes.extend_from_slice(b"S\n");
    }

    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, stroke: Rgb, thickness: f32) {
        self.stroke_style(stroke, thickness);
        self.segment(x1, y1, x2, y2);
    }

    pub fn dashed_line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, stroke: Rgb, thickness: f32) {
        self.shapes.extend_from_slice(b"q\n[4 2.5] 0 d\n");
        self.line(x1, y1, x2, y2, stroke, thickness);
        self.shapes.extend_from_slice(b"Q\n");
    }

    /// A closed path through `points`.
    fn polygon_path(&mut self, points: &[(f32, f32)]) {
        for (i, &(x, y)) in points.iter().enumerate() {
            self.point(x, y, if i == 0 { "m" } else { "l" });
        }
        self.shapes.extend_from_slice(b"h\n");
    }

    /// A filled polygon through `points`.
    pub fn polygon(&mut self, points: &[(f32, f32)], fill: Rgb) {
        self.fill_color(fill);
        self.polygon_path(points);
        self.shapes.extend_from_slice(b"f\n");
    }

    /// The outline of a polygon through `points`.
    fn stroke_polygon(&mut self, points: &[(f32, f32)], stroke: Rgb, thickness: f32) {
        self.stroke_style(stroke, thickness);
        self.polygon_path(points);
        self.shapes.extend_from_slice(b"S\n");
    }

    /// A circle as four Bézier quarters, counter-clockwise from its rightmost point.
    fn circle_path(&mut self, cx: f32, cy: f32, r: f32) {
        let k = r * KAPPA;
        self.point(cx + r, cy, "m");
        let quarters = [
            [(cx + r, cy + k), (cx + k, cy + r), (cx, cy + r)],
            [(cx - k, cy + r), (cx - r, cy + k), (cx - r, cy)],
            [(cx - r, cy - k), (cx - k, cy - r), (cx, cy - r)],
            [(cx + k, cy - r), (cx + r, cy - k), (cx + r, cy)],
        ];
        for [(x1, y1), (x2, y2), (x3, y3)] in quarters {
            op(&mut self.shapes, &[x1, PAGE_H - y1, x2, PAGE_H - y2, x3, PAGE_H - y3], "c");
        }
        self.shapes.extend_from_slice(b"h\n");
    }

    /// Filled discs (one path, so overlapping discs make one shape: clouds).
    pub fn discs(&mut self, discs: &[(f32, f32, f32)], fill: Rgb) {
        self.fill_color(fill);
        for &(cx, cy, r) in discs {
            self.circle_path(cx, cy, r);
        }
        self.shapes.extend_from_slice(b"f\n");
    }

    /// A rectangle filled with `fill` and `pattern` (white lines over the colour), outlined in
    /// the same colour so that light fills keep their edge on white paper.
    pub fn pattern_rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Rgb, pattern: Pattern) {
        if w <= 0.0 || h <= 0.0 {
            return;
        }
        self.fill_rect(x, y, w, h, fill);
        if pattern != Pattern::Solid {
            self.shapes.extend_from_slice(b"q\n");
            self.rect_path(x, y, w, h);
            self.shapes.extend_from_slice(b"W n\n");
            self.stroke_style(theme::WHITE, 0.9);
            let step = 3.6;
            let mut lines: Vec<[(f32, f32); 2]> = Vec::new();
            let diagonal = |lines: &mut Vec<[(f32, f32); 2]>, up: bool| {
                let mut d = -h;
                while d < w + h {
                    if up {
                        lines.push([(x + d, y + h), (x + d + h, y)]);
                    } else {
                        lines.push([(x + d, y), (x + d + h, y + h)]);
                    }
                    d += step;
                }
            };
            match pattern {
                Pattern::Solid => {}
                Pattern::Diagonal => diagonal(&mut lines, true),
                Pattern::BackDiagonal => diagonal(&mut lines, false),
                Pattern::Cross => {
                    diagonal(&mut lines, true);
                    diagonal(&mut lines, false);
                }
                Pattern::Horizontal => {
                    let mut d = step / 2.0;
                    while d < h {
                        lines.push([(x, y + d), (x + w, y + d)]);
                        d += step;
                    }
                }
                Pattern::Vertical => {
                    let mut d = step / 2.0;
                    while d < w {
                        lines.push([(x + d, y), (x + d, y + h)]);
                        d += step;
                    }
                }
            }
            for [(x1, y1), (x2, y2)] in lines {
                self.segment(x1, y1, x2, y2);
            }
            self.shapes.extend_from_slice(b"Q\n");
        }
        self.stroke_rect(x, y, w, h, fill, 0.6);
    }

    /// `text` with its baseline at `baseline` and its left edge at `x`.
    pub fn text(&mut self, x: f32, baseline: f32, style: Style, color: Rgb, text: &str) {
        if text.is_empty() {
            return;
        }
        self.texts.push(TextRun { x, baseline, style, color, text: text.to_string(), vertical: false });
    }

    /// `text` turned a quarter left (reading upwards), starting at (`x`, `y`) and going up.
    pub fn text_vertical(&mut self, x: f32, y: f32, style: Style, color: Rgb, text: &str) {
        if text.is_empty() {
            return;
        }
        self.texts.push(TextRun { x, baseline: y, style, color, text: text.to_string(), vertical: true });
    }

    /// Text runs as placed (left edge, baseline, style, text, upright), for layout tests.
    #[cfg(test)]
    pub fn runs(&self) -> Vec<(f32, f32, Style, String, bool)> {
        self.texts.iter().map(|r| (r.x, r.baseline, r.style, r.text.clone(), r.vertical)).collect()
    }

    /// The page's content stream (uncompressed): its shapes, then its text in the faces'
    /// glyph ids (`Identity-H`: two bytes per glyph), with `fonts` naming the faces' resources.
    /// Every glyph shown is added to `used`, for the fonts' subsets and Unicode maps.
    pub fn encode(self, fonts: &Fonts, used: &mut GlyphUse) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.shapes.len() + self.texts.len() * 48 + 8);
        // Saved and restored so that no graphics state leaks into what a viewer adds.
        out.extend_from_slice(b"q\n");
        out.extend_from_slice(&self.shapes);
        if !self.texts.is_empty() {
            out.extend_from_slice(b"BT\n");
            let mut font: Option<(Face, f32)> = None;
            let mut fill: Option<Rgb> = None;
            for run in self.texts {
                if font != Some((run.style.face, run.style.size)) {
                    out.push(b'/');
                    out.extend_from_slice(super::fonts::resource_name(run.style.face).as_bytes());
                    out.push(b' ');
                    op(&mut out, &[run.style.size], "Tf");
                    font = Some((run.style.face, run.style.size));
                }
                if fill != Some(run.color) {
                    op(&mut out, &rgb(run.color), "rg");
                    fill = Some(run.color);
                }
                let y = PAGE_H - run.baseline;
                let matrix = if run.vertical { [0.0, 1.0, -1.0, 0.0, run.x, y] } else { [1.0, 0.0, 0.0, 1.0, run.x, y] };
                op(&mut out, &matrix, "Tm");
                out.push(b'<');
                for c in run.text.chars() {
                    let glyph = used.glyph(fonts, run.style.face, c);
                    let _ = write!(out, "{glyph:04X}");
                }
                out.extend_from_slice(b"> Tj\n");
            }
            out.extend_from_slice(b"ET\n");
        }
        out.extend_from_slice(b"Q\n");
        out
    }
}

/// How a bar is filled, so that series and météos differ in grey-scale too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pattern {
    Solid,
    Diagonal,
    Cross,
    Horizontal,
    BackDiagonal,
    Vertical,
}

impl Pattern {
    /// The pattern of a series style (the colour comes from [`theme::series_color`]).
    pub fn for_style(style: u8) -> Pattern {
        const ALL: [Pattern; 6] = [
            Pattern::Solid,
            Pattern::Diagonal,
            Pattern::Cross,
            Pattern::Horizontal,
            Pattern::BackDiagonal,
            Pattern::Vertical,
        ];
        ALL[usize::from(style) % ALL.len()]
    }

    /// Météo bars: the two extremes solid (light gold, near black), the middle ones hatched.
    pub fn for_weather(weather: Weather) -> Pattern {
        match weather {
            Weather::Sunny => Pattern::Solid,
            Weather::Cloudy => Pattern::Diagonal,
            Weather::Rainy => Pattern::Cross,
            Weather::Stormy => Pattern::Solid,
        }
    }
}

/// The marker that doubles a tone's colour with a shape: good ● (disc), warning ▲ (triangle),
/// bad ◆ (diamond), neutral – (short bar). Centred on (`cx`, `cy`), `size` wide.
pub fn tone_marker(canvas: &mut Canvas, tone: Tone, cx: f32, cy: f32, size: f32) {
    let r = size / 2.0;
    let c = theme::tone_accent(tone);
    match tone {
        Tone::Good => canvas.discs(&[(cx, cy, r * 0.9)], c),
        Tone::Warning => canvas.polygon(&[(cx, cy - r), (cx + r, cy + r * 0.8), (cx - r, cy + r * 0.8)], c),
        Tone::Bad => canvas.polygon(&[(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], c),
        Tone::Neutral => canvas.fill_rect(cx - r * 0.8, cy - r * 0.22, r * 1.6, r * 0.44, c),
    }
}

/// A météo pictogram in the `size` × `size` square whose top-left corner is (`x`, `y`): sun with
/// rays, cloud, cloud with rain, cloud with lightning. The shapes differ, not only the colours.
pub fn weather_symbol(canvas: &mut Canvas, weather: Weather, x: f32, y: f32, size: f32) {
    let s = size;
    let (cx, cy) = (x + s / 2.0, y + s / 2.0);
    let c = theme::weather_color(weather);
    // A cloud centred on (ccx, ccy), `k` times the square's size.
    let cloud = |canvas: &mut Canvas, ccx: f32, ccy: f32, k: f32, fill: Rgb| {
        let u = s * k;
        canvas.discs(
            &[
                (ccx - 0.22 * u, ccy + 0.06 * u, 0.20 * u),
                (ccx + 0.04 * u, ccy - 0.06 * u, 0.27 * u),
                (ccx + 0.28 * u, ccy + 0.08 * u, 0.18 * u),
            ],
            fill,
        );
        canvas.fill_rect(ccx - 0.22 * u, ccy + 0.06 * u, 0.50 * u, 0.20 * u, fill);
    };
    match weather {
        Weather::Sunny => {
            canvas.discs(&[(cx, cy, 0.23 * s)], c);
            for i in 0..8 {
                let a = i as f32 * std::f32::consts::FRAC_PI_4;
                let (dx, dy) = (a.cos(), a.sin());
                canvas.line(cx + dx * 0.33 * s, cy + dy * 0.33 * s, cx + dx * 0.49 * s, cy + dy * 0.49 * s, c, 0.09 * s);
            }
        }
        Weather::Cloudy => cloud(canvas, cx, cy + 0.02 * s, 1.0, c),
        Weather::Rainy => {
            cloud(canvas, cx, y + 0.36 * s, 0.9, Rgb::hex(0x56616D));
            for i in 0..3 {
                let dx = x + (0.28 + 0.22 * i as f32) * s;
                canvas.line(dx, y + 0.72 * s, dx - 0.08 * s, y + 0.95 * s, c, 0.09 * s);
            }
        }
        Weather::Stormy => {
            cloud(canvas, cx, y + 0.34 * s, 0.95, c);
            let bolt = [
                (x + 0.52 * s, y + 0.50 * s),
                (x + 0.36 * s, y + 0.78 * s),
                (x + 0.50 * s, y + 0.76 * s),
                (x + 0.42 * s, y + 1.00 * s),
                (x + 0.68 * s, y + 0.66 * s),
                (x + 0.54 * s, y + 0.68 * s),
                (x + 0.64 * s, y + 0.50 * s),
            ];
            canvas.polygon(&bolt, Rgb::hex(0xF2B600));
            canvas.stroke_polygon(&bolt, c, 0.04 * s);
        }
    }
}
