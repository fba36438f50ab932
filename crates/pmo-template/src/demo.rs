//! The demo portfolio: a credible French company's year of returns (five directorates, about
//! forty-five projects, BI, R1 and R2), to show the product and to exercise every stage with
//! realistic data before real workbooks exist.
//!
//! Everything is derived from hand-written seeds by integer arithmetic and a tiny hash, never
//! from a random generator or the clock: the same year always gives the same returns and bytes.
//! The texts here are demo *data* (project names, comments), written in French as a French
//! company would write them; they are not interface strings and do not belong in the catalog.

use chrono::{Datelike, Duration, NaiveDate};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use pmo_model::model::{
    BudgetLine, Campaign, CapacityLine, Category, Choice, Milestone, Nature, Project, ProjectStatus, ReturnData, Risk,
    RiskStatus, StatusReport, Unit, Weather, WorkloadLine,
};

use crate::{write_workbook, TemplateError, TemplateOptions};

/// The campaigns the demo covers: the budget and the first two reforecasts.
const CAMPAIGNS: [Campaign; 3] = [Campaign::Bi, Campaign::R1, Campaign::R2];

/// The strategic plan "Cap 2028": four ambitions, each with its initiatives.
const AMBITIONS: [&str; 4] = [
    "Accélérer la transformation numérique",
    "Placer le client au cœur de nos services",
    "Développer les talents et l'engagement",
    "Piloter une performance durable et responsable",
];

struct Directorate {
    code: &'static str,
    name: &'static str,
    owner: &'static str,
    /// Teams and their daily rate (TJM, €).
    teams: &'static [(&'static str, i64)],
    unit: Unit,
    /// Envelope as a percentage of the BI portfolio: below 100 puts the directorate over it.
    envelope_pct: i64,
    /// Index of a team whose capacity is set below its load (an overloaded team).
    overloaded_team: Option<usize>,
}

const DIRECTORATES: [Directorate; 5] = [
    Directorate {
        code: "DSI",
        name: "Direction des systèmes d'information",
        owner: "Nathalie Girard",
        teams: &[
            ("Études et développement", 650),
            ("Infrastructures et production", 700),
            ("Données et décisionnel", 680),
            ("Sécurité", 750),
        ],
        unit: Unit::Euro,
        envelope_pct: 96,
        overloaded_team: Some(0),
    },
    Directorate {
        code: "DRH",
        name: "Direction des ressources humaines",
        owner: "Julien Mercier",
        teams: &[("SIRH", 600), ("Développement RH", 520)],
        unit: Unit::Euro,
        envelope_pct: 104,
        overloaded_team: None,
    },
    Directorate {
        code: "DAF",
        name: "Direction administrative et financière",
        owner: "Caroline Lefèvre",
        teams: &[("Contrôle de gestion", 580), ("Comptabilité et trésorerie", 540)],
        unit: Unit::Euro,
        envelope_pct: 103,
        overloaded_team: None,
    },
    Directorate {
        code: "DCOM",
        name: "Direction de la communication",
        owner: "Émilie Rousseau",
        teams: &[("Communication digitale", 560), ("Communication interne", 500)],
        unit: Unit::Euro,
        envelope_pct: 105,
        overloaded_team: None,
    },
    Directorate {
        code: "DOP",
        name: "Direction des opérations",
        owner: "Marc Fontaine",
        teams: &[
            ("Méthodes et industrialisation", 620),
            ("Logistique", 540),
            ("Qualité, sécurité, environnement", 580),
        ],
        // Operations write their workbooks in k€, as their controllers do.
        unit: Unit::KiloEuro,
        envelope_pct: 102,
        overloaded_team: None,
    },
];

/// How a project's budget splits into natures and categories (percentages summing to 100).
/// Every mix has an internal line: it is what the teams' workload costs.
#[derive(Clone, Copy)]
enum Mix {
    /// Software built with a contractor.
    Build,
    /// Equipment bought and deployed.
    Equipment,
    /// Consulting and services.
    Services,
    /// Communication campaigns and events.
    Communication,
    /// Software as a service.
    Saas,
}

impl Mix {
    fn lines(self) -> &'static [(Nature, Category, i64)] {
        use Category::*;
        use Nature::*;
        match self {
            Mix::Build => &[
                (Capex, External, 55),
                (Capex, Licences, 15),
                (Opex, Internal, 20),
                (Opex, Licences, 10),
            ],
            Mix::Equipment => &[(Capex, Hardware, 60), (Capex, External, 20), (Opex, Internal, 20)],
            Mix::Services => &[(Opex, External, 70), (Opex, Internal, 30)],
            Mix::Communication => &[(Opex, External, 60), (Opex, Other, 25), (Opex, Internal, 15)],
            Mix::Saas => &[(Opex, Licences, 50), (Capex, External, 35), (Opex, Internal, 15)],
        }
    }
}

/// How planned spending spreads over the quarters the project is active in.
#[derive(Clone, Copy)]
enum Profile {
    Even,
    RampUp,
    FrontLoaded,
}

impl Profile {
    fn weights(self) -> [i64; 4] {
        match self {
            Profile::Even => [1, 1, 1, 1],
            Profile::RampUp => [1, 2, 3, 4],
            Profile::FrontLoaded => [4, 3, 2, 1],
        }
    }
}

/// What happens to a project during the year.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fate {
    Normal,
    /// Not in the BI: appears at R1 ("hors budget initial").
    AddedAtR1,
    /// In the BI and R1, missing from the R2 return.
    DroppedAtR2,
    /// Cancelled by the CODIR before R2: "Abandonné" at R2, nothing planned after Q2.
    CancelledAtR2,
    /// Put on hold before R1: "Suspendu", nothing planned after Q1.
    OnHoldAtR1,
}

/// What a worsening project's sponsor writes in its météo.
struct Alert {
    comment: &'static str,
    watch_points: &'static str,
    decision: Option<&'static str>,
}

struct Seed {
    code: &'static str,
    name: &'static str,
    ambition: usize,
    initiative: &'static str,
    manager: &'static str,
    sponsor: &'static str,
    kind: &'static str,
    priority: u8,
    /// (year offset from the demo year, month) of the first and last month.
    start: (i32, u32),
    end: (i32, u32),
    /// The year's budget at BI, in k€.
    budget_k: i64,
    mix: Mix,
    profile: Profile,
    /// Index in the directorate's teams of the team that does the internal work.
    team: usize,
    /// Landing against the BI, in percent, at R1 and R2.
    drift: [i64; 2],
    fate: Fate,
    /// Overall météo at 31/03 and at 30/06.
    weather: [Weather; 2],
    alert: Option<Alert>,
    description: &'static str,
}

const BASE: Seed = Seed {
    code: "",
    name: "",
    ambition: 0,
    initiative: "",
    manager: "",
    sponsor: "",
    kind: "Stratégique",
    priority: 2,
    start: (0, 1),
    end: (0, 12),
    budget_k: 100,
    mix: Mix::Build,
    profile: Profile::Even,
    team: 0,
    drift: [0, 0],
    fate: Fate::Normal,
    weather: [Weather::Sunny, Weather::Sunny],
    alert: None,
    description: "",
};

