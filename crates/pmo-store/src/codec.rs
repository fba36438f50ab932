//! How domain values become column values and back. The one place where the store decides its
//! text forms: cents for money (exact, never rounded here), normalised decimal text for man-days
//! and percentages, ISO dates, RFC 3339 UTC times with milliseconds, stable codes for closed lists.

use std::str::FromStr;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use pmo_model::model::{Campaign, Choice, Unit};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::error::{Error, Result};

/// Money as whole cents; refuses anything that would need rounding, so that what is stored is
/// exactly what the importer produced.
pub(crate) fn cents(value: Decimal, what: &'static str) -> Result<i64> {
    let not_cents = || Error::NotCents { what, value: value.to_string() };
    let scaled = value.checked_mul(Decimal::ONE_HUNDRED).ok_or_else(not_cents)?;
    if scaled.fract() != Decimal::ZERO {
        return Err(not_cents());
    }
    scaled.to_i64().ok_or_else(not_cents)
}

pub(crate) fn opt_cents(value: Option<Decimal>, what: &'static str) -> Result<Option<i64>> {
    value.map(|v| cents(v, what)).transpose()
}

pub(crate) fn from_cents(c: i64) -> Decimal {
    pmo_model::money::from_cents(c)
}

/// Man-days and percentages: the exact decimal, without trailing zeros (`12.5`, `0`).
pub(crate) fn decimal_text(value: Decimal) -> String {
    value.normalize().to_string()
}

pub(crate) fn parse_decimal(text: &str, table: &'static str, column: &'static str) -> Result<Decimal> {
    Decimal::from_str(text).map_err(|_| corrupt(table, column, text))
}

pub(crate) fn date_text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

pub(crate) fn parse_date(text: &str, table: &'static str, column: &'static str) -> Result<NaiveDate> {
    // The store writes dates as `YYYY-MM-DD`; reading them by hand is a few times faster than
    // chrono's format parser, which was a tenth of loading a large year. Anything else takes
    // chrono's path, so what is accepted or refused does not change.
    if let Some(date) = iso_date(text.as_bytes()) {
        return Ok(date);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| corrupt(table, column, text))
}

/// `YYYY-MM-DD` with exactly four, two and two ASCII digits, when it is a real date.
fn iso_date(b: &[u8]) -> Option<NaiveDate> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

pub(crate) fn parse_opt_date(
    text: Option<String>,
    table: &'static str,
    column: &'static str,
) -> Result<Option<NaiveDate>> {
    text.map(|t| parse_date(&t, table, column)).transpose()
}

/// `2026-11-03T10:15:00.000Z`: fixed width, so that text order is time order in SQL.
pub(crate) fn time_text(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub(crate) fn parse_time(text: &str, table: &'static str, column: &'static str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text).map(|t| t.with_timezone(&Utc)).map_err(|_| corrupt(table, column, text))
}

pub(crate) fn parse_campaign(code: &str, table: &'static str) -> Result<Campaign> {
    Campaign::from_code(code).ok_or_else(|| corrupt(table, "campaign", code))
}

/// A closed-list value from its stable code.
pub(crate) fn parse_choice<T: Choice>(code: &str, table: &'static str, column: &'static str) -> Result<T> {
    T::from_code(code).ok_or_else(|| corrupt(table, column, code))
}

pub(crate) fn parse_opt_choice<T: Choice>(
    code: Option<String>,
    table: &'static str,
    column: &'static str,
) -> Result<Option<T>> {
    code.map(|c| parse_choice(&c, table, column)).transpose()
}

/// ASCII codes rather than `€`/`k€`, so that the column reads the same in any SQL tool.
pub(crate) fn unit_code(unit: Unit) -> &'static str {
    match unit {
        Unit::Euro => "EUR",
        Unit::KiloEuro => "kEUR",
    }
}

