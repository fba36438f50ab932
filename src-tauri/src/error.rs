//! The error every command returns: `{ code, message }`, a stable snake_case `code` the UI may
//! branch on and a `message` in the app's language that it shows as is.

use std::sync::atomic::{AtomicBool, Ordering};

use pmo_core::i18n::{Key, Lang};
use pmo_core::CoreError;
use serde::Serialize;

/// What a failed command sends to the UI.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct IpcError {
    /// Stable, snake_case: the `CoreError` variant (`no_return_for_year`, `unknown_project`,
    /// `io`, `store`, `bad_quarter`, `unknown_setting`, `invalid_setting_value`, `trace`…) or
    /// one of the shell's own (`not_allowed`, `bad_argument`, `open_failed`).
    pub code: String,
    /// The catalog's text in the app's current language.
    pub message: String,
}

/// The app's language for error messages, kept here so that `?` can convert a `CoreError`
/// anywhere without a handle on the store; updated when the PMO changes `display.language`.
static ENGLISH: AtomicBool = AtomicBool::new(false);

pub fn set_lang(lang: Lang) {
    ENGLISH.store(lang == Lang::En, Ordering::Relaxed);
}

pub fn lang() -> Lang {
    if ENGLISH.load(Ordering::Relaxed) {
        Lang::En
    } else {
        Lang::Fr
    }
}

impl IpcError {
    pub fn new(code: &str, message: String) -> IpcError {
        IpcError { code: code.to_string(), message }
    }

    /// A file the app did not write (nor record) may not be opened from the UI.
    pub fn not_allowed(path: &str) -> IpcError {
        IpcError::new("not_allowed", pmo_core::i18n::tr(lang(), Key::AppErrorNotAllowed, &[("path", &path)]))
    }

    /// An argument the UI sent that is not one of the values the command takes.
    pub fn bad_argument(name: &str, found: &str, expected: &str) -> IpcError {
        IpcError::new(
            "bad_argument",
            pmo_core::i18n::tr(lang(), Key::AppErrorBadArgument, &[("name", &name), ("found", &found), ("expected", &expected)]),
        )
    }

    /// The system could not open a file the app wrote.
    pub fn open_failed(path: &str, reason: &dyn std::fmt::Display) -> IpcError {
        IpcError::new("open_failed", pmo_core::i18n::tr(lang(), Key::AppErrorOpenFailed, &[("path", &path), ("reason", reason)]))
    }
}

/// The stable code of a core error: its variant's name in snake_case, refined where one
/// variant covers cases the UI tells apart (the store's "no such return", a traced project
/// that does not exist).
pub fn code_of(e: &CoreError) -> String {
    match e {
        CoreError::Store(inner) => match variant_name(inner).as_str() {
            "return_not_found" | "already_current" | "database_too_new" => variant_name(inner),
            _ => "store".to_string(),
        },
        CoreError::Trace(pmo_core::TraceError::ProjectNotFound { .. }) => "unknown_project".to_string(),
        _ => variant_name(e),
    }
}

/// `NoReturnForYear(2026)` → `no_return_for_year`: derived from `Debug` so that a variant CORE
/// adds gets a code without the shell having to follow.
fn variant_name(e: &dyn std::fmt::Debug) -> String {
    let debug = format!("{e:?}");
    let name = debug.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or_default();
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

impl From<CoreError> for IpcError {
    fn from(e: CoreError) -> IpcError {
        IpcError { code: code_of(&e), message: e.message(lang()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_variants_in_snake_case() {
        assert_eq!(code_of(&CoreError::NoReturnForYear(2026)), "no_return_for_year");
        assert_eq!(code_of(&CoreError::BadQuarter(5)), "bad_quarter");
        assert_eq!(code_of(&CoreError::UnknownSetting { key: "x".into() }), "unknown_setting");
        assert_eq!(
            code_of(&CoreError::InvalidSettingValue { key: "k".into(), value: "v".into(), expected: Key::ExpectUnit }),
            "invalid_setting_value"
        );
        assert_eq!(code_of(&CoreError::io(std::path::Path::new("/x"), std::io::Error::other("boom"))), "io");
    }
}
