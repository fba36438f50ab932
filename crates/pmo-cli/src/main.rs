//! `pmo`: PMO Desk's core on the command line, for scripts, automation and tests.
//!
//! Every command is a few lines: parse, call one `pmo_core` function, print. Output for humans
//! is in French by default (`--lang en` or `LANG=en*` for English); `--json` outputs are stable
//! contracts documented in the README.
//!
//! Exit codes: 0 success; 1 a file was rejected (import) or the operation failed; 2 usage error.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

/// `println!` that ignores a closed pipe (`pmo history | head`): output that nobody reads is
/// not an error, and must never end in a panic.
macro_rules! say {
    ($($arg:tt)*) => {{
        // What is printed holds the workbooks' text: never a terminal's escape sequence.
        let _ = writeln!(std::io::stdout().lock(), "{}", pmo_core::text::printable(&format!($($arg)*)));
    }};
}

mod help;
mod show;

use pmo_core::import::{FileReport, FileStatus};
use pmo_core::model::{Campaign, Choice};
use pmo_core::{i18n::tr, i18n::Key, i18n::Lang, CoreError};

#[derive(Parser)]
#[command(name = "pmo", version, about = "PMO Desk — portefeuille de projets : import des remontées, consolidation, exports.")]
struct Cli {
    /// Base de données SQLite (sinon $PMO_DB, sinon le fichier de l'application de bureau).
    #[arg(long, global = true, env = "PMO_DB", value_name = "PATH")]
    db: Option<PathBuf>,
    /// Langue des messages : fr ou en (sinon d'après LANG).
    #[arg(long, global = true, value_enum)]
    lang: Option<LangArg>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Fr,
    En,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    Json,
    Csv,
    Xlsx,
}

#[derive(Subcommand)]
enum ReportCommand {
    /// Le dossier trimestriel du CODIR.
    Codir {
        #[command(flatten)]
        common: ReportArgs,
    },
    /// Les mêmes vues pour une direction, à lui renvoyer.
    Directorate {
        #[arg(long, value_name = "CODE")]
        code: String,
        #[command(flatten)]
        common: ReportArgs,
    },
    /// La fiche d'un projet.
    Project {
        #[arg(long, value_name = "CODE")]
        code: String,
        #[command(flatten)]
        common: ReportArgs,
    },
}

#[derive(clap::Args)]
struct ReportArgs {
    /// Exercice (par défaut le plus récent de la base).
    #[arg(long)]
    year: Option<i32>,
    /// Trimestre revu, 1 à 4 (par défaut celui de la dernière campagne remontée).
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    quarter: Option<u8>,
    /// Fichier PDF à écrire (par défaut un nom dérivé du rapport, dans le dossier courant).
    #[arg(long, value_name = "FILE.pdf")]
    out: Option<PathBuf>,
    /// Date imprimée sur le rapport (AAAA-MM-JJ, par défaut aujourd'hui) : la date d'un rapport
    /// déjà envoyé en régénère les mêmes octets.
    #[arg(long, value_name = "DATE")]
    date: Option<chrono::NaiveDate>,
    #[arg(long)]
    json: bool,
}

