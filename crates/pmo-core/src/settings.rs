//! The PMO's settings: alert thresholds (validated by `pmo-consolidate`), the organisation's name
//! for report covers, the unit amounts are shown in, the desktop app's language and the folder it
//! writes files into. Stored as text in the store's settings
//! table; every value is checked before it is written, so a stored value always reads.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use pmo_consolidate::AlertThresholds;
use pmo_model::i18n::{Key, Lang};
use pmo_model::model::Unit;
use serde::Serialize;

use crate::error::{CoreError, Result};
use crate::Store;

pub const ORGANISATION_NAME: &str = "org.name";
pub const AMOUNT_UNIT: &str = "display.amount_unit";
pub const LANGUAGE: &str = "display.language";
pub const OUTPUT_FOLDER: &str = "output.folder";

/// The output folder's name inside the user's documents, when `output.folder` is left empty.
pub const DEFAULT_OUTPUT_FOLDER_NAME: &str = "PMO Desk";

/// A setting the PMO can change, with its default and what it means.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SettingView {
    pub key: String,
    pub value: String,
    pub default: String,
    /// Whether the PMO set it (else the default applies).
    pub set: bool,
    pub description: String,
}

/// The general (non-alert) settings: key, default, description.
const GENERAL: &[(&str, &str, Key)] = &[
    (ORGANISATION_NAME, "", Key::SettingOrganisationName),
    (AMOUNT_UNIT, "eur", Key::SettingAmountUnit),
    (LANGUAGE, "fr", Key::SettingLanguage),
    (OUTPUT_FOLDER, "", Key::SettingOutputFolder),
];

/// Every known setting with its current value.
pub fn list(store: &Store, lang: Lang) -> Result<Vec<SettingView>> {
    let stored = pmo_store::all_settings(store.conn())?;
    let mut out = Vec::new();
    for (key, default, description) in GENERAL {
        out.push(view(&stored, key, default, description.text(lang)));
    }
    for spec in AlertThresholds::KEYS {
        out.push(view(&stored, spec.key, spec.default, spec.description.text(lang)));
    }
    Ok(out)
}

fn view(stored: &BTreeMap<String, String>, key: &str, default: &str, description: &str) -> SettingView {
    let value = stored.get(key);
    SettingView {
        key: key.to_string(),
        value: value.cloned().unwrap_or_else(|| default.to_string()),
        default: default.to_string(),
        set: value.is_some(),
        description: description.to_string(),
    }
}

/// The value of a known setting (its default when the PMO did not set it).
pub fn get(store: &Store, key: &str) -> Result<SettingView> {
    list(store, Lang::Fr)?
        .into_iter()
        .find(|s| s.key == key)
        .ok_or_else(|| CoreError::UnknownSetting { key: key.to_string() })
}

/// Checks and stores a setting. Amount units and languages are stored in their canonical form
/// (`eur`, `keur`; `fr`, `en`); an output folder must be an absolute path (or empty: the default).
pub fn set(store: &Store, key: &str, value: &str) -> Result<String> {
    let value = value.trim();
    let canonical = match key {
        ORGANISATION_NAME => value.to_string(),
        AMOUNT_UNIT => match Unit::parse(value) {
            Some(Unit::Euro) => "eur".to_string(),
            Some(Unit::KiloEuro) => "keur".to_string(),
            None => {
                return Err(CoreError::InvalidSettingValue {
                    key: key.to_string(),
                    value: value.to_string(),
                    expected: Key::ExpectUnit,
                })
            }
        },
        LANGUAGE => match value.to_ascii_lowercase().as_str() {
            "fr" | "français" | "francais" | "french" => Lang::Fr.code().to_string(),
            "en" | "anglais" | "english" => Lang::En.code().to_string(),
            _ => return Err(invalid(key, value, Key::ExpectLanguage)),
        },
        OUTPUT_FOLDER if value.is_empty() || Path::new(value).is_absolute() => value.to_string(),
        OUTPUT_FOLDER => return Err(invalid(key, value, Key::ExpectAbsolutePath)),
        _ if AlertThresholds::KEYS.iter().any(|s| s.key == key) => {
            AlertThresholds::validate(key, value)?;
            value.to_string()
        }
        _ => return Err(CoreError::UnknownSetting { key: key.to_string() }),
    };
    pmo_store::set_setting(store.conn(), key, &canonical)?;
    Ok(canonical)
}

