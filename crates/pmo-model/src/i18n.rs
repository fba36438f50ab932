//! The one catalog of user-facing strings, French first, English second.
//!
//! Every message a PMO officer can read (import findings, CLI summaries, workbook templates,
//! demo labels) is a [`Key`] here. Code never writes user-facing text inline: it names a key and
//! passes the values to put in its `{placeholders}`. Findings are stored as a key plus their
//! arguments, so that a finding recorded in French can later be shown in English.

use std::fmt::Display;

use serde::{Deserialize, Serialize};

/// The language of the interface and reports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    /// `fr` or `en` (case-insensitive, `fr-FR`, `en_GB.UTF-8` accepted).
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s.starts_with("fr") {
            Some(Lang::Fr)
        } else if s.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// English when `LANG` starts with `en`, French otherwise (the product's default).
    pub fn from_env() -> Lang {
        match std::env::var("LANG") {
            Ok(v) if v.to_ascii_lowercase().starts_with("en") => Lang::En,
            _ => Lang::Fr,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

macro_rules! catalog {
    ($( $(#[$doc:meta])* $key:ident => $fr:expr, $en:expr; )*) => {
        /// A user-facing string. Its French and English texts live in this file only.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $( $(#[$doc])* $key, )* }

        impl Key {
            /// The raw text, with its `{placeholders}` unfilled.
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $( (Key::$key, Lang::Fr) => $fr, (Key::$key, Lang::En) => $en, )*
                }
            }

            /// The stable name under which the key is stored (findings in the database).
            pub fn name(self) -> &'static str {
                match self { $( Key::$key => stringify!($key), )* }
            }

            pub fn from_name(name: &str) -> Option<Key> {
                match name { $( stringify!($key) => Some(Key::$key), )* _ => None }
            }

            /// Every key, for the catalog's own consistency tests.
            pub const ALL: &'static [Key] = &[ $( Key::$key, )* ];
        }
    };
}

/// Fills `{name}` placeholders of `key`'s text with `args`. A placeholder without a value is left
/// as is, so that a missing argument shows up in tests rather than vanishing.
pub fn tr(lang: Lang, key: Key, args: &[(&str, &dyn Display)]) -> String {
    fill(lang, key.text(lang), args.iter().map(|(n, v)| (*n, v.to_string())))
}

/// Same as [`tr`] with owned argument values (findings loaded from the database).
pub fn tr_owned(lang: Lang, key: Key, args: &[(String, String)]) -> String {
    fill(lang, key.text(lang), args.iter().map(|(n, v)| (n.as_str(), v.clone())))
}

/// Why a file could not be read or written, in `lang`: the operating system's own words are
/// English ("No such file or directory (os error 2)"), so the usual causes are said in the
/// catalog's words and only the others keep the system's text.
pub fn io_reason(e: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => Key::IoNotFound.text(lang).to_string(),
        ErrorKind::PermissionDenied => Key::IoPermissionDenied.text(lang).to_string(),
        ErrorKind::IsADirectory => Key::IoIsDirectory.text(lang).to_string(),
        ErrorKind::StorageFull => Key::IoStorageFull.text(lang).to_string(),
        _ => e.to_string(),
    }
}

/// `a, b et c` / `a, b and c`: a list in a sentence.
pub fn join_list(items: &[String], lang: Lang) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}{}{}", rest.join(", "), Key::RepListAnd.text(lang), last),
    }
}

/// The whole catalog as a TypeScript module for the desktop app's front end (`ui/`), so that
/// its strings live in this one catalog too. The module is committed as
/// `ui/src/lib/generated/catalog.ts`; a test fails when it is stale.
pub fn typescript_catalog() -> String {
    let quote = |s: &str| serde_json::to_string(s).expect("a string serialises");
    let mut out = String::from(
        "// Generated from crates/pmo-model/src/i18n.rs: do not edit.\n\
         // Regenerate with `UPDATE_BINDINGS=1 cargo test -p pmo-model --test ui_catalog`.\n\n\
         export type Key =\n",
    );
    for key in Key::ALL {
        out.push_str(&format!("  | {}\n", quote(key.name())));
    }
    out.push_str(";\n");
    for (name, lang) in [("FR", Lang::Fr), ("EN", Lang::En)] {
        out.push_str(&format!("\nexport const {name}: Record<Key, string> = {{\n"));
        for key in Key::ALL {
            out.push_str(&format!("  {}: {},\n", key.name(), quote(key.text(lang))));
        }
        out.push_str("};\n");
    }
    out
}

