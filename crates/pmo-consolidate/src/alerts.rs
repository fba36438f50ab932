//! Alerts: what in the consolidated portfolio a PMO must look at before the CODIR, each with a
//! severity, the directorate and project concerned, the figure against its threshold, and a
//! sentence from the catalog in French or English.
//!
//! The thresholds are the PMO's: they are stored as text in the store's settings table under the
//! keys of [`AlertThresholds::KEYS`], read back with [`AlertThresholds::from_settings`], and
//! checked with [`AlertThresholds::validate`] before `pmo settings set` writes one.
//!
//! The rules, each with a stable code ([`Rule::code`]); "≥" means a figure exactly at its
//! threshold fires, ">" means it does not:
//!
//! | code | fires when | severity |
//! | --- | --- | --- |
//! | `directorate_over_envelope` | Σ landing − envelope > 0 | critical |
//! | `directorate_missing_return` | a directorate has no return for the current campaign | major |
//! | `variance_over` | landing > budget voted and (variance ≥ `variance_pct` % of the budget or ≥ `variance_amount` €) | major |
//! | `variance_under` | the same below the budget (under-spend frees budget for arbitration) | minor |
//! | `weather_bad` | latest météo Pluie (major) or Orage (critical) | major / critical |
//! | `weather_worse` | latest météo worse than the previous one, but not Pluie or Orage (those are `weather_bad`) | minor |
//! | `milestone_overdue` | not reached and its date (forecast, else baseline) is before `today` | major |
//! | `milestone_slipped` | not reached, not overdue, forecast − baseline > `milestone_slip_days` days | minor |
//! | `risk_critical` | risk not closed with probability × impact ≥ `risk_criticality` | major |
//! | `team_overload` | a quarter's planned ÷ capacity > `team_load_pct` % | major |
//! | `team_capacity_missing` | planned workload in a quarter with no (or zero) capacity | minor |
//! | `weather_missing` | project in progress with no météo dated in its reporting quarter or later | minor |
//! | `end_date_passed` | project in progress and its end date is before `today` | major |
//! | `project_missing_from_return` | a project of an earlier return is not in its directorate's current return (it keeps that return's actual and landing until the directorate says what became of it) | major |
//!
//! Definitions the rules rely on:
//! - The *current campaign* is the latest campaign any directorate has returned for the year (at
//!   most the portfolio's cut-off). The directorates expected to return are those with a return
//!   that year plus the `known_directorates` the caller names (the store's list).
//! - A project's *reporting quarter* is the last quarter its directorate's current campaign has
//!   closed (R1 → T1, R2 → T2, R3 → T3, CL → T4; none for BI). Returns are sent after their
//!   quarter closes, so a météo dated in that quarter or later is "the météo of the quarter".
//!   The quarter of `today` is not used: between two campaigns it would flag every project for
//!   weeks before anyone could answer.
//! - The *previous* météo is the latest one dated strictly before the latest one, among the
//!   statuses of the returns the figures were computed from (workbooks repeat earlier rows,
//!   so an equal date is the same status again, not a previous one).
//! - Risks, milestones and météo rules concern *active* projects: in the current return, and not
//!   Terminé or Abandonné. `weather_missing` and `end_date_passed` concern projects En cours only.
//!   A risk without a status counts as open.
//!
//! Alerts are sorted by severity (critical first), then rule (in the table's order), then size
//! (largest first: the euros, days, criticality or load of the rule), then directorate, project
//! and subject, so the same inputs always give the same list. Nothing here does I/O: `today` is
//! passed in.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use chrono::{Datelike, NaiveDate};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;

use pmo_model::dates::format_fr;
use pmo_model::i18n::{Key, Lang};
use pmo_model::model::{Campaign, Choice, Milestone, ProjectStatus, Risk, RiskStatus, StatusReport, Unit, Weather};
use pmo_model::money::{parse_amount, parse_number, to_plain};
use pmo_model::text::fold;

use crate::capacity::CapacityView;
use crate::consolidate::SourceReturn;
use crate::figures::{DirectorateFigures, Portfolio, ProjectFigures, ReturnRole};

// ----- Thresholds -------------------------------------------------------------------------------

/// The thresholds the PMO sets. [`Default`] gives the product's defaults, the same values as
/// [`AlertThresholds::KEYS`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AlertThresholds {
    /// `alerts.variance_pct`: a variance of at least this percentage of the budget voted fires
    /// (10 = 10 %). Default 10.
    pub variance_pct: Decimal,
    /// `alerts.variance_amount`: a variance of at least this many euros fires. Default 50 000.
    pub variance_amount: Decimal,
    /// `alerts.risk_criticality`: an open risk of at least this criticality (1–16) fires.
    /// Default 12.
    pub risk_criticality: u8,
    /// `alerts.team_load_pct`: a quarter loaded above this percentage of capacity fires
    /// (strictly: 100 % is full, not over). Default 100.
    pub team_load_pct: Decimal,
    /// `alerts.milestone_slip_days`: a forecast more than this many days after the baseline
    /// fires. Default 0: any slip.
    pub milestone_slip_days: u32,
}

impl Default for AlertThresholds {
    fn default() -> Self {
        AlertThresholds {
            variance_pct: Decimal::TEN,
            variance_amount: Decimal::from(50_000),
            risk_criticality: 12,
            team_load_pct: Decimal::ONE_HUNDRED,
            milestone_slip_days: 0,
        }
    }
}

