//! The quarterly CODIR pack: cover, executive summary, charts, the portfolio by ambition and by
//! directorate, alerts, changes since the previous campaign, milestones and risks, decisions
//! expected, and one page per project. The directorate report is the same pack built over one
//! directorate's figures ([`super::directorate`]), so both always say the same thing.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use pmo_consolidate::{
    ambition_breakdown, directorate_breakdown, envelope_comparisons, portfolio_totals, project_counts, top_drifts,
    Bridge, ProjectFigures, RescopeReason, Rule, Severity, Standing, StepKind, WeatherTrend,
};
use pmo_model::i18n::Key;
use pmo_model::model::{Choice, ProjectStatus, Weather};

use super::{charts, join_list, next_quarter, project, row, text, total_row, Ctx, ReportInput, DASH};
use crate::document::{Align, Block, Bullet, Cell, Column, Cover, Document, KeyFigure, Row, Tone};

/// How many messages the executive summary gives at most: more and none stands out.
const MAX_MESSAGES: usize = 5;
/// How many projects the "largest drifts" message names.
const DRIFTS_NAMED: usize = 3;
/// Rows of the tables that list "the largest" of something (landing changes, moved milestones,
/// risks): beyond, a CODIR no longer reads.
const TOP_ROWS: usize = 10;

/// What a pack covers.
pub(crate) enum Kind {
    /// The whole portfolio, for the CODIR.
    Codir,
    /// One directorate (its code), to send back to it; the input is already restricted to it.
    Directorate(String),
}

/// The quarterly CODIR pack of the portfolio (see the module's documentation for its pages).
pub fn codir_pack(input: &ReportInput) -> Document {
    let (mut document, sheets) = codir_pack_parts(input);
    document.blocks.extend(sheets.flatten());
    document
}

/// The CODIR pack in two parts, for [`crate::render_parts_to`]: the document up to the
/// appendix's project index, then the project sheets, one at a time, built only when the
/// renderer asks for them (the ten thousand sheets of a large portfolio never sit in memory
/// together). Together they are exactly [`codir_pack`].
pub fn codir_pack_parts<'a>(input: &'a ReportInput<'a>) -> (Document, ProjectSheets<'a>) {
    let sheets = ProjectSheets { ctx: Ctx::new(input), next: 0 };
    (pack_head(&sheets.ctx, &Kind::Codir), sheets)
}

/// The appendix's project sheets of a pack, each as a page break and the sheet's blocks, in the
/// portfolio's order.
pub struct ProjectSheets<'a> {
    ctx: Ctx<'a>,
    next: usize,
}

impl Iterator for ProjectSheets<'_> {
    type Item = Vec<Block>;

    fn next(&mut self) -> Option<Vec<Block>> {
        let project = self.ctx.input.portfolio.projects.get(self.next)?;
        self.next += 1;
        let mut blocks = vec![Block::PageBreak];
        blocks.extend(project::project_page(&self.ctx, project));
        Some(blocks)
    }
}

pub(crate) fn pack(ctx: &Ctx, kind: &Kind) -> Document {
    let mut document = pack_head(ctx, kind);
    for project in &ctx.input.portfolio.projects {
        document.blocks.push(Block::PageBreak);
        document.blocks.extend(project::project_page(ctx, project));
    }
    document
}

/// A pack without its project sheets.
fn pack_head(ctx: &Ctx, kind: &Kind) -> Document {
    let title = match kind {
        Kind::Codir => ctx.tr(Key::RepPackTitle, &[("period", &ctx.quarter_label())]),
        Kind::Directorate(code) => {
            ctx.tr(Key::RepDirectoratePackTitle, &[("directorate", code), ("period", &ctx.quarter_label())])
        }
    };
    let confidentiality = match kind {
        Kind::Codir => ctx.t(Key::RepConfidentialCodir),
        Kind::Directorate(code) => ctx.tr(Key::RepConfidentialDirectorate, &[("directorate", code)]),
    };
    let mut blocks = vec![Block::Cover(cover(ctx, kind, &title))];
    for section in [summary(ctx), charts_section(ctx, kind), breakdown(ctx), alerts(ctx, kind), changes(ctx)] {
        blocks.push(Block::PageBreak);
        blocks.extend(section);
    }
    blocks.push(Block::PageBreak);
    blocks.extend(milestones_and_risks(ctx));
    blocks.push(Block::PageBreak);
    blocks.extend(decisions(ctx));
    blocks.push(Block::PageBreak);
    blocks.extend(appendix_index(ctx));
    Document {
        title,
        organisation: ctx.input.organisation.clone(),
        confidentiality,
        page_label: ctx.t(Key::RepPageLabel),
        generated_on: ctx.input.generated_on,
        blocks,
    }
}

// ----- Cover ------------------------------------------------------------------------------------

fn cover(ctx: &Ctx, kind: &Kind, title: &str) -> Cover {
    // The campaign is named as the figures' source only when every directorate returned it;
    // otherwise the subtitle says which campaign is missing and where the figures come from.
    let coverage = ctx.input.coverage;
    let at = match ctx.campaign() {
        None => ctx.t(Key::RepNoCampaign),
        Some(c) if coverage.complete() => ctx.tr(Key::RepAtCampaign, &[("campaign", &ctx.campaign_label(c))]),
        Some(c) if !coverage.campaign_returned => ctx.tr(
            Key::RepCampaignNotReturned,
            &[("campaign", &ctx.campaign_label(c)), ("sources", &ctx.source_campaigns())],
        ),
        Some(c) => {
            let behind: Vec<String> = coverage.behind().map(|d| d.code.clone()).collect();
            ctx.tr(
                Key::RepCampaignPartlyReturned,
                &[("campaign", &ctx.campaign_label(c)), ("code", &c.code()), ("list", &join_list(&behind, ctx.lang))],
            )
        }
    };
    let subtitle = match kind {
        Kind::Codir => ctx.tr(Key::RepPackSubtitle, &[("year", &ctx.input.year), ("at", &at)]),
        Kind::Directorate(code) => ctx.tr(
            Key::RepDirectoratePackSubtitle,
            &[("directorate", &ctx.directorate_label(code)), ("year", &ctx.input.year), ("at", &at)],
        ),
    };
    let sources = ctx
        .input
        .portfolio
        .sources
        .iter()
        .map(|s| {
            ctx.tr(
                Key::RepCoverSource,
                &[
                    ("directorate", &s.directorate),
                    ("campaign", &ctx.campaign_label(s.campaign)),
                    ("id", &s.id),
                    ("date", &ctx.import_date(&s.imported_at)),
                    ("file", &s.file_name),
                ],
            )
        })
        .collect::<Vec<_>>();
    Cover {
        title: title.to_string(),
        subtitle: Some(subtitle),
        organisation: ctx.input.organisation.clone(),
        date: ctx.date(ctx.input.generated_on),
        sources_title: ctx.t(if sources.is_empty() { Key::RepCoverNoSources } else { Key::RepCoverSources }),
        sources,
    }
}

