//! No input, however broken, makes the importer panic or abort: random cell contents in every
//! column, and workbooks whose bytes or XML are mutated, truncated or stretched. Whatever comes
//! in, `read_workbook` returns, a rejected workbook has no data, an accepted one no error, and
//! every finding renders in both languages with all its placeholders filled.
//!
//! The volumes keep the crate's tests within seconds; `PMO_FUZZ_SCALE=20 cargo test -p
//! pmo-import --test no_panic` runs twenty times as many cases and mutations, with other seeds.

mod common;

use std::time::Instant;

use common::*;
use pmo_import::{read_workbook, Parsed};
use pmo_model::i18n::{Key, Lang};
use proptest::prelude::*;

/// What must hold for any input. `own_code` is true when the input is a well-formed workbook,
/// so that any panic caught inside can only be the importer's own.
fn check(p: &Parsed, what: &str, own_code: bool) {
    let has_error = p.findings.iter().any(|f| f.is_error());
    assert_eq!(p.data.is_none(), has_error, "{what}: rejected if and only if there is an error:\n{}", dump(p));
    for f in &p.findings {
        // Every placeholder of the message has its value (the values themselves may hold
        // braces: they are the user's text, shown as written).
        for lang in [Lang::Fr, Lang::En] {
            let template = f.key.text(lang);
            for name in template.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(n, _)| n)) {
                assert!(
                    f.args.iter().any(|(n, _)| n == name),
                    "{what}: {} lacks {{{name}}} ({lang:?}): {}",
                    f.key.name(),
                    f.message(lang)
                );
            }
        }
        if let Some(cell) = &f.cell {
            let letters = cell.chars().take_while(|c| c.is_ascii_uppercase()).count();
            assert!(
                letters > 0 && cell[letters..].parse::<u32>().is_ok_and(|r| r > 0),
                "{what}: {cell:?} is no A1 address"
            );
            assert!(f.sheet.is_some(), "{what}: a cell always comes with its sheet");
        }
    }
    if own_code {
        let caught = p.findings.iter().any(|f| {
            f.key == Key::FileUnreadable && f.args.iter().any(|(_, v)| v == Key::ReasonReaderFailure.text(Lang::Fr))
        });
        assert!(!caught, "{what}: the importer's own code panicked (caught):\n{}", dump(p));
    }
}

/// How many times the default volume of cases and mutations to run (`PMO_FUZZ_SCALE`).
fn scale() -> usize {
    std::env::var("PMO_FUZZ_SCALE").ok().and_then(|v| v.parse().ok()).filter(|s| *s > 0).unwrap_or(1)
}

/// A description cut to a readable length (values may be 30 000 characters long).
fn short(s: &str) -> String {
    if s.chars().count() <= 400 {
        return s.to_string();
    }
    s.chars().take(400).chain("…".chars()).collect()
}

/// A small deterministic generator, so that every run mutates the same way.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

// ----- Random cell contents -----------------------------------------------------------------

const SHEETS: [&str; 8] = ["Direction", "Projets", "Budget", "Charges", "Capacité", "Météo", "Risques", "Jalons"];

fn nasty_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        any::<String>(),
        Just(String::new()),
        Just("NaN".to_string()),
        Just("-NaN".to_string()),
        Just("inf".to_string()),
        Just("1e308".to_string()),
        Just("-0".to_string()),
        Just("−0,00 €".to_string()),
        Just("0x1F".to_string()),
        Just("١٢٣٤".to_string()),
        Just("1\u{a0}234\u{202f}567,891011 k€".to_string()),
        Just("99999999999999999999999999999999999999".to_string()),
        Just("31/12/99999".to_string()),
        Just("0000-00-00".to_string()),
        Just("=1/0".to_string()),
        Just("#REF!".to_string()),
        Just("Total".to_string()),
        Just("P-1".to_string()),
        Just("(((((".to_string()),
        Just("{expected}".to_string()),
        Just("\u{0}\u{1}\u{7f}".to_string()),
        Just("e\u{301}\u{301}\u{301}".to_string()),
        Just("💶".repeat(500)),
        Just("x".repeat(5_000)),
    ]
}

fn nasty_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(1e308),
        Just(-1e308),
        Just(-0.0),
        Just(f64::MIN_POSITIVE),
        Just(5e-324),
        Just(0.1 + 0.2),
        Just(2958466.0), // 31/12/9999, Excel's last date
        Just(2958467.0), // one day past it
        Just(60.0),      // Excel's phantom 29/02/1900
        Just(9.007_199_254_740_993e15),
        -1e6..1e6f64,
    ]
}

