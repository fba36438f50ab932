//! Mutations of a seed workbook into a test input, deterministic from the run's seed.
//!
//! Blind mutation (no coverage feedback), aimed where a reader sizes something from the file:
//! byte-level changes reach the binary formats (.xls, the records of an .xlsb) and the zip
//! structure itself; zip-aware changes unzip the archive (.xlsx, .xlsb, .ods), mutate one of
//! its parts and zip it again, so that the XML still parses far enough for a count, a
//! dimension, a repeat or a cell reference blown up to a huge value to be believed.

use std::io::{Cursor, Read, Write};
use std::ops::Range;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// No part grows beyond this: an input is meant to be hostile, not merely big, and a part of
/// 16 MiB of repeated rows is already far beyond any real return.
const MAX_PART: usize = 16 << 20;
/// Seeds whose unzipped parts would exceed this are mutated as bytes only.
const MAX_UNZIPPED: usize = 64 << 20;

/// A deterministic pseudo-random generator (SplitMix64): the same `--seed` gives the same
/// inputs in the same order, so a run can be replayed; no dependency for that.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// One file of a zip archive, as the seed holds it.
#[derive(Clone)]
pub struct Part {
    pub name: String,
    pub data: Vec<u8>,
    /// Kept when re-zipping: an .ods's `mimetype` must stay stored, and a reader may care.
    pub stored: bool,
}

/// A workbook mutations start from.
pub struct Seed {
    /// The file name given to `read_workbook` (its extension picks the reader first).
    pub name: String,
    pub bytes: Vec<u8>,
    /// The archive's parts when the seed is a zip archive (.xlsx, .xlsb, .ods).
    pub parts: Option<Vec<Part>>,
}

/// One test input and how it was made.
pub struct Case {
    pub name: String,
    pub bytes: Vec<u8>,
    pub seed: String,
    /// What was done to the seed, in order (empty: the seed as it is).
    pub mutations: Vec<String>,
}

impl Case {
    pub fn of_seed(seed: &Seed) -> Case {
        Case {
            name: seed.name.clone(),
            bytes: seed.bytes.clone(),
            seed: seed.name.clone(),
            mutations: Vec::new(),
        }
    }

    pub fn describe(&self) -> String {
        if self.mutations.is_empty() {
            format!("{} (seed as it is)", self.seed)
        } else {
            format!("{}: {}", self.seed, self.mutations.join("; "))
        }
    }
}

/// The parts of a zip archive, or `None` when the bytes are not one (or unzip too big).
pub fn unzip(bytes: &[u8]) -> Option<Vec<Part>> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut parts = Vec::new();
    let mut total = 0usize;
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).ok()?;
        if file.is_dir() {
            continue;
        }
        let name = file.name().ok()?.into_owned();
        let stored = file.compression() == CompressionMethod::Stored;
        let mut data = Vec::new();
        file.read_to_end(&mut data).ok()?;
        total += data.len();
        if total > MAX_UNZIPPED {
            return None;
        }
        parts.push(Part { name, data, stored });
    }
    Some(parts)
}

fn rezip(parts: &[Part], all_stored: bool) -> Vec<u8> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    for part in parts {
        let options = if part.stored || all_stored {
            // A level is refused for a stored part: it would then be left out.
            SimpleFileOptions::default().compression_method(CompressionMethod::Stored)
        } else {
            // Level 1: the harness spends its time in the importer, not in deflate.
            SimpleFileOptions::default()
                .compression_method(CompressionMethod::Deflated)
                .compression_level(Some(1))
        };
        // Writing to memory cannot fail but for a name the writer refuses (a duplicate): the
        // part is then left out, which is a mutation too.
        if writer.start_file(part.name.as_str(), options).is_ok() {
            let _ = writer.write_all(&part.data);
        }
    }
    writer.finish().map(Cursor::into_inner).unwrap_or_default()
}

