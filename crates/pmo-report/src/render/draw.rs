//! The drawing layer: a page's vector shapes and text runs in top-down points, turned into
//! printpdf operations at the end. Also the symbols that make tone and météo readable without
//! colour (grey-scale print, colour-blind readers): tone markers, météo pictograms, fill
//! patterns of chart series.

use printpdf::{
    Color, FontId, Line, LineDashPattern, LinePoint, Op, PaintMode, PdfFontHandle, Point,
    Polygon, PolygonRing, Pt, Rect, TextItem, TextMatrix, WindingOrder,
};

use pmo_model::model::Weather;

use super::fonts::Face;
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

/// One page being drawn. Shapes are painted first, then all text in one text object, so text
/// is never hidden under a fill drawn later.
#[derive(Default)]
pub struct Canvas {
    shapes: Vec<Op>,
    texts: Vec<TextRun>,
}

fn pt(x: f32, y: f32) -> Point {
    Point { x: Pt(x), y: Pt(PAGE_H - y) }
}

fn color(c: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: f32::from(c.0) / 255.0,
        g: f32::from(c.1) / 255.0,
        b: f32::from(c.2) / 255.0,
        icc_profile: None,
    })
}

fn corner(x: f32, y: f32) -> LinePoint {
    LinePoint { p: pt(x, y), bezier: false }
}

fn handle(x: f32, y: f32) -> LinePoint {
    LinePoint { p: pt(x, y), bezier: true }
}

/// Bézier handle length for a quarter circle.
const KAPPA: f32 = 0.552_284_8;

impl Canvas {
    pub fn is_empty(&self) -> bool {
        self.shapes.is_empty() && self.texts.is_empty()
    }

