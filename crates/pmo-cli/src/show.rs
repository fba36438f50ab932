//! Readable terminal output of the consolidated views: what a PMO officer reads before a CODIR.
//! Every word comes from the catalog; every figure goes through `pmo_model::format`.

use pmo_core::consolidate::{
    Alert, CampaignDiff, CapacityView, PortfolioSummary, ProjectDelta, RescopeReason, Severity, StepKind, Trace,
    WeatherTrend,
};
use pmo_core::i18n::{tr, Key, Lang};
use pmo_core::model::{Choice, Unit};
use pmo_core::dates::format_fr;
use pmo_core::format::{
    format_amount, format_delta, format_man_days, format_opt_amount, format_opt_ratio, format_ratio,
};

/// Formatting context: language and the PMO's amount unit.
#[derive(Clone, Copy)]
pub struct Fmt {
    pub lang: Lang,
    pub unit: Unit,
}

impl Fmt {
    fn amount(&self, d: rust_decimal::Decimal) -> String {
        format_amount(d, self.unit, self.lang)
    }
    fn opt(&self, d: Option<rust_decimal::Decimal>) -> String {
        format_opt_amount(d, self.unit, self.lang)
    }
    fn delta(&self, d: rust_decimal::Decimal) -> String {
        format_delta(d, self.unit, self.lang)
    }
    fn t(&self, key: Key) -> &'static str {
        key.text(self.lang)
    }
}

/// Pads or shortens (with an ellipsis) to `width` characters, so columns stay aligned.
fn cell(text: &str, width: usize) -> String {
    let count = text.chars().count();
    if count > width {
        let mut s: String = text.chars().take(width.saturating_sub(1)).collect();
        s.push('…');
        s
    } else {
        format!("{text}{}", " ".repeat(width - count))
    }
}

/// Right-aligned figure column.
fn num(text: &str, width: usize) -> String {
    let count = text.chars().count();
    if count >= width {
        text.to_string()
    } else {
        format!("{}{text}", " ".repeat(width - count))
    }
}

/// A variance ratio with its sign: `+5,5 %`, `−3,0 %`, `—`.
fn signed_ratio(ratio: Option<rust_decimal::Decimal>, lang: Lang) -> String {
    match ratio {
        Some(r) if r > rust_decimal::Decimal::ZERO => format!("+{}", format_ratio(r, lang)),
        other => format_opt_ratio(other, lang),
    }
}

