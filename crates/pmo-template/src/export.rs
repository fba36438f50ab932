//! The consolidated workbook of `pmo export --format xlsx`: one sheet per view of the portfolio
//! (projects, directorates, quarters, natures and categories, ambitions), formatted and
//! filterable, for the PMO's own Excel or BI work.
//!
//! Two steps, so that a sheet is easy to add: [`export_workbook`] turns a [`Portfolio`] into an
//! [`ExportWorkbook`] — plain tables of typed values ([`ExportTable`]) — and
//! [`write_export_workbook`] writes any such workbook the same way: French headers (or English),
//! amounts as numbers shown `# ##0,00 €`, ratios as percentages, dates as dates, a frozen header
//! row, an autofilter, widths that fit, and a totals row set apart below the data whose sums follow
//! the filter (`SUBTOTAL`). Adding an "Alertes" sheet is pushing one more [`ExportTable`].
//!
//! What this module must never do: write an amount as text or round it (numbers are the exact
//! cents, refused if a spreadsheet double cannot hold them), write a header or a label of its own
//! (they come from the catalog and the `Choice` trait), or read the clock: the document's date is
//! derived from the data, so the same portfolio always gives the same bytes.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Formula, Workbook,
    Worksheet,
};

use pmo_consolidate::{Portfolio, Standing};
use pmo_model::i18n::{tr, Key, Lang};
use pmo_model::model::{Category, Choice, Nature};
use pmo_model::text::{a1, column_letters};

use crate::TemplateError;

/// What a column holds: decides its cell format, alignment and width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnKind {
    /// Free text, left-aligned, as wide as its longest value (within limits).
    Text,
    /// Short codes (directorate, project, campaign).
    Code,
    /// Euros, `# ##0,00 €`, negatives in red with their sign.
    Amount,
    /// A ratio shown as a percentage (0.125 → 12,5 %), negatives in red.
    Ratio,
    /// A whole number (counts, priorities), centred.
    Integer,
    /// A date, `dd/mm/yyyy`.
    Date,
    /// Oui / Non, centred.
    Flag,
}

/// What the totals row shows under a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Total {
    /// Nothing.
    None,
    /// The word "Total".
    Label,
    /// The sum of the visible rows (`SUBTOTAL(109, …)`): filtering the table updates it.
    /// Empty cells (unknown amounts) count for nothing, as in any spreadsheet sum.
    Sum,
    /// The totals of two other columns divided (`numerator / denominator`, by column index),
    /// empty when the denominator's total is 0: a ratio of sums, never a sum of ratios.
    Ratio {
        numerator: usize,
        denominator: usize,
    },
}

/// One column of a table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportColumn {
    pub header: String,
    pub kind: ColumnKind,
    pub total: Total,
}

impl ExportColumn {
    pub fn new(header: impl Into<String>, kind: ColumnKind) -> ExportColumn {
        ExportColumn {
            header: header.into(),
            kind,
            total: Total::None,
        }
    }

    pub fn with_total(mut self, total: Total) -> ExportColumn {
        self.total = total;
        self
    }
}

/// One cell's value, before formatting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportValue {
    Empty,
    Text(String),
    /// Euros, exact.
    Amount(Decimal),
    /// A ratio (0.1 = 10 %).
    Ratio(Decimal),
    Integer(i64),
    Date(NaiveDate),
    /// Written Oui/Non (Yes/No).
    Flag(bool),
}

impl ExportValue {
    fn text(s: &str) -> ExportValue {
        if s.trim().is_empty() {
            ExportValue::Empty
        } else {
            ExportValue::Text(s.to_string())
        }
    }

    fn opt_text(s: &Option<String>) -> ExportValue {
        s.as_deref().map_or(ExportValue::Empty, ExportValue::text)
    }

    fn amount(d: Option<Decimal>) -> ExportValue {
        d.map_or(ExportValue::Empty, ExportValue::Amount)
    }

    fn ratio(r: Option<Decimal>) -> ExportValue {
        r.map_or(ExportValue::Empty, ExportValue::Ratio)
    }

    fn date(d: Option<NaiveDate>) -> ExportValue {
        d.map_or(ExportValue::Empty, ExportValue::Date)
    }

    fn label<C: Choice>(c: Option<C>, lang: Lang) -> ExportValue {
        c.map_or(ExportValue::Empty, |c| {
            ExportValue::Text(c.label(lang).to_string())
        })
    }
}

