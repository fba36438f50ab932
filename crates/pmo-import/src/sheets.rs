//! Each sheet of the contract, read into the records of a [`ReturnData`].

use std::collections::HashMap;

use rust_decimal::Decimal;

use pmo_model::contract::{ColumnSpec, SheetKind, ACTUAL, CAPACITY, DIRECTORATE_KEYS, PLANNED};
use pmo_model::dates::format_fr;
use pmo_model::finding::Finding;
use pmo_model::i18n::{Key, Lang};
use pmo_model::model::*;
use pmo_model::text::clean;

use crate::grid::{Cell, Grid};
use crate::table::{CellReader, Place, Table};

/// What the Direction sheet says.
pub(crate) struct Header {
    pub directorate: Option<String>,
    pub name: Option<String>,
    pub year: Option<i32>,
    pub campaign: Option<Campaign>,
    pub submitted_on: Option<chrono::NaiveDate>,
    pub owner: Option<String>,
    pub unit: Unit,
    pub envelope: Option<Decimal>,
    pub key_cells: Vec<(String, SourceCell)>,
}

/// Reads the key/value Direction sheet: a key in any column, its value in the next one, rows in
/// any order.
pub(crate) fn read_directorate(grid: &Grid, findings: &mut Vec<Finding>) -> Header {
    let mut found: HashMap<&'static str, (u32, u32, &'static ColumnSpec, String)> = HashMap::new();
    for row in grid.rows() {
        let Some((col, Cell::Text(label))) = grid.first_filled(row) else { continue };
        let label = clean(label);
        match DIRECTORATE_KEYS.iter().find(|k| k.matches(&label)) {
            Some(spec) => {
                if let Some((r, c, _, _)) = found.get(spec.field) {
                    findings.push(
                        Finding::warning(Key::KeyDuplicate)
                            .at(&grid.name, Some(grid.a1(row, col)))
                            .arg("field", &label)
                            .arg("expected", grid.a1(*r, *c)),
                    );
                } else {
                    found.insert(spec.field, (row, col + 1, spec, label));
                }
            }
            None => {
                // A title or a note stands alone; a label with a value beside it is a key we
                // do not know, which the directorate may believe we read.
                if !grid.cell(row, col + 1).is_blank() {
                    findings.push(
                        Finding::warning(Key::KeyUnknown).at(&grid.name, Some(grid.a1(row, col))).arg("found", &label),
                    );
                }
            }
        }
    }
    for spec in DIRECTORATE_KEYS.iter().filter(|k| k.required) {
        if !found.contains_key(spec.field) {
            findings.push(
                Finding::error(Key::KeyMissing)
                    .at(&grid.name, None)
                    .arg("expected", spec.fr)
                    .arg("expected_en", spec.en),
            );
        }
    }
    let key_cells = {
        let mut cells: Vec<(String, SourceCell)> = found
            .iter()
            .map(|(field, (r, c, _, _))| {
                (field.to_string(), SourceCell { sheet: grid.name.clone(), cell: grid.a1(*r, *c) })
            })
            .collect();
        cells.sort_by(|a, b| a.0.cmp(&b.0));
        cells
    };
    let mut reader = CellReader { grid, findings, unit: Unit::Euro };
    let place =
        |field: &str| found.get(field).map(|(r, c, _, label)| Place { row: *r, col: *c, label: label.as_str() });

    let unit = match place("unit") {
        Some(p) => match reader.text(p) {
            None => Unit::Euro,
            Some(t) => Unit::parse(&t).unwrap_or_else(|| {
                reader.findings.push(
                    Finding::error(Key::ChoiceInvalid)
                        .at(&grid.name, Some(grid.a1(p.row, p.col)))
                        .arg("field", p.label)
                        .arg("found", &t)
                        .arg("expected", Key::ExpectUnit.text(Lang::Fr))
                        .arg("expected_en", Key::ExpectUnit.text(Lang::En)),
                );
                Unit::Euro
            }),
        },
        None => Unit::Euro,
    };
    reader.unit = unit;
    let directorate = place("directorate").and_then(|p| reader.required_text(p)).map(|c| c.to_uppercase());
    let name = place("name").and_then(|p| reader.text(p));
    let year = place("year").and_then(|p| {
        if grid.cell(p.row, p.col).is_blank() {
            reader.required_text(p);
            return None;
        }
        reader.integer(p, i64::from(*pmo_model::contract::YEARS.start())..=i64::from(*pmo_model::contract::YEARS.end()), Key::ExpectYear, false).map(|y| y as i32)
    });
    let campaign = place("campaign").and_then(|p| reader.required_choice::<Campaign>(p));
    let submitted_on = place("submitted_on").and_then(|p| reader.date(p));
    let owner = place("owner").and_then(|p| reader.text(p));
    let envelope =
        place("envelope").and_then(|p| if grid.cell(p.row, p.col).is_blank() { None } else { reader.amount(p) });
    Header { directorate, name, year, campaign, submitted_on, owner, unit, envelope, key_cells }
}

