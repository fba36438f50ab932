//! Workbook → validated return, per the workbook contract (`shared/workbook-contract.md`).
//!
//! [`read_workbook`] takes a file's name and bytes and gives either a [`ReturnData`] (when no
//! finding is an error) or nothing, and in both cases every finding: each error and warning of
//! every sheet, with its sheet and A1 cell, not only the first. It never writes anything and
//! never panics, whatever the bytes: a reader failure becomes a finding.
//!
//! Nor may it abort or exhaust memory, which no `catch_unwind` could turn into a finding: every
//! part of a zip-based workbook is measured, and the declarations that size calamine's memory
//! checked, before calamine reads it (`limits`, which also keeps a truncated .ods from
//! calamine's table loop, which never ends on one); sheets are read sparsely within limits of
//! cells and text (`grid`); an .xls is checked before calamine sizes its sheets (`biff`). The
//! `catch_unwind` guard needs the default `panic = "unwind"`: never set `panic = "abort"` in a
//! profile that builds the importer. `tests/no_panic.rs` fuzzes all of this.
//!
//! What needs the database (a project code owned by another directorate, supersession) is
//! checked by the caller that stores the return (`pmo-core`).

mod biff;
mod grid;
mod limits;
mod open;
mod sheets;
mod table;

use std::panic::{catch_unwind, AssertUnwindSafe};

use pmo_model::contract::SheetKind;
use pmo_model::finding::Finding;
use pmo_model::i18n::{Key, Lang};
use pmo_model::model::ReturnData;

pub use limits::{MAX_CELL_CHARS, MAX_FILE_BYTES};
pub use open::{is_workbook_name, EXTENSIONS};

use grid::{Grid, LoadError};
use table::Table;

/// What reading one workbook gives: the return when there is no error, and every finding.
#[derive(Clone, Debug)]
pub struct Parsed {
    pub data: Option<ReturnData>,
    pub findings: Vec<Finding>,
    /// Directorate, year and campaign as far as the Direction sheet could be read, even when the
    /// workbook is rejected (so the history can say whose return was refused).
    pub identity: Identity,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Identity {
    pub directorate: Option<String>,
    pub year: Option<i32>,
    pub campaign: Option<pmo_model::model::Campaign>,
}

impl Parsed {
    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| !f.is_error())
    }

    fn rejected(finding: Finding) -> Parsed {
        Parsed { data: None, findings: vec![finding], identity: Identity::default() }
    }
}

/// Reads a workbook from its bytes. `file_name` gives the expected format by its extension; the
/// content is trusted over the name when they disagree.
pub fn read_workbook(file_name: &str, bytes: &[u8]) -> Parsed {
    // calamine is defensive but not proven against every hostile file; a panic deep in a reader
    // must still end as a clear "unreadable workbook" finding, not a crash of the app.
    match catch_unwind(AssertUnwindSafe(|| read(file_name, bytes))) {
        Ok(parsed) => parsed,
        Err(_) => Parsed::rejected(unreadable(
            Key::ReasonReaderFailure.text(Lang::Fr),
            Key::ReasonReaderFailure.text(Lang::En),
        )),
    }
}

/// The rejection of a file larger than any workbook ([`MAX_FILE_BYTES`]), for a caller that
/// does not read such a file into memory at all.
pub fn refuse_oversized(size: u64) -> Parsed {
    Parsed::rejected(limits::Over::File { size }.finding())
}

/// Names listed as each language quotes them: « Projets », « Budget » / "Projets", "Budget".
pub(crate) fn quoted(names: &[String], lang: Lang) -> String {
    if names.is_empty() {
        return "—".to_string();
    }
    let quote = |n: &String| match lang {
        Lang::Fr => format!("« {n} »"),
        Lang::En => format!("\"{n}\""),
    };
    names.iter().map(quote).collect::<Vec<_>>().join(", ")
}

/// "Not a readable workbook", with its reason in each language.
pub(crate) fn unreadable(reason_fr: &str, reason_en: &str) -> Finding {
    Finding::error(Key::FileUnreadable).arg("reason", reason_fr).arg("reason_en", reason_en)
}

