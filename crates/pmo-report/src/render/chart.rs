//! Charts drawn as vectors: vertical grouped bars, horizontal bars (long category names) and
//! météo bars. Series differ by colour AND fill pattern, météo bars by pattern AND pictogram,
//! so that a chart still reads in grey-scale print. The axis shows the ticks the builder gave
//! (already formatted), category names are shortened with `…` when they do not fit, value
//! labels turn upright over bars too narrow for them, and the scale leaves room for them.
//!
//! Values are converted to `f32` only to place shapes: the figures printed are the builder's
//! labels, never recomputed here.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::draw::{weather_symbol, Canvas, Pattern};
use super::fonts::{drawable, Face, Fonts};
use super::layout::baseline;
use super::text::{ellipsize, wrap_max, Style};
use super::theme::{self, line_height, size, Rgb};
use super::RenderError;
use crate::document::{Chart, ChartKind};

/// Height of a vertical bar chart (about 67 mm).
const BAR_CHART_H: f32 = 190.0;
const TITLE_H: f32 = 16.0;
const LEGEND_ROW_H: f32 = 11.0;
const SWATCH_W: f32 = 11.0;
const SWATCH_H: f32 = 7.0;
const REFERENCE_ROOM: f32 = 10.0;
const AXIS_LABEL_H: f32 = 12.0;
const WEATHER_SYMBOL: f32 = 14.0;

fn f(v: Decimal) -> f32 {
    v.to_f32().unwrap_or(0.0)
}

/// Every series has one value per category, labels are absent or one per value, and météo bars
/// know the météo of every category: anything else would draw a wrong chart.
pub fn validate(chart: &Chart) -> Result<(), RenderError> {
    let n = chart.categories.len();
    for s in &chart.series {
        let bad = s.values.len() != n
            || (!s.labels.is_empty() && s.labels.len() != n)
            || (chart.kind == ChartKind::WeatherBars && s.weathers.len() != n);
        if bad {
            return Err(RenderError::SeriesShape {
                chart: chart.title.clone(),
                series: s.name.clone(),
                categories: n,
                values: s.values.len(),
                labels: s.labels.len(),
                weathers: s.weathers.len(),
            });
        }
    }
    Ok(())
}

fn legend_style() -> Style {
    Style::new(Face::Regular, size::CHART_LABEL)
}

/// The legend's items laid out in rows within `width`: (row, x offset, name).
fn legend_layout(fonts: &Fonts, chart: &Chart, width: f32) -> Vec<(usize, f32, String)> {
    if chart.kind == ChartKind::WeatherBars {
        return Vec::new();
    }
    let style = legend_style();
    let mut out = Vec::new();
    let (mut row, mut x) = (0usize, 0.0f32);
    for s in &chart.series {
        let name = ellipsize(fonts, &drawable(fonts, &s.name), style, width - SWATCH_W - 4.0);
        let item_w = SWATCH_W + 4.0 + fonts.width(&name, style.face, style.size) + 12.0;
        if x > 0.0 && x + item_w > width {
            row += 1;
            x = 0.0;
        }
        out.push((row, x, name));
        x += item_w;
    }
    out
}

fn legend_height(fonts: &Fonts, chart: &Chart, width: f32) -> f32 {
    legend_layout(fonts, chart, width).last().map_or(0.0, |(row, _, _)| (row + 1) as f32 * LEGEND_ROW_H + 2.0)
}

/// The height the chart takes in a frame `width` wide.
pub fn height(fonts: &Fonts, chart: &Chart, width: f32) -> f32 {
    match chart.kind {
        ChartKind::GroupedBars | ChartKind::WeatherBars => BAR_CHART_H,
        ChartKind::HorizontalBars => {
            let n = chart.categories.len().max(1) as f32;
            let band = (chart.series.len().max(1) as f32 * 9.0 + 6.0).max(16.0);
            let fixed = TITLE_H
                + legend_height(fonts, chart, width)
                + if chart.reference.is_some() { REFERENCE_ROOM } else { 0.0 }
                + AXIS_LABEL_H
                + 4.0;
            (fixed + n * band).clamp(110.0, theme::CONTENT_HEIGHT)
        }
    }
}

