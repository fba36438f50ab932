//! The charts of the reports: which figures each one compares, its axis ticks at round values,
//! and its labels written through `pmo_model::format`. A chart with nothing to draw (no
//! category, or every value 0) is replaced by a sentence saying so: an empty frame with a lone
//! "0 €" tick tells a reader nothing.

use rust_decimal::Decimal;

use pmo_consolidate::{CapacityView, Portfolio, QuarterFigures};
use pmo_model::format::format_amount_short;
use pmo_model::i18n::Key;
use pmo_model::model::{Choice, Weather};

use super::Ctx;
use crate::document::{Block, Chart, ChartKind, Reference, Series, Tick};

/// How many teams the load chart shows (the most loaded), so that bars stay readable.
pub(crate) const MAX_TEAMS: usize = 12;
/// How many projects the per-project chart of a directorate shows (the largest landings).
pub(crate) const MAX_PROJECTS: usize = 12;

/// About this many intervals between ticks.
const TICK_INTERVALS: u32 = 5;

/// Ticks from 0 to at least `max` at a round step (1, 2, 2.5 or 5 × a power of ten). `max` ≤ 0
/// gives the single tick 0.
pub(crate) fn nice_ticks(max: Decimal) -> Vec<Decimal> {
    if max <= Decimal::ZERO {
        return vec![Decimal::ZERO];
    }
    let raw = max / Decimal::from(TICK_INTERVALS);
    let mut magnitude = Decimal::ONE;
    while magnitude * Decimal::TEN <= raw {
        magnitude *= Decimal::TEN;
    }
    while magnitude > raw {
        magnitude /= Decimal::TEN;
    }
    let step = [Decimal::ONE, Decimal::TWO, Decimal::new(25, 1), Decimal::new(5, 0), Decimal::TEN]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(magnitude * Decimal::TEN);
    let mut ticks = vec![Decimal::ZERO];
    let mut value = Decimal::ZERO;
    while value < max {
        value += step;
        ticks.push(value.normalize());
    }
    ticks
}

fn amount_ticks(ctx: &Ctx, max: Decimal) -> Vec<Tick> {
    nice_ticks(max).into_iter().map(|value| Tick { value, label: format_amount_short(value, ctx.lang) }).collect()
}

fn amount_series(ctx: &Ctx, name: Key, values: Vec<Decimal>, style: u8) -> Series {
    let labels = values.iter().map(|v| format_amount_short(*v, ctx.lang)).collect();
    Series { name: ctx.t(name), values, labels, style, weathers: Vec::new() }
}

fn max_of(series: &[Series]) -> Decimal {
    series.iter().flat_map(|s| s.values.iter().copied()).max().unwrap_or_default()
}

/// The chart, or a sentence when there is nothing to draw.
fn chart_or_note(ctx: &Ctx, chart: Chart) -> Block {
    if chart.categories.is_empty() || max_of(&chart.series) <= Decimal::ZERO {
        let text = ctx.tr(Key::RepChartEmpty, &[("title", &chart.title)]);
        return Block::Paragraph { text };
    }
    Block::Chart(chart)
}

/// Budget voted, landing and envelope per directorate.
pub(crate) fn budget_by_directorate(ctx: &Ctx, p: &Portfolio) -> Block {
    let categories = p.directorates.iter().map(|d| d.code.clone()).collect();
    let mut series = vec![
        amount_series(
            ctx,
            Key::RepBudgetVoted,
            p.directorates.iter().map(|d| d.budget_voted.unwrap_or_default()).collect(),
            0,
        ),
        amount_series(ctx, Key::RepLanding, p.directorates.iter().map(|d| d.landing).collect(), 1),
    ];
    if p.directorates.iter().any(|d| d.envelope.is_some()) {
        let envelopes = p.directorates.iter().map(|d| d.envelope.unwrap_or_default()).collect();
        series.push(amount_series(ctx, Key::RepEnvelope, envelopes, 2));
    }
    let chart = Chart {
        title: ctx.t(Key::RepChartBudgetByDirectorate),
        kind: ChartKind::GroupedBars,
        categories,
        ticks: amount_ticks(ctx, max_of(&series)),
        series,
        reference: None,
    };
    chart_or_note(ctx, chart)
}

