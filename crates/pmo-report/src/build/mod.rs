//! The report builders: consolidated figures → [`Document`](crate::document::Document) (what each page says). The quarterly
//! CODIR pack ([`codir_pack`]), the same views for one directorate ([`directorate_report`]) and
//! the one-page project sheet ([`project_sheet`]).
//!
//! Builders are pure functions of a [`ReportInput`]: no clock, no store, no file. Every word comes
//! from the catalog (`Rep*` keys of `pmo_model::i18n`) and every figure is written through
//! `pmo_model::format`, so that the pack says the same thing as the CLI and the app, to the cent
//! and the comma. They never lay anything out: sizes, pages and fonts are the renderer's.
//!
//! What a builder must never do: compute a consolidated figure itself (they come from
//! `pmo_consolidate`; the builders only pick, sort and word them), read anything but its input, or
//! panic on a portfolio that is empty, partial (directorates without a BI return, projects without
//! météo) or odd (unknown codes give `None`).

mod charts;
mod codir;
mod directorate;
mod project;

use std::fmt::Display;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use pmo_consolidate::{
    Alert, AlertThresholds, CampaignDiff, CapacityView, Coverage, Portfolio, ProjectFigures, ProjectRecords, SourceReturn,
};
pub(crate) use pmo_consolidate::find_project;
use pmo_model::dates::format_fr;
use pmo_model::format::{format_amount, format_delta, format_opt_amount, format_ratio, format_ratio_short};
use pmo_model::i18n::{tr, Key, Lang};
use pmo_model::model::{Campaign, Choice, Milestone, Risk, StatusReport, Unit, Weather};

use crate::document::{Align, Cell, Column, Row, Table, Tone};

pub use codir::{codir_pack, codir_pack_parts, ProjectSheets};
pub use directorate::directorate_report;
pub use project::project_sheet;

/// Everything a report is built from, as values: the caller (the CLI, the app) loads and
/// consolidates, the builders only word and arrange.
#[derive(Clone, Debug)]
pub struct ReportInput<'a> {
    /// The year of the portfolio.
    pub year: i32,
    /// The quarter the pack reviews, 1–4 (T1–T4): its title, and "next quarter" for milestones.
    pub quarter: u8,
    /// The campaign the figures were consolidated as of ([`pack_campaigns`] gives it for a
    /// quarter); `None`: each directorate's latest campaign.
    pub as_of: Option<Campaign>,
    /// From `pmo_consolidate::consolidate(year, returns, as_of)`.
    pub portfolio: &'a Portfolio,
    /// From `pmo_consolidate::coverage(portfolio, expected directorates)`: which campaign each
    /// directorate's figures come from, and who has not returned the campaign that closes the
    /// quarter. The pack names a campaign as the source of its figures only when every
    /// directorate returned it (contract v1.1, section 5).
    pub coverage: &'a Coverage,
    /// The returns the portfolio was computed from (statuses, milestones and risks are read from
    /// them; only those listed in `portfolio.sources` are read).
    pub returns: &'a [SourceReturn],
    /// From `pmo_consolidate::alerts`, sorted as it sorts them.
    pub alerts: &'a [Alert],
    /// The thresholds the alerts were computed with: a variance or a change is coloured only
    /// when it would fire a variance alert, so that the pack's colours and its alerts agree (a
    /// +43 € variance in red would cry wolf).
    pub thresholds: &'a AlertThresholds,
    /// The changes since the previous campaign (`pmo_consolidate::diff(year, returns, previous,
    /// current)`); `None` when there is no previous campaign to compare with.
    pub diff: Option<&'a CampaignDiff>,
    /// From `pmo_consolidate::capacity_with_threshold` for the same year and cut-off.
    pub capacity: &'a CapacityView,
    /// The organisation's name (a setting), on the cover and in the running header.
    pub organisation: String,
    /// How amounts are written: `1 234 567 €` or `1 234,6 k€` (a setting).
    pub unit: Unit,
    pub lang: Lang,
    /// The day the report is generated: on the cover and in the PDF's metadata, and the latest
    /// date against which a milestone can be late.
    pub generated_on: NaiveDate,
}

