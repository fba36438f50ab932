//! The workbook contract (`shared/workbook-contract.md`, v1) as data: which sheets exist, their
//! French and English names, their columns or keys, which are required and what type each holds.
//!
//! The importer matches headers against these specs and the template writer writes them, so the
//! two can never disagree about the format. Field names (`planned_q1`, `overall`…) are the stable
//! identifiers under which provenance is stored.

use crate::i18n::Key;
use crate::text::fold;

/// The sheets the contract defines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SheetKind {
    Directorate,
    Projects,
    Budget,
    Workload,
    Capacity,
    Status,
    Risks,
    Milestones,
}

impl SheetKind {
    pub const ALL: [SheetKind; 8] = [
        SheetKind::Directorate,
        SheetKind::Projects,
        SheetKind::Budget,
        SheetKind::Workload,
        SheetKind::Capacity,
        SheetKind::Status,
        SheetKind::Risks,
        SheetKind::Milestones,
    ];

    /// Only Direction and Projets are required.
    pub fn required(self) -> bool {
        matches!(self, SheetKind::Directorate | SheetKind::Projects)
    }

    /// The name the template gives the sheet (French, as the contract writes it).
    pub fn french_name(self) -> &'static str {
        self.label_key().text(crate::i18n::Lang::Fr)
    }

    pub fn label_key(self) -> Key {
        match self {
            SheetKind::Directorate => Key::SheetDirectorate,
            SheetKind::Projects => Key::SheetProjects,
            SheetKind::Budget => Key::SheetBudget,
            SheetKind::Workload => Key::SheetWorkload,
            SheetKind::Capacity => Key::SheetCapacity,
            SheetKind::Status => Key::SheetStatus,
            SheetKind::Risks => Key::SheetRisks,
            SheetKind::Milestones => Key::SheetMilestones,
        }
    }

    /// Every accepted name (matched after [`fold`]).
    pub fn names(self) -> &'static [&'static str] {
        match self {
            SheetKind::Directorate => &["Direction", "Directorate"],
            SheetKind::Projects => &["Projets", "Projects"],
            SheetKind::Budget => &["Budget"],
            SheetKind::Workload => &["Charges", "Workload"],
            SheetKind::Capacity => &["Capacité", "Capacity"],
            SheetKind::Status => &["Météo", "Status", "Weather"],
            SheetKind::Risks => &["Risques", "Risks"],
            SheetKind::Milestones => &["Jalons", "Milestones"],
        }
    }

    /// The sheet kind a workbook's sheet name denotes, if any.
    pub fn from_sheet_name(name: &str) -> Option<SheetKind> {
        let f = fold(name);
        SheetKind::ALL.into_iter().find(|k| k.names().iter().any(|n| fold(n) == f))
    }

    /// The columns of a tabular sheet (empty for the key/value Direction sheet).
    pub fn columns(self) -> &'static [ColumnSpec] {
        match self {
            SheetKind::Directorate => &[],
            SheetKind::Projects => PROJECT_COLUMNS,
            SheetKind::Budget => BUDGET_COLUMNS,
            SheetKind::Workload => WORKLOAD_COLUMNS,
            SheetKind::Capacity => CAPACITY_COLUMNS,
            SheetKind::Status => STATUS_COLUMNS,
            SheetKind::Risks => RISK_COLUMNS,
            SheetKind::Milestones => MILESTONE_COLUMNS,
        }
    }
}

/// What a cell of a column holds, which decides how it is read, validated and formatted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    Text,
    /// Money, in the workbook's unit; empty means 0.
    Amount,
    /// Man-days, ≥ 0; empty means 0.
    ManDays,
    Date,
    Year,
    Campaign,
    Unit,
    ProjectStatus,
    Priority,
    YesNo,
    Nature,
    Category,
    Weather,
    /// 0–100; a fraction in a cell formatted as % is scaled.
    Percent,
    /// Integer 1–4.
    Scale4,
    /// Integer 1–16 (probability × impact).
    Criticality,
    RiskStatus,
}

