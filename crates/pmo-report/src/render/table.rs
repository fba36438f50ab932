//! Tables: a dark blue header row with white bold titles (as in the workbooks), zebra rows,
//! figures aligned as their column says, totals bold on pale blue under a rule, toned cells
//! coloured and marked, météo cells with their pictogram. A table that does not fit continues
//! on the next page under its caption followed by `continued_label`, with the header repeated;
//! a totals row never starts a page alone.
//!
//! Every cell's text is wrapped (`Column::wrap`) or shortened with `…` to its width: a cell
//! never spills into its neighbour, and no row is taller than a page.

use super::draw::{tone_marker, weather_symbol, Canvas};
use super::fonts::{drawable, Face, Fonts};
use super::layout::{baseline, Flow};
use super::text::{ellipsize, wrap_max, Style};
use super::theme::{self, line_height, size};
use super::RenderError;
use crate::document::{Align, Cell, Table, Tone};

const PAD_X: f32 = 4.0;
const PAD_Y: f32 = 3.5;
/// Room taken by a tone marker before a cell's text.
const TONE_ROOM: f32 = 8.0;
/// Size of a météo pictogram, and the room it takes with its gap.
const WEATHER_SIZE: f32 = 9.0;
const WEATHER_ROOM: f32 = WEATHER_SIZE + 3.0;
/// Header titles wrap on three lines at most.
const HEADER_LINES: usize = 3;
const CAPTION_GAP: f32 = 3.0;

fn cell_style(total: bool) -> Style {
    Style::new(if total { Face::Bold } else { Face::Regular }, size::TABLE)
}

fn lh() -> f32 {
    line_height(size::TABLE)
}

fn caption_style() -> Style {
    Style::new(Face::Bold, size::CAPTION)
}

/// The table's name for error messages.
fn name(table: &Table) -> String {
    table.caption.clone().unwrap_or_default()
}

/// Each row has exactly one cell per column, and weights are positive: anything else is a
/// builder's mistake that would print a misleading table.
fn validate(table: &Table) -> Result<(), RenderError> {
    if table.columns.is_empty() {
        return Err(RenderError::NoColumns { table: name(table) });
    }
    for (column, c) in table.columns.iter().enumerate() {
        if !(c.weight.is_finite() && c.weight > 0.0) {
            return Err(RenderError::ColumnWeight { table: name(table), column });
        }
    }
    for (row, r) in table.rows.iter().enumerate() {
        if r.cells.len() != table.columns.len() {
            return Err(RenderError::RowShape {
                table: name(table),
                row,
                cells: r.cells.len(),
                columns: table.columns.len(),
            });
        }
    }
    Ok(())
}

struct PreparedCell {
    lines: Vec<String>,
    tone: Tone,
    weather: Option<pmo_model::model::Weather>,
}

struct PreparedRow {
    cells: Vec<PreparedCell>,
    height: f32,
    total: bool,
}

/// A table measured for a width: column widths, header and rows already fitted.
struct Prepared {
    widths: Vec<f32>,
    header: Vec<Vec<String>>,
    header_sizes: Vec<f32>,
    header_h: f32,
    caption: Option<String>,
    caption_h: f32,
    rows: Vec<PreparedRow>,
}

fn prepare(fonts: &Fonts, table: &Table, width: f32) -> Prepared {
    let sum: f32 = table.columns.iter().map(|c| c.weight).sum();
    let widths: Vec<f32> = table.columns.iter().map(|c| width * c.weight / sum).collect();
    let (header, header_sizes): (Vec<Vec<String>>, Vec<f32>) = table
        .columns
        .iter()
        .zip(&widths)
        .map(|(c, w)| {
            let title = drawable(fonts, &c.title);
            let room = w - 2.0 * PAD_X;
            let size = header_size(fonts, &title, room);
            (wrap_max(fonts, &title, Style::new(Face::Bold, size), room, HEADER_LINES), size)
        })
        .unzip();
    let header_h = header.iter().map(Vec::len).max().unwrap_or(1) as f32 * lh() + 2.0 * PAD_Y;
    let caption = table.caption.as_ref().map(|c| drawable(fonts, c));
    let caption_h = if caption.is_some() { line_height(size::CAPTION) + CAPTION_GAP } else { 0.0 };
    // No row may be taller than what a page holds under the caption and the header.
    let max_lines = (((theme::CONTENT_HEIGHT - caption_h - header_h - 2.0 * PAD_Y) / lh()).floor() as usize).max(1);
    let rows = table
        .rows
        .iter()
        .map(|row| {
            let style = cell_style(row.total);
            let cells: Vec<PreparedCell> = row
                .cells
                .iter()
                .zip(&table.columns)
                .zip(&widths)
                .map(|((cell, column), w)| {
                    let room = w - 2.0 * PAD_X - marker_room(cell);
                    let text = drawable(fonts, &cell.text);
                    let lines = if column.wrap {
                        wrap_max(fonts, &text, style, room, max_lines)
                    } else {
                        vec![ellipsize(fonts, &text, style, room)]
                    };
                    PreparedCell { lines, tone: cell.tone, weather: cell.weather }
                })
                .collect();
            let lines = cells.iter().map(|c| c.lines.len()).max().unwrap_or(1);
            PreparedRow { cells, height: lines as f32 * lh() + 2.0 * PAD_Y, total: row.total }
        })
        .collect();
    Prepared { widths, header, header_sizes, header_h, caption, caption_h, rows }
}