/// One sheet: a header row, one row per record, and a totals row when a column asks for one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportTable {
    /// The sheet's name (at most 31 characters, unique in the workbook).
    pub name: String,
    pub columns: Vec<ExportColumn>,
    /// Each row has one value per column; a shorter row is completed with empty cells.
    pub rows: Vec<Vec<ExportValue>>,
    /// How many leading columns stay in view when scrolling right (codes and names).
    pub frozen_columns: u16,
}

/// A workbook of tables, ready to be written by [`write_export_workbook`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportWorkbook {
    /// The document title (file properties).
    pub title: String,
    /// The document's creation date, written in its properties: from the data, never the clock.
    pub created: NaiveDateTime,
    /// The language of the values written by the writer itself (Oui/Non, the "Total" label) and
    /// of the amount format (`1 234,50 €` or `€1,234.50`).
    pub lang: Lang,
    pub tables: Vec<ExportTable>,
}

/// `pmo export --format xlsx`: the consolidated workbook of `p`, headers and labels in `lang`.
pub fn write_export(p: &Portfolio, lang: Lang) -> Result<Vec<u8>, TemplateError> {
    write_export_workbook(&export_workbook(p, lang))
}

/// The tables of the consolidated workbook, in sheet order: Projets, Directions, Trimestres,
/// Natures et catégories, Ambitions. The caller may add tables before writing.
pub fn export_workbook(p: &Portfolio, lang: Lang) -> ExportWorkbook {
    ExportWorkbook {
        title: tr(lang, Key::ExpTitle, &[("year", &p.year)]),
        created: creation_date(p),
        lang,
        tables: vec![
            projects_table(p, lang),
            requests_table(p, lang),
            directorates_table(p, lang),
            quarters_table(p, lang),
            natures_table(p, lang),
            ambitions_table(p, lang),
        ],
    }
}

/// The projects' sheet of `p` (already restricted to what a screen shows) and a « Sélection »
/// sheet of `(criterion, value)` lines saying what was selected, so that the file says it is
/// not the whole portfolio.
pub fn selection_workbook(p: &Portfolio, selection: &[(String, String)], lang: Lang) -> ExportWorkbook {
    let mut workbook = export_workbook(p, lang);
    workbook.tables.truncate(1);
    workbook.tables.push(ExportTable {
        name: Key::ExpSheetSelection.text(lang).to_string(),
        columns: vec![
            col(Key::ExpColCriterion, lang, ColumnKind::Text),
            col(Key::ExpColValue, lang, ColumnKind::Text),
        ],
        rows: selection.iter().map(|(k, v)| vec![ExportValue::text(k), ExportValue::text(v)]).collect(),
        frozen_columns: 1,
    });
    workbook
}

/// The latest import among the returns the figures come from (the data's own "as of"), else
/// 1 January of the year. Import times are RFC 3339 as the store writes them.
fn creation_date(p: &Portfolio) -> NaiveDateTime {
    p.sources
        .iter()
        .filter_map(|s| {
            chrono::DateTime::parse_from_rfc3339(&s.imported_at)
                .map(|t| t.naive_utc())
                .or_else(|_| NaiveDateTime::parse_from_str(&s.imported_at, "%Y-%m-%dT%H:%M:%S"))
                .ok()
        })
        .max()
        .or_else(|| NaiveDate::from_ymd_opt(p.year, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0)))
        .unwrap_or_default()
        // Whole seconds: document properties keep no fraction.
        .with_nanosecond(0)
        .unwrap_or_default()
}

fn col(key: Key, lang: Lang, kind: ColumnKind) -> ExportColumn {
    ExportColumn::new(key.text(lang), kind)
}

fn flag(b: bool) -> ExportValue {
    ExportValue::Flag(b)
}

/// Σ of amounts that may be unknown: unknown as soon as one is (a partial sum would pass for the
/// whole budget).
fn add_known(a: Option<Decimal>, b: Option<Decimal>) -> Option<Decimal> {
    Some(a? + b?)
}

fn ratio(numerator: Option<Decimal>, denominator: Option<Decimal>) -> Option<Decimal> {
    let d = denominator?;
    if d.is_zero() {
        return None;
    }
    numerator?.checked_div(d)
}