fn read(file_name: &str, bytes: &[u8]) -> Parsed {
    let mut book = match open::open(file_name, bytes) {
        Ok(b) => b,
        Err(f) => return Parsed::rejected(f),
    };
    let mut findings = Vec::new();
    let names = open::visible_sheets(&book);
    // A hidden sheet is ignored, as the contract says; one named like a contract sheet was
    // probably hidden by mistake, and its figures would silently be missing: say so.
    for name in open::hidden_sheets(&book) {
        if SheetKind::from_sheet_name(&name).is_some() {
            findings.push(Finding::warning(Key::SheetHidden).at(&name, None).arg("found", &name));
        }
    }

    // Which sheet is which; two sheets for one kind is an error rather than a guess.
    let mut sheet_of: Vec<(SheetKind, String)> = Vec::new();
    for name in &names {
        if let Some(kind) = SheetKind::from_sheet_name(name) {
            if let Some((_, first)) = sheet_of.iter().find(|(k, _)| *k == kind) {
                // The catalog's text quotes the pair as a whole: « Projets », « Projects ».
                findings.push(
                    Finding::error(Key::SheetDuplicate)
                        .at(name, None)
                        .arg("expected", kind.french_name())
                        .arg("expected_en", kind.label_key().text(Lang::En))
                        .arg("found", format!("{first} », « {name}"))
                        .arg("found_en", format!("{first}\", \"{name}")),
                );
            } else {
                sheet_of.push((kind, name.clone()));
            }
        }
    }
    for kind in SheetKind::ALL.into_iter().filter(|k| k.required()) {
        if !sheet_of.iter().any(|(k, _)| *k == kind) {
            findings.push(
                Finding::error(Key::SheetMissing)
                    .arg("expected", kind.french_name())
                    .arg("expected_en", kind.label_key().text(Lang::En))
                    .arg("found", quoted(&names, Lang::Fr))
                    .arg("found_en", quoted(&names, Lang::En)),
            );
            findings.last_mut().expect("pushed").sheet = Some(kind.french_name().to_string());
        }
    }
    let mut load = |kind: SheetKind, findings: &mut Vec<Finding>| -> Option<Grid> {
        let name = sheet_of.iter().find(|(k, _)| *k == kind)?.1.clone();
        match Grid::load(&mut book, &name, kind == SheetKind::Status) {
            Ok(g) => Some(g),
            Err(e) => {
                let f = match e {
                    LoadError::Reader(reason) => unreadable(&reason, &reason),
                    LoadError::Over(over) => over.finding(),
                };
                findings.push(f.at(&name, None));
                None
            }
        }
    };

    let header = load(SheetKind::Directorate, &mut findings).map(|g| sheets::read_directorate(&g, &mut findings));
    let unit = header.as_ref().map(|h| h.unit).unwrap_or_default();
    let identity = Identity {
        directorate: header.as_ref().and_then(|h| h.directorate.clone()),
        year: header.as_ref().and_then(|h| h.year),
        campaign: header.as_ref().and_then(|h| h.campaign),
    };

    let mut columns = Vec::new();
    let projects_grid = load(SheetKind::Projects, &mut findings);
    let (projects, known) =
        match projects_grid.as_ref().and_then(|g| Table::locate(g, SheetKind::Projects, &mut findings)) {
            Some(t) => {
                columns.push(t.column_map());
                let (p, k) = sheets::read_projects(&t, unit, &mut findings);
                (p, Some(k))
            }
            None => (Vec::new(), None),
        };

    let mut data = ReturnData::new("", 0, pmo_model::model::Campaign::Bi);
    let mut blank_actuals = Vec::new();
    let mut budget_sheet = String::new();
    for kind in sheets::TABLE_SHEETS {
        let Some(grid) = load(kind, &mut findings) else { continue };
        if grid.is_empty() {
            continue; // an empty optional sheet says nothing
        }
        let Some(t) = Table::locate(&grid, kind, &mut findings) else { continue };
        columns.push(t.column_map());
        let k = known.as_ref();
        match kind {
            SheetKind::Budget => {
                budget_sheet = grid.name.clone();
                data.budget = sheets::read_budget(&t, unit, k, &mut findings, &mut blank_actuals)
            }
            SheetKind::Workload => data.workload = sheets::read_workload(&t, unit, k, &mut findings),
            SheetKind::Capacity => data.capacity = sheets::read_capacity(&t, unit, &mut findings),
            SheetKind::Status => data.statuses = sheets::read_statuses(&t, unit, k, &mut findings),
            SheetKind::Risks => data.risks = sheets::read_risks(&t, unit, k, &mut findings),
            SheetKind::Milestones => data.milestones = sheets::read_milestones(&t, unit, k, &mut findings),
            SheetKind::Directorate | SheetKind::Projects => {}
        }
    }

    if findings.iter().any(|f| f.is_error()) {
        return Parsed { data: None, findings, identity };
    }
    // Without an error, the Direction sheet was read and its required keys are there; the
    // check stays explicit so that a future change to the readers cannot turn into a panic.
    let Some(header) = header else { return Parsed { data: None, findings, identity } };
    let (Some(directorate), Some(year), Some(campaign)) = (header.directorate, header.year, header.campaign) else {
        let keys = |lang| {
            let names = pmo_model::contract::DIRECTORATE_KEYS.iter().filter(|k| k.required);
            names.map(|k| if lang == Lang::Fr { k.fr } else { k.en }).collect::<Vec<_>>().join(" / ")
        };
        findings
            .push(Finding::error(Key::KeyMissing).arg("expected", keys(Lang::Fr)).arg("expected_en", keys(Lang::En)));
        return Parsed { data: None, findings, identity };
    };
    findings.extend(sheets::unreported_actuals(&budget_sheet, &projects, &blank_actuals, campaign));
    data.directorate = directorate;
    data.directorate_name = header.name;
    data.year = year;
    data.campaign = campaign;
    data.submitted_on = header.submitted_on;
    data.owner = header.owner;
    data.unit = header.unit;
    data.envelope = header.envelope;
    data.key_cells = header.key_cells;
    data.projects = projects;
    data.columns = columns;
    Parsed { data: Some(data), findings, identity }
}
