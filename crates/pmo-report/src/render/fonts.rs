//! The two bundled faces (Liberation Sans Regular and Bold, SIL OFL — see
//! `fonts/LICENSE-LiberationSans.txt`), parsed once per process, and text measurement from their
//! real glyph advances (`hmtx`), so that wrapping and ellipses match what the PDF shows.
//!
//! Never reads a font from the system: the bytes are compiled into the crate.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use printpdf::ParsedFont;

use super::RenderError;

static REGULAR_TTF: &[u8] = include_bytes!("../../fonts/LiberationSans-Regular.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../../fonts/LiberationSans-Bold.ttf");

/// What a character missing from the font is drawn as (instead of an empty box).
const REPLACEMENT: char = '?';
/// The ellipsis that marks shortened text.
pub const ELLIPSIS: char = '…';

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    Regular,
    Bold,
}

/// One face: the parsed font (subset and embedded by the PDF writer) and tables of advances and
/// glyph ids for the Basic Multilingual Plane, so that measuring or encoding a string costs one
/// array read per character.
pub struct FaceData {
    pub parsed: ParsedFont,
    /// The face's PostScript name, as the PDF names it after the subset tag.
    pub name: &'static str,
    /// Advance of each BMP code point in em, or a negative value when the font has no glyph.
    advances: Vec<f32>,
    /// Glyph id of each BMP code point (0: none).
    glyphs: Vec<u16>,
    /// Height of capitals in font units (`OS/2` version 2 and later), for the PDF's descriptor.
    pub cap_height: Option<i16>,
}

impl FaceData {
    fn load(bytes: &[u8], name: &'static str) -> Result<FaceData, RenderError> {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings)
            .ok_or(RenderError::Font { face: name })?;
        let upm = f32::from(parsed.font_metrics.units_per_em);
        if upm <= 0.0 {
            return Err(RenderError::Font { face: name });
        }
        let glyphs: Vec<u16> = (0u32..=0xFFFF).map(|cp| parsed.lookup_glyph_index(cp).unwrap_or(0)).collect();
        let advances = glyphs
            .iter()
            .map(|&gid| if gid != 0 { f32::from(parsed.get_horizontal_advance(gid)) / upm } else { -1.0 })
            .collect();
        if glyphs[REPLACEMENT as usize] == 0 {
            return Err(RenderError::Font { face: name });
        }
        Ok(FaceData { parsed, name, advances, glyphs, cap_height: os2_cap_height(bytes) })
    }

    /// The glyph that draws `c` (the replacement's for a character the face lacks).
    pub fn glyph(&self, c: char) -> u16 {
        match self.glyphs.get(c as usize) {
            Some(&gid) if gid != 0 => gid,
            _ => self.glyphs[REPLACEMENT as usize],
        }
    }

    /// Width of glyph `gid` in thousandths of an em, as PDF font dictionaries give widths.
    pub fn glyph_width(&self, gid: u16) -> i64 {
        let upm = f32::from(self.parsed.font_metrics.units_per_em);
        (f32::from(self.parsed.get_horizontal_advance(gid)) * 1000.0 / upm).round() as i64
    }

    /// Whether the face can draw `c`.
    pub fn has(&self, c: char) -> bool {
        self.advances.get(c as usize).is_some_and(|a| *a >= 0.0)
    }

    /// Advance of `c` in em (characters the face lacks are measured as their replacement).
    fn advance(&self, c: char) -> f32 {
        match self.advances.get(c as usize) {
            Some(a) if *a >= 0.0 => *a,
            _ => self.advances[REPLACEMENT as usize].max(0.5),
        }
    }
}

pub struct Fonts {
    pub regular: FaceData,
    pub bold: FaceData,
}

impl Fonts {
    /// The bundled faces, parsed on first use and shared by every render of the process
    /// (parsing is pure: the same bytes always give the same font).
    pub fn bundled() -> Result<&'static Fonts, RenderError> {
        static FONTS: OnceLock<Result<Fonts, RenderError>> = OnceLock::new();
        FONTS
            .get_or_init(|| {
                Ok(Fonts {
                    regular: FaceData::load(REGULAR_TTF, "LiberationSans")?,
                    bold: FaceData::load(BOLD_TTF, "LiberationSans-Bold")?,
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    pub fn face(&self, face: Face) -> &FaceData {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }

    /// Width of `text` in points at `size` (no kerning: the PDF is written without it too).
    pub fn width(&self, text: &str, face: Face, size: f32) -> f32 {
        let data = self.face(face);
        text.chars().map(|c| data.advance(c)).sum::<f32>() * size
    }

    pub fn char_width(&self, c: char, face: Face, size: f32) -> f32 {
        self.face(face).advance(c) * size
    }
}

/// `sCapHeight` of the font's `OS/2` table (version 2 and later), read from the table directory.
fn os2_cap_height(bytes: &[u8]) -> Option<i16> {
    let u16_at = |at: usize| bytes.get(at..at + 2).map(|b| u16::from_be_bytes([b[0], b[1]]));
    let u32_at = |at: usize| bytes.get(at..at + 4).map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]));
    let tables = usize::from(u16_at(4)?);
    let record = (0..tables).map(|i| 12 + 16 * i).find(|&r| bytes.get(r..r + 4) == Some(b"OS/2".as_slice()))?;
    let table = usize::try_from(u32_at(record + 8)?).ok()?;
    if u16_at(table)? < 2 {
        return None;
    }
    u16_at(table + 88).map(|v| v as i16)
}

/// The name of a face's font resource in page content streams. Six capitals, because the PDF
/// writer also uses it as the subset tag (`PMOREG+LiberationSans`), which PDF wants in capitals.
pub fn resource_name(face: Face) -> &'static str {
    match face {
        Face::Regular => "PMOREG",
        Face::Bold => "PMOBLD",
    }
}

