//! Workbook writer (being written).