/// One alert threshold as the settings table knows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThresholdSetting {
    /// The key in the settings table (`alerts.variance_pct`).
    pub key: &'static str,
    /// What the threshold means, for `pmo settings` and the settings screen.
    pub description: Key,
    /// What a valid value looks like, for the refusal message.
    pub expected: Key,
    /// The default value, as it would be stored.
    pub default: &'static str,
}

/// The error type of this crate: a threshold setting that cannot be used. Each variant has a
/// catalog sentence ([`InvalidSetting::message`]); the English `Display` is for logs.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InvalidSetting {
    /// A key in the `alerts.` namespace that no threshold has (a typo in `pmo settings set`).
    #[error("unknown alert setting {key}")]
    UnknownKey { key: String },
    /// A value that is not a number, or outside the threshold's range (a negative amount, a
    /// criticality above 16, a load of 0 %…).
    #[error("alert setting {key}: value {value:?} refused")]
    InvalidValue { key: String, value: String, expected: Key },
}

impl InvalidSetting {
    /// The sentence for the PMO: what is wrong and what is expected.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            InvalidSetting::UnknownKey { key } => {
                let keys: Vec<&str> = AlertThresholds::KEYS.iter().map(|s| s.key).collect();
                pmo_model::i18n::tr(lang, Key::AlertSettingUnknown, &[("key", key), ("expected", &keys.join(", "))])
            }
            InvalidSetting::InvalidValue { key, value, expected } => pmo_model::i18n::tr(
                lang,
                Key::AlertSettingInvalid,
                &[("key", key), ("found", value), ("expected", &expected.text(lang))],
            ),
        }
    }
}

impl AlertThresholds {
    pub const VARIANCE_PCT: &'static str = "alerts.variance_pct";
    pub const VARIANCE_AMOUNT: &'static str = "alerts.variance_amount";
    pub const RISK_CRITICALITY: &'static str = "alerts.risk_criticality";
    pub const TEAM_LOAD_PCT: &'static str = "alerts.team_load_pct";
    pub const MILESTONE_SLIP_DAYS: &'static str = "alerts.milestone_slip_days";

    /// Every threshold setting, in the order `pmo settings` lists them.
    pub const KEYS: &'static [ThresholdSetting] = &[
        ThresholdSetting {
            key: Self::VARIANCE_PCT,
            description: Key::AlertSettingVariancePct,
            expected: Key::AlertExpectPercent,
            default: "10",
        },
        ThresholdSetting {
            key: Self::VARIANCE_AMOUNT,
            description: Key::AlertSettingVarianceAmount,
            expected: Key::AlertExpectAmount,
            default: "50000",
        },
        ThresholdSetting {
            key: Self::RISK_CRITICALITY,
            description: Key::AlertSettingRiskCriticality,
            expected: Key::ExpectCriticality,
            default: "12",
        },
        ThresholdSetting {
            key: Self::TEAM_LOAD_PCT,
            description: Key::AlertSettingTeamLoadPct,
            expected: Key::AlertExpectLoadPercent,
            default: "100",
        },
        ThresholdSetting {
            key: Self::MILESTONE_SLIP_DAYS,
            description: Key::AlertSettingMilestoneSlipDays,
            expected: Key::AlertExpectDays,
            default: "0",
        },
    ];

    /// The thresholds from the settings table: each key present replaces its default.
    ///
    /// Keys that are not thresholds are ignored, including unknown `alerts.` keys: the table is
    /// shared with other settings, and a database written by a later version may hold keys this
    /// one does not know. A threshold whose value cannot be read is an error, not a silent
    /// default: an alert list computed with a threshold the PMO did not set would mislead.
    pub fn from_settings(settings: &BTreeMap<String, String>) -> Result<AlertThresholds, InvalidSetting> {
        let mut t = AlertThresholds::default();
        for spec in Self::KEYS {
            if let Some(value) = settings.get(spec.key) {
                t.set(spec, value)?;
            }
        }
        Ok(t)
    }

    /// Checks a value before `pmo settings set` stores it. `Ok` for keys outside the `alerts.`
    /// namespace, which belong to other parts of the application; [`InvalidSetting::UnknownKey`]
    /// for an `alerts.` key that is no threshold.
    pub fn validate(key: &str, value: &str) -> Result<(), InvalidSetting> {
        match Self::KEYS.iter().find(|s| s.key == key) {
            Some(spec) => AlertThresholds::default().set(spec, value),
            None if key.starts_with("alerts.") => Err(InvalidSetting::UnknownKey { key: key.to_string() }),
            None => Ok(()),
        }
    }

    /// The value of a threshold as it would be stored (`"10"`, `"50000"`), for `pmo settings get`;
    /// `None` for a key that is no threshold.
    pub fn value_of(&self, key: &str) -> Option<String> {
        Some(match key {
            Self::VARIANCE_PCT => self.variance_pct.normalize().to_string(),
            Self::VARIANCE_AMOUNT => self.variance_amount.normalize().to_string(),
            Self::RISK_CRITICALITY => self.risk_criticality.to_string(),
            Self::TEAM_LOAD_PCT => self.team_load_pct.normalize().to_string(),
            Self::MILESTONE_SLIP_DAYS => self.milestone_slip_days.to_string(),
            _ => return None,
        })
    }

    fn set(&mut self, spec: &ThresholdSetting, value: &str) -> Result<(), InvalidSetting> {
        let invalid = || InvalidSetting::InvalidValue {
            key: spec.key.to_string(),
            value: value.to_string(),
            expected: spec.expected,
        };
        // "10 %" and "10%" are what a PMO types for a percentage.
        let percent = || parse_number(value.trim().trim_end_matches('%')).ok_or_else(invalid);
        let whole = |max: u32| {
            let n = parse_number(value).ok_or_else(invalid)?;
            if !n.fract().is_zero() || n > Decimal::from(max) {
                return Err(invalid());
            }
            n.to_u32().ok_or_else(invalid)
        };
        match spec.key {
            Self::VARIANCE_PCT => {
                let p = percent()?;
                if p < Decimal::ZERO {
                    return Err(invalid());
                }
                self.variance_pct = p;
            }
            Self::VARIANCE_AMOUNT => {
                let a = parse_amount(value).ok_or_else(invalid)?;
                if a < Decimal::ZERO {
                    return Err(invalid());
                }
                self.variance_amount = a;
            }
            Self::RISK_CRITICALITY => {
                let c = whole(16)?;
                if c == 0 {
                    return Err(invalid());
                }
                self.risk_criticality = c as u8;
            }
            Self::TEAM_LOAD_PCT => {
                let p = percent()?;
                if p <= Decimal::ZERO {
                    return Err(invalid());
                }
                self.team_load_pct = p;
            }
            Self::MILESTONE_SLIP_DAYS => self.milestone_slip_days = whole(36_500)?,
            _ => return Err(InvalidSetting::UnknownKey { key: spec.key.to_string() }),
        }
        Ok(())
    }
}