/// Budget voted and landing of a directorate's largest projects (by landing), as horizontal bars
/// since project names are long.
pub(crate) fn budget_by_project(ctx: &Ctx, p: &Portfolio) -> Block {
    let mut projects: Vec<_> = p.projects.iter().collect();
    projects.sort_by(|a, b| b.landing.cmp(&a.landing).then_with(|| a.code.cmp(&b.code)));
    projects.truncate(MAX_PROJECTS);
    let categories = projects.iter().map(|x| format!("{} {}", x.code, x.identity.name)).collect();
    let series = vec![
        amount_series(
            ctx,
            Key::RepBudgetVoted,
            projects.iter().map(|x| x.budget_voted.unwrap_or_default()).collect(),
            0,
        ),
        amount_series(ctx, Key::RepLanding, projects.iter().map(|x| x.landing).collect(), 1),
    ];
    let title = if p.projects.len() > MAX_PROJECTS {
        ctx.tr(Key::RepChartBudgetByProjectTop, &[("count", &MAX_PROJECTS)])
    } else {
        ctx.t(Key::RepChartBudgetByProject)
    };
    let chart = Chart {
        title,
        kind: ChartKind::HorizontalBars,
        categories,
        ticks: amount_ticks(ctx, max_of(&series)),
        series,
        reference: None,
    };
    chart_or_note(ctx, chart)
}

/// How many projects have each météo; projects without one are counted in the title, since a
/// météo bar cannot stand for them.
pub(crate) fn weather_distribution(ctx: &Ctx, counts: &pmo_consolidate::ProjectCounts) -> Block {
    let values: Vec<Decimal> = Weather::ALL.iter().map(|w| Decimal::from(counts.weather(Some(*w)))).collect();
    let labels = values.iter().map(|v| v.to_string()).collect();
    let missing = counts.weather(None);
    let title = if missing > 0 {
        ctx.tr(Key::RepChartWeatherMissing, &[("count", &missing)])
    } else {
        ctx.t(Key::RepChartWeather)
    };
    let max = values.iter().copied().max().unwrap_or_default();
    let ticks = nice_ticks(max)
        .into_iter()
        .filter(|v| v.fract().is_zero())
        .map(|value| Tick { value, label: value.to_string() })
        .collect();
    let chart = Chart {
        title,
        kind: ChartKind::WeatherBars,
        categories: Weather::ALL.iter().map(|w| ctx.weather_label(*w)).collect(),
        series: vec![Series {
            name: ctx.t(Key::RepProjects),
            values,
            labels,
            style: 0,
            weathers: Weather::ALL.to_vec(),
        }],
        ticks,
        reference: None,
    };
    chart_or_note(ctx, chart)
}

/// Per quarter: the budget voted, what the current returns plan and what they spent (closed
/// quarters only: an open quarter has no actual yet, and shows no bar rather than a 0).
fn quarters(ctx: &Ctx, title: String, quarters: &[QuarterFigures; 4]) -> Block {
    let categories = (1..=4).map(|q| ctx.tr(Key::RepQuarterShort, &[("quarter", &q)])).collect();
    let budget = amount_series(
        ctx,
        Key::RepBudgetVoted,
        quarters.iter().map(|q| q.budget_voted.unwrap_or_default()).collect(),
        0,
    );
    let planned = amount_series(ctx, Key::RepPlanned, quarters.iter().map(|q| q.planned).collect(), 1);
    let mut actual = amount_series(ctx, Key::RepActual, quarters.iter().map(|q| q.actual).collect(), 2);
    for (label, q) in actual.labels.iter_mut().zip(quarters) {
        if !q.closed {
            label.clear();
        }
    }
    let series = vec![budget, planned, actual];
    let chart = Chart {
        title,
        kind: ChartKind::GroupedBars,
        categories,
        ticks: amount_ticks(ctx, max_of(&series)),
        series,
        reference: None,
    };
    chart_or_note(ctx, chart)
}

/// A project's quarters, planned against actual, as horizontal bars: the smallest chart the
/// renderer draws, so that the project sheet holds on one page with it.
pub(crate) fn project_quarters(ctx: &Ctx, quarters: &[QuarterFigures; 4]) -> Block {
    let categories = (1..=4).map(|q| ctx.tr(Key::RepQuarterShort, &[("quarter", &q)])).collect();
    let planned = amount_series(ctx, Key::RepPlanned, quarters.iter().map(|q| q.planned).collect(), 1);
    let mut actual = amount_series(ctx, Key::RepActual, quarters.iter().map(|q| q.actual).collect(), 2);
    for (label, q) in actual.labels.iter_mut().zip(quarters) {
        if !q.closed {
            label.clear();
        }
    }
    let series = vec![planned, actual];
    let chart = Chart {
        title: ctx.t(Key::RepChartProjectQuarters),
        kind: ChartKind::HorizontalBars,
        categories,
        ticks: amount_ticks(ctx, max_of(&series)),
        series,
        reference: None,
    };
    chart_or_note(ctx, chart)
}

