//! The project sheet: one page per project, in the pack's appendix and alone
//! (`pmo report project --code X`): who and what it is, its météo and their history, its budget
//! by quarter, its milestones and risks, and what its latest status says.

use rust_decimal::Decimal;

use pmo_consolidate::ProjectFigures;
use pmo_model::i18n::Key;
use pmo_model::model::{Choice, Milestone, Weather};

use super::codir::{risk_columns, risk_row};
use super::{charts, find_project, row, text, total_row, Ctx, ReportInput, DASH};
use crate::document::{Align, Block, Cell, Document, KeyFigure, Tone};

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

    blocks.push(Block::Columns { left: vec![Block::Table(identity_table(ctx, p))], right: weather_blocks(ctx, p) });
    blocks.push(Block::Columns {
        left: vec![Block::Table(quarter_table(ctx, p))],
        right: vec![charts::quarters(ctx, ctx.t(Key::RepChartProjectQuarters), &p.quarters)],
    });

    let milestones = ctx.milestones(p);
    let milestone_rows = milestones.iter().map(|m| milestone_row(ctx, p, m)).collect();
    blocks.push(Block::Table(ctx.table(
        Some(ctx.t(Key::RepProjectMilestonesCaption)),
        vec![
            ctx.wrap_col(Key::RepColMilestone, 3.0),
            ctx.col(Key::RepColBaseline, 1.2, Align::Right),
            ctx.col(Key::RepColForecast, 1.2, Align::Right),
            ctx.col(Key::RepColActualDate, 1.2, Align::Right),
            ctx.col(Key::RepColState, 1.8, Align::Left),
        ],
        milestone_rows,
        Key::RepNoProjectMilestone,
    )));

    let mut risks: Vec<_> = ctx.risks(p).to_vec();
    risks.sort_by(|a, b| {
        let closed = |r: &pmo_model::model::Risk| r.status == Some(pmo_model::model::RiskStatus::Closed);
        (closed(a), std::cmp::Reverse(a.criticality()), &a.risk_id).cmp(&(
            closed(b),
            std::cmp::Reverse(b.criticality()),
            &b.risk_id,
        ))
    });
    let risk_rows = risks.iter().map(|r| risk_row(ctx, p, r, false)).collect();
    blocks.push(Block::Table(ctx.table(
        Some(ctx.t(Key::RepProjectRisksCaption)),
        risk_columns(ctx, false),
        risk_rows,
        Key::RepNoProjectRisk,
    )));

    match latest {
        Some(s) => {
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
        None => blocks.push(Block::Paragraph { text: ctx.t(Key::RepNoStatusReport) }),
    }
    blocks
}

fn identity_table(ctx: &Ctx, p: &ProjectFigures) -> crate::document::Table {
    let id = &p.identity;
    let opt = |v: &Option<String>| v.clone().filter(|v| !v.trim().is_empty()).unwrap_or_else(|| DASH.to_string());
    let period = match (id.start, id.end) {
        (None, None) => DASH.to_string(),
        (start, end) => ctx.tr(Key::RepPeriod, &[("start", &ctx.opt_date(start)), ("end", &ctx.opt_date(end))]),
    };
    let multi_year = match id.multi_year {
        Some(true) => ctx.t(Key::Yes),
        Some(false) => ctx.t(Key::No),
        None => DASH.to_string(),
    };
    let mut fields = vec![
        (Key::RepColDirectorate, ctx.directorate_label(&p.directorate)),
        (Key::RepColAmbition, opt(&id.ambition)),
        (Key::RepColInitiative, opt(&id.initiative)),
        (Key::RepColManager, opt(&id.manager)),
        (Key::RepColSponsor, opt(&id.sponsor)),
        (Key::RepColStatus, id.status.map(|s| s.label(ctx.lang).to_string()).unwrap_or_else(|| DASH.to_string())),
        (Key::RepColPriority, id.priority.map(|n| format!("P{n}")).unwrap_or_else(|| DASH.to_string())),
        (Key::RepColKind, opt(&id.kind)),
        (Key::RepColPeriod, period),
        (Key::RepColMultiYear, multi_year),
    ];
    if let Some(description) = id.description.as_deref().filter(|d| !d.trim().is_empty()) {
        fields.push((Key::RepColDescription, description.to_string()));
    }
    let rows = fields.into_iter().map(|(key, value)| row(vec![text(ctx.t(key)), text(value)])).collect();
    ctx.table(
        Some(ctx.t(Key::RepIdentityCaption)),
        vec![ctx.col(Key::RepColField, 1.3, Align::Left), ctx.wrap_col(Key::RepColValue, 3.2)],
        rows,
        Key::RepNoProject,
    )
}

/// The météo history (date, météo, progress, comment) and the latest météo's four dimensions.
fn weather_blocks(ctx: &Ctx, p: &ProjectFigures) -> Vec<Block> {
    let history = ctx.weather_history(p);
    let rows = history
        .iter()
        .map(|s| {
            row(vec![
                text(ctx.date(s.date)),
                ctx.weather_cell(Some(s.overall)),
                text(s.progress.map(|v| ctx.short_ratio(v / Decimal::ONE_HUNDRED)).unwrap_or_else(|| DASH.to_string())),
                text(s.comment.clone().unwrap_or_else(|| DASH.to_string())),
            ])
        })
        .collect();
    let mut blocks = vec![Block::Table(ctx.table(
        Some(ctx.t(Key::RepWeatherHistoryCaption)),
        vec![
            ctx.col(Key::RepColDate, 1.2, Align::Left),
            ctx.col(Key::RepColWeather, 1.3, Align::Left),
            ctx.col(Key::RepColProgress, 1.0, Align::Right),
            ctx.wrap_col(Key::RepColComment, 4.0),
        ],
        rows,
        Key::RepNoStatusReport,
    ))];
    if let Some(s) = ctx.latest_status(p) {
        let dims = [s.schedule, s.cost, s.scope, s.resources];
        if dims.iter().any(Option::is_some) {
            let cells = dims.iter().map(|w| w.map_or_else(|| text(DASH), |w| ctx.weather_cell(Some(w)))).collect();
            blocks.push(Block::Table(ctx.table(
                Some(ctx.tr(Key::RepWeatherDetailCaption, &[("date", &ctx.date(s.date))])),
                vec![
                    ctx.col(Key::RepColSchedule, 1.0, Align::Left),
                    ctx.col(Key::RepColCost, 1.0, Align::Left),
                    ctx.col(Key::RepColScope, 1.0, Align::Left),
                    ctx.col(Key::RepColResources, 1.0, Align::Left),
                ],
                vec![row(cells)],
                Key::RepNoStatusReport,
            )));
        }
    }
    blocks
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
        Some(ctx.t(Key::RepQuarterTableCaption)),
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