/// The standard money columns — budget voted, actual, landing, variance, variance %, burn rate —
/// starting at column `at`, with their totals.
fn money_columns(lang: Lang, at: usize) -> Vec<ExportColumn> {
    vec![
        col(Key::ExpColBudgetVoted, lang, ColumnKind::Amount).with_total(Total::Sum),
        col(Key::ExpColActual, lang, ColumnKind::Amount).with_total(Total::Sum),
        col(Key::ExpColLanding, lang, ColumnKind::Amount).with_total(Total::Sum),
        col(Key::ExpColVariance, lang, ColumnKind::Amount).with_total(Total::Sum),
        col(Key::ExpColVariancePct, lang, ColumnKind::Ratio).with_total(Total::Ratio {
            numerator: at + 3,
            denominator: at,
        }),
        col(Key::ExpColBurnRate, lang, ColumnKind::Ratio).with_total(Total::Ratio {
            numerator: at + 1,
            denominator: at,
        }),
    ]
}

/// The values of [`money_columns`].
fn money_values(
    budget_voted: Option<Decimal>,
    actual: Decimal,
    landing: Decimal,
) -> Vec<ExportValue> {
    let variance = budget_voted.map(|b| landing - b);
    vec![
        ExportValue::amount(budget_voted),
        ExportValue::Amount(actual),
        ExportValue::Amount(landing),
        ExportValue::amount(variance),
        ExportValue::ratio(ratio(variance, budget_voted)),
        ExportValue::ratio(ratio(Some(actual), budget_voted)),
    ]
}

/// Projets: every field of the JSON export, and what the PMO filters on (ambition, initiative,
/// manager, dates, flags), labels in `lang`.
fn projects_table(p: &Portfolio, lang: Lang) -> ExportTable {
    use ColumnKind::*;
    let mut columns = identity_columns(lang);
    columns.extend([
        col(Key::ExpColStatus, lang, Text),
        col(Key::ExpColPriority, lang, Integer),
        col(Key::ExpColKind, lang, Text),
        col(Key::ExpColStart, lang, Date),
        col(Key::ExpColEnd, lang, Date),
        col(Key::ExpColCampaign, lang, Code),
    ]);
    let money_at = columns.len();
    columns.extend(money_columns(lang, money_at));
    columns.extend([
        col(Key::ExpColWeather, lang, Text),
        col(Key::ExpColWeatherDate, lang, Date),
        col(Key::ExpColOutsideBudget, lang, Flag),
        col(Key::ExpColMissingFromLatest, lang, Flag),
    ]);

    let mut projects: Vec<_> = p.projects.iter().collect();
    projects.sort_by(|a, b| (&a.directorate, &a.code).cmp(&(&b.directorate, &b.code)));
    let rows = projects
        .into_iter()
        .map(|f| {
            let id = &f.identity;
            let mut row = identity_values(f);
            row.extend([
                ExportValue::label(id.status, lang),
                id.priority
                    .map_or(ExportValue::Empty, |v| ExportValue::Integer(v.into())),
                ExportValue::opt_text(&id.kind),
                ExportValue::date(id.start),
                ExportValue::date(id.end),
                ExportValue::text(f.campaign.code()),
            ]);
            // The portfolio's own variance and ratios, not recomputed: they are the same figures.
            row.extend([
                ExportValue::amount(f.budget_voted),
                ExportValue::Amount(f.actual),
                ExportValue::Amount(f.landing),
                ExportValue::amount(f.variance),
                ExportValue::ratio(f.variance_ratio),
                ExportValue::ratio(f.burn_rate),
                ExportValue::label(f.weather(), lang),
                ExportValue::date(f.weather.as_ref().map(|w| w.date)),
                flag(f.outside_initial_budget),
                flag(f.missing_from_latest),
            ]);
            row
        })
        .collect();
    ExportTable {
        name: Key::ExpSheetProjects.text(lang).to_string(),
        columns,
        rows,
        frozen_columns: 3,
    }
}

/// Who a project is, the first columns of the Projets and Demandes sheets alike.
fn identity_columns(lang: Lang) -> Vec<ExportColumn> {
    use ColumnKind::*;
    vec![
        col(Key::ExpColDirectorate, lang, Code).with_total(Total::Label),
        col(Key::ExpColCode, lang, Code),
        col(Key::ExpColName, lang, Text),
        col(Key::ExpColAmbition, lang, Text),
        col(Key::ExpColInitiative, lang, Text),
        col(Key::ExpColManager, lang, Text),
        col(Key::ExpColSponsor, lang, Text),
    ]
}

