//! The look shared by every workbook PMO Desk writes — the directorate templates and the
//! consolidated export — so that they read as one product (style.md §18).

/// Dark blue of header rows.
pub(crate) const HEADER_FILL: u32 = 0x1F3864;
/// Pale blue of labels (templates) and totals rows (export).
pub(crate) const LIGHT_FILL: u32 = 0xDDE4F0;
pub(crate) const BORDER_COLOR: u32 = 0x8EA0C0;
/// Dates are shown the French way in every workbook.
pub(crate) const DATE_FORMAT: &str = "dd/mm/yyyy";
pub(crate) const INTEGER_FORMAT: &str = "0";
