//! Small returns built in code, in euros, for hand-computed expectations.
#![allow(dead_code)]

use std::str::FromStr;

use chrono::NaiveDate;
use pmo_consolidate::SourceReturn;
use pmo_model::model::{
    BudgetLine, Campaign, Category, Nature, Origin, Project, ProjectStatus, ReturnData, StatusReport, Weather,
};
use rust_decimal::Decimal;

pub const YEAR: i32 = 2026;

pub fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

pub fn q(a: &str, b: &str, c: &str, e: &str) -> [Decimal; 4] {
    [d(a), d(b), d(c), d(e)]
}

pub fn zero() -> [Decimal; 4] {
    [Decimal::ZERO; 4]
}

pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A return being built; `done()` wraps it as the store would hand it over.
pub struct R(pub SourceReturn);

pub fn ret(id: i64, directorate: &str, campaign: Campaign) -> R {
    R(SourceReturn {
        id,
        data: ReturnData::new(directorate, YEAR, campaign),
        imported_at: format!("2026-0{}-01T10:00:00", id % 9 + 1),
        file_name: format!("{directorate}_{}.xlsx", id),
    })
}

impl R {
    pub fn name(mut self, name: &str) -> R {
        self.0.data.directorate_name = Some(name.to_string());
        self
    }

    pub fn envelope(mut self, amount: &str) -> R {
        self.0.data.envelope = Some(d(amount));
        self
    }

    pub fn year(mut self, year: i32) -> R {
        self.0.data.year = year;
        self
    }

    pub fn project(mut self, code: &str, name: &str, status: Option<ProjectStatus>) -> R {
        let row = self.0.data.projects.len() as u32 + 2;
        self.0.data.projects.push(Project {
            code: code.to_string(),
            name: name.to_string(),
            status,
            origin: Some(Origin { sheet: "Projets".to_string(), row }),
            ..Project::default()
        });
        self
    }

    /// A project with a budget line CAPEX/internal.
    pub fn simple(self, code: &str, planned: [Decimal; 4], actual: [Decimal; 4]) -> R {
        self.project(code, &format!("Projet {code}"), Some(ProjectStatus::InProgress)).line(
            code,
            Nature::Capex,
            Some(Category::Internal),
            planned,
            actual,
        )
    }

    pub fn line(
        mut self,
        code: &str,
        nature: Nature,
        category: Option<Category>,
        planned: [Decimal; 4],
        actual: [Decimal; 4],
    ) -> R {
        let row = self.0.data.budget.len() as u32 + 2;
        self.0.data.budget.push(BudgetLine {
            project: code.to_string(),
            nature,
            category,
            planned,
            actual,
            origin: Some(Origin { sheet: "Budget".to_string(), row }),
        });
        self
    }

    pub fn status(mut self, code: &str, on: &str, overall: Weather) -> R {
        let row = self.0.data.statuses.len() as u32 + 2;
        self.0.data.statuses.push(StatusReport {
            project: code.to_string(),
            date: date(on),
            overall,
            schedule: None,
            cost: None,
            scope: None,
            resources: None,
            progress: None,
            comment: None,
            watch_points: None,
            decision_needed: None,
            origin: Some(Origin { sheet: "Météo".to_string(), row }),
        });
        self
    }

    pub fn done(self) -> SourceReturn {
        self.0
    }
}