/// A data row of a table being read: its cells by field, with findings at their cells.
struct Row<'r, 'g> {
    table: &'r Table<'g>,
    row: u32,
    reader: CellReader<'r>,
    /// Whether any value of the row was refused (the record is then left out).
    failed: bool,
}

impl<'r, 'g> Row<'r, 'g> {
    fn new(table: &'r Table<'g>, row: u32, findings: &'r mut Vec<Finding>, unit: Unit) -> Self {
        Row { table, row, reader: CellReader { grid: table.grid, findings, unit }, failed: false }
    }

    fn place(&self, field: &str) -> Option<Place<'r>> {
        self.table.column(field).map(|c| Place { row: self.row, col: c.col, label: c.header.as_str() })
    }

    /// Runs a reader on the field's cell; a present field that fails marks the row failed.
    fn read<T>(&mut self, field: &str, f: impl FnOnce(&mut CellReader<'r>, Place<'r>) -> Option<T>) -> Option<T> {
        let place = self.place(field)?;
        // Only the findings this read adds are looked at: counting all of them on every cell
        // made a sheet of 5 000 faulty rows take seconds (quadratic).
        let before = self.reader.findings.len();
        let v = f(&mut self.reader, place);
        if self.reader.findings[before..].iter().any(|f| f.is_error()) {
            self.failed = true;
        }
        v
    }

    fn text(&mut self, field: &str) -> Option<String> {
        self.read(field, |r, p| r.text(p))
    }

    fn required_text(&mut self, field: &str) -> Option<String> {
        self.read(field, |r, p| r.required_text(p))
    }

    fn code(&mut self, field: &str) -> Option<String> {
        self.required_text(field).map(|c| c.to_uppercase())
    }

    fn amounts(&mut self, fields: &[&str; 4]) -> [Decimal; 4] {
        let mut out = [Decimal::ZERO; 4];
        for (q, field) in fields.iter().enumerate() {
            out[q] = self.read(field, |r, p| r.amount(p)).unwrap_or_default();
        }
        out
    }

    fn man_days(&mut self, fields: &[&str; 4]) -> [Decimal; 4] {
        let mut out = [Decimal::ZERO; 4];
        for (q, field) in fields.iter().enumerate() {
            out[q] = self.read(field, |r, p| r.man_days(p)).unwrap_or_default();
        }
        out
    }

    fn date(&mut self, field: &str) -> Option<chrono::NaiveDate> {
        self.read(field, |r, p| r.date(p))
    }

    fn choice<T: Choice>(&mut self, field: &str) -> Option<T> {
        self.read(field, |r, p| r.choice::<T>(p))
    }

    fn origin(&self) -> Option<Origin> {
        Some(Origin { sheet: self.table.grid.name.clone(), row: self.row + 1 })
    }

    fn cell_of(&self, field: &str) -> Option<String> {
        self.place(field).map(|p| self.table.grid.a1(p.row, p.col))
    }

    fn error(&mut self, key: Key, field: &str) -> &mut Finding {
        self.failed = true;
        let f = Finding::error(key).at(&self.table.grid.name, self.cell_of(field));
        self.reader.findings.push(f);
        self.reader.findings.last_mut().expect("just pushed")
    }
}

/// The project codes of the Projets sheet (upper case) → A1 cell of their code, for the other
/// sheets to check their references.
pub(crate) type KnownProjects = HashMap<String, String>;