/// The type size of a column title: the table's, or smaller (down to 6 pt) when the title's
/// longest word would otherwise be cut in two in a narrow column ("Cod/e").
fn header_size(fonts: &Fonts, title: &str, room: f32) -> f32 {
    let longest = |size| title.split(' ').map(|w| fonts.width(w, Face::Bold, size)).fold(0.0, f32::max);
    let mut size = size::TABLE;
    while size > 6.0 && longest(size) > room {
        size -= 0.5;
    }
    size
}

fn marker_room(cell: &Cell) -> f32 {
    if cell.weather.is_some() {
        WEATHER_ROOM
    } else if cell.tone != Tone::Neutral {
        TONE_ROOM
    } else {
        0.0
    }
}

/// How many rows must fit under the header for the table to start on the current page: a
/// third of them, at least two and at most five (or all when fewer), so that a short table is
/// not cut after its first rows.
fn opening_rows(n: usize) -> usize {
    n.div_ceil(3).clamp(2, 5).min(n)
}

fn empty_height() -> f32 {
    line_height(size::BODY) + 2.0 * PAD_Y + 2.0
}

/// The least height the table needs to start at the bottom of a page.
pub fn min_height(fonts: &Fonts, table: &Table, width: f32) -> f32 {
    if validate(table).is_err() {
        return 0.0;
    }
    let p = prepare(fonts, table, width);
    if p.rows.is_empty() {
        return p.caption_h + empty_height();
    }
    p.caption_h + p.header_h + p.rows.iter().take(opening_rows(p.rows.len())).map(|r| r.height).sum::<f32>()
}

pub fn layout(flow: &mut Flow, table: &Table) -> Result<(), RenderError> {
    validate(table)?;
    let fonts = flow.fonts;
    let p = prepare(fonts, table, flow.w);
    let x = flow.x;
    let width = flow.w;

    if p.rows.is_empty() {
        flow.ensure(p.caption_h + empty_height());
        draw_caption(flow, p.caption.as_deref(), None);
        let y = flow.y;
        let h = empty_height() - 2.0;
        let style = Style::new(Face::Regular, size::BODY);
        let text = ellipsize(fonts, &drawable(fonts, &table.empty_text), style, width - 2.0 * PAD_X);
        let canvas = flow.canvas();
        canvas.fill_rect(x, y, width, h, theme::ZEBRA);
        canvas.text(x + PAD_X, baseline(y, h, style.size), style, theme::MUTED, &text);
        flow.y += h;
        flow.y += theme::BLOCK_GAP;
        return Ok(());
    }

    let opening: f32 = p.rows.iter().take(opening_rows(p.rows.len())).map(|r| r.height).sum();
    flow.ensure(p.caption_h + p.header_h + opening);
    draw_caption(flow, p.caption.as_deref(), None);
    draw_header(flow, &p, table);
    let continued = drawable(fonts, &table.continued_label);
    let mut on_page = 0usize;
    let mut zebra = false;
    for (i, row) in p.rows.iter().enumerate() {
        // A row is kept with the totals rows right after it, so totals never open a page alone.
        let keep = row.height
            + if row.total {
                0.0
            } else {
                p.rows[i + 1..].iter().take_while(|r| r.total).map(|r| r.height).sum()
            };
        if on_page > 0 && flow.y + keep > theme::CONTENT_BOTTOM + 0.01 {
            bottom_rule(flow, x, width);
            flow.new_page();
            draw_caption(flow, p.caption.as_deref(), Some(&continued));
            draw_header(flow, &p, table);
            on_page = 0;
        }
        draw_row(flow, &p, table, row, zebra);
        zebra = !zebra && !row.total;
        on_page += 1;
    }
    bottom_rule(flow, x, width);
    flow.y += theme::BLOCK_GAP;
    Ok(())
}