/// What a report covers, for [`sources`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The whole portfolio (the CODIR pack).
    Portfolio,
    /// One directorate, by code.
    Directorate(String),
    /// One project, by code.
    Project(String),
}

/// The campaigns of a quarter's pack: `(previous, current)`. The pack of T`q` is built as of the
/// campaign that closes it (R1, R2, R3, CL for T1–T4) and compared with the campaign before it
/// (BI for T1). `None` for a quarter outside 1–4.
pub fn pack_campaigns(quarter: u8) -> Option<(Campaign, Campaign)> {
    match quarter {
        1 => Some((Campaign::Bi, Campaign::R1)),
        2 => Some((Campaign::R1, Campaign::R2)),
        3 => Some((Campaign::R2, Campaign::R3)),
        4 => Some((Campaign::R3, Campaign::Cl)),
        _ => None,
    }
}

/// The ids of the returns a report of `scope` is built from, sorted, so that the caller can
/// record what a report used: the portfolio's sources, or those of one directorate (for a
/// project, its directorate's). Empty for an unknown directorate or project.
pub fn sources(input: &ReportInput, scope: &Scope) -> Vec<i64> {
    let directorate = match scope {
        Scope::Portfolio => None,
        Scope::Directorate(code) => match find_directorate(input.portfolio, code) {
            Some(d) => Some(d.to_string()),
            None => return Vec::new(),
        },
        Scope::Project(code) => match find_project(input.portfolio, code) {
            Some(p) => Some(p.directorate.clone()),
            None => return Vec::new(),
        },
    };
    let mut ids: Vec<i64> = input
        .portfolio
        .sources
        .iter()
        .filter(|s| directorate.as_deref().is_none_or(|d| s.directorate == d))
        .map(|s| s.id)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// The directorate code as the portfolio writes it: exact, else ignoring case.
/// Says, at the start of `document`'s first page after its cover, which characters of its data
/// its font cannot show (each drawn as `?`) and in which texts, so that no reader takes a `?`
/// for the data: the code points (at most twenty, then how many more) and at most five texts.
pub fn note_unshown_characters(
    document: &mut crate::document::Document,
    unshown: &[char],
    texts: &[String],
    lang: Lang,
) {
    use crate::document::Block;
    if unshown.is_empty() {
        return;
    }
    let mut codes: Vec<String> = unshown.iter().take(20).map(|c| format!("U+{:04X}", u32::from(*c))).collect();
    if unshown.len() > 20 {
        codes.push(tr(lang, Key::RepUnshownMore, &[("count", &(unshown.len() - 20))]));
    }
    let quote = |t: &String| match lang {
        Lang::Fr => format!("« {t} »"),
        Lang::En => format!("\"{t}\""),
    };
    let quoted: Vec<String> = texts.iter().take(5).map(quote).collect();
    let text = tr(lang, Key::RepUnshownCharacters, &[("codes", &codes.join(", ")), ("texts", &quoted.join(", "))]);
    let mut at = 0;
    if matches!(document.blocks.first(), Some(Block::Cover(_))) {
        at = 1;
        // The cover is alone on its page: the note opens the next one, above what it holds.
        if matches!(document.blocks.get(1), Some(Block::PageBreak)) {
            at = 2;
        }
    }
    document.blocks.insert(at, Block::Paragraph { text });
}

pub(crate) fn find_directorate<'p>(portfolio: &'p Portfolio, code: &str) -> Option<&'p str> {
    let code = code.trim();
    portfolio
        .directorates
        .iter()
        .find(|d| d.code == code)
        .or_else(|| portfolio.directorates.iter().find(|d| d.code.eq_ignore_ascii_case(code)))
        .map(|d| d.code.as_str())
}

