//! Folding of user-typed labels so that headers, sheet names and closed-list values match
//! whatever case, accents, spaces or punctuation a directorate used.
//!
//! `fold("Réalisé T1")` and `fold("realise-t1")` are equal. Folding never allocates more than
//! one string and never fails: it is the single place where matching rules live.

use unicode_normalization::UnicodeNormalization;

/// Lower-cases, strips accents (by canonical decomposition), and drops every character that is
/// not a letter or a digit (spaces of any kind, punctuation, apostrophes, symbols).
pub fn fold(s: &str) -> String {
    // Most cells are plain ASCII, which decomposition leaves as it is: skipping the Unicode
    // machinery there gives the same string (a test checks every ASCII character) and was
    // about 5 % of an import, headers being searched among the first rows' cells.
    if s.is_ascii() {
        return s.bytes().filter(u8::is_ascii_alphanumeric).map(|b| char::from(b.to_ascii_lowercase())).collect();
    }
    fold_unicode(s)
}

fn fold_unicode(s: &str) -> String {
    s.nfd()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// Collapses runs of whitespace (including U+00A0 and U+202F) into single spaces and trims.
/// Used for free text read from cells, so that `"  Refonte\u{a0} SI "` is stored as `"Refonte SI"`.
/// Control characters (NUL, ESC, the C1 set) count as whitespace: a workbook's text never
/// carries them into the database, a terminal or an export.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `s` safe to print on a terminal: every control character but line feed and tab (ESC and
/// the C1 set start the escape sequences that move the cursor, retitle the window or worse)
/// becomes U+FFFD, so that a reader sees something was there.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !s.contains(unsafe_char) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.chars().map(|c| if unsafe_char(c) { '\u{fffd}' } else { c }).collect())
}

/// A1 column letters for a zero-based column index (0 → "A", 25 → "Z", 26 → "AA").
pub fn column_letters(mut col: u32) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

/// A1 address for zero-based row and column ("F12" for row 11, column 5).
pub fn a1(row: u32, col: u32) -> String {
    format!("{}{}", column_letters(col), row + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_reach_the_data_or_a_terminal() {
        assert_eq!(clean("Refonte\u{1b}[2J du\0 SI\u{9b}"), "Refonte [2J du SI");
        assert_eq!(printable("a\u{1b}]0;pwned\u{7}b\n\tc"), "a\u{fffd}]0;pwned\u{fffd}b\n\tc");
        assert!(matches!(printable("Refonte du SI"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn fold_ignores_case_accents_spaces_and_punctuation() {
        assert_eq!(fold("Réalisé T1"), "realiset1");
        assert_eq!(fold("  REALISE-t1 "), "realiset1");
        assert_eq!(fold("Points d'attention"), "pointsdattention");
        assert_eq!(fold("Capacité\u{a0}JH T4"), "capacitejht4");
        assert_eq!(fold("Clôture"), "cloture");
    }

    #[test]
    fn the_ascii_shortcut_folds_as_unicode_does() {
        let every_ascii: String = (0u8..=127).map(char::from).collect();
        assert_eq!(fold(&every_ascii), fold_unicode(&every_ascii), "each ASCII character, kept or dropped alike");
        assert_eq!(fold(&every_ascii), "0123456789abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz");
        for s in ["Budget voté (k€)", "R\u{e9}alis\u{e9} T1", "Reprevision 2", "in_progress", ""] {
            assert_eq!(fold(s), fold_unicode(s), "{s:?}");
        }
    }

    #[test]
    fn clean_collapses_every_kind_of_space() {
        assert_eq!(clean("  Refonte\u{a0}\u{202f} SI \n"), "Refonte SI");
        assert_eq!(clean(""), "");
    }

    #[test]
    fn a1_addresses_follow_excel() {
        assert_eq!(a1(0, 0), "A1");
        assert_eq!(a1(11, 5), "F12");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }
}
