//! The project sheet: one page per project, in the pack's appendix and alone
//! (`pmo report project --code X`): who and what it is, its météo and their history, its budget
//! by quarter, its milestones and risks, and what its latest status says.

use rust_decimal::Decimal;

use pmo_consolidate::ProjectFigures;
use pmo_model::i18n::Key;
use pmo_model::model::{Choice, Milestone, Weather};

use super::codir::{risk_columns, risk_row, RiskTable};
use super::{charts, find_project, row, text, total_row, Ctx, ReportInput, DASH};
use crate::document::{Align, Block, Cell, Column, Document, KeyFigure, Tone};

/// The one-page sheet of the project `code` (exact, else ignoring case), or `None` when the
/// portfolio has no such project.
pub fn project_sheet(input: &ReportInput, code: &str) -> Option<Document> {
    let p = find_project(input.portfolio, code)?;
    let ctx = Ctx::new(input);
    Some(Document {
        title: ctx.tr(Key::RepProjectSheetTitle, &[("code", &p.code), ("period", &ctx.quarter_label())]),
        organisation: input.organisation.clone(),
        confidentiality: ctx.t(Key::RepConfidential),
        page_label: ctx.t(Key::RepPageLabel),
        generated_on: input.generated_on,
        blocks: project_page(&ctx, p),
    })
}

/// How a météo reads as a tone, for the key figure that shows it.
fn weather_tone(w: Option<Weather>) -> Tone {
    match w {
        Some(Weather::Sunny) => Tone::Good,
        Some(Weather::Cloudy) | None => Tone::Neutral,
        Some(Weather::Rainy) => Tone::Warning,
        Some(Weather::Stormy) => Tone::Bad,
    }
}

/// The blocks of one project's page.
pub(crate) fn project_page(ctx: &Ctx, p: &ProjectFigures) -> Vec<Block> {
    let latest = ctx.latest_status(p);
    let mut blocks = vec![Block::Heading {
        text: ctx.tr(Key::RepProjectTitle, &[("code", &p.code), ("name", &p.identity.name)]),
        level: 2,
    }];

    let weather_note = match (&p.weather, latest.and_then(|s| s.progress)) {
        (Some(w), Some(progress)) => Some(ctx.tr(
            Key::RepNoteWeatherProgress,
            &[("date", &ctx.date(w.date)), ("progress", &ctx.short_ratio(progress / Decimal::ONE_HUNDRED))],
        )),
        (Some(w), None) => Some(ctx.tr(Key::RepNoteWeatherAt, &[("date", &ctx.date(w.date))])),
        (None, _) => None,
    };
    blocks.push(Block::KeyFigures {
        items: vec![
            KeyFigure {
                label: ctx.t(Key::RepColWeather),
                value: p.weather().map(|w| ctx.weather_label(w)).unwrap_or_else(|| ctx.t(Key::RepNoWeather)),
                note: weather_note,
                tone: weather_tone(p.weather()),
            },
            KeyFigure {
                label: ctx.t(Key::RepBudgetVoted),
                value: ctx.opt_amount(p.budget_voted),
                note: p.outside_initial_budget.then(|| ctx.t(Key::RepOutsideInitialBudget)),
                tone: Tone::Neutral,
            },
            KeyFigure {
                label: ctx.t(Key::RepLanding),
                value: ctx.amount(p.landing),
                note: Some(ctx.tr(
                    Key::RepNoteVarianceOf,
                    &[("variance", &ctx.opt_delta(p.variance)), ("percent", &ctx.signed_ratio(p.variance_ratio))],
                )),
                tone: ctx.variance_tone(p.variance, p.variance_ratio),
            },
            KeyFigure {
                label: ctx.t(Key::RepActual),
                value: ctx.amount(p.actual),
                note: Some(ctx.tr(Key::RepNoteBurnRate, &[("percent", &ctx.opt_ratio(p.burn_rate))])),
                tone: Tone::Neutral,
            },
        ],
    });
    if p.missing_from_latest {
        blocks.push(Block::Paragraph { text: ctx.t(Key::RepMissingFromLatest) });
    }

    // One Columns block whose two sides are of similar heights, so that the sheet holds on one
    // page: who and what above the quarters' figures, the quarters drawn above the météo. The
    // small tables go without a caption (their headers say what they hold): the room it saves
    // is what keeps the latest status's words on the page.
    blocks.push(Block::Columns {
        left: vec![Block::Table(identity_table(ctx, p)), Block::Table(quarter_table(ctx, p))],
        right: vec![charts::project_quarters(ctx, &p.quarters), Block::Table(weather_history_table(ctx, p))],
    });

    let milestone_rows = ctx.milestones(p).iter().map(|m| milestone_row(ctx, p, m)).collect();
    let milestones = ctx.table(
        None,
        vec![
            ctx.wrap_col(Key::RepColMilestone, 2.2),
            ctx.col(Key::RepColBaseline, 1.3, Align::Right),
            ctx.col(Key::RepColForecast, 1.3, Align::Right),
            ctx.col(Key::RepColActualDate, 1.3, Align::Right),
            ctx.wrap_col(Key::RepColState, 1.6),
        ],
        milestone_rows,
        Key::RepNoProjectMilestone,
    );
    let risks = ctx.risks_by_concern(p);
    let risk_rows = risks.iter().map(|r| risk_row(ctx, p, r, RiskTable::Sheet)).collect();
    let risks = ctx.table(None, risk_columns(ctx, RiskTable::Sheet), risk_rows, Key::RepNoProjectRisk);
    blocks.push(Block::Columns { left: vec![Block::Table(milestones)], right: vec![Block::Table(risks)] });

    // What the latest status says, in full.
    if let Some(s) = latest {
        let date = ctx.date(s.date);
        for (key, value) in [
            (Key::RepLastComment, &s.comment),
            (Key::RepWatchPoints, &s.watch_points),
            (Key::RepDecisionNeeded, &s.decision_needed),
        ] {
            if let Some(v) = value.as_deref().filter(|v| !v.trim().is_empty()) {
                blocks.push(Block::Paragraph { text: ctx.tr(key, &[("date", &date), ("text", &v)]) });
            }
        }
    }
    blocks
}

