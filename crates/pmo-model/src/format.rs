//! How figures are written for people: amounts (`1 234 567 €` or `1 234,6 k€`, the PMO's
//! choice), percentages (`−12,3 %`), man-days and dates, in French or English. The CLI, the PDF
//! reports and the desktop app all write figures through here, so they look the same everywhere.
//! Machine forms (JSON, CSV) are in [`crate::money::to_plain`], not here.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::i18n::Lang;
use crate::model::Unit;

/// Narrow no-break space: French thousands separator and the space before `%`.
const NNBSP: char = '\u{202f}';
/// No-break space: between a number and `€` in French.
const NBSP: char = '\u{a0}';
/// The true minus sign, which lines up with digits, unlike the hyphen.
const MINUS: char = '\u{2212}';

/// `value` rounded half-even to `decimals`, grouped by thousands, with a true minus sign.
pub fn format_number(value: Decimal, decimals: u32, lang: Lang) -> String {
    let mut r = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointNearestEven);
    r.rescale(decimals);
    write_number(r, lang)
}

/// A size in bytes in decimal megabytes, as people read them: `100 Mo` / `100 MB` (a size under
/// one megabyte in kilobytes: `512 ko` / `512 kB`).
pub fn format_bytes(bytes: u64, lang: Lang) -> String {
    let (value, fr, en) = if bytes >= 1_000_000 {
        (Decimal::from(bytes) / Decimal::from(1_000_000), "Mo", "MB")
    } else {
        (Decimal::from(bytes) / Decimal::from(1_000), "ko", "kB")
    };
    let unit = if lang == Lang::Fr { fr } else { en };
    format!("{}{NBSP}{unit}", format_number_trimmed(value, 1, lang))
}

/// `value` rounded half-even to at most `max_decimals`, without trailing zeros (`12,5`, `3`).
pub fn format_number_trimmed(value: Decimal, max_decimals: u32, lang: Lang) -> String {
    write_number(value.round_dp_with_strategy(max_decimals, RoundingStrategy::MidpointNearestEven).normalize(), lang)
}

