//! Dates as directorates write them: date cells, Excel serial numbers (1900 and 1904 systems) and
//! French or ISO text. The one place where a spreadsheet's date becomes a [`NaiveDate`].

use chrono::{Datelike, Duration, NaiveDate};

/// Earliest and latest dates a portfolio can mention; anything else is a typo or a number that
/// is not a date.
const MIN_YEAR: i32 = 1950;
const MAX_YEAR: i32 = 2200;

/// The date of an Excel serial number. In the 1900 system, day 1 is 1900-01-01 and Excel
/// counts a 29 February 1900 that never existed (serial 60), so serials from 61 on are shifted by
/// one; in the 1904 system (old Mac workbooks) day 0 is 1904-01-01. The time of day is ignored.
pub fn from_serial(serial: f64, date_1904: bool) -> Option<NaiveDate> {
    // Excel's last day is 31/12/9999 (serial 2958465); beyond it chrono's durations overflow
    // (a panic), and no number there is a date anyway.
    if !serial.is_finite() || !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let days = serial.floor() as i64;
    let date = if date_1904 {
        NaiveDate::from_ymd_opt(1904, 1, 1)? + Duration::days(days)
    } else if days >= 61 {
        NaiveDate::from_ymd_opt(1899, 12, 30)? + Duration::days(days)
    } else if days == 60 {
        return None; // 29/02/1900 does not exist
    } else {
        NaiveDate::from_ymd_opt(1899, 12, 31)? + Duration::days(days)
    };
    in_range(date)
}

/// The Excel 1900-system serial of a date (for writing workbooks and tests).
pub fn to_serial(date: NaiveDate) -> f64 {
    let base = NaiveDate::from_ymd_opt(1899, 12, 30).expect("valid base date");
    (date - base).num_days() as f64
}

/// Reads `31/12/2026`, `31.12.2026`, `31-12-2026`, `1/2/26` (day first, as in France),
/// `2026-12-31` (ISO), with an optional time after a space or `T` (`2026-12-31T00:00:00`).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    let date_part = t.split(['T', ' ']).next().unwrap_or(t);
    if date_part.is_empty() {
        return None;
    }
    let parts: Vec<&str> = date_part.split(['/', '.', '-']).collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    let num = |s: &str| s.parse::<i32>().ok();
    let date = if parts[0].len() == 4 {
        NaiveDate::from_ymd_opt(num(parts[0])?, num(parts[1])? as u32, num(parts[2])? as u32)?
    } else {
        let year = match parts[2].len() {
            4 => num(parts[2])?,
            2 => 2000 + num(parts[2])?,
            _ => return None,
        };
        if parts[0].len() > 2 || parts[1].len() > 2 {
            return None;
        }
        NaiveDate::from_ymd_opt(year, num(parts[1])? as u32, num(parts[0])? as u32)?
    };
    in_range(date)
}

/// The date if a portfolio can hold it (1950–2200), else `None`: a serial far outside is a
/// number typed in a date column, not a date.
pub fn in_range(date: NaiveDate) -> Option<NaiveDate> {
    (MIN_YEAR..=MAX_YEAR).contains(&date.year()).then_some(date)
}

/// `30/06/2026`: the French way every date is shown.
pub fn format_fr(date: NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn serials_of_the_1900_system() {
        assert_eq!(from_serial(46022.0, false), Some(ymd(2025, 12, 31)));
        assert_eq!(from_serial(46387.0, false), Some(ymd(2026, 12, 31)));
        assert_eq!(from_serial(46387.75, false), Some(ymd(2026, 12, 31)), "time of day is ignored");
        assert_eq!(from_serial(61.0, false), None, "1900 is outside a portfolio's dates");
        assert_eq!(to_serial(ymd(2026, 12, 31)), 46387.0);
    }

    #[test]
    fn serials_of_the_1904_system() {
        // The same day is 1462 less in the 1904 system.
        assert_eq!(from_serial(46387.0 - 1462.0, true), Some(ymd(2026, 12, 31)));
    }

    #[test]
    fn the_phantom_29_february_1900_and_early_serials() {
        assert_eq!(from_serial(60.0, false), None);
        assert_eq!(from_serial(0.0, false), None);
        assert_eq!(from_serial(-3.0, false), None);
        assert_eq!(from_serial(f64::INFINITY, false), None);
        assert_eq!(from_serial(9.007_199_254_740_992e15, false), None, "a huge number is no date, and no panic");
        assert_eq!(from_serial(1e308, true), None);
        assert_eq!(from_serial(2_958_465.0, false), None, "31/12/9999 is outside a portfolio's dates");
    }

    #[test]
    fn text_dates_in_every_tolerated_form() {
        for (t, want) in [
            ("31/12/2026", ymd(2026, 12, 31)),
            ("31.12.2026", ymd(2026, 12, 31)),
            ("2026-12-31", ymd(2026, 12, 31)),
            ("31-12-2026", ymd(2026, 12, 31)),
            (" 1/2/2026 ", ymd(2026, 2, 1)),
            ("01/02/26", ymd(2026, 2, 1)),
            ("2026-12-31T00:00:00", ymd(2026, 12, 31)),
            ("2026-12-31 10:30:00", ymd(2026, 12, 31)),
        ] {
            assert_eq!(parse_date(t), Some(want), "{t:?}");
        }
        for t in ["", "31/13/2026", "32/12/2026", "2026/31/12", "hier", "12/2026", "31/12/20266", "30/02/2026", "1/1/1900"] {
            assert_eq!(parse_date(t), None, "{t:?}");
        }
    }

    #[test]
    fn french_display() {
        assert_eq!(format_fr(ymd(2026, 6, 30)), "30/06/2026");
    }
}