// ----- Executive summary ------------------------------------------------------------------------

fn summary(ctx: &Ctx) -> Vec<Block> {
    let p = ctx.input.portfolio;
    let totals = portfolio_totals(p);
    let counts = project_counts(p);
    let budget_note = if totals.budget_unknown_count > 0 {
        ctx.tr(Key::RepNoteBudgetUnknown, &[("count", &totals.budget_unknown_count)])
    } else {
        ctx.tr(Key::RepNoteProjects, &[("count", &totals.project_count)])
    };
    let landing_note = match ctx.campaign() {
        Some(c) if ctx.input.coverage.complete() => ctx.tr(Key::RepNoteLandingAt, &[("campaign", &c.code())]),
        Some(_) => ctx.tr(Key::RepNoteLandingFrom, &[("campaigns", &ctx.source_campaigns())]),
        None => ctx.t(Key::RepNoCampaign),
    };
    let in_progress = counts.status(Some(ProjectStatus::InProgress));
    let figures = vec![
        KeyFigure {
            label: ctx.t(Key::RepBudgetVoted),
            value: ctx.opt_amount(totals.budget_voted),
            note: Some(budget_note),
            tone: Tone::Neutral,
        },
        KeyFigure {
            label: ctx.t(Key::RepLanding),
            value: ctx.amount(totals.landing),
            note: Some(landing_note),
            tone: Tone::Neutral,
        },
        KeyFigure {
            label: ctx.t(Key::RepVariance),
            value: ctx.opt_delta(totals.variance),
            note: Some(ctx.tr(Key::RepNoteVariancePct, &[("percent", &ctx.signed_ratio(totals.variance_ratio))])),
            tone: ctx.variance_tone(totals.variance, totals.variance_ratio),
        },
        KeyFigure {
            label: ctx.t(Key::RepActual),
            value: ctx.amount(totals.actual),
            note: Some(ctx.tr(Key::RepNoteBurnRate, &[("percent", &ctx.opt_ratio(totals.burn_rate))])),
            tone: Tone::Neutral,
        },
        KeyFigure {
            label: ctx.t(Key::RepProjects),
            value: counts.total.to_string(),
            note: Some(ctx.tr(Key::RepNoteInProgress, &[("count", &in_progress)])),
            tone: Tone::Neutral,
        },
    ];

    let status_rows = ProjectStatus::ALL
        .iter()
        .map(|s| (s.label(ctx.lang).to_string(), counts.status(Some(*s))))
        .chain(Some((ctx.t(Key::RepNoStatus), counts.status(None))).filter(|(_, n)| *n > 0))
        .map(|(label, n)| row(vec![text(label), Cell::toned(n.to_string(), Tone::Neutral)]))
        .collect();
    let status_table = ctx.table(
        Some(ctx.t(Key::RepByStatus)),
        vec![ctx.col(Key::RepColStatus, 3.0, Align::Left), ctx.col(Key::RepColProjects, 1.0, Align::Right)],
        status_rows,
        Key::RepNoProject,
    );
    let weather_rows = Weather::ALL
        .iter()
        .map(|w| row(vec![ctx.weather_cell(Some(*w)), text(counts.weather(Some(*w)).to_string())]))
        .chain(
            Some(counts.weather(None))
                .filter(|n| *n > 0)
                .map(|n| row(vec![ctx.weather_cell(None), text(n.to_string())])),
        )
        .collect();
    let weather_table = ctx.table(
        Some(ctx.t(Key::RepByWeather)),
        vec![ctx.col(Key::RepColWeather, 3.0, Align::Left), ctx.col(Key::RepColProjects, 1.0, Align::Right)],
        weather_rows,
        Key::RepNoProject,
    );

    vec![
        Block::Heading { text: ctx.t(Key::RepSummaryTitle), level: 1 },
        Block::KeyFigures { items: figures },
        Block::Heading { text: ctx.t(Key::RepMessagesTitle), level: 2 },
        Block::Bullets { items: messages(ctx) },
        Block::Columns { left: vec![Block::Table(status_table)], right: vec![Block::Table(weather_table)] },
    ]
}