pub fn status(s: &PortfolioSummary, alerts: &[Alert], f: Fmt) -> Vec<String> {
    let mut out = Vec::new();
    let as_of = s.as_of.map(|c| c.label(f.lang).to_string()).unwrap_or_else(|| f.t(Key::ShowLatestCampaigns).to_string());
    out.push(tr(f.lang, Key::ShowStatusTitle, &[("year", &s.year), ("as_of", &as_of)]));
    // Said before any figure: which directorates have not returned the campaign asked for, and
    // where the figures come from when nobody did (contract v1.1).
    if let Some(coverage) = s.coverage.describe(f.lang) {
        out.push(format!("  {coverage}"));
    }
    out.push(String::new());
    let t = &s.totals;
    out.push(format!(
        "  {} {}   {} {}   {} {} ({})",
        cell(f.t(Key::ShowBudgetVoted), 14),
        num(&f.opt(t.budget_voted), 14),
        f.t(Key::ShowLanding),
        num(&f.amount(t.landing), 14),
        f.t(Key::ShowVariance),
        t.variance.map(|v| f.delta(v)).unwrap_or_else(|| "—".into()),
        signed_ratio(t.variance_ratio, f.lang),
    ));
    out.push(format!(
        "  {} {}   {} {}",
        cell(f.t(Key::ShowActual), 14),
        num(&f.amount(t.actual), 14),
        f.t(Key::ShowBurnRate),
        format_opt_ratio(t.burn_rate, f.lang),
    ));
    let statuses: Vec<String> = s
        .counts
        .by_status
        .iter()
        .filter(|c| c.count > 0)
        .map(|c| format!("{} {}", c.status.map(|v| v.label(f.lang)).unwrap_or(f.t(Key::ShowNoStatus)), c.count))
        .collect();
    let weathers: Vec<String> = s
        .counts
        .by_weather
        .iter()
        .filter(|c| c.count > 0)
        .map(|c| format!("{} {}", c.weather.map(|v| v.label(f.lang)).unwrap_or(f.t(Key::ShowNoWeather)), c.count))
        .collect();
    out.push(format!("  {} {} — {}", f.t(Key::ShowProjects), s.counts.total, statuses.join(", ")));
    out.push(format!("  {} {}", f.t(Key::ShowWeather), weathers.join(", ")));
    if !s.outside_initial_budget.is_empty() {
        let codes: Vec<&str> = s.outside_initial_budget.iter().map(|p| p.code.as_str()).collect();
        out.push(format!("  {} {}", f.t(Key::ShowOutsideBudget), codes.join(", ")));
    }
    if !s.missing_from_latest.is_empty() {
        let codes: Vec<&str> = s.missing_from_latest.iter().map(|p| p.code.as_str()).collect();
        out.push(format!("  {} {}", f.t(Key::ShowMissingFromLatest), codes.join(", ")));
    }

    out.push(String::new());
    out.push(f.t(Key::ShowDirectoratesTitle).to_string());
    out.push(format!(
        "  {} {} {} {} {} {} {}",
        cell(f.t(Key::ShowColCode), 6),
        cell(f.t(Key::ShowColCampaign), 5),
        num(f.t(Key::ShowColEnvelope), 14),
        num(f.t(Key::ShowBudgetVoted), 14),
        num(f.t(Key::ShowLanding), 14),
        num(f.t(Key::ShowVariance), 14),
        f.t(Key::ShowColVsEnvelope),
    ));
    for d in &s.directorates {
        let envelope_note = match (d.envelope, d.landing_gap) {
            (Some(_), Some(gap)) if gap > rust_decimal::Decimal::ZERO => {
                tr(f.lang, Key::ShowOverEnvelope, &[("gap", &f.delta(gap))])
            }
            (Some(_), Some(gap)) => tr(f.lang, Key::ShowUnderEnvelope, &[("gap", &f.delta(gap))]),
            _ => f.t(Key::ShowNoEnvelope).to_string(),
        };
        out.push(format!(
            "  {} {} {} {} {} {} {}",
            cell(&d.code, 6),
            cell(d.campaign.code(), 5),
            num(&f.opt(d.envelope), 14),
            num(&f.opt(d.totals.budget_voted), 14),
            num(&f.amount(d.totals.landing), 14),
            num(&d.totals.variance.map(|v| f.delta(v)).unwrap_or_else(|| "—".into()), 14),
            envelope_note,
        ));
    }

    if !s.top_drifts.is_empty() {
        out.push(String::new());
        out.push(f.t(Key::ShowTopDrifts).to_string());
        for p in s.top_drifts.iter().take(5) {
            out.push(format!(
                "  {} {} {} → {} {} ({})",
                cell(&p.code, 9),
                cell(&p.name, 36),
                num(&f.opt(p.budget_voted), 13),
                num(&f.amount(p.landing), 13),
                num(&p.variance.map(|v| f.delta(v)).unwrap_or_else(|| "—".into()), 13),
                signed_ratio(p.variance_ratio, f.lang),
            ));
        }
    }

    out.push(String::new());
    let count = |sev: Severity| alerts.iter().filter(|a| a.severity == sev).count();
    out.push(tr(
        f.lang,
        Key::ShowAlertCounts,
        &[
            ("critical", &count(Severity::Critical)),
            ("major", &count(Severity::Major)),
            ("minor", &count(Severity::Minor)),
            ("year", &s.year),
        ],
    ));
    out
}

pub fn alerts(list: &[Alert], f: Fmt) -> Vec<String> {
    if list.is_empty() {
        return vec![f.t(Key::ShowNoAlert).to_string()];
    }
    list.iter()
        .map(|a| {
            let who = match &a.project {
                Some(p) => format!("{} · {p}", a.directorate),
                None => a.directorate.clone(),
            };
            format!("{} {} — {}", cell(&format!("[{}]", a.severity.label_key().text(f.lang)), 11), cell(&who, 16), a.message_in(f.lang, f.unit))
        })
        .collect()
}

fn project_line(p: &ProjectDelta, f: Fmt) -> String {
    format!(
        "  {} {} {} → {} {}",
        cell(&p.code, 9),
        cell(&p.name, 34),
        num(&f.amount(p.landing_from), 13),
        num(&f.amount(p.landing_to), 13),
        num(&f.delta(p.landing_delta), 13),
    )
}