/// The values of [`identity_columns`] for one project.
fn identity_values(f: &pmo_consolidate::ProjectFigures) -> Vec<ExportValue> {
    let id = &f.identity;
    vec![
        ExportValue::text(&f.directorate),
        ExportValue::text(&f.code),
        ExportValue::text(&id.name),
        ExportValue::opt_text(&id.ambition),
        ExportValue::opt_text(&id.initiative),
        ExportValue::opt_text(&id.manager),
        ExportValue::opt_text(&id.sponsor),
    ]
}

/// The candidate projects (contract v1.1): what each asks for, on a sheet of its own, so that
/// no sum over the projects' sheet can count a request as budget voted.
fn requests_table(p: &Portfolio, lang: Lang) -> ExportTable {
    use ColumnKind::*;
    let mut columns = identity_columns(lang);
    columns.extend([
        col(Key::ExpColPriority, lang, Integer),
        col(Key::ExpColStart, lang, Date),
        col(Key::ExpColEnd, lang, Date),
        col(Key::ExpColCampaign, lang, Code),
        col(Key::ExpColRequest, lang, Amount).with_total(Total::Sum),
    ]);
    let mut requests: Vec<_> = p.requests.iter().collect();
    requests.sort_by(|a, b| (&a.directorate, &a.code).cmp(&(&b.directorate, &b.code)));
    let rows = requests
        .into_iter()
        .map(|f| {
            let id = &f.identity;
            let mut row = identity_values(f);
            row.extend([
                id.priority.map_or(ExportValue::Empty, |v| ExportValue::Integer(v.into())),
                ExportValue::date(id.start),
                ExportValue::date(id.end),
                ExportValue::text(f.campaign.code()),
                ExportValue::amount(f.request),
            ]);
            row
        })
        .collect();
    ExportTable { name: Key::ExpSheetRequests.text(lang).to_string(), columns, rows, frozen_columns: 3 }
}

fn standing_label(s: Standing, lang: Lang) -> &'static str {
    match s {
        Standing::Over => Key::ExpStandingOver.text(lang),
        Standing::Equal => Key::ExpStandingEqual.text(lang),
        Standing::Under => Key::ExpStandingUnder.text(lang),
    }
}

/// Directions: each directorate's portfolio against its envelope.
fn directorates_table(p: &Portfolio, lang: Lang) -> ExportTable {
    use ColumnKind::*;
    let mut columns = vec![
        col(Key::ExpColDirectorate, lang, Code).with_total(Total::Label),
        col(Key::ExpColDirectorateName, lang, Text),
        col(Key::ExpColCampaign, lang, Code),
        col(Key::ExpColProjectCount, lang, Integer).with_total(Total::Sum),
        col(Key::ExpColEnvelope, lang, Amount).with_total(Total::Sum),
    ];
    let money_at = columns.len();
    columns.extend(money_columns(lang, money_at));
    columns.extend([
        col(Key::ExpColBudgetMinusEnvelope, lang, Amount).with_total(Total::Sum),
        col(Key::ExpColLandingMinusEnvelope, lang, Amount).with_total(Total::Sum),
        col(Key::ExpColLandingStanding, lang, Text),
    ]);
    let mut directorates: Vec<_> = p.directorates.iter().collect();
    directorates.sort_by(|a, b| a.code.cmp(&b.code));
    let rows = directorates
        .into_iter()
        .map(|d| {
            let mut row = vec![
                ExportValue::text(&d.code),
                ExportValue::opt_text(&d.name),
                ExportValue::text(d.campaign.code()),
                ExportValue::Integer(d.project_count as i64),
                ExportValue::amount(d.envelope),
            ];
            row.extend(money_values(d.budget_voted, d.actual, d.landing));
            let cmp = d.envelope_comparison;
            row.extend([
                ExportValue::amount(cmp.and_then(|c| c.budget_voted_gap)),
                ExportValue::amount(cmp.map(|c| c.landing_gap)),
                cmp.map_or(ExportValue::Empty, |c| {
                    ExportValue::Text(standing_label(c.landing_standing(), lang).to_string())
                }),
            ]);
            row
        })
        .collect();
    ExportTable {
        name: Key::ExpSheetDirectorates.text(lang).to_string(),
        columns,
        rows,
        frozen_columns: 2,
    }
}