// ----- Alerts -----------------------------------------------------------------------------------

/// The rules, in the order alerts of one severity are listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename_all = "snake_case"))]
pub enum Rule {
    DirectorateOverEnvelope,
    DirectorateMissingReturn,
    VarianceOver,
    VarianceUnder,
    WeatherBad,
    WeatherWorse,
    MilestoneOverdue,
    MilestoneSlipped,
    RiskCritical,
    TeamOverload,
    TeamCapacityMissing,
    WeatherMissing,
    EndDatePassed,
    ProjectMissingFromReturn,
}

impl Rule {
    pub const ALL: &'static [Rule] = &[
        Rule::DirectorateOverEnvelope,
        Rule::DirectorateMissingReturn,
        Rule::VarianceOver,
        Rule::VarianceUnder,
        Rule::WeatherBad,
        Rule::WeatherWorse,
        Rule::MilestoneOverdue,
        Rule::MilestoneSlipped,
        Rule::RiskCritical,
        Rule::TeamOverload,
        Rule::TeamCapacityMissing,
        Rule::WeatherMissing,
        Rule::EndDatePassed,
        Rule::ProjectMissingFromReturn,
    ];

    /// The stable code in JSON and scripts (`variance_over`).
    pub fn code(self) -> &'static str {
        match self {
            Rule::DirectorateOverEnvelope => "directorate_over_envelope",
            Rule::DirectorateMissingReturn => "directorate_missing_return",
            Rule::VarianceOver => "variance_over",
            Rule::VarianceUnder => "variance_under",
            Rule::WeatherBad => "weather_bad",
            Rule::WeatherWorse => "weather_worse",
            Rule::MilestoneOverdue => "milestone_overdue",
            Rule::MilestoneSlipped => "milestone_slipped",
            Rule::RiskCritical => "risk_critical",
            Rule::TeamOverload => "team_overload",
            Rule::TeamCapacityMissing => "team_capacity_missing",
            Rule::WeatherMissing => "weather_missing",
            Rule::EndDatePassed => "end_date_passed",
            Rule::ProjectMissingFromReturn => "project_missing_from_return",
        }
    }

    /// A short name for summaries (`pmo status` counts alerts per rule).
    pub fn label_key(self) -> Key {
        match self {
            Rule::DirectorateOverEnvelope => Key::AlertRuleDirectorateOverEnvelope,
            Rule::DirectorateMissingReturn => Key::AlertRuleDirectorateMissingReturn,
            Rule::VarianceOver => Key::AlertRuleVarianceOver,
            Rule::VarianceUnder => Key::AlertRuleVarianceUnder,
            Rule::WeatherBad => Key::AlertRuleWeatherBad,
            Rule::WeatherWorse => Key::AlertRuleWeatherWorse,
            Rule::MilestoneOverdue => Key::AlertRuleMilestoneOverdue,
            Rule::MilestoneSlipped => Key::AlertRuleMilestoneSlipped,
            Rule::RiskCritical => Key::AlertRuleRiskCritical,
            Rule::TeamOverload => Key::AlertRuleTeamOverload,
            Rule::TeamCapacityMissing => Key::AlertRuleTeamCapacityMissing,
            Rule::WeatherMissing => Key::AlertRuleWeatherMissing,
            Rule::EndDatePassed => Key::AlertRuleEndDatePassed,
            Rule::ProjectMissingFromReturn => Key::AlertRuleProjectMissingFromReturn,
        }
    }

    pub fn from_code(code: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.code() == code)
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// How urgent an alert is; sorts critical first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Critical,
    Major,
    Minor,
}

impl Severity {
    pub fn code(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::Major => "major",
            Severity::Minor => "minor",
        }
    }

    pub fn label_key(self) -> Key {
        match self {
            Severity::Critical => Key::AlertSeverityCritical,
            Severity::Major => Key::AlertSeverityMajor,
            Severity::Minor => Key::AlertSeverityMinor,
        }
    }
}