pub(crate) fn read_projects(
    table: &Table<'_>,
    unit: Unit,
    findings: &mut Vec<Finding>,
) -> (Vec<Project>, KnownProjects) {
    let mut projects = Vec::new();
    let mut known: KnownProjects = HashMap::new();
    for r in table.data_rows() {
        let mut row = Row::new(table, r, findings, unit);
        let code = row.code("code");
        let name = row.required_text("name");
        let project = Project {
            code: code.clone().unwrap_or_default(),
            name: name.unwrap_or_default(),
            ambition: row.text("ambition"),
            initiative: row.text("initiative"),
            manager: row.text("manager"),
            sponsor: row.text("sponsor"),
            status: row.choice("status"),
            priority: row.read("priority", |rd, p| rd.integer(p, 1..=3, Key::ExpectPriority, true)).map(|v| v as u8),
            kind: row.text("kind"),
            start: row.date("start"),
            end: row.date("end"),
            multi_year: row.read("multi_year", |rd, p| rd.yes_no(p)),
            description: row.text("description"),
            origin: row.origin(),
        };
        if let (Some(start), Some(end)) = (project.start, project.end) {
            if end < start {
                let f = row.error(Key::EndBeforeStart, "end");
                f.args.push(("found".into(), format_fr(end)));
                f.args.push(("expected".into(), format_fr(start)));
            }
        }
        if let Some(code) = &code {
            if let Some(first) = known.get(code) {
                let first = first.clone();
                let f = row.error(Key::ProjectDuplicate, "code");
                f.args.push(("found".into(), code.clone()));
                f.args.push(("expected".into(), first));
                continue;
            }
            known.insert(code.clone(), row.cell_of("code").unwrap_or_default());
        }
        if !row.failed {
            projects.push(project);
        }
    }
    (projects, known)
}

/// Reads the project code of a row of a sheet other than Projets and checks that Projets has it.
fn project_ref(row: &mut Row<'_, '_>, known: Option<&KnownProjects>) -> Option<String> {
    let code = row.code("project")?;
    if let Some(known) = known {
        if !known.contains_key(&code) {
            let f = row.error(Key::ProjectUnknown, "project");
            f.args.push(("found".into(), code));
            return None;
        }
    }
    Some(code)
}

/// The Réalisé cells of one budget line left blank, per quarter: `Some(A1 cell)` when blank,
/// `Some("")` when the sheet has no such column at all, `None` when a value (0 included) is there.
pub(crate) struct BlankActuals {
    pub project: String,
    pub quarters: [Option<String>; 4],
}

pub(crate) fn read_budget(
    table: &Table<'_>,
    unit: Unit,
    known: Option<&KnownProjects>,
    findings: &mut Vec<Finding>,
    blanks: &mut Vec<BlankActuals>,
) -> Vec<BudgetLine> {
    let mut lines: Vec<BudgetLine> = Vec::new();
    let mut seen: HashMap<(String, Nature, Option<Category>), String> = HashMap::new();
    for r in table.data_rows() {
        let mut row = Row::new(table, r, findings, unit);
        let project = project_ref(&mut row, known);
        let nature = row.read("nature", |rd, p| rd.required_choice::<Nature>(p));
        let category = row.choice::<Category>("category");
        let planned = row.amounts(&PLANNED);
        let actual = row.amounts(&ACTUAL);
        let (Some(project), Some(nature)) = (project, nature) else { continue };
        if row.failed {
            continue;
        }
        let here = row.cell_of("project").unwrap_or_default();
        if let Some(first) = seen.get(&(project.clone(), nature, category)) {
            let what = [project.as_str(), nature.code(), category.map(|c| c.label(Lang::Fr)).unwrap_or("")]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" / ");
            row.reader.findings.push(
                Finding::warning(Key::RowDuplicate)
                    .at(&table.grid.name, Some(here.clone()))
                    .arg("expected", first)
                    .arg("found", what),
            );
        } else {
            seen.insert((project.clone(), nature, category), here);
        }
        let quarters = std::array::from_fn(|q| match row.place(ACTUAL[q]) {
            None => Some(String::new()),
            Some(p) if table.grid.cell(p.row, p.col).is_blank() => Some(table.grid.a1(p.row, p.col)),
            Some(_) => None,
        });
        blanks.push(BlankActuals { project: project.clone(), quarters });
        lines.push(BudgetLine { project, nature, category, planned, actual, origin: row.origin() });
    }
    lines
}