/// Trimestres: each directorate's figures per quarter, with whether its campaign closed it.
fn quarters_table(p: &Portfolio, lang: Lang) -> ExportTable {
    use ColumnKind::*;
    let columns = vec![
        col(Key::ExpColDirectorate, lang, Code).with_total(Total::Label),
        col(Key::ExpColQuarter, lang, Code),
        col(Key::ExpColCampaign, lang, Code),
        col(Key::ExpColClosed, lang, Flag),
        col(Key::ExpColBudgetVoted, lang, Amount).with_total(Total::Sum),
        col(Key::ExpColPlanned, lang, Amount).with_total(Total::Sum),
        col(Key::ExpColActual, lang, Amount).with_total(Total::Sum),
        col(Key::ExpColLanding, lang, Amount).with_total(Total::Sum),
        col(Key::ExpColVariance, lang, Amount).with_total(Total::Sum),
    ];
    let mut directorates: Vec<_> = p.directorates.iter().collect();
    directorates.sort_by(|a, b| a.code.cmp(&b.code));
    let mut rows = Vec::new();
    for d in directorates {
        for (q, figures) in d.quarters.iter().enumerate() {
            rows.push(vec![
                ExportValue::text(&d.code),
                ExportValue::Text(tr(lang, Key::ExpQuarter, &[("quarter", &(q + 1))])),
                ExportValue::text(d.campaign.code()),
                flag(figures.closed),
                ExportValue::amount(figures.budget_voted),
                ExportValue::Amount(figures.planned),
                ExportValue::Amount(figures.actual),
                ExportValue::Amount(figures.landing),
                ExportValue::amount(figures.budget_voted.map(|b| figures.landing - b)),
            ]);
        }
    }
    ExportTable {
        name: Key::ExpSheetQuarters.text(lang).to_string(),
        columns,
        rows,
        frozen_columns: 2,
    }
}

/// Sums of a group of projects (or of budget lines).
struct Acc {
    projects: i64,
    budget_voted: Option<Decimal>,
    planned: Decimal,
    actual: Decimal,
    landing: Decimal,
}

impl Default for Acc {
    fn default() -> Acc {
        Acc {
            projects: 0,
            budget_voted: Some(Decimal::ZERO),
            planned: Decimal::ZERO,
            actual: Decimal::ZERO,
            landing: Decimal::ZERO,
        }
    }
}

/// Natures et catégories: per directorate, nature and category, summed from the projects'
/// budget lines.
fn natures_table(p: &Portfolio, lang: Lang) -> ExportTable {
    use ColumnKind::*;
    let mut columns = vec![
        col(Key::ExpColDirectorate, lang, Code).with_total(Total::Label),
        col(Key::ExpColNature, lang, Code),
        col(Key::ExpColCategory, lang, Text),
        col(Key::ExpColProjectCount, lang, Integer),
        col(Key::ExpColPlanned, lang, Amount).with_total(Total::Sum),
    ];
    let money_at = columns.len();
    columns.extend(money_columns(lang, money_at));

    // Keyed like the portfolio orders lines: CAPEX before OPEX, no category first, then the list.
    let position = |n: Nature, c: Option<Category>| {
        let n = Nature::ALL
            .iter()
            .position(|x| *x == n)
            .unwrap_or(usize::MAX);
        let c = c
            .and_then(|c| Category::ALL.iter().position(|x| *x == c))
            .map_or(0, |i| i + 1);
        (n, c)
    };
    /// (directorate, line order) → the line's nature and category, and its sums.
    type Groups<'a> = BTreeMap<(&'a str, (usize, usize)), (Nature, Option<Category>, Acc)>;
    let mut groups = Groups::new();
    for project in &p.projects {
        for line in &project.lines {
            let key = (
                project.directorate.as_str(),
                position(line.nature, line.category),
            );
            let (_, _, acc) = groups
                .entry(key)
                .or_insert_with(|| (line.nature, line.category, Acc::default()));
            acc.projects += 1;
            for q in &line.quarters {
                acc.budget_voted = add_known(acc.budget_voted, q.budget_voted);
                acc.planned += q.planned;
                acc.actual += q.actual;
                acc.landing += q.landing;
            }
        }
    }
    let rows = groups
        .into_iter()
        .map(|((directorate, _), (nature, category, acc))| {
            let mut row = vec![
                ExportValue::text(directorate),
                ExportValue::Text(nature.label(lang).to_string()),
                ExportValue::Text(
                    category
                        .map_or(Key::ExpNoCategory.text(lang), |c| c.label(lang))
                        .to_string(),
                ),
                ExportValue::Integer(acc.projects),
                ExportValue::Amount(acc.planned),
            ];
            row.extend(money_values(acc.budget_voted, acc.actual, acc.landing));
            row
        })
        .collect();
    ExportTable {
        name: Key::ExpSheetNatures.text(lang).to_string(),
        columns,
        rows,
        frozen_columns: 3,
    }
}