fn bottom_rule(flow: &mut Flow, x: f32, width: f32) {
    let y = flow.y;
    flow.canvas().line(x, y, x + width, y, theme::BORDER, 0.6);
}

/// The caption, or on a continuation page the caption followed by `continued` (alone when the
/// table has no caption).
fn draw_caption(flow: &mut Flow, caption: Option<&str>, continued: Option<&str>) {
    let text = match (caption, continued) {
        (Some(c), None) => c.to_string(),
        (Some(c), Some(k)) => format!("{c} {k}"),
        (None, Some(k)) => k.to_string(),
        (None, None) => return,
    };
    let style = caption_style();
    let lh = line_height(style.size);
    let line = ellipsize(flow.fonts, &text, style, flow.w);
    let (x, y) = (flow.x, flow.y);
    flow.canvas().text(x, baseline(y, lh, style.size), style, theme::BLUE, &line);
    flow.y += lh + CAPTION_GAP;
}

fn draw_header(flow: &mut Flow, p: &Prepared, table: &Table) {
    let (x0, y) = (flow.x, flow.y);
    let width: f32 = p.widths.iter().sum();
    let fonts = flow.fonts;
    let canvas = flow.canvas();
    canvas.fill_rect(x0, y, width, p.header_h, theme::BLUE);
    let mut x = x0;
    for (((lines, w), column), size) in p.header.iter().zip(&p.widths).zip(&table.columns).zip(&p.header_sizes) {
        let style = Style::new(Face::Bold, *size);
        // Titles sit at the bottom of the header, right above their figures.
        let mut top = y + p.header_h - PAD_Y - lines.len() as f32 * lh();
        for line in lines {
            let lw = fonts.width(line, style.face, style.size);
            let tx = aligned_x(column.align, x, *w, lw, 0.0);
            canvas.text(tx, baseline(top, lh(), style.size), style, theme::WHITE, line);
            top += lh();
        }
        x += w;
    }
    flow.y += p.header_h;
}

/// Left edge of a `text_w` wide text in a cell at `x`, `w` wide, after `room` for a marker.
fn aligned_x(align: Align, x: f32, w: f32, text_w: f32, room: f32) -> f32 {
    match align {
        Align::Left => x + PAD_X + room,
        Align::Right => x + w - PAD_X - text_w,
        Align::Center => x + room + (w - room - text_w) / 2.0,
    }
}

fn draw_row(flow: &mut Flow, p: &Prepared, table: &Table, row: &PreparedRow, zebra: bool) {
    let (x0, y) = (flow.x, flow.y);
    let width: f32 = p.widths.iter().sum();
    let fonts = flow.fonts;
    let canvas = flow.canvas();
    if row.total {
        canvas.fill_rect(x0, y, width, row.height, theme::LIGHT_BLUE);
        canvas.line(x0, y, x0 + width, y, theme::BLUE, 0.9);
    } else if zebra {
        canvas.fill_rect(x0, y, width, row.height, theme::ZEBRA);
    }
    let style = cell_style(row.total);
    let mut x = x0;
    for ((cell, w), column) in row.cells.iter().zip(&p.widths).zip(&table.columns) {
        draw_cell(canvas, fonts, cell, column.align, style, x, y, *w, row.height);
        x += w;
    }
    flow.y += row.height;
}