/// Contract v1.1: for a quarter the campaign closes, an empty Réalisé is "not reported", not
/// "zero". One warning per running project (Validé, En cours, Suspendu, Terminé) and closed
/// quarter whose every Réalisé cell is blank, naming the cells; a 0 typed in a cell is a real
/// zero and says nothing. The figures still count 0: the warning is what keeps the gap from
/// passing silently (an untouched prefilled template once dropped a quarter of spending).
/// The Criticité given, if it can be read. Being derived (probability × impact, always
/// recomputed), it never rejects a workbook (contract v1.1): a formula without a cached value, as
/// a program that re-saves the file without computing it leaves, is simply recomputed; a value
/// that cannot be read as a criticality (an error, a text) is a warning, and recomputed too.
fn read_criticality(row: &mut Row<'_, '_>) -> Option<i64> {
    let place = row.place("criticality")?;
    let grid = row.table.grid;
    let cell = grid.cell(place.row, place.col);
    if matches!(cell, Cell::NoValue(_)) {
        return None;
    }
    let mut scratch = Vec::new();
    let mut reader = CellReader { grid, findings: &mut scratch, unit: row.reader.unit };
    let value = reader.integer(place, 0..=i64::MAX, Key::ExpectCriticality, false);
    if scratch.iter().any(|f| f.is_error()) {
        row.reader.findings.push(
            Finding::warning(Key::CriticalityUnreadable)
                .at(&grid.name, Some(grid.a1(place.row, place.col)))
                .arg("found", cell.shown()),
        );
        return None;
    }
    row.reader.findings.extend(scratch);
    value
}

pub(crate) fn unreported_actuals(
    sheet: &str,
    projects: &[Project],
    blanks: &[BlankActuals],
    campaign: Campaign,
) -> Vec<Finding> {
    use pmo_model::model::ProjectStatus::{Approved, Done, InProgress, OnHold};
    let mut out = Vec::new();
    for p in projects.iter().filter(|p| matches!(p.status, Some(Approved | InProgress | OnHold | Done))) {
        let lines: Vec<&BlankActuals> = blanks.iter().filter(|b| b.project == p.code).collect();
        if lines.is_empty() {
            continue;
        }
        for q in (1..=4).filter(|q| campaign.has_closed(*q)) {
            let Some(cells) = lines.iter().map(|b| b.quarters[q - 1].clone()).collect::<Option<Vec<String>>>() else {
                continue;
            };
            let named: Vec<String> = cells.iter().filter(|c| !c.is_empty()).map(|c| format!("{sheet}!{c}")).collect();
            let (fr, en) = if named.is_empty() {
                (Key::ActualColumnMissing.text(Lang::Fr).to_string(), Key::ActualColumnMissing.text(Lang::En).to_string())
            } else {
                (named.join(", "), named.join(", "))
            };
            out.push(
                Finding::warning(Key::ActualNotReported)
                    .at(sheet, cells.iter().find(|c| !c.is_empty()).cloned())
                    .arg("project", &p.code)
                    .arg("quarter", q)
                    .arg("campaign", campaign.code())
                    .arg("cells", fr)
                    .arg("cells_en", en),
            );
        }
    }
    out
}

pub(crate) fn read_workload(
    table: &Table<'_>,
    unit: Unit,
    known: Option<&KnownProjects>,
    findings: &mut Vec<Finding>,
) -> Vec<WorkloadLine> {
    let mut lines = Vec::new();
    for r in table.data_rows() {
        let mut row = Row::new(table, r, findings, unit);
        let project = project_ref(&mut row, known);
        let team = row.required_text("team");
        let planned = row.man_days(&PLANNED);
        let actual = row.man_days(&ACTUAL);
        let daily_rate =
            row.read("daily_rate", |rd, p| if rd.grid.cell(p.row, p.col).is_blank() { None } else { rd.amount(p) });
        if let (Some(project), Some(team), false) = (project, team, row.failed) {
            lines.push(WorkloadLine { project, team, planned, actual, daily_rate, origin: row.origin() });
        }
    }
    lines
}

pub(crate) fn read_capacity(table: &Table<'_>, unit: Unit, findings: &mut Vec<Finding>) -> Vec<CapacityLine> {
    let mut lines = Vec::new();
    for r in table.data_rows() {
        let mut row = Row::new(table, r, findings, unit);
        let team = row.required_text("team");
        let capacity = row.man_days(&CAPACITY);
        if let (Some(team), false) = (team, row.failed) {
            lines.push(CapacityLine { team, capacity, origin: row.origin() });
        }
    }
    lines
}

