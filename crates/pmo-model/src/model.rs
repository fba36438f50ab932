//! The portfolio's domain: closed lists of the workbook contract and the content of one
//! return (one directorate's workbook for a year and a campaign), as the importer produces it,
//! the store keeps it and the template writer writes it.
//!
//! Amounts are euros as exact [`Decimal`]s rounded to the cent (the workbook's k€ unit is already
//! applied); man-days are exact decimals too. Nothing here does I/O.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::i18n::{Key, Lang};
use crate::text::fold;

/// A closed list of the contract: a stable code for files and JSON, a label per language, and
/// every spelling a directorate may type.
pub trait Choice: Sized + Copy + 'static {
    const ALL: &'static [Self];
    /// Stable code used in JSON, CSV and the database (`in_progress`, `R2`, …).
    fn code(self) -> &'static str;
    /// The label users see, which is also the spelling the template offers in drop-downs.
    fn label_key(self) -> Key;
    /// Extra accepted spellings besides the code and the French and English labels.
    fn aliases(self) -> &'static [&'static str] {
        &[]
    }

    fn label(self, lang: Lang) -> &'static str {
        self.label_key().text(lang)
    }

    /// Every accepted spelling of the list, folded, with its value, in [`Choice::ALL`]'s order:
    /// built once per type (see `spellings!`), because [`Choice::parse`] runs for every cell
    /// of a closed-list column and folding (Unicode NFD) each label again there cost about 6 %
    /// of an import.
    fn spellings() -> &'static [(String, Self)];

    /// Reads any accepted spelling: code, French or English label or alias, ignoring case,
    /// accents, spaces and punctuation.
    fn parse(s: &str) -> Option<Self> {
        let f = fold(s);
        if f.is_empty() {
            return None;
        }
        // The first value in `ALL` order that has the spelling, as before the table existed.
        Self::spellings().iter().find(|(spelling, _)| *spelling == f).map(|(_, v)| *v)
    }

    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.code() == code)
    }

    /// "Soleil, Nuageux, Pluie ou Orage": the list as a finding's "expected" text.
    fn expected(lang: Lang) -> String {
        let labels: Vec<&str> = Self::ALL.iter().map(|v| v.label(lang)).collect();
        match labels.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                format!("{}{}{}", rest.join(", "), Key::ListOr.text(lang), last)
            }
            _ => labels.join(""),
        }
    }
}

/// The folded spellings of a closed list, value by value in `ALL` order (code, French label,
/// English label, aliases): what [`Choice::parse`] compares a folded cell with.
fn folded_spellings<T: Choice>() -> Vec<(String, T)> {
    T::ALL
        .iter()
        .flat_map(|&v| {
            [v.code(), v.label(Lang::Fr), v.label(Lang::En)]
                .into_iter()
                .chain(v.aliases().iter().copied())
                .map(move |spelling| (fold(spelling), v))
        })
        .collect()
}

/// The body of [`Choice::spellings`] for type `$t`: its table, built on first use. (A static
/// inside a generic function would be one for all types, hence a macro per implementation.)
macro_rules! spellings {
    ($t:ty) => {{
        static TABLE: std::sync::OnceLock<Vec<(String, $t)>> = std::sync::OnceLock::new();
        TABLE.get_or_init(folded_spellings::<$t>)
    }};
}

macro_rules! choice_serde {
    ($t:ty) => {
        impl Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                <$t>::from_code(&s).ok_or_else(|| serde::de::Error::custom(format!("unknown code {s}")))
            }
        }
    };
}

/// A collection campaign, in the contract's order BI < R1 < R2 < R3 < CL.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename_all = "UPPERCASE"))]
pub enum Campaign {
    Bi,
    R1,
    R2,
    R3,
    Cl,
}

impl Campaign {
    /// How many quarters have actuals at this campaign (BI: none … CL: all four).
    pub fn closed_quarters(self) -> usize {
        match self {
            Campaign::Bi => 0,
            Campaign::R1 => 1,
            Campaign::R2 => 2,
            Campaign::R3 => 3,
            Campaign::Cl => 4,
        }
    }

    /// Whether quarter `q` (1–4) is closed, so that its actual replaces its forecast.
    pub fn has_closed(self, q: usize) -> bool {
        q >= 1 && q <= self.closed_quarters()
    }
}

