//! The PMO's settings: alert thresholds (validated by `pmo-consolidate`), the organisation's name
//! for report covers, and the unit amounts are shown in. Stored as text in the store's settings
//! table; every value is checked before it is written, so a stored value always reads.

use std::collections::BTreeMap;

use pmo_consolidate::AlertThresholds;
use pmo_model::i18n::{Key, Lang};
use pmo_model::model::Unit;
use serde::Serialize;

use crate::error::{CoreError, Result};
use crate::Store;

pub const ORGANISATION_NAME: &str = "org.name";
pub const AMOUNT_UNIT: &str = "display.amount_unit";

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

/// Checks and stores a setting. Amount units are stored in their canonical form (`eur`, `keur`).
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

/// Every known key, for messages.
pub fn keys() -> Vec<&'static str> {
    GENERAL.iter().map(|(k, _, _)| *k).chain(AlertThresholds::KEYS.iter().map(|s| s.key)).collect()
}