/// What an alert's value and threshold count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    Euros,
    /// Percentage points (12.5 = 12.5 %).
    Percent,
    Days,
    ManDays,
    /// Probability × impact, 1–16.
    Criticality,
}

/// A value to put in an alert's sentence, formatted for the language when the sentence is built:
/// the alert keeps typed values, not French text, so that it can be shown in either language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    /// Euros: `150 000 €` / `€150,000`.
    Amount(Decimal),
    /// Percentage points, one decimal at most: `12,5 %` / `12.5%`.
    Percent(Decimal),
    /// A plain number, two decimals at most: `1 234,5` / `1,234.5`.
    Number(Decimal),
    Date(NaiveDate),
    Weather(Weather),
    Campaign(Campaign),
    /// A word of the catalog (`aucune`).
    Word(Key),
}

impl Arg {
    pub fn render(&self, lang: Lang, unit: Unit) -> String {
        match self {
            Arg::Text(s) => s.clone(),
            Arg::Amount(d) => pmo_model::format::format_amount(*d, unit, lang),
            Arg::Percent(d) => match lang {
                Lang::Fr => format!("{}\u{a0}%", number(*d, 1, lang)),
                Lang::En => format!("{}%", number(*d, 1, lang)),
            },
            Arg::Number(d) => number(*d, 2, lang),
            Arg::Date(date) => match lang {
                Lang::Fr => format_fr(*date),
                Lang::En => date.format("%Y-%m-%d").to_string(),
            },
            Arg::Weather(w) => w.label(lang).to_string(),
            Arg::Campaign(c) => c.code().to_string(),
            Arg::Word(key) => key.text(lang).to_string(),
        }
    }
}

/// `d` rounded to `dp` decimals at most, thousands grouped: `1 234,5` (French, narrow no-break
/// spaces, decimal comma) or `1,234.5`.
fn number(d: Decimal, dp: u32, lang: Lang) -> String {
    pmo_model::format::format_number_trimmed(d, dp, lang)
}

/// One alert.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alert {
    pub rule: Rule,
    pub severity: Severity,
    /// Code of the directorate concerned (the project's, or the team's).
    pub directorate: String,
    /// Code of the project concerned; `None` for directorate and team alerts.
    pub project: Option<String>,
    /// What inside the project or directorate: the team, the milestone, the risk (its id, else
    /// its title), the campaign of a missing return.
    pub subject: Option<String>,
    /// The sentence, with `args` for its placeholders.
    pub message_key: Key,
    pub args: Vec<(&'static str, Arg)>,
    /// The figure that fired the rule, in `measure` (landing, variance, days late, load…).
    pub value: Option<Decimal>,
    /// What it was compared with, in `measure`.
    pub threshold: Option<Decimal>,
    pub measure: Option<Measure>,
    /// How big the alert is within its rule, for sorting: euros, days, criticality or load.
    pub size: Decimal,
}

impl Alert {
    /// The alert's sentence in `lang`, amounts in whole euros.
    pub fn message(&self, lang: Lang) -> String {
        self.message_in(lang, Unit::Euro)
    }

    /// The alert's sentence in `lang`, amounts in the PMO's display unit (`1 234 567 €` or
    /// `1 234,6 k€`), as every other figure of the CLI and the reports.
    pub fn message_in(&self, lang: Lang, unit: Unit) -> String {
        let rendered: Vec<(&str, String)> = self.args.iter().map(|(n, a)| (*n, a.render(lang, unit))).collect();
        let args: Vec<(&str, &dyn fmt::Display)> = rendered.iter().map(|(n, v)| (*n, v as &dyn fmt::Display)).collect();
        pmo_model::i18n::tr(lang, self.message_key, &args)
    }

    /// The alert as `pmo alerts --json` writes it.
    pub fn view(&self, lang: Lang) -> AlertView {
        AlertView {
            rule: self.rule,
            severity: self.severity,
            directorate: self.directorate.clone(),
            project: self.project.clone(),
            subject: self.subject.clone(),
            message: self.message(lang),
            value: self.value.map(to_plain),
            threshold: self.threshold.map(to_plain),
            measure: self.measure,
        }
    }
}

/// One alert in `pmo alerts --json`. Fields may be added, never renamed or removed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AlertView {
    /// The rule's stable code (`variance_over`).
    pub rule: Rule,
    /// `critical`, `major` or `minor`.
    pub severity: Severity,
    pub directorate: String,
    pub project: Option<String>,
    pub subject: Option<String>,
    /// The sentence in the language asked for.
    pub message: String,
    /// Two decimals (`"15.00"`), in `measure`; null when the rule has no figure.
    pub value: Option<String>,
    pub threshold: Option<String>,
    /// `euros`, `percent`, `days`, `man_days` or `criticality`; null when there is no value.
    pub measure: Option<Measure>,
}

/// `pmo alerts --json`: the alerts as pretty-printed JSON in `lang`, in field order, ending with
/// a newline.
pub fn alerts_json_text(alerts: &[Alert], lang: Lang) -> String {
    let views: Vec<AlertView> = alerts.iter().map(|a| a.view(lang)).collect();
    let mut text = serde_json::to_string_pretty(&views).expect("alerts hold only JSON-representable values");
    text.push('\n');
    text
}

