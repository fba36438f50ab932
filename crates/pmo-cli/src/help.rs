//! `pmo --help` and usage errors in the user's language.
//!
//! clap writes its own words in English ("Print help", "Usage:", "error: unexpected argument")
//! and the derive takes one language from the doc comments. Here the command tree is rewritten
//! once, before parsing, from the catalog: each command's description is the key
//! `HelpCmd<Path>` (`HelpCmdImport`, `HelpCmdReportCodir`), each argument's `HelpArg<Path><Id>`
//! or, shared by every command, `HelpArg<Id>` (`HelpArgImportDryRun`, `HelpArgYear`). A test
//! walks the tree and fails on any command or argument left without its text.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use pmo_core::i18n::{tr, Key, Lang};

/// The language asked on the command line (`--lang en`, `--lang=fr`), else from `LANG`: known
/// before clap parses, so that the help and the usage errors are already in it.
pub fn lang_of_args(args: &[String]) -> Lang {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let value = match a.strip_prefix("--lang=") {
            Some(v) => Some(v.to_string()),
            None if a == "--lang" => it.next().cloned(),
            None => None,
        };
        if let Some(lang) = value.as_deref().and_then(Lang::parse) {
            return lang;
        }
    }
    Lang::from_env()
}

/// `dry_run` → `DryRun`, `restore-return` → `RestoreReturn`.
fn camel(s: &str) -> String {
    s.split(['_', '-'])
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
        })
        .collect()
}

fn key(name: &str) -> Option<Key> {
    Key::from_name(name)
}

/// The catalog key of an argument of the command at `path` (camel-cased subcommand names).
pub(crate) fn arg_key(path: &str, id: &str) -> Option<Key> {
    key(&format!("HelpArg{path}{}", camel(id))).or_else(|| key(&format!("HelpArg{}", camel(id))))
}

/// The command tree with every text in `lang`.
pub fn localize(cmd: Command, lang: Lang) -> Command {
    let cmd = cmd
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version).help(Key::HelpFlagVersion.text(lang)).help_heading(Key::HelpOptions.text(lang)));
    walk(cmd, lang, "")
}

fn walk(mut cmd: Command, lang: Lang, path: &str) -> Command {
    let usage = Key::HelpUsage.text(lang);
    cmd = cmd
        .disable_help_flag(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(Key::HelpFlagHelp.text(lang)).help_heading(Key::HelpOptions.text(lang)))
        .help_template(format!("{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"))
        .subcommand_help_heading(Key::HelpCommands.text(lang))
        .subcommand_value_name(Key::HelpCommandValue.text(lang));
    let about = if path.is_empty() { Some(Key::HelpCmdPmo) } else { key(&format!("HelpCmd{path}")) };
    if let Some(k) = about {
        cmd = cmd.about(k.text(lang)).long_about(None);
    }
    let ids: Vec<String> =
        cmd.get_arguments().map(|a| a.get_id().to_string()).filter(|id| id != "help" && id != "version").collect();
    for id in ids {
        if let Some(k) = arg_key(path, &id) {
            // The catalog's text names the values and the default itself, in the user's words.
            cmd = cmd.mut_arg(&id, |a| {
                let takes_values = a.get_action().takes_values();
                let heading = if a.is_positional() { Key::HelpArguments } else { Key::HelpOptions };
                let a = a.help(k.text(lang)).long_help(None).hide_env(true).help_heading(heading.text(lang));
                if takes_values {
                    a.hide_possible_values(true).hide_default_value(true)
                } else {
                    a
                }
            });
        }
    }
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in subs {
        let sub_path = format!("{path}{}", camel(&name));
        cmd = cmd.mut_subcommand(&name, |s| walk(s, lang, &sub_path));
    }
    cmd
}

/// A usage error in `lang`: what is wrong, then where to find the help. clap's own sentence
/// is English; its parts (the argument, the value) are put in the catalog's.
pub fn usage_error(e: &clap::Error, lang: Lang) -> String {
    let context = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let text = match e.kind() {
        ErrorKind::UnknownArgument => tr(lang, Key::HelpErrUnknownArgument, &[("arg", &context(ContextKind::InvalidArg))]),
        ErrorKind::InvalidSubcommand => tr(lang, Key::HelpErrUnknownCommand, &[("command", &context(ContextKind::InvalidSubcommand))]),
        ErrorKind::MissingRequiredArgument => {
            tr(lang, Key::HelpErrMissing, &[("arg", &context(ContextKind::InvalidArg))])
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            Key::HelpErrMissingCommand.text(lang).to_string()
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let valid = context(ContextKind::ValidValue);
            let mut s = tr(
                lang,
                Key::HelpErrInvalidValue,
                &[("arg", &context(ContextKind::InvalidArg)), ("value", &context(ContextKind::InvalidValue))],
            );
            if !valid.is_empty() {
                s.push(' ');
                s.push_str(&tr(lang, Key::HelpErrValidValues, &[("values", &valid)]));
            }
            s
        }
        ErrorKind::ArgumentConflict => tr(lang, Key::HelpErrConflict, &[("arg", &context(ContextKind::InvalidArg))]),
        _ => {
            let first = e.to_string();
            let first = first.lines().next().unwrap_or("").trim_start_matches("error: ").to_string();
            tr(lang, Key::HelpErrOther, &[("detail", &first)])
        }
    };
    usage_message(&text, lang)
}

/// A usage error's two lines: what is wrong, then where the help is.
pub fn usage_message(text: &str, lang: Lang) -> String {
    format!("{}\n{}", tr(lang, Key::CliError, &[("message", &text)]), Key::HelpSeeHelp.text(lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn every_command(cmd: &Command, path: &str, out: &mut Vec<(String, Command)>) {
        out.push((path.to_string(), cmd.clone()));
        for s in cmd.get_subcommands() {
            every_command(s, &format!("{path}{}", camel(s.get_name())), out);
        }
    }

    #[test]
    fn every_command_and_argument_has_its_text_in_both_languages() {
        let mut all = Vec::new();
        every_command(&crate::Cli::command(), "", &mut all);
        let mut missing = Vec::new();
        for (path, cmd) in &all {
            if !path.is_empty() && key(&format!("HelpCmd{path}")).is_none() {
                missing.push(format!("HelpCmd{path}"));
            }
            for a in cmd.get_arguments() {
                let id = a.get_id().as_str();
                if arg_key(path, id).is_none() {
                    missing.push(format!("HelpArg{path}{} (or HelpArg{})", camel(id), camel(id)));
                }
            }
        }
        assert!(missing.is_empty(), "help texts missing from the catalog:\n{}", missing.join("\n"));
    }

    #[test]
    fn the_localized_tree_is_a_valid_command_in_both_languages() {
        for lang in [Lang::Fr, Lang::En] {
            localize(crate::Cli::command(), lang).debug_assert();
        }
    }

    #[test]
    fn the_lang_flag_is_read_before_parsing() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(lang_of_args(&args(&["pmo", "--lang", "en", "import", "--help"])), Lang::En);
        assert_eq!(lang_of_args(&args(&["pmo", "import", "--lang=fr", "--help"])), Lang::Fr);
    }
}