/// The value range the axis covers: zero, every tick, value and the reference line.
fn range(chart: &Chart) -> (f32, f32) {
    let values = chart
        .ticks
        .iter()
        .map(|t| f(t.value))
        .chain(chart.series.iter().flat_map(|s| s.values.iter().map(|v| f(*v))))
        .chain(chart.reference.iter().map(|r| f(r.value)));
    let (lo, hi) = values.fold((0.0f32, 0.0f32), |(lo, hi), v| (lo.min(v), hi.max(v)));
    // hi >= lo by construction: an empty span (all zero) gets a unit one.
    if hi - lo <= 0.0 { (lo, lo + 1.0) } else { (lo, hi) }
}

/// How values map onto an axis `length` long: `offset + (v − lo) × per_unit` from its low end.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Scale {
    per_unit: f32,
    offset: f32,
}

impl Scale {
    fn at(&self, v: f32, lo: f32) -> f32 {
        self.offset + (v - lo) * self.per_unit
    }
}

/// The largest scale at which every value's label (`extent` long, past the bar's end: beyond
/// it for a positive value, before it for a negative one) fits on the axis, with the low end
/// moved up when a negative bar's label needs room under it; `None` when labels would squash
/// the bars to less than half the axis (they are then left out).
fn scale(length: f32, lo: f32, hi: f32, bars: &[(f32, f32)]) -> Option<Scale> {
    let full = length / (hi - lo);
    let mut per_unit = full;
    while per_unit >= full * 0.5 {
        let offset = bars
            .iter()
            .filter(|(v, _)| *v < 0.0)
            .map(|&(v, extent)| extent - (v - lo) * per_unit)
            .fold(0.0f32, f32::max);
        let top = bars
            .iter()
            .filter(|(v, _)| *v >= 0.0)
            .map(|&(v, extent)| (v - lo) * per_unit + extent)
            .fold((hi - lo) * per_unit, f32::max);
        if offset + top <= length + 1e-3 {
            return Some(Scale { per_unit, offset });
        }
        per_unit *= 0.97;
    }
    None
}

fn plain_scale(length: f32, lo: f32, hi: f32) -> Scale {
    Scale { per_unit: length / (hi - lo), offset: 0.0 }
}

pub fn draw(canvas: &mut Canvas, fonts: &Fonts, chart: &Chart, x: f32, y: f32, w: f32, h: f32) {
    let title_style = Style::new(Face::Bold, size::CHART_TITLE);
    let title = ellipsize(fonts, &drawable(fonts, &chart.title), title_style, w);
    canvas.text(x, baseline(y, TITLE_H - 3.0, title_style.size), title_style, theme::BLUE, &title);
    let mut top = y + TITLE_H;
    let style = legend_style();
    for (i, (row, dx, name)) in legend_layout(fonts, chart, w).into_iter().enumerate() {
        let s = &chart.series[i];
        let ly = top + row as f32 * LEGEND_ROW_H;
        let sy = ly + (LEGEND_ROW_H - SWATCH_H) / 2.0 - 1.0;
        canvas.pattern_rect(x + dx, sy, SWATCH_W, SWATCH_H, theme::series_color(s.style), Pattern::for_style(s.style));
        canvas.text(x + dx + SWATCH_W + 4.0, baseline(ly, LEGEND_ROW_H - 2.0, style.size), style, theme::TEXT, &name);
    }
    top += legend_height(fonts, chart, w);
    match chart.kind {
        ChartKind::GroupedBars | ChartKind::WeatherBars => vertical(canvas, fonts, chart, x, top, w, y + h - top),
        ChartKind::HorizontalBars => horizontal(canvas, fonts, chart, x, top, w, y + h - top),
    }
}

/// What fills a bar: the series' colour and pattern, or for météo bars the météo's.
fn bar_fill(chart: &Chart, series: usize, category: usize) -> (Rgb, Pattern) {
    let s = &chart.series[series];
    match (chart.kind, s.weathers.get(category)) {
        (ChartKind::WeatherBars, Some(&weather)) => (theme::weather_color(weather), Pattern::for_weather(weather)),
        _ => (theme::series_color(s.style), Pattern::for_style(s.style)),
    }
}

fn value_style() -> Style {
    Style::new(Face::Regular, size::CHART_VALUE)
}