pub(crate) fn parse_unit(code: &str) -> Result<Unit> {
    match code {
        "EUR" => Ok(Unit::Euro),
        "kEUR" => Ok(Unit::KiloEuro),
        other => Err(corrupt("returns", "unit", other)),
    }
}

/// A small integer column (priority, probability, impact) back into its `u8`.
pub(crate) fn small(value: i64, table: &'static str, column: &'static str) -> Result<u8> {
    u8::try_from(value).map_err(|_| corrupt(table, column, &value.to_string()))
}

/// A 1-based row or 0-based column index back into its `u32`.
pub(crate) fn index(value: i64, table: &'static str, column: &'static str) -> Result<u32> {
    u32::try_from(value).map_err(|_| corrupt(table, column, &value.to_string()))
}

pub(crate) fn corrupt(table: &'static str, column: &'static str, value: &str) -> Error {
    Error::Corrupt { table, column, value: value.to_string() }
}

/// SHA-256 as the store compares it: 64 lower-case hex digits.
pub(crate) fn check_sha256(sha: &str) -> Result<()> {
    if sha.len() == 64 && sha.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        Ok(())
    } else {
        Err(Error::InvalidSha256(sha.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_date_reader_agrees_with_chrono() {
        // A stored date must read the same through the hand-written path as through chrono's
        // `%Y-%m-%d`, and a text chrono refuses must still be refused (a corrupt row).
        for text in ["2026-01-01", "2026-12-31", "2024-02-29", "0001-01-01", "9999-12-31"] {
            let chrono = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
            assert_eq!(iso_date(text.as_bytes()), chrono, "{text}");
            assert_eq!(parse_date(text, "t", "c").ok(), chrono, "{text}");
        }
        for text in ["2025-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "2026/01/01", "", "20260101", "2026-01-01T"] {
            let chrono = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
            assert_eq!(iso_date(text.as_bytes()), None, "{text} is not a canonical stored date");
            assert_eq!(parse_date(text, "t", "c").ok(), chrono, "{text}: chrono decides what else is accepted");
        }
    }

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn money_is_stored_as_exact_cents_and_never_rounded() {
        assert_eq!(cents(d("1234.5"), "x").unwrap(), 123450);
        assert_eq!(cents(d("-0.01"), "x").unwrap(), -1);
        assert_eq!(cents(d("12.3400"), "x").unwrap(), 1234, "trailing zeros are not extra precision");
        assert!(
            matches!(cents(d("0.125"), "x"), Err(Error::NotCents { .. })),
            "sub-cent amounts must be refused, not rounded"
        );
        assert!(cents(Decimal::MAX, "x").is_err(), "amounts beyond 64-bit cents must be refused");
        assert_eq!(from_cents(123450), d("1234.5"));
    }

    #[test]
    fn man_days_keep_every_digit() {
        assert_eq!(decimal_text(d("12.50")), "12.5");
        assert_eq!(decimal_text(d("0.125")), "0.125");
        assert_eq!(decimal_text(d("0.00")), "0");
        assert_eq!(parse_decimal("0.125", "t", "c").unwrap(), d("0.125"));
        assert!(parse_decimal("1,5", "t", "c").is_err());
    }

    #[test]
    fn times_sort_as_text() {
        let a = DateTime::parse_from_rfc3339("2026-11-03T10:15:00Z").unwrap().with_timezone(&Utc);
        let b = DateTime::parse_from_rfc3339("2026-11-03T10:15:00.5Z").unwrap().with_timezone(&Utc);
        assert_eq!(time_text(a), "2026-11-03T10:15:00.000Z");
        assert!(time_text(a) < time_text(b), "fixed-width times must sort in time order");
        assert_eq!(parse_time(&time_text(b), "t", "c").unwrap(), b);
    }

    #[test]
    fn sha256_must_be_lower_case_hex() {
        assert!(check_sha256(&"a".repeat(64)).is_ok());
        assert!(check_sha256(&"A".repeat(64)).is_err(), "upper case would make equal files look different");
        assert!(check_sha256("abc").is_err());
    }
}