/// The unit amounts are displayed in (reports, CLI, app).
pub fn amount_unit(store: &Store) -> Result<Unit> {
    Ok(match pmo_store::get_setting(store.conn(), AMOUNT_UNIT)?.as_deref() {
        Some("keur") => Unit::KiloEuro,
        _ => Unit::Euro,
    })
}

fn invalid(key: &str, value: &str, expected: Key) -> CoreError {
    CoreError::InvalidSettingValue { key: key.to_string(), value: value.to_string(), expected }
}

/// The desktop app's language (French unless the PMO chose English).
pub fn language(store: &Store) -> Result<Lang> {
    Ok(match pmo_store::get_setting(store.conn(), LANGUAGE)?.as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Fr,
    })
}

/// The folder the desktop app writes reports, exports, templates and backups into: the one the
/// PMO set, else `PMO Desk` in their documents folder (`~/Documents` when the system names none).
pub fn output_folder(store: &Store) -> Result<PathBuf> {
    let set = pmo_store::get_setting(store.conn(), OUTPUT_FOLDER)?.filter(|v| !v.trim().is_empty());
    Ok(match set {
        Some(folder) => PathBuf::from(folder),
        None => default_output_folder(),
    })
}

/// `<Documents>/PMO Desk`.
pub fn default_output_folder() -> PathBuf {
    let documents = dirs::document_dir().unwrap_or_else(|| dirs::home_dir().unwrap_or_default().join("Documents"));
    documents.join(DEFAULT_OUTPUT_FOLDER_NAME)
}

/// Every known key, for messages.
pub fn keys() -> Vec<&'static str> {
    GENERAL.iter().map(|(k, _, _)| *k).chain(AlertThresholds::KEYS.iter().map(|s| s.key)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_and_output_folder_are_checked_listed_and_read() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(language(&store).unwrap(), Lang::Fr, "French by default");
        assert_eq!(output_folder(&store).unwrap(), default_output_folder(), "the documents folder by default");
        assert!(default_output_folder().ends_with("PMO Desk") && default_output_folder().is_absolute());

        assert_eq!(set(&store, LANGUAGE, " EN ").unwrap(), "en", "stored in its canonical form");
        assert_eq!(language(&store).unwrap(), Lang::En);
        assert_eq!(set(&store, LANGUAGE, "Français").unwrap(), "fr");
        match set(&store, LANGUAGE, "de") {
            Err(e @ CoreError::InvalidSettingValue { .. }) => {
                assert_eq!(e.message(Lang::Fr), "Valeur « de » refusée pour display.language. Attendu : fr ou en.")
            }
            other => panic!("a language other than fr or en is refused, got {other:?}"),
        }
        assert_eq!(language(&store).unwrap(), Lang::Fr, "a refused value writes nothing");

        let folder = std::env::temp_dir().join("rapports pmo");
        set(&store, OUTPUT_FOLDER, folder.to_str().unwrap()).unwrap();
        assert_eq!(output_folder(&store).unwrap(), folder);
        assert!(
            matches!(set(&store, OUTPUT_FOLDER, "relatif/dossier"), Err(CoreError::InvalidSettingValue { .. })),
            "a relative folder would depend on where the app was started"
        );
        assert_eq!(output_folder(&store).unwrap(), folder, "and is not written");
        set(&store, OUTPUT_FOLDER, "").unwrap();
        assert_eq!(output_folder(&store).unwrap(), default_output_folder(), "empty: back to the default");

        let listed = list(&store, Lang::En).unwrap();
        let language_row = listed.iter().find(|s| s.key == LANGUAGE).expect("display.language is listed");
        assert_eq!((language_row.default.as_str(), language_row.value.as_str()), ("fr", "fr"));
        assert!(language_row.description.contains("fr (French) or en (English)"));
        let folder_row = listed.iter().find(|s| s.key == OUTPUT_FOLDER).expect("output.folder is listed");
        assert_eq!(folder_row.default, "");
        assert!(keys().contains(&OUTPUT_FOLDER) && keys().contains(&LANGUAGE));
        assert_eq!(get(&store, LANGUAGE).unwrap().value, "fr");
    }
}