/// Every alert of the portfolio, sorted (see the module's documentation for each rule).
///
/// - `portfolio`: from [`crate::consolidate`]; its cut-off decides the current campaign.
/// - `returns`: the returns the portfolio was computed from (more do no harm: only those the
///   portfolio lists as sources are read, for statuses, risks and milestones).
/// - `capacity`: from [`crate::capacity_with_threshold`] for the same year and cut-off; team
///   loads are compared with `thresholds.team_load_pct` here, whatever threshold built the view.
/// - `today`: the date against which milestones and end dates are late — but never later than
///   the submission date of the directorate's current return: a return cannot say that a
///   milestone due after it was written has been reached, so judging it against `today` would
///   flag every milestone of the months since as late (the missing newer return is what is late,
///   and `missing_return` says so).
/// - `known_directorates`: directorate codes expected to return even if they never have this
///   year (matched with the returns' codes ignoring case and accents).
pub fn alerts(
    portfolio: &Portfolio,
    returns: &[SourceReturn],
    capacity: &CapacityView,
    thresholds: &AlertThresholds,
    today: NaiveDate,
    known_directorates: &[String],
) -> Vec<Alert> {
    let sources: BTreeSet<i64> = portfolio.sources.iter().map(|s| s.id).collect();
    let by_id: HashMap<i64, &SourceReturn> =
        returns.iter().filter(|r| sources.contains(&r.id)).map(|r| (r.id, r)).collect();
    let records = Records::index(portfolio, &by_id);
    // The first directorate of each code, as `Portfolio::directorate` finds it, without a scan
    // of the directorates for each of thousands of projects.
    let mut directorates: HashMap<&str, &DirectorateFigures> = HashMap::with_capacity(portfolio.directorates.len());
    for d in &portfolio.directorates {
        directorates.entry(d.code.as_str()).or_insert(d);
    }
    let mut out = Vec::new();

    envelope_alerts(portfolio, &mut out);
    missing_return_alerts(portfolio, returns, known_directorates, &mut out);
    for p in &portfolio.projects {
        if p.missing_from_latest {
            // Its figures are those of an older return: the question is what became of it,
            // not whether that older landing drifts.
            missing_project_alert(p, &mut out);
        } else {
            variance_alerts(p, thresholds, &mut out);
        }
        let known_on = directorates
            .get(p.directorate.as_str())
            .and_then(|d| by_id.get(&d.current_return))
            .and_then(|r| r.data.submitted_on)
            .map_or(today, |submitted| submitted.min(today));
        let key = (p.directorate.as_str(), p.code.as_str());
        let project = ProjectRecords {
            statuses: of(&records.statuses, key),
            milestones: of(&records.milestones, key),
            risks: of(&records.risks, key),
        };
        project_alerts(portfolio.year, p, &project, thresholds, known_on, &mut out);
    }
    team_alerts(capacity, thresholds, &mut out);

    out.sort_by(|a, b| {
        (a.severity, a.rule, std::cmp::Reverse(a.size), &a.directorate, &a.project, &a.subject).cmp(&(
            b.severity,
            b.rule,
            std::cmp::Reverse(b.size),
            &b.directorate,
            &b.project,
            &b.subject,
        ))
    });
    out
}

/// An alert about a project, with the project's arguments (`project`, `name`, `directorate`)
/// already in place.
fn project_alert(p: &ProjectFigures, rule: Rule, severity: Severity, key: Key) -> Alert {
    Alert {
        rule,
        severity,
        directorate: p.directorate.clone(),
        project: Some(p.code.clone()),
        subject: None,
        message_key: key,
        args: vec![
            ("project", Arg::Text(p.code.clone())),
            ("name", Arg::Text(p.identity.name.clone())),
            ("directorate", Arg::Text(p.directorate.clone())),
        ],
        value: None,
        threshold: None,
        measure: None,
        size: Decimal::ZERO,
    }
}

fn directorate_alert(directorate: &str, rule: Rule, severity: Severity, key: Key) -> Alert {
    Alert {
        rule,
        severity,
        directorate: directorate.to_string(),
        project: None,
        subject: None,
        message_key: key,
        args: vec![("directorate", Arg::Text(directorate.to_string()))],
        value: None,
        threshold: None,
        measure: None,
        size: Decimal::ZERO,
    }
}

fn envelope_alerts(portfolio: &Portfolio, out: &mut Vec<Alert>) {
    for d in &portfolio.directorates {
        let Some(cmp) = d.envelope_comparison else {
            continue;
        };
        if cmp.landing_gap <= Decimal::ZERO {
            continue;
        }
        let mut a =
            directorate_alert(&d.code, Rule::DirectorateOverEnvelope, Severity::Critical, Key::AlertEnvelopeOver);
        a.args.extend([
            ("landing", Arg::Amount(d.landing)),
            ("envelope", Arg::Amount(cmp.envelope)),
            ("gap", Arg::Amount(cmp.landing_gap)),
        ]);
        a.value = Some(d.landing);
        a.threshold = Some(cmp.envelope);
        a.measure = Some(Measure::Euros);
        a.size = cmp.landing_gap;
        out.push(a);
    }
}