/// The three to five sentences a CODIR member must read: what is missing, who is over the
/// envelope, which projects are in a storm, the largest drifts, overloaded teams, decisions
/// awaited — each only when it is the case, in that order of importance. The overall landing
/// opens the list when there is room, and a reassuring sentence when nothing else is said.
pub(crate) fn messages(ctx: &Ctx) -> Vec<Bullet> {
    let p = ctx.input.portfolio;
    let mut found: Vec<Bullet> = Vec::new();
    let bullet = |text: String, tone: Tone| Bullet { text, tone };

    // Directorates behind the campaign, or with no return at all: every figure of theirs is older
    // or unknown, and the reader must know it before any other sentence.
    if let Some(text) = ctx.input.coverage.describe(ctx.lang) {
        found.push(bullet(text, Tone::Warning));
    }

    let envelopes = envelope_comparisons(p);
    let over: Vec<_> = envelopes.iter().filter(|e| e.landing_standing == Standing::Over).collect();
    match over.as_slice() {
        [] => {}
        [e] => found.push(bullet(
            ctx.tr(
                Key::RepMsgEnvelopeOne,
                &[
                    ("directorate", &e.code),
                    ("landing", &ctx.amount(e.landing)),
                    ("envelope", &ctx.amount(e.envelope)),
                    ("gap", &ctx.amount(e.landing_gap)),
                ],
            ),
            Tone::Bad,
        )),
        many => {
            let items: Vec<String> = many
                .iter()
                .map(|e| {
                    ctx.tr(Key::RepMsgEnvelopeItem, &[("directorate", &e.code), ("gap", &ctx.delta(e.landing_gap))])
                })
                .collect();
            found.push(bullet(
                ctx.tr(Key::RepMsgEnvelopeMany, &[("count", &many.len()), ("list", &join_list(&items, ctx.lang))]),
                Tone::Bad,
            ));
        }
    }

    // Stormy then rainy projects, in one message: the météo of the portfolio at a glance.
    let mut weather_text = Vec::new();
    for w in [Weather::Stormy, Weather::Rainy] {
        let projects: Vec<&ProjectFigures> = p.projects.iter().filter(|x| x.weather() == Some(w)).collect();
        let label = ctx.weather_label(w);
        match projects.as_slice() {
            [] => {}
            [x] => weather_text
                .push(ctx.tr(Key::RepMsgWeatherOne, &[("project", &stormy_ref(ctx, x)), ("weather", &label)])),
            many => {
                // Names for storms (few, and each needs attention), codes for rain.
                let refs: Vec<String> = many
                    .iter()
                    .map(|x| if w == Weather::Stormy { stormy_ref(ctx, x) } else { x.code.clone() })
                    .collect();
                weather_text.push(ctx.tr(
                    Key::RepMsgWeatherMany,
                    &[("count", &many.len()), ("weather", &label), ("projects", &join_list(&refs, ctx.lang))],
                ));
            }
        }
    }
    if !weather_text.is_empty() {
        found.push(bullet(weather_text.join(" "), Tone::Bad));
    }

    let drifts = top_drifts(p, DRIFTS_NAMED);
    if !drifts.is_empty() {
        let items: Vec<String> = drifts
            .iter()
            .map(|x| {
                let name = ctx.project_ref(&x.code, &x.name);
                if x.outside_initial_budget {
                    ctx.tr(Key::RepMsgDriftUnbudgeted, &[("project", &name), ("landing", &ctx.amount(x.landing))])
                } else {
                    ctx.tr(
                        Key::RepMsgDriftItem,
                        &[
                            ("project", &name),
                            ("variance", &ctx.opt_delta(x.variance)),
                            ("percent", &ctx.signed_ratio(x.variance_ratio)),
                        ],
                    )
                }
            })
            .collect();
        let key = if items.len() == 1 { Key::RepMsgDriftsOne } else { Key::RepMsgDriftsMany };
        let tone = if drifts.iter().any(|x| x.variance.is_some_and(|v| v > Decimal::ZERO)) {
            Tone::Bad
        } else {
            Tone::Warning
        };
        found.push(bullet(ctx.tr(key, &[("list", &join_list(&items, ctx.lang))]), tone));
    }

    let overloaded: Vec<_> = ctx.input.capacity.overloaded().collect();
    if let Some(worst) = overloaded.first() {
        let (quarter, load) = charts::worst_quarter(worst);
        let args: [(&str, &dyn std::fmt::Display); 5] = [
            ("count", &overloaded.len()),
            ("team", &worst.team),
            ("directorate", &worst.directorate),
            ("load", &ctx.ratio(load)),
            ("quarter", &quarter),
        ];
        let key = if overloaded.len() == 1 { Key::RepMsgOverloadOne } else { Key::RepMsgOverloadMany };
        found.push(bullet(ctx.tr(key, &args), Tone::Warning));
    }

    let decisions = decisions_awaited(ctx);
    match decisions.as_slice() {
        [] => {}
        [(x, _)] => found.push(bullet(
            ctx.tr(Key::RepMsgDecisionsOne, &[("project", &ctx.project_ref(&x.code, &x.identity.name))]),
            Tone::Neutral,
        )),
        many => {
            let codes: Vec<String> = many.iter().map(|(x, _)| x.code.clone()).collect();
            found.push(bullet(
                ctx.tr(Key::RepMsgDecisionsMany, &[("count", &many.len()), ("projects", &join_list(&codes, ctx.lang))]),
                Tone::Neutral,
            ));
        }
    }

    let mut out = Vec::new();
    if found.len() < MAX_MESSAGES {
        out.push(headline(ctx));
    }
    if found.len() + out.len() < 3 && !envelopes.is_empty() && over.is_empty() {
        // "Every directorate" only when every expected directorate has figures and an envelope:
        // nothing is claimed of a directorate whose figures or envelope are unknown.
        let all_known = ctx.input.coverage.directorates.iter().all(|d| d.campaign.is_some())
            && envelopes.len() == p.directorates.len();
        let text = if all_known {
            ctx.t(Key::RepMsgEnvelopesHeld)
        } else {
            let codes: Vec<String> = envelopes.iter().map(|e| e.code.clone()).collect();
            ctx.tr(Key::RepMsgEnvelopesHeldSome, &[("list", &join_list(&codes, ctx.lang))])
        };
        out.push(bullet(text, Tone::Good));
    }
    out.extend(found);
    out.truncate(MAX_MESSAGES);
    out
}

/// A project named in the météo message, with its status when it is no longer running (a
/// cancelled project in a storm is not the alarm a running one is).
fn stormy_ref(ctx: &Ctx, x: &ProjectFigures) -> String {
    let name = ctx.project_ref(&x.code, &x.identity.name);
    match x.identity.status {
        Some(s @ (ProjectStatus::OnHold | ProjectStatus::Done | ProjectStatus::Cancelled)) => {
            ctx.tr(Key::RepMsgProjectWithStatus, &[("project", &name), ("status", &in_sentence(s.label(ctx.lang)))])
        }
        _ => name,
    }
}

/// The overall landing against the budget voted, in one sentence.
fn headline(ctx: &Ctx) -> Bullet {
    let totals = portfolio_totals(ctx.input.portfolio);
    let (text, tone) = match totals.budget_voted {
        Some(budget) => (
            ctx.tr(
                Key::RepMsgHeadline,
                &[
                    ("landing", &ctx.amount(totals.landing)),
                    ("budget", &ctx.amount(budget)),
                    ("variance", &ctx.opt_delta(totals.variance)),
                    ("percent", &ctx.signed_ratio(totals.variance_ratio)),
                ],
            ),
            ctx.variance_tone(totals.variance, totals.variance_ratio),
        ),
        None => (ctx.tr(Key::RepMsgHeadlineUnknown, &[("landing", &ctx.amount(totals.landing))]), Tone::Warning),
    };
    Bullet { text, tone }
}

// ----- Charts -----------------------------------------------------------------------------------

fn charts_section(ctx: &Ctx, kind: &Kind) -> Vec<Block> {
    let p = ctx.input.portfolio;
    let budget = match kind {
        Kind::Codir => charts::budget_by_directorate(ctx, p),
        Kind::Directorate(_) => charts::budget_by_project(ctx, p),
    };
    vec![
        Block::Heading { text: ctx.t(Key::RepChartsTitle), level: 1 },
        Block::Columns { left: vec![budget], right: vec![charts::weather_distribution(ctx, &project_counts(p))] },
        Block::Columns {
            left: vec![charts::portfolio_quarters(ctx, p)],
            right: vec![charts::team_load(ctx, ctx.input.capacity)],
        },
    ]
}

// ----- Portfolio by ambition and by directorate -------------------------------------------------

fn amount_col(ctx: &Ctx, title: Key) -> Column {
    ctx.col(title, 1.6, Align::Right)
}