use Weather::{Cloudy, Rainy, Stormy, Sunny};

/// The projects of each directorate, in the order of [`DIRECTORATES`].
const SEEDS: [&[Seed]; 5] = [
    // DSI
    &[
        Seed {
            code: "DSI-01",
            name: "Refonte du portail client",
            ambition: 1,
            initiative: "Simplifier le parcours client",
            manager: "Thomas Bernard",
            sponsor: "Isabelle Moreau",
            priority: 1,
            start: (0, 1),
            end: (1, 3),
            budget_k: 1_150,
            profile: Profile::RampUp,
            drift: [6, 15],
            weather: [Cloudy, Rainy],
            alert: Some(Alert {
                comment: "Les développements du parcours de souscription ont pris six semaines de retard ; la mise en production du lot 1 glisse à novembre.",
                watch_points: "Dépassement prévisionnel de 15 % sur les prestations externes.",
                decision: Some("Arbitrer entre un budget complémentaire de 170 k€ et la réduction du périmètre du lot 2."),
            }),
            description: "Nouveau portail client unifié : souscription en ligne, suivi des demandes et espace documentaire.",
            ..BASE
        },
        Seed {
            code: "DSI-02",
            name: "Migration des applications vers le cloud",
            ambition: 0,
            initiative: "Moderniser le socle technique",
            manager: "Karim Benali",
            sponsor: "Nathalie Girard",
            priority: 1,
            start: (-1, 9),
            end: (1, 6),
            budget_k: 1_350,
            mix: Mix::Saas,
            team: 1,
            drift: [0, 3],
            weather: [Sunny, Cloudy],
            description: "Migration de 60 applications vers le cloud public et fermeture du datacenter de Nanterre.",
            ..BASE
        },
        Seed {
            code: "DSI-03",
            name: "Plateforme de données et tableaux de bord",
            ambition: 0,
            initiative: "Exploiter la donnée",
            manager: "Camille Petit",
            sponsor: "François Lambert",
            start: (0, 2),
            end: (0, 12),
            budget_k: 700,
            team: 2,
            drift: [0, -4],
            description: "Entrepôt de données commun et premiers tableaux de bord de pilotage commercial et financier.",
            ..BASE
        },
        Seed {
            code: "DSI-04",
            name: "Renouvellement du parc de postes de travail",
            ambition: 0,
            initiative: "Moderniser le socle technique",
            manager: "Sébastien Roux",
            sponsor: "Nathalie Girard",
            kind: "Maintien en conditions opérationnelles",
            start: (0, 1),
            end: (0, 9),
            budget_k: 620,
            mix: Mix::Equipment,
            profile: Profile::FrontLoaded,
            team: 1,
            drift: [-3, -8],
            description: "Remplacement de 1 400 postes de travail arrivés en fin de garantie.",
            ..BASE
        },
        Seed {
            code: "DSI-05",
            name: "Gestion des identités et des accès",
            ambition: 0,
            initiative: "Sécuriser le système d'information",
            manager: "Laure Fontaine",
            sponsor: "Nathalie Girard",
            priority: 1,
            start: (0, 1),
            end: (0, 11),
            budget_k: 380,
            mix: Mix::Saas,
            team: 3,
            drift: [0, 5],
            weather: [Sunny, Rainy],
            alert: Some(Alert {
                comment: "L'audit préalable a révélé 300 comptes à privilèges sans propriétaire : la bascule vers le nouvel annuaire est retardée.",
                watch_points: "Nettoyage des comptes à mener par chaque direction avant septembre.",
                decision: None,
            }),
            description: "Annuaire unique, authentification forte et revue annuelle des habilitations.",
            ..BASE
        },
        Seed {
            code: "DSI-06",
            name: "Modernisation de la téléphonie",
            ambition: 0,
            initiative: "Moderniser le socle technique",
            manager: "Sébastien Roux",
            sponsor: "Nathalie Girard",
            kind: "Maintien en conditions opérationnelles",
            start: (0, 3),
            end: (0, 10),
            budget_k: 240,
            mix: Mix::Equipment,
            team: 1,
            drift: [0, 2],
            description: "Passage à la téléphonie sur IP intégrée à la messagerie collaborative.",
            ..BASE
        },
        Seed {
            code: "DSI-07",
            name: "Supervision et observabilité du SI",
            ambition: 0,
            initiative: "Sécuriser le système d'information",
            manager: "Karim Benali",
            sponsor: "Nathalie Girard",
            priority: 2,
            start: (0, 4),
            end: (0, 12),
            budget_k: 180,
            mix: Mix::Saas,
            team: 1,
            drift: [0, 0],
            description: "Supervision unifiée des applications et des infrastructures, alertes et tableaux de disponibilité.",
            ..BASE
        },
        Seed {
            code: "DSI-08",
            name: "Refonte de l'intranet collaboratif",
            ambition: 2,
            initiative: "Attirer et fidéliser",
            manager: "Camille Petit",
            sponsor: "Hélène Dumas",
            priority: 3,
            start: (0, 9),
            end: (1, 4),
            budget_k: 210,
            profile: Profile::RampUp,
            drift: [0, 0],
            description: "Intranet collaboratif avec espaces d'équipe, annuaire et actualités personnalisées.",
            ..BASE
        },
        Seed {
            code: "DSI-09",
            name: "Archivage électronique à valeur probante",
            ambition: 3,
            initiative: "Conformité réglementaire",
            manager: "Laure Fontaine",
            sponsor: "Pierre Chevalier",
            kind: "Réglementaire",
            start: (0, 5),
            end: (0, 12),
            budget_k: 160,
            mix: Mix::Saas,
            team: 2,
            drift: [0, -2],
            description: "Coffre-fort électronique pour les factures, contrats et bulletins de paie.",
            ..BASE
        },
        Seed {
            code: "DSI-10",
            name: "Mise en conformité NIS 2",
            ambition: 0,
            initiative: "Sécuriser le système d'information",
            manager: "Laure Fontaine",
            sponsor: "Nathalie Girard",
            kind: "Réglementaire",
            priority: 1,
            start: (0, 4),
            end: (1, 6),
            budget_k: 450,
            mix: Mix::Services,
            team: 3,
            fate: Fate::AddedAtR1,
            drift: [0, 4],
            weather: [Sunny, Cloudy],
            description: "Mise en conformité avec la directive NIS 2 : gouvernance, gestion des incidents, continuité.",
            ..BASE
        },
    ],
    // DRH
    &[
        Seed {
            code: "DRH-01",
            name: "Refonte du SIRH et de la paie",
            ambition: 0,
            initiative: "Dématérialiser les processus internes",
            manager: "Sandrine Faure",
            sponsor: "Julien Mercier",
            priority: 1,
            start: (-1, 6),
            end: (0, 12),
            budget_k: 980,
            mix: Mix::Saas,
            drift: [4, 9],
            weather: [Cloudy, Rainy],
            alert: Some(Alert {
                comment: "La reprise des données de paie est plus complexe que prévu : la double paie est prolongée d'un mois.",
                watch_points: "Charge de l'équipe SIRH au-delà de sa capacité en T2 et T3.",
                decision: Some("Autoriser le renfort d'un consultant paie pendant trois mois (45 k€)."),
            }),
            description: "Remplacement du logiciel de paie et du SIRH par une solution unique en mode SaaS.",
            ..BASE
        },
        Seed {
            code: "DRH-02",
            name: "Plateforme de formation en ligne",
            ambition: 2,
            initiative: "Développer les compétences",
            manager: "Antoine Marchand",
            sponsor: "Julien Mercier",
            start: (0, 2),
            end: (0, 10),
            budget_k: 260,
            mix: Mix::Saas,
            team: 1,
            drift: [0, -3],
            description: "Catalogue de formations en ligne, parcours d'intégration et suivi des certifications.",
            ..BASE
        },
        Seed {
            code: "DRH-03",
            name: "Marque employeur et recrutement",
            ambition: 2,
            initiative: "Attirer et fidéliser",
            manager: "Élodie Caron",
            sponsor: "Julien Mercier",
            start: (0, 3),
            end: (0, 12),
            budget_k: 150,
            mix: Mix::Communication,
            team: 1,
            drift: [0, 2],
            weather: [Sunny, Cloudy],
            description: "Nouveau site carrières, campagnes sur les réseaux professionnels et programme de cooptation.",
            ..BASE
        },
        Seed {
            code: "DRH-04",
            name: "Dématérialisation du dossier salarié",
            ambition: 0,
            initiative: "Dématérialiser les processus internes",
            manager: "Sandrine Faure",
            sponsor: "Julien Mercier",
            start: (0, 4),
            end: (0, 11),
            budget_k: 140,
            drift: [0, 0],
            description: "Dossier salarié numérique et signature électronique des avenants.",
            ..BASE
        },
        Seed {
            code: "DRH-05",
            name: "Gestion prévisionnelle des emplois et des compétences",
            ambition: 2,
            initiative: "Développer les compétences",
            manager: "Antoine Marchand",
            sponsor: "Julien Mercier",
            start: (0, 1),
            end: (0, 12),
            budget_k: 120,
            mix: Mix::Services,
            team: 1,
            drift: [0, 0],
            description: "Référentiel des métiers et des compétences, cartographie des besoins à trois ans.",
            ..BASE
        },
        Seed {
            code: "DRH-06",
            name: "Baromètre d'engagement des collaborateurs",
            ambition: 2,
            initiative: "Attirer et fidéliser",
            manager: "Élodie Caron",
            sponsor: "Julien Mercier",
            priority: 3,
            start: (0, 5),
            end: (0, 10),
            budget_k: 45,
            mix: Mix::Services,
            team: 1,
            drift: [0, 0],
            description: "Enquête annuelle d'engagement et plans d'action par direction.",
            ..BASE
        },
        Seed {
            code: "DRH-07",
            name: "Programme qualité de vie au travail",
            ambition: 2,
            initiative: "Attirer et fidéliser",
            manager: "Élodie Caron",
            sponsor: "Julien Mercier",
            start: (0, 2),
            end: (0, 12),
            budget_k: 90,
            mix: Mix::Communication,
            team: 1,
            fate: Fate::CancelledAtR2,
            weather: [Cloudy, Stormy],
            alert: Some(Alert {
                comment: "Projet arrêté par le CODIR du 12 juin : le programme est repris dans l'accord d'entreprise négocié au second semestre.",
                watch_points: "Solder les engagements pris auprès du prestataire d'ateliers.",
                decision: None,
            }),
            description: "Ateliers, conciergerie d'entreprise et aménagement des espaces de pause.",
            ..BASE
        },
        Seed {
            code: "DRH-08",
            name: "Outillage du travail hybride",
            ambition: 2,
            initiative: "Attirer et fidéliser",
            manager: "Sandrine Faure",
            sponsor: "Julien Mercier",
            start: (0, 1),
            end: (0, 6),
            budget_k: 60,
            mix: Mix::Equipment,
            profile: Profile::FrontLoaded,
            drift: [0, -6],
            description: "Équipement des salles de réunion pour les réunions hybrides et kits de télétravail.",
            ..BASE
        },
        Seed {
            code: "DRH-09",
            name: "Intégration numérique des nouveaux arrivants",
            ambition: 2,
            initiative: "Attirer et fidéliser",
            manager: "Antoine Marchand",
            sponsor: "Julien Mercier",
            priority: 3,
            start: (0, 9),
            end: (0, 12),
            budget_k: 35,
            mix: Mix::Saas,
            team: 1,
            drift: [0, 0],
            description: "Application d'accueil des nouveaux arrivants : démarches, contacts et premiers rendez-vous.",
            ..BASE
        },
    ],
    // DAF
    &[
        Seed {
            code: "DAF-01",
            name: "Refonte de la chaîne achats",
            ambition: 3,
            initiative: "Fiabiliser le pilotage financier",
            manager: "Vincent Leroy",
            sponsor: "Caroline Lefèvre",
            priority: 1,
            start: (-1, 10),
            end: (1, 3),
            budget_k: 620,
            team: 1,
            drift: [2, 5],
            weather: [Sunny, Cloudy],
            description: "De la demande d'achat au paiement : catalogue, circuit de validation et rapprochement automatique.",
            ..BASE
        },
        Seed {
            code: "DAF-02",
            name: "Facturation électronique",
            ambition: 3,
            initiative: "Conformité réglementaire",
            manager: "Aurélie Blanc",
            sponsor: "Caroline Lefèvre",
            kind: "Réglementaire",
            priority: 1,
            start: (0, 1),
            end: (0, 9),
            budget_k: 540,
            mix: Mix::Saas,
            team: 1,
            drift: [0, 6],
            weather: [Sunny, Rainy],
            alert: Some(Alert {
                comment: "Le connecteur avec la plateforme agréée n'est pas encore certifié ; les tests de bout en bout ont commencé avec trois semaines de retard.",
                watch_points: "Échéance réglementaire du 1er septembre non négociable.",
                decision: None,
            }),
            description: "Émission et réception des factures électroniques via une plateforme agréée, conformément à la réforme.",
            ..BASE
        },
        Seed {
            code: "DAF-03",
            name: "Consolidation et reporting financier",
            ambition: 3,
            initiative: "Fiabiliser le pilotage financier",
            manager: "Vincent Leroy",
            sponsor: "Caroline Lefèvre",
            start: (0, 3),
            end: (1, 2),
            budget_k: 430,
            mix: Mix::Saas,
            profile: Profile::RampUp,
            drift: [0, 0],
            description: "Outil de consolidation des comptes et de production du reporting mensuel.",
            ..BASE
        },
        Seed {
            code: "DAF-04",
            name: "Automatisation du rapprochement bancaire",
            ambition: 0,
            initiative: "Dématérialiser les processus internes",
            manager: "Aurélie Blanc",
            sponsor: "Caroline Lefèvre",
            start: (0, 2),
            end: (0, 7),
            budget_k: 110,
            team: 1,
            drift: [0, -5],
            description: "Rapprochement automatique des relevés bancaires et des écritures comptables.",
            ..BASE
        },
        Seed {
            code: "DAF-05",
            name: "Reporting de durabilité CSRD",
            ambition: 3,
            initiative: "Réduire l'empreinte environnementale",
            manager: "Mathilde Gauthier",
            sponsor: "Caroline Lefèvre",
            kind: "Réglementaire",
            priority: 1,
            start: (0, 1),
            end: (0, 12),
            budget_k: 260,
            mix: Mix::Services,
            drift: [0, 4],
            weather: [Cloudy, Cloudy],
            description: "Analyse de double matérialité, collecte des indicateurs et rapport de durabilité.",
            ..BASE
        },
        Seed {
            code: "DAF-06",
            name: "Dématérialisation des notes de frais",
            ambition: 0,
            initiative: "Dématérialiser les processus internes",
            manager: "Aurélie Blanc",
            sponsor: "Caroline Lefèvre",
            priority: 3,
            start: (0, 6),
            end: (0, 11),
            budget_k: 65,
            mix: Mix::Saas,
            team: 1,
            drift: [0, 0],
            description: "Application mobile de notes de frais avec photo des justificatifs.",
            ..BASE
        },
        Seed {
            code: "DAF-07",
            name: "Refonte du processus budgétaire",
            ambition: 3,
            initiative: "Fiabiliser le pilotage financier",
            manager: "Mathilde Gauthier",
            sponsor: "Caroline Lefèvre",
            start: (0, 1),
            end: (0, 12),
            budget_k: 95,
            mix: Mix::Services,
            fate: Fate::OnHoldAtR1,
            weather: [Cloudy, Cloudy],
            alert: Some(Alert {
                comment: "Projet suspendu par le comité budgétaire de mars, dans l'attente du choix de l'outil de planification financière.",
                watch_points: "Le calendrier budgétaire de l'an prochain reste sur l'ancien processus.",
                decision: Some("Confirmer la reprise du projet l'an prochain ou son abandon."),
            }),
            description: "Calendrier budgétaire raccourci et outil de saisie des budgets par centre de coût.",
            ..BASE
        },
        Seed {
            code: "DAF-08",
            name: "Cartographie des risques et contrôle interne",
            ambition: 3,
            initiative: "Conformité réglementaire",
            manager: "Mathilde Gauthier",
            sponsor: "Caroline Lefèvre",
            kind: "Réglementaire",
            start: (0, 3),
            end: (0, 12),
            budget_k: 80,
            mix: Mix::Services,
            drift: [0, 0],
            description: "Mise à jour de la cartographie des risques et plan de contrôle interne.",
            ..BASE
        },
    ],
    // DCOM
    &[
        Seed {
            code: "DCOM-01",
            name: "Refonte du site institutionnel",
            ambition: 1,
            initiative: "Renforcer la marque",
            manager: "Julie Mercier",
            sponsor: "Émilie Rousseau",
            start: (0, 2),
            end: (0, 10),
            budget_k: 320,
            drift: [0, 3],
            description: "Nouveau site institutionnel accessible, éco-conçu et administrable par l'équipe digitale.",
            ..BASE
        },
        Seed {
            code: "DCOM-02",
            name: "Nouvelle identité de marque",
            ambition: 1,
            initiative: "Renforcer la marque",
            manager: "Olivier Renaud",
            sponsor: "Émilie Rousseau",
            priority: 1,
            start: (0, 1),
            end: (0, 9),
            budget_k: 280,
            mix: Mix::Communication,
            profile: Profile::FrontLoaded,
            drift: [-2, -5],
            description: "Nouvelle plateforme de marque, logo et charte graphique déclinés sur tous les supports.",
            ..BASE
        },
        Seed {
            code: "DCOM-03",
            name: "Campagne de notoriété nationale",
            ambition: 1,
            initiative: "Renforcer la marque",
            manager: "Olivier Renaud",
            sponsor: "Émilie Rousseau",
            priority: 1,
            start: (0, 4),
            end: (0, 12),
            budget_k: 450,
            mix: Mix::Communication,
            profile: Profile::RampUp,
            drift: [0, 2],
            weather: [Sunny, Cloudy],
            description: "Campagne télévisée et digitale pour accompagner le lancement de la nouvelle marque.",
            ..BASE
        },
        Seed {
            code: "DCOM-04",
            name: "Rapport annuel intégré",
            ambition: 3,
            initiative: "Réduire l'empreinte environnementale",
            manager: "Julie Mercier",
            sponsor: "Émilie Rousseau",
            start: (0, 1),
            end: (0, 5),
            budget_k: 60,
            mix: Mix::Communication,
            team: 1,
            drift: [0, 0],
            description: "Rapport annuel réunissant les résultats financiers et extra-financiers.",
            ..BASE
        },
        Seed {
            code: "DCOM-05",
            name: "Portail de communication interne",
            ambition: 2,
            initiative: "Attirer et fidéliser",
            manager: "Julie Mercier",
            sponsor: "Hélène Dumas",
            start: (0, 3),
            end: (0, 12),
            budget_k: 120,
            team: 1,
            drift: [0, 0],
            description: "Application mobile d'actualités internes pour les collaborateurs sans poste de travail.",
            ..BASE
        },
        Seed {
            code: "DCOM-06",
            name: "Convention annuelle des collaborateurs",
            ambition: 2,
            initiative: "Attirer et fidéliser",
            manager: "Olivier Renaud",
            sponsor: "Émilie Rousseau",
            kind: "Événement",
            start: (0, 1),
            end: (0, 6),
            budget_k: 140,
            mix: Mix::Communication,
            team: 1,
            drift: [3, 7],
            description: "Convention de juin réunissant 800 collaborateurs autour du plan stratégique.",
            ..BASE
        },
        Seed {
            code: "DCOM-07",
            name: "Médiathèque et gestion des contenus numériques",
            ambition: 0,
            initiative: "Exploiter la donnée",
            manager: "Julie Mercier",
            sponsor: "Émilie Rousseau",
            priority: 3,
            start: (0, 2),
            end: (0, 11),
            budget_k: 75,
            mix: Mix::Saas,
            fate: Fate::DroppedAtR2,
            description: "Bibliothèque centrale des photos, vidéos et documents de marque.",
            ..BASE
        },
        Seed {
            code: "DCOM-08",
            name: "Programme de communication RSE",
            ambition: 3,
            initiative: "Réduire l'empreinte environnementale",
            manager: "Olivier Renaud",
            sponsor: "Émilie Rousseau",
            priority: 3,
            start: (0, 9),
            end: (0, 12),
            budget_k: 40,
            mix: Mix::Communication,
            drift: [0, 0],
            description: "Valorisation des engagements environnementaux et sociétaux auprès des clients.",
            ..BASE
        },
        Seed {
            code: "DCOM-09",
            name: "Veille et e-réputation",
            ambition: 1,
            initiative: "Renforcer la marque",
            manager: "Julie Mercier",
            sponsor: "Émilie Rousseau",
            priority: 3,
            start: (0, 3),
            end: (0, 12),
            budget_k: 25,
            mix: Mix::Saas,
            drift: [0, 0],
            description: "Outil de veille des médias et des réseaux sociaux, alertes en cas de crise.",
            ..BASE
        },
    ],
    // DOP
    &[
        Seed {
            code: "DOP-01",
            name: "Automatisation de l'entrepôt de Saint-Priest",
            ambition: 3,
            initiative: "Moderniser l'outil industriel",
            manager: "Nicolas Perrin",
            sponsor: "Marc Fontaine",
            priority: 1,
            start: (-1, 7),
            end: (1, 6),
            budget_k: 1_250,
            mix: Mix::Equipment,
            team: 1,
            drift: [4, 12],
            weather: [Cloudy, Stormy],
            alert: Some(Alert {
                comment: "Le fournisseur du convoyeur annonce trois mois de retard de livraison ; l'installation ne pourra pas commencer avant octobre.",
                watch_points: "Pénalités de retard à activer ; risque sur le pic d'activité de fin d'année.",
                decision: Some("Valider le recours à une solution de stockage temporaire pour le pic de fin d'année (95 k€)."),
            }),
            description: "Stockeurs automatisés et convoyeurs pour doubler la capacité de préparation de commandes.",
            ..BASE
        },
        Seed {
            code: "DOP-02",
            name: "Optimisation des tournées de livraison",
            ambition: 1,
            initiative: "Simplifier le parcours client",
            manager: "Stéphanie Morel",
            sponsor: "Marc Fontaine",
            start: (0, 2),
            end: (0, 11),
            budget_k: 380,
            mix: Mix::Saas,
            team: 1,
            drift: [0, -3],
            description: "Planification automatique des tournées et information du client sur son créneau de livraison.",
            ..BASE
        },
        Seed {
            code: "DOP-03",
            name: "Maintenance prédictive des équipements",
            ambition: 0,
            initiative: "Exploiter la donnée",
            manager: "Nicolas Perrin",
            sponsor: "Marc Fontaine",
            start: (0, 1),
            end: (0, 12),
            budget_k: 520,
            mix: Mix::Equipment,
            drift: [-4, -10],
            description: "Capteurs sur les lignes de production et modèles de prévision des pannes.",
            ..BASE
        },
        Seed {
            code: "DOP-04",
            name: "Certification ISO 14001",
            ambition: 3,
            initiative: "Réduire l'empreinte environnementale",
            manager: "Christelle Robin",
            sponsor: "Marc Fontaine",
            kind: "Réglementaire",
            start: (0, 1),
            end: (0, 11),
            budget_k: 95,
            mix: Mix::Services,
            team: 2,
            drift: [0, 0],
            description: "Système de management environnemental et audit de certification des trois sites.",
            ..BASE
        },
        Seed {
            code: "DOP-05",
            name: "Déploiement du lean management",
            ambition: 2,
            initiative: "Développer les compétences",
            manager: "Christelle Robin",
            sponsor: "Marc Fontaine",
            start: (0, 1),
            end: (0, 12),
            budget_k: 150,
            mix: Mix::Services,
            drift: [0, 0],
            weather: [Sunny, Cloudy],
            description: "Formation des chefs d'équipe et rituels de performance quotidiens dans les ateliers.",
            ..BASE
        },
        Seed {
            code: "DOP-06",
            name: "Traçabilité des lots par RFID",
            ambition: 0,
            initiative: "Exploiter la donnée",
            manager: "Stéphanie Morel",
            sponsor: "Marc Fontaine",
            start: (0, 3),
            end: (1, 3),
            budget_k: 460,
            mix: Mix::Equipment,
            profile: Profile::RampUp,
            team: 1,
            drift: [0, 2],
            description: "Étiquettes RFID sur les palettes et portiques de lecture aux quais de chargement.",
            ..BASE
        },
        Seed {
            code: "DOP-07",
            name: "Regroupement des plateformes logistiques",
            ambition: 3,
            initiative: "Moderniser l'outil industriel",
            manager: "Nicolas Perrin",
            sponsor: "Marc Fontaine",
            start: (0, 4),
            end: (1, 12),
            budget_k: 650,
            mix: Mix::Equipment,
            profile: Profile::RampUp,
            team: 1,
            drift: [0, -2],
            description: "Regroupement de trois plateformes régionales sur un site unique près de Mâcon.",
            ..BASE
        },
        Seed {
            code: "DOP-08",
            name: "Réduction de la consommation énergétique des sites",
            ambition: 3,
            initiative: "Réduire l'empreinte environnementale",
            manager: "Christelle Robin",
            sponsor: "Marc Fontaine",
            start: (0, 2),
            end: (0, 12),
            budget_k: 300,
            mix: Mix::Equipment,
            team: 2,
            drift: [0, 3],
            description: "Éclairage LED, pilotage du chauffage et panneaux solaires en toiture.",
            ..BASE
        },
        Seed {
            code: "DOP-09",
            name: "Plan de continuité des fournisseurs critiques",
            ambition: 3,
            initiative: "Conformité réglementaire",
            manager: "Stéphanie Morel",
            sponsor: "Marc Fontaine",
            priority: 1,
            start: (0, 5),
            end: (0, 12),
            budget_k: 120,
            mix: Mix::Services,
            team: 2,
            fate: Fate::AddedAtR1,
            drift: [0, 0],
            description: "Double sourcing des composants critiques et stocks de sécurité après la rupture de mars.",
            ..BASE
        },
    ],
];

