//! Application settings as key/value text: the organisation's name, alert thresholds and the
//! like. The store does not interpret them; their owners (consolidation, reports) parse them and
//! fall back to their defaults when a key is absent.

use std::collections::BTreeMap;

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;

/// The value of a setting, or `None` if it was never set.
pub fn get_setting(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn.prepare_cached("SELECT value FROM settings WHERE key = ?1")?.query_row([key], |r| r.get(0)).optional()?)
}

/// Sets a setting, replacing any previous value.
pub fn set_setting(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute(params![key, value])?;
    Ok(())
}

/// Removes a setting (so that its owner's default applies again). Returns whether it existed.
pub fn delete_setting(conn: &Connection, key: &str) -> Result<bool> {
    Ok(conn.prepare_cached("DELETE FROM settings WHERE key = ?1")?.execute([key])? > 0)
}

/// Every setting, sorted by key (deterministic for exports).
pub fn all_settings(conn: &Connection) -> Result<BTreeMap<String, String>> {
    let mut stmt = conn.prepare_cached("SELECT key, value FROM settings ORDER BY key")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
