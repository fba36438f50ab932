//! How much room text takes in a cell, so that the writer can size columns and rows itself.
//!
//! Neither Excel nor LibreOffice grows a row for wrapped text when it opens a file that gives
//! no height (LibreOffice draws the second line over the next row), and a number wider than
//! its column shows as `####`. So widths and heights are estimated here, from the advance widths
//! of Calibri 11 (Excel's default font; Carlito, its metric twin, in LibreOffice), with greedy
//! word wrapping as both programs do it.
//!
//! What it must never do: underestimate. Every estimate keeps a margin, because a row one line
//! too tall reads fine and a row one line too short hides text.

/// Advance widths of Calibri regular (measured on Carlito, which has the same metrics) for the
/// printable ASCII characters U+0020 to U+007E, in 1/2048 em.
const ASCII_ADVANCES: [u16; 95] = [
    463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791, // space … /
    1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1020, 1020, 1020, 949, // 0 … ?
    1831, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356, // @ … O
    1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020, // P … _
    596, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080, // ` … o
    1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644, 1020, // p … ~
];

/// Advance of a character no table here knows: as wide as a capital, so that it is never
/// underestimated.
const UNKNOWN_ADVANCE: u16 = 1300;

/// Bold Calibri is at most 3 % wider than regular on French text.
const BOLD_FACTOR: f64 = 1.04;

/// The advance of a digit, in 1/2048 em: Excel's column width unit is the width of one digit of
/// the default font (Calibri 11 renders digits 7 pixels wide, and a column `w` wide is `7w + 5`
/// pixels, the 5 being the cell's padding). LibreOffice sizes columns the same way.
const DIGIT_ADVANCE: f64 = 1038.0;

/// The share of a column's width that text may fill: a margin for renderers that space glyphs
/// a little wider than the font's advances (hinting, another font in place of Calibri).
const FILL: f64 = 0.98;

/// Height in points of one line of 11-point Calibri in a row, as Excel sizes rows.
const LINE_HEIGHT: f64 = 15.0;

fn advance(c: char) -> u16 {
    let base = match c {
        ' '..='~' => c,
        'à' | 'â' | 'ä' | 'á' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' => 'i',
        'ô' | 'ö' | 'ó' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ç' => 'c',
        'ÿ' => 'y',
        'À' | 'Â' | 'Ä' | 'Á' => 'A',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'Î' | 'Ï' | 'Í' => 'I',
        'Ô' | 'Ö' | 'Ó' => 'O',
        'Ù' | 'Û' | 'Ü' | 'Ú' => 'U',
        'Ç' => 'C',
        // Thousands separators of French number formats.
        '\u{a0}' | '\u{202f}' => ' ',
        '’' | '‘' => '\'',
        '–' | '×' => '+',
        '€' => '0',
        _ => {
            return match c {
                'œ' | 'Œ' | 'æ' | 'Æ' => 1800,
                '«' | '»' => 1049,
                '—' => 1854,
                '“' | '”' => 857,
                '…' => 1414,
                _ => UNKNOWN_ADVANCE,
            }
        }
    };
    ASCII_ADVANCES[base as usize - 0x20]
}

/// Width of `text` on one line, in digits (Excel's column width unit).
fn digits(text: &str, bold: bool) -> f64 {
    let advances: f64 = text.chars().map(|c| f64::from(advance(c))).sum();
    advances / DIGIT_ADVANCE * if bold { BOLD_FACTOR } else { 1.0 }
}

/// The column width (in Excel's units) that shows `text` on one line.
pub(crate) fn width_of(text: &str, bold: bool) -> f64 {
    let needed = digits(text, bold) / FILL;
    // Half-unit steps keep widths tidy in the file.
    (needed * 2.0).ceil() / 2.0
}