/// A generic risk: its title and mitigation.
const RISKS: [(&str, &str); 12] = [
    (
        "Retard de livraison de l'éditeur",
        "Points d'avancement hebdomadaires avec l'éditeur et pénalités contractuelles",
    ),
    (
        "Indisponibilité des experts métier pour la recette",
        "Planifier la recette avec les managers et libérer du temps dédié",
    ),
    (
        "Dépassement sur les prestations externes",
        "Forfaitiser les lots restants et suivre la consommation chaque mois",
    ),
    (
        "Résistance au changement des utilisateurs",
        "Plan de conduite du changement et ambassadeurs dans chaque service",
    ),
    (
        "Reprise des données historiques incomplète",
        "Audit de la qualité des données et reprises à blanc",
    ),
    (
        "Dépendance à un fournisseur unique",
        "Identifier une solution de repli et sécuriser le contrat",
    ),
    (
        "Évolution de la réglementation en cours de projet",
        "Veille juridique et clause d'adaptation dans le contrat",
    ),
    (
        "Saturation de l'équipe interne",
        "Prioriser les demandes en comité et renforcer par un prestataire",
    ),
    (
        "Délais d'approvisionnement du matériel",
        "Commander au plus tôt et prévoir un stock tampon",
    ),
    (
        "Failles de sécurité découvertes lors des tests",
        "Tests d'intrusion en amont et corrections avant la mise en production",
    ),
    (
        "Intégration complexe avec le système existant",
        "Maquette d'intégration dès le cadrage",
    ),
    (
        "Départ du chef de projet",
        "Binôme de pilotage et documentation tenue à jour",
    ),
];