/// One column of a tabular sheet, or one key of the Direction sheet.
#[derive(Clone, Copy, Debug)]
pub struct ColumnSpec {
    /// Stable identifier, used for provenance and in code.
    pub field: &'static str,
    /// The header the template writes, and the contract's French name.
    pub fr: &'static str,
    pub en: &'static str,
    /// Other accepted headers.
    pub aliases: &'static [&'static str],
    pub required: bool,
    pub kind: ValueKind,
}

impl ColumnSpec {
    /// Whether a header cell's text names this column.
    pub fn matches(&self, header: &str) -> bool {
        let f = fold(header);
        !f.is_empty()
            && (fold(self.fr) == f || fold(self.en) == f || self.aliases.iter().any(|a| fold(a) == f))
    }
}

const fn col(
    field: &'static str,
    fr: &'static str,
    en: &'static str,
    aliases: &'static [&'static str],
    required: bool,
    kind: ValueKind,
) -> ColumnSpec {
    ColumnSpec { field, fr, en, aliases, required, kind }
}

use ValueKind as V;

/// The years a return may be for (Direction!Exercice): what the importer accepts is what the
/// templates and the demo may be written for.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// Keys of the Direction sheet (key in one column, value in the next).
pub const DIRECTORATE_KEYS: &[ColumnSpec] = &[
    col("directorate", "Code direction", "Directorate code", &["Direction", "Code", "Code de la direction"], true, V::Text),
    col("name", "Libellé", "Name", &["Libellé direction", "Nom", "Nom de la direction", "Directorate name"], false, V::Text),
    col("year", "Exercice", "Year", &["Année", "Exercice budgétaire", "Fiscal year"], true, V::Year),
    col("campaign", "Campagne", "Campaign", &["Campagne budgétaire"], true, V::Campaign),
    col("submitted_on", "Date de remontée", "Submission date", &["Date", "Date de transmission", "Date d'envoi"], false, V::Date),
    col("owner", "Responsable", "Owner", &["Contact", "Responsable de la remontée"], false, V::Text),
    col("unit", "Unité", "Unit", &["Unité monétaire", "Devise"], false, V::Unit),
    col("envelope", "Enveloppe budgétaire", "Budget envelope", &["Enveloppe", "Envelope"], false, V::Amount),
];

const PROJECT_COLUMNS: &[ColumnSpec] = &[
    col("code", "Code projet", "Project code", &["Code", "ID projet", "Project ID", "Réf projet"], true, V::Text),
    col("name", "Intitulé", "Name", &["Intitulé projet", "Nom du projet", "Libellé", "Project name", "Projet"], true, V::Text),
    col("ambition", "Ambition", "Ambition", &["Ambition stratégique"], false, V::Text),
    col("initiative", "Initiative", "Initiative", &[], false, V::Text),
    col("manager", "Chef de projet", "Project manager", &["CP", "Chef projet", "PM"], false, V::Text),
    col("sponsor", "Sponsor", "Sponsor", &["Commanditaire"], false, V::Text),
    col("status", "Statut", "Status", &["Statut projet"], false, V::ProjectStatus),
    col("priority", "Priorité", "Priority", &[], false, V::Priority),
    col("kind", "Type", "Type", &["Type de projet", "Project type"], false, V::Text),
    col("start", "Date de début", "Start date", &["Début", "Start"], false, V::Date),
    col("end", "Date de fin", "End date", &["Fin", "End"], false, V::Date),
    col("multi_year", "Pluriannuel", "Multi-year", &["Multiannuel", "Multi year"], false, V::YesNo),
    col("description", "Description", "Description", &["Objectif", "Objectifs"], false, V::Text),
];