/// The portfolio's quarters: the directorates' summed (closed where every directorate closed).
pub(crate) fn portfolio_quarters(ctx: &Ctx, p: &Portfolio) -> Block {
    let mut sum: [QuarterFigures; 4] = std::array::from_fn(|q| QuarterFigures {
        budget_voted: Some(Decimal::ZERO),
        closed: !p.directorates.is_empty() && p.directorates.iter().all(|d| d.quarters[q].closed),
        ..QuarterFigures::default()
    });
    for d in &p.directorates {
        for (s, q) in sum.iter_mut().zip(&d.quarters) {
            s.budget_voted = Some(s.budget_voted.unwrap_or_default() + q.budget_voted.unwrap_or_default());
            s.planned += q.planned;
            s.actual += q.actual;
            s.landing += q.landing;
        }
    }
    // A quarter closed by some directorates only still has actuals worth a bar.
    for (q, s) in sum.iter_mut().enumerate() {
        s.closed = s.closed || p.directorates.iter().any(|d| d.quarters[q].closed);
    }
    quarters(ctx, ctx.t(Key::RepChartQuarters), &sum)
}

/// Each team's most loaded quarter against its capacity, with the 100 % line. Teams without a
/// measurable load (no capacity given) are left out: the alerts name them.
pub(crate) fn team_load(ctx: &Ctx, capacity: &CapacityView) -> Block {
    let teams: Vec<_> = capacity.teams.iter().filter(|t| t.max_load.is_some()).take(MAX_TEAMS).collect();
    let hundred = Decimal::ONE_HUNDRED;
    let values: Vec<Decimal> = teams.iter().map(|t| t.max_load.unwrap_or_default() * hundred).collect();
    let labels = teams
        .iter()
        .map(|t| {
            let (q, load) = worst_quarter(t);
            ctx.tr(Key::RepLoadLabel, &[("load", &ctx.ratio(load)), ("quarter", &q)])
        })
        .collect();
    let max = values.iter().copied().max().unwrap_or_default().max(hundred);
    let ticks =
        nice_ticks(max).into_iter().map(|value| Tick { value, label: ctx.short_ratio(value / hundred) }).collect();
    let title = if capacity.teams.iter().filter(|t| t.max_load.is_some()).count() > MAX_TEAMS {
        ctx.tr(Key::RepChartTeamLoadTop, &[("count", &MAX_TEAMS)])
    } else {
        ctx.t(Key::RepChartTeamLoad)
    };
    let chart = Chart {
        title,
        kind: ChartKind::HorizontalBars,
        categories: teams.iter().map(|t| format!("{} ({})", t.team, t.directorate)).collect(),
        series: vec![Series { name: ctx.t(Key::RepLoad), values, labels, style: 0, weathers: Vec::new() }],
        ticks,
        reference: Some(Reference { value: hundred, label: ctx.t(Key::RepCapacityLine) }),
    };
    chart_or_note(ctx, chart)
}

/// The team's most loaded quarter (1–4) and its load; the earlier quarter on equal loads.
pub(crate) fn worst_quarter(t: &pmo_consolidate::TeamLoad) -> (usize, Decimal) {
    t.quarters
        .iter()
        .enumerate()
        .filter_map(|(q, tq)| tq.load.map(|l| (q + 1, l)))
        .fold(None, |best: Option<(usize, Decimal)>, (q, l)| match best {
            Some((_, bl)) if bl >= l => best,
            _ => Some((q, l)),
        })
        .unwrap_or((1, Decimal::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn ticks_are_round_and_cover_the_maximum() {
        assert_eq!(nice_ticks(d("5614248.60")), [0, 2, 4, 6].map(|m| Decimal::from(m * 1_000_000)), "2 M€ steps");
        assert_eq!(nice_ticks(d("129.6")), [0, 50, 100, 150].map(Decimal::from), "a load of 130 %: 50 % steps");
        assert_eq!(nice_ticks(d("120")), [0, 25, 50, 75, 100, 125].map(Decimal::from), "2.5 × 10 steps");
        assert_eq!(nice_ticks(d("28")), [0, 10, 20, 30].map(Decimal::from));
        assert_eq!(nice_ticks(d("3")), vec![d("0"), d("1"), d("2"), d("3")]);
        assert_eq!(nice_ticks(Decimal::ZERO), vec![Decimal::ZERO], "nothing to scale");
        assert_eq!(nice_ticks(d("-5")), vec![Decimal::ZERO]);
    }
}