fn nasty_value() -> impl Strategy<Value = V> {
    prop_oneof![
        nasty_text().prop_map(T),
        nasty_number().prop_map(N),
        nasty_number().prop_map(P),
        nasty_number().prop_map(|n| NF(n, "dd/mm/yyyy")),
        any::<bool>().prop_map(B),
        (1900u16..=9999, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| D(y, m, d)),
        Just(E),
        Just(FT("1/0", "#DIV/0!")),
        Just(FT("A1", "")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32 * scale() as u32, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_cell_content_anywhere_gives_findings_never_a_panic(
        changes in prop::collection::vec((0..SHEETS.len(), 0u32..5, 0u32..13, nasty_value()), 1..8)
    ) {
        let mut book = valid();
        for (sheet, row, col, v) in &changes {
            let cell = format!("{}{}", pmo_model::text::column_letters(*col), row + 1);
            book = book.set(SHEETS[*sheet], &cell, v.clone());
        }
        let p = book.read();
        check(&p, &short(&format!("{changes:?}")), true);
    }
}

#[test]
fn nasty_values_in_every_column_of_every_sheet() {
    // Deterministic complement of the property above: every column of every sheet gets each
    // kind of nasty value at least once.
    let values = [
        T("NaN".into()),
        N(f64::NAN),
        N(1e308),
        N(-0.0),
        N(-1e308),
        P(f64::INFINITY),
        T("x".repeat(20_000)),
        T("1e308".into()),
        T("\u{202f}\u{a0}".into()),
        B(true),
        D(1900, 1, 1),
        D(9999, 12, 31),
        FT("X", "#N/A"),
    ];
    // One workbook per sheet, one nasty value per row across every column.
    for sheet in SHEETS {
        let width = valid().rows(sheet).iter().map(Vec::len).max().unwrap_or(0).max(2) as u32;
        let mut book = valid();
        for (i, v) in values.iter().enumerate() {
            for col in 0..width {
                let cell = format!("{}{}", pmo_model::text::column_letters(col), 2 + i as u32);
                book = book.set(sheet, &cell, v.clone());
            }
        }
        check(&book.read(), &format!("{sheet} rows of nasty values"), true);
    }
    // The Direction sheet's values, every key at once, one workbook per nasty value.
    for v in &values {
        let mut book = valid();
        for row in 3..=10 {
            book = book.set("Direction", &format!("B{row}"), v.clone());
        }
        check(&book.read(), &format!("Direction values of {:?}", short(&format!("{v:?}"))), true);
    }
}

#[test]
fn a_stray_cell_at_the_far_corner_of_a_sheet_is_read_quickly() {
    // calamine's dense ranges made this one cell cost 17 billion cells (an abort).
    let bytes = valid()
        .set("Budget", "XFD1", S("Note"))
        .set("Budget", "XFD1048576", S("note"))
        .set("Projets", "XFD1048576", N(1.0))
        .set("Direction", "XFD1048576", S("fin"))
        .bytes();
    let start = Instant::now();
    let p = read_workbook("dsi.xlsx", &bytes);
    // The far cells hold nothing the contract reads: only the unknown header is worth a word.
    let f = warning(&p, Key::ColumnUnknown, "Budget", Some("XFD1"));
    assert_eq!(arg(f, "found"), "Note");
    assert_eq!(p.findings.len(), 1, "{}", dump(&p));
    // Read sparsely, it costs what a small workbook costs (well under a second; the bound is
    // loose for loaded machines).
    assert!(start.elapsed().as_secs() < 5, "took {:?}", start.elapsed());
}

// ----- Broken files ---------------------------------------------------------------------------

fn mutate_bytes(bytes: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut b = bytes.to_vec();
    match rng.below(6) {
        0 => {
            for _ in 0..1 + rng.below(8) {
                let i = rng.below(b.len());
                b[i] ^= 1 << rng.below(8);
            }
        }
        1 => b.truncate(rng.below(b.len())),
        2 => {
            let i = rng.below(b.len());
            let n = rng.below(64);
            let junk: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
            b.splice(i..i, junk);
        }
        3 => {
            let i = rng.below(b.len());
            let n = rng.below(b.len() - i).min(256);
            b.drain(i..i + n);
        }
        4 => {
            // Overwrite a run with a repeated byte (0x00 or 0xFF): sizes and counts go extreme.
            let i = rng.below(b.len());
            let v = if rng.below(2) == 0 { 0x00 } else { 0xFF };
            for x in b.iter_mut().skip(i).take(1 + rng.below(8)) {
                *x = v;
            }
        }
        _ => {
            let i = rng.below(b.len());
            let j = rng.below(b.len());
            let n = 1 + rng.below(32);
            let chunk: Vec<u8> = b.iter().skip(j).take(n).copied().collect();
            for (k, x) in chunk.into_iter().enumerate() {
                if i + k < b.len() {
                    b[i + k] = x;
                }
            }
        }
    }
    b
}

/// XML-aware mutations: what a broken writer or a hand-edited file could hold, kept inside a
/// valid zip so that the readers' XML code is reached.
fn mutate_xml(xml: &str, rng: &mut Rng) -> String {
    const SWAPS: &[(&str, &str)] = &[
        ("r=\"A", "r=\"XFD"),
        ("r=\"B2\"", "r=\"A1048576\""),
        ("t=\"s\"", "t=\"e\""),
        ("t=\"s\"", "t=\"b\""),
        ("t=\"s\"", "t=\"d\""),
        ("t=\"s\"", "t=\"str\""),
        ("t=\"s\"", "t=\"zz\""),
        ("<v>", "<v>99999999"),
        ("<v>", "<v>-"),
        ("<v>", "<v>1e400"),
        ("</v>", "xyz</v>"),
        ("<f>", "<f t=\"shared\" si=\"4000000000\">"),
        ("<sheetData>", "<sheetData><row r=\"0\"><c r=\"\"/></row>"),
        ("<row r=\"", "<row r=\"99999999999"),
        ("s=\"", "s=\"9999"),
        ("count=\"", "count=\"4294967295"),
        ("ref=\"", "ref=\"A1:XFD1048576 "),
        ("date1904", "date1904=\"1\" x"),
        ("<sst", "<sst uniqueCount=\"-1\""),
        ("sheetId=\"", "sheetId=\"0"),
        ("state=\"", "state=\"veryHidden\" x=\""),
        ("&amp;", "&bogus;"),
        ("numFmtId=\"", "numFmtId=\"65535"),
        ("formatCode=\"", "formatCode=\"[$-F800]%%%"),
    ];
    let mut s = xml.to_string();
    for _ in 0..1 + rng.below(3) {
        match rng.below(4) {
            0 | 1 => {
                let (from, to) = SWAPS[rng.below(SWAPS.len())];
                let hits: Vec<usize> = s.match_indices(from).map(|(i, _)| i).collect();
                if !hits.is_empty() {
                    let i = hits[rng.below(hits.len())];
                    s.replace_range(i..i + from.len(), to);
                }
            }
            2 => {
                // Cut the document at a random character.
                let mut i = rng.below(s.len());
                while !s.is_char_boundary(i) {
                    i -= 1;
                }
                s.truncate(i);
            }
            _ => {
                // Remove a random run of characters.
                let mut i = rng.below(s.len());
                while !s.is_char_boundary(i) {
                    i -= 1;
                }
                let mut j = (i + 1 + rng.below(40)).min(s.len());
                while !s.is_char_boundary(j) {
                    j -= 1;
                }
                s.replace_range(i..j, "");
            }
        }
    }
    s
}

/// Runs one broken input; counts the panics caught inside a reader (not the importer's own).
fn try_broken(name: &str, bytes: &[u8], what: &str, caught: &mut Vec<String>) {
    let p = read_workbook(name, bytes);
    check(&p, what, false);
    if p.findings.iter().any(|f| f.args.iter().any(|(_, v)| v == Key::ReasonReaderFailure.text(Lang::Fr))) {
        caught.push(what.to_string());
    }
}

fn fixture_bytes(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn flipped_truncated_and_stretched_bytes_never_crash() {
    let start = Instant::now();
    let mut caught = Vec::new();
    let sources: Vec<(&str, Vec<u8>, usize)> = vec![
        ("dsi.xlsx", valid().bytes(), 150),
        ("return.ods", fixture_bytes("libreoffice-return.ods"), 60),
        // xls and xlsb are not compressed: flipped bytes reach the record parsers directly.
        ("return.xls", fixture_bytes("libreoffice-return.xls"), 250),
        ("return.xlsb", fixture_bytes("handwritten-return.xlsb"), 200),
        ("encrypted.xlsx", fixture_bytes("encrypted-password.xlsx"), 30),
    ];
    for (name, bytes, rounds) in &sources {
        let mut rng = Rng(0x5EED_0000 + bytes.len() as u64 + scale() as u64);
        for round in 0..*rounds * scale() {
            let mutated = mutate_bytes(bytes, &mut rng);
            try_broken(name, &mutated, &format!("{name} round {round}"), &mut caught);
        }
    }
    eprintln!("byte mutations: {} panics caught inside readers, in {:?}: {caught:?}", caught.len(), start.elapsed());
}

#[test]
fn broken_xml_inside_a_valid_zip_never_crashes() {
    let start = Instant::now();
    let mut caught = Vec::new();
    let sources = [
        ("dsi.xlsx", valid().bytes()),
        ("lo.xlsx", fixture_bytes("libreoffice-cached-formulas.xlsx")),
        ("return.ods", fixture_bytes("libreoffice-return.ods")),
    ];
    for (name, bytes) in &sources {
        let mut rng = Rng(0xC0FF_EE00 + bytes.len() as u64 + scale() as u64);
        for round in 0..70 * scale() {
            // Mutate one XML part of the package, chosen at random.
            let parts = {
                let z = zip::ZipArchive::new(std::io::Cursor::new(bytes.as_slice())).unwrap();
                z.file_names()
                    .filter_map(|n| n.ok())
                    .filter(|n| n.ends_with(".xml"))
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
            };
            let target = parts[rng.below(parts.len())].clone();
            let mutated = patch_xlsx(bytes, |path, xml| (path == target).then(|| mutate_xml(xml, &mut rng)));
            try_broken(name, &mutated, &format!("{name} round {round} ({target})"), &mut caught);
        }
    }
    eprintln!("XML mutations: {} panics caught inside readers, in {:?}: {caught:?}", caught.len(), start.elapsed());
}