fn label(chart: &Chart, series: usize, category: usize) -> Option<&str> {
    chart.series[series].labels.get(category).map(String::as_str).filter(|l| !l.is_empty())
}

fn vertical(canvas: &mut Canvas, fonts: &Fonts, chart: &Chart, x: f32, top: f32, w: f32, h: f32) {
    let cat_style = Style::new(Face::Regular, size::CHART_LABEL);
    let cat_lh = line_height(cat_style.size);
    let weather = chart.kind == ChartKind::WeatherBars;
    let below = 2.0 * cat_lh + 4.0 + if weather { WEATHER_SYMBOL + 2.0 } else { 0.0 };
    let tick_style = Style::new(Face::Regular, size::CHART_LABEL);
    let ticks: Vec<(f32, String)> =
        chart.ticks.iter().map(|t| (f(t.value), drawable(fonts, &t.label))).collect();
    let tick_w = ticks
        .iter()
        .map(|(_, l)| fonts.width(l, tick_style.face, tick_style.size))
        .fold(0.0, f32::max)
        .min(w * 0.25);
    let plot_x = x + if ticks.is_empty() { 0.0 } else { tick_w + 5.0 };
    let plot_w = (x + w - plot_x - 2.0).max(1.0);
    let plot_top = top + 6.0;
    let plot_bottom = top + h - below;
    let plot_h = (plot_bottom - plot_top).max(1.0);

    let n = chart.categories.len().max(1);
    let ns = chart.series.len().max(1);
    let group_w = plot_w / n as f32;
    let gap = if ns > 1 { 1.5 } else { 0.0 };
    let inner = group_w * if ns == 1 { 0.55 } else { 0.78 };
    let bar_w = ((inner - (ns - 1) as f32 * gap) / ns as f32).min(42.0);
    let vs = value_style();
    let vlh = line_height(vs.size);
    // Upright labels when any is wider than the room a bar has for it.
    // Side by side, labels keep 3 points apart so that neighbours do not read as one figure.
    let room = if ns == 1 { group_w * 0.92 } else { bar_w + gap - 3.0 };
    let mut upright = false;
    let mut extents = Vec::new();
    for (si, s) in chart.series.iter().enumerate() {
        for (ci, v) in s.values.iter().enumerate() {
            if let Some(l) = label(chart, si, ci) {
                let lw = fonts.width(&drawable(fonts, l), vs.face, vs.size);
                upright |= lw > room;
                extents.push((f(*v), lw));
            }
        }
    }
    let bars: Vec<(f32, f32)> =
        extents.iter().map(|&(v, lw)| (v, if upright { lw + 3.0 } else { vlh + 1.0 })).collect();
    let (lo, hi) = range(chart);
    let (s, show_labels) = match scale(plot_h, lo, hi, &bars) {
        Some(s) => (s, true),
        None => (plain_scale(plot_h, lo, hi), false),
    };
    let y_of = |v: f32| plot_bottom - s.at(v, lo);

    // Grid and tick labels (a label too close to the previous one is left out).
    let mut last_label_y = f32::INFINITY;
    for (v, l) in &ticks {
        let ty = y_of(*v);
        canvas.line(plot_x, ty, plot_x + plot_w, ty, theme::GRID, 0.5);
        if (last_label_y - ty).abs() >= tick_style.size + 1.5 {
            let l = ellipsize(fonts, l, tick_style, tick_w);
            let lw = fonts.width(&l, tick_style.face, tick_style.size);
            canvas.text(plot_x - 4.0 - lw, ty + tick_style.size * 0.35, tick_style, theme::MUTED, &l);
            last_label_y = ty;
        }
    }

    let mut labels = Vec::new();
    for ci in 0..chart.categories.len() {
        let group_x = plot_x + ci as f32 * group_w;
        let bars_w = ns as f32 * bar_w + (ns - 1) as f32 * gap;
        let mut bx = group_x + (group_w - bars_w) / 2.0;
        for si in 0..chart.series.len() {
            let v = f(chart.series[si].values[ci]);
            let (y0, y1) = (y_of(0.0), y_of(v));
            let (fill, pattern) = bar_fill(chart, si, ci);
            canvas.pattern_rect(bx, y0.min(y1), bar_w, (y1 - y0).abs(), fill, pattern);
            if let Some(l) = label(chart, si, ci).filter(|_| show_labels) {
                let text = drawable(fonts, l);
                let width = fonts.width(&text, vs.face, vs.size);
                let cx = bx + bar_w / 2.0;
                let (x, y) = match (upright, v >= 0.0) {
                    (false, true) => (cx - width / 2.0, y1 - 2.5),
                    (false, false) => (cx - width / 2.0, y1 + 2.0 + vs.size * 0.9),
                    (true, true) => (cx + vs.size * 0.35, y1 - 2.0),
                    (true, false) => (cx + vs.size * 0.35, y1 + 2.0 + width),
                };
                labels.push(ValueLabel { x, y, text, width, upright });
            }
            bx += bar_w + gap;
        }
        // Category: météo pictogram, then the name on two lines at most.
        let mut ly = plot_bottom + 3.0;
        if let (true, Some(&wx)) = (weather, chart.series.first().and_then(|s| s.weathers.get(ci))) {
            weather_symbol(canvas, wx, group_x + (group_w - WEATHER_SYMBOL) / 2.0, ly, WEATHER_SYMBOL);
            ly += WEATHER_SYMBOL + 2.0;
        }
        let name = drawable(fonts, &chart.categories[ci]);
        for line in wrap_max(fonts, &name, cat_style, group_w - 4.0, 2) {
            let lw = fonts.width(&line, cat_style.face, cat_style.size);
            canvas.text(group_x + (group_w - lw) / 2.0, baseline(ly, cat_lh, cat_style.size), cat_style, theme::TEXT, &line);
            ly += cat_lh;
        }
    }
    canvas.line(plot_x, y_of(0.0), plot_x + plot_w, y_of(0.0), theme::AXIS, 0.8);

    if let Some(r) = &chart.reference {
        let ry = y_of(f(r.value));
        canvas.dashed_line(plot_x, ry, plot_x + plot_w, ry, theme::AXIS, 1.0);
        let rs = Style::new(Face::Bold, size::CHART_VALUE);
        let l = ellipsize(fonts, &drawable(fonts, &r.label), rs, plot_w * 0.5);
        let lw = fonts.width(&l, rs.face, rs.size);
        // Above the line, or under it when the line runs along the top of the plot.
        let label_top = if ry - plot_top >= 9.0 { ry - 9.0 } else { ry + 1.5 };
        canvas.fill_rect(plot_x + plot_w - lw - 4.0, label_top, lw + 4.0, 8.0, theme::WHITE);
        canvas.text(plot_x + plot_w - lw - 2.0, baseline(label_top, 8.0, rs.size), rs, theme::AXIS, &l);
    }
    draw_value_labels(canvas, &labels);
}