impl Choice for Campaign {
    const ALL: &'static [Self] = &[Campaign::Bi, Campaign::R1, Campaign::R2, Campaign::R3, Campaign::Cl];
    fn spellings() -> &'static [(String, Self)] {
        spellings!(Campaign)
    }
    fn code(self) -> &'static str {
        match self {
            Campaign::Bi => "BI",
            Campaign::R1 => "R1",
            Campaign::R2 => "R2",
            Campaign::R3 => "R3",
            Campaign::Cl => "CL",
        }
    }
    fn label_key(self) -> Key {
        match self {
            Campaign::Bi => Key::CampaignBi,
            Campaign::R1 => Key::CampaignR1,
            Campaign::R2 => Key::CampaignR2,
            Campaign::R3 => Key::CampaignR3,
            Campaign::Cl => Key::CampaignCl,
        }
    }
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Campaign::Bi => &["Budget", "BI N", "Budget initial N"],
            Campaign::R1 => &["Reprévision 1", "Reprevision 1", "Reprévision Q1", "Reforecast 1", "RF1"],
            Campaign::R2 => &["Reprévision 2", "Reprevision 2", "Reprévision Q2", "Reforecast 2", "RF2"],
            Campaign::R3 => &["Reprévision 3", "Reprevision 3", "Reprévision Q3", "Reforecast 3", "RF3"],
            Campaign::Cl => &["Cloture", "Closing", "Closure", "Year end", "Clôture annuelle"],
        }
    }
}
choice_serde!(Campaign);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename_all = "snake_case"))]
pub enum ProjectStatus {
    Candidate,
    Approved,
    InProgress,
    OnHold,
    Done,
    Cancelled,
}

impl Choice for ProjectStatus {
    const ALL: &'static [Self] = &[
        ProjectStatus::Candidate,
        ProjectStatus::Approved,
        ProjectStatus::InProgress,
        ProjectStatus::OnHold,
        ProjectStatus::Done,
        ProjectStatus::Cancelled,
    ];
    fn spellings() -> &'static [(String, Self)] {
        spellings!(ProjectStatus)
    }
    fn code(self) -> &'static str {
        match self {
            ProjectStatus::Candidate => "candidate",
            ProjectStatus::Approved => "approved",
            ProjectStatus::InProgress => "in_progress",
            ProjectStatus::OnHold => "on_hold",
            ProjectStatus::Done => "done",
            ProjectStatus::Cancelled => "cancelled",
        }
    }
    fn label_key(self) -> Key {
        match self {
            ProjectStatus::Candidate => Key::StatusCandidate,
            ProjectStatus::Approved => Key::StatusApproved,
            ProjectStatus::InProgress => Key::StatusInProgress,
            ProjectStatus::OnHold => Key::StatusOnHold,
            ProjectStatus::Done => Key::StatusDone,
            ProjectStatus::Cancelled => Key::StatusCancelled,
        }
    }
    fn aliases(self) -> &'static [&'static str] {
        match self {
            ProjectStatus::Approved => &["Valide", "Validated"],
            ProjectStatus::OnHold => &["En pause", "Suspended"],
            ProjectStatus::Done => &["Clos", "Livré", "Completed", "Closed"],
            ProjectStatus::Cancelled => &["Annulé", "Abandoned"],
            _ => &[],
        }
    }
}
choice_serde!(ProjectStatus);

/// A project's "météo", from best to worst.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename_all = "snake_case"))]
pub enum Weather {
    Sunny,
    Cloudy,
    Rainy,
    Stormy,
}

impl Choice for Weather {
    const ALL: &'static [Self] = &[Weather::Sunny, Weather::Cloudy, Weather::Rainy, Weather::Stormy];
    fn spellings() -> &'static [(String, Self)] {
        spellings!(Weather)
    }
    fn code(self) -> &'static str {
        match self {
            Weather::Sunny => "sunny",
            Weather::Cloudy => "cloudy",
            Weather::Rainy => "rainy",
            Weather::Stormy => "stormy",
        }
    }
    fn label_key(self) -> Key {
        match self {
            Weather::Sunny => Key::WeatherSunny,
            Weather::Cloudy => Key::WeatherCloudy,
            Weather::Rainy => Key::WeatherRainy,
            Weather::Stormy => Key::WeatherStormy,
        }
    }
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Weather::Sunny => &["Ensoleillé", "Soleil ☀", "Vert", "Green"],
            Weather::Cloudy => &["Nuage", "Nuages", "Orange", "Amber"],
            Weather::Rainy => &["Pluvieux", "Rain", "Rouge", "Red"],
            Weather::Stormy => &["Orageux", "Tempête", "Storm", "Noir", "Black"],
        }
    }
}
choice_serde!(Weather);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename_all = "UPPERCASE"))]
pub enum Nature {
    Capex,
    Opex,
}

