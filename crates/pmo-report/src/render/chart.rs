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
const WEATHER_SYMBOL: f32 = 11.0;

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
    if hi - lo < f32::EPSILON { (lo, lo + 1.0) } else { (lo, hi) }
}

/// Points per unit of value along an axis `length` long, shrunk so that each value's label
/// (`extent` long, placed past the bar's end) still fits; `None` when labels would squash the
/// bars to less than half the length (they are then left out).
fn scale(length: f32, lo: f32, hi: f32, bars: &[(f32, f32)]) -> Option<f32> {
    let full = length / (hi - lo);
    let mut s = full;
    for &(v, extent) in bars {
        let span = if v >= 0.0 { v - lo } else { hi - v };
        if span > 0.0 && span * s + extent > length {
            s = (length - extent) / span;
        }
    }
    (s >= full * 0.5).then_some(s)
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
    let room = if ns == 1 { group_w * 0.92 } else { bar_w + gap };
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
        None => (plot_h / (hi - lo), false),
    };
    let y_of = |v: f32| plot_bottom - (v - lo) * s;

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
                let l = drawable(fonts, l);
                let lw = fonts.width(&l, vs.face, vs.size);
                let cx = bx + bar_w / 2.0;
                match (upright, v >= 0.0) {
                    (false, true) => canvas.text(cx - lw / 2.0, y1 - 2.5, vs, theme::TEXT, &l),
                    (false, false) => canvas.text(cx - lw / 2.0, y1 + 2.0 + vs.size * 0.9, vs, theme::TEXT, &l),
                    (true, true) => canvas.text_vertical(cx + vs.size * 0.35, y1 - 2.0, vs, theme::TEXT, &l),
                    (true, false) => canvas.text_vertical(cx + vs.size * 0.35, y1 + 2.0 + lw, vs, theme::TEXT, &l),
                }
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
        None => (plot_w / (hi - lo), false),
    };
    let x_of = |v: f32| plot_x + (v - lo) * s;

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
                let l = drawable(fonts, l);
                let lw = fonts.width(&l, vs.face, vs.size);
                let lx = if v >= 0.0 { x1 + 3.0 } else { x1 - 3.0 - lw };
                canvas.text(lx, baseline(by, bar_h, vs.size), vs, theme::TEXT, &l);
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
}