fn fill<'a>(lang: Lang, template: &str, args: impl Iterator<Item = (&'a str, String)> + Clone) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let inside = &after[..close];
                // `{name}` is the value; `{name:one|other}` the word that agrees with it.
                let (name, forms) = match inside.split_once(':') {
                    Some((name, forms)) => (name, forms.split_once('|')),
                    None => (inside, None),
                };
                match (args.clone().find(|(n, _)| *n == name), forms) {
                    (Some((_, value)), None) => out.push_str(&value),
                    (Some((_, value)), Some((one, other))) => {
                        out.push_str(if is_singular(lang, &value) { one } else { other })
                    }
                    (None, _) => {
                        out.push('{');
                        out.push_str(inside);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether a count takes the singular: in French 0 and 1 do ("0 projet", "1 projet"), in English
/// only 1 ("0 projects", "1 project"), as CLDR's plural rules say. A value that is not a number
/// takes the plural.
pub fn is_singular(lang: Lang, count: &str) -> bool {
    let digits: String = count.chars().filter(|c| !c.is_whitespace() && *c != '\u{202f}').collect();
    let Ok(n) = digits.replace(',', ".").parse::<rust_decimal::Decimal>() else { return false };
    match lang {
        Lang::Fr => n.abs() < rust_decimal::Decimal::TWO,
        Lang::En => n == rust_decimal::Decimal::ONE,
    }
}

catalog! {
    // ----- Import findings: errors -------------------------------------------------------------
    FileUnreadable =>
        "Le fichier n'est pas un classeur lisible ({reason}). Attendu : un classeur Excel ou LibreOffice (.xlsx, .xlsm, .xls, .ods) non chiffré.",
        "The file is not a readable workbook ({reason}). Expected: an unencrypted Excel or LibreOffice workbook (.xlsx, .xlsm, .xls, .ods).";
    ProjectsEmptied =>
        "La feuille « Projets » ne liste aucun projet, alors que la remontée courante n° {id} ({campaign}) en liste {count} {count:projet|projets}. Importée, elle viderait le portefeuille de la direction. Si des projets sont terminés ou abandonnés, gardez-les avec ce statut.",
        "The Projets sheet lists no project, while the current return #{id} ({campaign}) lists {count} {count:project|projects}. Imported, it would empty the directorate's portfolio. If projects ended or were dropped, keep them with that status.";
    FileEncrypted =>
        "Le classeur est protégé par un mot de passe (chiffré) et ne peut pas être lu. Enregistrez-le sans mot de passe puis importez-le à nouveau.",
        "The workbook is password-protected (encrypted) and cannot be read. Save it without a password and import it again.";
    FileUnsupported =>
        "Format de fichier non pris en charge : « {found} ». Attendu : .xlsx, .xlsm, .xls, .xlsb ou .ods.",
        "Unsupported file format: \"{found}\". Expected: .xlsx, .xlsm, .xls, .xlsb or .ods.";
    FileIo =>
        "Impossible de lire le fichier : {reason}.",
        "Cannot read the file: {reason}.";
    SheetMissing =>
        "Feuille obligatoire absente : « {expected} ». Feuilles trouvées : {found}.",
        "Required sheet missing: \"{expected}\". Sheets found: {found}.";
    SheetDuplicate =>
        "Deux feuilles correspondent à « {expected} » : « {found} ». Gardez-en une seule.",
        "Two sheets match \"{expected}\": \"{found}\". Keep only one.";
    HeaderNotFound =>
        "Ligne d'en-tête introuvable dans les 20 premières lignes. Attendu : une ligne contenant au moins « {expected} ».",
        "Header row not found within the first 20 rows. Expected: a row containing at least \"{expected}\".";
    ColumnMissing =>
        "Colonne obligatoire absente : « {expected} ». En-têtes trouvés : {found}.",
        "Required column missing: \"{expected}\". Headers found: {found}.";
    ColumnDuplicate =>
        "La colonne « {expected} » apparaît deux fois (aussi en {found}). Gardez-en une seule.",
        "Column \"{expected}\" appears twice (also at {found}). Keep only one.";
    KeyMissing =>
        "Information obligatoire absente : « {expected} ». Ajoutez une ligne « {expected} » avec sa valeur dans la colonne suivante.",
        "Required information missing: \"{expected}\". Add a \"{expected}\" row with its value in the next column.";
    ValueRequired =>
        "Valeur obligatoire vide : « {field} ».",
        "Required value is empty: \"{field}\".";
    AmountInvalid =>
        "« {field} » : montant illisible « {found} ». Attendu : un nombre, par exemple 1 234,50 ou 1234.50.",
        "\"{field}\": unreadable amount \"{found}\". Expected: a number, e.g. 1 234,50 or 1234.50.";
    NumberInvalid =>
        "« {field} » : nombre illisible « {found} ». Attendu : {expected}.",
        "\"{field}\": unreadable number \"{found}\". Expected: {expected}.";
    DateInvalid =>
        "« {field} » : date illisible « {found} ». Attendu : une date, par exemple 31/12/2026.",
        "\"{field}\": unreadable date \"{found}\". Expected: a date, e.g. 31/12/2026.";
    ChoiceInvalid =>
        "« {field} » : valeur « {found} » hors liste. Attendu : {expected}.",
        "\"{field}\": value \"{found}\" is not in the list. Expected: {expected}.";
    OutOfRange =>
        "« {field} » : valeur {found} hors limites. Attendu : {expected}.",
        "\"{field}\": value {found} out of range. Expected: {expected}.";
    ManDaysNegative =>
        "« {field} » : nombre de jours-homme négatif ({found}). Attendu : un nombre positif ou nul.",
        "\"{field}\": negative man-days ({found}). Expected: zero or a positive number.";
    ProjectDuplicate =>
        "Code projet « {found} » en double (déjà en {expected}). Chaque projet doit apparaître une seule fois dans la feuille Projets.",
        "Duplicate project code \"{found}\" (already at {expected}). Each project must appear only once in the Projects sheet.";
    ProjectUnknown =>
        "Code projet « {found} » absent de la feuille Projets. Attendu : un code de la feuille Projets.",
        "Project code \"{found}\" is not in the Projects sheet. Expected: a code from the Projects sheet.";
    ProjectOwnedElsewhere =>
        "Le code projet « {found} » appartient déjà à la direction {owner}. Attendu : un projet de la direction {expected}, ou un autre code.",
        "Project code \"{found}\" already belongs to directorate {owner}. Expected: a project of directorate {expected}, or another code.";
    EndBeforeStart =>
        "Date de fin {found} antérieure à la date de début {expected}.",
        "End date {found} is before start date {expected}.";
    FormulaError =>
        "« {field} » : la formule renvoie une erreur ({found}). Corrigez la formule dans le classeur.",
        "\"{field}\": the formula returns an error ({found}). Fix the formula in the workbook.";
    FormulaNoValue =>
        "« {field} » : formule sans valeur calculée ({found}). Ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le, puis importez-le à nouveau.",
        "\"{field}\": formula without a computed value ({found}). Open the file in Excel or LibreOffice, save it, then import it again.";

    // ----- Import findings: warnings -----------------------------------------------------------
    ColumnUnknown =>
        "Colonne inconnue « {found} » ignorée.",
        "Unknown column \"{found}\" ignored.";
    KeyUnknown =>
        "Information inconnue « {found} » ignorée.",
        "Unknown information \"{found}\" ignored.";
    KeyDuplicate =>
        "« {field} » est renseigné deux fois (aussi en {expected}) : la première valeur est retenue.",
        "\"{field}\" is given twice (also at {expected}): the first value is kept.";
    EnvelopeChanged =>
        "Enveloppe de {directorate} : {found} dans ce classeur, au lieu de {expected} (remontée {campaign}). La plus récente compte : toutes les comparaisons à l'enveloppe changent.",
        "Envelope of {directorate}: {found} in this workbook, instead of {expected} ({campaign} return). The latest counts: every comparison with the envelope changes.";
    ActualNotReported =>
        "Réalisé T{quarter} du projet {project} non renseigné ({cells}) alors que la campagne {campaign} clôt ce trimestre : compté 0. Saisissez le réalisé du trimestre, ou 0 s'il n'y a eu aucune dépense.",
        "Actual Q{quarter} of project {project} not reported ({cells}) although campaign {campaign} closes this quarter: counted as 0. Enter the quarter's actual, or 0 if nothing was spent.";
    ActualColumnMissing => "pas de colonne « Réalisé » pour ce trimestre", "no \"Actual\" column for this quarter";
    AmountRounded =>
        "« {field} » : {found} a plus de deux décimales, arrondi au centime à {expected}.",
        "\"{field}\": {found} has more than two decimals, rounded to the cent as {expected}.";
    CriticalityUnreadable =>
        "Criticité illisible ({found}) : elle est recalculée comme probabilité × impact.",
        "Unreadable criticality ({found}): it is recomputed as probability × impact.";
    CriticalityMismatch =>
        "Criticité saisie {found} différente de probabilité × impact = {expected} : la valeur calculée est retenue.",
        "Criticality given {found} differs from probability × impact = {expected}: the computed value is kept.";
    RowDuplicate =>
        "Ligne en double de {expected} pour « {found} » : les deux lignes sont conservées et additionnées.",
        "Row duplicates {expected} for \"{found}\": both rows are kept and added up.";

    // ----- Core and CLI (pmo-core, pmo-cli) -----------------------------------------------------
    ErrorIo => "Impossible de lire ou d'écrire « {path} » : {reason}.", "Cannot read or write \"{path}\": {reason}.";
    ErrorStore => "Erreur de la base de données : {reason}.", "Database error: {reason}.";
    ErrorStoreReadOnly =>
        "La base de données ne peut pas être modifiée : son fichier ou son dossier est en lecture seule. Les consultations restent possibles ; pour importer ou modifier, copiez la base dans un dossier où vous pouvez écrire, ou demandez ce droit.",
        "The database cannot be changed: its file or folder is read-only. Reading it still works; to import or change anything, copy the database into a folder you can write to, or ask for that right.";
    ErrorStoreReadOnlyOutdated =>
        "La base {path} est en lecture seule et vient d'une version antérieure de PMO Desk : elle ne peut pas être mise à jour là où elle est. Copiez-la dans un dossier où vous pouvez écrire, puis ouvrez la copie.",
        "The database {path} is read-only and comes from an earlier version of PMO Desk: it cannot be brought up to date where it lies. Copy it into a folder you can write to, then open the copy.";
    ErrorStoreBusy =>
        "La base de données est occupée par un autre traitement PMO Desk (un import, une restauration) depuis plus de 5 secondes. Rien n'a été modifié : réessayez dans un instant.",
        "The database has been busy with another PMO Desk task (an import, a restore) for more than 5 seconds. Nothing was changed: try again in a moment.";
    ErrorReturnNotFound => "Aucune remontée n° {id}. Consultez les numéros avec « pmo history ».",
        "No return #{id}. See the numbers with \"pmo history\".";
    ErrorReturnAlreadyCurrent => "La remontée n° {id} est déjà la remontée courante de sa direction, de son exercice et de sa campagne : rien à restaurer.",
        "Return #{id} is already the current return of its directorate, year and campaign: nothing to restore.";
    ErrorDatabaseTooNew => "Cette base de données a été écrite par une version plus récente de PMO Desk (schéma {found}, cette version lit jusqu'au schéma {supported}). Mettez PMO Desk à jour.",
        "This database was written by a newer PMO Desk (schema {found}; this version reads up to schema {supported}). Update PMO Desk.";
    ErrorTemplate => "Impossible d'écrire le classeur : {reason}.", "Cannot write the workbook: {reason}.";
    ErrorNoReturnForYear => "Aucune remontée pour l'exercice {year}. Importez d'abord les classeurs des directions (pmo import).",
        "No return for year {year}. Import the directorates' workbooks first (pmo import).";
    ErrorNoReturnAsOf => "Aucune remontée pour l'exercice {year} jusqu'à la campagne {campaign}.", "No return for year {year} up to campaign {campaign}.";
    ErrorDiffOrder => "La campagne de départ ({from}) doit précéder la campagne d'arrivée ({to}), par exemple --from R1 --to R2.",
        "The starting campaign ({from}) must come before the ending one ({to}), e.g. --from R1 --to R2.";
    ErrorUnknownSetting => "Paramètre inconnu « {key} ». Paramètres : {expected}.", "Unknown setting \"{key}\". Settings: {expected}.";
    ErrorInvalidSettingValue => "Valeur « {found} » refusée pour {key}. Attendu : {expected}.", "Value \"{found}\" refused for {key}. Expected: {expected}.";
    SettingOrganisationName => "Nom de l'organisation, en couverture des rapports", "Organisation name, on report covers";
    SettingAmountUnit => "Unité d'affichage des montants : eur (1 234 567 €) ou keur (1 234,6 k€)", "Unit amounts are shown in: eur (€1,234,567) or keur (€1,234.6k)";
    SettingLanguage => "Langue de l'application de bureau : fr (français) ou en (anglais)", "Desktop app language: fr (French) or en (English)";
    SettingOutputFolder => "Dossier où l'application écrit rapports, exports, modèles et sauvegardes ; vide : « PMO Desk » dans vos Documents",
        "Folder where the app writes reports, exports, templates and backups; empty: \"PMO Desk\" in your Documents";
    ExpectLanguage => "fr ou en", "fr or en";
    ExpectAbsolutePath => "un chemin absolu (ou rien, pour le dossier par défaut)", "an absolute path (or nothing, for the default folder)";
    ErrorBackupExists => "« {path} » existe déjà : une sauvegarde n'écrase jamais un fichier. Choisissez un autre nom.",
        "\"{path}\" already exists: a backup never overwrites a file. Choose another name.";
    ErrorNotADatabase => "« {path} » n'est pas une base de données PMO Desk. Rien n'a été modifié.",
        "\"{path}\" is not a PMO Desk database. Nothing was changed.";
    CliReportUnshown =>
        "Attention : la police du rapport ne peut pas afficher ces caractères des remontées, remplacés par « ? » (le rapport le dit en première page) : {list}",
        "Warning: the report's font cannot show these characters of the returns, replaced by \"?\" (the report says so on its first page): {list}";
    CliBackupsEmpty =>
        "Aucune sauvegarde automatique pour l'instant : PMO Desk en prend une avant chaque import et chaque restauration.",
        "No automatic backup yet: PMO Desk takes one before every import and every restore.";
    CliBackupsRestoreHint =>
        "Les {kept} dernières sont gardées. Pour revenir à l'une d'elles : pmo restore-backup <chemin>",
        "The latest {kept} are kept. To go back to one of them: pmo restore-backup <path>";
    BackupBeforeImport => "avant un import", "before an import";
    BackupBeforeRestoreReturn => "avant une restauration de remontée", "before a return was restored";
    BackupBeforeRestoreBackup => "base remplacée par une restauration", "database replaced by a restore";
    CliBackupWritten => "Sauvegarde écrite : {path} ({size} octets).", "Backup written: {path} ({size} bytes).";
    CliBackupRestored => "Base restaurée depuis {path} : {returns} {returns:remontée|remontées}. Copie de sécurité de la base précédente : {safety}",
        "Database restored from {path}: {returns} {returns:return|returns}. Safety copy of the previous database: {safety}";
    ShowLatestCampaigns => "dernière campagne de chaque direction", "latest campaign of each directorate";
    ShowStatusTitle => "Portefeuille {year} — {as_of}", "Portfolio {year} — {as_of}";
    ShowBudgetVoted => "Budget voté", "Budget voted";
    ShowLanding => "Atterrissage", "Landing";
    ShowVariance => "Écart", "Variance";
    ShowActual => "Réalisé", "Actual";
    ShowBurnRate => "Taux de consommation", "Burn rate";
    ShowProjects => "Projets :", "Projects:";
    ShowWeather => "Météo :", "Status:";
    ShowNoStatus => "sans statut", "no status";
    ShowNoWeather => "sans météo", "no status report";
    ShowOutsideBudget => "Hors budget initial :", "Outside the initial budget:";
    ShowMissingFromLatest => "Absents de la dernière remontée :", "Missing from the latest return:";
    ShowDirectoratesTitle => "Directions et enveloppes", "Directorates and envelopes";
    ShowColCode => "Code", "Code";
    ShowColCampaign => "Camp.", "Camp.";
    ShowColEnvelope => "Enveloppe", "Envelope";
    ShowColVsEnvelope => "Atterrissage / enveloppe", "Landing vs envelope";
    ShowOverEnvelope => "▲ dépassement de {gap}", "▲ over by {gap}";
    ShowUnderEnvelope => "sous l'enveloppe ({gap})", "under the envelope ({gap})";
    ShowNoEnvelope => "pas d'enveloppe", "no envelope";
    ShowTopDrifts => "Plus fortes dérives (budget voté → atterrissage, écart)", "Largest drifts (budget voted → landing, variance)";
    ShowAlertCounts => "Alertes : {critical} {critical:critique|critiques}, {major} {major:majeure|majeures}, {minor} {minor:mineure|mineures} — détail : pmo alerts --year {year}",
        "Alerts: {critical} critical, {major} major, {minor} minor — details: pmo alerts --year {year}";
    ShowNoAlert => "Aucune alerte.", "No alert.";
    ShowDiffTitle => "Évolution {year} : {from} → {to}", "Changes {year}: {from} → {to}";
    ShowNoReturnForTo => "Sans remontée pour cette campagne (dernière campagne retenue) :", "No return for this campaign (latest campaign used):";
    ShowAdded => "Projets ajoutés", "Projects added";
    ShowRemoved => "Projets retirés", "Projects removed";
    ShowRescoped => "Projets recadrés", "Projects re-scoped";
    ShowLandingDeltas => "Plus fortes variations d'atterrissage", "Largest landing changes";
    ShowBudgetBridge => "Du budget voté à l'atterrissage", "From budget voted to landing";
    ShowBridgeUnbudgeted => "{count} {count:projet|projets} sans budget initial", "{count} {count:project|projects} without an initial budget";
    ShowBridgeOthers => "{count} {count:autre projet|autres projets}", "{count} other {count:project|projects}";
    ShowWeatherChanges => "Changements de météo", "Status changes";
    ShowMilestonesMoved => "Jalons déplacés", "Milestones moved";
    ShowDays => "({days} j)", "({days} d)";
    ShowNewlyLate => "▲ désormais en retard", "▲ now late";
    ShowBehindBaseline =>
        "glisse de {days} {days:jour|jours} sur sa date initiale",
        "{days} {days:day|days} behind its baseline";
    ShowReasonStatus => "statut {before} → {after}", "status {before} → {after}";
    ShowReasonEndDate => "fin {before} → {after} ({days} j)", "end {before} → {after} ({days} d)";
    ShowReasonLinesAdded => "{count} {count:ligne budgétaire ajoutée|lignes budgétaires ajoutées}", "{count} budget {count:line|lines} added";
    ShowReasonLinesRemoved => "{count} {count:ligne budgétaire retirée|lignes budgétaires retirées}", "{count} budget {count:line|lines} removed";
    ShowReasonLanding => "atterrissage {ratio}", "landing {ratio}";
    ShowTraceTitle => "{figure} de {project} « {name} » ({directorate}) : {value}", "{figure} of {project} \"{name}\" ({directorate}): {value}";
    ShowTraceNoCell => "Aucune cellule : le chiffre vaut 0 ou n'est pas connu.", "No cell: the figure is 0 or unknown.";
    ShowTraceTotal => "Total des cellules", "Cells total";
    ShowPlannedQ => "prévu T{q}", "planned Q{q}";
    ShowActualQ => "réalisé T{q}", "actual Q{q}";
    ShowNoCapacity => "Aucune charge ni capacité dans les remontées.", "No workload or capacity in the returns.";
    ShowCapacityTitle => "Charge des équipes {year} (charge prévue / capacité, ▲ surcharge)", "Team load {year} (planned workload / capacity, ▲ overload)";
    ShowColTeam => "Équipe", "Team";
    ShowColYear => "Année", "Year";
    ShowColLoadedBy => "Principaux projets (JH prévus)", "Main projects (planned MD)";
    ShowCapacityMissing => "capacité non renseignée", "capacity not given";
    ShowOverloadedCount => "{count} {count:équipe|équipes} au-delà de {threshold}.", "{count} {count:team|teams} above {threshold}.";
    ShowSettingSaved => "{key} = {value}", "{key} = {value}";
    ShowSettingDefault => "(par défaut)", "(default)";
    CliXlsxNeedsOut => "Le classeur xlsx ne s'écrit pas dans le terminal : précisez --out FICHIER.xlsx.", "An xlsx workbook is not written to the terminal: give --out FILE.xlsx.";
    ErrorYearOutOfRange =>
        "Exercice {found} impossible : un classeur de remontée est pour une année entre 2000 et 2100, et l'import refuserait celui-ci.",
        "Year {found} is not possible: a return workbook is for a year between 2000 and 2100, and the import would refuse this one.";
    ErrorBadQuarter => "Trimestre {found} inconnu : attendu 1, 2, 3 ou 4.", "Unknown quarter {found}: expected 1, 2, 3 or 4.";
    ErrorUnknownDirectorate => "Aucune direction « {code} » dans le portefeuille {year}.", "No directorate \"{code}\" in the {year} portfolio.";
    ErrorUnknownProject => "Aucun projet « {code} » dans le portefeuille {year}.", "No project \"{code}\" in the {year} portfolio.";
    ErrorRender => "Le rapport n'a pas pu être mis en page : {reason}.", "The report could not be laid out: {reason}.";
    CliReportWritten => "Rapport écrit : {path} — {title} ({size} octets, SHA-256 {sha}…, enregistré sous le n° {id}).",
        "Report written: {path} — {title} ({size} bytes, SHA-256 {sha}…, recorded as #{id}).";
    CliReportsEmpty => "Aucun rapport généré pour l'instant.", "No report generated yet.";
    CliError => "Erreur : {message}", "Error: {message}";
    CliNoFiles => "Aucun classeur trouvé dans : {paths}.", "No workbook found in: {paths}.";
    CliImported => "importé", "imported";
    CliWouldImport => "serait importé (simulation)", "would be imported (dry run)";
    CliUnchanged => "inchangé", "unchanged";
    CliRejected => "rejeté", "rejected";
    CliWouldReject => "serait rejeté (simulation)", "would be rejected (dry run)";
    CliProjects => "{count} {count:projet|projets}", "{count} {count:project|projects}";
    CliSupersedes => "remplace la remontée n° {id}", "supersedes return #{id}";
    CliNewReturn => "nouvelle remontée", "new return";
    CliSameAs => "fichier identique à la remontée courante n° {id}", "same file as current return #{id}";
    CliErrors => "{count} {count:erreur|erreurs}", "{count} {count:error|errors}";
    CliWarnings => "{count} {count:avertissement|avertissements}", "{count} {count:warning|warnings}";
    CliImportTotals => "Bilan : {imported} {imported:importé|importés}, {unchanged} {unchanged:inchangé|inchangés}, {rejected} {rejected:rejeté|rejetés}.",
        "Summary: {imported} imported, {unchanged} unchanged, {rejected} rejected.";
    // `pmo --help` (crates/pmo-cli/src/help.rs): clap's own words, then one text per command
    // (HelpCmd<Path>) and per argument (HelpArg<Path><Id>, or HelpArg<Id> for every command).
    HelpUsage => "Utilisation :", "Usage:";
    HelpCommands => "Commandes ", "Commands";
    HelpCommandValue => "COMMANDE", "COMMAND";
    HelpOptions => "Options ", "Options";
    HelpArguments => "Arguments ", "Arguments";
    HelpFlagHelp => "Affiche cette aide", "Show this help";
    HelpFlagVersion => "Affiche la version", "Show the version";
    HelpSeeHelp => "Aide : pmo --help, ou pmo <commande> --help.", "Help: pmo --help, or pmo <command> --help.";
    HelpErrUnknownArgument => "option inconnue « {arg} ».", "unknown option \"{arg}\".";
    HelpErrUnknownCommand => "commande inconnue « {command} ».", "unknown command \"{command}\".";
    HelpErrMissing => "argument obligatoire manquant : {arg}.", "required argument missing: {arg}.";
    HelpErrMissingCommand => "aucune commande donnée.", "no command given.";
    HelpErrInvalidValue => "valeur « {value} » invalide pour {arg}.", "invalid value \"{value}\" for {arg}.";
    HelpErrValidValues => "Valeurs possibles : {values}.", "Possible values: {values}.";
    HelpErrConflict => "{arg} ne peut pas être donné avec une autre option de la commande.", "{arg} cannot be given with another option of the command.";
    HelpErrOther => "{detail}", "{detail}";
    HelpCmdPmo =>
        "PMO Desk — portefeuille de projets : import des remontées, consolidation, rapports et exports.",
        "PMO Desk — project portfolio: importing returns, consolidation, reports and exports.";
    HelpCmdImport => "Importe des classeurs de remontée (fichiers, ou dossiers parcourus).", "Imports return workbooks (files, or folders searched).";
    HelpCmdExport => "Exporte les chiffres consolidés d'un exercice.", "Exports a year's consolidated figures.";
    HelpCmdStatus => "Synthèse du portefeuille : totaux, directions et enveloppes, dérives, alertes.", "Portfolio summary: totals, directorates and envelopes, drifts, alerts.";
    HelpCmdAlerts => "Alertes du portefeuille, selon les seuils fixés par le PMO.", "The portfolio's alerts, by the thresholds the PMO set.";
    HelpCmdDiff => "Évolution entre deux campagnes : projets ajoutés, retirés, recadrés, écarts, pont.", "Changes between two campaigns: projects added, removed, re-scoped, deltas, bridge.";
    HelpCmdTrace => "Cellules sources d'un chiffre d'un projet (budget voté, réalisé, atterrissage).", "Source cells of a project's figure (budget voted, actual, landing).";
    HelpCmdCapacity => "Charge des équipes face à leur capacité.", "Teams' workload against their capacity.";
    HelpCmdSettings => "Paramètres : seuils d'alerte, nom de l'organisation, unité des montants.", "Settings: alert thresholds, organisation name, amount unit.";
    HelpCmdSettingsGet => "Affiche la valeur d'un paramètre (sa valeur par défaut s'il n'a pas été fixé).", "Shows a setting's value (its default when not set).";
    HelpCmdSettingsSet => "Fixe un paramètre, après vérification de sa valeur.", "Sets a setting, once its value is checked.";
    HelpCmdSettingsList => "Liste tous les paramètres.", "Lists every setting.";
    HelpCmdReport => "Génère un rapport PDF : dossier CODIR, rapport de direction, fiche projet.", "Generates a PDF report: CODIR pack, directorate report, project sheet.";
    HelpCmdReportCodir => "Le dossier trimestriel du CODIR.", "The CODIR's quarterly pack.";
    HelpCmdReportDirectorate => "Les mêmes vues pour une direction, à lui renvoyer.", "The same views for one directorate, to send back to it.";
    HelpCmdReportProject => "La fiche d'un projet.", "A project's sheet.";
    HelpCmdReports => "Rapports déjà générés : quand, pour quoi, à partir de quelles remontées.", "Reports already generated: when, for what, from which returns.";
    HelpCmdHistory => "Historique des imports et restaurations.", "History of imports and restorations.";
    HelpCmdRestoreReturn => "Rend de nouveau courante une remontée antérieure (remplacée).", "Makes an earlier (superseded) return current again.";
    HelpCmdBackup => "Sauvegarde la base de données dans un fichier (copie cohérente ; n'écrase jamais un fichier).", "Backs the database up into a file (a consistent copy; never overwrites a file).";
    HelpCmdRestoreBackup => "Remplace la base par une sauvegarde, après avoir gardé une copie de sécurité de la base actuelle à côté d'elle.", "Replaces the database with a backup, after keeping a safety copy of the current one beside it.";
    HelpCmdTemplate => "Écrit un classeur de remontée vierge ou prérempli.", "Writes a blank or prefilled return workbook.";
    HelpCmdDemo => "Écrit un portefeuille de démonstration (5 directions, BI, R1, R2).", "Writes a demo portfolio (5 directorates, BI, R1, R2).";
    HelpArgDb => "Base de données SQLite (sinon $PMO_DB, sinon le fichier de l'application de bureau).", "SQLite database (else $PMO_DB, else the desktop app's file).";
    HelpArgLang => "Langue des messages : fr ou en (sinon d'après LANG).", "Language of the messages: fr or en (else from LANG).";
    HelpArgDryRun => "Vérifie sans rien enregistrer, et dit ce que chaque fichier changerait.", "Checks without saving anything, and says what each file would change.";
    HelpArgJson => "Sortie JSON (contrat documenté dans le README).", "JSON output (contract documented in the README).";
    HelpArgPaths => "Fichiers ou dossiers de classeurs (.xlsx, .xlsm, .xls, .xlsb, .ods).", "Workbook files or folders (.xlsx, .xlsm, .xls, .xlsb, .ods).";
    HelpArgYear => "Exercice (année), par exemple 2026.", "Year, e.g. 2026.";
    HelpArgFormat => "Format : json (par défaut), csv ou xlsx.", "Format: json (default), csv or xlsx.";
    HelpArgOut => "Fichier ou dossier à écrire.", "File or folder to write.";
    HelpArgExportOut => "Fichier de sortie (sinon la sortie standard).", "Output file (else standard output).";
    HelpArgCampaign => "Campagne : BI, R1, R2, R3 ou CL (sinon la dernière de chaque direction).", "Campaign: BI, R1, R2, R3 or CL (else each directorate's latest).";
    HelpArgTemplateCampaign => "Campagne du classeur : BI, R1, R2, R3 ou CL.", "The workbook's campaign: BI, R1, R2, R3 or CL.";
    HelpArgFrom => "Campagne de départ : BI, R1, R2, R3 ou CL.", "Campaign to compare from: BI, R1, R2, R3 or CL.";
    HelpArgTo => "Campagne d'arrivée (sinon la dernière de l'exercice).", "Campaign to compare to (else the year's latest).";
    HelpArgProject => "Code du projet, par exemple DSI-01 (ou --directorate, ou --portfolio).", "Project code, e.g. DSI-01 (or --directorate, or --portfolio).";
    HelpArgTraceDirectorate => "Explique un chiffre de cette direction : enveloppe, budget voté, réalisé ou atterrissage.", "Explains a figure of this directorate: envelope, budget voted, actual or landing.";
    HelpArgPortfolio => "Explique un total du portefeuille : les directions dont il est la somme.", "Explains a portfolio total: the directorates it is the sum of.";
    TraceDirectorateNotFound => "Aucune direction « {directorate} » n'a de chiffres pour cet exercice.", "No directorate \"{directorate}\" has figures for this year.";
    TraceTeamNotFound =>
        "Aucune équipe « {team} » dans la dernière remontée de {directorate} (pmo capacity les liste).",
        "No team \"{team}\" in {directorate}'s latest return (pmo capacity lists them).";
    ShowManDaysTitle =>
        "{figure} de l'équipe {team} ({directorate}, remontée {campaign}) : {value} JH, somme de :",
        "{figure} of team {team} ({directorate}, {campaign} return): {value} man-days, the sum of:";
    ShowManDaysPlanned => "Charge prévue", "Planned workload";
    ShowManDaysActual => "Charge réalisée", "Actual workload";
    ShowManDaysCapacity => "Capacité", "Capacity";
    HelpArgTeam => "Équipe de la direction (avec --directorate) : --figure planned, actual ou capacity en jours-hommes.", "Team of the directorate (with --directorate): --figure planned, actual or capacity in man-days.";
    TracePortfolioEnvelope => "Le portefeuille n'a pas d'enveloppe propre : demandez celle d'une direction (--directorate).", "The portfolio has no envelope of its own: ask for a directorate's (--directorate).";
    TraceWhat => "Trace : donnez un projet, --directorate CODE ou --portfolio.", "Trace: give a project, --directorate CODE or --portfolio.";
    ShowSumTitle => "{figure} {scope} {year} : {value}, somme de :", "{figure} {scope} {year}: {value}, the sum of:";
    ShowSumScopePortfolio => "du portefeuille", "of the portfolio";
    ShowSumScopeDirectorate => "de {directorate}", "of {directorate}";
    ShowEnvelopeFrom =>
        "Enveloppe de {directorate} {year} : {value}, lue dans la remontée {campaign} n° {id} ({file}, importée le {date}), {place}.",
        "Envelope of {directorate} {year}: {value}, read from the {campaign} return #{id} ({file}, imported on {date}), {place}.";
    ShowWeatherFrom =>
        "Météo de {project} « {name} » : {weather} au {date}, lue dans la remontée {campaign} n° {id} ({file}), {cell}.",
        "Status of {project} \"{name}\": {weather} on {date}, read from the {campaign} return #{id} ({file}), {cell}.";
    ShowWeatherNone => "Météo de {project} « {name} » : aucune remontée n'en donne.", "Status of {project} \"{name}\": no return gives one.";
    ShowEnvelopeNone => "Enveloppe de {directorate} {year} : aucune remontée n'en indique.", "Envelope of {directorate} {year}: no return states one.";
    HelpArgFigure => "Chiffre expliqué : budget_voted, actual, landing (par défaut), weather (météo) pour un projet ; envelope pour une direction.", "Figure explained: budget_voted, actual, landing (default), weather for a project; envelope for a directorate.";
    HelpArgKey => "Clé du paramètre (pmo settings list les donne).", "Setting key (pmo settings list gives them).";
    HelpArgValue => "Nouvelle valeur.", "New value.";
    HelpArgQuarter => "Trimestre revu, 1 à 4 (par défaut le dernier que les remontées clôturent).", "Quarter reviewed, 1 to 4 (default: the latest the returns close).";
    HelpArgReportCodirOut => "Fichier PDF à écrire (par défaut un nom dérivé du rapport, dans le dossier courant).", "PDF file to write (default: a name from the report, in the current folder).";
    HelpArgReportDirectorateOut => "Fichier PDF à écrire (par défaut un nom dérivé du rapport, dans le dossier courant).", "PDF file to write (default: a name from the report, in the current folder).";
    HelpArgReportProjectOut => "Fichier PDF à écrire (par défaut un nom dérivé du rapport, dans le dossier courant).", "PDF file to write (default: a name from the report, in the current folder).";
    HelpArgDate => "Date imprimée sur le rapport (AAAA-MM-JJ, par défaut aujourd'hui) : la date d'un rapport déjà envoyé en régénère les mêmes octets.", "Date printed on the report (YYYY-MM-DD, default today): the date of a report already sent gives the same bytes again.";
    HelpArgReportDirectorateCode => "Code de la direction, par exemple DSI.", "Directorate code, e.g. DSI.";
    HelpArgReportProjectCode => "Code du projet, par exemple DSI-01.", "Project code, e.g. DSI-01.";
    HelpArgId => "Numéro de la remontée (pmo history le donne).", "Return number (pmo history gives it).";
    HelpArgBackupList =>
        "Liste les sauvegardes automatiques (avant chaque import et chaque restauration) au lieu d'en écrire une.",
        "Lists the automatic backups (before every import and every restore) instead of writing one.";
    HelpArgBackupJson => "Liste en JSON : chemin, date, raison, taille.", "List as JSON: path, date, reason, size.";
    HelpArgBackupPath => "Fichier de sauvegarde à écrire (ne doit pas exister).", "Backup file to write (must not exist).";
    HelpArgRestoreBackupPath => "Sauvegarde à restaurer.", "Backup to restore.";
    HelpArgDirectorate => "Code de la direction : le classeur est alors prérempli de sa dernière remontée.", "Directorate code: the workbook is then prefilled from its latest return.";
    HelpArgTemplateOut => "Classeur à écrire (.xlsx).", "Workbook to write (.xlsx).";
    HelpArgDemoOut => "Dossier où écrire les classeurs de démonstration.", "Folder to write the demo workbooks into.";
    HelpArgDemoYear => "Exercice de la démonstration (par défaut l'année en cours).", "Year of the demo (default: this year).";
    CliLandingChange =>
        "Atterrissage de {directorate} : {before} → {after} ({delta})",
        "Landing of {directorate}: {before} → {after} ({delta})";
    CliLandingNew => "Atterrissage de {directorate} : {after} (première remontée de l'exercice)",
        "Landing of {directorate}: {after} (first return of the year)";
    CliDryRunNote => "Simulation : rien n'a été enregistré.", "Dry run: nothing was saved.";
    CliHistoryEmpty => "Aucun import pour l'instant.", "No import yet.";
    CliHistoryHeader => "N°   Date              Événement     Remontée      Fichier", "#    Date              Event         Return        File";
    CliRestored => "restauration", "restore";
    CliRestoreDone => "Remontée n° {id} ({identity}) redevenue courante ; elle remplace la remontée n° {replaced}.",
        "Return #{id} ({identity}) is current again; it replaces return #{replaced}.";
    CliRestoreDoneAlone => "Remontée n° {id} ({identity}) redevenue courante.", "Return #{id} ({identity}) is current again.";
    CliTemplateWritten => "Modèle écrit : {path} ({identity})", "Template written: {path} ({identity})";
    CliTemplatePrefilled => "prérempli avec {count} {count:projet|projets} de la remontée n° {id}", "prefilled with {count} {count:project|projects} from return #{id}";
    CliTemplateBlank => "vierge", "blank";
    CliDemoWritten => "Portefeuille de démonstration écrit dans {dir} : {count} classeurs. Importez-le avec : pmo import {dir}",
        "Demo portfolio written to {dir}: {count} workbooks. Import it with: pmo import {dir}";
    CliExportWritten => "Export écrit : {path}.", "Export written: {path}.";
    CliBadCampaign => "Campagne inconnue « {found} ». Attendu : {expected}.", "Unknown campaign \"{found}\". Expected: {expected}.";

    // ----- Names of sheets, keys and fields as users see them ----------------------------------
    SheetDirectorate => "Direction", "Directorate";
    SheetProjects => "Projets", "Projects";
    SheetBudget => "Budget", "Budget";
    SheetWorkload => "Charges", "Workload";
    SheetCapacity => "Capacité", "Capacity";
    SheetStatus => "Météo", "Status";
    SheetRisks => "Risques", "Risks";
    SheetMilestones => "Jalons", "Milestones";

    // ----- Closed lists ------------------------------------------------------------------------
    CampaignBi => "Budget initial", "Initial budget";
    CampaignR1 => "Reprévision T1", "Reforecast Q1";
    CampaignR2 => "Reprévision T2", "Reforecast Q2";
    CampaignR3 => "Reprévision T3", "Reforecast Q3";
    CampaignCl => "Clôture", "Year-end closing";
    StatusCandidate => "Candidat", "Candidate";
    StatusApproved => "Validé", "Approved";
    StatusInProgress => "En cours", "In progress";
    StatusOnHold => "Suspendu", "On hold";
    StatusDone => "Terminé", "Done";
    StatusCancelled => "Abandonné", "Cancelled";
    WeatherSunny => "Soleil", "Sunny";
    WeatherCloudy => "Nuageux", "Cloudy";
    WeatherRainy => "Pluie", "Rainy";
    WeatherStormy => "Orage", "Stormy";
    RiskOpen => "Ouvert", "Open";
    RiskInProgress => "En traitement", "In progress";
    RiskClosed => "Clos", "Closed";
    NatureCapex => "CAPEX", "CAPEX";
    NatureOpex => "OPEX", "OPEX";
    CategoryInternal => "Interne", "Internal";
    CategoryExternal => "Externe", "External";
    CategoryLicences => "Licences", "Licences";
    CategoryHardware => "Matériel", "Hardware";
    CategoryOther => "Autre", "Other";
    Yes => "Oui", "Yes";
    No => "Non", "No";
    ListOr => " ou ", " or ";

    // ----- Expected-value descriptions used in findings ----------------------------------------
    ExpectYear => "une année entre 2000 et 2100", "a year between 2000 and 2100";
    ExpectPriority => "1, 2 ou 3 (ou P1, P2, P3)", "1, 2 or 3 (or P1, P2, P3)";
    ExpectProbability => "un entier de 1 à 4", "a whole number from 1 to 4";
    ExpectCriticality => "un entier, probabilité × impact (1 à 16)", "a whole number, probability × impact (1 to 16)";
    ExpectPercent => "un pourcentage de 0 à 100", "a percentage from 0 to 100";
    ExpectManDays => "un nombre de jours-homme, par exemple 12,5", "a number of man-days, e.g. 12.5";
    ExpectUnit => "€ ou k€", "€ or k€";
    // ----- Workbook template (pmo-template) ----------------------------------------------------
    TplSheetInstructions => "Instructions", "Instructions";
    TplTitle =>
        "Remontée du portefeuille projets — {directorate} — exercice {year} — {campaign}",
        "Project portfolio return — {directorate} — year {year} — {campaign}";
    TplPurposeLabel => "À quoi sert ce classeur", "What this workbook is for";
    TplPurpose =>
        "Ce classeur transmet au PMO le portefeuille de projets de votre direction pour la campagne indiquée ci-dessous : les projets, leur budget prévu et réalisé par trimestre, la charge des équipes, la météo, les risques et les jalons. Le PMO l'importe automatiquement dans son outil de consolidation : respectez la structure décrite ci-dessous, et le PMO pourra l'intégrer sans ressaisie.",
        "This workbook sends the PMO your directorate's project portfolio for the campaign below: the projects, their planned and actual budget per quarter, the teams' workload, the status, the risks and the milestones. The PMO imports it automatically into its consolidation tool: keep to the structure described below and the PMO can load it without retyping anything.";
    TplReturnHeading => "Votre remontée", "Your return";
    TplSendToLabel => "À renvoyer à", "Send back to";
    TplSendTo => "{contact}, en pièce jointe, sans le renommer ni le convertir.", "{contact}, as an attachment, without renaming or converting it.";
    TplSendToPmo =>
        "Au PMO, en pièce jointe de votre réponse, sans le renommer ni le convertir.",
        "To the PMO, attached to your reply, without renaming or converting it.";
    TplDeadlineLabel => "À renvoyer avant le", "Send back by";
    TplUnitEuro => "euros (€)", "euros (€)";
    TplUnitKiloEuro => "milliers d'euros (k€)", "thousands of euros (k€)";
    TplHowHeading => "Comment remplir chaque feuille", "How to fill in each sheet";
    TplHowDirectorate =>
        "Vérifiez le code direction, l'exercice et la campagne (obligatoires), puis indiquez le responsable de la remontée, la date de remontée et l'enveloppe budgétaire de la direction. Ne modifiez pas les libellés de la colonne A.",
        "Check the directorate code, the year and the campaign (required), then give the owner of the return, the submission date and the directorate's budget envelope. Do not change the labels of column A.";
    TplHowProjects =>
        "Une ligne par projet. Le code projet est obligatoire et unique : c'est la clé qui relie toutes les autres feuilles. Ne changez jamais le code d'un projet existant ; un nouveau projet reçoit un nouveau code. L'intitulé est obligatoire, la date de fin ne peut pas précéder la date de début.",
        "One row per project. The project code is required and unique: it is the key that links every other sheet. Never change an existing project's code; a new project gets a new code. The name is required; the end date cannot come before the start date.";
    TplHowBudget =>
        "Une ligne par projet, nature (CAPEX ou OPEX) et catégorie. Saisissez le prévu de chaque trimestre, et le réalisé des seuls trimestres clos. Une cellule vide vaut 0. Montants en {unit}.",
        "One row per project, nature (CAPEX or OPEX) and category. Enter the planned amount of each quarter, and the actual amount of closed quarters only. An empty cell means 0. Amounts in {unit}.";
    TplHowWorkload =>
        "Une ligne par projet et par équipe : la charge prévue et réalisée en jours-homme (JH) par trimestre, et le TJM (taux journalier moyen) de l'équipe, en {unit}.",
        "One row per project and team: planned and actual workload in man-days per quarter, and the team's daily rate, in {unit}.";
    TplHowCapacity =>
        "Une ligne par équipe : les jours-homme que l'équipe peut consacrer aux projets chaque trimestre (hors congés et activité courante). Utilisez les mêmes noms d'équipe que dans la feuille Charges.",
        "One row per team: the man-days the team can give to projects each quarter (excluding leave and day-to-day work). Use the same team names as in the Workload sheet.";
    TplHowStatus =>
        "Une ligne par projet et par date. La météo globale est obligatoire ; précisez si possible le délai, le coût, le périmètre et les ressources. L'avancement est un pourcentage de 0 à 100 : saisissez 45 pour 45 %. Ajoutez un commentaire, les points d'attention et la décision attendue du CODIR s'il y en a une. Gardez les lignes des campagnes précédentes : elles forment l'historique.",
        "One row per project and date. The overall status is required; give the schedule, cost, scope and resources when you can. Progress is a percentage from 0 to 100: type 45 for 45 %. Add a comment, the watch points and the decision needed from the executive committee if any. Keep the rows of earlier campaigns: they are the history.";
    TplHowRisks =>
        "Une ligne par risque, rattachée à un projet. Probabilité et impact de 1 (faible) à 4 (très fort). La criticité est calculée (probabilité × impact) : gardez la formule ou laissez la cellule vide.",
        "One row per risk, attached to a project. Probability and impact from 1 (low) to 4 (very high). Criticality is computed (probability × impact): keep the formula or leave the cell empty.";
    TplHowMilestones =>
        "Une ligne par jalon. La date initiale est celle engagée au lancement : ne la modifiez pas. Mettez à jour la date prévue à chaque campagne et saisissez la date réelle quand le jalon est atteint.",
        "One row per milestone. The baseline date is the one committed at launch: do not change it. Update the forecast date at each campaign and enter the actual date when the milestone is reached.";
    TplRulesHeading => "Règles à respecter", "Rules to follow";
    TplRuleAmountsLabel => "Montants", "Amounts";
    TplRuleAmounts =>
        "Tous les montants du classeur sont en {unit}, comme l'indique la ligne « Unité » de la feuille Direction. Saisissez des nombres, sans symbole ni texte (par exemple 12500,50).",
        "Every amount of the workbook is in {unit}, as the \"Unit\" row of the Directorate sheet says. Enter numbers, without a symbol or text (e.g. 12500.50).";
    TplRuleDatesLabel => "Dates", "Dates";
    TplRuleDates =>
        "Au format jj/mm/aaaa, par exemple 31/03/{year}. Saisissez de vraies dates, pas du texte comme « fin mars ».",
        "In the dd/mm/yyyy format, e.g. 31/03/{year}. Enter real dates, not text such as \"end of March\".";
    TplRuleListsLabel => "Listes fermées", "Closed lists";
    TplRuleLists =>
        "Les colonnes à liste fermée proposent une liste déroulante : choisissez-y la valeur plutôt que de la saisir. Les valeurs admises sont rappelées ci-dessous.",
        "Columns with a closed list offer a drop-down: pick the value there rather than typing it. The accepted values are listed below.";
    TplRuleStructureLabel => "Structure", "Structure";
    TplRuleStructure =>
        "Ne renommez pas les feuilles ni les en-têtes de colonnes, ne supprimez pas de colonne et n'en ajoutez pas : le classeur est importé automatiquement. Vous pouvez ajouter des lignes, trier et filtrer. Enregistrez au format .xlsx.",
        "Do not rename the sheets or the column headers, do not delete or add columns: the workbook is imported automatically. You may add rows, sort and filter. Save as .xlsx.";
    TplListsHeading => "Valeurs des listes fermées", "Values of the closed lists";
    TplListProjectStatus => "Statut du projet", "Project status";
    TplPriorityValues => "1 (haute), 2 ou 3 (basse)", "1 (high), 2 or 3 (low)";
    TplListWeather => "Météo globale et par axe", "Overall and per-axis status";
    TplListScale => "Probabilité et impact", "Probability and impact";
    TplScaleValues => "1 (faible), 2, 3 ou 4 (très fort)", "1 (low), 2, 3 or 4 (very high)";
    TplListRiskStatus => "Statut du risque", "Risk status";
    TplListErrorTitle => "Valeur hors liste", "Value not in the list";
    TplListErrorMessage =>
        "Choisissez une valeur de la liste déroulante : {expected}.",
        "Pick a value from the drop-down list: {expected}.";
    TplCodeErrorMessage =>
        "Ce code projet n'existe pas dans la feuille Projets. Ajoutez d'abord le projet dans la feuille Projets.",
        "This project code is not in the Projects sheet. Add the project to the Projects sheet first.";
    TplValueErrorTitle => "Valeur incorrecte", "Incorrect value";
    TplNumberErrorMessage => "Attendu : {expected}.", "Expected: {expected}.";
    TplDateInputTitle => "Date", "Date";
    TplDateInputMessage => "Une date au format jj/mm/aaaa, par exemple 31/03/2026.", "A date in the dd/mm/yyyy format, e.g. 31/03/2026.";
    TplDateErrorMessage => "Attendu : une date valide au format jj/mm/aaaa.", "Expected: a valid date in the dd/mm/yyyy format.";
    TplAmountInputTitleEuro => "Montant en euros (€)", "Amount in euros (€)";
    TplAmountInputTitleKiloEuro => "Montant en milliers d'euros (k€)", "Amount in thousands of € (k€)";
    TplAmountInputMessage => "Un nombre, sans symbole. Cellule vide = 0.", "A number, without a symbol. Empty cell = 0.";
    TplAmountErrorMessage =>
        "Attendu : un montant en {unit}, saisi comme un nombre, sans texte ni symbole.",
        "Expected: an amount in {unit}, entered as a number, without text or symbol.";
    TplManDaysInputTitle => "Jours-homme", "Man-days";
    TplPercentInputTitle => "Avancement (%)", "Progress (%)";
    TplPercentInputMessage => "Un pourcentage de 0 à 100 : saisissez 45 pour 45 %.", "A percentage from 0 to 100: type 45 for 45 %.";
    TplYearInputTitle => "Exercice", "Year";
    TplCriticalityInputTitle => "Criticité", "Criticality";
    TplCriticalityInputMessage =>
        "Calculée : probabilité × impact. Gardez la formule ou laissez la cellule vide.",
        "Computed: probability × impact. Keep the formula or leave the cell empty.";
    TplTitleBlank =>
        "Remontée du portefeuille projets — exercice {year} — {campaign}",
        "Project portfolio return — year {year} — {campaign}";
    TplDirectorateToFill => "à saisir dans la feuille Direction", "to be entered in the Directorate sheet";

    // ----- Importer (pmo-import): reasons a workbook cannot be read ----------------------------
    ReasonReaderFailure => "la lecture du fichier s'est interrompue", "reading the file stopped unexpectedly";
    ReasonSheetTooLarge =>
        "la feuille « {sheet} » contient plus de {max} cellules remplies",
        "sheet \"{sheet}\" holds more than {max} filled cells";
    ReasonUnknownFormat => "format inconnu", "unknown format";
    ReasonNotAnArchive =>
        "son contenu n'est pas celui d'un classeur : fichier tronqué, endommagé, ou d'un autre type renommé",
        "its content is not a workbook's: the file is truncated, damaged, or of another type renamed";
    ReasonXmlDamaged => "le contenu du classeur est endommagé", "the workbook's content is damaged";
    IoNotFound => "fichier introuvable", "file not found";
    IoPermissionDenied => "accès refusé", "permission denied";
    IoIsDirectory => "c'est un dossier, pas un fichier", "it is a folder, not a file";
    IoStorageFull => "le disque est plein", "the disk is full";
    ReasonXlsCorrupt => "la structure du fichier .xls est endommagée", "the structure of the .xls file is damaged";
    ReasonXlsTooLarge =>
        "une feuille du fichier .xls annonce plus de cellules qu'un fichier .xls ne peut en contenir",
        "a sheet of the .xls file claims more cells than an .xls file can hold";
    ExpectAmountRange =>
        "un montant d'au plus 1 000 milliards d'euros, en positif comme en négatif",
        "an amount of at most 1,000 billion euros, positive or negative";
    SheetHidden =>
        "La feuille « {found} » est masquée : elle est ignorée. Affichez-la si elle doit être importée.",
        "Sheet \"{found}\" is hidden, so it is ignored. Unhide it if it must be imported.";
    ReasonOdsTruncated => "le contenu du fichier .ods est tronqué ou endommagé", "the content of the .ods file is cut short or damaged";
    // Limits checked before a reader allocates (pmo-import `limits`): each names its limit.
    FileOverLimit =>
        "Le classeur n'a pas été lu : {limit}. Cette limite protège PMO Desk d'un fichier endommagé ou piégé ; un classeur de remontée pèse quelques centaines de Ko. Vérifiez qu'il s'agit du bon fichier, ou enregistrez-le à nouveau depuis Excel.",
        "The workbook was not read: {limit}. This limit protects PMO Desk from a damaged or booby-trapped file; a return workbook weighs a few hundred kB. Check that it is the right file, or save it again from Excel.";
    LimitFileSize => "le fichier pèse {size}, au-delà de la limite de {max}", "the file weighs {size}, beyond the limit of {max}";
    LimitPartSize =>
        "sa partie « {part} » dépasse {max} une fois décompressée",
        "its part \"{part}\" exceeds {max} once decompressed";
    LimitUnpackedSize =>
        "son contenu dépasse {max} une fois décompressé",
        "its content exceeds {max} once decompressed";
    LimitStringsDeclared =>
        "sa table des textes annonce {declared} textes mais n'en contient que {found}",
        "its table of texts announces {declared} texts but holds only {found}";
    LimitStringsCount =>
        "sa table des textes contient plus de {max} textes",
        "its table of texts holds more than {max} texts";
    LimitStringLength =>
        "un texte de sa table des textes (le n° {index}) dépasse la limite d'Excel de {max} caractères par cellule",
        "a text of its table of texts (number {index}) exceeds Excel's limit of {max} characters per cell";
    LimitCellLength =>
        "la cellule {sheet}!{cell} contient {chars} caractères, au-delà de la limite d'Excel de {max} caractères par cellule",
        "cell {sheet}!{cell} holds {chars} characters, beyond Excel's limit of {max} characters per cell";
    LimitRecordLength =>
        "un enregistrement de sa partie « {part} » annonce {size}, plus que la partie n'en contient",
        "a record of its part \"{part}\" announces {size}, more than the part holds";
    LimitSheetText =>
        "les textes de la feuille « {sheet} » dépassent {max}",
        "the texts of sheet \"{sheet}\" exceed {max}";
    LimitSheetBox =>
        "la feuille « {sheet} » s'étend sur {cells} cellules une fois ses lignes et colonnes répétées développées, au-delà de la limite de {max}",
        "sheet \"{sheet}\" spans {cells} cells once its repeated rows and columns are expanded, beyond the limit of {max}";

    RepUnshownCharacters =>
        "Des textes des remontées contiennent des caractères que la police de ce document ne peut pas afficher ; ils y sont remplacés par « ? » ({codes}). Textes concernés : {texts}. La base et les exports les gardent tels qu'écrits.",
        "Texts of the returns hold characters this document's font cannot show; they are replaced here by \"?\" ({codes}). Texts concerned: {texts}. The database and the exports keep them as written.";
    RepUnshownMore => "et {count} {count:autre|autres}", "and {count} more";

    // ----- Consolidated export (pmo-template) --------------------------------------------------
    ExpTitle => "Portefeuille consolidé {year}", "Consolidated portfolio {year}";
    ExpSheetProjects => "Projets", "Projects";
    ExpSheetRequests => "Demandes", "Requests";
    ExpSheetSelection => "Sélection", "Selection";
    ExpColCriterion => "Critère", "Criterion";
    ExpColValue => "Valeur", "Value";
    ExpSelectionYear => "Exercice", "Year";
    ExpSelectionCampaign => "Campagne", "Campaign";
    ExpSelectionLatest => "dernière campagne de chaque direction", "each directorate's latest campaign";
    ExpSelectionProjects => "Projets exportés", "Projects exported";
    ExpSelectionCount => "{shown} sur {total}", "{shown} of {total}";
    ExpSelectionFilters => "Filtres", "Filters";
    ExpSelectionNoFilter => "aucun : tout le portefeuille", "none: the whole portfolio";
    ExpColRequest => "Demande (hors budget voté)", "Request (not in the budget voted)";
    ExpSheetDirectorates => "Directions", "Directorates";
    ExpSheetQuarters => "Trimestres", "Quarters";
    ExpSheetNatures => "Natures et catégories", "Natures and categories";
    ExpSheetAmbitions => "Ambitions", "Ambitions";
    ExpColDirectorate => "Direction", "Directorate";
    ExpColDirectorateName => "Libellé de la direction", "Directorate name";
    ExpColCode => "Code projet", "Project code";
    ExpColName => "Intitulé", "Name";
    ExpColAmbition => "Ambition", "Ambition";
    ExpColInitiative => "Initiative", "Initiative";
    ExpColManager => "Chef de projet", "Project manager";
    ExpColSponsor => "Sponsor", "Sponsor";
    ExpColStatus => "Statut", "Status";
    ExpColPriority => "Priorité", "Priority";
    ExpColKind => "Type", "Type";
    ExpColStart => "Date de début", "Start date";
    ExpColEnd => "Date de fin", "End date";
    ExpColCampaign => "Campagne", "Campaign";
    ExpColBudgetVoted => "Budget voté", "Budget voted";
    ExpColPlanned => "Prévu", "Planned";
    ExpColActual => "Réalisé", "Actual";
    ExpColLanding => "Atterrissage", "Landing";
    ExpColVariance => "Écart", "Variance";
    ExpColVariancePct => "Écart %", "Variance %";
    ExpColBurnRate => "Taux de consommation", "Burn rate";
    ExpColWeather => "Météo", "Weather";
    ExpColWeatherDate => "Date de la météo", "Weather date";
    ExpColOutsideBudget => "Hors budget initial", "Outside initial budget";
    ExpColMissingFromLatest => "Absent de la dernière remontée", "Missing from latest return";
    ExpColProjectCount => "Nombre de projets", "Number of projects";
    ExpColEnvelope => "Enveloppe", "Envelope";
    ExpColBudgetMinusEnvelope => "Budget voté − enveloppe", "Budget voted − envelope";
    ExpColLandingMinusEnvelope => "Atterrissage − enveloppe", "Landing − envelope";
    ExpColLandingStanding => "Atterrissage / enveloppe", "Landing vs envelope";
    ExpColQuarter => "Trimestre", "Quarter";
    ExpColClosed => "Clôturé", "Closed";
    ExpColNature => "Nature", "Nature";
    ExpColCategory => "Catégorie", "Category";
    ExpQuarter => "T{quarter}", "Q{quarter}";
    ExpStandingOver => "Au-dessus", "Over";
    ExpStandingEqual => "Égal", "Equal";
    ExpStandingUnder => "En dessous", "Under";
    ExpNoAmbition => "(sans ambition)", "(no ambition)";
    ExpNoInitiative => "(sans initiative)", "(no initiative)";
    ExpNoCategory => "(sans catégorie)", "(no category)";
    ExpTotal => "Total", "Total";
    // Trace of a figure to its cells (pmo-consolidate `trace`, pmo-core).
    TraceProjectNotFound => "Aucun projet « {project} » dans l'exercice {year}. Vérifiez le code projet (pmo export le liste).",
        "No project \"{project}\" in year {year}. Check the project code (pmo export lists them).";
    TraceAmbiguous => "Le code « {project} » désigne plusieurs projets ({candidates}) : saisissez le code exact, majuscules comprises.",
        "Code \"{project}\" names several projects ({candidates}): type the exact code, with its case.";
    TraceSourceNotGiven => "Les remontées lues ne sont pas celles du calcul (remontée n° {id}) : relancez la commande.",
        "The returns read are not those the figures were computed from (return #{id}): run the command again.";
    TraceBadFigure => "Chiffre inconnu « {found} ». Attendu : budget-vote, realise ou atterrissage (budget_voted, actual, landing).",
        "Unknown figure \"{found}\". Expected: budget_voted, actual or landing (budget-vote, realise, atterrissage).";

    // ----- Alerts (pmo-consolidate) -----------------------------------------------------------
    AlertSeverityCritical => "Critique", "Critical";
    AlertSeverityMajor => "Majeure", "Major";
    AlertSeverityMinor => "Mineure", "Minor";
    AlertRuleDirectorateOverEnvelope => "Enveloppe dépassée", "Envelope exceeded";
    AlertRuleDirectorateMissingReturn => "Remontée manquante", "Missing return";
    AlertRuleVarianceOver => "Dépassement budgétaire", "Over budget";
    AlertRuleVarianceUnder => "Sous-consommation", "Under-spend";
    AlertRuleWeatherBad => "Météo Pluie ou Orage", "Rainy or stormy status";
    AlertRuleWeatherWorse => "Météo dégradée", "Status worse than before";
    AlertRuleMilestoneOverdue => "Jalon en retard", "Milestone overdue";
    AlertRuleMilestoneSlipped => "Jalon décalé", "Milestone slipped";
    AlertRuleRiskCritical => "Risque critique", "Critical risk";
    AlertRuleTeamOverload => "Équipe surchargée", "Team overloaded";
    AlertRuleTeamCapacityMissing => "Capacité non déclarée", "Capacity not given";
    AlertRuleWeatherMissing => "Météo manquante", "Status missing";
    AlertRuleEndDatePassed => "Date de fin dépassée", "End date passed";
    AlertRuleProjectMissingFromReturn => "Projet absent de la dernière remontée", "Project missing from the latest return";
    AlertNone => "aucune", "none";
    AlertEnvelopeOver =>
        "Direction {directorate} : atterrissage de {landing} au-delà de son enveloppe de {envelope} (dépassement de {gap}).",
        "Directorate {directorate}: landing of {landing} above its envelope of {envelope} (over by {gap}).";
    AlertReturnMissing =>
        "Direction {directorate} : aucune remontée pour la campagne {campaign} (dernière remontée de l'exercice {year} : {last}).",
        "Directorate {directorate}: no return for campaign {campaign} (latest return of year {year}: {last}).";
    AlertProjectMissingFromReturn =>
        "Projet {project} « {name} » ({directorate}) : absent de la remontée {campaign}. Ses chiffres restent ceux de la remontée {last} (réalisé {actual}, atterrissage {landing}) : qu'est-il devenu (terminé, abandonné, transféré) ?",
        "Project {project} \"{name}\" ({directorate}): missing from the {campaign} return. Its figures remain those of the {last} return (actual {actual}, landing {landing}): what became of it (done, cancelled, transferred)?";
    AlertVarianceOver =>
        "Projet {project} « {name} » ({directorate}) : atterrissage de {landing} pour un budget voté de {budget}, soit un dépassement de {variance} ({percent}).",
        "Project {project} \"{name}\" ({directorate}): landing of {landing} against a budget voted of {budget}, over by {variance} ({percent}).";
    AlertVarianceOverUnbudgeted =>
        "Projet {project} « {name} » ({directorate}) : hors budget initial, atterrissage de {landing} sans budget voté.",
        "Project {project} \"{name}\" ({directorate}): outside the initial budget, landing of {landing} with no budget voted.";
    AlertVarianceUnder =>
        "Projet {project} « {name} » ({directorate}) : atterrissage de {landing} pour un budget voté de {budget}, soit une sous-consommation de {variance} ({percent}).",
        "Project {project} \"{name}\" ({directorate}): landing of {landing} against a budget voted of {budget}, under-spent by {variance} ({percent}).";
    AlertWeatherBad =>
        "Projet {project} « {name} » ({directorate}) : météo {weather} au {date} (précédente : {previous}).",
        "Project {project} \"{name}\" ({directorate}): status {weather} on {date} (previous: {previous}).";
    AlertWeatherWorse =>
        "Projet {project} « {name} » ({directorate}) : météo dégradée de {previous} à {weather} au {date}.",
        "Project {project} \"{name}\" ({directorate}): status worse, from {previous} to {weather} on {date}.";
    AlertMilestoneOverdue =>
        "Projet {project} « {name} » ({directorate}) : jalon « {milestone} » attendu le {due} et non atteint ({days} {days:jour|jours} de retard).",
        "Project {project} \"{name}\" ({directorate}): milestone \"{milestone}\" due on {due} and not reached ({days} {days:day|days} late).";
    AlertMilestoneSlipped =>
        "Projet {project} « {name} » ({directorate}) : jalon « {milestone} » prévu le {forecast} au lieu du {baseline} initialement ({days} {days:jour|jours} de glissement).",
        "Project {project} \"{name}\" ({directorate}): milestone \"{milestone}\" forecast on {forecast} instead of {baseline} at baseline (slipped by {days} {days:day|days}).";
    AlertRiskCritical =>
        "Projet {project} « {name} » ({directorate}) : risque « {risk} » non clos, de criticité {criticality} (probabilité {probability} × impact {impact}).",
        "Project {project} \"{name}\" ({directorate}): risk \"{risk}\" not closed, of criticality {criticality} (probability {probability} × impact {impact}).";
    AlertTeamOverload =>
        "Équipe {team} ({directorate}) : charge de {load} de sa capacité au T{quarter} ({planned} JH prévus pour {capacity} JH disponibles ; premier projet : {top_project}).",
        "Team {team} ({directorate}): load of {load} of its capacity in Q{quarter} ({planned} man-days planned for {capacity} available; largest project: {top_project}).";
    AlertTeamCapacityMissing =>
        "Équipe {team} ({directorate}) : {man_days} JH de charge prévue sur des trimestres sans capacité déclarée. Ajoutez l'équipe à la feuille Capacité.",
        "Team {team} ({directorate}): {man_days} man-days of planned workload in quarters with no capacity given. Add the team to the Capacity sheet.";
    AlertWeatherMissing =>
        "Projet {project} « {name} » ({directorate}) : en cours sans météo datée du T{quarter} {year} ou après (dernière : {last}).",
        "Project {project} \"{name}\" ({directorate}): in progress with no status dated Q{quarter} {year} or later (latest: {last}).";
    AlertEndDatePassed =>
        "Projet {project} « {name} » ({directorate}) : toujours en cours alors que sa date de fin, le {end}, est passée depuis {days} {days:jour|jours}.",
        "Project {project} \"{name}\" ({directorate}): still in progress although its end date, {end}, passed {days} {days:day|days} ago.";
    AlertSettingVariancePct =>
        "Écart d'un projet, en % de son budget voté, à partir duquel il est signalé (dépassement ou sous-consommation)",
        "A project's variance, in % of its budget voted, from which it is flagged (over or under budget)";
    AlertSettingVarianceAmount =>
        "Écart d'un projet, en euros, à partir duquel il est signalé (dépassement ou sous-consommation)",
        "A project's variance, in euros, from which it is flagged (over or under budget)";
    AlertSettingRiskCriticality =>
        "Criticité (probabilité × impact) à partir de laquelle un risque non clos est signalé",
        "Criticality (probability × impact) from which a risk not closed is flagged";
    AlertSettingTeamLoadPct =>
        "Charge d'une équipe, en % de sa capacité sur un trimestre, au-delà de laquelle elle est signalée",
        "A team's workload, in % of its capacity in a quarter, above which it is flagged";
    AlertSettingMilestoneSlipDays =>
        "Glissement d'un jalon, en jours, au-delà duquel il est signalé (0 : tout glissement)",
        "A milestone's slip, in days, beyond which it is flagged (0: any slip)";
    AlertExpectPercent => "un pourcentage positif ou nul, par exemple 10", "a percentage, zero or more, e.g. 10";
    AlertExpectLoadPercent => "un pourcentage supérieur à 0, par exemple 100", "a percentage above 0, e.g. 100";
    AlertExpectAmount => "un montant en euros positif ou nul, par exemple 50000", "an amount in euros, zero or more, e.g. 50000";
    AlertExpectDays => "un nombre entier de jours, positif ou nul, par exemple 0", "a whole number of days, zero or more, e.g. 0";
    AlertSettingUnknown =>
        "Réglage inconnu « {key} ». Réglages des alertes : {expected}.",
        "Unknown setting \"{key}\". Alert settings: {expected}.";
    AlertSettingInvalid =>
        "Réglage « {key} » : valeur « {found} » refusée. Attendu : {expected}.",
        "Setting \"{key}\": value \"{found}\" refused. Expected: {expected}.";

    // ----- Reports (pmo-report) ----------------------------------------------------------------
    // Titles, running header and footer.
    RepPackTitle => "Revue trimestrielle du portefeuille — {period}", "Quarterly portfolio review — {period}";
    RepDirectoratePackTitle => "Revue trimestrielle du portefeuille — {directorate} — {period}",
        "Quarterly portfolio review — {directorate} — {period}";
    RepCampaignNotReturned =>
        "campagne {campaign} non remontée : chiffres de {sources}",
        "campaign {campaign} not returned: figures of {sources}";
    RepCampaignPartlyReturned =>
        "campagne {campaign}, sauf {list} (pas de remontée {code})",
        "campaign {campaign}, except {list} (no {code} return)";
    RepPackSubtitle => "Exercice {year} · {at}", "Year {year} · {at}";
    RepDirectoratePackSubtitle => "{directorate} · exercice {year} · {at}", "{directorate} · year {year} · {at}";
    RepAtCampaign => "chiffres consolidés de la campagne {campaign}", "consolidated figures of the {campaign} campaign";
    RepProjectSheetTitle => "Fiche projet {code} — {period}", "Project sheet {code} — {period}";
    RepNoCampaign => "aucune remontée", "no return";
    RepConfidentialCodir => "Diffusion restreinte — CODIR", "Restricted distribution — Executive committee";
    RepConfidentialDirectorate =>
        "Diffusion restreinte — direction {directorate}",
        "Restricted distribution — {directorate} directorate";
    RepConfidential => "Diffusion restreinte", "Restricted distribution";
    RepPageLabel => "Page {n} / {total}", "Page {n} / {total}";
    RepContinued => "(suite)", "(continued)";
    RepQuarterYear => "T{quarter} {year}", "Q{quarter} {year}";
    RepQuarterShort => "T{quarter}", "Q{quarter}";
    RepQuarterClosed => "T{quarter} (clos)", "Q{quarter} (closed)";
    RepCampaign => "{name} ({code})", "{name} ({code})";
    RepProjectRef => "{code} «\u{a0}{name}\u{a0}»", "{code} \"{name}\"";
    RepDirectorateNamed => "{name} ({code})", "{name} ({code})";
    RepListAnd => " et ", " and ";
    // Cover.
    RepCoverSources => "Remontées prises en compte", "Returns used";
    RepCoverNoSources => "Aucune remontée prise en compte", "No return used";
    RepCoverSource => "{directorate} · {campaign} · remontée n° {id} importée le {date} ({file})",
        "{directorate} · {campaign} · return #{id} imported on {date} ({file})";
    // Executive summary.
    RepSummaryTitle => "Synthèse", "Executive summary";
    RepMessagesTitle => "Messages clés", "Key messages";
    RepBudgetVoted => "Budget voté", "Budget voted";
    RepLanding => "Atterrissage", "Landing";
    RepVariance => "Écart", "Variance";
    RepActual => "Réalisé", "Actual";
    RepPlanned => "Prévu", "Planned";
    RepEnvelope => "Enveloppe", "Envelope";
    RepProjects => "Projets", "Projects";
    RepTotal => "Total", "Total";
    RepNoteProjects => "Projets : {count}", "Projects: {count}";
    RepNoteBudgetUnknown => "Projets sans budget connu : {count}", "Projects with no known budget: {count}";
    RepNoteLandingAt => "Campagne {campaign}", "Campaign {campaign}";
    RepNoteLandingFrom => "Remontées {campaigns}", "Returns {campaigns}";
    RepNoteVariancePct => "{percent} du budget voté", "{percent} of the budget voted";
    RepNoteBurnRate => "Taux de consommation : {percent}", "Burn rate: {percent}";
    RepNoteInProgress => "En cours : {count}", "In progress: {count}";
    RepByStatus => "Projets par statut", "Projects by status";
    RepByWeather => "Projets par météo", "Projects by weather";
    RepColStatus => "Statut", "Status";
    RepColWeather => "Météo", "Weather";
    RepColProjects => "Projets", "Projects";
    RepNoStatus => "Sans statut", "No status";
    RepNoWeather => "Sans météo", "No weather";
    RepNoProject => "Aucun projet.", "No project.";
    // Key messages of the executive summary: whole sentences, each only when it is the case.
    RepMsgHeadline =>
        "L'atterrissage du portefeuille s'établit à {landing} pour un budget voté de {budget}, soit un écart de {variance} ({percent}).",
        "The portfolio is landing at {landing} against a budget voted of {budget}, a variance of {variance} ({percent}).";
    RepMsgHeadlineUnknown =>
        "L'atterrissage du portefeuille s'établit à {landing} ; le budget voté n'est pas connu pour toutes les directions (remontée de budget initial manquante).",
        "The portfolio is landing at {landing}; the budget voted is not known for every directorate (initial budget return missing).";
    /// Coverage of a view (contract v1.1, section 5): which campaign each directorate's figures
    /// come from, said whenever not every directorate returned the campaign the view is about.
    CoverageNoneReturned =>
        "Aucune direction n'a remonté la campagne {campaign} : les chiffres sont ceux de {sources}.",
        "No directorate has returned campaign {campaign}: the figures are those of {sources}.";
    CoverageBehind =>
        "Sans remontée {campaign} : {list}.",
        "No {campaign} return from: {list}.";
    CoverageSourceGroup => "{campaign} ({list})", "{campaign} ({list})";
    CoverageBehindItem => "{directorate} (chiffres de {last})", "{directorate} (figures of {last})";
    CoverageNoReturnItem => "{directorate} (aucune remontée de l'exercice)", "{directorate} (no return this year)";
    CoverageNoReturnGroup => "sans aucune remontée : {list}", "with no return at all: {list}";
    RepMsgEnvelopesHeldSome =>
        "{list} tiennent leur enveloppe budgétaire ; les autres directions n'ont pas de chiffres ou d'enveloppe connus.",
        "{list} are within their budget envelope; the other directorates have no known figures or envelope.";
    RepMsgEnvelopesHeld =>
        "Toutes les directions tiennent leur enveloppe budgétaire.",
        "Every directorate is within its budget envelope.";
    RepMsgEnvelopeOne =>
        "La direction {directorate} dépasse son enveloppe : atterrissage de {landing} pour une enveloppe de {envelope}, soit {gap} au-delà.",
        "Directorate {directorate} is over its envelope: landing of {landing} against an envelope of {envelope}, {gap} over.";
    RepMsgEnvelopeMany =>
        "{count} directions dépassent leur enveloppe : {list}.",
        "{count} directorates are over their envelope: {list}.";
    RepMsgEnvelopeItem => "{directorate} ({gap})", "{directorate} ({gap})";
    RepMsgWeatherOne => "Le projet {project} est en {weather}.", "Project {project} is {weather}.";
    RepMsgWeatherMany =>
        "{count} projets sont en {weather} : {projects}.",
        "{count} projects are {weather}: {projects}.";
    RepMsgProjectWithStatus => "{project} ({status})", "{project} ({status})";
    RepMsgDriftsOne =>
        "La plus forte dérive par rapport au budget voté concerne {list}.",
        "The largest drift from the budget voted is {list}.";
    RepMsgDriftsMany =>
        "Les plus fortes dérives par rapport au budget voté concernent {list}.",
        "The largest drifts from the budget voted are {list}.";
    RepMsgDriftItem => "{project} ({variance}, {percent})", "{project} ({variance}, {percent})";
    RepMsgDriftUnbudgeted =>
        "{project} (hors budget initial, {landing})",
        "{project} (outside the initial budget, {landing})";
    RepMsgOverloadOne =>
        "L'équipe {team} ({directorate}) est chargée à {load} de sa capacité au T{quarter}.",
        "Team {team} ({directorate}) is loaded at {load} of its capacity in Q{quarter}.";
    RepMsgOverloadMany =>
        "{count} équipes dépassent leur capacité ; la plus chargée, {team} ({directorate}), l'est à {load} au T{quarter}.",
        "{count} teams are over capacity; the busiest, {team} ({directorate}), is at {load} in Q{quarter}.";
    RepMsgDecisionsOne => "Une décision est attendue du CODIR, pour le projet {project}.",
        "One decision is expected from the executive committee, for project {project}.";
    RepMsgDecisionsMany => "{count} décisions sont attendues du CODIR ({projects}) : voir «\u{a0}Décisions attendues\u{a0}».",
        "{count} decisions are expected from the executive committee ({projects}): see \"Decisions expected\".";
    // Charts.
    RepChartsTitle => "Le portefeuille en graphiques", "The portfolio in charts";
    RepChartBudgetByDirectorate =>
        "Budget voté, atterrissage et enveloppe par direction",
        "Budget voted, landing and envelope by directorate";
    RepChartBudgetByProject => "Budget voté et atterrissage par projet", "Budget voted and landing by project";
    RepChartBudgetByProjectTop =>
        "Budget voté et atterrissage des {count} plus gros projets",
        "Budget voted and landing of the {count} largest projects";
    RepChartWeather => "Météo des projets", "Project weather";
    RepChartWeatherMissing => "Météo des projets ({count} sans météo)", "Project weather ({count} without one)";
    RepChartQuarters => "Budget voté, prévu et réalisé par trimestre", "Budget voted, planned and actual by quarter";
    RepChartProjectQuarters => "Prévu et réalisé par trimestre", "Planned and actual by quarter";
    RepChartTeamLoad =>
        "Charge des équipes / capacité (trimestre le plus chargé)",
        "Team load / capacity (busiest quarter)";
    RepChartTeamLoadTop =>
        "Charge / capacité des {count} équipes les plus chargées",
        "Load / capacity of the {count} busiest teams";
    RepChartEmpty => "{title} : aucune donnée à représenter.", "{title}: no data to chart.";
    RepLoad => "Charge", "Load";
    RepLoadLabel => "{load} (T{quarter})", "{load} (Q{quarter})";
    RepCapacityLine => "Capacité", "Capacity";
    // Portfolio by ambition and by directorate.
    RepBreakdownTitle =>
        "Le portefeuille par ambition et par direction",
        "The portfolio by ambition and by directorate";
    RepByAmbitionCaption => "Par ambition stratégique", "By strategic ambition";
    RepByDirectorateCaption => "Par direction, face aux enveloppes", "By directorate, against envelopes";
    RepColAmbition => "Ambition", "Ambition";
    RepColVariancePct => "Écart %", "Variance %";
    RepColDirectorate => "Direction", "Directorate";
    RepColLandingVsEnvelope => "Atterrissage − enveloppe", "Landing − envelope";
    RepNoAmbition => "(sans ambition)", "(no ambition)";
    RepNoEnvelope => "pas d'enveloppe", "no envelope";
    RepNoDirectorate => "Aucune direction.", "No directorate.";
    // Alerts.
    RepAlertsTitle => "Projets en alerte", "Projects on alert";
    RepAlertsCaption => "Alertes critiques et majeures, par gravité", "Critical and major alerts, by severity";
    RepAlertsCaptionAll => "Alertes, par gravité", "Alerts, by severity";
    RepNoMajorAlert => "Aucune alerte critique ni majeure.", "No critical or major alert.";
    RepNoAlert => "Aucune alerte.", "No alert.";
    RepColSeverity => "Gravité", "Severity";
    RepColAlert => "Alerte", "Alert";
    RepColDetail => "Détail", "Detail";
    RepAlertsMinorOne => "S'y ajoute une alerte mineure : {list}.", "There is also one minor alert: {list}.";
    RepAlertsMinorMany =>
        "S'y ajoutent {count} alertes mineures : {list}.",
        "There are also {count} minor alerts: {list}.";
    RepAlertsMinorItem => "{label} ({count})", "{label} ({count})";
    // Changes since the previous campaign.
    RepChangesTitle => "Évolutions depuis la campagne {campaign}", "Changes since the {campaign} campaign";
    RepChangesTitleNone => "Évolutions depuis la campagne précédente", "Changes since the previous campaign";
    RepDiffNone =>
        "Aucune campagne précédente à comparer pour cet exercice.",
        "No previous campaign to compare with for this year.";
    RepDiffLanding =>
        "De {from} à {to}, l'atterrissage du portefeuille passe de {before} à {after}, soit {delta} ({percent}).",
        "From {from} to {to}, the portfolio's landing moves from {before} to {after}, {delta} ({percent}).";
    RepDiffNoReturn => "Sans remontée {campaign}, comparées sur leur dernière remontée : {list}.",
        "No {campaign} return, compared as of their latest return: {list}.";
    RepMovesCaption => "Projets ajoutés, retirés ou recadrés", "Projects added, removed or re-scoped";
    RepColMove => "Mouvement", "Change";
    RepColDirectorateShort => "Dir.", "Dir.";
    RepColProject => "Projet", "Project";
    RepColRequest => "Demande", "Request";
    RepRequestsCaption =>
        "Demandes des projets candidats : hors budget voté, réalisé et atterrissage",
        "Requests of candidate projects: not in the budget voted, actual or landing";
    RepRequestCount => "{count} {count:demande|demandes}", "{count} {count:request|requests}";
    RepColReason => "Motif", "Reason";
    RepColLandingAt => "Atterrissage {campaign}", "Landing {campaign}";
    RepColChange => "Variation", "Change";
    RepColChangePct => "Variation %", "Change %";
    RepMoveAdded => "Ajouté", "Added";
    RepMoveRemoved => "Retiré", "Removed";
    RepMoveRescoped => "Recadré", "Re-scoped";
    RepNoMove => "Aucun projet ajouté, retiré ou recadré.", "No project added, removed or re-scoped.";
    RepReasonStatus => "statut {before} → {after}", "status {before} → {after}";
    RepReasonEndDate => "fin {before} → {after} ({days} j)", "end {before} → {after} ({days} d)";
    RepReasonLinesAdded => "{count} {count:ligne budgétaire ajoutée|lignes budgétaires ajoutées}", "{count} budget {count:line|lines} added";
    RepReasonLinesRemoved => "{count} {count:ligne budgétaire retirée|lignes budgétaires retirées}", "{count} budget {count:line|lines} removed";
    RepReasonLanding => "atterrissage {percent}", "landing {percent}";
    RepDeltasCaption => "Variations d'atterrissage par projet", "Landing changes by project";
    RepDeltasCaptionTop =>
        "Les {count} plus fortes variations d'atterrissage (sur {total})",
        "The {count} largest landing changes (of {total})";
    RepNoLandingChange => "Aucune variation d'atterrissage.", "No landing change.";
    RepLandingBridgeCaption =>
        "De l'atterrissage précédent à l'atterrissage actuel",
        "From the previous landing to the current one";
    RepBudgetBridgeCaption => "Du budget voté à l'atterrissage", "From budget voted to landing";
    RepBridgeLandingAt => "Atterrissage {campaign}", "Landing {campaign}";
    RepBridgeUnbudgeted => "{count} {count:projet|projets} sans budget initial", "{count} {count:project|projects} without an initial budget";
    RepBridgeOthers => "{count} {count:autre projet|autres projets}", "{count} other {count:project|projects}";
    RepColStep => "Étape", "Step";
    RepColRunningTotal => "Cumul", "Running total";
    RepWeatherChangesCaption => "Changements de météo", "Weather changes";
    RepColWeatherAt => "Météo {campaign}", "Weather {campaign}";
    RepColTrend => "Tendance", "Trend";
    RepTrendWorse => "Dégradée", "Worse";
    RepTrendBetter => "Améliorée", "Better";
    RepNoWeatherChange => "Aucun changement de météo.", "No weather change.";
    RepMilestonesMovedCaption => "Jalons déplacés", "Milestones moved";
    RepMilestonesMovedCaptionTop =>
        "Les {count} jalons les plus déplacés (sur {total})",
        "The {count} most moved milestones (of {total})";
    RepColMilestone => "Jalon", "Milestone";
    RepColBaseline => "Date initiale", "Baseline";
    RepColForecastAt => "Prévue {campaign}", "Forecast {campaign}";
    RepColShift => "Décalage", "Shift";
    RepDays => "{days} j", "{days} d";
    RepNoMilestoneMoved => "Aucun jalon déplacé.", "No milestone moved.";
    // Milestones and risks.
    RepMilestonesTitle => "Jalons à surveiller", "Milestones to watch";
    RepRisksTitle => "Principaux risques", "Main risks";
    RepMilestonesCaption =>
        "Jalons en retard ou attendus d'ici la fin du {period}",
        "Milestones late or due by the end of {period}";
    RepColState => "État", "State";
    RepColDue => "Date prévue", "Due";
    RepColSlip => "Glissement", "Slip";
    RepMilestoneLate => "En retard ({days} j)", "Late ({days} d)";
    RepMilestoneDue => "À venir", "Coming";
    RepNoMilestone => "Aucun jalon en retard ni attendu sur la période.", "No milestone late or due in the period.";
    RepRisksCaption => "Risques non clos, par criticité", "Open risks, by criticality";
    RepRisksCaptionTop =>
        "Les {count} risques non clos les plus critiques (sur {total})",
        "The {count} most critical open risks (of {total})";
    RepColCriticality => "Criticité", "Criticality";
    RepCriticality => "{criticality} ({probability} × {impact})", "{criticality} ({probability} × {impact})";
    RepColRisk => "Risque", "Risk";
    RepColRiskStatus => "Statut", "Status";
    RepColOwner => "Propriétaire", "Owner";
    RepColMitigation => "Plan d'action", "Mitigation";
    RepColDueDate => "Échéance", "Due date";
    RepNoRisk => "Aucun risque non clos.", "No open risk.";
    // Decisions expected.
    RepDecisionsTitle => "Décisions attendues du CODIR", "Decisions expected from the executive committee";
    RepDecisionsCaption =>
        "Ce que les projets demandent au CODIR dans leur dernière météo",
        "What projects ask of the executive committee in their latest status";
    RepColDecision => "Décision attendue", "Decision needed";
    RepColContext => "Situation", "Situation";
    RepColStatusDate => "Météo du", "Status of";
    RepNoDecision => "Aucune décision attendue.", "No decision expected.";
    // Appendix and project sheet.
    RepAppendixTitle => "Annexe — fiches projets", "Appendix — project sheets";
    RepIndexCaption => "Les projets du portefeuille", "The portfolio's projects";
    RepProjectTitle => "{code} — {name}", "{code} — {name}";
    RepNoteWeatherProgress => "au {date} · avancement {progress}", "on {date} · progress {progress}";
    RepNoteWeatherAt => "au {date}", "on {date}";
    RepOutsideInitialBudget => "Hors budget initial", "Outside the initial budget";
    RepNoteVarianceOf => "Écart {variance} ({percent})", "Variance {variance} ({percent})";
    RepMissingFromLatest => "Ce projet ne figure plus dans la dernière remontée de sa direction : son réalisé et son atterrissage valent 0.",
        "This project is no longer in its directorate's latest return: its actual and landing are 0.";
    RepIdentityCaption => "Identité", "Identity";
    RepColInitiative => "Initiative", "Initiative";
    RepColPeriod => "Période", "Period";
    RepColLead => "Pilotage", "Lead";
    RepLeadManager => "{name} (chef de projet)", "{name} (project manager)";
    RepLeadSponsor => "{name} (sponsor)", "{name} (sponsor)";
    RepPriority => "priorité P{priority}", "priority P{priority}";
    RepMultiYear => "pluriannuel", "multi-year";
    RepColDescription => "Description", "Description";
    RepPeriod => "du {start} au {end}", "{start} to {end}";
    RepWeatherHistoryCaption => "Historique de la météo", "Weather history";
    RepColDate => "Date", "Date";
    RepColProgress => "Avanc.", "Progress";
    RepColComment => "Commentaire", "Comment";
    RepColOverall => "Globale", "Overall";
    RepColSchedule => "Délai", "Schedule";
    RepColCost => "Coût", "Cost";
    RepColScope => "Périmètre", "Scope";
    RepColResources => "Ressources", "Resources";
    RepColQuarter => "Trimestre", "Quarter";
    RepColForecast => "Date prévue", "Forecast";
    RepColActualDate => "Date réelle", "Actual date";
    RepMilestoneReached => "Atteint", "Reached";
    RepMilestoneReachedLate => "Atteint avec {days} j de retard", "Reached {days} d late";
    RepMilestoneSlipped => "Décalé de {days} j", "Slipped by {days} d";
    RepMilestoneOnTrack => "Dans les temps", "On track";
    RepNoProjectMilestone => "Aucun jalon dans la dernière remontée.", "No milestone in the latest return.";
    RepNoProjectRisk => "Aucun risque dans la dernière remontée.", "No risk in the latest return.";
    RepLastComment => "Commentaire du {date} : {text}", "Comment ({date}): {text}";
    RepWatchPoints => "Points d'attention du {date} : {text}", "Watch points ({date}): {text}";
    RepDecisionNeeded => "Décision attendue : {text}", "Decision needed: {text}";
    RepNoStatusReport => "Aucune météo remontée pour ce projet.", "No status reported for this project.";

    // ----- Desktop app shell (src-tauri): window, dialogs, IPC errors ---------------------------
    AppWindowTitle => "PMO Desk", "PMO Desk";
    AppErrorNotAllowed => "PMO Desk n'ouvre que les fichiers qu'il a écrits ou enregistrés : {path}", "PMO Desk only opens files it wrote or recorded: {path}";
    AppErrorBadArgument => "Valeur « {found} » refusée pour {name} : attendu {expected}.", "Value \"{found}\" refused for {name}: expected {expected}.";
    AppErrorOpenFailed => "Impossible d'ouvrir {path} : {reason}", "Cannot open {path}: {reason}";

    // ----- Desktop app screens (ui/): keys start with `Ui` --------------------------------------
    UiAppName => "PMO Desk", "PMO Desk";
    UiTagline => "Portefeuille projets", "Project portfolio";
    // Navigation and header.
    UiNavLabel => "Navigation principale", "Main navigation";
    UiNavDashboard => "Tableau de bord", "Dashboard";
    UiNavImports => "Imports", "Imports";
    UiNavPortfolio => "Portefeuille", "Portfolio";
    UiNavProject => "Fiche projet", "Project sheet";
    UiNavDirectorates => "Directions", "Directorates";
    UiNavCapacity => "Capacité", "Capacity";
    UiNavReports => "Rapports", "Reports";
    UiNavTemplates => "Modèles", "Templates";
    UiNavSettings => "Paramètres", "Settings";
    UiYear => "Exercice", "Year";
    UiCampaign => "Campagne", "Campaign";
    UiLatestReturn => "Dernière remontée", "Latest return";
    UiCampaignOption => "{code} — {name}", "{code} — {name}";
    UiNoYear => "Aucun exercice", "No year";
    UiVersion => "Version {version}", "Version {version}";
    // States every screen shares.
    UiLoading => "Chargement…", "Loading…";
    UiRetry => "Réessayer", "Try again";
    UiErrorTitle => "L'opération n'a pas abouti", "The operation did not succeed";
    UiCancel => "Annuler", "Cancel";
    UiClose => "Fermer", "Close";
    UiOpen => "Ouvrir", "Open";
    UiAllFeminine => "Toutes", "All";
    UiAllMasculine => "Tous", "All";
    UiNoWeather => "Sans météo", "No status";
    UiNoStatus => "Sans statut", "No status";
    UiNone => "(aucune)", "(none)";
    UiNoReturnForYear => "Aucune remontée pour l'exercice {year} : importez d'abord les classeurs des directions.",
        "No return for year {year}: import the directorates' workbooks first.";
    UiTotal => "Total", "Total";
    UiQuarter => "T{quarter}", "Q{quarter}";
    UiQuarterClosed => "T{quarter} (clos)", "Q{quarter} (closed)";
    UiReturnNumber => "n° {id}", "#{id}";
    UiCellRef => "{sheet}!{cell}", "{sheet}!{cell}";
    UiDays => "{days} j", "{days} d";
    UiSortAscending => "trié par ordre croissant", "sorted ascending";
    UiSortDescending => "trié par ordre décroissant", "sorted descending";
    UiFilterWorkbooks => "Classeurs", "Workbooks";
    UiFilterCsv => "Fichier CSV", "CSV file";
    UiFilterXlsx => "Classeur Excel", "Excel workbook";
    UiFilterPdf => "Document PDF", "PDF document";
    UiFilterBackup => "Base PMO Desk", "PMO Desk database";
    // First launch.
    UiWelcomeTitle => "Bienvenue dans PMO Desk", "Welcome to PMO Desk";
    UiWelcomeText =>
        "La base est vide. Découvrez l'outil avec le portefeuille de démonstration (5 directions, 45 projets), ou importez directement les classeurs de vos directions.",
        "The database is empty. Discover the tool with the demo portfolio (5 directorates, 45 projects), or import your directorates' workbooks right away.";
    UiLoadDemo => "Charger le portefeuille de démonstration", "Load the demo portfolio";
    UiImportWorkbooks => "Importer des classeurs", "Import workbooks";
    UiDemoLoading => "Import du portefeuille de démonstration…", "Importing the demo portfolio…";
    // Dashboard.
    UiDashTitle => "Tableau de bord {year}", "Dashboard {year}";
    UiScopeLatest => "Dernière remontée de chaque direction", "Latest return of each directorate";
    UiScopeCampaign => "Chiffres de la campagne {campaign}", "Figures of the {campaign} campaign";
    UiKpiBudgetVoted => "Budget voté", "Budget voted";
    UiKpiActual => "Réalisé", "Actual";
    UiKpiLanding => "Atterrissage", "Landing";
    UiKpiVariance => "Écart", "Variance";
    UiKpiProjects => "Projets", "Projects";
    UiKpiCriticalAlerts => "Alertes critiques", "Critical alerts";
    UiKpiVarianceNote => "{percent} du budget voté", "{percent} of the budget voted";
    UiKpiBurnRateNote => "Taux de consommation : {percent}", "Burn rate: {percent}";
    UiKpiRequestsNote =>
        "Hors budget voté : {count} {count:demande|demandes} pour {amount}",
        "Not in the budget voted: {count} {count:request|requests} for {amount}";
    UiKpiBudgetUnknownNote => "{count} {count:projet|projets} sans budget connu", "{count} {count:project|projects} with no known budget";
    UiKpiInProgressNote => "{count} en cours", "{count} in progress";
    UiKpiAlertsNote => "{major} {major:majeure|majeures}, {minor} {minor:mineure|mineures}", "{major} major, {minor} minor";
    UiChartByDirectorate => "Budget voté et atterrissage par direction", "Budget voted and landing by directorate";
    UiChartWeather => "Météo des projets", "Project status";
    UiChartQuarters => "Atterrissage par trimestre", "Landing by quarter";
    UiChartNoData => "Aucune donnée à représenter.", "No data to chart.";
    UiLegendBudgetVoted => "Budget voté", "Budget voted";
    UiLegendLanding => "Atterrissage", "Landing";
    UiLegendEnvelope => "Enveloppe", "Envelope";
    UiLegendActual => "Réalisé", "Actual";
    UiLegendForecast => "Prévu", "Forecast";
    UiAlertsTitle => "Alertes", "Alerts";
    UiAlertsCount => "{count} {count:alerte|alertes}", "{count} {count:alert|alerts}";
    UiNoAlert => "Aucune alerte.", "No alert.";
    UiAlertOpensProject => "Ouvrir la fiche du projet {project}", "Open the sheet of project {project}";
    UiAlertOpensDirectorates => "Voir la direction {directorate}", "See directorate {directorate}";
    UiWeatherCount => "{weather} : {count}", "{weather}: {count}";
    // Imports.
    UiImportsTitle => "Imports", "Imports";
    UiImportsIntro =>
        "Chaque classeur est d'abord vérifié, sans rien enregistrer : vous voyez ce qu'il change avant de l'importer.",
        "Each workbook is checked first, without saving anything: you see what it changes before importing it.";
    UiDropZone => "Déposez ici les classeurs des directions (.xlsx, .xlsm, .xls, .ods)", "Drop the directorates' workbooks here (.xlsx, .xlsm, .xls, .ods)";
    UiDropZoneActive => "Relâchez pour vérifier ces fichiers", "Release to check these files";
    UiChooseFiles => "Choisir des fichiers…", "Choose files…";
    UiChecking => "Vérification…", "Checking…";
    UiFileReady => "Prêt à importer", "Ready to import";
    UiFileUnchanged => "Identique à la remontée courante : rien à importer", "Same as the current return: nothing to import";
    UiFileRejected => "Refusé : à corriger dans le classeur", "Rejected: to fix in the workbook";
    UiFileImported => "Importé", "Imported";
    UiFileFailed => "Vérification impossible", "Could not be checked";
    UiFileIdentityUnknown => "Direction, exercice ou campagne illisibles", "Directorate, year or campaign unreadable";
    UiFileIdentity => "{directorate} · exercice {year} · {campaign}", "{directorate} · year {year} · {campaign}";
    UiFileProjects => "{count} {count:projet|projets}", "{count} {count:project|projects}";
    UiChangeNew => "Nouvelle remontée", "New return";
    UiChangeSupersedes => "Remplace la remontée n° {id} du {date} ({file})", "Replaces return #{id} of {date} ({file})";
    UiChangeComparedWith => "Comparée à la remontée {campaign} n° {id} du {date}", "Compared with the {campaign} return #{id} of {date}";
    UiChangeAdded => "Projets ajoutés ({count}) : {list}", "Projects added ({count}): {list}";
    UiChangeRemoved => "Projets retirés ({count}) : {list}", "Projects removed ({count}): {list}";
    UiChangeLanding => "Atterrissage de la direction : {before} → {after} ({delta})", "Directorate landing: {before} → {after} ({delta})";
    UiChangeLandingFirst => "Atterrissage de la direction : {after}", "Directorate landing: {after}";
    UiFindingError => "Erreur", "Error";
    UiFindingWarning => "Avertissement", "Warning";
    UiFindingErrors => "{count} {count:erreur|erreurs}", "{count} {count:error|errors}";
    UiFindingWarnings => "{count} {count:avertissement|avertissements}", "{count} {count:warning|warnings}";
    UiImportAll => "Importer", "Import";
    UiSumTitle =>
        "{figure} de {directorate} : {value}, somme de {count} {count:projet|projets}",
        "{figure} of {directorate}: {value}, the sum of {count} {count:project|projects}";
    UiSumTitlePortfolio =>
        "{figure} du portefeuille : {value}, somme de {count} {count:direction|directions}",
        "{figure} of the portfolio: {value}, the sum of {count} {count:directorate|directorates}";
    UiCapacityCells => "Cellules du T{quarter}", "Cells of Q{quarter}";
    UiWeatherSource =>
        "au {date}, remontée {campaign} n° {id} ({file}), {cell}",
        "on {date}, {campaign} return #{id} ({file}), {cell}";
    UiWeatherSourceNone => "aucune remontée ne donne de météo", "no return gives a status";
    UiSumEnvelopeTitle => "Enveloppe de {directorate} : {value}", "Envelope of {directorate}: {value}";
    UiSumEnvelopeFrom =>
        "Lue dans la remontée {campaign} n° {id} ({file}, importée le {date}), cellule {place}.",
        "Read from the {campaign} return #{id} ({file}, imported on {date}), cell {place}.";
    UiSumEnvelopeNone => "Aucune remontée n'indique d'enveloppe.", "No return states an envelope.";
    UiFilterWord => "{label} : {value}", "{label}: {value}";
    UiFilterSearchWord => "Recherche : « {value} »", "Search: \"{value}\"";
    UiRecordRefused => "Consigner les refus dans l'historique", "Record the refusals in the history";
    UiImportCount => "Importer {count} {count:fichier|fichiers}", "Import {count} {count:file|files}";
    UiImportProgress => "Import en cours : {done} / {total}", "Importing: {done} / {total}";
    UiImportSummary => "Bilan : {imported} {imported:importé|importés}, {unchanged} {unchanged:inchangé|inchangés}, {rejected} {rejected:refusé|refusés}.",
        "Summary: {imported} imported, {unchanged} unchanged, {rejected} rejected.";
    UiRemoveFile => "Retirer", "Remove";
    UiClearFiles => "Vider la liste", "Clear the list";
    UiHistoryTitle => "Historique des imports", "Import history";
    UiHistoryEmpty => "Aucun import pour l'instant.", "No import yet.";
    UiColDate => "Date", "Date";
    UiColEvent => "Événement", "Event";
    UiColReturn => "Remontée", "Return";
    UiColFile => "Fichier", "File";
    UiColFindings => "Anomalies", "Findings";
    UiColState => "État", "State";
    UiEventImported => "Import", "Import";
    UiEventRejected => "Import refusé", "Import rejected";
    UiEventRestored => "Restauration", "Restoration";
    UiReturnCurrent => "Courante", "Current";
    UiReturnSuperseded => "Remplacée", "Superseded";
    UiRestore => "Restaurer", "Restore";
    UiRestoreTitle => "Restaurer la remontée n° {id} ?", "Restore return #{id}?";
    UiRestoreText =>
        "La remontée n° {id} ({identity}) redeviendra la remontée courante. Celle qu'elle remplace reste dans l'historique et pourra être restaurée à son tour.",
        "Return #{id} ({identity}) will become the current return again. The one it replaces stays in the history and can be restored in turn.";
    UiRestoreDone => "Remontée n° {id} redevenue courante.", "Return #{id} is current again.";
    UiIdentity => "{directorate} · {year} · {campaign}", "{directorate} · {year} · {campaign}";
    // Portfolio.
    UiPortfolioTitle => "Portefeuille {year}", "Portfolio {year}";
    UiFilterDirectorate => "Direction", "Directorate";
    UiFilterAmbition => "Ambition", "Ambition";
    UiFilterStatus => "Statut", "Status";
    UiFilterWeather => "Météo", "Status report";
    UiSearch => "Rechercher", "Search";
    UiSearchPlaceholder => "Code ou intitulé", "Code or name";
    UiResetFilters => "Effacer les filtres", "Clear filters";
    UiProjectsShown => "{shown} {total:projet|projets} sur {total}", "{shown} of {total} {total:project|projects}";
    UiExportCsv => "Exporter en CSV…", "Export as CSV…";
    UiExportXlsx => "Exporter en Excel…", "Export as Excel…";
    UiExportWritten => "Export écrit : {path}", "Export written: {path}";
    UiNoProjectMatch => "Aucun projet ne correspond à ces filtres.", "No project matches these filters.";
    UiColCode => "Code", "Code";
    UiColName => "Intitulé", "Name";
    UiColDirectorate => "Direction", "Directorate";
    UiColStatus => "Statut", "Status";
    UiColWeather => "Météo", "Status report";
    UiColBudgetVoted => "Budget voté", "Budget voted";
    UiColActual => "Réalisé", "Actual";
    UiColLanding => "Atterrissage", "Landing";
    UiColVariance => "Écart", "Variance";
    UiColVariancePct => "Écart %", "Variance %";
    UiColForecast => "Prévu", "Forecast";
    UiColQuarter => "Trimestre", "Quarter";
    UiOutsideBudget => "Hors budget initial", "Outside the initial budget";
    UiMissingFromLatest => "Absent de la dernière remontée", "Missing from the latest return";
    // Project sheet.
    UiProjectPick => "Projet", "Project";
    UiProjectPickHint => "Choisissez un projet dans la liste, ou depuis le portefeuille.", "Choose a project in the list, or from the portfolio.";
    UiProjectChoose => "Choisir un projet…", "Choose a project…";
    UiProjectTitle => "{code} — {name}", "{code} — {name}";
    UiProjectIdentity => "Identité", "Identity";
    UiFieldDirectorate => "Direction", "Directorate";
    UiFieldAmbition => "Ambition", "Ambition";
    UiFieldInitiative => "Initiative", "Initiative";
    UiFieldCategory => "Catégorie", "Category";
    UiFieldNature => "Nature", "Nature";
    UiFieldSponsor => "Sponsor", "Sponsor";
    UiFieldManager => "Chef de projet", "Project manager";
    UiFieldPeriod => "Période", "Period";
    UiFieldStatus => "Statut", "Status";
    UiFieldCampaign => "Remontée", "Return";
    UiFieldDescription => "Description", "Description";
    UiPeriod => "du {start} au {end}", "{start} to {end}";
    UiReturnOfCampaign => "{campaign} (remontée n° {id})", "{campaign} (return #{id})";
    UiFigures => "Chiffres", "Figures";
    UiTraceHint => "Cliquez sur un chiffre pour voir les cellules des classeurs dont il est la somme.",
        "Click a figure to see the workbook cells it adds up.";
    UiTraceTitle => "{figure} : {value}, somme de {count} {count:cellule|cellules}", "{figure}: {value}, the sum of {count} {count:cell|cells}";
    UiTraceNoCell => "Aucune cellule : le chiffre vaut 0 ou n'est pas connu.", "No cell: the figure is 0 or unknown.";
    UiColCell => "Cellule", "Cell";
    UiColLine => "Ligne", "Line";
    UiColValue => "Valeur", "Value";
    UiColImportedAt => "Importé le", "Imported on";
    UiTracePlanned => "prévu T{quarter}", "planned Q{quarter}";
    UiTraceActual => "réalisé T{quarter}", "actual Q{quarter}";
    UiBudgetByQuarter => "Budget par trimestre", "Budget by quarter";
    UiWeatherHistory => "Historique de la météo", "Status history";
    UiColComment => "Commentaire", "Comment";
    UiColWatchPoints => "Points d'attention", "Watch points";
    UiColDecision => "Décision attendue", "Decision needed";
    UiRisks => "Risques", "Risks";
    UiNoRisk => "Aucun risque.", "No risk.";
    UiColRisk => "Risque", "Risk";
    UiColCriticality => "Criticité", "Criticality";
    UiCriticality => "{criticality} ({probability} × {impact})", "{criticality} ({probability} × {impact})";
    UiColOwner => "Propriétaire", "Owner";
    UiColMitigation => "Plan d'action", "Mitigation";
    UiColDue => "Échéance", "Due";
    UiMilestones => "Jalons", "Milestones";
    UiNoMilestone => "Aucun jalon.", "No milestone.";
    UiColMilestone => "Jalon", "Milestone";
    UiColBaseline => "Date initiale", "Baseline";
    UiColForecastDate => "Date prévue", "Forecast";
    UiColActualDate => "Date réelle", "Actual date";
    UiColSlip => "Glissement", "Slip";
    UiNoHistory => "Aucune météo remontée.", "No status reported.";
    // Directorates.
    UiDirectoratesTitle => "Directions {year}", "Directorates {year}";
    UiEnvelopeTitle => "Atterrissage face à l'enveloppe", "Landing against the envelope";
    UiColEnvelope => "Enveloppe", "Envelope";
    UiColEnvelopeGap => "Atterrissage − enveloppe", "Landing − envelope";
    UiColProjects => "Projets", "Projects";
    UiOverEnvelope => "Dépassement de {gap}", "Over by {gap}";
    UiUnderEnvelope => "Sous l'enveloppe de {gap}", "Under the envelope by {gap}";
    UiOnEnvelope => "Égal à l'enveloppe", "Equal to the envelope";
    UiNoEnvelope => "Pas d'enveloppe", "No envelope";
    UiCampaignsTitle => "Remontées par campagne", "Returns by campaign";
    UiCampaignReceived => "Reçue le {date}", "Received on {date}";
    UiCampaignMissing => "Non reçue", "Not received";
    UiCampaignReplaced => "{count} {count:version remplacée|versions remplacées}", "{count} superseded {count:version|versions}";
    UiCampaignRejected => "Refusé le {date} : {file} ({errors} {errors:erreur|erreurs})", "Rejected on {date}: {file} ({errors} {errors:error|errors})";
    UiNoDirectorate => "Aucune direction pour cet exercice.", "No directorate for this year.";
    // Capacity.
    UiCapacityTitle => "Capacité {year}", "Capacity {year}";
    UiCapacityIntro =>
        "Charge prévue en % de la capacité de chaque équipe, par trimestre : les équipes surchargées d'abord.",
        "Planned workload as a % of each team's capacity, by quarter: overloaded teams first.";
    UiLegendLoadLow => "moins de {limit}", "under {limit}";
    UiLegendLoadNear => "de {low} à {limit}", "{low} to {limit}";
    UiLegendLoadOver => "au-delà de {limit}", "above {limit}";
    UiLegendNoCapacity => "capacité non renseignée", "capacity not given";
    UiColTeam => "Équipe", "Team";
    UiColYearLoad => "Année", "Year";
    UiTeamOverloaded => "surchargée", "overloaded";
    UiCapacityDetail =>
        "{team} ({directorate}), T{quarter} : {planned} prévus pour {capacity} de capacité, soit {load}",
        "{team} ({directorate}), Q{quarter}: {planned} planned for {capacity} of capacity, {load}";
    UiCapacityDetailMissing => "{team} ({directorate}), T{quarter} : {planned} prévus, capacité non renseignée",
        "{team} ({directorate}), Q{quarter}: {planned} planned, capacity not given";
    UiCapacityProjects => "Projets qui chargent l'équipe (JH prévus sur l'année)", "Projects loading the team (planned MD over the year)";
    UiNoCapacity => "Aucune charge ni capacité dans les remontées.", "No workload or capacity in the returns.";
    UiCapacityPick => "Choisissez une case pour voir son détail.", "Choose a cell to see its details.";
    // Reports.
    UiReportsTitle => "Rapports", "Reports";
    UiReportKind => "Rapport", "Report";
    UiReportKindCodir => "Dossier CODIR", "CODIR pack";
    UiReportKindDirectorate => "Rapport d'une direction", "Directorate report";
    UiReportKindProject => "Fiche projet", "Project sheet";
    UiReportQuarter => "Trimestre", "Quarter";
    UiReportLanguage => "Langue", "Language";
    UiLangFr => "Français", "French";
    UiLangEn => "Anglais", "English";
    UiGenerate => "Générer", "Generate";
    UiSaveAs => "Enregistrer sous…", "Save as…";
    UiGenerating => "Génération…", "Generating…";
    UiReportWritten => "{title} — {pages} {pages:page|pages}", "{title} — {pages} {pages:page|pages}";
    UiReportsHistory => "Rapports générés", "Generated reports";
    UiReportsEmpty => "Aucun rapport généré pour l'instant.", "No report generated yet.";
    UiColGeneratedAt => "Généré le", "Generated on";
    UiColTitle => "Titre", "Title";
    UiColPages => "Pages", "Pages";
    UiFileMoved => "Fichier non enregistré", "File not saved";
    // Templates.
    UiTemplatesTitle => "Modèles de classeur", "Workbook templates";
    UiTemplatesIntro =>
        "Le classeur à envoyer à une direction pour une campagne : vierge, ou prérempli avec les projets et les chiffres de sa dernière remontée.",
        "The workbook to send to a directorate for a campaign: blank, or prefilled with the projects and figures of its latest return.";
    UiTemplateDirectorate => "Direction", "Directorate";
    UiTemplateNewDirectorate => "Autre direction (code)", "Other directorate (code)";
    UiTemplateNoDirectorate => "Sans direction (à saisir par la direction)", "No directorate (entered by the directorate)";
    UiTemplateCode => "Code de la direction", "Directorate code";
    UiTemplateCodeHint => "Lettres majuscules et chiffres, par exemple DSI.", "Capital letters and digits, e.g. DSI.";
    UiTemplateContent => "Contenu", "Content";
    UiTemplatePrefilled => "Prérempli avec la dernière remontée", "Prefilled from the latest return";
    UiTemplateBlank => "Vierge", "Blank";
    UiTemplateWrite => "Écrire le modèle", "Write the template";
    UiTemplateWritten => "Modèle écrit : {count} {count:projet|projets}", "Template written: {count} {count:project|projects}";
    UiTemplatePrefilledFrom => "Modèle écrit, prérempli avec {count} {count:projet|projets} de la remontée n° {id}", "Template written, prefilled with {count} {count:project|projects} from return #{id}";
    // Settings.
    UiSettingsTitle => "Paramètres", "Settings";
    UiSettingsGeneral => "Général", "General";
    UiSettingsAlerts => "Seuils des alertes", "Alert thresholds";
    UiSettingsData => "Données", "Data";
    UiOrganisation => "Nom de l'organisation", "Organisation name";
    UiOrganisationHint => "Imprimé en couverture des rapports CODIR.", "Printed on the cover of the CODIR reports.";
    UiAmountUnit => "Unité des montants", "Amount unit";
    UiUnitEur => "Euros (1 234 567 €)", "Euros (€1,234,567)";
    UiUnitKeur => "Milliers d'euros (1 234,6 k€)", "Thousands of euros (€1,234.6k)";
    UiLanguage => "Langue", "Language";
    UiOutputFolder => "Dossier des rapports, exports et modèles", "Folder for reports, exports and templates";
    UiOutputFolderDefault => "Par défaut : {path}", "Default: {path}";
    UiChooseFolder => "Choisir…", "Choose…";
    UiUseDefault => "Par défaut", "Default";
    UiDefaultValue => "par défaut : {value}", "default: {value}";
    UiSave => "Enregistrer", "Save";
    UiSaved => "Enregistré.", "Saved.";
    UiDatabase => "Base de données", "Database";
    UiBackup => "Sauvegarder la base…", "Back up the database…";
    UiBackupWritten => "Sauvegarde écrite : {path}", "Backup written: {path}";
    UiRestoreBackup => "Restaurer une sauvegarde…", "Restore a backup…";
    UiRestoreBackupTitle => "Restaurer cette sauvegarde ?", "Restore this backup?";
    UiRestoreBackupText =>
        "Toutes les données actuelles seront remplacées par celles de « {path} ». Une copie de sécurité de la base actuelle est gardée à côté d'elle.",
        "All current data will be replaced by that of \"{path}\". A safety copy of the current database is kept next to it.";
    UiRestoreBackupDone => "Base restaurée.", "Database restored.";
    UiAutomaticBackups => "Sauvegardes automatiques", "Automatic backups";
    UiAutomaticBackupsHint =>
        "PMO Desk sauvegarde la base avant chaque import et chaque restauration, dans le dossier « sauvegardes » à côté d'elle ; les 10 dernières sont gardées.",
        "PMO Desk backs the database up before every import and every restore, in the \"sauvegardes\" folder beside it; the latest 10 are kept.";
    UiAutomaticBackupsNone => "Aucune pour l'instant : la première sera prise au prochain import.", "None yet: the first will be taken at the next import.";
    UiBackupBeforeImport => "Avant un import", "Before an import";
    UiBackupBeforeRestoreReturn => "Avant une restauration de remontée", "Before a return was restored";
    UiBackupBeforeRestoreBackup => "Base remplacée par une restauration", "Database replaced by a restore";
    UiBackupSize => "{size} Mo", "{size} MB";
    UiChartValue => "{label} : {value}", "{label}: {value}";
    UiDirectorateNamed => "{name} ({code})", "{name} ({code})";
    UiFieldKind => "Type", "Type";
    UiFieldPriority => "Priorité", "Priority";
    UiPriority => "P{priority}", "P{priority}";
    UiMultiYear => "pluriannuel", "multi-year";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_and_unknown_ones_kept() {
        assert_eq!(fill(Lang::Fr, "a {x} b {y}", [("x", "1".to_string())].into_iter()), "a 1 b {y}");
        assert_eq!(fill(Lang::Fr, "no brace", std::iter::empty()), "no brace");
        assert_eq!(fill(Lang::Fr, "open { only", std::iter::empty()), "open { only");
    }

    #[test]
    fn plural_forms_agree_with_their_count_in_each_language() {
        let f = |lang, n: &str| fill(lang, "{n} {n:projet|projets}", [("n", n.to_string())].into_iter());
        assert_eq!(f(Lang::Fr, "0"), "0 projet", "French: zero takes the singular");
        assert_eq!(f(Lang::Fr, "1"), "1 projet");
        assert_eq!(f(Lang::Fr, "2"), "2 projets");
        assert_eq!(f(Lang::Fr, "1\u{202f}234"), "1\u{202f}234 projets", "a formatted count is still a count");
        let e = |n: &str| fill(Lang::En, "{n} {n:project|projects}", [("n", n.to_string())].into_iter());
        assert_eq!(e("0"), "0 projects", "English: zero takes the plural");
        assert_eq!(e("1"), "1 project");
        assert_eq!(e("12"), "12 projects");
        assert_eq!(fill(Lang::Fr, "{n:a|b}", std::iter::empty()), "{n:a|b}", "a missing count shows up");
        assert_eq!(tr(Lang::Fr, Key::CliProjects, &[("count", &1)]), "1 projet");
        assert_eq!(tr(Lang::En, Key::CliProjects, &[("count", &3)]), "3 projects");
    }

    #[test]
    fn no_text_falls_back_on_an_s_in_brackets() {
        for key in Key::ALL {
            for lang in [Lang::Fr, Lang::En] {
                assert!(!key.text(lang).contains("(s)"), "{}: use a plural form {{n:one|other}}, not « (s) »", key.name());
            }
        }
    }

    #[test]
    fn every_key_has_both_languages_and_the_same_placeholders() {
        for key in Key::ALL {
            let (fr, en) = (key.text(Lang::Fr), key.text(Lang::En));
            assert!(!fr.is_empty() && !en.is_empty(), "{} lacks a text", key.name());
            let names = |s: &str| {
                let mut v: Vec<String> = s
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}').map(|(n, _)| n.split(':').next().unwrap_or(n).to_string()))
                    .collect();
                v.sort();
                v.dedup();
                v
            };
            assert_eq!(names(fr), names(en), "{}: French and English must take the same values", key.name());
            assert_eq!(Key::from_name(key.name()), Some(*key));
        }
    }

    #[test]
    fn lang_parsing() {
        assert_eq!(Lang::parse("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::parse("FR"), Some(Lang::Fr));
        assert_eq!(Lang::parse("de"), None);
    }
}
