//! The trace of a directorate's or the portfolio's figure: the parts it is the sum of, and for a
//! directorate's envelope, where it was read. The companion of [`crate::trace`] (which goes from
//! a project's figure down to its cells): a CODIR member who asks where a total comes from gets
//! the projects (or directorates) that add up to it, exactly, and can trace any of them further.
//!
//! What it must never do: recompute a figure by other rules than the portfolio's (it lists the
//! portfolio's own figures), drop a part whose value is zero or unknown (an unknown budget makes
//! the total unknown, and the part that makes it so is listed), or round.

use rust_decimal::Decimal;
use serde::Serialize;

use pmo_model::model::Campaign;
use pmo_model::text::fold;

use crate::figures::{DirectorateFigures, Portfolio};
use crate::trace::Figure;
use crate::views::json;

/// A figure of a directorate or of the portfolio.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum TotalFigure {
    /// The directorate's envelope: read from one return (or, later, one record of the PMO).
    Envelope,
    BudgetVoted,
    Actual,
    Landing,
}

impl TotalFigure {
    pub fn parse(s: &str) -> Option<TotalFigure> {
        match fold(s).as_str() {
            "envelope" | "enveloppe" => Some(TotalFigure::Envelope),
            other => match Figure::parse(other)? {
                Figure::BudgetVoted => Some(TotalFigure::BudgetVoted),
                Figure::Actual => Some(TotalFigure::Actual),
                Figure::Landing => Some(TotalFigure::Landing),
            },
        }
    }

    fn of(self, d: &DirectorateFigures) -> Option<Decimal> {
        match self {
            TotalFigure::Envelope => d.envelope,
            TotalFigure::BudgetVoted => d.budget_voted,
            TotalFigure::Actual => Some(d.actual),
            TotalFigure::Landing => Some(d.landing),
        }
    }
}

/// One part of a total: a project of the directorate, or a directorate of the portfolio.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SumPart {
    /// `project` or `directorate`.
    #[cfg_attr(feature = "ts", ts(type = "\"project\" | \"directorate\""))]
    pub kind: &'static str,
    pub directorate: String,
    pub code: String,
    pub name: Option<String>,
    /// The campaign its figure comes from.
    pub campaign: Campaign,
    /// `None` when unknown (a directorate without a BI has no budget voted).
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub value: Option<Decimal>,
}

/// Where an envelope was read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EnvelopeSource {
    pub return_id: i64,
    pub campaign: Campaign,
    pub file_name: String,
    pub imported_at: String,
    pub sheet: Option<String>,
    pub cell: Option<String>,
}

/// A total and what it is made of.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SumTrace {
    pub year: i32,
    /// `directorate` or `portfolio`.
    #[cfg_attr(feature = "ts", ts(type = "\"directorate\" | \"portfolio\""))]
    pub scope: &'static str,
    pub directorate: Option<String>,
    pub figure: TotalFigure,
    #[serde(serialize_with = "json::opt_amount")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub value: Option<Decimal>,
    /// The parts, largest first (unknown last); their values add up exactly to `value` when
    /// every one is known. Empty for an envelope.
    pub parts: Vec<SumPart>,
    /// For an envelope: the return it was read from; `None` when no return states one.
    pub envelope_source: Option<EnvelopeSource>,
}

/// What can be refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SumTraceError {
    /// No directorate of that code has figures for the year.
    #[error("unknown directorate {0}")]
    UnknownDirectorate(String),
    /// The envelope is a directorate's figure: the portfolio has none of its own.
    #[error("the portfolio has no envelope of its own")]
    PortfolioEnvelope,
}

fn sorted(mut parts: Vec<SumPart>) -> Vec<SumPart> {
    parts.sort_by(|a, b| match (a.value, b.value) {
        (Some(x), Some(y)) => y.abs().cmp(&x.abs()).then_with(|| a.code.cmp(&b.code)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.code.cmp(&b.code),
    });
    parts
}

/// A directorate's figure: its projects (requests are in no figure, so not here), or, for the
/// envelope, the return it was read from. The code is compared without regard to case or accents.
pub fn trace_directorate(p: &Portfolio, code: &str, figure: TotalFigure) -> Result<SumTrace, SumTraceError> {
    let d = p
        .directorates
        .iter()
        .find(|d| fold(&d.code) == fold(code))
        .ok_or_else(|| SumTraceError::UnknownDirectorate(code.to_string()))?;
    let (parts, envelope_source) = match figure {
        TotalFigure::Envelope => {
            let source = d.envelope_return.and_then(|id| p.source(id)).map(|s| EnvelopeSource {
                return_id: s.id,
                campaign: s.campaign,
                file_name: s.file_name.clone(),
                imported_at: s.imported_at.clone(),
                sheet: d.envelope_source.as_ref().map(|c| c.sheet.clone()),
                cell: d.envelope_source.as_ref().map(|c| c.cell.clone()),
            });
            (Vec::new(), source)
        }
        _ => {
            let parts = p
                .projects_of(&d.code)
                .map(|x| SumPart {
                    kind: "project",
                    directorate: x.directorate.clone(),
                    code: x.code.clone(),
                    name: Some(x.identity.name.clone()),
                    campaign: x.figures_campaign,
                    value: match figure {
                        TotalFigure::BudgetVoted => x.budget_voted,
                        TotalFigure::Actual => Some(x.actual),
                        _ => Some(x.landing),
                    },
                })
                .collect();
            (sorted(parts), None)
        }
    };
    Ok(SumTrace {
        year: p.year,
        scope: "directorate",
        directorate: Some(d.code.clone()),
        figure,
        value: figure.of(d),
        parts,
        envelope_source,
    })
}

/// A portfolio total: its directorates' figures.
pub fn trace_portfolio(p: &Portfolio, figure: TotalFigure) -> Result<SumTrace, SumTraceError> {
    if figure == TotalFigure::Envelope {
        return Err(SumTraceError::PortfolioEnvelope);
    }
    let parts: Vec<SumPart> = p
        .directorates
        .iter()
        .map(|d| SumPart {
            kind: "directorate",
            directorate: d.code.clone(),
            code: d.code.clone(),
            name: d.name.clone(),
            campaign: d.campaign,
            value: figure.of(d),
        })
        .collect();
    let value = parts.iter().try_fold(Decimal::ZERO, |acc, x| Some(acc + x.value?));
    Ok(SumTrace { year: p.year, scope: "portfolio", directorate: None, figure, value, parts: sorted(parts), envelope_source: None })
}