/// How many lines `text` takes when wrapped in a column `width` units wide: breaks at spaces
/// (and at explicit line breaks), a word longer than a line is cut where it no longer fits.
pub(crate) fn lines(text: &str, width: f64, bold: bool) -> u32 {
    let room = (width * FILL).max(1.0);
    let space = digits(" ", bold);
    let mut total = 0;
    for paragraph in text.split('\n') {
        let mut count = 1;
        let mut used = 0.0;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let w = digits(word, bold);
            let with_space = if used > 0.0 { used + space + w } else { w };
            if with_space <= room {
                used = with_space;
                continue;
            }
            if used > 0.0 {
                count += 1;
            }
            if w <= room {
                used = w;
                continue;
            }
            // A word wider than the column is cut character by character.
            used = 0.0;
            for c in word.chars() {
                let cw = digits(c.encode_utf8(&mut [0; 4]), bold);
                if used + cw > room && used > 0.0 {
                    count += 1;
                    used = 0.0;
                }
                used += cw;
            }
        }
        total += count;
    }
    total.max(1)
}

/// Height in points of a row of `lines` lines of 11-point text: Excel's own autofit height
/// (LibreOffice spaces Carlito lines a little tighter, so its rows keep some air).
pub(crate) fn row_height(lines: u32) -> f64 {
    LINE_HEIGHT * f64::from(lines)
}

/// The smallest width (in half units, at least `min`) at which `text` wraps to at most
/// `max_lines` lines.
pub(crate) fn width_for_lines(text: &str, max_lines: u32, bold: bool, min: f64) -> f64 {
    let longest_word = text.split([' ', '\n']).map(|w| width_of(w, bold)).fold(min, f64::max);
    let mut width = longest_word;
    while lines(text, width, bold) > max_lines {
        width += 0.5;
    }
    width
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_about_one_width_unit_each() {
        // Excel's unit is the width of a digit: ten digits need about ten units, plus padding.
        let w = width_of("0123456789", false);
        assert!((10.0..=12.5).contains(&w), "ten digits need {w} units");
    }

    #[test]
    fn a_million_in_french_notation_is_wider_than_its_digits_alone() {
        let w = width_of("-1\u{202f}234\u{202f}567,00", false);
        assert!(
            w >= width_of("123456789", false),
            "an estimate below the digits alone would show ####: {w}"
        );
        assert!(w <= 14.0, "but not so wide that amount columns waste the page: {w}");
    }

    #[test]
    fn short_text_is_one_line_and_long_text_wraps_at_words() {
        assert_eq!(lines("Soleil", 10.0, false), 1);
        assert_eq!(lines("", 10.0, false), 1, "an empty cell still takes its row");
        let sentence = "Une ligne par projet et par date. La météo globale est obligatoire ; \
                        précisez si possible le délai, le coût, le périmètre et les ressources.";
        let one = lines(sentence, 200.0, false);
        let narrow = lines(sentence, 30.0, false);
        assert_eq!(one, 1, "a 150-character sentence fits a 200-unit column");
        assert!(
            (4..=6).contains(&narrow),
            "about 38 characters a line in 30 units: {narrow} lines"
        );
    }

    #[test]
    fn explicit_line_breaks_and_overlong_words_count() {
        assert_eq!(lines("a\nb\nc", 20.0, false), 3, "one line per paragraph");
        let long_word = "x".repeat(60);
        assert!(
            lines(&long_word, 10.0, false) >= 4,
            "a 60-letter word is cut into lines"
        );
    }

    #[test]
    fn bold_text_needs_more_room() {
        let label = "Enveloppe budgétaire";
        assert!(width_of(label, true) > width_of(label, false));
    }

    #[test]
    fn headers_wrap_to_two_lines_at_the_smallest_width() {
        let w = width_for_lines("Date de début", 2, true, 0.0);
        assert_eq!(lines("Date de début", w, true), 2);
        assert!(
            lines("Date de début", w - 0.5, true) > 2,
            "the width found is the smallest one: {w}"
        );
        assert!(width_for_lines("Code", 2, true, 9.0) >= 9.0, "never below the minimum");
    }
}