/// Who and what, in as few rows as can be read: the lead in one row, the status with its
/// priority and type in another, the period with its multi-year flag in a third.
fn identity_table(ctx: &Ctx, p: &ProjectFigures) -> crate::document::Table {
    let id = &p.identity;
    let given = |v: &Option<String>| v.clone().filter(|v| !v.trim().is_empty());
    let or_dash = |parts: Vec<String>| if parts.is_empty() { DASH.to_string() } else { parts.join(" · ") };

    let lead = [(Key::RepLeadManager, given(&id.manager)), (Key::RepLeadSponsor, given(&id.sponsor))]
        .into_iter()
        .filter_map(|(key, name)| Some(ctx.tr(key, &[("name", &name?)])))
        .collect();
    let status = [
        id.status.map(|s| s.label(ctx.lang).to_string()),
        id.priority.map(|n| ctx.tr(Key::RepPriority, &[("priority", &n)])),
        given(&id.kind),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut period = Vec::new();
    if id.start.is_some() || id.end.is_some() {
        period.push(ctx.tr(Key::RepPeriod, &[("start", &ctx.opt_date(id.start)), ("end", &ctx.opt_date(id.end))]));
    }
    if id.multi_year == Some(true) {
        period.push(ctx.t(Key::RepMultiYear));
    }

    let mut fields = vec![
        (Key::RepColDirectorate, ctx.directorate_label(&p.directorate)),
        (Key::RepColAmbition, given(&id.ambition).unwrap_or_else(|| DASH.to_string())),
        (Key::RepColInitiative, given(&id.initiative).unwrap_or_else(|| DASH.to_string())),
        (Key::RepColLead, or_dash(lead)),
        (Key::RepColStatus, or_dash(status)),
        (Key::RepColPeriod, or_dash(period)),
    ];
    if let Some(description) = given(&id.description) {
        fields.push((Key::RepColDescription, description));
    }
    let rows = fields.into_iter().map(|(key, value)| row(vec![text(ctx.t(key)), text(value)])).collect();
    ctx.table(
        None,
        // The header names the table; the values' column needs no title of its own.
        vec![
            ctx.col(Key::RepIdentityCaption, 1.1, Align::Left),
            Column { title: String::new(), weight: 4.0, align: Align::Left, wrap: true },
        ],
        rows,
        Key::RepNoProject,
    )
}

/// The météo history, one row per date with the four dimensions and the progress; the comments
/// follow the table in full (a comment squeezed in a column of half a page reads badly).
fn weather_history_table(ctx: &Ctx, p: &ProjectFigures) -> crate::document::Table {
    let dim = |w: Option<Weather>| w.map_or_else(|| text(DASH), |w| ctx.weather_cell(Some(w)));
    let rows = ctx
        .weather_history(p)
        .iter()
        .map(|s| {
            row(vec![
                text(ctx.date(s.date)),
                ctx.weather_cell(Some(s.overall)),
                dim(s.schedule),
                dim(s.cost),
                dim(s.scope),
                dim(s.resources),
                text(s.progress.map(|v| ctx.short_ratio(v / Decimal::ONE_HUNDRED)).unwrap_or_else(|| DASH.to_string())),
            ])
        })
        .collect();
    ctx.table(
        Some(ctx.t(Key::RepWeatherHistoryCaption)),
        vec![
            ctx.col(Key::RepColDate, 1.15, Align::Left),
            ctx.col(Key::RepColOverall, 1.2, Align::Left),
            ctx.col(Key::RepColSchedule, 1.2, Align::Left),
            ctx.col(Key::RepColCost, 1.2, Align::Left),
            ctx.col(Key::RepColScope, 1.2, Align::Left),
            ctx.col(Key::RepColResources, 1.25, Align::Left),
            ctx.col(Key::RepColProgress, 0.8, Align::Right),
        ],
        rows,
        Key::RepNoStatusReport,
    )
}

/// Budget voted, planned, actual and landing per quarter, and the year's totals.
fn quarter_table(ctx: &Ctx, p: &ProjectFigures) -> crate::document::Table {
    let mut rows: Vec<_> = p
        .quarters
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let key = if q.closed { Key::RepQuarterClosed } else { Key::RepQuarterShort };
            row(vec![
                text(ctx.tr(key, &[("quarter", &(i + 1))])),
                text(ctx.opt_amount(q.budget_voted)),
                text(ctx.amount(q.planned)),
                text(if q.closed { ctx.amount(q.actual) } else { DASH.to_string() }),
                text(ctx.amount(q.landing)),
            ])
        })
        .collect();
    let planned: Decimal = p.quarters.iter().map(|q| q.planned).sum();
    rows.push(total_row(vec![
        text(ctx.t(Key::RepTotal)),
        text(ctx.opt_amount(p.budget_voted)),
        text(ctx.amount(planned)),
        text(ctx.amount(p.actual)),
        text(ctx.amount(p.landing)),
    ]));
    ctx.table(
        None,
        vec![
            ctx.col(Key::RepColQuarter, 1.2, Align::Left),
            ctx.col(Key::RepBudgetVoted, 1.5, Align::Right),
            ctx.col(Key::RepPlanned, 1.5, Align::Right),
            ctx.col(Key::RepActual, 1.5, Align::Right),
            ctx.col(Key::RepLanding, 1.5, Align::Right),
        ],
        rows,
        Key::RepNoProject,
    )
}

