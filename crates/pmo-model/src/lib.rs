//! PMO Desk's domain, shared by every stage: the workbook contract as data (`contract`), its
//! closed lists and the content of one return (`model`), exact amounts and dates as directorates
//! write them (`money`, `dates`), import findings (`finding`), and the one catalog of
//! user-facing strings (`i18n`). No I/O, no database, no workbook library here.

pub mod contract;
pub mod dates;
pub mod finding;
pub mod format;
pub mod i18n;
pub mod model;
pub mod money;
pub mod text;