/// A new input from `seed`.
pub fn mutate(seed: &Seed, rng: &mut Rng) -> Case {
    let mut case = Case::of_seed(seed);
    match &seed.parts {
        Some(parts) if rng.chance(75) => {
            let mut parts = parts.clone();
            let mut all_stored = false;
            for _ in 0..1 + rng.below(3) {
                let what = if rng.chance(8) {
                    archive_mutation(&mut parts, &mut all_stored, rng)
                } else {
                    part_mutation(&mut parts, rng)
                };
                case.mutations.push(what);
            }
            case.bytes = rezip(&parts, all_stored);
            if rng.chance(10) {
                case.mutations.push(format!(
                    "archive bytes: {}",
                    byte_mutation(&mut case.bytes, rng)
                ));
            }
        }
        _ => {
            for _ in 0..1 + rng.below(4) {
                let what = byte_mutation(&mut case.bytes, rng);
                case.mutations.push(what);
            }
        }
    }
    if rng.chance(5) {
        // The extension picks the reader first; the importer then tries the others.
        let ext = *rng.pick(pmo_import::EXTENSIONS);
        let stem = case
            .name
            .rsplit_once('.')
            .map_or(case.name.as_str(), |(s, _)| s)
            .to_string();
        case.name = format!("{stem}.{ext}");
        case.mutations.push(format!("renamed to .{ext}"));
    }
    case
}

// ---------------------------------------------------------------------------------------------
// Bytes

/// Values that sit on a boundary of a length, a count or an index, little-endian.
const INTERESTING: &[u64] = &[
    0,
    1,
    0x7F,
    0x80,
    0xFF,
    0x7FFF,
    0x8000,
    0xFFFF,
    0x1_0000,
    0x10_0000,
    0x7FFF_FFFF,
    0x8000_0000,
    0xFFFF_FFFF,
    u64::MAX,
];