/// Ambitions: per strategic ambition and initiative of the projects (projects that name none
/// are grouped last, under "(sans ambition)" / "(sans initiative)").
fn ambitions_table(p: &Portfolio, lang: Lang) -> ExportTable {
    use ColumnKind::*;
    let mut columns = vec![
        col(Key::ExpColAmbition, lang, Text).with_total(Total::Label),
        col(Key::ExpColInitiative, lang, Text),
        col(Key::ExpColProjectCount, lang, Integer).with_total(Total::Sum),
    ];
    let money_at = columns.len();
    columns.extend(money_columns(lang, money_at));

    let named = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    // `None` sorts first in a BTreeMap; the key's leading bool sends unnamed groups last.
    let mut groups: BTreeMap<(bool, Option<String>, bool, Option<String>), Acc> = BTreeMap::new();
    for project in &p.projects {
        let ambition = named(&project.identity.ambition);
        let initiative = named(&project.identity.initiative);
        let acc = groups
            .entry((
                ambition.is_none(),
                ambition,
                initiative.is_none(),
                initiative,
            ))
            .or_default();
        acc.projects += 1;
        acc.budget_voted = add_known(acc.budget_voted, project.budget_voted);
        acc.actual += project.actual;
        acc.landing += project.landing;
    }
    let rows = groups
        .into_iter()
        .map(|((_, ambition, _, initiative), acc)| {
            let mut row = vec![
                ExportValue::Text(
                    ambition.unwrap_or_else(|| Key::ExpNoAmbition.text(lang).to_string()),
                ),
                ExportValue::Text(
                    initiative.unwrap_or_else(|| Key::ExpNoInitiative.text(lang).to_string()),
                ),
                ExportValue::Integer(acc.projects),
            ];
            row.extend(money_values(acc.budget_voted, acc.actual, acc.landing));
            row
        })
        .collect();
    ExportTable {
        name: Key::ExpSheetAmbitions.text(lang).to_string(),
        columns,
        rows,
        frozen_columns: 2,
    }
}

// ----- Writing -------------------------------------------------------------------------------

use crate::palette::{BORDER_COLOR, DATE_FORMAT, HEADER_FILL, INTEGER_FORMAT, LIGHT_FILL as TOTAL_FILL};

/// Number formats are stored in US notation; Excel and LibreOffice show them with the reader's
/// separators, so the French amount format displays `1 234,50 €`.
const AMOUNT_FORMAT_FR: &str = "#,##0.00 \"€\";[Red]-#,##0.00 \"€\"";
const AMOUNT_FORMAT_EN: &str = "\"€\"#,##0.00;[Red]-\"€\"#,##0.00";
const RATIO_FORMAT: &str = "0.0%;[Red]-0.0%";

/// The cell formats of one workbook: one per column kind, for data rows and for the totals row.
struct Formats {
    header: Format,
    data: [Format; 7],
    total: [Format; 7],
}

fn kind_index(kind: ColumnKind) -> usize {
    match kind {
        ColumnKind::Text => 0,
        ColumnKind::Code => 1,
        ColumnKind::Amount => 2,
        ColumnKind::Ratio => 3,
        ColumnKind::Integer => 4,
        ColumnKind::Date => 5,
        ColumnKind::Flag => 6,
    }
}

impl Formats {
    fn new(lang: Lang) -> Formats {
        let amount = match lang {
            Lang::Fr => AMOUNT_FORMAT_FR,
            Lang::En => AMOUNT_FORMAT_EN,
        };
        let of_kind = |base: Format| -> [Format; 7] {
            [
                // Text after a right-aligned figure would touch it: a one-character indent.
                base.clone().set_indent(1),
                base.clone(),
                base.clone().set_num_format(amount),
                base.clone().set_num_format(RATIO_FORMAT),
                base.clone()
                    .set_num_format(INTEGER_FORMAT)
                    .set_align(FormatAlign::Center),
                base.clone()
                    .set_num_format(DATE_FORMAT)
                    .set_align(FormatAlign::Left),
                base.set_align(FormatAlign::Center),
            ]
        };
        Formats {
            header: Format::new()
                .set_bold()
                .set_font_color(Color::White)
                .set_background_color(Color::RGB(HEADER_FILL))
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_border(FormatBorder::Thin)
                .set_border_color(Color::RGB(BORDER_COLOR)),
            data: of_kind(Format::new()),
            // Set apart from the data: bold on a pale fill under a double rule (style.md §19).
            total: of_kind(
                Format::new()
                    .set_bold()
                    .set_background_color(Color::RGB(TOTAL_FILL))
                    .set_border_top(FormatBorder::Double)
                    .set_border_top_color(Color::RGB(HEADER_FILL)),
            ),
        }
    }

