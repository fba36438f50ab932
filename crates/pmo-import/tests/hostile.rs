//! Hostile workbooks that aborted the process, exhausted memory or ran without end before the
//! limits (`src/limits.rs`, `src/grid.rs`) existed: each is refused with a finding that names
//! its limit, and the same workbook within the limits still reads. Each file is built here at
//! the size that did the harm (the 27 KB, the 905 bytes…); decompressing them is the slow part,
//! so the zip and XML crates are optimised in test builds (`Cargo.toml`).

mod common;

use common::*;
use pmo_import::read_workbook;
use pmo_model::i18n::Key;

/// Refused for one reason, a limit, whose French and English texts contain `fr` and `en`.
fn refused_over_limit(p: &pmo_import::Parsed, fr: &str, en: &str) {
    assert!(p.data.is_none(), "{}", dump(p));
    assert_eq!(p.findings.len(), 1, "{}", dump(p));
    let f = &p.findings[0];
    assert_eq!(f.key, Key::FileOverLimit, "{}", dump(p));
    let (m_fr, m_en) = messages(f);
    assert!(m_fr.contains(fr), "{m_fr}");
    assert!(m_en.contains(en), "{m_en}");
    assert!(m_fr.starts_with("Le classeur n'a pas été lu : "), "{m_fr}");
}

/// Rewrites a zip, deflated (the way a hostile file packs a huge part into a small file).
fn rezip(bytes: &[u8], edit: impl FnMut(&str, &[u8]) -> Option<Vec<u8>>) -> Vec<u8> {
    common::rezip(bytes, zip::CompressionMethod::Deflated, edit)
}

/// The valid workbook with `items` (`<si>…</si>`) first in its shared strings.
fn with_strings_first(items: &str) -> Vec<u8> {
    rezip(&valid().bytes(), |name, xml| {
        (name == "xl/sharedStrings.xml").then(|| {
            let xml = text(xml);
            let at = xml.find("<si>").expect("a string");
            format!("{}{items}{}", &xml[..at], &xml[at..]).into_bytes()
        })
    })
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).expect("an XML part")
}

#[test]
fn shared_strings_declaring_two_billion_entries_are_refused_before_calamine_reserves_them() {
    // calamine reserved room for uniqueCount (48 GB) and the process aborted.
    let bytes = rezip(&valid().bytes(), |name, xml| {
        (name == "xl/sharedStrings.xml").then(|| {
            let xml = text(xml);
            let at = xml.find("uniqueCount=\"").expect("a uniqueCount") + "uniqueCount=\"".len();
            let end = at + xml[at..].find('"').unwrap();
            format!("{}2000000000{}", &xml[..at], &xml[end..]).into_bytes()
        })
    });
    assert!(bytes.len() < 30_000, "the file of the report weighed 27 KB: {}", bytes.len());
    refused_over_limit(&read_workbook("return.xlsx", &bytes), "annonce 2\u{202f}000\u{202f}000\u{202f}000 textes", "announces 2,000,000,000 texts");
    // Rewritten without the lie, the same workbook reads.
    let honest = rezip(&valid().bytes(), |_, _| None);
    assert!(read_workbook("return.xlsx", &honest).data.is_some());
}

#[test]
fn an_ods_of_repeated_rows_and_columns_is_refused_before_it_is_laid_out() {
    // 905 bytes: 99 999 repeated rows of 1 000 repeated cells took 12.6 GB.
    let ods = std::fs::read(format!("{}/tests/fixtures/libreoffice-return.ods", env!("CARGO_MANIFEST_DIR"))).unwrap();
    for (rows, cols, cells) in [(99_999u64, 1_000u64, "99\u{202f}999\u{202f}000"), (30_000, 1_000, "30\u{202f}000\u{202f}000")] {
        let bomb = rezip(&ods, |name, xml| {
            (name == "content.xml").then(|| {
                let xml = text(xml);
                let budget = xml.find("table:name=\"Budget\"").expect("a Budget table");
                let open = budget + xml[budget..].find('>').unwrap() + 1;
                let row = format!(
                    r#"<table:table-row table:number-rows-repeated="{rows}"><table:table-cell table:number-columns-repeated="{cols}" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>"#
                );
                format!("{}{row}{}", &xml[..open], &xml[open..]).into_bytes()
            })
        });
        let p = read_workbook("return.ods", &bomb);
        refused_over_limit(&p, &format!("la feuille « Budget » s'étend sur {cells} cellules"), "repeated rows and columns are expanded");
    }
    assert!(read_workbook("return.ods", &ods).data.is_some(), "the real file still reads");
}