fn milestone_row(ctx: &Ctx, p: &ProjectFigures, m: &Milestone) -> crate::document::Row {
    let state = if let Some(actual) = m.actual {
        match m.baseline {
            Some(b) if actual > b => {
                Cell::toned(ctx.tr(Key::RepMilestoneReachedLate, &[("days", &(actual - b).num_days())]), Tone::Warning)
            }
            _ => Cell::toned(ctx.t(Key::RepMilestoneReached), Tone::Good),
        }
    } else {
        let due = m.forecast.or(m.baseline);
        let known_on = ctx.known_on(p);
        match (due, m.baseline, m.forecast) {
            (Some(due), _, _) if due < known_on => {
                Cell::toned(ctx.tr(Key::RepMilestoneLate, &[("days", &(known_on - due).num_days())]), Tone::Bad)
            }
            (_, Some(b), Some(f)) if f > b => {
                Cell::toned(ctx.tr(Key::RepMilestoneSlipped, &[("days", &(f - b).num_days())]), Tone::Warning)
            }
            _ => Cell::toned(ctx.t(Key::RepMilestoneOnTrack), Tone::Neutral),
        }
    };
    row(vec![
        text(m.name.clone()),
        text(ctx.opt_date(m.baseline)),
        text(ctx.opt_date(m.forecast)),
        text(ctx.opt_date(m.actual)),
        state,
    ])
}