fn missing_return_alerts(
    portfolio: &Portfolio,
    returns: &[SourceReturn],
    known_directorates: &[String],
    out: &mut Vec<Alert>,
) {
    let of_year = || returns.iter().filter(|r| r.data.year == portfolio.year);
    let within = |c: Campaign| portfolio.as_of.is_none_or(|cut| c <= cut);
    let Some(current) = of_year().map(|r| r.data.campaign).filter(|c| within(*c)).max() else {
        // No return at all up to the cut-off: there is no campaign to be missing from.
        return;
    };
    // Folded code → (code as written, latest campaign up to the cut-off). Codes of returns come
    // first (sorted) so that a known directorate typed in another case shows as the returns write it.
    let mut directorates: BTreeMap<String, (String, Option<Campaign>)> = BTreeMap::new();
    let mut codes: Vec<&SourceReturn> = of_year().collect();
    codes.sort_by(|a, b| a.data.directorate.cmp(&b.data.directorate));
    for r in codes {
        let entry = directorates.entry(fold(&r.data.directorate)).or_insert_with(|| (r.data.directorate.clone(), None));
        if within(r.data.campaign) {
            entry.1 = entry.1.max(Some(r.data.campaign));
        }
    }
    for code in known_directorates {
        let code = code.trim();
        if !code.is_empty() {
            directorates.entry(fold(code)).or_insert_with(|| (code.to_string(), None));
        }
    }
    for (code, latest) in directorates.into_values() {
        if latest == Some(current) {
            continue;
        }
        let mut a = directorate_alert(&code, Rule::DirectorateMissingReturn, Severity::Major, Key::AlertReturnMissing);
        a.subject = Some(current.code().to_string());
        a.args.extend([
            ("campaign", Arg::Campaign(current)),
            ("year", Arg::Text(portfolio.year.to_string())),
            ("last", latest.map_or(Arg::Word(Key::AlertNone), Arg::Campaign)),
        ]);
        out.push(a);
    }
}

fn missing_project_alert(p: &ProjectFigures, out: &mut Vec<Alert>) {
    let mut a = project_alert(p, Rule::ProjectMissingFromReturn, Severity::Major, Key::AlertProjectMissingFromReturn);
    a.args.extend([
        ("campaign", Arg::Campaign(p.campaign)),
        ("last", Arg::Campaign(p.figures_campaign)),
        ("actual", Arg::Amount(p.actual)),
        ("landing", Arg::Amount(p.landing)),
    ]);
    a.value = Some(p.landing);
    a.measure = Some(Measure::Euros);
    a.size = p.landing.abs();
    out.push(a);
}

fn variance_alerts(p: &ProjectFigures, t: &AlertThresholds, out: &mut Vec<Alert>) {
    let (Some(budget), Some(variance)) = (p.budget_voted, p.variance) else {
        return;
    };
    if variance.is_zero() {
        return;
    }
    let size = variance.abs();
    let percent = p.variance_ratio.map(|r| (r * Decimal::ONE_HUNDRED).abs());
    let by_amount = size >= t.variance_amount;
    let by_percent = percent.is_some_and(|pct| pct >= t.variance_pct);
    if !by_amount && !by_percent {
        return;
    }
    let over = variance > Decimal::ZERO;
    let (rule, severity) =
        if over { (Rule::VarianceOver, Severity::Major) } else { (Rule::VarianceUnder, Severity::Minor) };
    let key = match (over, percent) {
        (true, None) => Key::AlertVarianceOverUnbudgeted,
        (true, Some(_)) => Key::AlertVarianceOver,
        (false, _) => Key::AlertVarianceUnder,
    };
    let mut a = project_alert(p, rule, severity, key);
    a.args.extend([
        ("landing", Arg::Amount(p.landing)),
        ("budget", Arg::Amount(budget)),
        ("variance", Arg::Amount(size)),
    ]);
    if let Some(pct) = percent {
        a.args.push(("percent", Arg::Percent(pct)));
    }
    // The figure shown is the criterion that fired: the amount when it did, else the percentage.
    if by_amount {
        (a.value, a.threshold, a.measure) = (Some(size), Some(t.variance_amount), Some(Measure::Euros));
    } else {
        (a.value, a.threshold, a.measure) = (percent, Some(t.variance_pct), Some(Measure::Percent));
    }
    a.size = size;
    out.push(a);
}

/// Not Terminé nor Abandonné, and still in the current return: its météo, risks and milestones
/// are live.
fn active(p: &ProjectFigures) -> bool {
    !p.missing_from_latest && !matches!(p.identity.status, Some(ProjectStatus::Done | ProjectStatus::Cancelled))
}

fn in_progress(p: &ProjectFigures) -> bool {
    !p.missing_from_latest && p.identity.status == Some(ProjectStatus::InProgress)
}

/// A project's status with what orders equal dates, as the portfolio's latest météo does: the
/// later campaign, then the lower row (index in the return's list).
type Dated<'a> = (NaiveDate, Campaign, usize, &'a StatusReport);

type ByProject<'a, T> = HashMap<(&'a str, &'a str), Vec<T>>;

/// The records the project rules read, indexed once by (directorate, project) so that a
/// portfolio of hundreds of projects is not scanned once per project.
struct Records<'a> {
    /// From every return the figures were computed from: the history of météos.
    statuses: ByProject<'a, Dated<'a>>,
    /// From the directorate's current return only: the latest forecasts and risk assessments.
    milestones: ByProject<'a, &'a Milestone>,
    risks: ByProject<'a, &'a Risk>,
}