const COMMENTS_SUNNY: [&str; 3] = [
    "Avancement conforme au planning.",
    "Jalons tenus, budget maîtrisé.",
    "Bonne mobilisation des équipes métier.",
];
const COMMENTS_CLOUDY: [(&str, &str); 3] = [
    (
        "Léger retard sur la recette, sans impact sur la date de fin à ce stade.",
        "Disponibilité des utilisateurs clés pour la recette.",
    ),
    (
        "Consommation budgétaire un peu au-dessus du prévu.",
        "Suivi mensuel des prestations externes.",
    ),
    (
        "Dépendance à l'éditeur pour la prochaine livraison.",
        "Date de livraison de la prochaine version à confirmer.",
    ),
];

/// FNV-1a: a tiny, stable hash that makes the demo's variations deterministic.
fn hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain(std::iter::once(0xff)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("demo dates are valid")
}

fn month_end(y: i32, m: u32) -> NaiveDate {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    ymd(ny, nm, 1) - Duration::days(1)
}

fn quarter_end(year: i32, q: usize) -> NaiveDate {
    month_end(year, 3 * q as u32 + 3)
}

/// The day a campaign's return is sent; the BI is prepared in the autumn before the year.
fn submission_date(year: i32, campaign: Campaign, directorate: usize) -> NaiveDate {
    let offset = Duration::days(directorate as i64);
    match campaign {
        Campaign::Bi => ymd(year - 1, 11, 14) + offset,
        Campaign::R1 => ymd(year, 4, 10) + offset,
        Campaign::R2 => ymd(year, 7, 10) + offset,
        Campaign::R3 => ymd(year, 10, 9) + offset,
        Campaign::Cl => ymd(year + 1, 1, 20) + offset,
    }
}