/// A value label, placed: `x`, `y` is the start of its baseline (for an upright label, the
/// bottom end of its baseline).
struct ValueLabel {
    x: f32,
    y: f32,
    text: String,
    width: f32,
    upright: bool,
}

/// Value labels on a white ground, so that a grid or reference line never runs through the
/// figures (drawn after the lines, under the text).
fn draw_value_labels(canvas: &mut Canvas, labels: &[ValueLabel]) {
    let vs = value_style();
    for l in labels {
        if l.upright {
            canvas.fill_rect(l.x - vs.size * 0.8, l.y - l.width - 0.5, vs.size * 1.05, l.width + 1.0, theme::WHITE);
        } else {
            canvas.fill_rect(l.x - 0.5, l.y - vs.size * 0.8, l.width + 1.0, vs.size * 1.05, theme::WHITE);
        }
    }
    for l in labels {
        if l.upright {
            canvas.text_vertical(l.x, l.y, vs, theme::TEXT, &l.text);
        } else {
            canvas.text(l.x, l.y, vs, theme::TEXT, &l.text);
        }
    }
}

fn horizontal(canvas: &mut Canvas, fonts: &Fonts, chart: &Chart, x: f32, top: f32, w: f32, h: f32) {
    let cat_style = Style::new(Face::Regular, size::CHART_LABEL);
    let names: Vec<String> = chart.categories.iter().map(|c| drawable(fonts, c)).collect();
    let label_w = names
        .iter()
        .map(|n| fonts.width(n, cat_style.face, cat_style.size))
        .fold(0.0, f32::max)
        .min(w * 0.35);
    let plot_x = x + label_w + 6.0;
    let plot_w = (x + w - plot_x - 4.0).max(1.0);
    let plot_top = top + if chart.reference.is_some() { REFERENCE_ROOM } else { 2.0 };
    let plot_bottom = top + h - AXIS_LABEL_H;
    let plot_h = (plot_bottom - plot_top).max(1.0);

    let n = chart.categories.len().max(1);
    let ns = chart.series.len().max(1);
    let band = plot_h / n as f32;
    let gap = if ns > 1 { 1.0 } else { 0.0 };
    let bar_h = ((band * 0.74 - (ns - 1) as f32 * gap) / ns as f32).min(13.0);
    let vs = value_style();
    let bars: Vec<(f32, f32)> = chart
        .series
        .iter()
        .enumerate()
        .flat_map(|(si, s)| {
            s.values.iter().enumerate().filter_map(move |(ci, v)| {
                label(chart, si, ci).map(|l| (f(*v), fonts.width(&drawable(fonts, l), vs.face, vs.size) + 4.0))
            })
        })
        .collect();
    let (lo, hi) = range(chart);
    let (s, show_labels) = match scale(plot_w, lo, hi, &bars) {
        Some(s) => (s, true),
        None => (plain_scale(plot_w, lo, hi), false),
    };
    let x_of = |v: f32| plot_x + s.at(v, lo);

    let tick_style = Style::new(Face::Regular, size::CHART_LABEL);
    let mut last_right = f32::NEG_INFINITY;
    for t in &chart.ticks {
        let tx = x_of(f(t.value));
        canvas.line(tx, plot_top, tx, plot_bottom, theme::GRID, 0.5);
        let l = drawable(fonts, &t.label);
        let lw = fonts.width(&l, tick_style.face, tick_style.size);
        let left = (tx - lw / 2.0).min(x + w - lw);
        if left >= last_right + 4.0 {
            canvas.text(left, plot_bottom + 3.0 + tick_style.size, tick_style, theme::MUTED, &l);
            last_right = left + lw;
        }
    }

    let mut labels = Vec::new();
    for (ci, name) in names.iter().enumerate() {
        let band_top = plot_top + ci as f32 * band;
        let bars_h = ns as f32 * bar_h + (ns - 1) as f32 * gap;
        let mut by = band_top + (band - bars_h) / 2.0;
        for si in 0..chart.series.len() {
            let v = f(chart.series[si].values[ci]);
            let (x0, x1) = (x_of(0.0), x_of(v));
            let (fill, pattern) = bar_fill(chart, si, ci);
            canvas.pattern_rect(x0.min(x1), by, (x1 - x0).abs(), bar_h, fill, pattern);
            if let Some(l) = label(chart, si, ci).filter(|_| show_labels) {
                let text = drawable(fonts, l);
                let width = fonts.width(&text, vs.face, vs.size);
                let x = if v >= 0.0 { x1 + 3.0 } else { x1 - 3.0 - width };
                labels.push(ValueLabel { x, y: baseline(by, bar_h, vs.size), text, width, upright: false });
            }
            by += bar_h + gap;
        }
        let line = ellipsize(fonts, name, cat_style, label_w);
        let lw = fonts.width(&line, cat_style.face, cat_style.size);
        canvas.text(plot_x - 6.0 - lw, baseline(band_top, band, cat_style.size), cat_style, theme::TEXT, &line);
    }
    canvas.line(x_of(0.0), plot_top, x_of(0.0), plot_bottom, theme::AXIS, 0.8);

    if let Some(r) = &chart.reference {
        let rx = x_of(f(r.value));
        canvas.dashed_line(rx, plot_top - 2.0, rx, plot_bottom, theme::AXIS, 1.0);
        let rs = Style::new(Face::Bold, size::CHART_VALUE);
        let l = ellipsize(fonts, &drawable(fonts, &r.label), rs, plot_w * 0.5);
        let lw = fonts.width(&l, rs.face, rs.size);
        let left = (rx - lw / 2.0).clamp(x, x + w - lw);
        canvas.text(left, baseline(plot_top - REFERENCE_ROOM, 8.0, rs.size), rs, theme::AXIS, &l);
    }
    draw_value_labels(canvas, &labels);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Reference, Series, Tick};
    use pmo_model::model::Weather;

    fn chart(kind: ChartKind, n: usize, series: usize) -> Chart {
        let weathers = [Weather::Sunny, Weather::Cloudy, Weather::Rainy, Weather::Stormy];
        Chart {
            title: "Un titre de graphique beaucoup trop long pour la largeur qui lui est donnée ici".into(),
            kind,
            categories: (0..n).map(|i| format!("Direction numéro {i} au nom interminable")).collect(),
            series: (0..series)
                .map(|s| Series {
                    name: format!("Série {s} au nom long"),
                    values: (0..n).map(|i| Decimal::from((i as i64 * 37 + s as i64 * 11) % 90 - 20)).collect(),
                    labels: (0..n).map(|i| format!("{} k€", (i * 37 + s * 11) % 90)).collect(),
                    style: s as u8,
                    weathers: (0..n).map(|i| weathers[i % 4]).collect(),
                })
                .collect(),
            ticks: [-20, 0, 20, 40, 60, 80].iter().map(|v| Tick { value: Decimal::from(*v), label: format!("{v} k€") }).collect(),
            reference: Some(Reference { value: Decimal::from(50), label: "Référence à 50 k€".into() }),
        }
    }

    /// Every label of every kind of chart stays inside the chart's frame, even with long names,
    /// negative values and many categories.
    #[test]
    fn chart_text_stays_inside_its_frame() {
        let fonts = Fonts::bundled().unwrap();
        for kind in [ChartKind::GroupedBars, ChartKind::HorizontalBars, ChartKind::WeatherBars] {
            for (n, series) in [(1, 1), (4, 2), (12, 3), (30, 1)] {
                let c = chart(kind, n, series);
                validate(&c).unwrap();
                for w in [200.0, 370.0, 760.0] {
                    let h = height(fonts, &c, w);
                    let (x, y) = (50.0, 60.0);
                    let mut canvas = Canvas::default();
                    draw(&mut canvas, fonts, &c, x, y, w, h);
                    for (tx, ty, style, text, upright) in canvas.runs() {
                        let len = fonts.width(&text, style.face, style.size);
                        // Glyphs reach 0.92 em above the baseline and 0.22 em below it.
                        let (left, right, top, bottom) = if upright {
                            (tx - style.size * 0.92, tx + style.size * 0.22, ty - len, ty)
                        } else {
                            (tx, tx + len, ty - style.size * 0.92, ty + style.size * 0.22)
                        };
                        let inside = left >= x - 0.01 && right <= x + w + 0.01 && top >= y - 0.01 && bottom <= y + h + 0.01;
                        assert!(inside, "{kind:?} n={n} series={series} w={w}: {text:?} at ({left:.1}..{right:.1}, {top:.1}..{bottom:.1}) outside ({x}, {y}, {w}, {h})");
                    }
                }
            }
        }
    }

    #[test]
    fn the_scale_leaves_room_for_value_labels_or_gives_them_up() {
        // 100 points of axis for values 0..10: a 20-point label past the bar of 10 shrinks it.
        let s = scale(100.0, 0.0, 10.0, &[(10.0, 20.0)]).unwrap();
        assert!(10.0 * s.per_unit + 20.0 <= 100.0 + 1e-3 && s.per_unit > 7.5, "{s:?}");
        assert_eq!(s.offset, 0.0);
        assert_eq!(scale(100.0, 0.0, 10.0, &[(10.0, 60.0)]), None, "labels longer than half the axis are left out");
        assert_eq!(scale(100.0, 0.0, 10.0, &[]), Some(Scale { per_unit: 10.0, offset: 0.0 }));
        // The most negative bar's label needs room beyond the low end: the axis starts higher.
        let s = scale(100.0, -10.0, 10.0, &[(-10.0, 15.0), (10.0, 15.0)]).unwrap();
        assert!(s.offset >= 15.0 - 1e-3, "{s:?}");
        assert!(s.at(10.0, -10.0) + 15.0 <= 100.0 + 1e-3, "{s:?}");
    }
}