fn breakdown(ctx: &Ctx) -> Vec<Block> {
    let p = ctx.input.portfolio;
    let totals = portfolio_totals(p);
    let figures = |t: &pmo_consolidate::Totals| {
        vec![
            text(t.project_count.to_string()),
            text(ctx.opt_amount(t.budget_voted)),
            text(ctx.amount(t.actual)),
            text(ctx.amount(t.landing)),
            ctx.variance_cell(t.variance, t.variance_ratio),
            ctx.variance_ratio_cell(t.variance, t.variance_ratio),
        ]
    };

    let mut ambition_rows: Vec<_> = ambition_breakdown(p)
        .iter()
        .map(|a| {
            let name = a.ambition.clone().unwrap_or_else(|| ctx.t(Key::RepNoAmbition));
            let mut cells = vec![text(name)];
            cells.extend(figures(&a.totals));
            row(cells)
        })
        .collect();
    if !ambition_rows.is_empty() {
        let mut cells = vec![text(ctx.t(Key::RepTotal))];
        cells.extend(figures(&totals));
        ambition_rows.push(total_row(cells));
    }
    let ambition_table = ctx.table(
        Some(ctx.t(Key::RepByAmbitionCaption)),
        vec![
            ctx.wrap_col(Key::RepColAmbition, 4.0),
            ctx.col(Key::RepColProjects, 0.8, Align::Right),
            amount_col(ctx, Key::RepBudgetVoted),
            amount_col(ctx, Key::RepActual),
            amount_col(ctx, Key::RepLanding),
            amount_col(ctx, Key::RepVariance),
            ctx.col(Key::RepColVariancePct, 1.0, Align::Right),
        ],
        ambition_rows,
        Key::RepNoProject,
    );

    let directorates = directorate_breakdown(p);
    let gap_cell = |gap: Option<Decimal>| match gap {
        Some(g) => Cell::toned(ctx.delta(g), if g > Decimal::ZERO { Tone::Bad } else { Tone::Neutral }),
        None => text(ctx.t(Key::RepNoEnvelope)),
    };
    let mut directorate_rows: Vec<_> = directorates
        .iter()
        .map(|d| {
            let name = ctx.directorate_label(&d.code);
            row(vec![
                text(name),
                text(d.totals.project_count.to_string()),
                text(ctx.opt_amount(d.envelope)),
                text(ctx.opt_amount(d.totals.budget_voted)),
                text(ctx.amount(d.totals.landing)),
                ctx.variance_cell(d.totals.variance, d.totals.variance_ratio),
                ctx.variance_ratio_cell(d.totals.variance, d.totals.variance_ratio),
                gap_cell(d.landing_gap),
            ])
        })
        .collect();
    if !directorate_rows.is_empty() {
        let envelopes: Vec<Decimal> = directorates.iter().filter_map(|d| d.envelope).collect();
        let envelope_total = (envelopes.len() == directorates.len()).then(|| envelopes.iter().sum::<Decimal>());
        directorate_rows.push(total_row(vec![
            text(ctx.t(Key::RepTotal)),
            text(totals.project_count.to_string()),
            text(ctx.opt_amount(envelope_total)),
            text(ctx.opt_amount(totals.budget_voted)),
            text(ctx.amount(totals.landing)),
            ctx.variance_cell(totals.variance, totals.variance_ratio),
            ctx.variance_ratio_cell(totals.variance, totals.variance_ratio),
            match envelope_total {
                Some(e) => gap_cell(Some(totals.landing - e)),
                None => text(DASH),
            },
        ]));
    }
    let directorate_table = ctx.table(
        Some(ctx.t(Key::RepByDirectorateCaption)),
        vec![
            ctx.wrap_col(Key::RepColDirectorate, 3.4),
            ctx.col(Key::RepColProjects, 0.8, Align::Right),
            amount_col(ctx, Key::RepEnvelope),
            amount_col(ctx, Key::RepBudgetVoted),
            amount_col(ctx, Key::RepLanding),
            amount_col(ctx, Key::RepVariance),
            ctx.col(Key::RepColVariancePct, 1.0, Align::Right),
            amount_col(ctx, Key::RepColLandingVsEnvelope),
        ],
        directorate_rows,
        Key::RepNoDirectorate,
    );
    let mut blocks = vec![
        Block::Heading { text: ctx.t(Key::RepBreakdownTitle), level: 1 },
        Block::Table(ambition_table),
        Block::Table(directorate_table),
    ];
    blocks.extend(requests_table(ctx));
    blocks
}

/// The candidates' requests (contract v1.1): apart from every figure above, which none of them
/// is in, with their total; nothing when there is none.
fn requests_table(ctx: &Ctx) -> Option<Block> {
    let requests = &ctx.input.portfolio.requests;
    if requests.is_empty() {
        return None;
    }
    let mut rows: Vec<Row> = requests
        .iter()
        .map(|x| {
            row(vec![
                text(x.directorate.clone()),
                text(ctx.project_ref(&x.code, &x.identity.name)),
                text(ctx.opt_amount(x.request)),
            ])
        })
        .collect();
    let total: Decimal = requests.iter().filter_map(|x| x.request).sum();
    rows.push(total_row(vec![
        text(ctx.t(Key::RepTotal)),
        text(ctx.tr(Key::RepRequestCount, &[("count", &requests.len())])),
        text(ctx.amount(total)),
    ]));
    Some(Block::Table(ctx.table(
        Some(ctx.t(Key::RepRequestsCaption)),
        vec![
            ctx.col(Key::RepColDirectorateShort, 0.8, Align::Left),
            ctx.wrap_col(Key::RepColProject, 4.0),
            amount_col(ctx, Key::RepColRequest),
        ],
        rows,
        Key::RepNoProject,
    )))
}

// ----- Alerts -----------------------------------------------------------------------------------

fn severity_tone(s: Severity) -> Tone {
    match s {
        Severity::Critical => Tone::Bad,
        Severity::Major => Tone::Warning,
        Severity::Minor => Tone::Neutral,
    }
}

/// Lower-cases the first letter of a label put inside a sentence ("Jalon décalé" → "jalon décalé").
fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn alerts(ctx: &Ctx, kind: &Kind) -> Vec<Block> {
    // The CODIR reads critical and major alerts one by one and minor ones as counts; a
    // directorate, which must act on each, gets them all.
    let listed: Vec<_> = ctx
        .input
        .alerts
        .iter()
        .filter(|a| matches!(kind, Kind::Directorate(_)) || a.severity != Severity::Minor)
        .collect();
    let rows = listed
        .iter()
        .map(|a| {
            row(vec![
                Cell::toned(ctx.t(a.severity.label_key()), severity_tone(a.severity)),
                text(ctx.t(a.rule.label_key())),
                text(a.message_in(ctx.lang, ctx.unit)),
            ])
        })
        .collect();
    let (caption, empty) = match kind {
        Kind::Codir => (Key::RepAlertsCaption, Key::RepNoMajorAlert),
        Kind::Directorate(_) => (Key::RepAlertsCaptionAll, Key::RepNoAlert),
    };
    let table = ctx.table(
        Some(ctx.t(caption)),
        vec![
            ctx.col(Key::RepColSeverity, 1.1, Align::Left),
            ctx.wrap_col(Key::RepColAlert, 2.0),
            ctx.wrap_col(Key::RepColDetail, 9.0),
        ],
        rows,
        empty,
    );
    let mut blocks = vec![Block::Heading { text: ctx.t(Key::RepAlertsTitle), level: 1 }, Block::Table(table)];

    if matches!(kind, Kind::Codir) {
        let mut minor: BTreeMap<Rule, usize> = BTreeMap::new();
        for a in ctx.input.alerts.iter().filter(|a| a.severity == Severity::Minor) {
            *minor.entry(a.rule).or_default() += 1;
        }
        let count: usize = minor.values().sum();
        if count > 0 {
            let mut by_rule: Vec<(Rule, usize)> = minor.into_iter().collect();
            by_rule.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let items: Vec<String> = by_rule
                .iter()
                .map(|(rule, n)| {
                    ctx.tr(
                        Key::RepAlertsMinorItem,
                        &[("label", &in_sentence(rule.label_key().text(ctx.lang))), ("count", n)],
                    )
                })
                .collect();
            let key = if count == 1 { Key::RepAlertsMinorOne } else { Key::RepAlertsMinorMany };
            blocks.push(Block::Paragraph {
                text: ctx.tr(key, &[("count", &count), ("list", &join_list(&items, ctx.lang))]),
            });
        }
    }
    blocks
}

