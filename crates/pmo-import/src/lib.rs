//! Workbook → validated return. (Being written: see crate docs once complete.)

use pmo_model::finding::Finding;
use pmo_model::model::ReturnData;

/// What reading one workbook gives: the return when there is no error, and every finding.
#[derive(Clone, Debug)]
pub struct Parsed {
    pub data: Option<ReturnData>,
    pub findings: Vec<Finding>,
}

/// Reads a workbook from its bytes. `file_name` gives the format by its extension.
pub fn read_workbook(file_name: &str, bytes: &[u8]) -> Parsed {
    let _ = (file_name, bytes);
    unimplemented!("importer being written")
}