#[allow(clippy::too_many_arguments)]
fn draw_cell(canvas: &mut Canvas, fonts: &Fonts, cell: &PreparedCell, align: Align, style: Style, x: f32, y: f32, w: f32, h: f32) {
    let block_h = cell.lines.len() as f32 * lh();
    let mut top = y + (h - block_h) / 2.0;
    let widest = cell.lines.iter().map(|l| fonts.width(l, style.face, style.size)).fold(0.0, f32::max);
    let color = theme::tone_color(cell.tone);
    if let Some(weather) = cell.weather {
        // Pictogram and label move together as one block.
        let left = aligned_x(align, x, w, WEATHER_ROOM + widest, 0.0);
        weather_symbol(canvas, weather, left, top + (lh() - WEATHER_SIZE) / 2.0, WEATHER_SIZE);
        for line in &cell.lines {
            canvas.text(left + WEATHER_ROOM, baseline(top, lh(), style.size), style, color, line);
            top += lh();
        }
        return;
    }
    let room = if cell.tone == Tone::Neutral { 0.0 } else { TONE_ROOM };
    for (i, line) in cell.lines.iter().enumerate() {
        let lw = fonts.width(line, style.face, style.size);
        let tx = aligned_x(align, x, w, lw, room);
        if i == 0 && room > 0.0 {
            tone_marker(canvas, cell.tone, tx - room / 2.0 - 0.5, top + lh() / 2.0, 5.5);
        }
        canvas.text(tx, baseline(top, lh(), style.size), style, color, line);
        top += lh();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Column, Row};
    use pmo_model::model::Weather;

    fn table(columns: Vec<Column>, rows: Vec<Vec<Cell>>) -> Table {
        Table {
            caption: Some("Tableau d'essai avec une légende".into()),
            continued_label: "(suite)".into(),
            columns,
            rows: rows.into_iter().map(|cells| Row { cells, total: false }).collect(),
            empty_text: "Vide".into(),
        }
    }

    fn col(title: &str, weight: f32, align: Align, wrap: bool) -> Column {
        Column { title: title.into(), weight, align, wrap }
    }

    /// Every text run of a laid-out table lies inside its column, inside the page's content
    /// area, whatever the cell holds.
    #[test]
    fn no_cell_text_ever_leaves_its_column_or_the_page() {
        let fonts = Fonts::bundled().unwrap();
        let long = "Programme pluriannuel de modernisation des infrastructures réseau, de la téléphonie et des postes de travail";
        let word = "Anticonstitutionnellementissimeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee";
        let columns = vec![
            col("Code", 0.4, Align::Left, false),
            col("Projet très long intitulé", 3.0, Align::Left, true),
            col("Budget voté", 1.0, Align::Right, false),
            col("Écart", 0.8, Align::Right, false),
            col("Météo", 0.6, Align::Center, false),
            col("Commentaire", 2.0, Align::Left, true),
        ];
        let rows: Vec<Vec<Cell>> = (0..60)
            .map(|i| {
                vec![
                    Cell::text(format!("DSI-{i:02}-LONG-CODE")),
                    Cell::text(if i % 2 == 0 { long } else { word }),
                    Cell::text("−1\u{202f}234\u{202f}567\u{202f}890\u{a0}€"),
                    Cell::toned("+12\u{202f}345\u{202f}678\u{a0}€", Tone::Bad),
                    Cell::weather(Weather::Stormy, "Orageux et bien plus encore"),
                    Cell::text(format!("{long} {long}")),
                ]
            })
            .collect();
        let t = table(columns, rows);
        for width in [theme::CONTENT_WIDTH, (theme::CONTENT_WIDTH - theme::COLUMN_GAP) / 2.0] {
            let mut flow = Flow::new(fonts);
            flow.w = width;
            layout(&mut flow, &t).unwrap();
            assert!(flow.pages.len() > 1, "60 tall rows take several pages");
            let p = prepare(fonts, &t, width);
            let mut edges = vec![flow.x];
            for w in &p.widths {
                edges.push(edges.last().unwrap() + w);
            }
            for (n, page) in flow.pages.iter().enumerate() {
                for (x, baseline, style, text, _) in page.canvas.runs() {
                    let right = x + fonts.width(&text, style.face, style.size);
                    assert!(
                        baseline > theme::CONTENT_TOP && baseline < theme::CONTENT_BOTTOM,
                        "page {n}: {text:?} at baseline {baseline} is outside the content area"
                    );
                    if style.size == size::CAPTION {
                        assert!(right <= flow.x + width + 0.01, "caption {text:?} wider than the table");
                        continue;
                    }
                    let column = edges.iter().rposition(|e| *e <= x + 0.01).expect("text right of the table's left edge");
                    assert!(column < p.widths.len(), "page {n}: {text:?} starts right of the table");
                    assert!(
                        right <= edges[column + 1] + 0.01,
                        "page {n}: {text:?} ({x:.1}..{right:.1}) overflows column {column} ending at {:.1}",
                        edges[column + 1]
                    );
                }
            }
        }
    }

    #[test]
    fn a_narrow_column_shrinks_its_title_rather_than_cutting_a_word() {
        let fonts = Fonts::bundled().unwrap();
        let room = fonts.width("Cod", Face::Bold, size::TABLE);
        let size = header_size(fonts, "Code", room);
        assert!(size < size::TABLE && fonts.width("Code", Face::Bold, size) <= room, "{size}");
        assert_eq!(header_size(fonts, "Code", 100.0), size::TABLE, "a title that fits keeps the table's size");
    }

    #[test]
    fn short_tables_are_not_cut_after_two_rows() {
        assert_eq!(opening_rows(1), 1);
        assert_eq!(opening_rows(3), 2);
        assert_eq!(opening_rows(10), 4);
        assert_eq!(opening_rows(200), 5);
    }
}
