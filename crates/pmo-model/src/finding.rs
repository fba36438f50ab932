//! Import findings: what the importer reports about a workbook, as data.
//!
//! A finding names its place (sheet and A1 cell, either may be unknown), its severity and a
//! catalog [`Key`] with the values of its placeholders (`expected`, `found`, `field`…). It is
//! rendered in French or English only when shown, so stored findings can be read in either.

use serde::{Deserialize, Serialize};

use crate::i18n::{tr_owned, Key, Lang};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The workbook is rejected: nothing of it is written.
    Error,
    /// The workbook is accepted; the finding says what was tolerated or ignored.
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    /// The sheet's name as written in the workbook.
    pub sheet: Option<String>,
    /// A1 address within the sheet (`F12`).
    pub cell: Option<String>,
    pub key: Key,
    pub args: Vec<(String, String)>,
}

impl Finding {
    /// "Cannot read the file", with why in each language ([`crate::i18n::io_reason`]).
    pub fn file_io(e: &std::io::Error) -> Finding {
        Finding::error(Key::FileIo)
            .arg("reason", crate::i18n::io_reason(e, Lang::Fr))
            .arg("reason_en", crate::i18n::io_reason(e, Lang::En))
    }

    pub fn error(key: Key) -> Finding {
        Finding { severity: Severity::Error, sheet: None, cell: None, key, args: Vec::new() }
    }

    pub fn warning(key: Key) -> Finding {
        Finding { severity: Severity::Warning, ..Finding::error(key) }
    }

    pub fn at(mut self, sheet: &str, cell: Option<String>) -> Finding {
        self.sheet = Some(sheet.to_string());
        self.cell = cell;
        self
    }

    pub fn arg(mut self, name: &str, value: impl ToString) -> Finding {
        self.args.push((name.to_string(), value.to_string()));
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The message alone, without its place. An argument `x_en` stands in for `x` in English
    /// (lists of expected values are words of the language).
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            let mut args: Vec<(String, String)> = Vec::with_capacity(self.args.len());
            for (name, value) in &self.args {
                if let Some(base) = name.strip_suffix("_en") {
                    args.retain(|(n, _)| n != base);
                    args.push((base.to_string(), value.clone()));
                } else if !self.args.iter().any(|(n, _)| n.strip_suffix("_en") == Some(name)) {
                    args.push((name.clone(), value.clone()));
                }
            }
            return tr_owned(lang, self.key, &args);
        }
        tr_owned(lang, self.key, &self.args)
    }

    /// `Budget!F12` or `Budget` or empty.
    pub fn place(&self) -> String {
        match (&self.sheet, &self.cell) {
            (Some(s), Some(c)) => format!("{s}!{c}"),
            (Some(s), None) => s.clone(),
            (None, Some(c)) => c.clone(),
            (None, None) => String::new(),
        }
    }

    /// The form that crosses the CLI's JSON and the desktop app's IPC.
    pub fn to_view(&self, lang: Lang) -> FindingView {
        FindingView {
            sheet: self.sheet.clone(),
            cell: self.cell.clone(),
            message: self.message(lang),
            code: self.key.name().to_string(),
        }
    }

    /// The storable form: language-neutral.
    pub fn to_stored(&self) -> StoredFinding {
        StoredFinding {
            severity: self.severity,
            sheet: self.sheet.clone(),
            cell: self.cell.clone(),
            key: self.key.name().to_string(),
            args: self.args.clone(),
        }
    }
}

/// `{"sheet", "cell", "message", "code"}`: the shape of the `pmo import --json` findings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FindingView {
    pub sheet: Option<String>,
    pub cell: Option<String>,
    pub message: String,
    /// The catalog key, stable across languages, for scripts and the UI to branch on.
    pub code: String,
}

/// A finding as kept in the import history (JSON in the database).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredFinding {
    pub severity: Severity,
    pub sheet: Option<String>,
    pub cell: Option<String>,
    pub key: String,
    pub args: Vec<(String, String)>,
}

impl StoredFinding {
    /// Back to a finding; `None` if the key no longer exists in the catalog.
    pub fn to_finding(&self) -> Option<Finding> {
        Some(Finding {
            severity: self.severity,
            sheet: self.sheet.clone(),
            cell: self.cell.clone(),
            key: Key::from_name(&self.key)?,
            args: self.args.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finding_renders_in_both_languages_with_its_place() {
        let f = Finding::error(Key::AmountInvalid)
            .at("Budget", Some("F12".into()))
            .arg("field", "Prévu T1")
            .arg("found", "abc");
        assert_eq!(f.place(), "Budget!F12");
        assert!(f.message(Lang::Fr).contains("montant illisible « abc »"));
        assert!(f.message(Lang::En).contains("unreadable amount \"abc\""));
        let listed = Finding::error(Key::ChoiceInvalid)
            .arg("field", "Météo")
            .arg("found", "Neige")
            .arg("expected", "Soleil ou Pluie")
            .arg("expected_en", "Sunny or Rainy");
        assert!(listed.message(Lang::Fr).ends_with("Attendu : Soleil ou Pluie."));
        assert!(listed.message(Lang::En).ends_with("Expected: Sunny or Rainy."), "{}", listed.message(Lang::En));
        let back = f.to_stored().to_finding().unwrap();
        assert_eq!(back, f, "a stored finding must come back identical");
    }
}