/// Euros with cents, from integer cents.
fn cents(c: i64) -> Decimal {
    Decimal::new(c, 2)
}

/// Rounds euros to the nearest hundred (planned amounts are round figures).
fn round_hundred(eur: i64) -> i64 {
    (eur + 50).div_euclid(100) * 100
}

/// Rounds man-days to the nearest half day.
fn half_days(md_times_2: i64) -> Decimal {
    Decimal::new(md_times_2 * 5, 1)
}

/// A project's dates and the quarters of the demo year it is active in.
struct Span {
    start: NaiveDate,
    end: NaiveDate,
    active: [bool; 4],
}

impl Span {
    fn of(seed: &Seed, year: i32) -> Span {
        let start = ymd(year + seed.start.0, seed.start.1, 1);
        let end = month_end(year + seed.end.0, seed.end.1);
        let mut active = [false; 4];
        for (q, a) in active.iter_mut().enumerate() {
            let q_start = ymd(year, 3 * q as u32 + 1, 1);
            *a = start <= quarter_end(year, q) && end >= q_start;
        }
        Span { start, end, active }
    }
}

/// Spreads `total` euros over the active quarters by weight, in round hundreds; the last active
/// quarter takes the remainder so the sum is exact.
fn spread(total: i64, weights: [i64; 4], active: [bool; 4], from_quarter: usize) -> [i64; 4] {
    let mut out = [0i64; 4];
    let open: Vec<usize> = (from_quarter..4).filter(|&q| active[q]).collect();
    let Some(&last) = open.last() else { return out };
    let sum: i64 = open.iter().map(|&q| weights[q]).sum();
    let mut given = 0;
    for &q in &open {
        if q == last {
            out[q] = total - given;
        } else {
            out[q] = round_hundred(total * weights[q] / sum);
            given += out[q];
        }
    }
    out
}