/// The glyphs a document shows, per face, each with the character it was drawn for (what the
/// font's Unicode map gives back when the text is copied or searched).
#[derive(Default)]
pub struct GlyphUse {
    pub regular: BTreeMap<u16, char>,
    pub bold: BTreeMap<u16, char>,
}

impl GlyphUse {
    /// The glyph id that draws `c` in `face`, recorded as used.
    pub fn glyph(&mut self, fonts: &Fonts, face: Face, c: char) -> u16 {
        let gid = fonts.face(face).glyph(c);
        let used = match face {
            Face::Regular => &mut self.regular,
            Face::Bold => &mut self.bold,
        };
        // The lowest code point wins when two characters share a glyph (a space and a
        // no-break space): the same text always gives the same map.
        used.entry(gid).and_modify(|k| *k = (*k).min(c)).or_insert(c);
        gid
    }

    pub fn of(&self, face: Face) -> &BTreeMap<u16, char> {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }
}

/// `text` as it can be drawn: tabs become spaces, other control characters go (line breaks are
/// the layout's business and never reach here), and characters the bundled faces lack become
/// `?` rather than an empty box. Both faces cover the same characters.
pub fn drawable(fonts: &Fonts, text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            c if c.is_control() => None,
            c if fonts.regular.has(c) && fonts.bold.has(c) => Some(c),
            _ => Some(REPLACEMENT),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_faces_draw_french_figures_and_the_markers_we_use() {
        let fonts = Fonts::bundled().expect("the bundled fonts parse");
        for c in "éèêëàâîïôöùûüçœÉÈÀÇŒ€−…–—«»’\u{a0}\u{202f}%".chars() {
            assert!(
                fonts.regular.has(c) && fonts.bold.has(c),
                "{c:?} (U+{:04X}) must be in both faces: French figures and text use it",
                c as u32
            );
        }
    }

    #[test]
    fn digits_have_equal_advances_so_figures_line_up() {
        let fonts = Fonts::bundled().unwrap();
        for face in [Face::Regular, Face::Bold] {
            let w0 = fonts.char_width('0', face, 10.0);
            for d in '1'..='9' {
                assert_eq!(fonts.char_width(d, face, 10.0), w0, "digit {d} must be as wide as 0 ({face:?})");
            }
            assert!(
                fonts.char_width('\u{2212}', face, 10.0) > 0.0,
                "the minus sign must have an advance"
            );
        }
    }

    #[test]
    fn bold_is_wider_than_regular_and_width_scales_with_size() {
        let fonts = Fonts::bundled().unwrap();
        let r = fonts.width("Budget voté", Face::Regular, 10.0);
        let b = fonts.width("Budget voté", Face::Bold, 10.0);
        assert!(b > r, "bold {b} must measure wider than regular {r}");
        let r20 = fonts.width("Budget voté", Face::Regular, 20.0);
        assert!((r20 - 2.0 * r).abs() < 1e-3, "width must be linear in size");
    }

    #[test]
    fn capital_height_comes_from_the_os2_table() {
        let fonts = Fonts::bundled().unwrap();
        // Liberation Sans: capitals are 1409 units high on a 2048 em.
        assert_eq!(fonts.regular.cap_height, Some(1409));
        assert_eq!(fonts.bold.cap_height, Some(1409));
        assert_eq!(os2_cap_height(b"not a font"), None, "a damaged font has no capital height");
    }

    #[test]
    fn characters_outside_the_fonts_are_replaced_and_controls_dropped() {
        let fonts = Fonts::bundled().unwrap();
        assert_eq!(drawable(fonts, "a\tb\u{7}c"), "a bc");
        assert_eq!(drawable(fonts, "Projet 🚀"), "Projet ?", "an emoji is not in Liberation Sans");
    }
}