impl<'a> Records<'a> {
    fn index(portfolio: &'a Portfolio, by_id: &HashMap<i64, &'a SourceReturn>) -> Records<'a> {
        // Sized for one entry per project: growing maps of thousands of keys rehashed them often.
        let n = portfolio.projects.len();
        let mut records = Records {
            statuses: HashMap::with_capacity(n),
            milestones: HashMap::with_capacity(n),
            risks: HashMap::with_capacity(n),
        };
        for source in &portfolio.sources {
            let Some(r) = by_id.get(&source.id).copied() else { continue };
            let dir = source.directorate.as_str();
            for (i, s) in r.data.statuses.iter().enumerate() {
                records.statuses.entry((dir, s.project.as_str())).or_default().push((s.date, r.data.campaign, i, s));
            }
            if matches!(source.role, ReturnRole::Current | ReturnRole::BudgetAndCurrent) {
                for m in &r.data.milestones {
                    records.milestones.entry((dir, m.project.as_str())).or_default().push(m);
                }
                for risk in &r.data.risks {
                    records.risks.entry((dir, risk.project.as_str())).or_default().push(risk);
                }
            }
        }
        records
    }
}

/// The records of one project, none when it has none.
fn of<'r, 'a, T>(map: &'r ByProject<'a, T>, key: (&'a str, &'a str)) -> &'r [T] {
    map.get(&key).map_or(&[], Vec::as_slice)
}

/// One project's records.
struct ProjectRecords<'r, 'a> {
    statuses: &'r [Dated<'a>],
    milestones: &'r [&'a Milestone],
    risks: &'r [&'a Risk],
}

fn project_alerts(
    year: i32,
    p: &ProjectFigures,
    records: &ProjectRecords,
    t: &AlertThresholds,
    today: NaiveDate,
    out: &mut Vec<Alert>,
) {
    if active(p) {
        weather_alerts(p, records.statuses, out);
        milestone_alerts(p, records.milestones, t, today, out);
        risk_alerts(p, records.risks, t, out);
    }
    if in_progress(p) {
        weather_missing_alert(year, p, records.statuses, out);
        end_date_alert(p, today, out);
    }
}

fn weather_alerts(p: &ProjectFigures, statuses: &[Dated], out: &mut Vec<Alert>) {
    let Some(latest) = &p.weather else { return };
    let previous = statuses
        .iter()
        .filter(|(date, ..)| *date < latest.date)
        .max_by_key(|(date, campaign, index, _)| (*date, *campaign, *index))
        .map(|(.., s)| s.overall);
    let previous_arg = previous.map_or(Arg::Word(Key::AlertNone), Arg::Weather);
    let ordinal = |w: Weather| Decimal::from(Weather::ALL.iter().position(|x| *x == w).unwrap_or(0) as u32);
    let mut a = match latest.overall {
        Weather::Rainy | Weather::Stormy => {
            let severity = if latest.overall == Weather::Stormy { Severity::Critical } else { Severity::Major };
            let mut a = project_alert(p, Rule::WeatherBad, severity, Key::AlertWeatherBad);
            a.size = ordinal(latest.overall);
            a
        }
        w if previous.is_some_and(|prev| w > prev) => {
            let mut a = project_alert(p, Rule::WeatherWorse, Severity::Minor, Key::AlertWeatherWorse);
            a.size = ordinal(w) - previous.map_or(Decimal::ZERO, ordinal);
            a
        }
        _ => return,
    };
    a.args.extend([
        ("weather", Arg::Weather(latest.overall)),
        ("date", Arg::Date(latest.date)),
        ("previous", previous_arg),
    ]);
    out.push(a);
}

fn milestone_alerts(
    p: &ProjectFigures,
    milestones: &[&Milestone],
    t: &AlertThresholds,
    today: NaiveDate,
    out: &mut Vec<Alert>,
) {
    for m in milestones.iter().filter(|m| m.actual.is_none()) {
        let due = m.forecast.or(m.baseline);
        let slip = match (m.baseline, m.forecast) {
            (Some(b), Some(f)) => (f - b).num_days(),
            _ => 0,
        };
        let mut a = if let Some(due) = due.filter(|d| *d < today) {
            let late = (today - due).num_days();
            let mut a = project_alert(p, Rule::MilestoneOverdue, Severity::Major, Key::AlertMilestoneOverdue);
            a.args.extend([("due", Arg::Date(due)), ("days", Arg::Number(Decimal::from(late)))]);
            (a.value, a.threshold, a.size) = (Some(Decimal::from(late)), Some(Decimal::ZERO), Decimal::from(late));
            a
        } else if slip > i64::from(t.milestone_slip_days) {
            let (Some(baseline), Some(forecast)) = (m.baseline, m.forecast) else {
                continue;
            };
            let mut a = project_alert(p, Rule::MilestoneSlipped, Severity::Minor, Key::AlertMilestoneSlipped);
            a.args.extend([
                ("forecast", Arg::Date(forecast)),
                ("baseline", Arg::Date(baseline)),
                ("days", Arg::Number(Decimal::from(slip))),
            ]);
            a.value = Some(Decimal::from(slip));
            a.threshold = Some(Decimal::from(t.milestone_slip_days));
            a.size = Decimal::from(slip);
            a
        } else {
            continue;
        };
        a.subject = Some(m.name.clone());
        a.args.push(("milestone", Arg::Text(m.name.clone())));
        a.measure = Some(Measure::Days);
        out.push(a);
    }
}

fn risk_alerts(p: &ProjectFigures, risks: &[&Risk], t: &AlertThresholds, out: &mut Vec<Alert>) {
    let open = |s: Option<RiskStatus>| !matches!(s, Some(RiskStatus::Closed));
    for r in risks.iter().filter(|r| open(r.status)) {
        let criticality = r.criticality();
        if criticality < t.risk_criticality {
            continue;
        }
        let mut a = project_alert(p, Rule::RiskCritical, Severity::Major, Key::AlertRiskCritical);
        a.subject = Some(r.risk_id.clone().filter(|id| !id.trim().is_empty()).unwrap_or_else(|| r.title.clone()));
        a.args.extend([
            ("risk", Arg::Text(r.title.clone())),
            ("criticality", Arg::Text(criticality.to_string())),
            ("probability", Arg::Text(r.probability.to_string())),
            ("impact", Arg::Text(r.impact.to_string())),
        ]);
        a.value = Some(Decimal::from(criticality));
        a.threshold = Some(Decimal::from(t.risk_criticality));
        a.measure = Some(Measure::Criticality);
        a.size = Decimal::from(criticality);
        out.push(a);
    }
}