// ----- Changes since the previous campaign ------------------------------------------------------

fn changes(ctx: &Ctx) -> Vec<Block> {
    let diff = ctx.input.diff.filter(|d| !d.refused);
    let Some(diff) = diff else {
        return vec![
            Block::Heading { text: ctx.t(Key::RepChangesTitleNone), level: 1 },
            Block::Paragraph { text: ctx.t(Key::RepDiffNone) },
        ];
    };
    let (from, to) = (diff.from.code(), diff.to.code());
    let mut blocks = vec![
        Block::Heading {
            text: ctx.tr(Key::RepChangesTitle, &[("campaign", &ctx.campaign_label(diff.from))]),
            level: 1,
        },
        Block::Paragraph {
            text: ctx.tr(
                Key::RepDiffLanding,
                &[
                    ("from", &from),
                    ("to", &to),
                    ("before", &ctx.amount(diff.landing_from)),
                    ("after", &ctx.amount(diff.landing_to)),
                    ("delta", &ctx.delta(diff.landing_delta)),
                    ("percent", &ctx.signed_ratio(ratio(diff.landing_delta, diff.landing_from))),
                ],
            ),
        },
    ];
    if !diff.directorates_without_return_for_to.is_empty() {
        blocks.push(Block::Paragraph {
            text: ctx.tr(
                Key::RepDiffNoReturn,
                &[("campaign", &to), ("list", &join_list(&diff.directorates_without_return_for_to, ctx.lang))],
            ),
        });
    }

    let landing_col = |campaign: &str| Column {
        title: ctx.tr(Key::RepColLandingAt, &[("campaign", &campaign)]),
        weight: 1.5,
        align: Align::Right,
        wrap: false,
    };

    // Added, removed, re-scoped.
    let mut moves = Vec::new();
    for (kind, list) in [(Key::RepMoveAdded, &diff.added), (Key::RepMoveRemoved, &diff.removed)] {
        for d in list {
            let reason = if kind == Key::RepMoveRemoved {
                d.status_from.map(|s| s.label(ctx.lang).to_string()).unwrap_or_else(|| DASH.to_string())
            } else {
                d.status_to.map(|s| s.label(ctx.lang).to_string()).unwrap_or_else(|| DASH.to_string())
            };
            moves.push(move_row(ctx, kind, &d.directorate, &ctx.project_ref(&d.code, &d.name), reason, d));
        }
    }
    for r in &diff.rescoped {
        let reasons: Vec<String> = r.reasons.iter().map(|reason| rescope_text(ctx, reason)).collect();
        let d = &r.project;
        moves.push(move_row(
            ctx,
            Key::RepMoveRescoped,
            &d.directorate,
            &ctx.project_ref(&d.code, &d.name),
            reasons.join(" ; "),
            d,
        ));
    }
    blocks.push(Block::Table(ctx.table(
        Some(ctx.t(Key::RepMovesCaption)),
        vec![
            ctx.col(Key::RepColMove, 1.1, Align::Left),
            ctx.col(Key::RepColDirectorateShort, 0.8, Align::Left),
            ctx.wrap_col(Key::RepColProject, 3.2),
            ctx.wrap_col(Key::RepColReason, 3.0),
            landing_col(from),
            landing_col(to),
            ctx.col(Key::RepColChange, 1.5, Align::Right),
        ],
        moves,
        Key::RepNoMove,
    )));

    // Largest landing changes.
    let rows = diff
        .landing_deltas
        .iter()
        .take(TOP_ROWS)
        .map(|d| {
            row(vec![
                text(d.directorate.clone()),
                text(ctx.project_ref(&d.code, &d.name)),
                text(ctx.amount(d.landing_from)),
                text(ctx.amount(d.landing_to)),
                ctx.change_cell(d.landing_delta, d.landing_delta_ratio),
                Cell::toned(
                    ctx.signed_ratio(d.landing_delta_ratio),
                    ctx.change_tone(d.landing_delta, d.landing_delta_ratio),
                ),
            ])
        })
        .collect();
    let caption = if diff.landing_deltas.len() > TOP_ROWS {
        ctx.tr(Key::RepDeltasCaptionTop, &[("count", &TOP_ROWS), ("total", &diff.landing_deltas.len())])
    } else {
        ctx.t(Key::RepDeltasCaption)
    };
    blocks.push(Block::Table(ctx.table(
        Some(caption),
        vec![
            ctx.col(Key::RepColDirectorateShort, 0.8, Align::Left),
            ctx.wrap_col(Key::RepColProject, 4.0),
            landing_col(from),
            landing_col(to),
            ctx.col(Key::RepColChange, 1.5, Align::Right),
            ctx.col(Key::RepColChangePct, 1.1, Align::Right),
        ],
        rows,
        Key::RepNoLandingChange,
    )));

    // The two bridges side by side: what moved since the last campaign, and where the
    // variance to the budget comes from.
    let landing_start = ctx.tr(Key::RepBridgeLandingAt, &[("campaign", &from)]);
    let landing_end = ctx.tr(Key::RepBridgeLandingAt, &[("campaign", &to)]);
    let landing_bridge =
        bridge_table(ctx, ctx.t(Key::RepLandingBridgeCaption), &diff.landing_bridge, landing_start, landing_end);
    let budget_bridge = bridge_table(
        ctx,
        ctx.t(Key::RepBudgetBridgeCaption),
        &diff.budget_bridge,
        ctx.t(Key::RepBudgetVoted),
        ctx.tr(Key::RepBridgeLandingAt, &[("campaign", &to)]),
    );
    blocks.push(Block::Columns { left: vec![landing_bridge], right: vec![budget_bridge] });

    // Météo changes, worse first.
    let rows = diff
        .weather_changes
        .iter()
        .map(|w| {
            let trend = match w.trend {
                // Sliding into rain or a storm is the alarm; into clouds, a warning.
                WeatherTrend::Worse if w.after >= Weather::Rainy => Cell::toned(ctx.t(Key::RepTrendWorse), Tone::Bad),
                WeatherTrend::Worse => Cell::toned(ctx.t(Key::RepTrendWorse), Tone::Warning),
                WeatherTrend::Better => Cell::toned(ctx.t(Key::RepTrendBetter), Tone::Good),
            };
            row(vec![
                text(w.directorate.clone()),
                text(ctx.project_ref(&w.code, &w.name)),
                ctx.weather_cell(Some(w.before)),
                ctx.weather_cell(Some(w.after)),
                trend,
            ])
        })
        .collect();
    blocks.push(Block::Table(ctx.table(
        Some(ctx.t(Key::RepWeatherChangesCaption)),
        vec![
            ctx.col(Key::RepColDirectorateShort, 0.8, Align::Left),
            ctx.wrap_col(Key::RepColProject, 4.0),
            Column {
                title: ctx.tr(Key::RepColWeatherAt, &[("campaign", &from)]),
                weight: 1.3,
                align: Align::Left,
                wrap: false,
            },
            Column {
                title: ctx.tr(Key::RepColWeatherAt, &[("campaign", &to)]),
                weight: 1.3,
                align: Align::Left,
                wrap: false,
            },
            ctx.col(Key::RepColTrend, 1.0, Align::Left),
        ],
        rows,
        Key::RepNoWeatherChange,
    )));

    // Milestones whose forecast moved, largest slip first.
    let rows = diff
        .milestones_moved
        .iter()
        .take(TOP_ROWS)
        .map(|m| {
            let days = match m.days {
                Some(d) => Cell::toned(
                    ctx.tr(Key::RepDays, &[("days", &signed_days(d))]),
                    if d > 0 { Tone::Warning } else { Tone::Neutral },
                ),
                None => text(DASH),
            };
            let project_name = ctx
                .input
                .portfolio
                .project(&m.directorate, &m.project)
                .map(|x| ctx.project_ref(&x.code, &x.identity.name))
                .unwrap_or_else(|| m.project.clone());
            row(vec![
                text(project_name),
                text(m.milestone.clone()),
                text(ctx.opt_date(m.baseline)),
                text(ctx.opt_date(m.forecast_from)),
                text(ctx.opt_date(m.forecast_to)),
                days,
            ])
        })
        .collect();
    let caption = if diff.milestones_moved.len() > TOP_ROWS {
        ctx.tr(Key::RepMilestonesMovedCaptionTop, &[("count", &TOP_ROWS), ("total", &diff.milestones_moved.len())])
    } else {
        ctx.t(Key::RepMilestonesMovedCaption)
    };
    blocks.push(Block::Table(ctx.table(
        Some(caption),
        vec![
            ctx.wrap_col(Key::RepColProject, 3.5),
            ctx.wrap_col(Key::RepColMilestone, 2.2),
            ctx.col(Key::RepColBaseline, 1.2, Align::Right),
            Column {
                title: ctx.tr(Key::RepColForecastAt, &[("campaign", &from)]),
                weight: 1.2,
                align: Align::Right,
                wrap: false,
            },
            Column {
                title: ctx.tr(Key::RepColForecastAt, &[("campaign", &to)]),
                weight: 1.2,
                align: Align::Right,
                wrap: false,
            },
            ctx.col(Key::RepColShift, 1.0, Align::Right),
        ],
        rows,
        Key::RepNoMilestoneMoved,
    )));
    blocks
}

