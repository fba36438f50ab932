//! Exact amounts: reading them as directorates write them, storing them as cents, printing them.
//!
//! This is the one place where a spreadsheet's binary float becomes a [`Decimal`]
//! ([`from_cell_f64`]) and where text such as `1 234,50 €` or `€1,234.50` is read
//! ([`parse_amount`]). Past this module, money is never an `f64`.

use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::{Decimal, RoundingStrategy};

/// The value of a numeric cell as a decimal. Spreadsheets store numbers as binary doubles;
/// `Decimal::from_f64` returns the shortest decimal that reads back as the same double, which is
/// what the user typed (1234.56, not 1234.5599999…). Non-finite values have no decimal.
pub fn from_cell_f64(v: f64) -> Option<Decimal> {
    if !v.is_finite() {
        return None;
    }
    Decimal::from_f64(v).map(|d| d.normalize())
}

/// Reads an amount written as text, in French or English notation:
/// `1234,5`, `1 234,50`, `1 234,50 €` (spaces may be U+00A0, U+202F or U+2009), `1,234.50`,
/// `€1,234.50`, `-1 234`, `−12,5`, `(1 234,50)` (accounting negative), `EUR 12`.
///
/// A single comma is a decimal comma (French first: `1,234` is 1.234); a single dot is a decimal
/// point; when both appear, the last one is the decimal separator and the other groups thousands.
/// Grouped thousands must come in threes, so typos such as `12,34,5` are refused rather than
/// guessed. Returns `None` for anything else, including percentages and empty text.
pub fn parse_amount(text: &str) -> Option<Decimal> {
    let s: String = text.chars().filter(|c| !c.is_whitespace() && *c != '\u{200b}').collect();
    // The sign may stand before the symbol (`-€12`) or after it (`€-12`).
    let (sign, unsigned) = match s.strip_prefix('-').or_else(|| s.strip_prefix('\u{2212}')) {
        Some(rest) => ("-", rest),
        None => ("", s.as_str()),
    };
    let mut body = unsigned;
    for symbol in ["€", "EUR", "eur", "Eur"] {
        body = body.strip_suffix(symbol).or_else(|| body.strip_prefix(symbol)).unwrap_or(body);
    }
    parse_number_body(&format!("{sign}{body}"))
}

/// Reads a plain number written as text (man-days, rates): like [`parse_amount`] without the
/// currency symbols.
pub fn parse_number(text: &str) -> Option<Decimal> {
    let s: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    parse_number_body(&s)
}

fn parse_number_body(s: &str) -> Option<Decimal> {
    let (negative, body) = split_sign(s)?;
    if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '\'' | '’')) {
        return None;
    }
    let body = body.replace(['’'], "'");
    let last_dot = body.rfind('.');
    let last_comma = body.rfind(',');
    let decimal_at = match (last_dot, last_comma) {
        (Some(d), Some(c)) => Some(d.max(c)),
        (Some(d), None) if body.matches('.').count() == 1 => Some(d),
        (None, Some(c)) if body.matches(',').count() == 1 => Some(c),
        _ => None,
    };
    let (int_part, frac_part) = match decimal_at {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body.as_str(), ""),
    };
    if !frac_part.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let digits = ungroup(int_part)?;
    if digits.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut plain = String::with_capacity(digits.len() + frac_part.len() + 2);
    if negative {
        plain.push('-');
    }
    plain.push_str(if digits.is_empty() { "0" } else { &digits });
    if !frac_part.is_empty() {
        plain.push('.');
        plain.push_str(frac_part);
    }
    plain.parse::<Decimal>().ok()
}

/// `-x`, `+x`, `−x` (U+2212), `(x)` → (negative, x).
fn split_sign(s: &str) -> Option<(bool, &str)> {
    if let Some(inner) = s.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        return Some((true, inner));
    }
    if let Some(r) = s.strip_prefix('-').or_else(|| s.strip_prefix('\u{2212}')) {
        return Some((true, r));
    }
    if let Some(r) = s.strip_suffix('-') {
        return Some((true, r));
    }
    Some((false, s.strip_prefix('+').unwrap_or(s)))
}

/// Removes thousands separators from the integer part, checking groups of three.
fn ungroup(int_part: &str) -> Option<String> {
    let groups: Vec<&str> = int_part.split(['.', ',', '\'']).collect();
    if groups.len() == 1 {
        return Some(groups[0].to_string());
    }
    let (first, rest) = groups.split_first()?;
    if first.is_empty() || first.len() > 3 || rest.iter().any(|g| g.len() != 3) {
        return None;
    }
    Some(groups.concat())
}

/// Rounds half-even to the cent. Returns the rounded value and whether rounding changed it.
pub fn round_to_cent(d: Decimal) -> (Decimal, bool) {
    let r = d.round_dp_with_strategy(2, RoundingStrategy::MidpointNearestEven);
    (r, r != d)
}

/// Cents as stored in the database. Amounts beyond ±92 million billion euros do not fit.
pub fn to_cents(d: Decimal) -> Option<i64> {
    (round_to_cent(d).0 * Decimal::ONE_HUNDRED).to_i64()
}

pub fn from_cents(cents: i64) -> Decimal {
    Decimal::new(cents, 2)
}

/// `"1234.50"`, `"-12.00"`: the machine form of amounts in JSON and CSV.
pub fn to_plain(d: Decimal) -> String {
    let mut r = round_to_cent(d).0;
    r.rescale(2);
    if r.is_zero() {
        r.set_sign_positive(true);
    }
    r.to_string()
}

