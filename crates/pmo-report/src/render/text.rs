//! Fitting text into a width: wrapping on word boundaries and shortening with an ellipsis, both
//! measured with the font's real advances. Nothing here may return a line wider than asked,
//! whatever the text (a word longer than the width is cut between characters).

use super::fonts::{Face, Fonts, ELLIPSIS};

/// A measured style of text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    pub face: Face,
    pub size: f32,
}

impl Style {
    pub const fn new(face: Face, size: f32) -> Style {
        Style { face, size }
    }
}

/// Lines of `text` no wider than `width`: breaks at spaces (never at the no-break spaces of
/// French figures, `1 234 €`), keeps explicit line breaks, and cuts a word that alone is wider
/// than `width` between characters.
pub fn wrap(fonts: &Fonts, text: &str, style: Style, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        wrap_paragraph(fonts, paragraph, style, width, &mut lines);
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

fn wrap_paragraph(fonts: &Fonts, paragraph: &str, style: Style, width: f32, lines: &mut Vec<String>) {
    let space = fonts.char_width(' ', style.face, style.size);
    let mut line = String::new();
    let mut line_w = 0.0f32;
    for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
        let word_w = fonts.width(word, style.face, style.size);
        if !line.is_empty() && line_w + space + word_w <= width {
            line.push(' ');
            line.push_str(word);
            line_w += space + word_w;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if word_w <= width {
            line.push_str(word);
            line_w = word_w;
        } else {
            // A word wider than the whole line: cut it where it no longer fits.
            let mut chunk = String::new();
            let mut chunk_w = 0.0f32;
            for c in word.chars() {
                let cw = fonts.char_width(c, style.face, style.size);
                if !chunk.is_empty() && chunk_w + cw > width {
                    lines.push(std::mem::take(&mut chunk));
                    chunk_w = 0.0;
                }
                chunk.push(c);
                chunk_w += cw;
            }
            line = chunk;
            line_w = chunk_w;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
}

/// `text` itself when it fits in `width`, else its longest start that fits with a `…` after
/// it (trailing spaces removed), else as much of `…` as fits (possibly nothing).
pub fn ellipsize(fonts: &Fonts, text: &str, style: Style, width: f32) -> String {
    if fonts.width(text, style.face, style.size) <= width {
        return text.to_string();
    }
    let budget = width - fonts.char_width(ELLIPSIS, style.face, style.size);
    if budget < 0.0 {
        return String::new();
    }
    let mut used = 0.0f32;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let cw = fonts.char_width(c, style.face, style.size);
        if used + cw > budget {
            break;
        }
        used += cw;
        end = i + c.len_utf8();
    }
    let mut out = text[..end].trim_end().to_string();
    out.push(ELLIPSIS);
    out
}

/// At most `max_lines` wrapped lines; when the text needs more, the last one kept ends with
/// `…` and carries as much of the rest as fits.
pub fn wrap_max(fonts: &Fonts, text: &str, style: Style, width: f32, max_lines: usize) -> Vec<String> {
    let max_lines = max_lines.max(1);
    let mut lines = wrap(fonts, text, style, width);
    if lines.len() > max_lines {
        let rest = lines[max_lines - 1..].join(" ");
        lines.truncate(max_lines - 1);
        // When the rest fits once joined (it was split by explicit line breaks), nothing is lost.
        lines.push(ellipsize(fonts, &rest, style, width));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> &'static Fonts {
        Fonts::bundled().unwrap()
    }

    const S: Style = Style::new(Face::Regular, 10.0);

    #[test]
    fn wrapped_lines_never_exceed_the_width_and_keep_every_word() {
        let text = "Refonte du système d'information des ressources humaines et migration de la paie";
        for width in [40.0, 60.0, 90.0, 150.0, 400.0] {
            let lines = wrap(fonts(), text, S, width);
            for l in &lines {
                assert!(fonts().width(l, S.face, S.size) <= width + 1e-3, "{l:?} wider than {width}");
            }
            let squeeze = |s: &str| s.replace(' ', "");
            assert_eq!(squeeze(&lines.concat()), squeeze(text), "wrapping at {width} must not lose or reorder text");
            let longest = text.split(' ').map(|w| fonts().width(w, S.face, S.size)).fold(0.0, f32::max);
            if width >= longest {
                assert_eq!(lines.join(" "), text, "at {width} every word fits: lines break at spaces only");
            }
        }
    }

    #[test]
    fn a_figure_is_never_split_at_its_no_break_spaces() {
        let amount = "1\u{202f}234\u{202f}567\u{a0}€";
        let w = fonts().width(amount, S.face, S.size);
        let lines = wrap(fonts(), &format!("Budget {amount} voté"), S, w + 1.0);
        assert!(lines.iter().any(|l| l == amount), "the amount stays whole on its line: {lines:?}");
    }

    #[test]
    fn a_word_longer_than_the_width_is_cut_between_characters() {
        let lines = wrap(fonts(), "Anticonstitutionnellement", S, 30.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "Anticonstitutionnellement");
        for l in &lines {
            assert!(fonts().width(l, S.face, S.size) <= 30.0 + 1e-3);
        }
    }

    #[test]
    fn ellipsis_marks_text_that_does_not_fit() {
        let text = "Direction des systèmes d'information";
        assert_eq!(ellipsize(fonts(), text, S, 1000.0), text, "text that fits is unchanged");
        let short = ellipsize(fonts(), text, S, 60.0);
        assert!(short.ends_with('…') && short.len() < text.len(), "{short:?}");
        assert!(fonts().width(&short, S.face, S.size) <= 60.0 + 1e-3);
        assert_eq!(ellipsize(fonts(), text, S, 1.0), "", "not even the ellipsis fits");
    }

    #[test]
    fn wrap_max_ends_the_last_kept_line_with_an_ellipsis() {
        let text = "un deux trois quatre cinq six sept huit neuf dix onze douze";
        let lines = wrap_max(fonts(), text, S, 50.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'), "{lines:?}");
        let all = wrap_max(fonts(), text, S, 1000.0, 2);
        assert_eq!(all, vec![text.to_string()], "no ellipsis when everything fits");
    }

    #[test]
    fn explicit_line_breaks_are_kept() {
        assert_eq!(wrap(fonts(), "a\nb", S, 100.0), vec!["a", "b"]);
    }
}