impl Choice for Nature {
    const ALL: &'static [Self] = &[Nature::Capex, Nature::Opex];
    fn spellings() -> &'static [(String, Self)] {
        spellings!(Nature)
    }
    fn code(self) -> &'static str {
        match self {
            Nature::Capex => "CAPEX",
            Nature::Opex => "OPEX",
        }
    }
    fn label_key(self) -> Key {
        // CAPEX and OPEX are written the same in both languages; the code is the label.
        match self {
            Nature::Capex => Key::NatureCapex,
            Nature::Opex => Key::NatureOpex,
        }
    }
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Nature::Capex => &["Investissement", "Invest", "Capital"],
            Nature::Opex => &["Fonctionnement", "Exploitation", "Operating"],
        }
    }
}
choice_serde!(Nature);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename_all = "snake_case"))]
pub enum Category {
    Internal,
    External,
    Licences,
    Hardware,
    Other,
}

impl Choice for Category {
    const ALL: &'static [Self] =
        &[Category::Internal, Category::External, Category::Licences, Category::Hardware, Category::Other];
    fn spellings() -> &'static [(String, Self)] {
        spellings!(Category)
    }
    fn code(self) -> &'static str {
        match self {
            Category::Internal => "internal",
            Category::External => "external",
            Category::Licences => "licences",
            Category::Hardware => "hardware",
            Category::Other => "other",
        }
    }
    fn label_key(self) -> Key {
        match self {
            Category::Internal => Key::CategoryInternal,
            Category::External => Key::CategoryExternal,
            Category::Licences => Key::CategoryLicences,
            Category::Hardware => Key::CategoryHardware,
            Category::Other => Key::CategoryOther,
        }
    }
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Category::Licences => &["Licence", "License", "Licenses", "Logiciel", "Software"],
            Category::Hardware => &["Materiel", "Matériels", "Equipment"],
            Category::External => &["Prestation", "Prestations", "Sous-traitance"],
            Category::Other => &["Autres", "Divers"],
            Category::Internal => &[],
        }
    }
}
choice_serde!(Category);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename_all = "snake_case"))]
pub enum RiskStatus {
    Open,
    InProgress,
    Closed,
}

impl Choice for RiskStatus {
    const ALL: &'static [Self] = &[RiskStatus::Open, RiskStatus::InProgress, RiskStatus::Closed];
    fn spellings() -> &'static [(String, Self)] {
        spellings!(RiskStatus)
    }
    fn code(self) -> &'static str {
        match self {
            RiskStatus::Open => "open",
            RiskStatus::InProgress => "in_progress",
            RiskStatus::Closed => "closed",
        }
    }
    fn label_key(self) -> Key {
        match self {
            RiskStatus::Open => Key::RiskOpen,
            RiskStatus::InProgress => Key::RiskInProgress,
            RiskStatus::Closed => Key::RiskClosed,
        }
    }
    fn aliases(self) -> &'static [&'static str] {
        match self {
            RiskStatus::Closed => &["Clôturé", "Fermé"],
            RiskStatus::InProgress => &["En cours", "Traitement"],
            RiskStatus::Open => &["Ouverte", "Nouveau"],
        }
    }
}
choice_serde!(RiskStatus);

/// The unit in which a workbook writes every amount.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    #[default]
    Euro,
    KiloEuro,
}

impl Unit {
    pub fn code(self) -> &'static str {
        match self {
            Unit::Euro => "€",
            Unit::KiloEuro => "k€",
        }
    }

    pub fn parse(s: &str) -> Option<Unit> {
        match fold(s).as_str() {
            "" | "eur" | "euro" | "euros" => Some(Unit::Euro),
            "k" | "keur" | "keuro" | "keuros" | "milliers" | "millierseuros" | "milliersdeuros" => {
                Some(Unit::KiloEuro)
            }
            _ => match s.trim() {
                "€" => Some(Unit::Euro),
                "k€" | "K€" | "k €" | "K €" => Some(Unit::KiloEuro),
                _ => None,
            },
        }
    }

    /// The factor that turns a written amount into euros.
    pub fn factor(self) -> Decimal {
        match self {
            Unit::Euro => Decimal::ONE,
            Unit::KiloEuro => Decimal::ONE_THOUSAND,
        }
    }
}