    fn data(&self, kind: ColumnKind) -> &Format {
        &self.data[kind_index(kind)]
    }

    fn total(&self, kind: ColumnKind) -> &Format {
        &self.total[kind_index(kind)]
    }
}

/// Writes `book`: one sheet per table, in order, the first one active.
pub fn write_export_workbook(book: &ExportWorkbook) -> Result<Vec<u8>, TemplateError> {
    let formats = Formats::new(book.lang);
    let mut workbook = Workbook::new();
    workbook.set_properties(
        &DocProperties::new()
            .set_title(&book.title)
            .set_creation_datetime(&excel_datetime(book.created)?),
    );
    for table in &book.tables {
        workbook.push_worksheet(write_table(table, book.lang, &formats)?);
    }
    Ok(workbook.save_to_buffer()?)
}

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime, TemplateError> {
    // Excel's years are 1900–9999; the model's dates are 1950–2200.
    let year = u16::try_from(d.year()).unwrap_or(1900);
    Ok(ExcelDateTime::from_ymd(
        year,
        d.month() as u8,
        d.day() as u8,
    )?)
}

fn excel_datetime(t: NaiveDateTime) -> Result<ExcelDateTime, TemplateError> {
    Ok(excel_date(t.date())?.and_hms(t.hour() as u16, t.minute() as u8, t.second())?)
}

/// The double a spreadsheet stores for an amount, checked to read back as the same decimal:
/// an amount a cell cannot hold exactly is refused rather than altered.
fn exact_f64(value: Decimal, sheet: &str, row: u32, col: u16) -> Result<f64, TemplateError> {
    let plain = value.normalize().to_string();
    let number: f64 = plain.parse().unwrap_or(f64::NAN);
    match pmo_model::money::from_cell_f64(number) {
        Some(back) if back == value => Ok(number),
        _ => Err(TemplateError::Unrepresentable {
            sheet: sheet.to_string(),
            cell: a1(row, col.into()),
            value: plain,
        }),
    }
}

/// A width in characters that shows the header (wrapped on two lines at most) and the values.
fn column_width(column: &ExportColumn, rows: &[Vec<ExportValue>], index: usize, lang: Lang) -> f64 {
    let content = rows
        .iter()
        .filter_map(|r| r.get(index))
        .map(|v| match v {
            ExportValue::Text(s) => s.chars().count() as f64 + 2.0,
            // Digits, group separators, two decimals and " €".
            ExportValue::Amount(d) => d.trunc().abs().to_string().len() as f64 * 4.0 / 3.0 + 6.0,
            ExportValue::Flag(b) => {
                (if *b { Key::Yes } else { Key::No })
                    .text(lang)
                    .chars()
                    .count() as f64
                    + 2.0
            }
            _ => 0.0,
        })
        .fold(0.0, f64::max);
    let minimum = match column.kind {
        ColumnKind::Text => 12.0,
        ColumnKind::Code => 8.0,
        ColumnKind::Amount => 14.0,
        ColumnKind::Ratio | ColumnKind::Integer | ColumnKind::Flag => 9.0,
        ColumnKind::Date => 12.0,
    };
    // The header wraps on two lines, but never inside a word.
    let longest_word = column
        .header
        .split_whitespace()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0) as f64;
    let header =
        ((column.header.chars().count() as f64 / 2.0).ceil() + 3.0).max(longest_word + 2.0);
    content.max(minimum).max(header).min(50.0)
}