fn ratio(numerator: Decimal, denominator: Decimal) -> Option<Decimal> {
    if denominator.is_zero() {
        None
    } else {
        numerator.checked_div(denominator)
    }
}

fn signed_days(d: i64) -> String {
    if d > 0 {
        format!("+{d}")
    } else if d < 0 {
        format!("\u{2212}{}", d.unsigned_abs())
    } else {
        "0".to_string()
    }
}

fn move_row(
    ctx: &Ctx,
    kind: Key,
    directorate: &str,
    project: &str,
    reason: String,
    d: &pmo_consolidate::ProjectDelta,
) -> crate::document::Row {
    row(vec![
        text(ctx.t(kind)),
        text(directorate.to_string()),
        text(project.to_string()),
        text(reason),
        text(ctx.amount(d.landing_from)),
        text(ctx.amount(d.landing_to)),
        ctx.change_cell(d.landing_delta, d.landing_delta_ratio),
    ])
}

fn rescope_text(ctx: &Ctx, reason: &RescopeReason) -> String {
    let status =
        |s: Option<ProjectStatus>| s.map(|s| s.label(ctx.lang).to_string()).unwrap_or_else(|| DASH.to_string());
    match reason {
        RescopeReason::StatusChanged { before, after } => {
            ctx.tr(Key::RepReasonStatus, &[("before", &status(*before)), ("after", &status(*after))])
        }
        RescopeReason::EndDateMoved { before, after, days } => ctx.tr(
            Key::RepReasonEndDate,
            &[("before", &ctx.date(*before)), ("after", &ctx.date(*after)), ("days", &signed_days(*days))],
        ),
        RescopeReason::LinesAdded { lines } => ctx.tr(Key::RepReasonLinesAdded, &[("count", &lines.len())]),
        RescopeReason::LinesRemoved { lines } => ctx.tr(Key::RepReasonLinesRemoved, &[("count", &lines.len())]),
        RescopeReason::LandingChanged { ratio, .. } => {
            ctx.tr(Key::RepReasonLanding, &[("percent", &ctx.signed_ratio(*ratio))])
        }
    }
}

/// A waterfall as a table: the start, one row per step with the running total, the end.
fn bridge_table(ctx: &Ctx, caption: String, bridge: &Bridge, start: String, end: String) -> Block {
    let mut rows = vec![row(vec![text(start), text(DASH), text(ctx.amount(bridge.start))])];
    for step in &bridge.steps {
        let label = match step.kind {
            StepKind::Project => {
                ctx.project_ref(step.code.as_deref().unwrap_or_default(), step.name.as_deref().unwrap_or_default())
            }
            StepKind::Unbudgeted => ctx.tr(Key::RepBridgeUnbudgeted, &[("count", &step.project_count)]),
            StepKind::Others => ctx.tr(Key::RepBridgeOthers, &[("count", &step.project_count)]),
        };
        // A group of projects sums moves of both signs: its total is no one's alarm.
        let change = match step.kind {
            StepKind::Others => text(ctx.delta(step.amount)),
            _ => ctx.change_cell(step.amount, None),
        };
        rows.push(row(vec![text(label), change, text(ctx.amount(step.running_total))]));
    }
    let moved = bridge.end - bridge.start;
    let ratio = (!bridge.start.is_zero()).then(|| moved / bridge.start);
    rows.push(total_row(vec![text(end), ctx.change_cell(moved, ratio), text(ctx.amount(bridge.end))]));
    Block::Table(ctx.table(
        Some(caption),
        vec![
            ctx.wrap_col(Key::RepColStep, 3.2),
            ctx.col(Key::RepColChange, 1.4, Align::Right),
            ctx.col(Key::RepColRunningTotal, 1.5, Align::Right),
        ],
        rows,
        Key::RepNoLandingChange,
    ))
}