pub fn diff(d: &CampaignDiff, f: Fmt) -> Vec<String> {
    let mut out = vec![tr(
        f.lang,
        Key::ShowDiffTitle,
        &[("year", &d.year), ("from", &d.from.label(f.lang)), ("to", &d.to.label(f.lang))],
    )];
    out.push(format!(
        "  {} {} → {} ({})",
        f.t(Key::ShowLanding),
        f.amount(d.landing_from),
        f.amount(d.landing_to),
        f.delta(d.landing_delta)
    ));
    if !d.directorates_without_return_for_to.is_empty() {
        out.push(format!("  {} {}", f.t(Key::ShowNoReturnForTo), d.directorates_without_return_for_to.join(", ")));
    }
    let section = |out: &mut Vec<String>, key: Key, items: &[ProjectDelta]| {
        if !items.is_empty() {
            out.push(String::new());
            out.push(format!("{} ({})", f.t(key), items.len()));
            out.extend(items.iter().map(|p| project_line(p, f)));
        }
    };
    section(&mut out, Key::ShowAdded, &d.added);
    section(&mut out, Key::ShowRemoved, &d.removed);
    if !d.rescoped.is_empty() {
        out.push(String::new());
        out.push(format!("{} ({})", f.t(Key::ShowRescoped), d.rescoped.len()));
        for r in &d.rescoped {
            out.push(project_line(&r.project, f));
            let reasons: Vec<String> = r.reasons.iter().map(|reason| rescope_reason(reason, f)).collect();
            out.push(format!("      {}", reasons.join(" ; ")));
        }
    }
    out.push(String::new());
    out.push(f.t(Key::ShowLandingDeltas).to_string());
    out.extend(d.landing_deltas.iter().take(10).map(|p| project_line(p, f)));
    out.push(String::new());
    out.push(f.t(Key::ShowBudgetBridge).to_string());
    out.push(format!("  {} {}", cell(f.t(Key::ShowBudgetVoted), 46), num(&f.amount(d.budget_bridge.start), 13)));
    for step in &d.budget_bridge.steps {
        let label = match step.kind {
            StepKind::Project => format!("{} {}", step.code.clone().unwrap_or_default(), step.name.clone().unwrap_or_default()),
            StepKind::Unbudgeted => tr(f.lang, Key::ShowBridgeUnbudgeted, &[("count", &step.project_count)]),
            StepKind::Others => tr(f.lang, Key::ShowBridgeOthers, &[("count", &step.project_count)]),
        };
        out.push(format!("  {} {}", cell(&label, 46), num(&f.delta(step.amount), 13)));
    }
    out.push(format!("  {} {}", cell(f.t(Key::ShowLanding), 46), num(&f.amount(d.budget_bridge.end), 13)));
    if !d.weather_changes.is_empty() {
        out.push(String::new());
        out.push(f.t(Key::ShowWeatherChanges).to_string());
        for w in &d.weather_changes {
            let arrow = match w.trend {
                WeatherTrend::Worse => "↘",
                WeatherTrend::Better => "↗",
            };
            out.push(format!(
                "  {} {} {} {arrow} {}",
                cell(&w.code, 9),
                cell(&w.name, 34),
                w.before.label(f.lang),
                w.after.label(f.lang)
            ));
        }
    }
    if !d.milestones_moved.is_empty() {
        out.push(String::new());
        out.push(f.t(Key::ShowMilestonesMoved).to_string());
        for m in &d.milestones_moved {
            let dates = format!(
                "{} → {}",
                m.forecast_from.map(format_fr).unwrap_or_else(|| "—".into()),
                m.forecast_to.map(format_fr).unwrap_or_else(|| "—".into())
            );
            let days = m.days.map(|n| tr(f.lang, Key::ShowDays, &[("days", &format!("{n:+}"))])).unwrap_or_default();
            // Late (past due on the day the return speaks for) is not the same news as slipped
            // behind the baseline: a 2027 milestone moved by a month is not late in 2026.
            let late = if m.newly_late {
                f.t(Key::ShowNewlyLate).to_string()
            } else {
                match m.baseline_slip_days.filter(|d| *d > 0 && m.behind_baseline_to) {
                    Some(days) => tr(f.lang, Key::ShowBehindBaseline, &[("days", &days)]),
                    None => String::new(),
                }
            };
            out.push(format!("  {} {} {dates} {days} {late}", cell(&m.project, 9), cell(&m.milestone, 34)).trim_end().to_string());
        }
    }
    out
}