/// One budget line of a project across the campaigns, in integer cents.
struct LinePlan {
    nature: Nature,
    category: Category,
    /// planned[campaign index][quarter], actual[campaign index][quarter].
    planned: [[i64; 4]; 3],
    actual: [[i64; 4]; 3],
}

/// The actual of a quarter: what was planned, give or take what really happened (to the cent).
fn actual_of(planned_cents: i64, parts: &[&str]) -> i64 {
    if planned_cents == 0 {
        return 0;
    }
    let h = hash(parts);
    // Most quarters spend a little less than planned; a few spend more.
    let per_mille = (h % 231) as i64 - 150;
    let jitter = ((h >> 16) % 100) as i64;
    (planned_cents * (1000 + per_mille) / 1000 + jitter).max(0)
}

fn plan_lines(seed: &Seed, span: &Span) -> Vec<LinePlan> {
    let weights = seed.profile.weights();
    let mut lines = Vec::new();
    for (i, &(nature, category, pct)) in seed.mix.lines().iter().enumerate() {
        let line_total = seed.budget_k * 10 * pct; // euros: budget_k × 1000 × pct / 100
        let bi = spread(line_total, weights, span.active, 0);
        let mut planned = [[0i64; 4]; 3];
        let mut actual = [[0i64; 4]; 3];
        planned[0] = bi.map(|e| e * 100);
        let mut previous = planned[0];
        for c in 1..3 {
            let closed = c; // R1 closes Q1, R2 closes Q1–Q2
            let mut this_actual = [0i64; 4];
            let mut this_planned = previous;
            for q in 0..closed {
                this_actual[q] = if q < closed - 1 {
                    actual[c - 1][q] // an actual already reported does not change
                } else {
                    let mut a = actual_of(previous[q], &[seed.code, &i.to_string(), &q.to_string()]);
                    if seed.fate == Fate::CancelledAtR2 && c == 2 {
                        a /= 2; // stopped mid-quarter
                    }
                    a
                };
            }
            let spent: i64 = this_actual.iter().sum();
            let target = match seed.fate {
                Fate::OnHoldAtR1 => spent,
                Fate::CancelledAtR2 if c == 2 => spent,
                _ => line_total * 100 * (100 + seed.drift[c - 1]) / 100,
            };
            let remaining_eur = ((target - spent) / 100).max(0);
            let open = spread(round_hundred(remaining_eur), weights, span.active, closed);
            for q in closed..4 {
                this_planned[q] = open[q] * 100;
            }
            planned[c] = this_planned;
            actual[c] = this_actual;
            previous = this_planned;
        }
        lines.push(LinePlan {
            nature,
            category,
            planned,
            actual,
        });
    }
    lines
}

/// Whether the project is part of the return of campaign index `c` (0 = BI).
fn in_return(seed: &Seed, c: usize) -> bool {
    match seed.fate {
        Fate::AddedAtR1 => c >= 1,
        Fate::DroppedAtR2 => c <= 1,
        _ => true,
    }
}