// ----- Milestones and risks ---------------------------------------------------------------------

/// A milestone the CODIR must see: late, or due before the end of the next quarter.
struct Watched<'a> {
    project: &'a ProjectFigures,
    milestone: &'a pmo_model::model::Milestone,
    due: chrono::NaiveDate,
    /// Days late at the project's reference date; `None` when not late yet.
    late: Option<i64>,
}

fn watched_milestones<'a>(ctx: &Ctx<'a>) -> Vec<Watched<'a>> {
    let (_, horizon) = next_quarter(ctx.input.year, ctx.quarter());
    let mut out = Vec::new();
    for p in ctx.input.portfolio.projects.iter().filter(|p| Ctx::active(p)) {
        let known_on = ctx.known_on(p);
        for m in ctx.milestones(p).iter().copied().filter(|m| m.actual.is_none()) {
            let Some(due) = m.forecast.or(m.baseline) else { continue };
            let late = (due < known_on).then(|| (known_on - due).num_days());
            if late.is_some() || due <= horizon {
                out.push(Watched { project: p, milestone: m, due, late });
            }
        }
    }
    // Late first (the latest first), then the coming ones by date.
    out.sort_by(|a, b| {
        (a.late.is_none(), std::cmp::Reverse(a.late), a.due, &a.project.directorate, &a.project.code, &a.milestone.name)
            .cmp(&(
                b.late.is_none(),
                std::cmp::Reverse(b.late),
                b.due,
                &b.project.directorate,
                &b.project.code,
                &b.milestone.name,
            ))
    });
    out
}

fn milestones_and_risks(ctx: &Ctx) -> Vec<Block> {
    let (_, next) = next_quarter(ctx.input.year, ctx.quarter());
    let next_label = ctx.tr(
        Key::RepQuarterYear,
        &[
            ("quarter", &(if ctx.quarter() >= 4 { 1 } else { ctx.quarter() + 1 })),
            ("year", &chrono::Datelike::year(&next)),
        ],
    );
    let rows = watched_milestones(ctx)
        .iter()
        .map(|w| {
            let state = match w.late {
                Some(days) => Cell::toned(ctx.tr(Key::RepMilestoneLate, &[("days", &days)]), Tone::Bad),
                None => Cell::toned(ctx.t(Key::RepMilestoneDue), Tone::Neutral),
            };
            let slip = match (w.milestone.baseline, w.milestone.forecast) {
                (Some(b), Some(f)) if f != b => {
                    let d = (f - b).num_days();
                    Cell::toned(
                        ctx.tr(Key::RepDays, &[("days", &signed_days(d))]),
                        if d > 0 { Tone::Warning } else { Tone::Neutral },
                    )
                }
                _ => text(DASH),
            };
            row(vec![
                state,
                text(w.project.directorate.clone()),
                text(ctx.project_ref(&w.project.code, &w.project.identity.name)),
                text(w.milestone.name.clone()),
                text(ctx.opt_date(w.milestone.baseline)),
                text(ctx.date(w.due)),
                slip,
            ])
        })
        .collect();
    let milestones = ctx.table(
        Some(ctx.tr(Key::RepMilestonesCaption, &[("period", &next_label)])),
        vec![
            ctx.col(Key::RepColState, 1.6, Align::Left),
            ctx.col(Key::RepColDirectorateShort, 0.8, Align::Left),
            ctx.wrap_col(Key::RepColProject, 3.6),
            ctx.wrap_col(Key::RepColMilestone, 2.4),
            ctx.col(Key::RepColBaseline, 1.2, Align::Right),
            ctx.col(Key::RepColDue, 1.2, Align::Right),
            ctx.col(Key::RepColSlip, 1.1, Align::Right),
        ],
        rows,
        Key::RepNoMilestone,
    );

    let mut risks: Vec<(&ProjectFigures, &pmo_model::model::Risk)> = ctx
        .input
        .portfolio
        .projects
        .iter()
        .filter(|p| Ctx::active(p))
        .flat_map(|p| ctx.risks(p).iter().map(move |r| (p, *r)))
        .filter(|(_, r)| r.status != Some(pmo_model::model::RiskStatus::Closed))
        .collect();
    risks.sort_by(|(pa, a), (pb, b)| {
        b.criticality().cmp(&a.criticality()).then_with(|| {
            (&pa.directorate, &pa.code, &a.risk_id, &a.title).cmp(&(&pb.directorate, &pb.code, &b.risk_id, &b.title))
        })
    });
    let total = risks.len();
    let rows = risks.iter().take(TOP_ROWS).map(|(p, r)| risk_row(ctx, p, r, RiskTable::Portfolio)).collect();
    let caption = if total > TOP_ROWS {
        ctx.tr(Key::RepRisksCaptionTop, &[("count", &TOP_ROWS), ("total", &total)])
    } else {
        ctx.t(Key::RepRisksCaption)
    };
    let risks = ctx.table(Some(caption), risk_columns(ctx, RiskTable::Portfolio), rows, Key::RepNoRisk);
    // Two pages: a table split across a page break reads worse than a short page.
    vec![
        Block::Heading { text: ctx.t(Key::RepMilestonesTitle), level: 1 },
        Block::Table(milestones),
        Block::PageBreak,
        Block::Heading { text: ctx.t(Key::RepRisksTitle), level: 1 },
        Block::Table(risks),
    ]
}

/// Where a risk table stands, which decides its columns.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum RiskTable {
    /// The portfolio's top risks: which project each is about, and every detail.
    Portfolio,
    /// A project sheet, in half the page's width: the project is known, the due date left out.
    Sheet,
}

pub(crate) fn risk_columns(ctx: &Ctx, kind: RiskTable) -> Vec<Column> {
    // "12 (4 × 3)" and "En traitement" must fit half a page too.
    let narrow = kind == RiskTable::Sheet;
    let mut cols = vec![ctx.col(Key::RepColCriticality, if narrow { 1.6 } else { 1.1 }, Align::Center)];
    if kind == RiskTable::Portfolio {
        cols.push(ctx.wrap_col(Key::RepColProject, 3.0));
    }
    cols.extend([
        ctx.wrap_col(Key::RepColRisk, if narrow { 2.6 } else { 3.0 }),
        ctx.wrap_col(Key::RepColRiskStatus, if narrow { 1.5 } else { 1.2 }),
        ctx.wrap_col(Key::RepColOwner, if narrow { 1.5 } else { 1.6 }),
        ctx.wrap_col(Key::RepColMitigation, if narrow { 3.0 } else { 3.4 }),
    ]);
    if kind == RiskTable::Portfolio {
        cols.push(ctx.col(Key::RepColDueDate, 1.2, Align::Right));
    }
    cols
}