fn rescope_reason(reason: &RescopeReason, f: Fmt) -> String {
    let status = |s: &Option<pmo_core::model::ProjectStatus>| s.map(|v| v.label(f.lang)).unwrap_or("—");
    match reason {
        RescopeReason::StatusChanged { before, after } => {
            tr(f.lang, Key::ShowReasonStatus, &[("before", &status(before)), ("after", &status(after))])
        }
        RescopeReason::EndDateMoved { before, after, days } => tr(
            f.lang,
            Key::ShowReasonEndDate,
            &[("before", &format_fr(*before)), ("after", &format_fr(*after)), ("days", &format!("{days:+}"))],
        ),
        RescopeReason::LinesAdded { lines } => tr(f.lang, Key::ShowReasonLinesAdded, &[("count", &lines.len())]),
        RescopeReason::LinesRemoved { lines } => tr(f.lang, Key::ShowReasonLinesRemoved, &[("count", &lines.len())]),
        RescopeReason::LandingChanged { ratio, .. } => {
            tr(f.lang, Key::ShowReasonLanding, &[("ratio", &format_opt_ratio(*ratio, f.lang))])
        }
    }
}

pub fn trace(t: &Trace, f: Fmt) -> Vec<String> {
    let mut out = vec![tr(
        f.lang,
        Key::ShowTraceTitle,
        &[
            ("figure", &t.figure.label(f.lang)),
            ("project", &t.project),
            ("name", &t.project_name),
            ("directorate", &t.directorate),
            ("value", &f.opt(t.value)),
        ],
    )];
    if t.cells.is_empty() {
        out.push(format!("  {}", f.t(Key::ShowTraceNoCell)));
    }
    for c in &t.cells {
        let kind = match c.kind {
            pmo_core::consolidate::CellKind::Planned => tr(f.lang, Key::ShowPlannedQ, &[("q", &c.quarter)]),
            pmo_core::consolidate::CellKind::Actual => tr(f.lang, Key::ShowActualQ, &[("q", &c.quarter)]),
        };
        let line = match c.category {
            Some(cat) => format!("{} {}", c.nature.code(), cat.label(f.lang)),
            None => c.nature.code().to_string(),
        };
        let imported = c.imported_at.get(..10).and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        out.push(format!(
            "  {} {} {} {} {}  {} ({})",
            cell(&c.reference().unwrap_or_else(|| "—".into()), 14),
            cell(c.campaign.code(), 3),
            cell(&kind, 12),
            cell(&line, 18),
            num(&format_amount(c.value, Unit::Euro, f.lang), 12),
            c.file_name,
            imported.map(format_fr).unwrap_or_default(),
        ));
    }
    out.push(format!(
        "  {} {}",
        cell(f.t(Key::ShowTraceTotal), 64),
        num(&format_amount(t.cells_total, Unit::Euro, f.lang), 12)
    ));
    out
}

pub fn capacity(v: &CapacityView, f: Fmt) -> Vec<String> {
    if v.teams.is_empty() {
        return vec![f.t(Key::ShowNoCapacity).to_string()];
    }
    let mut out = vec![tr(f.lang, Key::ShowCapacityTitle, &[("year", &v.year)])];
    out.push(format!(
        "  {} {} {} {} {} {}   {}",
        cell(f.t(Key::ShowColTeam), 34),
        num("T1", 8),
        num("T2", 8),
        num("T3", 8),
        num("T4", 8),
        num(f.t(Key::ShowColYear), 8),
        f.t(Key::ShowColLoadedBy)
    ));
    for team in &v.teams {
        let quarters: Vec<String> = team
            .quarters
            .iter()
            .map(|q| {
                let text = format_opt_ratio(q.load, f.lang);
                num(&format!("{}{text}", if q.overloaded { "▲" } else { "" }), 8)
            })
            .collect();
        let top: Vec<String> = team
            .projects
            .iter()
            .take(3)
            .map(|p| format!("{} {}", p.project, format_man_days(p.man_days.planned_total, f.lang)))
            .collect();
        let name = format!("{} · {}", team.directorate, team.team);
        let flag = if team.capacity_missing { format!(" ({})", f.t(Key::ShowCapacityMissing)) } else { String::new() };
        out.push(format!(
            "  {} {} {}   {}{flag}",
            cell(&name, 34),
            quarters.join(" "),
            num(&format_opt_ratio(team.load, f.lang), 8),
            top.join(", ")
        ));
    }
    let overloaded = v.teams.iter().filter(|t| t.overloaded).count();
    out.push(String::new());
    out.push(tr(f.lang, Key::ShowOverloadedCount, &[("count", &overloaded), ("threshold", &format_ratio(v.overload_pct / rust_decimal::Decimal::ONE_HUNDRED, f.lang))]));
    out
}