// ----- Context: the input, its records indexed, and how to write things -------------------------

/// The input with the records of the returns indexed per project once
/// ([`ProjectRecords`], shared with the desktop app's project screen), and the report's language
/// and unit at hand.
pub(crate) struct Ctx<'a> {
    pub input: &'a ReportInput<'a>,
    pub lang: Lang,
    pub unit: Unit,
    records: ProjectRecords<'a>,
}

impl<'a> Ctx<'a> {
    pub fn new(input: &'a ReportInput<'a>) -> Ctx<'a> {
        Ctx { input, lang: input.lang, unit: input.unit, records: ProjectRecords::new(input.portfolio, input.returns) }
    }

    // ----- Records --------------------------------------------------------------------------

    /// The project's statuses, oldest first, one per date ([`ProjectRecords::weather_history`]).
    pub fn weather_history(&self, p: &ProjectFigures) -> Vec<&'a StatusReport> {
        self.records.weather_history(p)
    }

    /// The status the project's météo was read from (its latest), with its comment and decision.
    pub fn latest_status(&self, p: &ProjectFigures) -> Option<&'a StatusReport> {
        self.records.latest_status(p)
    }

    pub fn milestones(&self, p: &ProjectFigures) -> &[&'a Milestone] {
        self.records.milestones(p)
    }

    pub fn risks(&self, p: &ProjectFigures) -> &[&'a Risk] {
        self.records.risks(p)
    }

    /// Open risks first, the most critical first ([`ProjectRecords::risks_by_concern`]).
    pub fn risks_by_concern(&self, p: &ProjectFigures) -> Vec<&'a Risk> {
        self.records.risks_by_concern(p)
    }

    /// The date against which the project's milestones are late: its directorate's current
    /// return's submission date (a return cannot report what happened after it was written,
    /// as the alerts judge it), never after the generation date; the end of the reviewed quarter
    /// when the return gives no date.
    pub fn known_on(&self, p: &ProjectFigures) -> NaiveDate {
        let submitted = self.records.current_return(&p.directorate).and_then(|r| r.data.submitted_on);
        submitted.unwrap_or_else(|| quarter_end(self.input.year, self.quarter())).min(self.input.generated_on)
    }

    /// The reviewed quarter, kept within 1–4 so that an odd input cannot panic a date.
    pub fn quarter(&self) -> u8 {
        self.input.quarter.clamp(1, 4)
    }

    /// The campaign the pack stands at: the cut-off, else the latest campaign of any directorate.
    pub fn campaign(&self) -> Option<Campaign> {
        self.input.as_of.or_else(|| self.input.portfolio.directorates.iter().map(|d| d.campaign).max())
    }

    /// The campaigns the figures come from, latest first (`R2`, `R2 et R1`).
    pub fn source_campaigns(&self) -> String {
        let codes: Vec<String> = self.input.coverage.campaigns().iter().rev().map(|c| c.code().to_string()).collect();
        join_list(&codes, self.lang)
    }

    /// Active: still in its directorate's current return, and neither done nor cancelled.
    pub fn active(p: &ProjectFigures) -> bool {
        use pmo_model::model::ProjectStatus::{Cancelled, Done};
        !p.missing_from_latest && !matches!(p.identity.status, Some(Done | Cancelled))
    }

    // ----- Words ----------------------------------------------------------------------------

    pub fn t(&self, key: Key) -> String {
        key.text(self.lang).to_string()
    }

    pub fn tr(&self, key: Key, args: &[(&str, &dyn Display)]) -> String {
        tr(self.lang, key, args)
    }

    /// "T2 2026" / "Q2 2026".
    pub fn quarter_label(&self) -> String {
        self.tr(Key::RepQuarterYear, &[("quarter", &self.quarter()), ("year", &self.input.year)])
    }

    /// "Reprévision T2 (R2)".
    pub fn campaign_label(&self, c: Campaign) -> String {
        self.tr(Key::RepCampaign, &[("name", &c.label(self.lang)), ("code", &c.code())])
    }

    pub fn weather_label(&self, w: Weather) -> String {
        w.label(self.lang).to_string()
    }

    pub fn weather_cell(&self, w: Option<Weather>) -> Cell {
        match w {
            Some(w) => Cell::weather(w, w.label(self.lang)),
            None => Cell::text(self.t(Key::RepNoWeather)),
        }
    }

    /// `DSI-01 « Refonte du portail client »` / `DSI-01 "…"`.
    pub fn project_ref(&self, code: &str, name: &str) -> String {
        self.tr(Key::RepProjectRef, &[("code", &code), ("name", &name)])
    }

    /// The directorate's name and code, "Direction des systèmes d'information (DSI)", or the
    /// code alone when the returns give no name.
    pub fn directorate_label(&self, code: &str) -> String {
        match self.input.portfolio.directorate(code).and_then(|d| d.name.as_deref()) {
            Some(name) => self.tr(Key::RepDirectorateNamed, &[("name", &name), ("code", &code)]),
            None => code.to_string(),
        }
    }

    // ----- Figures --------------------------------------------------------------------------

    pub fn amount(&self, d: Decimal) -> String {
        format_amount(d, self.unit, self.lang)
    }

    pub fn opt_amount(&self, d: Option<Decimal>) -> String {
        format_opt_amount(d, self.unit, self.lang)
    }

    /// A signed amount: `+172 535 €`, `−52 044 €`.
    pub fn delta(&self, d: Decimal) -> String {
        format_delta(d, self.unit, self.lang)
    }

    pub fn opt_delta(&self, d: Option<Decimal>) -> String {
        d.map(|d| self.delta(d)).unwrap_or_else(|| DASH.to_string())
    }

    pub fn ratio(&self, r: Decimal) -> String {
        format_ratio(r, self.lang)
    }

    pub fn opt_ratio(&self, r: Option<Decimal>) -> String {
        r.map(|r| self.ratio(r)).unwrap_or_else(|| DASH.to_string())
    }

    /// A signed percentage: `+15,0 %`, `−12,0 %` (the sign of a variance says its direction);
    /// no sign on what rounds to `0,0 %`.
    pub fn signed_ratio(&self, r: Option<Decimal>) -> String {
        match r {
            Some(r) => {
                let shown = (r * Decimal::ONE_HUNDRED).round_dp(1);
                let text = self.ratio(r);
                if shown > Decimal::ZERO {
                    format!("+{text}")
                } else {
                    text
                }
            }
            None => DASH.to_string(),
        }
    }

    /// A percentage without a useless decimal (`35 %`, `12,5 %`), for progress and axes.
    pub fn short_ratio(&self, r: Decimal) -> String {
        format_ratio_short(r, self.lang)
    }

    pub fn date(&self, d: NaiveDate) -> String {
        match self.lang {
            Lang::Fr => format_fr(d),
            // As the alerts write dates in English, so that one page does not mix two forms.
            Lang::En => d.format("%Y-%m-%d").to_string(),
        }
    }

    pub fn opt_date(&self, d: Option<NaiveDate>) -> String {
        d.map(|d| self.date(d)).unwrap_or_else(|| DASH.to_string())
    }

    /// An import time as the store writes it (RFC 3339) shown as a date; as written when it is
    /// not one.
    pub fn import_date(&self, at: &str) -> String {
        at.get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .map(|d| self.date(d))
            .unwrap_or_else(|| at.to_string())
    }

    // ----- Tables ---------------------------------------------------------------------------

    /// A table with the report's "(suite)" label.
    pub fn table(&self, caption: Option<String>, columns: Vec<Column>, rows: Vec<Row>, empty: Key) -> Table {
        Table { caption, continued_label: self.t(Key::RepContinued), columns, rows, empty_text: self.t(empty) }
    }

    pub fn col(&self, title: Key, weight: f32, align: Align) -> Column {
        Column { title: self.t(title), weight, align, wrap: false }
    }

    /// A column whose long texts wrap rather than being shortened.
    pub fn wrap_col(&self, title: Key, weight: f32) -> Column {
        Column { title: self.t(title), weight, align: Align::Left, wrap: true }
    }

    // ----- Tones ----------------------------------------------------------------------------

    /// Whether an amount (with its ratio to what it is compared with) is large enough to fire a
    /// variance alert: at least the amount threshold, or at least the percentage threshold.
    pub fn significant(&self, amount: Decimal, ratio: Option<Decimal>) -> bool {
        let t = self.input.thresholds;
        !amount.is_zero()
            && (amount.abs() >= t.variance_amount
                || ratio.is_some_and(|r| (r * Decimal::ONE_HUNDRED).abs() >= t.variance_pct))
    }

    /// A variance to the budget voted: red when significantly over, amber when significantly
    /// under (money to re-allocate, or work late), plain otherwise.
    pub fn variance_tone(&self, v: Option<Decimal>, r: Option<Decimal>) -> Tone {
        match v {
            Some(v) if self.significant(v, r) && v > Decimal::ZERO => Tone::Bad,
            Some(v) if self.significant(v, r) => Tone::Warning,
            _ => Tone::Neutral,
        }
    }

    /// A change of landing between campaigns: red when it significantly increases; a decrease
    /// is no alarm in itself.
    pub fn change_tone(&self, delta: Decimal, r: Option<Decimal>) -> Tone {
        if delta > Decimal::ZERO && self.significant(delta, r) {
            Tone::Bad
        } else {
            Tone::Neutral
        }
    }

    pub fn variance_cell(&self, v: Option<Decimal>, r: Option<Decimal>) -> Cell {
        Cell::toned(self.opt_delta(v), self.variance_tone(v, r))
    }

    /// The percentage of a variance; a dash (no budget to compare with) is plain.
    pub fn variance_ratio_cell(&self, v: Option<Decimal>, r: Option<Decimal>) -> Cell {
        let tone = if r.is_some() { self.variance_tone(v, r) } else { Tone::Neutral };
        Cell::toned(self.signed_ratio(r), tone)
    }

    pub fn change_cell(&self, delta: Decimal, r: Option<Decimal>) -> Cell {
        Cell::toned(self.delta(delta), self.change_tone(delta, r))
    }
}