const BUDGET_COLUMNS: &[ColumnSpec] = &[
    col("project", "Code projet", "Project code", &["Code", "Projet", "Project"], true, V::Text),
    col("nature", "Nature", "Nature", &["Nature de dépense"], true, V::Nature),
    col("category", "Catégorie", "Category", &["Poste", "Type de dépense"], false, V::Category),
    col("planned_q1", "Prévu T1", "Planned Q1", &["Prévu Q1", "Prévision T1", "Budget T1"], false, V::Amount),
    col("planned_q2", "Prévu T2", "Planned Q2", &["Prévu Q2", "Prévision T2", "Budget T2"], false, V::Amount),
    col("planned_q3", "Prévu T3", "Planned Q3", &["Prévu Q3", "Prévision T3", "Budget T3"], false, V::Amount),
    col("planned_q4", "Prévu T4", "Planned Q4", &["Prévu Q4", "Prévision T4", "Budget T4"], false, V::Amount),
    col("actual_q1", "Réalisé T1", "Actual Q1", &["Réalisé Q1", "Réel T1"], false, V::Amount),
    col("actual_q2", "Réalisé T2", "Actual Q2", &["Réalisé Q2", "Réel T2"], false, V::Amount),
    col("actual_q3", "Réalisé T3", "Actual Q3", &["Réalisé Q3", "Réel T3"], false, V::Amount),
    col("actual_q4", "Réalisé T4", "Actual Q4", &["Réalisé Q4", "Réel T4"], false, V::Amount),
];

const WORKLOAD_COLUMNS: &[ColumnSpec] = &[
    col("project", "Code projet", "Project code", &["Code", "Projet", "Project"], true, V::Text),
    col("team", "Équipe", "Team", &["Equipe", "Service", "Pôle"], true, V::Text),
    col("planned_q1", "Prévu JH T1", "Planned MD Q1", &["Prévu T1", "Planned Q1", "Charge prévue T1", "Planned man-days Q1"], false, V::ManDays),
    col("planned_q2", "Prévu JH T2", "Planned MD Q2", &["Prévu T2", "Planned Q2", "Charge prévue T2", "Planned man-days Q2"], false, V::ManDays),
    col("planned_q3", "Prévu JH T3", "Planned MD Q3", &["Prévu T3", "Planned Q3", "Charge prévue T3", "Planned man-days Q3"], false, V::ManDays),
    col("planned_q4", "Prévu JH T4", "Planned MD Q4", &["Prévu T4", "Planned Q4", "Charge prévue T4", "Planned man-days Q4"], false, V::ManDays),
    col("actual_q1", "Réalisé JH T1", "Actual MD Q1", &["Réalisé T1", "Actual Q1", "Charge réalisée T1", "Actual man-days Q1"], false, V::ManDays),
    col("actual_q2", "Réalisé JH T2", "Actual MD Q2", &["Réalisé T2", "Actual Q2", "Charge réalisée T2", "Actual man-days Q2"], false, V::ManDays),
    col("actual_q3", "Réalisé JH T3", "Actual MD Q3", &["Réalisé T3", "Actual Q3", "Charge réalisée T3", "Actual man-days Q3"], false, V::ManDays),
    col("actual_q4", "Réalisé JH T4", "Actual MD Q4", &["Réalisé T4", "Actual Q4", "Charge réalisée T4", "Actual man-days Q4"], false, V::ManDays),
    col("daily_rate", "TJM", "Daily rate", &["Taux journalier", "Taux journalier moyen", "TJM €"], false, V::Amount),
];

const CAPACITY_COLUMNS: &[ColumnSpec] = &[
    col("team", "Équipe", "Team", &["Equipe", "Service", "Pôle"], true, V::Text),
    col("capacity_q1", "Capacité JH T1", "Capacity Q1", &["Capacité T1", "Capacity MD Q1"], false, V::ManDays),
    col("capacity_q2", "Capacité JH T2", "Capacity Q2", &["Capacité T2", "Capacity MD Q2"], false, V::ManDays),
    col("capacity_q3", "Capacité JH T3", "Capacity Q3", &["Capacité T3", "Capacity MD Q3"], false, V::ManDays),
    col("capacity_q4", "Capacité JH T4", "Capacity Q4", &["Capacité T4", "Capacity MD Q4"], false, V::ManDays),
];