/// `pmo trace --directorate D` / `--portfolio`: the total, then each part, largest first.
pub fn sum_trace(t: &pmo_core::consolidate::SumTrace, f: Fmt) -> Vec<String> {
    use pmo_core::consolidate::TotalFigure;
    let directorate = t.directorate.clone().unwrap_or_default();
    if t.figure == TotalFigure::Envelope {
        return vec![match (&t.envelope_source, t.value) {
            (Some(s), Some(value)) => tr(
                f.lang,
                Key::ShowEnvelopeFrom,
                &[
                    ("directorate", &directorate),
                    ("year", &t.year),
                    ("value", &f.amount(value)),
                    ("campaign", &s.campaign.code()),
                    ("id", &s.return_id),
                    ("file", &s.file_name),
                    ("date", &chrono::DateTime::parse_from_rfc3339(&s.imported_at)
                        .map(|t| format_fr(t.with_timezone(&chrono::Local).date_naive()))
                        .unwrap_or_else(|_| s.imported_at.clone())),
                    ("place", &match (&s.sheet, &s.cell) {
                        (Some(sheet), Some(cell)) => format!("{sheet}!{cell}"),
                        _ => "—".to_string(),
                    }),
                ],
            ),
            _ => tr(f.lang, Key::ShowEnvelopeNone, &[("directorate", &directorate), ("year", &t.year)]),
        }];
    }
    let label = match t.figure {
        TotalFigure::BudgetVoted => f.t(Key::ShowBudgetVoted),
        TotalFigure::Actual => f.t(Key::ShowActual),
        _ => f.t(Key::ShowLanding),
    };
    let scope = match &t.directorate {
        Some(d) => tr(f.lang, Key::ShowSumScopeDirectorate, &[("directorate", d)]),
        None => f.t(Key::ShowSumScopePortfolio).to_string(),
    };
    let mut out = vec![tr(
        f.lang,
        Key::ShowSumTitle,
        &[("figure", &label), ("scope", &scope), ("year", &t.year), ("value", &f.opt(t.value))],
    )];
    for p in &t.parts {
        out.push(format!(
            "  {} {} {} {}",
            cell(&p.code, 9),
            cell(p.name.as_deref().unwrap_or(""), 40),
            cell(p.campaign.code(), 3),
            num(&f.opt(p.value), 16)
        ));
    }
    out
}

/// `pmo trace PROJET --figure weather`: the météo shown and where it was read.
pub fn weather_trace(t: &pmo_core::consolidate::WeatherTrace, f: Fmt) -> String {
    match (t.weather, t.date, t.campaign, t.return_id) {
        (Some(w), Some(date), Some(campaign), Some(id)) => tr(
            f.lang,
            Key::ShowWeatherFrom,
            &[
                ("project", &t.project),
                ("name", &t.project_name),
                ("weather", &w.label(f.lang)),
                ("date", &format_fr(date)),
                ("campaign", &campaign.code()),
                ("id", &id),
                ("file", &t.file_name.clone().unwrap_or_default()),
                ("cell", &t.cell.clone().unwrap_or_else(|| "—".into())),
            ],
        ),
        _ => tr(f.lang, Key::ShowWeatherNone, &[("project", &t.project), ("name", &t.project_name)]),
    }
}

/// `pmo trace --directorate D --team T`: a team's man-days and the cells they are the sum of.
pub fn man_days_trace(t: &pmo_core::consolidate::ManDaysTrace, f: Fmt) -> Vec<String> {
    let label = match t.figure {
        "planned" => f.t(Key::ShowManDaysPlanned),
        "actual" => f.t(Key::ShowManDaysActual),
        _ => f.t(Key::ShowManDaysCapacity),
    };
    let days = |d: rust_decimal::Decimal| pmo_core::format::format_number_trimmed(d, 2, f.lang);
    let mut out = vec![tr(
        f.lang,
        Key::ShowManDaysTitle,
        &[
            ("figure", &label),
            ("team", &t.team),
            ("directorate", &t.directorate),
            ("campaign", &t.campaign.code()),
            ("value", &t.value.map(days).unwrap_or_else(|| "—".into())),
        ],
    )];
    for c in &t.cells {
        out.push(format!(
            "  {} {} T{} {}",
            cell(c.cell.as_deref().unwrap_or("—"), 12),
            cell(c.project.as_deref().unwrap_or(""), 9),
            c.quarter,
            num(&days(c.value), 10)
        ));
    }
    out
}