/// Where a record was read: the sheet's name as written in the workbook and the 1-based row.
/// Together with [`ColumnMap`] it gives the A1 cell of every figure of the record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub sheet: String,
    pub row: u32,
}

/// One cell of a workbook: the sheet's name as written and the A1 address (`B9`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceCell {
    pub sheet: String,
    pub cell: String,
}

/// For one sheet of one workbook, the column (0-based) where each field was found.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnMap {
    pub sheet: String,
    pub columns: Vec<(String, u32)>,
}

impl ColumnMap {
    pub fn column_of(&self, field: &str) -> Option<u32> {
        self.columns.iter().find(|(f, _)| f == field).map(|(_, c)| *c)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub code: String,
    pub name: String,
    pub ambition: Option<String>,
    pub initiative: Option<String>,
    pub manager: Option<String>,
    pub sponsor: Option<String>,
    pub status: Option<ProjectStatus>,
    /// 1 (highest) to 3.
    pub priority: Option<u8>,
    /// "Type" column: Stratégique, Réglementaire… (free text).
    pub kind: Option<String>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub multi_year: Option<bool>,
    pub description: Option<String>,
    pub origin: Option<Origin>,
}

/// Amounts of one project for one nature and category, per quarter (index 0 = T1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BudgetLine {
    pub project: String,
    pub nature: Nature,
    pub category: Option<Category>,
    pub planned: [Decimal; 4],
    pub actual: [Decimal; 4],
    pub origin: Option<Origin>,
}

/// Man-days a project needs from a team, per quarter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkloadLine {
    pub project: String,
    pub team: String,
    pub planned: [Decimal; 4],
    pub actual: [Decimal; 4],
    /// TJM, euros per man-day.
    pub daily_rate: Option<Decimal>,
    pub origin: Option<Origin>,
}

/// Man-days a team can give, per quarter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CapacityLine {
    pub team: String,
    pub capacity: [Decimal; 4],
    pub origin: Option<Origin>,
}

/// One dated météo of a project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatusReport {
    pub project: String,
    pub date: NaiveDate,
    pub overall: Weather,
    pub schedule: Option<Weather>,
    pub cost: Option<Weather>,
    pub scope: Option<Weather>,
    pub resources: Option<Weather>,
    /// Percentage 0–100.
    pub progress: Option<Decimal>,
    pub comment: Option<String>,
    pub watch_points: Option<String>,
    pub decision_needed: Option<String>,
    pub origin: Option<Origin>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Risk {
    pub project: String,
    pub risk_id: Option<String>,
    pub title: String,
    /// 1–4.
    pub probability: u8,
    /// 1–4.
    pub impact: u8,
    pub owner: Option<String>,
    pub mitigation: Option<String>,
    pub status: Option<RiskStatus>,
    pub due: Option<NaiveDate>,
    pub origin: Option<Origin>,
}

impl Risk {
    /// Always probability × impact, whatever the workbook said.
    pub fn criticality(&self) -> u8 {
        self.probability * self.impact
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    pub project: String,
    pub name: String,
    pub baseline: Option<NaiveDate>,
    pub forecast: Option<NaiveDate>,
    pub actual: Option<NaiveDate>,
    pub origin: Option<Origin>,
}

/// The content of one directorate workbook: one return.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReturnData {
    pub directorate: String,
    pub directorate_name: Option<String>,
    pub year: i32,
    pub campaign: Campaign,
    pub submitted_on: Option<NaiveDate>,
    pub owner: Option<String>,
    /// The unit the workbook was written in; every amount here is already in euros.
    pub unit: Unit,
    pub envelope: Option<Decimal>,
    pub projects: Vec<Project>,
    pub budget: Vec<BudgetLine>,
    pub workload: Vec<WorkloadLine>,
    pub capacity: Vec<CapacityLine>,
    pub statuses: Vec<StatusReport>,
    pub risks: Vec<Risk>,
    pub milestones: Vec<Milestone>,
    /// Where each key of the Direction sheet was read (`"envelope"` → Direction, `B9`), for
    /// provenance of directorate-level figures.
    pub key_cells: Vec<(String, SourceCell)>,
    /// Column of each field, per sheet, for provenance of record-level figures.
    pub columns: Vec<ColumnMap>,
}