fn weather_missing_alert(year: i32, p: &ProjectFigures, statuses: &[Dated], out: &mut Vec<Alert>) {
    let quarter = p.campaign.closed_quarters();
    if quarter == 0 {
        return;
    }
    let Some(start) = NaiveDate::from_ymd_opt(year, 3 * quarter as u32 - 2, 1) else {
        return;
    };
    if statuses.iter().any(|(date, ..)| *date >= start) {
        return;
    }
    let mut a = project_alert(p, Rule::WeatherMissing, Severity::Minor, Key::AlertWeatherMissing);
    a.subject = Some(format!("{year}-Q{quarter}"));
    a.args.extend([
        ("quarter", Arg::Text(quarter.to_string())),
        ("year", Arg::Text(start.year().to_string())),
        ("last", p.weather.as_ref().map_or(Arg::Word(Key::AlertNone), |w| Arg::Date(w.date))),
    ]);
    // Larger projects first.
    a.size = p.landing;
    out.push(a);
}

fn end_date_alert(p: &ProjectFigures, today: NaiveDate, out: &mut Vec<Alert>) {
    let Some(end) = p.identity.end.filter(|e| *e < today) else {
        return;
    };
    let days = Decimal::from((today - end).num_days());
    let mut a = project_alert(p, Rule::EndDatePassed, Severity::Major, Key::AlertEndDatePassed);
    a.args.extend([("end", Arg::Date(end)), ("days", Arg::Number(days))]);
    (a.value, a.threshold, a.measure, a.size) = (Some(days), Some(Decimal::ZERO), Some(Measure::Days), days);
    out.push(a);
}

fn team_alerts(capacity: &CapacityView, t: &AlertThresholds, out: &mut Vec<Alert>) {
    let threshold = t.team_load_pct / Decimal::ONE_HUNDRED;
    for team in &capacity.teams {
        let team_alert = |rule, severity, key| {
            let mut a = directorate_alert(&team.directorate, rule, severity, key);
            a.subject = Some(team.team.clone());
            a.args.push(("team", Arg::Text(team.team.clone())));
            a
        };
        // The worst quarter; on equal loads the earlier one.
        let worst = team
            .quarters
            .iter()
            .enumerate()
            .filter_map(|(q, tq)| tq.load.map(|l| (q, l)))
            .filter(|(_, l)| *l > threshold)
            .max_by(|(qa, la), (qb, lb)| la.cmp(lb).then(qb.cmp(qa)));
        if let Some((q, load)) = worst {
            let tq = &team.quarters[q];
            // The project with the largest planned workload in that quarter.
            let top = team
                .projects
                .iter()
                .max_by(|a, b| {
                    a.man_days.planned[q].cmp(&b.man_days.planned[q]).then_with(|| b.project.cmp(&a.project))
                })
                .map(|p| p.project.clone())
                .unwrap_or_default();
            let load_pct = load * Decimal::ONE_HUNDRED;
            let mut a = team_alert(Rule::TeamOverload, Severity::Major, Key::AlertTeamOverload);
            a.args.extend([
                ("load", Arg::Percent(load_pct)),
                ("quarter", Arg::Text((q + 1).to_string())),
                ("planned", Arg::Number(tq.planned)),
                ("capacity", Arg::Number(tq.capacity.unwrap_or_default())),
                ("top_project", Arg::Text(top)),
            ]);
            (a.value, a.threshold, a.measure, a.size) =
                (Some(load_pct), Some(t.team_load_pct), Some(Measure::Percent), load_pct);
            out.push(a);
        }
        let unmeasured: Decimal = team.quarters.iter().filter(|q| q.load.is_none()).map(|q| q.planned).sum();
        if team.capacity_missing && unmeasured > Decimal::ZERO {
            let mut a = team_alert(Rule::TeamCapacityMissing, Severity::Minor, Key::AlertTeamCapacityMissing);
            a.args.push(("man_days", Arg::Number(unmeasured)));
            (a.value, a.measure, a.size) = (Some(unmeasured), Some(Measure::ManDays), unmeasured);
            out.push(a);
        }
    }
}

#[cfg(test)]
mod readme {
    use super::Rule;

    /// Scripts read the rule codes from the README: it must list exactly the codes the JSON
    /// emits (it once said `missing_return` for `directorate_missing_return`).
    #[test]
    fn the_readme_lists_exactly_the_rule_codes_the_json_emits() {
        let readme = include_str!("../../../README.md");
        let start = readme.find("Règles (`rule`) :").expect("the README lists the alert rules");
        let end = start + readme[start..].find("Gravité").expect("then the severities");
        let mut listed: Vec<&str> = readme[start..end].split('`').skip(3).step_by(2).collect();
        listed.sort();
        let mut codes: Vec<&str> = Rule::ALL.iter().map(|r| r.code()).collect();
        codes.sort();
        assert_eq!(listed, codes, "README rule codes");
    }
}