    pub fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Rgb) {
        if w <= 0.0 || h <= 0.0 {
            return;
        }
        self.shapes.push(Op::SetFillColor { col: color(fill) });
        self.shapes.push(Op::DrawRectangle { rectangle: rect(x, y, w, h, PaintMode::Fill) });
    }

    pub fn stroke_rect(&mut self, x: f32, y: f32, w: f32, h: f32, stroke: Rgb, thickness: f32) {
        self.stroke_style(stroke, thickness);
        self.shapes.push(Op::DrawRectangle { rectangle: rect(x, y, w, h, PaintMode::Stroke) });
    }

    fn stroke_style(&mut self, stroke: Rgb, thickness: f32) {
        self.shapes.push(Op::SetOutlineColor { col: color(stroke) });
        self.shapes.push(Op::SetOutlineThickness { pt: Pt(thickness) });
    }

    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, stroke: Rgb, thickness: f32) {
        self.stroke_style(stroke, thickness);
        self.shapes.push(Op::DrawLine {
            line: Line { points: vec![corner(x1, y1), corner(x2, y2)], is_closed: false },
        });
    }

    pub fn dashed_line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, stroke: Rgb, thickness: f32) {
        self.shapes.push(Op::SaveGraphicsState);
        self.shapes.push(Op::SetLineDashPattern { dash: LineDashPattern::new(0.0, &[4.0, 2.5]) });
        self.line(x1, y1, x2, y2, stroke, thickness);
        self.shapes.push(Op::RestoreGraphicsState);
    }

    /// A filled polygon through `points`.
    pub fn polygon(&mut self, points: &[(f32, f32)], fill: Rgb) {
        self.shapes.push(Op::SetFillColor { col: color(fill) });
        self.shapes.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing { points: points.iter().map(|&(x, y)| corner(x, y)).collect() }],
                mode: PaintMode::Fill,
                winding_order: WindingOrder::NonZero,
            },
        });
    }

    fn circle_ring(cx: f32, cy: f32, r: f32) -> PolygonRing {
        let k = r * KAPPA;
        PolygonRing {
            points: vec![
                corner(cx + r, cy),
                handle(cx + r, cy + k),
                handle(cx + k, cy + r),
                corner(cx, cy + r),
                handle(cx - k, cy + r),
                handle(cx - r, cy + k),
                corner(cx - r, cy),
                handle(cx - r, cy - k),
                handle(cx - k, cy - r),
                corner(cx, cy - r),
                handle(cx + k, cy - r),
                handle(cx + r, cy - k),
                corner(cx + r, cy),
            ],
        }
    }

    /// Filled discs (one path, so overlapping discs make one shape: clouds).
    pub fn discs(&mut self, discs: &[(f32, f32, f32)], fill: Rgb) {
        self.shapes.push(Op::SetFillColor { col: color(fill) });
        self.shapes.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: discs.iter().map(|&(cx, cy, r)| Self::circle_ring(cx, cy, r)).collect(),
                mode: PaintMode::Fill,
                winding_order: WindingOrder::NonZero,
            },
        });
    }

    /// A rectangle filled with `fill` and `pattern` (white lines over the colour), outlined in
    /// the same colour so that light fills keep their edge on white paper.
    pub fn pattern_rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Rgb, pattern: Pattern) {
        if w <= 0.0 || h <= 0.0 {
            return;
        }
        self.fill_rect(x, y, w, h, fill);
        if pattern != Pattern::Solid {
            self.shapes.push(Op::SaveGraphicsState);
            self.shapes.push(Op::DrawRectangle { rectangle: rect(x, y, w, h, PaintMode::Clip) });
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
                self.shapes.push(Op::DrawLine {
                    line: Line { points: vec![corner(x1, y1), corner(x2, y2)], is_closed: false },
                });
            }
            self.shapes.push(Op::RestoreGraphicsState);
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

    /// The page as printpdf operations, with `font_ids` naming the regular and bold faces.
    pub fn into_ops(self, regular: &FontId, bold: &FontId) -> Vec<Op> {
        let mut ops = Vec::with_capacity(self.shapes.len() + self.texts.len() * 3 + 4);
        // Saved and restored so that no graphics state leaks into what a viewer adds.
        ops.push(Op::SaveGraphicsState);
        ops.extend(self.shapes);
        if !self.texts.is_empty() {
            ops.push(Op::StartTextSection);
            let mut font: Option<(Face, f32)> = None;
            let mut fill: Option<Rgb> = None;
            for run in self.texts {
                if font != Some((run.style.face, run.style.size)) {
                    let id = match run.style.face {
                        Face::Regular => regular,
                        Face::Bold => bold,
                    };
                    ops.push(Op::SetFont { font: PdfFontHandle::External(id.clone()), size: Pt(run.style.size) });
                    font = Some((run.style.face, run.style.size));
                }
                if fill != Some(run.color) {
                    ops.push(Op::SetFillColor { col: color(run.color) });
                    fill = Some(run.color);
                }
                let y = PAGE_H - run.baseline;
                let matrix = if run.vertical {
                    [0.0, 1.0, -1.0, 0.0, run.x, y]
                } else {
                    [1.0, 0.0, 0.0, 1.0, run.x, y]
                };
                ops.push(Op::SetTextMatrix { matrix: TextMatrix::Raw(matrix) });
                ops.push(Op::ShowText { items: vec![TextItem::Text(run.text)] });
            }
            ops.push(Op::EndTextSection);
        }
        ops.push(Op::RestoreGraphicsState);
        ops
    }
}

fn rect(x: f32, y: f32, w: f32, h: f32, mode: PaintMode) -> Rect {
    Rect {
        x: Pt(x),
        y: Pt(PAGE_H - y - h),
        width: Pt(w),
        height: Pt(h),
        mode: Some(mode),
        winding_order: Some(WindingOrder::NonZero),
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
            canvas.shapes.push(Op::SetOutlineColor { col: color(c) });
            canvas.shapes.push(Op::SetOutlineThickness { pt: Pt(0.04 * s) });
            canvas.shapes.push(Op::DrawPolygon {
                polygon: Polygon {
                    rings: vec![PolygonRing { points: bolt.iter().map(|&(x, y)| corner(x, y)).collect() }],
                    mode: PaintMode::Stroke,
                    winding_order: WindingOrder::NonZero,
                },
            });
        }
    }
}