fn byte_mutation(data: &mut Vec<u8>, rng: &mut Rng) -> String {
    if data.is_empty() {
        data.push(rng.next_u64() as u8);
        return "grew from nothing".to_string();
    }
    let at = rng.below(data.len());
    match rng.below(7) {
        0 => {
            let bits = 1 + rng.below(8);
            for _ in 0..bits {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            format!("{bits} bits flipped")
        }
        1 => {
            data[at] = rng.next_u64() as u8;
            format!("byte @{at} set")
        }
        2 => {
            let width = *rng.pick(&[1usize, 2, 4, 8]);
            let value = *rng.pick(INTERESTING);
            let bytes = value.to_le_bytes();
            let end = (at + width).min(data.len());
            data[at..end].copy_from_slice(&bytes[..end - at]);
            format!("{width}-byte field @{at} set to {value:#x}")
        }
        3 => {
            let n = 1 + rng.below(256);
            let junk: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
            data.splice(at..at, junk);
            format!("{n} random bytes inserted @{at}")
        }
        4 => {
            let n = (1 + rng.below(1024)).min(data.len() - at);
            data.drain(at..at + n);
            format!("{n} bytes deleted @{at}")
        }
        5 => {
            let n = (1 + rng.below(4096)).min(data.len() - at);
            let chunk = data[at..at + n].to_vec();
            let to = rng.below(data.len() + 1);
            data.splice(to..to, chunk);
            format!("{n} bytes @{at} copied to @{to}")
        }
        _ => {
            data.truncate(at);
            format!("truncated to {at} bytes")
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Archives and their parts

fn archive_mutation(parts: &mut Vec<Part>, all_stored: &mut bool, rng: &mut Rng) -> String {
    match rng.below(3) {
        0 if parts.len() > 1 => {
            let gone = parts.remove(rng.below(parts.len()));
            format!("part {} dropped", gone.name)
        }
        1 if parts.len() > 1 => {
            // An .ods's mimetype must come first; order is otherwise free, and readers may assume it.
            let (a, b) = (rng.below(parts.len()), rng.below(parts.len()));
            parts.swap(a, b);
            format!("parts {} and {} swapped", parts[a].name, parts[b].name)
        }
        _ => {
            *all_stored = true;
            "every part stored uncompressed".to_string()
        }
    }
}

fn is_xml(part: &Part) -> bool {
    let lower = part.name.to_ascii_lowercase();
    [".xml", ".rels", ".vml"].iter().any(|e| lower.ends_with(e)) || part.data.first() == Some(&b'<')
}

fn part_mutation(parts: &mut [Part], rng: &mut Rng) -> String {
    let xml: Vec<usize> = (0..parts.len()).filter(|&i| is_xml(&parts[i])).collect();
    let index = if !xml.is_empty() && rng.chance(85) {
        *rng.pick(&xml)
    } else {
        rng.below(parts.len())
    };
    let part = &mut parts[index];
    let what = if is_xml(part) {
        xml_mutation(&mut part.data, rng)
    } else {
        byte_mutation(&mut part.data, rng)
    };
    format!("{}: {what}", part.name)
}

// ---------------------------------------------------------------------------------------------
// XML parts

/// Attributes a reader is likely to size or index something by (local names).
const SIZING_ATTRIBUTES: &[&str] = &[
    "count",
    "uniqueCount",
    "ref",
    "r",
    "spans",
    "sqref",
    "number-rows-repeated",
    "number-columns-repeated",
    "number-rows-spanned",
    "number-columns-spanned",
    "sheetId",
    "s",
    "min",
    "max",
];

/// Elements a reader loops over (local names).
const REPEATED_ELEMENTS: &[&str] = &[
    "row",
    "c",
    "v",
    "f",
    "si",
    "t",
    "sheet",
    "col",
    "mergeCell",
    "dataValidation",
    "table-row",
    "table-cell",
    "table",
    "p",
];

const HUGE_NUMBERS: &[&str] = &[
    "0",
    "-1",
    "16385",
    "1048577",
    "2147483647",
    "2147483648",
    "4294967295",
    "4294967296",
    "9223372036854775807",
    "18446744073709551616",
    "99999999999999999999999999999",
    "1e308",
    "NaN",
    "",
];

const HUGE_REFS: &[&str] = &[
    "XFD1048576",
    "A1:XFD1048576",
    "A1048577",
    "XFE1",
    "A4294967295",
    "A4294967296",
    "ZZZZZZZZZZ1",
    "A1:ZZZZZZ999999999",
    "A0",
    "A",
    "1",
    "A1:A1:A1",
    "$A$1",
    "",
];

const HUGE_SPANS: &[&str] = &["1:16384", "1:4294967295", "0:0", "16384:1", "1:", ":"];

/// Text a parser must survive: markup cut open, entities, a DTD, deep nesting.
const TOKENS: &[&str] = &[
    "<",
    ">",
    "&",
    "&amp",
    "&#0;",
    "&#xFFFFFFFF;",
    "&undefined;",
    "]]>",
    "<![CDATA[",
    "<!--",
    "<?xml version=\"1.0\"?>",
    "\u{0}",
    "\u{FFFF}",
    "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
];

struct Attr {
    name: Range<usize>,
    value: Range<usize>,
}

fn local(name: &[u8]) -> &[u8] {
    name.iter()
        .rposition(|&b| b == b':')
        .map_or(name, |i| &name[i + 1..])
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b':' | b'_' | b'-' | b'.')
}

/// Every `name="value"` (or single-quoted) of the part, markup or not: good enough to aim.
fn attributes(xml: &[u8]) -> Vec<Attr> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < xml.len() {
        if xml[i] == b'=' && matches!(xml[i + 1], b'"' | b'\'') {
            let quote = xml[i + 1];
            let start = xml[..i]
                .iter()
                .rposition(|&b| !is_name_byte(b))
                .map_or(0, |p| p + 1);
            if let Some(len) = xml[i + 2..].iter().position(|&b| b == quote) {
                if start < i {
                    out.push(Attr {
                        name: start..i,
                        value: i + 2..i + 2 + len,
                    });
                }
                i += 2 + len;
            }
        }
        i += 1;
    }
    out
}

/// The element starting at `start` (a `<` followed by a name), up to its matching end tag.
fn element_at(xml: &[u8], start: usize) -> Option<Range<usize>> {
    let name_end = start + 1 + xml[start + 1..].iter().position(|&b| !is_name_byte(b))?;
    let name = &xml[start + 1..name_end];
    let gt = name_end + xml[name_end..].iter().position(|&b| b == b'>')?;
    if xml[gt - 1] == b'/' {
        return Some(start..gt + 1);
    }
    let mut depth = 1usize;
    let mut i = gt + 1;
    while let Some(p) = xml[i..].iter().position(|&b| b == b'<') {
        let lt = i + p;
        let closing = xml.get(lt + 1) == Some(&b'/');
        let from = lt + 1 + usize::from(closing);
        let same = xml[from..].starts_with(name)
            && xml
                .get(from + name.len())
                .is_some_and(|&b| !is_name_byte(b));
        let tag_end = lt + xml[lt..].iter().position(|&b| b == b'>')?;
        if same {
            if closing {
                depth -= 1;
                if depth == 0 {
                    return Some(start..tag_end + 1);
                }
            } else if xml[tag_end - 1] != b'/' {
                depth += 1;
            }
        }
        i = tag_end + 1;
    }
    None
}

/// Where an element starts, preferring those a reader loops over.
fn pick_element(xml: &[u8], rng: &mut Rng) -> Option<Range<usize>> {
    let starts: Vec<usize> = (0..xml.len().saturating_sub(1))
        .filter(|&i| xml[i] == b'<' && (xml[i + 1].is_ascii_alphabetic() || xml[i + 1] == b'_'))
        .collect();
    if starts.is_empty() {
        return None;
    }
    let local_name = |i: usize| {
        let end = xml[i + 1..]
            .iter()
            .position(|&b| !is_name_byte(b))
            .map_or(xml.len(), |p| i + 1 + p);
        local(&xml[i + 1..end])
    };
    let repeated: Vec<usize> = starts
        .iter()
        .copied()
        .filter(|&i| {
            REPEATED_ELEMENTS
                .iter()
                .any(|n| n.as_bytes() == local_name(i))
        })
        .collect();
    let start = if !repeated.is_empty() && rng.chance(70) {
        *rng.pick(&repeated)
    } else {
        *rng.pick(&starts)
    };
    element_at(xml, start)
}

fn xml_mutation(xml: &mut Vec<u8>, rng: &mut Rng) -> String {
    match rng.below(12) {
        0..=3 => blow_attribute(xml, rng),
        4..=6 => duplicate_element(xml, rng),
        7 => stretch_text(xml, rng),
        8 => {
            let Some(el) = pick_element(xml, rng) else {
                return byte_mutation(xml, rng);
            };
            let what = format!("element of {} bytes @{} deleted", el.len(), el.start);
            xml.drain(el);
            what
        }
        9 => {
            // A part cut inside a table is what once made a reader loop forever.
            let at = rng.below(xml.len().max(1));
            xml.truncate(at);
            format!("part truncated to {at} bytes")
        }
        10 => {
            let token = *rng.pick(TOKENS);
            let (token, times) = if rng.chance(20) {
                ("<row>", 100_000)
            } else {
                (token, 1)
            };
            let after_tags: Vec<usize> = (0..xml.len())
                .filter(|&i| xml[i] == b'>')
                .map(|i| i + 1)
                .collect();
            let at = if after_tags.is_empty() {
                0
            } else {
                *rng.pick(&after_tags)
            };
            xml.splice(at..at, token.repeat(times).into_bytes());
            format!("{token:?} ×{times} inserted @{at}")
        }
        _ => byte_mutation(xml, rng),
    }
}

fn blow_attribute(xml: &mut Vec<u8>, rng: &mut Rng) -> String {
    let attrs = attributes(xml);
    if attrs.is_empty() {
        return byte_mutation(xml, rng);
    }
    let sizing: Vec<&Attr> = attrs
        .iter()
        .filter(|a| {
            SIZING_ATTRIBUTES
                .iter()
                .any(|n| n.as_bytes() == local(&xml[a.name.clone()]))
        })
        .collect();
    let attr = if !sizing.is_empty() && rng.chance(70) {
        *rng.pick(&sizing)
    } else {
        rng.pick(&attrs)
    };
    let old = String::from_utf8_lossy(&xml[attr.value.clone()]).into_owned();
    let new = if looks_like_ref(&old) {
        rng.pick(HUGE_REFS).to_string()
    } else if looks_like_span(&old) {
        rng.pick(HUGE_SPANS).to_string()
    } else if !old.is_empty()
        && old
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'-' || b == b'.')
    {
        rng.pick(HUGE_NUMBERS).to_string()
    } else if rng.chance(50) {
        old.repeat(1 + rng.below(10_000).min(MAX_PART / old.len().max(1)))
    } else {
        rng.pick(HUGE_NUMBERS).to_string()
    };
    let name = String::from_utf8_lossy(&xml[attr.name.clone()]).into_owned();
    let what = format!("{name}={} → {}", short(&old), short(&new));
    let value = attr.value.clone();
    xml.splice(value, new.into_bytes());
    what
}

/// `A1`, `$B$12`, `A1:F20`: letters then digits, optionally a range.
fn looks_like_ref(s: &str) -> bool {
    let one = |p: &str| {
        let p = p.replace('$', "");
        let letters = p.bytes().take_while(u8::is_ascii_uppercase).count();
        letters > 0 && letters < p.len() && p[letters..].bytes().all(|b| b.is_ascii_digit())
    };
    !s.is_empty() && s.split(':').all(one)
}

/// `1:5`, a row's spans.
fn looks_like_span(s: &str) -> bool {
    s.split_once(':').is_some_and(|(a, b)| {
        !a.is_empty() && !b.is_empty() && (a.to_string() + b).bytes().all(|c| c.is_ascii_digit())
    })
}

fn duplicate_element(xml: &mut Vec<u8>, rng: &mut Rng) -> String {
    let Some(el) = pick_element(xml, rng) else {
        return byte_mutation(xml, rng);
    };
    let wanted = *rng.pick(&[2usize, 16, 256, 4096, 65_536]);
    let times = wanted.min((MAX_PART.saturating_sub(xml.len()) / el.len().max(1)).max(1));
    let copy = xml[el.clone()].repeat(times);
    let name_end = el.start
        + 1
        + xml[el.start + 1..]
            .iter()
            .position(|&b| !is_name_byte(b))
            .unwrap_or(0);
    let name = String::from_utf8_lossy(&xml[el.start + 1..name_end]).into_owned();
    xml.splice(el.end..el.end, copy);
    format!("<{name}> @{} duplicated ×{times}", el.start)
}

fn stretch_text(xml: &mut Vec<u8>, rng: &mut Rng) -> String {
    let texts: Vec<Range<usize>> = (0..xml.len().saturating_sub(1))
        .filter(|&i| xml[i] == b'>' && xml[i + 1] != b'<')
        .filter_map(|i| {
            xml[i + 1..]
                .iter()
                .position(|&b| b == b'<')
                .map(|len| i + 1..i + 1 + len)
        })
        .collect();
    if texts.is_empty() {
        return byte_mutation(xml, rng);
    }
    let text = rng.pick(&texts).clone();
    let target = *rng.pick(&[32_767usize, 32_768, 1 << 20, 8 << 20]);
    let times = (target / text.len().max(1))
        .max(2)
        .min(MAX_PART / text.len().max(1));
    let stretched = xml[text.clone()].repeat(times);
    let what = format!(
        "text {} @{} stretched ×{times}",
        short(&String::from_utf8_lossy(&xml[text.clone()])),
        text.start
    );
    xml.splice(text, stretched);
    what
}

/// A value cut for a one-line description.
fn short(s: &str) -> String {
    let mut out: String = s.chars().take(24).collect();
    if out.len() < s.len() {
        out.push_str(&format!("…({} bytes)", s.len()));
    }
    format!("{out:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn element_at_finds_the_matching_end_tag_across_nesting() {
        let xml = b"<a><row r=\"1\"><row/><c>1</c></row><row r=\"2\"/></a>";
        let start = 3;
        let el = element_at(xml, start).expect("a row element");
        assert_eq!(
            &xml[el], b"<row r=\"1\"><row/><c>1</c></row>",
            "the nested self-closing row must not end the outer one"
        );
    }

    #[test]
    fn attributes_name_and_value_are_found() {
        let xml = b"<sst count=\"12\" uniqueCount='7'>";
        let attrs = attributes(xml);
        let found: Vec<(&[u8], &[u8])> = attrs
            .iter()
            .map(|a| (&xml[a.name.clone()], &xml[a.value.clone()]))
            .collect();
        assert_eq!(
            found,
            vec![
                (&b"count"[..], &b"12"[..]),
                (&b"uniqueCount"[..], &b"7"[..])
            ]
        );
    }

    #[test]
    fn refs_and_spans_are_told_apart() {
        assert!(looks_like_ref("A1") && looks_like_ref("$B$12") && looks_like_ref("A1:F20"));
        assert!(!looks_like_ref("12") && !looks_like_ref("1:5") && !looks_like_ref("rId1"));
        assert!(looks_like_span("1:5") && !looks_like_span("A1:B2"));
    }

    #[test]
    fn the_same_seed_gives_the_same_inputs() {
        let seed = Seed {
            name: "x.xlsx".into(),
            bytes: b"<a><row r=\"1\"/></a>".repeat(10),
            parts: None,
        };
        let run = |s| {
            let mut rng = Rng::new(s);
            (0..50)
                .map(|_| mutate(&seed, &mut rng).bytes)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            run(7),
            run(7),
            "a crash found with --seed must be found again with it"
        );
    }

    #[test]
    fn a_zip_survives_unzip_and_rezip() {
        let parts = vec![
            Part {
                name: "mimetype".into(),
                data: b"application/x".to_vec(),
                stored: true,
            },
            Part {
                name: "content.xml".into(),
                data: b"<a/>".to_vec(),
                stored: false,
            },
        ];
        let back = unzip(&rezip(&parts, false)).expect("a zip archive");
        let names: Vec<&str> = back.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["mimetype", "content.xml"]);
        assert!(
            back[0].stored && !back[1].stored,
            "each part keeps its compression"
        );
    }
}