/// A risk, its criticality toned as the alerts judge it (a critical-risk alert names it).
pub(crate) fn risk_row(
    ctx: &Ctx,
    p: &ProjectFigures,
    r: &pmo_model::model::Risk,
    kind: RiskTable,
) -> crate::document::Row {
    let subject = r.risk_id.clone().filter(|id| !id.trim().is_empty()).unwrap_or_else(|| r.title.clone());
    let alerted = ctx.input.alerts.iter().any(|a| {
        a.rule == Rule::RiskCritical
            && a.project.as_deref() == Some(p.code.as_str())
            && a.subject.as_deref() == Some(subject.as_str())
    });
    let criticality = ctx.tr(
        Key::RepCriticality,
        &[("criticality", &r.criticality()), ("probability", &r.probability), ("impact", &r.impact)],
    );
    let mut cells = vec![Cell::toned(criticality, if alerted { Tone::Bad } else { Tone::Neutral })];
    if kind == RiskTable::Portfolio {
        cells.push(text(ctx.project_ref(&p.code, &p.identity.name)));
    }
    cells.extend([
        text(r.title.clone()),
        text(r.status.map(|s| s.label(ctx.lang).to_string()).unwrap_or_else(|| DASH.to_string())),
        text(r.owner.clone().unwrap_or_else(|| DASH.to_string())),
        text(r.mitigation.clone().unwrap_or_else(|| DASH.to_string())),
    ]);
    if kind == RiskTable::Portfolio {
        cells.push(text(ctx.opt_date(r.due)));
    }
    row(cells)
}

// ----- Decisions --------------------------------------------------------------------------------

/// The projects whose latest status asks the CODIR for a decision, worst météo first. Projects
/// done, cancelled or gone from their latest return ask nothing any more.
pub(crate) fn decisions_awaited<'a>(ctx: &Ctx<'a>) -> Vec<(&'a ProjectFigures, &'a pmo_model::model::StatusReport)> {
    let mut out: Vec<_> = ctx
        .input
        .portfolio
        .projects
        .iter()
        .filter(|p| Ctx::active(p))
        .filter_map(|p| {
            let s = ctx.latest_status(p)?;
            s.decision_needed.as_deref().is_some_and(|d| !d.trim().is_empty()).then_some((p, s))
        })
        .collect();
    out.sort_by(|(a, _), (b, _)| {
        std::cmp::Reverse(a.weather())
            .cmp(&std::cmp::Reverse(b.weather()))
            .then_with(|| (&a.directorate, &a.code).cmp(&(&b.directorate, &b.code)))
    });
    out
}

fn decisions(ctx: &Ctx) -> Vec<Block> {
    let rows = decisions_awaited(ctx)
        .iter()
        .map(|(p, s)| {
            // What the project says of itself, and what it weighs against its budget: what the
            // CODIR needs in front of it to decide.
            row(vec![
                text(p.directorate.clone()),
                text(ctx.project_ref(&p.code, &p.identity.name)),
                ctx.weather_cell(p.weather()),
                ctx.variance_cell(p.variance, p.variance_ratio),
                text(s.comment.clone().filter(|c| !c.trim().is_empty()).unwrap_or_else(|| DASH.to_string())),
                text(s.decision_needed.clone().unwrap_or_default()),
                text(ctx.date(s.date)),
            ])
        })
        .collect();
    let table = ctx.table(
        Some(ctx.t(Key::RepDecisionsCaption)),
        vec![
            ctx.col(Key::RepColDirectorateShort, 0.8, Align::Left),
            ctx.wrap_col(Key::RepColProject, 3.0),
            ctx.col(Key::RepColWeather, 1.2, Align::Left),
            ctx.col(Key::RepVariance, 1.4, Align::Right),
            ctx.wrap_col(Key::RepColContext, 4.0),
            ctx.wrap_col(Key::RepColDecision, 4.0),
            ctx.col(Key::RepColStatusDate, 1.2, Align::Right),
        ],
        rows,
        Key::RepNoDecision,
    );
    vec![Block::Heading { text: ctx.t(Key::RepDecisionsTitle), level: 1 }, Block::Table(table)]
}

// ----- Appendix ---------------------------------------------------------------------------------

/// The index of the project pages, then one page per project.
/// The appendix's first page: every project in a table (the project sheets follow it).
fn appendix_index(ctx: &Ctx) -> Vec<Block> {
    vec![Block::Heading { text: ctx.t(Key::RepAppendixTitle), level: 1 }, Block::Table(project_index(ctx))]
}

/// Every project with its météo and figures, and the portfolio's totals.
fn project_index(ctx: &Ctx) -> crate::document::Table {
    let p = ctx.input.portfolio;
    let mut rows: Vec<_> = p
        .projects
        .iter()
        .map(|x| {
            row(vec![
                text(x.directorate.clone()),
                text(ctx.project_ref(&x.code, &x.identity.name)),
                text(x.identity.status.map(|s| s.label(ctx.lang).to_string()).unwrap_or_else(|| DASH.to_string())),
                ctx.weather_cell(x.weather()),
                text(ctx.opt_amount(x.budget_voted)),
                text(ctx.amount(x.landing)),
                ctx.variance_cell(x.variance, x.variance_ratio),
                ctx.variance_ratio_cell(x.variance, x.variance_ratio),
            ])
        })
        .collect();
    if !rows.is_empty() {
        let t = portfolio_totals(p);
        rows.push(total_row(vec![
            text(ctx.t(Key::RepTotal)),
            text(ctx.tr(Key::RepNoteProjects, &[("count", &t.project_count)])),
            text(String::new()),
            text(String::new()),
            text(ctx.opt_amount(t.budget_voted)),
            text(ctx.amount(t.landing)),
            ctx.variance_cell(t.variance, t.variance_ratio),
            ctx.variance_ratio_cell(t.variance, t.variance_ratio),
        ]));
    }
    ctx.table(
        Some(ctx.t(Key::RepIndexCaption)),
        vec![
            ctx.col(Key::RepColDirectorateShort, 0.8, Align::Left),
            ctx.wrap_col(Key::RepColProject, 4.2),
            ctx.col(Key::RepColStatus, 1.2, Align::Left),
            ctx.col(Key::RepColWeather, 1.2, Align::Left),
            amount_col(ctx, Key::RepBudgetVoted),
            amount_col(ctx, Key::RepLanding),
            amount_col(ctx, Key::RepVariance),
            ctx.col(Key::RepColVariancePct, 1.0, Align::Right),
        ],
        rows,
        Key::RepNoProject,
    )
}
