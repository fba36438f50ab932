//! The look of every PDF page: page geometry, the product palette (the workbooks' dark blue
//! header, pale blue totals), tone and météo colours, type sizes and spacing. One place, so that
//! the pack, the directorate report and the project sheet look like one product (style.md §18).
//!
//! Lengths are PDF points (1/72 in), measured from the page's top-left corner: the drawing layer
//! flips them to PDF's bottom-left origin.

use pmo_model::model::Weather;

use crate::document::Tone;

/// A4 landscape: 297 × 210 mm.
pub const PAGE_W: f32 = 841.89;
pub const PAGE_H: f32 = 595.28;
const MM: f32 = 72.0 / 25.4;

/// Left and right margins.
pub const MARGIN_X: f32 = 15.0 * MM;
/// Baseline of the running header's text, and the rule under it.
pub const HEADER_BASELINE: f32 = 11.0 * MM;
pub const HEADER_RULE: f32 = 13.0 * MM;
/// Where page content starts and must end (top-down).
pub const CONTENT_TOP: f32 = 18.0 * MM;
pub const CONTENT_BOTTOM: f32 = PAGE_H - 15.0 * MM;
/// Baseline of the footer's text.
pub const FOOTER_BASELINE: f32 = PAGE_H - 8.0 * MM;

pub const CONTENT_LEFT: f32 = MARGIN_X;
pub const CONTENT_WIDTH: f32 = PAGE_W - 2.0 * MARGIN_X;
pub const CONTENT_HEIGHT: f32 = CONTENT_BOTTOM - CONTENT_TOP;

/// Space between the two halves of a `Columns` block.
pub const COLUMN_GAP: f32 = 8.0 * MM;
/// Vertical space after a block.
pub const BLOCK_GAP: f32 = 9.0;

/// An RGB colour, 0–255 per channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub const fn hex(v: u32) -> Rgb {
        Rgb((v >> 16) as u8, (v >> 8) as u8, v as u8)
    }
}

/// Dark blue of header rows, headings and the cover (the workbooks' `HEADER_FILL`).
pub const BLUE: Rgb = Rgb::hex(0x1F3864);
/// Pale blue of totals rows and key-figure boxes (the workbooks' `LIGHT_FILL`).
pub const LIGHT_BLUE: Rgb = Rgb::hex(0xDDE4F0);
/// Zebra rows: lighter than totals so that totals still stand out.
pub const ZEBRA: Rgb = Rgb::hex(0xF2F5FA);
/// Rules and borders (the workbooks' `BORDER_COLOR`).
pub const BORDER: Rgb = Rgb::hex(0x8EA0C0);
pub const WHITE: Rgb = Rgb(255, 255, 255);
/// Body text: near black, calmer than pure black on a long page.
pub const TEXT: Rgb = Rgb::hex(0x1E1E1E);
/// Secondary text: captions, notes, header and footer.
pub const MUTED: Rgb = Rgb::hex(0x5A5A5A);
/// Chart grid lines.
pub const GRID: Rgb = Rgb::hex(0xD9D9D9);
/// Chart axis and reference lines.
pub const AXIS: Rgb = Rgb::hex(0x404040);

/// Tone colours, dark enough to be read as text on white and on the zebra rows.
pub const GOOD: Rgb = Rgb::hex(0x2E7D32);
pub const WARNING: Rgb = Rgb::hex(0xB86E00);
pub const BAD: Rgb = Rgb::hex(0xC62828);

/// The colour of a toned text or marker.
pub fn tone_color(tone: Tone) -> Rgb {
    match tone {
        Tone::Neutral => TEXT,
        Tone::Good => GOOD,
        Tone::Warning => WARNING,
        Tone::Bad => BAD,
    }
}

/// The accent of a toned box (key figures): neutral boxes carry the product blue.
pub fn tone_accent(tone: Tone) -> Rgb {
    match tone {
        Tone::Neutral => BLUE,
        other => tone_color(other),
    }
}

/// The colour of a météo symbol and of its bars: sun gold, cloud grey, rain blue under a dark
/// cloud, storm near black. The shapes, not the colours, carry the meaning in grey-scale.
pub fn weather_color(weather: Weather) -> Rgb {
    match weather {
        Weather::Sunny => Rgb::hex(0xE8A200),
        Weather::Cloudy => Rgb::hex(0x8C99A6),
        Weather::Rainy => Rgb::hex(0x2F6FB5),
        Weather::Stormy => Rgb::hex(0x2B2F33),
    }
}

/// The series colours of charts, picked by `Series::style` (modulo their number); each
/// style also has its own fill pattern ([`crate::render::draw::Pattern::for_style`]).
pub const SERIES: [Rgb; 6] = [
    Rgb::hex(0x1F3864),
    Rgb::hex(0x5B9BD5),
    Rgb::hex(0xED7D31),
    Rgb::hex(0x7F7F7F),
    Rgb::hex(0x70AD47),
    Rgb::hex(0xBF9000),
];

pub fn series_color(style: u8) -> Rgb {
    SERIES[usize::from(style) % SERIES.len()]
}

/// Type sizes (points).
pub mod size {
    pub const BODY: f32 = 9.5;
    pub const TABLE: f32 = 8.0;
    pub const CAPTION: f32 = 10.0;
    pub const HEADER: f32 = 8.0;
    pub const FOOTER: f32 = 7.5;
    pub const H1: f32 = 15.0;
    pub const H2: f32 = 12.0;
    pub const H3: f32 = 10.0;
    pub const CHART_TITLE: f32 = 10.0;
    pub const CHART_LABEL: f32 = 7.0;
    pub const CHART_VALUE: f32 = 6.5;
    pub const KEY_LABEL: f32 = 7.5;
    pub const KEY_VALUE: f32 = 16.0;
    pub const KEY_NOTE: f32 = 7.0;
}

/// Line height for a type size: 1.25 em, enough for French accents on capitals.
pub fn line_height(size: f32) -> f32 {
    size * 1.25
}
