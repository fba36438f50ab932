//! The report model: what each page of a report says, already in words and formatted figures,
//! with no notion of coordinates, fonts or PDF. The builders (`codir`, `directorate`, `project`)
//! produce a [`Document`]; the renderer (`render`) lays it out on A4 landscape pages.
//!
//! Everything user-facing here is final text in the report's language (built through the
//! catalog and `pmo_model::format`); the renderer never formats numbers or translates. Numbers
//! that charts draw are kept as exact decimals next to their labels.

use rust_decimal::Decimal;
use serde::Serialize;

use pmo_model::model::Weather;

/// A whole report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    /// PDF metadata title, and the running header's left part ("Revue trimestrielle du
    /// portefeuille — T2 2026").
    pub title: String,
    /// Running header's right part (organisation name, or empty).
    pub organisation: String,
    /// The confidentiality line printed in every footer ("Diffusion restreinte — CODIR").
    pub confidentiality: String,
    /// "Page {n} / {total}" pattern of the footer, with `{n}` and `{total}` placeholders.
    pub page_label: String,
    /// Generation date as shown ("30/06/2026"), also written as the PDF's creation date.
    pub generated_on: chrono::NaiveDate,
    /// The blocks, in reading order. [`Block::PageBreak`] starts a new page; the renderer
    /// also breaks pages by itself when a block does not fit.
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// A full cover page (always alone on its page).
    Cover(Cover),
    /// A section title; the renderer keeps it with the start of the next block (never alone at
    /// the bottom of a page).
    Heading { text: String, level: u8 },
    Paragraph { text: String },
    /// Short sentences with bullets (the executive summary's messages).
    Bullets { items: Vec<Bullet> },
    /// A row of key figures ("Budget voté 14 385 000 €").
    KeyFigures { items: Vec<KeyFigure> },
    Table(Table),
    Chart(Chart),
    /// Two blocks side by side (e.g. a chart next to a table), each taking half the width.
    Columns { left: Vec<Block>, right: Vec<Block> },
    PageBreak,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cover {
    pub title: String,
    pub subtitle: Option<String>,
    pub organisation: String,
    pub date: String,
    /// "Remontées prises en compte" and one line per return.
    pub sources_title: String,
    pub sources: Vec<String>,
}

/// How a sentence or figure should stand out. Never colour alone: the renderer adds a symbol.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    #[default]
    Neutral,
    Good,
    Warning,
    Bad,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Bullet {
    pub text: String,
    pub tone: Tone,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KeyFigure {
    pub label: String,
    pub value: String,
    /// A small line under the value ("+5,5 % vs budget voté").
    pub note: Option<String>,
    pub tone: Tone,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Align {
    Left,
    Right,
    Center,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Column {
    pub title: String,
    /// Share of the table's width, relative to the other columns' weights.
    pub weight: f32,
    pub align: Align,
    /// Text that does not fit: wrapped on several lines (`true`) or shortened with an ellipsis.
    pub wrap: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Table {
    /// Printed above the table; repeated with "(suite)" when the table continues on a new page.
    pub caption: Option<String>,
    pub continued_label: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// Shown instead of the table when it has no rows ("Aucun projet en alerte").
    pub empty_text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// A totals row: bold, separated by a rule, kept with the table's last rows.
    pub total: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cell {
    pub text: String,
    pub tone: Tone,
    /// A météo shown with its symbol and label (readable in grey-scale print).
    pub weather: Option<Weather>,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell { text: text.into(), tone: Tone::Neutral, weather: None }
    }

    pub fn toned(text: impl Into<String>, tone: Tone) -> Cell {
        Cell { text: text.into(), tone, weather: None }
    }

    pub fn weather(weather: Weather, label: impl Into<String>) -> Cell {
        Cell { text: label.into(), tone: Tone::Neutral, weather: Some(weather) }
    }
}

/// A chart drawn as vectors. Values are exact; labels are already formatted.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Chart {
    pub title: String,
    pub kind: ChartKind,
    /// One label per category (directorates, quarters, teams…).
    pub categories: Vec<String>,
    /// One or more series over the categories (e.g. "Budget voté" and "Atterrissage").
    pub series: Vec<Series>,
    /// How an axis value is written ("1,2 M€", "50 %"): tick labels, already formatted.
    pub ticks: Vec<Tick>,
    /// A reference line (100 % of capacity, the envelope…), if any.
    pub reference: Option<Reference>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    /// Vertical bars, series side by side per category.
    GroupedBars,
    /// Horizontal bars, series side by side per category (long category names).
    HorizontalBars,
    /// One bar per category, for the météo distribution: categories are météo labels and the
    /// renderer draws each bar with its météo pattern and symbol.
    WeatherBars,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Series {
    pub name: String,
    pub values: Vec<Decimal>,
    /// The value labels printed at the end of the bars, already formatted (same length as
    /// `values`), or empty for none.
    pub labels: Vec<String>,
    /// Index into the product palette; the renderer also varies the fill pattern per series so
    /// that series stay distinct in grey-scale print.
    pub style: u8,
    /// For [`ChartKind::WeatherBars`]: the météo of each category.
    pub weathers: Vec<Weather>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tick {
    pub value: Decimal,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reference {
    pub value: Decimal,
    pub label: String,
}