impl ReturnData {
    pub fn new(directorate: &str, year: i32, campaign: Campaign) -> ReturnData {
        ReturnData {
            directorate: directorate.to_string(),
            directorate_name: None,
            year,
            campaign,
            submitted_on: None,
            owner: None,
            unit: Unit::Euro,
            envelope: None,
            projects: Vec::new(),
            budget: Vec::new(),
            workload: Vec::new(),
            capacity: Vec::new(),
            statuses: Vec::new(),
            risks: Vec::new(),
            milestones: Vec::new(),
            key_cells: Vec::new(),
            columns: Vec::new(),
        }
    }

    /// The A1 cell (`"Budget!F12"`) of `field` for a record read at `origin`, if known.
    pub fn cell_of(&self, origin: &Origin, field: &str) -> Option<String> {
        let map = self.columns.iter().find(|m| m.sheet == origin.sheet)?;
        let col = map.column_of(field)?;
        Some(format!("{}!{}", origin.sheet, crate::text::a1(origin.row - 1, col)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn campaigns_parse_in_every_accepted_spelling() {
        for (s, c) in [
            ("BI", Campaign::Bi),
            ("budget initial", Campaign::Bi),
            ("Reprévision T2", Campaign::R2),
            ("Reprevision 2", Campaign::R2),
            ("REPRÉVISION T3", Campaign::R3),
            ("r1", Campaign::R1),
            ("Clôture", Campaign::Cl),
            ("cloture", Campaign::Cl),
            ("CL", Campaign::Cl),
        ] {
            assert_eq!(Campaign::parse(s), Some(c), "{s}");
        }
        assert_eq!(Campaign::parse("R4"), None);
        assert_eq!(Campaign::parse(""), None);
    }

    #[test]
    fn campaign_order_and_closed_quarters() {
        assert!(Campaign::Bi < Campaign::R1 && Campaign::R3 < Campaign::Cl);
        assert!(!Campaign::Bi.has_closed(1));
        assert!(Campaign::R2.has_closed(2) && !Campaign::R2.has_closed(3));
        assert!(Campaign::Cl.has_closed(4));
    }

    #[test]
    fn closed_lists_accept_both_languages_any_case_and_accents() {
        assert_eq!(ProjectStatus::parse("en cours"), Some(ProjectStatus::InProgress));
        assert_eq!(ProjectStatus::parse("IN PROGRESS"), Some(ProjectStatus::InProgress));
        assert_eq!(ProjectStatus::parse("Valide"), Some(ProjectStatus::Approved));
        assert_eq!(ProjectStatus::parse("abandonne"), Some(ProjectStatus::Cancelled));
        assert_eq!(Weather::parse("ORAGE"), Some(Weather::Stormy));
        assert_eq!(Weather::parse("cloudy"), Some(Weather::Cloudy));
        assert_eq!(Weather::parse("Neige"), None);
        assert_eq!(Nature::parse("capex"), Some(Nature::Capex));
        assert_eq!(Category::parse("materiel"), Some(Category::Hardware));
        assert_eq!(RiskStatus::parse("Closed"), Some(RiskStatus::Closed));
        assert_eq!(Unit::parse("k€"), Some(Unit::KiloEuro));
        assert_eq!(Unit::parse("€"), Some(Unit::Euro));
        assert_eq!(Unit::parse("EUR"), Some(Unit::Euro));
        assert_eq!(Unit::parse("M€"), None);
    }

    #[test]
    fn no_two_values_of_a_list_share_a_spelling() {
        fn check<T: Choice + std::fmt::Debug + PartialEq>() {
            for v in T::ALL {
                let spellings = [v.code(), v.label(Lang::Fr), v.label(Lang::En)]
                    .into_iter()
                    .chain(v.aliases().iter().copied());
                for s in spellings {
                    assert_eq!(T::parse(s), Some(*v), "spelling {s:?} of {v:?} is ambiguous");
                }
            }
        }
        check::<Campaign>();
        check::<ProjectStatus>();
        check::<Weather>();
        check::<Nature>();
        check::<Category>();
        check::<RiskStatus>();
    }

    #[test]
    fn expected_lists_read_as_sentences() {
        assert_eq!(Weather::expected(Lang::Fr), "Soleil, Nuageux, Pluie ou Orage");
        assert_eq!(Nature::expected(Lang::En), "CAPEX or OPEX");
    }
}