#[derive(Subcommand)]
enum SettingsCommand {
    /// Affiche la valeur d'un paramètre (sa valeur par défaut s'il n'a pas été fixé).
    Get { key: String },
    /// Fixe un paramètre, après vérification de sa valeur.
    Set { key: String, value: String },
    /// Liste tous les paramètres.
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum Command {
    /// Importe des classeurs de remontée (fichiers, ou dossiers parcourus).
    Import {
        /// Vérifie sans rien enregistrer.
        #[arg(long)]
        dry_run: bool,
        /// Sortie JSON : un tableau, un objet par fichier.
        #[arg(long)]
        json: bool,
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Exporte les chiffres consolidés d'un exercice.
    Export {
        #[arg(long)]
        year: i32,
        #[arg(long, value_enum, default_value = "json")]
        format: ExportFormat,
        /// Fichier de sortie (sinon la sortie standard).
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
    },
    /// Synthèse du portefeuille : totaux, directions et enveloppes, dérives, alertes.
    Status {
        #[arg(long)]
        year: i32,
        /// Campagne de référence (sinon la dernière de chaque direction).
        #[arg(long, value_parser = parse_campaign)]
        campaign: Option<Campaign>,
        #[arg(long)]
        json: bool,
    },
    /// Alertes du portefeuille, selon les seuils fixés par le PMO.
    Alerts {
        #[arg(long)]
        year: i32,
        #[arg(long, value_parser = parse_campaign)]
        campaign: Option<Campaign>,
        #[arg(long)]
        json: bool,
    },
    /// Évolution entre deux campagnes : projets ajoutés, retirés, recadrés, écarts, pont.
    Diff {
        #[arg(long)]
        year: i32,
        #[arg(long, value_parser = parse_campaign)]
        from: Campaign,
        /// Campagne d'arrivée (sinon la dernière de l'exercice).
        #[arg(long, value_parser = parse_campaign)]
        to: Option<Campaign>,
        #[arg(long)]
        json: bool,
    },
    /// Cellules sources d'un chiffre d'un projet (budget voté, réalisé, atterrissage).
    Trace {
        #[arg(value_name = "CODE", required_unless_present_any = ["directorate", "portfolio"], conflicts_with_all = ["directorate", "portfolio"])]
        project: Option<String>,
        #[arg(long)]
        year: i32,
        #[arg(long, value_name = "CODE", conflicts_with = "portfolio")]
        directorate: Option<String>,
        #[arg(long)]
        portfolio: bool,
        #[arg(long, value_parser = parse_campaign, conflicts_with = "project")]
        campaign: Option<Campaign>,
        #[arg(long, requires = "directorate", conflicts_with = "campaign")]
        team: Option<String>,
        #[arg(long, default_value = "landing")]
        figure: String,
        #[arg(long)]
        json: bool,
    },
    /// Charge des équipes face à leur capacité.
    Capacity {
        #[arg(long)]
        year: i32,
        #[arg(long, value_parser = parse_campaign)]
        campaign: Option<Campaign>,
        #[arg(long)]
        json: bool,
    },
    /// Paramètres : seuils d'alerte, nom de l'organisation, unité des montants.
    Settings {
        #[command(subcommand)]
        command: SettingsCommand,
    },
    /// Génère un rapport PDF : dossier CODIR, rapport de direction, fiche projet.
    Report {
        #[command(subcommand)]
        command: ReportCommand,
    },
    /// Rapports déjà générés : quand, pour quoi, à partir de quelles remontées.
    Reports {
        #[arg(long)]
        json: bool,
    },
    /// Historique des imports et restaurations.
    History {
        #[arg(long)]
        json: bool,
    },
    /// Rend de nouveau courante une remontée antérieure (remplacée).
    RestoreReturn {
        #[arg(value_name = "ID")]
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Sauvegarde la base de données dans un fichier (copie cohérente ; n'écrase jamais un fichier).
    Backup {
        #[arg(value_name = "PATH", required_unless_present = "list", conflicts_with = "list")]
        path: Option<PathBuf>,
        /// Liste les sauvegardes automatiques (avant chaque import et chaque restauration).
        #[arg(long)]
        list: bool,
        #[arg(long, requires = "list")]
        json: bool,
    },
    /// Remplace la base par une sauvegarde, après avoir gardé une copie de sécurité de la base
    /// actuelle à côté d'elle.
    RestoreBackup {
        #[arg(value_name = "PATH")]
        path: PathBuf,
    },
    /// Écrit un classeur de remontée vierge ou prérempli.
    Template {
        #[arg(long)]
        year: i32,
        #[arg(long, value_parser = parse_campaign)]
        campaign: Campaign,
        #[arg(long, value_name = "CODE")]
        directorate: Option<String>,
        #[arg(long, value_name = "FILE.xlsx")]
        out: PathBuf,
    },
    /// Écrit un portefeuille de démonstration (5 directions, BI, R1, R2).
    Demo {
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Exercice de la démonstration (par défaut l'année en cours).
        #[arg(long)]
        year: Option<i32>,
    },
}

fn parse_campaign(s: &str) -> Result<Campaign, String> {
    Campaign::parse(s).ok_or_else(|| {
        let codes: Vec<&str> = Campaign::ALL.iter().map(|c| c.code()).collect();
        format!("« {s} » : {}", codes.join(", "))
    })
}

/// A usage error found after parsing (exit code 2), said as clap's are.
fn usage(lang: Lang, detail: &str) -> ExitCode {
    eprintln!("{}", help::usage_message(&tr(lang, Key::HelpErrOther, &[("detail", &detail)]), lang));
    ExitCode::from(2)
}

fn parse_figure(s: &str) -> Result<pmo_core::consolidate::Figure, String> {
    pmo_core::consolidate::Figure::parse(s).ok_or_else(|| format!("« {s} » : budget_voted, actual, landing"))
}

fn main() -> ExitCode {
    // The help and usage errors come in the language asked, from the catalog (help.rs).
    let args: Vec<String> = std::env::args().collect();
    let lang = help::lang_of_args(&args);
    let parsed = help::localize(Cli::command(), lang)
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) if matches!(e.kind(), clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion) => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("{}", help::usage_error(&e, lang));
            return ExitCode::from(2);
        }
    };
    let lang = match cli.lang {
        Some(LangArg::Fr) => Lang::Fr,
        Some(LangArg::En) => Lang::En,
        None => Lang::from_env(),
    };
    match run(cli, lang) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", pmo_core::text::printable(&tr(lang, Key::CliError, &[("message", &e.message(lang))])));
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli, lang: Lang) -> Result<ExitCode, CoreError> {
    let db = cli.db.clone().unwrap_or_else(pmo_core::default_db_path);
    let now = chrono::Utc::now();
    match cli.command {
        Command::Import { dry_run, json, paths } => {
            // A dry run writes nothing, not even a new database file: against a database that
            // does not exist yet, it checks against an empty one in memory, which is the same.
            let mut store = if dry_run && !db.exists() {
                pmo_core::Store::open_in_memory()?
            } else {
                pmo_core::open_store(&db)?
            };
            let files = pmo_core::import::collect_files(&paths)?;
            if files.is_empty() {
                let listed: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
                eprintln!("{}", tr(lang, Key::CliNoFiles, &[("paths", &listed.join(", "))]));
                if json {
                    say!("[]");
                }
                return Ok(ExitCode::from(1));
            }
            let reports = pmo_core::import::import_paths(&mut store, &files, dry_run, now, |report| {
                if !json {
                    print_report(report, lang);
                }
            })?;
            if json {
                let views: Vec<_> = reports.iter().map(|r| r.view(lang)).collect();
                say!("{}", serde_json::to_string_pretty(&views)?);
            } else {
                print_totals(&reports, dry_run, lang);
            }
            let rejected = reports.iter().any(|r| r.status == FileStatus::Rejected);
            Ok(if rejected { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Command::Export { year, format, out } => {
            let store = pmo_core::open_store(&db)?;
            let bytes = match format {
                ExportFormat::Json => pmo_core::export_json(&store, year)?.into_bytes(),
                ExportFormat::Csv => pmo_core::export_csv(&store, year)?.into_bytes(),
                ExportFormat::Xlsx => {
                    if out.is_none() && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                        eprintln!("{}", Key::CliXlsxNeedsOut.text(lang));
                        return Ok(ExitCode::from(2));
                    }
                    pmo_core::export_xlsx(&store, year, lang)?
                }
            };
            write_out(out.as_ref(), &bytes, lang)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Status { year, campaign, json } => {
            let store = pmo_core::open_store(&db)?;
            let status = pmo_core::analysis::status(&store, year, campaign, today())?;
            if json {
                let mut value = serde_json::to_value(&status.summary)?;
                let count = |s: pmo_core::consolidate::Severity| status.alerts.iter().filter(|a| a.severity == s).count();
                value["alert_counts"] = serde_json::json!({
                    "critical": count(pmo_core::consolidate::Severity::Critical),
                    "major": count(pmo_core::consolidate::Severity::Major),
                    "minor": count(pmo_core::consolidate::Severity::Minor),
                    "total": status.alerts.len(),
                });
                say!("{}", serde_json::to_string_pretty(&value)?);
            } else {
                let f = fmt(&store, lang)?;
                for line in show::status(&status.summary, &status.alerts, f) {
                    say!("{line}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Alerts { year, campaign, json } => {
            let store = pmo_core::open_store(&db)?;
            let alerts = pmo_core::analysis::alerts(&store, year, campaign, today())?;
            if json {
                say!("{}", pmo_core::consolidate::alerts_json_text(&alerts, lang).trim_end());
            } else {
                for line in show::alerts(&alerts, fmt(&store, lang)?) {
                    say!("{line}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Diff { year, from, to, json } => {
            let store = pmo_core::open_store(&db)?;
            let diff = pmo_core::analysis::diff(&store, year, from, to)?;
            if json {
                say!("{}", serde_json::to_string_pretty(&diff)?);
            } else {
                for line in show::diff(&diff, fmt(&store, lang)?) {
                    say!("{line}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Trace { project, year, directorate, portfolio, campaign, team, figure, json } => {
            let store = pmo_core::open_store(&db)?;
            if let (Some(team), Some(code)) = (&team, &directorate) {
                // A team's man-days: the Charges or Capacité cells they are the sum of.
                let figure = match pmo_core::text::fold(&figure).as_str() {
                    "planned" | "prevu" | "landing" => "planned",
                    "actual" | "realise" => "actual",
                    "capacity" | "capacite" => "capacity",
                    _ => return Ok(usage(lang, &format!("--figure « {figure} » : planned, actual, capacity"))),
                };
                let trace = pmo_core::trace_man_days(&store, year, None, code, team, figure)?;
                if json {
                    say!("{}", serde_json::to_string_pretty(&trace)?);
                } else {
                    for line in show::man_days_trace(&trace, fmt(&store, lang)?) {
                        say!("{line}");
                    }
                }
                return Ok(ExitCode::SUCCESS);
            }
            let Some(project) = project else {
                // A directorate's figure or a portfolio total: the parts it is the sum of.
                let Some(figure) = pmo_core::consolidate::TotalFigure::parse(&figure) else {
                    return Ok(usage(lang, &format!("--figure « {figure} » : envelope, budget_voted, actual, landing")));
                };
                let trace = pmo_core::trace_sum(&store, year, campaign, directorate.as_deref().filter(|_| !portfolio), figure)?;
                if json {
                    say!("{}", serde_json::to_string_pretty(&trace)?);
                } else {
                    for line in show::sum_trace(&trace, fmt(&store, lang)?) {
                        say!("{line}");
                    }
                }
                return Ok(ExitCode::SUCCESS);
            };
            if matches!(pmo_core::text::fold(&figure).as_str(), "weather" | "meteo") {
                let trace = pmo_core::trace_weather(&store, year, &project)?;
                if json {
                    say!("{}", serde_json::to_string_pretty(&trace)?);
                } else {
                    say!("{}", show::weather_trace(&trace, fmt(&store, lang)?));
                }
                return Ok(ExitCode::SUCCESS);
            }
            let Ok(figure) = parse_figure(&figure) else {
                return Ok(usage(lang, &format!("--figure « {figure} » : budget_voted, actual, landing, weather")));
            };
            let trace = pmo_core::trace(&store, year, &project, figure)?;
            if json {
                say!("{}", serde_json::to_string_pretty(&trace)?);
            } else {
                for line in show::trace(&trace, fmt(&store, lang)?) {
                    say!("{line}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Capacity { year, campaign, json } => {
            let store = pmo_core::open_store(&db)?;
            let view = pmo_core::analysis::capacity(&store, year, campaign)?;
            if json {
                say!("{}", pmo_core::consolidate::capacity_json_text(&view).trim_end());
            } else {
                for line in show::capacity(&view, fmt(&store, lang)?) {
                    say!("{line}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Settings { command } => {
            let store = pmo_core::open_store(&db)?;
            match command {
                SettingsCommand::Get { key } => {
                    let setting = pmo_core::settings::get(&store, &key)?;
                    say!("{}", setting.value);
                }
                SettingsCommand::Set { key, value } => {
                    let stored = pmo_core::settings::set(&store, &key, &value)?;
                    say!("{}", tr(lang, Key::ShowSettingSaved, &[("key", &key), ("value", &stored)]));
                }
                SettingsCommand::List { json } => {
                    let list = pmo_core::settings::list(&store, lang)?;
                    if json {
                        say!("{}", serde_json::to_string_pretty(&list)?);
                    } else {
                        for s in list {
                            let default = if s.set { "" } else { Key::ShowSettingDefault.text(lang) };
                            say!("{:<28} {:<12} {default:<13} {}", s.key, s.value, s.description);
                        }
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Report { command } => {
            let store = pmo_core::open_store(&db)?;
            let (kind, args) = match command {
                ReportCommand::Codir { common } => (pmo_core::report::ReportKind::Codir, common),
                ReportCommand::Directorate { code, common } => {
                    (pmo_core::report::ReportKind::Directorate(code.trim().to_uppercase()), common)
                }
                ReportCommand::Project { code, common } => {
                    (pmo_core::report::ReportKind::Project(code.trim().to_string()), common)
                }
            };
            let (year, quarter) = pmo_core::report::default_period(&store, args.year, args.quarter)?;
            let request = pmo_core::report::ReportRequest {
                kind: kind.clone(),
                year,
                quarter,
                lang,
                date: args.date.unwrap_or_else(today),
            };
            let out = args.out.unwrap_or_else(|| PathBuf::from(pmo_core::report::default_file_name(&kind, year, quarter)));
            let report = pmo_core::report::generate(&store, &request, &out, now)?;
            if !report.unshown_characters.is_empty() {
                eprintln!(
                    "{}",
                    pmo_core::text::printable(&tr(lang, Key::CliReportUnshown, &[("list", &report.unshown_characters.join(" "))]))
                );
            }
            if args.json {
                let mut value = serde_json::to_value(&report)?;
                value["file"] = serde_json::Value::String(out.display().to_string());
                say!("{}", serde_json::to_string_pretty(&value)?);
            } else {
                say!(
                    "{}",
                    tr(
                        lang,
                        Key::CliReportWritten,
                        &[
                            ("path", &out.display()),
                            ("title", &report.title),
                            ("size", &report.size),
                            ("sha", &&report.sha256[..12]),
                            ("id", &report.record_id),
                        ]
                    )
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Reports { json } => {
            let store = pmo_core::open_store(&db)?;
            let list = pmo_core::reports(&store)?;
            if json {
                say!("{}", serde_json::to_string_pretty(&list)?);
            } else if list.is_empty() {
                say!("{}", Key::CliReportsEmpty.text(lang));
            } else {
                for r in &list {
                    let local = r.generated_at.with_timezone(&chrono::Local);
                    let returns: Vec<String> =
                        r.returns.iter().map(|s| format!("{} {}", s.directorate, s.campaign.code())).collect();
                    say!(
                        "{:<4} {} {}  {:<12} {}  [{}]  sha256 {}…  {}",
                        r.id,
                        pmo_core::dates::format_fr(local.date_naive()),
                        local.format("%H:%M"),
                        r.kind,
                        r.title,
                        returns.join(", "),
                        &r.sha256[..12],
                        r.file_path.as_deref().unwrap_or("")
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::History { json } => {
            let store = pmo_core::open_store(&db)?;
            let entries = pmo_core::history(&store)?;
            if json {
                say!("{}", serde_json::to_string_pretty(&pmo_core::history_views(&entries, lang))?);
            } else {
                print_history(&entries, lang);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::RestoreReturn { id, json } => {
            let mut store = pmo_core::open_store(&db)?;
            let outcome = pmo_core::restore_return(&mut store, id, now)?;
            if json {
                say!("{}", serde_json::to_string_pretty(&outcome)?);
            } else {
                let r = &outcome.restored;
                let identity = format!("{} {} {}", r.directorate, r.year, r.campaign.code());
                let line = match &outcome.replaced {
                    Some(old) => tr(lang, Key::CliRestoreDone, &[("id", &r.id), ("identity", &identity), ("replaced", &old.id)]),
                    None => tr(lang, Key::CliRestoreDoneAlone, &[("id", &r.id), ("identity", &identity)]),
                };
                say!("{line}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Backup { list: true, json, .. } => {
            let store = pmo_core::open_store(&db)?;
            let list = pmo_core::backup::automatic_backups(&store);
            if json {
                say!("{}", serde_json::to_string_pretty(&list)?);
            } else if list.is_empty() {
                say!("{}", Key::CliBackupsEmpty.text(lang));
            } else {
                for b in &list {
                    let local = b.taken_at.with_timezone(&chrono::Local);
                    let reason = match b.reason {
                        pmo_core::backup::BackupReason::Import => Key::BackupBeforeImport,
                        pmo_core::backup::BackupReason::RestoreReturn => Key::BackupBeforeRestoreReturn,
                        pmo_core::backup::BackupReason::RestoreBackup => Key::BackupBeforeRestoreBackup,
                    };
                    say!(
                        "{} {}  {:<38} {:>10}  {}",
                        pmo_core::dates::format_fr(local.date_naive()),
                        local.format("%H:%M:%S"),
                        reason.text(lang),
                        pmo_core::format::format_bytes(b.size, lang),
                        b.path
                    );
                }
                say!("{}", tr(lang, Key::CliBackupsRestoreHint, &[("kept", &pmo_core::backup::AUTOMATIC_KEPT)]));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Backup { path, .. } => {
            let path = path.expect("clap requires PATH without --list");
            let store = pmo_core::open_store(&db)?;
            pmo_core::backup(&store, &path)?;
            let size = std::fs::metadata(&path).map_err(|e| CoreError::io(&path, e))?.len();
            say!("{}", tr(lang, Key::CliBackupWritten, &[("path", &path.display()), ("size", &size)]));
            Ok(ExitCode::SUCCESS)
        }
        Command::RestoreBackup { path } => {
            let mut store = pmo_core::open_store(&db)?;
            let safety = pmo_core::restore_backup_at(&mut store, &path, now)?;
            let returns = pmo_core::backup::current_return_count(&store)?;
            say!(
                "{}",
                tr(
                    lang,
                    Key::CliBackupRestored,
                    &[("path", &path.display()), ("returns", &returns), ("safety", &safety.display())]
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Template { year, campaign, directorate, out } => {
            // The database is only read when a directorate asks for a prefilled template, and a
            // blank template must not create a database file as a side effect.
            let store = match &directorate {
                Some(_) => Some(pmo_core::open_store(&db)?),
                None => None,
            };
            let written = pmo_core::template(store.as_ref(), year, campaign, directorate.as_deref())?;
            pmo_core::files::write_file(&out, &written.bytes)?;
            let identity = format!("{} {} {}", written.directorate.as_deref().unwrap_or("—"), year, campaign.code());
            let how = match written.prefilled_from {
                Some(id) => tr(lang, Key::CliTemplatePrefilled, &[("count", &written.projects), ("id", &id)]),
                None => Key::CliTemplateBlank.text(lang).to_string(),
            };
            say!("{} — {how}", tr(lang, Key::CliTemplateWritten, &[("path", &out.display()), ("identity", &identity)]));
            Ok(ExitCode::SUCCESS)
        }
        Command::Demo { out, year } => {
            let year = year.unwrap_or_else(pmo_core::current_year);
            let files = pmo_core::write_demo(&out, year)?;
            say!("{}", tr(lang, Key::CliDemoWritten, &[("dir", &out.display()), ("count", &files.len())]));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Today's date on this workstation, which decides what is overdue.
fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn fmt(store: &pmo_core::Store, lang: Lang) -> Result<show::Fmt, CoreError> {
    Ok(show::Fmt { lang, unit: pmo_core::settings::amount_unit(store)? })
}

fn write_out(out: Option<&PathBuf>, bytes: &[u8], lang: Lang) -> Result<(), CoreError> {
    match out {
        Some(path) => {
            pmo_core::files::write_file(path, bytes)?;
            eprintln!("{}", tr(lang, Key::CliExportWritten, &[("path", &path.display())]));
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`pmo export | head`) is not an error worth a message.
            let _ = stdout.write_all(bytes);
        }
    }
    Ok(())
}

fn print_report(r: &FileReport, lang: Lang) {
    let identity = match (&r.directorate, r.year, r.campaign) {
        (Some(d), Some(y), Some(c)) => format!("{d} {y} {}", c.code()),
        (Some(d), _, _) => d.clone(),
        _ => String::new(),
    };
    let (mark, status) = match (r.status, r.dry_run) {
        (FileStatus::Imported, false) => ("✔", Key::CliImported),
        (FileStatus::Imported, true) => ("✔", Key::CliWouldImport),
        (FileStatus::Unchanged, _) => ("=", Key::CliUnchanged),
        (FileStatus::Rejected, false) => ("✘", Key::CliRejected),
        (FileStatus::Rejected, true) => ("✘", Key::CliWouldReject),
    };
    let mut details: Vec<String> = Vec::new();
    if !identity.is_empty() {
        details.push(identity);
    }
    match r.status {
        FileStatus::Imported => {
            if let Some(n) = r.projects {
                details.push(tr(lang, Key::CliProjects, &[("count", &n)]));
            }
            details.push(match r.superseded_return_id {
                Some(id) => tr(lang, Key::CliSupersedes, &[("id", &id)]),
                None => Key::CliNewReturn.text(lang).to_string(),
            });
        }
        FileStatus::Unchanged => {
            if let Some(id) = r.return_id {
                details.push(tr(lang, Key::CliSameAs, &[("id", &id)]));
            }
        }
        FileStatus::Rejected => {}
    }
    let errors: Vec<_> = r.errors().collect();
    let warnings: Vec<_> = r.warnings().collect();
    if !errors.is_empty() {
        details.push(tr(lang, Key::CliErrors, &[("count", &errors.len())]));
    }
    if !warnings.is_empty() {
        details.push(tr(lang, Key::CliWarnings, &[("count", &warnings.len())]));
    }
    // French puts a space before the colon; English does not.
    let colon = if lang == Lang::Fr { " :" } else { ":" };
    say!("{mark} {} — {}{colon} {}", r.file, status.text(lang), details.join(", "));
    // What the file would do to the directorate's landing, before anything is written.
    if let (Some(after), Some(directorate)) = (r.landing_after, &r.directorate) {
        let euros = |d| pmo_core::format::format_amount(d, pmo_core::model::Unit::Euro, lang);
        say!(
            "  {}",
            match r.landing_before {
                Some(before) => tr(
                    lang,
                    Key::CliLandingChange,
                    &[
                        ("directorate", directorate),
                        ("before", &euros(before)),
                        ("after", &euros(after)),
                        ("delta", &pmo_core::format::format_delta(after - before, pmo_core::model::Unit::Euro, lang)),
                    ],
                ),
                None => tr(lang, Key::CliLandingNew, &[("directorate", directorate), ("after", &euros(after))]),
            }
        );
    }
    for f in errors.iter().chain(warnings.iter()) {
        let place = f.place();
        let tag = if f.is_error() { "✘" } else { "⚠" };
        if place.is_empty() {
            say!("    {tag} {}", f.message(lang));
        } else {
            say!("    {tag} {place} — {}", f.message(lang));
        }
    }
}

fn print_totals(reports: &[FileReport], dry_run: bool, lang: Lang) {
    let count = |s: FileStatus| reports.iter().filter(|r| r.status == s).count();
    say!(
        "{}",
        tr(
            lang,
            Key::CliImportTotals,
            &[
                ("imported", &count(FileStatus::Imported)),
                ("unchanged", &count(FileStatus::Unchanged)),
                ("rejected", &count(FileStatus::Rejected)),
            ]
        )
    );
    if dry_run {
        say!("{}", Key::CliDryRunNote.text(lang));
    }
}

fn print_history(entries: &[pmo_core::HistoryEntry], lang: Lang) {
    if entries.is_empty() {
        say!("{}", Key::CliHistoryEmpty.text(lang));
        return;
    }
    say!("{}", Key::CliHistoryHeader.text(lang));
    for line in pmo_core::history_lines(entries, lang) {
        say!("{line}");
    }
}