#[test]
fn a_part_decompressing_beyond_its_limit_is_refused_without_being_read() {
    // A sheet of `<row/>` deflated a thousand to one: 6 GB took 62 s and grew without end.
    let rows = "<row/>".repeat(160_000_000 / 6);
    let bytes = rezip(&valid().bytes(), |name, xml| {
        (name == "xl/worksheets/sheet2.xml").then(|| {
            let xml = text(xml);
            let at = xml.find("<sheetData>").expect("sheet data") + "<sheetData>".len();
            format!("{}{rows}{}", &xml[..at], &xml[at..]).into_bytes()
        })
    });
    assert!(bytes.len() < 1_000_000, "{}", bytes.len());
    refused_over_limit(&read_workbook("return.xlsx", &bytes), "sa partie « xl/worksheets/sheet2.xml » dépasse 150\u{a0}Mo une fois décompressée", "exceeds 150\u{a0}MB once decompressed");
}

#[test]
fn texts_beyond_excels_cell_limit_are_refused_naming_the_cell() {
    // One string of 1.2 GB (a 1.3 MB file) took 5 GB and then stopped the whole batch.
    // rust_xlsxwriter (like Excel) cannot write such a cell: the shared string is stretched.
    let long = "a".repeat(40_000);
    let bytes = rezip(&valid().bytes(), |name, xml| {
        (name == "xl/sharedStrings.xml").then(|| text(xml).replace(">Refonte du SI RH<", &format!(">{long}<")).into_bytes())
    });
    let p = read_workbook("return.xlsx", &bytes);
    refused_over_limit(&p, "la cellule Projets!B2 contient 40\u{202f}000 caractères, au-delà de la limite d'Excel de 32\u{202f}767", "cell Projets!B2 holds 40,000 characters");
    // At Excel's limit exactly, the text is a name like any other (too long for a name, which
    // the contract's checks say, but not a limit of the reader).
    let at_limit = valid().set("Projets", "B2", T("é".repeat(32_767))).read();
    assert!(at_limit.findings.iter().all(|f| f.key != Key::FileOverLimit), "{}", dump(&at_limit));

    let bytes = with_strings_first(&format!("<si><t>{}</t></si>", "b".repeat(1_000_000)));
    refused_over_limit(&read_workbook("return.xlsx", &bytes), "un texte de sa table des textes (le n° 1)", "(number 1) exceeds Excel's limit");
}

#[test]
fn a_table_of_texts_larger_than_any_return_is_refused() {
    // 330 000 projects of 3 000-character texts (a 9 MB file) took 4.1 GB.
    let item = format!("<si><t>{}</t></si>", "c".repeat(3_000));
    let bytes = with_strings_first(&item.repeat(25_000));
    refused_over_limit(&read_workbook("return.xlsx", &bytes), "sa partie « xl/sharedStrings.xml » dépasse 64\u{a0}Mo", "exceeds 64\u{a0}MB once decompressed");
}

#[test]
fn one_shared_string_in_every_cell_cannot_multiply_the_text() {
    // A 30 000-character string is within Excel's limit; referenced from 3 000 cells it would be
    // 90 MB of one sheet's text, held as many times as it is used.
    let mut book = valid();
    let long = "d".repeat(30_000);
    for row in 2..=3_000 {
        book = book.set("Budget", &format!("Z{row}"), T(long.clone()));
    }
    let p = book.read();
    refused_over_limit(&p, "les textes de la feuille « Budget » dépassent 64\u{a0}Mo", "the texts of sheet \"Budget\" exceed 64\u{a0}MB");
}

#[test]
fn a_file_larger_than_any_workbook_is_refused_before_it_is_opened() {
    let big = vec![0u8; 120_000_000];
    refused_over_limit(&read_workbook("return.xlsx", &big), "le fichier pèse 120\u{a0}Mo, au-delà de la limite de 100\u{a0}Mo", "the file weighs 120\u{a0}MB");
}