fn status_of(seed: &Seed, span: &Span, c: usize, on: NaiveDate) -> ProjectStatus {
    match seed.fate {
        Fate::OnHoldAtR1 if c >= 1 => return ProjectStatus::OnHold,
        Fate::CancelledAtR2 if c >= 2 => return ProjectStatus::Cancelled,
        _ => {}
    }
    if span.end < on {
        ProjectStatus::Done
    } else if span.start <= on {
        ProjectStatus::InProgress
    } else if seed.priority == 3 && c == 0 {
        ProjectStatus::Candidate
    } else {
        ProjectStatus::Approved
    }
}

/// Share of the project's duration elapsed at `on`, in percent, rounded to 5.
fn progress_at(span: &Span, on: NaiveDate) -> Decimal {
    let total = (span.end - span.start).num_days().max(1);
    let done = (on - span.start).num_days().clamp(0, total);
    let pct = done * 100 / total;
    Decimal::from((pct + 2) / 5 * 5)
}

/// The man-days (×2) that `cents` of internal cost buy at `rate` euros a day.
fn man_days_x2(cents: i64, rate: i64) -> i64 {
    (cents * 2 + rate * 50) / (rate * 100)
}

/// The demo portfolio of `year`: for each of five directorates its BI, R1 and R2 returns, in
/// that order. Deterministic: the same year always gives the same returns.
pub fn demo_portfolio(year: i32) -> Vec<ReturnData> {
    let mut out = Vec::new();
    for (d, dir) in DIRECTORATES.iter().enumerate() {
        let seeds = SEEDS[d];
        let spans: Vec<Span> = seeds.iter().map(|s| Span::of(s, year)).collect();
        let plans: Vec<Vec<LinePlan>> = seeds.iter().zip(&spans).map(|(s, sp)| plan_lines(s, sp)).collect();
        let capacity = team_capacity(dir, seeds, &plans);
        let bi_total: i64 = seeds
            .iter()
            .zip(&plans)
            .filter(|(s, _)| in_return(s, 0))
            .flat_map(|(_, p)| p.iter().map(|l| l.planned[0].iter().sum::<i64>()))
            .sum();
        // Envelopes are voted in round ten-thousands of euros.
        let envelope_eur = (bi_total / 100 * dir.envelope_pct / 100 + 5_000) / 10_000 * 10_000;

        for (c, &campaign) in CAMPAIGNS.iter().enumerate() {
            let submitted = submission_date(year, campaign, d);
            let mut r = ReturnData::new(dir.code, year, campaign);
            r.directorate_name = Some(dir.name.to_string());
            r.submitted_on = Some(submitted);
            r.owner = Some(dir.owner.to_string());
            r.unit = dir.unit;
            r.envelope = Some(Decimal::from(envelope_eur));
            // Météo is reported at the end of each closed quarter.
            let status_dates: Vec<NaiveDate> = (0..campaign.closed_quarters()).map(|q| quarter_end(year, q)).collect();

            for (i, seed) in seeds.iter().enumerate() {
                if !in_return(seed, c) {
                    continue;
                }
                let span = &spans[i];
                r.projects.push(Project {
                    code: seed.code.to_string(),
                    name: seed.name.to_string(),
                    ambition: Some(AMBITIONS[seed.ambition].to_string()),
                    initiative: Some(seed.initiative.to_string()),
                    manager: Some(seed.manager.to_string()),
                    sponsor: Some(seed.sponsor.to_string()),
                    status: Some(status_of(seed, span, c, submitted)),
                    priority: Some(seed.priority),
                    kind: Some(seed.kind.to_string()),
                    start: Some(span.start),
                    end: Some(span.end),
                    multi_year: Some(span.start.year() != span.end.year()),
                    description: Some(seed.description.to_string()),
                    origin: None,
                });
                for line in &plans[i] {
                    r.budget.push(BudgetLine {
                        project: seed.code.to_string(),
                        nature: line.nature,
                        category: Some(line.category),
                        planned: line.planned[c].map(cents),
                        actual: line.actual[c].map(cents),
                        origin: None,
                    });
                }
                r.workload.extend(workload(seed, dir, &plans[i], c));
                r.statuses.extend(statuses(seed, span, dir, &status_dates));
                r.risks.extend(risks(seed, c, year));
                r.milestones.extend(milestones(seed, span, c, submitted));
            }
            for (t, &(team, _)) in dir.teams.iter().enumerate() {
                r.capacity.push(CapacityLine {
                    team: team.to_string(),
                    capacity: capacity[t].map(Decimal::from),
                    origin: None,
                });
            }
            out.push(r);
        }
    }
    out
}

/// Internal cost lines become man-days of the project's team; large projects share the work
/// with a second team.
fn workload(seed: &Seed, dir: &Directorate, plan: &[LinePlan], c: usize) -> Vec<WorkloadLine> {
    let internal: Vec<&LinePlan> = plan.iter().filter(|l| l.category == Category::Internal).collect();
    let planned: [i64; 4] = std::array::from_fn(|q| internal.iter().map(|l| l.planned[c][q]).sum());
    let actual: [i64; 4] = std::array::from_fn(|q| internal.iter().map(|l| l.actual[c][q]).sum());
    let split = if seed.budget_k >= 500 && dir.teams.len() > 1 {
        70
    } else {
        100
    };
    let mut shares = vec![(seed.team, split)];
    if split < 100 {
        shares.push(((seed.team + 1) % dir.teams.len(), 100 - split));
    }
    shares
        .into_iter()
        .map(|(t, pct)| {
            let (team, rate) = dir.teams[t];
            WorkloadLine {
                project: seed.code.to_string(),
                team: team.to_string(),
                planned: planned.map(|cts| half_days(man_days_x2(cts * pct / 100, rate))),
                actual: actual.map(|cts| half_days(man_days_x2(cts * pct / 100, rate))),
                daily_rate: Some(Decimal::from(rate)),
                origin: None,
            }
        })
        .collect()
}

/// Quarterly capacity of each team, in whole man-days: enough for the planned load with a
/// margin, a lighter summer quarter, and one team deliberately short (overloaded).
fn team_capacity(dir: &Directorate, seeds: &[Seed], plans: &[Vec<LinePlan>]) -> Vec<[i64; 4]> {
    // The highest load a team is planned to carry in each quarter, over every campaign.
    let mut load = vec![[0i64; 4]; dir.teams.len()];
    for c in 0..3 {
        let mut this = vec![[0i64; 4]; dir.teams.len()];
        for (seed, plan) in seeds.iter().zip(plans) {
            if !in_return(seed, c) {
                continue;
            }
            for line in workload(seed, dir, plan, c) {
                let t = dir.teams.iter().position(|(n, _)| *n == line.team).unwrap_or(0);
                for (q, load) in this[t].iter_mut().enumerate() {
                    *load += line.planned[q].max(line.actual[q]).ceil().to_i64().unwrap_or(0);
                }
            }
        }
        for t in 0..load.len() {
            for q in 0..4 {
                load[t][q] = load[t][q].max(this[t][q]);
            }
        }
    }
    // Summer leave: the third quarter gives 80 % of a normal one.
    let factor = [100, 100, 80, 100];
    load.iter()
        .enumerate()
        .map(|(t, l)| {
            let peak = (0..4).map(|q| l[q] * 100 / factor[q]).max().unwrap_or(0);
            let base = if dir.overloaded_team == Some(t) {
                // The team is staffed below its peak: about 125 % of capacity at the worst quarter.
                peak * 100 / 125
            } else {
                peak * 120 / 100
            };
            let base = if dir.overloaded_team == Some(t) {
                base / 10 * 10
            } else {
                (base.max(40) + 9) / 10 * 10
            };
            std::array::from_fn(|q| base * factor[q] / 100 / 5 * 5)
        })
        .collect()
}

