//! Small pure helpers the desktop app needs and the CLI does not: the years with returns, and
//! the default file names of what the app writes into the PMO's output folder.

use std::path::{Path, PathBuf};

use pmo_model::model::{Campaign, Choice};

use crate::error::Result;
use crate::Store;

/// The years with at least one stored return, ascending.
pub fn years(store: &Store) -> Result<Vec<i32>> {
    Ok(pmo_store::years(store.conn())?)
}

/// The sub-folders of the output folder, one per kind of file, named in French as the PMO's
/// colleagues browse them.
pub const EXPORTS_DIR: &str = "Exports";
pub const REPORTS_DIR: &str = "Rapports";
pub const TEMPLATES_DIR: &str = "Modèles";
pub const BACKUPS_DIR: &str = "Sauvegardes";

/// `portefeuille-2026.xlsx`.
pub fn export_file_name(year: i32, extension: &str) -> String {
    format!("portefeuille-{year}.{extension}")
}

/// `modele-DSI-2026-R2.xlsx`, or `modele-2026-R2.xlsx` for a blank template.
pub fn template_file_name(year: i32, campaign: Campaign, directorate: Option<&str>) -> String {
    match directorate.map(|d| file_name_part(d.trim()).to_ascii_uppercase()).filter(|d| !d.is_empty()) {
        Some(d) => format!("modele-{d}-{year}-{}.xlsx", campaign.code()),
        None => format!("modele-{year}-{}.xlsx", campaign.code()),
    }
}

/// `folder/sub/name`, the default place of a file the app writes.
pub fn default_path(folder: &Path, sub: &str, name: &str) -> PathBuf {
    folder.join(sub).join(name)
}

/// A code as it may appear in a file name: letters, digits and dashes kept, anything else (a
/// slash, a dot, a space) becomes `_`, so that a code never leaves its folder.
pub(crate) fn file_name_part(s: &str) -> String {
    s.chars().map(|c| if c.is_alphanumeric() || c == '-' { c } else { '_' }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_names_say_whose_and_which_campaign() {
        assert_eq!(template_file_name(2026, Campaign::R2, Some("dsi")), "modele-DSI-2026-R2.xlsx");
        assert_eq!(template_file_name(2026, Campaign::Bi, None), "modele-2026-BI.xlsx");
        assert_eq!(
            template_file_name(2026, Campaign::Cl, Some("../x")),
            "modele-___X-2026-CL.xlsx",
            "a code cannot climb out of the templates folder"
        );
        assert_eq!(export_file_name(2026, "csv"), "portefeuille-2026.csv");
    }
}