/// `1 234 567 €` or `1 234 567,50 €` (French, narrow no-break spaces) / `€1,234,567.50`
/// (English): cents are shown only when there are some.
pub fn format_eur(d: Decimal, french: bool) -> String {
    let cents = round_to_cent(d).0;
    let decimals = if cents.fract().is_zero() { 0 } else { 2 };
    let lang = if french { crate::i18n::Lang::Fr } else { crate::i18n::Lang::En };
    let number = crate::format::format_number(cents, decimals, lang);
    if french {
        format!("{number}\u{a0}€")
    } else {
        match number.strip_prefix('\u{2212}') {
            Some(abs) => format!("\u{2212}€{abs}"),
            None => format!("€{number}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn every_notation_of_the_contract_reads() {
        for (text, want) in [
            ("1234,5", "1234.5"),
            ("1 234,50", "1234.50"),
            ("1\u{a0}234,50\u{a0}€", "1234.50"),
            ("1\u{202f}234,50 €", "1234.50"),
            ("1,234.50", "1234.50"),
            ("€1,234.50", "1234.50"),
            ("1234.5", "1234.5"),
            ("12", "12"),
            ("-1 234,50", "-1234.50"),
            ("\u{2212}12,5", "-12.5"),
            ("(1 234,50)", "-1234.50"),
            ("1.234.567,89", "1234567.89"),
            ("1,234,567", "1234567"),
            ("1'234.50", "1234.50"),
            (",5", "0.5"),
            ("EUR 12", "12"),
            ("0", "0"),
        ] {
            assert_eq!(parse_amount(text), Some(d(want)), "{text:?}");
        }
    }

    #[test]
    fn what_is_not_an_amount_is_refused() {
        for text in ["", "abc", "12%", "1,2,3", "12,34,5", "1.2.3,4", "--1", "12€34", "1 234,5a", "k€", "1e5", "."] {
            assert_eq!(parse_amount(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_single_comma_is_french_decimal() {
        assert_eq!(parse_amount("1,234"), Some(d("1.234")));
    }

    #[test]
    fn cell_doubles_become_the_decimal_the_user_typed() {
        assert_eq!(from_cell_f64(1234.56), Some(d("1234.56")));
        assert_eq!(from_cell_f64(0.1 + 0.2), Some(d("0.3")), "a cell showing 0.3 is 0.3");
        assert_eq!(from_cell_f64(f64::NAN), None);
        assert_eq!(from_cell_f64(-0.5), Some(d("-0.5")));
    }

    #[test]
    fn rounding_is_half_even_to_the_cent() {
        assert_eq!(round_to_cent(d("0.125")), (d("0.12"), true));
        assert_eq!(round_to_cent(d("0.135")), (d("0.14"), true));
        assert_eq!(round_to_cent(d("2.5")), (d("2.5"), false));
        assert_eq!(to_cents(d("1234.5")), Some(123450));
        assert_eq!(from_cents(-1200), d("-12.00"));
    }

    #[test]
    fn plain_form_has_two_decimals_and_a_dot() {
        assert_eq!(to_plain(d("1234.5")), "1234.50");
        assert_eq!(to_plain(d("-12")), "-12.00");
        assert_eq!(to_plain(d("-0.001")), "0.00");
        assert_eq!(to_plain(Decimal::ZERO), "0.00");
    }

    #[test]
    fn display_form_follows_each_language() {
        assert_eq!(format_eur(d("1234567"), true), "1\u{202f}234\u{202f}567\u{a0}€");
        assert_eq!(format_eur(d("-1234.5"), true), "\u{2212}1\u{202f}234,50\u{a0}€");
        assert_eq!(format_eur(d("1234567.5"), false), "€1,234,567.50");
        assert_eq!(format_eur(d("999"), true), "999\u{a0}€");
    }

    /// The ways a directorate may write `value` (which has at most two decimals).
    fn notations(value: Decimal) -> Vec<String> {
        let plain = to_plain(value);
        let (sign, rest) = match plain.strip_prefix('-') {
            Some(r) => ("-", r.to_string()),
            None => ("", plain.clone()),
        };
        let (int, frac) = rest.split_once('.').unwrap();
        let group = |sep: &str| {
            let mut out = String::new();
            for (i, c) in int.chars().enumerate() {
                if i > 0 && (int.len() - i) % 3 == 0 {
                    out.push_str(sep);
                }
                out.push(c);
            }
            out
        };
        vec![
            format!("{sign}{int}.{frac}"),
            format!("{sign}{int},{frac}"),
            format!("{sign}{},{frac}", group(" ")),
            format!("{sign}{},{frac}\u{a0}€", group("\u{a0}")),
            format!("{sign}{},{frac} €", group("\u{202f}")),
            format!("{sign}{}.{frac}", group(",")),
            format!("{sign}€{}.{frac}", group(",")),
            format!("{sign}{}", value.abs().normalize()),
        ]
    }

    proptest! {
        #[test]
        fn any_amount_in_any_tolerated_notation_reads_back_equal(cents in -10_000_000_000i64..10_000_000_000i64) {
            let value = Decimal::new(cents, 2);
            for text in notations(value) {
                prop_assert_eq!(parse_amount(&text), Some(value), "notation {:?}", text);
            }
        }

        #[test]
        fn no_text_makes_the_parser_panic(text in "\\PC{0,24}") {
            let _ = parse_amount(&text);
            let _ = parse_number(&text);
        }
    }
}