/// Writes an already rounded number: thousands grouped, the language's decimal mark, a true
/// minus sign, never a negative zero.
fn write_number(mut r: Decimal, lang: Lang) -> String {
    if r.is_zero() {
        r.set_sign_positive(true);
    }
    let text = r.abs().to_string();
    let (int, frac) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let (group, point) = match lang {
        Lang::Fr => (NNBSP, ','),
        Lang::En => (',', '.'),
    };
    let mut out = String::with_capacity(text.len() + 8);
    if r.is_sign_negative() {
        out.push(MINUS);
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// An amount in whole euros (`1 234 567 €`, `€1,234,567`) or in thousands with one decimal
/// (`1 234,6 k€`, `€1,234.6k`). An amount under one euro that is not zero keeps its cents
/// (`0,01 €`): "over the envelope by 0 €" would be false.
pub fn format_amount(value: Decimal, unit: Unit, lang: Lang) -> String {
    let whole_decimals = if value.abs() < Decimal::ONE && !value.is_zero() { 2 } else { 0 };
    let (number, suffix_fr, suffix_en) = match unit {
        Unit::Euro => (format_number(value, whole_decimals, lang), "€", ""),
        Unit::KiloEuro => (format_number(value / Decimal::ONE_THOUSAND, 1, lang), "k€", "k"),
    };
    match lang {
        Lang::Fr => format!("{number}{NBSP}{suffix_fr}"),
        Lang::En => match number.strip_prefix(MINUS) {
            Some(abs) => format!("{MINUS}€{abs}{suffix_en}"),
            None => format!("€{number}{suffix_en}"),
        },
    }
}

/// An amount that may be unknown: `—` when it is.
pub fn format_opt_amount(value: Option<Decimal>, unit: Unit, lang: Lang) -> String {
    value.map(|v| format_amount(v, unit, lang)).unwrap_or_else(|| "—".to_string())
}

/// A ratio as a percentage with one decimal: 0.1234 → `12,3 %` / `12.3%`.
pub fn format_ratio(ratio: Decimal, lang: Lang) -> String {
    let number = format_number(ratio * Decimal::ONE_HUNDRED, 1, lang);
    match lang {
        Lang::Fr => format!("{number}{NNBSP}%"),
        Lang::En => format!("{number}%"),
    }
}

/// A ratio that may be unknown (variance % of a project without budget): `—` when it is.
pub fn format_opt_ratio(ratio: Option<Decimal>, lang: Lang) -> String {
    ratio.map(|r| format_ratio(r, lang)).unwrap_or_else(|| "—".to_string())
}

/// Man-days with at most one decimal: `12,5 JH` / `12.5 MD`.
pub fn format_man_days(days: Decimal, lang: Lang) -> String {
    let decimals = if days.fract().is_zero() { 0 } else { 1 };
    let number = format_number(days, decimals, lang);
    match lang {
        Lang::Fr => format!("{number}{NBSP}JH"),
        Lang::En => format!("{number}{NBSP}MD"),
    }
}

/// A signed amount, with `+` for increases (deltas between campaigns).
pub fn format_delta(value: Decimal, unit: Unit, lang: Lang) -> String {
    let text = format_amount(value, unit, lang);
    if value > Decimal::ZERO && !text.starts_with(MINUS) {
        format!("+{text}")
    } else {
        text
    }
}

/// An amount rounded for a chart's axis or bar label, where width counts more than the cent:
/// `1,5 M€`, `500 k€`, `0 €` (`€1.5M`, `€500k`, `€0`), at most one decimal. Tables and sentences
/// use [`format_amount`].
pub fn format_amount_short(value: Decimal, lang: Lang) -> String {
    let abs = value.abs();
    let million = Decimal::from(1_000_000);
    let (scaled, suffix_fr, suffix_en) = if abs >= million {
        (value / million, "M€", "M")
    } else if abs >= Decimal::ONE_THOUSAND {
        (value / Decimal::ONE_THOUSAND, "k€", "k")
    } else {
        (value, "€", "")
    };
    let rounded = scaled.round_dp_with_strategy(1, RoundingStrategy::MidpointNearestEven);
    let number = format_number(scaled, if rounded.fract().is_zero() { 0 } else { 1 }, lang);
    match lang {
        Lang::Fr => format!("{number}{NBSP}{suffix_fr}"),
        Lang::En => match number.strip_prefix(MINUS) {
            Some(abs) => format!("{MINUS}€{abs}{suffix_en}"),
            None => format!("€{number}{suffix_en}"),
        },
    }
}

/// A ratio as a percentage without a useless decimal: 0.35 → `35 %`, 0.125 → `12,5 %` (`35%`,
/// `12.5%`). For axes and progress, where `50,0 %` is noise; variances use [`format_ratio`].
pub fn format_ratio_short(ratio: Decimal, lang: Lang) -> String {
    let percent = (ratio * Decimal::ONE_HUNDRED).round_dp_with_strategy(1, RoundingStrategy::MidpointNearestEven);
    let number = format_number(percent, if percent.fract().is_zero() { 0 } else { 1 }, lang);
    match lang {
        Lang::Fr => format!("{number}{NNBSP}%"),
        Lang::En => format!("{number}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn sizes_in_decimal_megabytes() {
        assert_eq!(format_bytes(100_000_000, Lang::Fr), "100\u{a0}Mo");
        assert_eq!(format_bytes(1_500_000, Lang::En), "1.5\u{a0}MB");
        assert_eq!(format_bytes(64_000, Lang::Fr), "64\u{a0}ko");
    }

    #[test]
    fn amounts_in_euros_and_thousands() {
        assert_eq!(format_amount(d("1234567.49"), Unit::Euro, Lang::Fr), "1\u{202f}234\u{202f}567\u{a0}€");
        assert_eq!(format_amount(d("1234567"), Unit::KiloEuro, Lang::Fr), "1\u{202f}234,6\u{a0}k€");
        assert_eq!(format_amount(d("-1234567"), Unit::Euro, Lang::En), "\u{2212}€1,234,567");
        assert_eq!(format_amount(d("1234567"), Unit::KiloEuro, Lang::En), "€1,234.6k");
        assert_eq!(format_amount(d("-0.4"), Unit::Euro, Lang::Fr), "\u{2212}0,40\u{a0}€", "under a euro, the cents");
        assert_eq!(format_amount(d("0.001"), Unit::Euro, Lang::Fr), "0,00\u{a0}€", "no negative zero, no false zero sign");
        assert_eq!(format_amount(d("-0.001"), Unit::Euro, Lang::Fr), "0,00\u{a0}€", "no negative zero");
        assert_eq!(format_amount(d("999.5"), Unit::Euro, Lang::Fr), "1\u{202f}000\u{a0}€", "half-even: 999.5 → 1000");
        assert_eq!(format_amount(d("998.5"), Unit::Euro, Lang::Fr), "998\u{a0}€", "half-even: 998.5 → 998");
    }

    #[test]
    fn percentages_and_man_days() {
        assert_eq!(format_ratio(d("-0.12"), Lang::Fr), "\u{2212}12,0\u{202f}%");
        assert_eq!(format_ratio(d("0.1234"), Lang::En), "12.3%");
        assert_eq!(format_opt_ratio(None, Lang::Fr), "—");
        assert_eq!(format_man_days(d("12.5"), Lang::Fr), "12,5\u{a0}JH");
        assert_eq!(format_number_trimmed(d("1234.50"), 2, Lang::Fr), "1\u{202f}234,5");
        assert_eq!(format_number_trimmed(d("-0.004"), 2, Lang::En), "0", "no negative zero");
        assert_eq!(format_man_days(d("40"), Lang::En), "40\u{a0}MD");
        assert_eq!(format_delta(d("1500"), Unit::Euro, Lang::Fr), "+1\u{202f}500\u{a0}€");
        assert_eq!(format_delta(d("-1500"), Unit::Euro, Lang::Fr), "\u{2212}1\u{202f}500\u{a0}€");
    }

    #[test]
    fn short_amounts_for_charts() {
        assert_eq!(format_amount_short(d("5614248.60"), Lang::Fr), "5,6\u{a0}M€");
        assert_eq!(format_amount_short(d("4000000"), Lang::Fr), "4\u{a0}M€", "no useless decimal on round ticks");
        assert_eq!(format_amount_short(d("500000"), Lang::Fr), "500\u{a0}k€");
        assert_eq!(format_amount_short(d("2500000"), Lang::En), "€2.5M");
        assert_eq!(format_amount_short(d("-75000"), Lang::En), "\u{2212}€75k");
        assert_eq!(format_amount_short(d("0"), Lang::Fr), "0\u{a0}€");
        assert_eq!(format_ratio_short(d("0.35"), Lang::Fr), "35\u{202f}%");
        assert_eq!(format_ratio_short(d("1.296"), Lang::Fr), "129,6\u{202f}%");
        assert_eq!(format_ratio_short(d("0.5"), Lang::En), "50%");
    }
}