/// What an unknown figure shows, as `pmo_model::format` writes it.
pub(crate) const DASH: &str = "—";

pub(crate) fn row(cells: Vec<Cell>) -> Row {
    Row { cells, total: false }
}

pub(crate) fn total_row(cells: Vec<Cell>) -> Row {
    Row { cells, total: true }
}

pub(crate) fn text(s: impl Into<String>) -> Cell {
    Cell::text(s)
}

/// The last day of quarter `q` (1–4) of `year`.
pub(crate) fn quarter_end(year: i32, q: u8) -> NaiveDate {
    let (month, day) = match q {
        1 => (3, 31),
        2 => (6, 30),
        3 => (9, 30),
        _ => (12, 31),
    };
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MAX)
}

/// The first and last days of the quarter after `q` of `year` (T1 of the next year after T4).
pub(crate) fn next_quarter(year: i32, q: u8) -> (NaiveDate, NaiveDate) {
    let (y, nq) = if q >= 4 { (year + 1, 1) } else { (year, q + 1) };
    let start = NaiveDate::from_ymd_opt(y, 3 * u32::from(nq) - 2, 1).unwrap_or(NaiveDate::MAX);
    (start, quarter_end(y, nq))
}

/// A list written as people write it: "a, b et c" / "a, b and c".
pub(crate) use pmo_model::i18n::join_list;