/// The météo history known at campaign `c`: one status per closed quarter since the start.
fn statuses(seed: &Seed, span: &Span, dir: &Directorate, dates: &[NaiveDate]) -> Vec<StatusReport> {
    let worst = seed.weather[0].max(seed.weather[1]);
    let mut out = Vec::new();
    for (q, &date) in dates.iter().enumerate() {
        if span.start > date || q >= 2 {
            continue;
        }
        let overall = seed.weather[q];
        let drift = if q == 0 { seed.drift[0] } else { seed.drift[1] };
        let cost = match drift {
            d if d >= 10 => Rainy,
            d if d >= 5 => Cloudy,
            _ => Sunny,
        }
        .min(overall);
        let resources = if dir.overloaded_team == Some(seed.team) {
            Cloudy.min(overall)
        } else {
            Sunny
        };
        let scope = if overall >= Stormy { Cloudy } else { Sunny };
        let h = hash(&[seed.code, "status", &q.to_string()]) as usize;
        // The sponsor's own words go with the project's worst météo of the year.
        let (comment, watch, decision) = match (&seed.alert, overall) {
            (Some(alert), w) if w == worst && w != Sunny => (alert.comment, Some(alert.watch_points), alert.decision),
            (_, Sunny) => (COMMENTS_SUNNY[h % COMMENTS_SUNNY.len()], None, None),
            _ => {
                let (c, w) = COMMENTS_CLOUDY[h % COMMENTS_CLOUDY.len()];
                (c, Some(w), None)
            }
        };
        let progress = match seed.fate {
            // A suspended project stops where it was at the end of Q1.
            Fate::OnHoldAtR1 => progress_at(span, dates[0]).min(Decimal::from(20)),
            _ => progress_at(span, date),
        };
        out.push(StatusReport {
            project: seed.code.to_string(),
            date,
            overall,
            schedule: Some(overall),
            cost: Some(cost),
            scope: Some(scope),
            resources: Some(resources),
            progress: Some(progress),
            comment: Some(comment.to_string()),
            watch_points: watch.map(str::to_string),
            decision_needed: decision.map(str::to_string),
            origin: None,
        });
    }
    out
}

/// One or two risks per project (none for the smallest), evolving from campaign to campaign.
fn risks(seed: &Seed, c: usize, year: i32) -> Vec<Risk> {
    let h = hash(&[seed.code, "risks"]);
    let count = match (seed.budget_k, h % 3) {
        (b, _) if b < 60 => 0,
        (b, _) if b >= 400 => 2,
        (_, 0) => 2,
        _ => 1,
    };
    let worried = seed.weather.iter().any(|w| *w >= Rainy);
    (0..count)
        .map(|i| {
            let hi = hash(&[seed.code, "risk", &i.to_string()]);
            let (title, mitigation) = RISKS[(hi % RISKS.len() as u64) as usize];
            let probability = if worried && i == 0 {
                4
            } else {
                1 + ((hi >> 8) % 3) as u8
            };
            let impact = 2 + ((hi >> 16) % 3) as u8;
            let status = match (c, (hi >> 24) % 3) {
                (0, _) => RiskStatus::Open,
                (1, 0) => RiskStatus::Open,
                (1, _) => RiskStatus::InProgress,
                (_, 2) => RiskStatus::Closed,
                _ => RiskStatus::InProgress,
            };
            let due_month = 3 + 3 * (i as u32) + ((hi >> 32) % 3) as u32;
            Risk {
                project: seed.code.to_string(),
                risk_id: Some(format!("{}-R{}", seed.code, i + 1)),
                title: title.to_string(),
                probability,
                impact,
                owner: Some(seed.manager.to_string()),
                mitigation: Some(mitigation.to_string()),
                status: Some(status),
                due: Some(month_end(year, due_month.min(12))),
                origin: None,
            }
        })
        .collect()
}

/// Three milestones per project; worsening projects slip, reached ones get their actual date.
fn milestones(seed: &Seed, span: &Span, c: usize, on: NaiveDate) -> Vec<Milestone> {
    let names: [&str; 3] = match seed.mix {
        Mix::Equipment => ["Commande passée", "Déploiement pilote", "Déploiement généralisé"],
        Mix::Communication => ["Brief validé", "Contenus produits", "Lancement"],
        Mix::Services => ["Cadrage validé", "Diagnostic remis", "Plan d'action livré"],
        Mix::Build | Mix::Saas => ["Cadrage validé", "Recette", "Mise en production"],
    };
    let length = (span.end - span.start).num_days();
    let baselines = [
        span.start + Duration::days(length / 8),
        span.start + Duration::days(length * 3 / 4),
        span.end,
    ];
    // Days of slip known at this campaign: later milestones slip when the météo worsens.
    let slip = |m: usize| -> i64 {
        if m == 0 || c == 0 {
            return 0;
        }
        match seed.weather[(c - 1).min(1)] {
            Stormy => 90,
            Rainy => 45,
            Cloudy => 14,
            Sunny => 0,
        }
    };
    (0..3)
        .map(|m| {
            let baseline = baselines[m];
            let forecast = baseline + Duration::days(slip(m));
            let reached = forecast <= on && !(seed.fate == Fate::OnHoldAtR1 && m > 0 && c >= 1);
            Milestone {
                project: seed.code.to_string(),
                name: names[m].to_string(),
                baseline: Some(baseline),
                forecast: Some(forecast),
                actual: reached.then_some(forecast),
                origin: None,
            }
        })
        .collect()
}

/// Every return of [`demo_portfolio`] as a workbook in the directorate's unit, with its file
/// name (`2026-DSI-BI.xlsx`), in order. Writing them is the caller's (pmo-core writes every file
/// the same way, atomically).
pub fn demo_workbooks(year: i32) -> Result<Vec<(String, Vec<u8>)>, TemplateError> {
    let mut out = Vec::new();
    for data in demo_portfolio(year) {
        let options = TemplateOptions {
            unit: data.unit,
            ..TemplateOptions::default()
        };
        let bytes = write_workbook(&data, &options)?;
        let name = format!("{}-{}-{}.xlsx", data.year, data.directorate, data.campaign.code());
        out.push((name, bytes));
    }
    Ok(out)
}