pub(crate) fn read_statuses(
    table: &Table<'_>,
    unit: Unit,
    known: Option<&KnownProjects>,
    findings: &mut Vec<Finding>,
) -> Vec<StatusReport> {
    let mut lines = Vec::new();
    let fractions = table.is_fraction_column("progress");
    for r in table.data_rows() {
        let mut row = Row::new(table, r, findings, unit);
        let project = project_ref(&mut row, known);
        let date = row.read("date", |rd, p| rd.required_date(p));
        let overall = row.read("overall", |rd, p| rd.required_choice::<Weather>(p));
        let report = (
            row.choice::<Weather>("schedule"),
            row.choice::<Weather>("cost"),
            row.choice::<Weather>("scope"),
            row.choice::<Weather>("resources"),
            row.read("progress", |rd, p| rd.percent(p, fractions)),
            row.text("comment"),
            row.text("watch_points"),
            row.text("decision_needed"),
        );
        if let (Some(project), Some(date), Some(overall), false) = (project, date, overall, row.failed) {
            let (schedule, cost, scope, resources, progress, comment, watch_points, decision_needed) = report;
            lines.push(StatusReport {
                project,
                date,
                overall,
                schedule,
                cost,
                scope,
                resources,
                progress,
                comment,
                watch_points,
                decision_needed,
                origin: row.origin(),
            });
        }
    }
    lines
}

pub(crate) fn read_risks(
    table: &Table<'_>,
    unit: Unit,
    known: Option<&KnownProjects>,
    findings: &mut Vec<Finding>,
) -> Vec<Risk> {
    let mut lines = Vec::new();
    for r in table.data_rows() {
        let mut row = Row::new(table, r, findings, unit);
        let project = project_ref(&mut row, known);
        let risk_id = row.text("risk_id");
        let title = row.required_text("title");
        let scale = |row: &mut Row<'_, '_>, field: &str| {
            row.read(field, |rd, p| {
                if rd.grid.cell(p.row, p.col).is_blank() {
                    rd.required_text(p);
                    return None;
                }
                rd.integer(p, 1..=4, Key::ExpectProbability, false)
            })
        };
        let probability = scale(&mut row, "probability");
        let impact = scale(&mut row, "impact");
        let given = read_criticality(&mut row);
        let owner = row.text("owner");
        let mitigation = row.text("mitigation");
        let status = row.choice::<RiskStatus>("status");
        let due = row.date("due");
        let (Some(project), Some(title), Some(p), Some(i), false) = (project, title, probability, impact, row.failed)
        else {
            continue;
        };
        let computed = p * i;
        if let Some(given) = given.filter(|g| *g != computed) {
            let cell = row.cell_of("criticality");
            row.reader.findings.push(
                Finding::warning(Key::CriticalityMismatch)
                    .at(&table.grid.name, cell)
                    .arg("found", given)
                    .arg("expected", computed),
            );
        }
        lines.push(Risk {
            project,
            risk_id,
            title,
            probability: p as u8,
            impact: i as u8,
            owner,
            mitigation,
            status,
            due,
            origin: row.origin(),
        });
    }
    lines
}

pub(crate) fn read_milestones(
    table: &Table<'_>,
    unit: Unit,
    known: Option<&KnownProjects>,
    findings: &mut Vec<Finding>,
) -> Vec<Milestone> {
    let mut lines = Vec::new();
    for r in table.data_rows() {
        let mut row = Row::new(table, r, findings, unit);
        let project = project_ref(&mut row, known);
        let name = row.required_text("name");
        let baseline = row.date("baseline");
        let forecast = row.date("forecast");
        let actual = row.date("actual");
        if let (Some(project), Some(name), false) = (project, name, row.failed) {
            lines.push(Milestone { project, name, baseline, forecast, actual, origin: row.origin() });
        }
    }
    lines
}

/// The sheet kinds whose tables are read, in the order findings should appear.
pub(crate) const TABLE_SHEETS: [SheetKind; 6] = [
    SheetKind::Budget,
    SheetKind::Workload,
    SheetKind::Capacity,
    SheetKind::Status,
    SheetKind::Risks,
    SheetKind::Milestones,
];