/// One sheet: header, data rows, totals row; frozen header, autofilter, print setup.
fn write_table(
    table: &ExportTable,
    lang: Lang,
    formats: &Formats,
) -> Result<Worksheet, TemplateError> {
    let mut ws = Worksheet::new();
    ws.set_name(&table.name)?;
    let name = table.name.as_str();
    let last_col = table.columns.len().saturating_sub(1) as u16;
    ws.set_row_height(0, 32)?;
    for (c, column) in table.columns.iter().enumerate() {
        let colnum = c as u16;
        ws.write_string_with_format(0, colnum, &column.header, &formats.header)?;
        ws.set_column_width(colnum, column_width(column, &table.rows, c, lang))?;
    }

    // Exact column sums for the totals row's cached results.
    let mut sums: Vec<Decimal> = vec![Decimal::ZERO; table.columns.len()];
    for (r, values) in table.rows.iter().enumerate() {
        let row = r as u32 + 1;
        for (c, column) in table.columns.iter().enumerate() {
            let colnum = c as u16;
            let format = formats.data(column.kind);
            match values.get(c).unwrap_or(&ExportValue::Empty) {
                ExportValue::Empty => {}
                ExportValue::Text(s) => {
                    ws.write_string_with_format(row, colnum, s, format)?;
                }
                ExportValue::Amount(d) => {
                    sums[c] += *d;
                    ws.write_number_with_format(
                        row,
                        colnum,
                        exact_f64(*d, name, row, colnum)?,
                        format,
                    )?;
                }
                ExportValue::Ratio(r) => {
                    // A ratio is not money: the nearest double is what a spreadsheet computes too.
                    ws.write_number_with_format(row, colnum, r.to_f64().unwrap_or(0.0), format)?;
                }
                ExportValue::Integer(i) => {
                    sums[c] += Decimal::from(*i);
                    ws.write_number_with_format(row, colnum, *i as f64, format)?;
                }
                ExportValue::Date(d) => {
                    ws.write_date_with_format(row, colnum, &excel_date(*d)?, format)?;
                }
                ExportValue::Flag(b) => {
                    ws.write_string_with_format(
                        row,
                        colnum,
                        (if *b { Key::Yes } else { Key::No }).text(lang),
                        format,
                    )?;
                }
            }
        }
    }

    let data_rows = table.rows.len() as u32;
    if !table.columns.is_empty() {
        // The filter covers the header and the data, never the totals row below them.
        ws.autofilter(0, 0, data_rows, last_col)?;
    }
    if data_rows > 0 && table.columns.iter().any(|c| c.total != Total::None) {
        write_totals(&mut ws, table, &sums, lang, formats)?;
    }

    // The header (and the codes) stay in view while scrolling, and the header is on every page.
    ws.set_freeze_panes(1, table.frozen_columns)?;
    ws.set_repeat_rows(0, 0)?;
    ws.set_landscape();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    Ok(ws)
}

/// The totals row, right under the data: sums that follow the filter, ratios of those sums.
fn write_totals(
    ws: &mut Worksheet,
    table: &ExportTable,
    sums: &[Decimal],
    lang: Lang,
    formats: &Formats,
) -> Result<(), TemplateError> {
    let data_rows = table.rows.len() as u32;
    let row = data_rows + 1;
    for (c, column) in table.columns.iter().enumerate() {
        let colnum = c as u16;
        let format = formats.total(column.kind);
        match column.total {
            Total::None => {
                ws.write_blank(row, colnum, format)?;
            }
            Total::Label => {
                ws.write_string_with_format(row, colnum, Key::ExpTotal.text(lang), format)?;
            }
            Total::Sum => {
                let letters = column_letters(c as u32);
                // SUBTOTAL 109: the sum of the rows the filter shows.
                let formula = format!("=SUBTOTAL(109,{letters}2:{letters}{})", data_rows + 1);
                let result = sums[c].normalize().to_string();
                ws.write_formula_with_format(
                    row,
                    colnum,
                    Formula::new(formula).set_result(result),
                    format,
                )?;
            }
            Total::Ratio {
                numerator,
                denominator,
            } => {
                let n = a1(row, numerator as u32);
                let d = a1(row, denominator as u32);
                let formula = format!("=IF({d}=0,\"\",{n}/{d})");
                let (num, den) = (sums.get(numerator).copied(), sums.get(denominator).copied());
                let result = ratio(num, den)
                    .and_then(|r| r.to_f64())
                    .map_or(String::new(), |r| r.to_string());
                ws.write_formula_with_format(
                    row,
                    colnum,
                    Formula::new(formula).set_result(result),
                    format,
                )?;
            }
        }
    }
    Ok(())
}