const STATUS_COLUMNS: &[ColumnSpec] = &[
    col("project", "Code projet", "Project code", &["Code", "Projet", "Project"], true, V::Text),
    col("date", "Date", "Date", &["Date météo", "Date de la météo", "Status date"], true, V::Date),
    col("overall", "Météo globale", "Overall", &["Météo", "Overall status", "Weather", "Global"], true, V::Weather),
    col("schedule", "Délai", "Schedule", &["Délais", "Planning"], false, V::Weather),
    col("cost", "Coût", "Cost", &["Coûts", "Budget"], false, V::Weather),
    col("scope", "Périmètre", "Scope", &[], false, V::Weather),
    col("resources", "Ressources", "Resources", &[], false, V::Weather),
    col("progress", "Avancement", "Progress", &["Avancement %", "% avancement", "Progress %"], false, V::Percent),
    col("comment", "Commentaire", "Comment", &["Commentaires", "Comments"], false, V::Text),
    col("watch_points", "Points d'attention", "Watch points", &["Point d'attention", "Points of attention"], false, V::Text),
    col("decision_needed", "Décision attendue", "Decision needed", &["Décisions attendues", "Décision", "Decision"], false, V::Text),
];

const RISK_COLUMNS: &[ColumnSpec] = &[
    col("project", "Code projet", "Project code", &["Code", "Projet", "Project"], true, V::Text),
    col("risk_id", "ID risque", "Risk ID", &["ID", "Réf risque", "Référence"], false, V::Text),
    col("title", "Intitulé", "Title", &["Risque", "Libellé", "Risk", "Description"], true, V::Text),
    col("probability", "Probabilité", "Probability", &["Proba", "P"], true, V::Scale4),
    col("impact", "Impact", "Impact", &["I"], true, V::Scale4),
    col("criticality", "Criticité", "Criticality", &["Criticite", "Score"], false, V::Criticality),
    col("owner", "Propriétaire", "Owner", &["Porteur", "Responsable"], false, V::Text),
    col("mitigation", "Plan d'action", "Mitigation", &["Plan d'actions", "Mitigation plan", "Action"], false, V::Text),
    col("status", "Statut", "Status", &[], false, V::RiskStatus),
    col("due", "Échéance", "Due date", &["Date d'échéance", "Due"], false, V::Date),
];

const MILESTONE_COLUMNS: &[ColumnSpec] = &[
    col("project", "Code projet", "Project code", &["Code", "Projet", "Project"], true, V::Text),
    col("name", "Jalon", "Milestone", &["Intitulé", "Libellé", "Nom du jalon"], true, V::Text),
    col("baseline", "Date initiale", "Baseline date", &["Date de référence", "Baseline"], false, V::Date),
    col("forecast", "Date prévue", "Forecast date", &["Date prévisionnelle", "Forecast"], false, V::Date),
    col("actual", "Date réelle", "Actual date", &["Date de réalisation", "Actual"], false, V::Date),
];

/// `"planned_q1"` … `"planned_q4"`, by quarter index 0–3, for code that loops over quarters.
pub const PLANNED: [&str; 4] = ["planned_q1", "planned_q2", "planned_q3", "planned_q4"];
pub const ACTUAL: [&str; 4] = ["actual_q1", "actual_q2", "actual_q3", "actual_q4"];
pub const CAPACITY: [&str; 4] = ["capacity_q1", "capacity_q2", "capacity_q3", "capacity_q4"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_match_in_both_languages_whatever_the_spelling() {
        assert_eq!(SheetKind::from_sheet_name("PROJETS"), Some(SheetKind::Projects));
        assert_eq!(SheetKind::from_sheet_name(" Capacite "), Some(SheetKind::Capacity));
        assert_eq!(SheetKind::from_sheet_name("meteo"), Some(SheetKind::Status));
        assert_eq!(SheetKind::from_sheet_name("Weather"), Some(SheetKind::Status));
        assert_eq!(SheetKind::from_sheet_name("Milestones"), Some(SheetKind::Milestones));
        assert_eq!(SheetKind::from_sheet_name("Instructions"), None);
    }

    #[test]
    fn no_header_spelling_names_two_columns_of_a_sheet() {
        for kind in SheetKind::ALL {
            let cols = if kind == SheetKind::Directorate { DIRECTORATE_KEYS } else { kind.columns() };
            for c in cols {
                for s in [c.fr, c.en].iter().chain(c.aliases) {
                    let hits: Vec<_> = cols.iter().filter(|o| o.matches(s)).map(|o| o.field).collect();
                    assert_eq!(hits, vec![c.field], "{kind:?}: header {s:?} is ambiguous");
                }
            }
        }
    }
}
