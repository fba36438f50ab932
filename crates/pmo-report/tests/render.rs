//! The PDF renderer, checked by reading its output back: pages, extracted text (exact figures,
//! French accents, €, the true minus sign), embedded subset fonts, long tables continued with
//! their header, reproducible bytes, and the builder mistakes it refuses.
//!
//! Set `PMO_REPORT_SAMPLES=/some/dir` to also write the PDFs these tests render, to look at
//! them (`pdftoppm -png -r 60 file.pdf page`).

use std::collections::BTreeSet;
use std::process::Command;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use pmo_model::format::{format_amount, format_delta, format_ratio};
use pmo_model::i18n::Lang;
use pmo_model::model::{Unit, Weather};
use pmo_report::document::*;
use pmo_report::{render, RenderError, RenderOptions};

// ----- documents built in code -----

fn dec(v: i64) -> Decimal {
    Decimal::from(v)
}

fn euros(v: i64) -> String {
    format_amount(dec(v), Unit::Euro, Lang::Fr)
}

fn document(blocks: Vec<Block>) -> Document {
    Document {
        title: "Revue trimestrielle du portefeuille — T2 2026".into(),
        organisation: "Société Générale d'Équipements".into(),
        confidentiality: "Diffusion restreinte — CODIR".into(),
        page_label: "Page {n} / {total}".into(),
        generated_on: NaiveDate::from_ymd_opt(2026, 6, 30).unwrap(),
        blocks,
    }
}

fn cover() -> Block {
    Block::Cover(Cover {
        title: "Revue trimestrielle du portefeuille — T2 2026".into(),
        subtitle: Some("Comité de direction du 7 juillet 2026".into()),
        organisation: "Société Générale d'Équipements".into(),
        date: "30/06/2026".into(),
        sources_title: "Remontées prises en compte".into(),
        sources: ["DSI", "DRH", "DAF", "DIRCOM", "DSUP"]
            .iter()
            .map(|d| format!("{d} — R2 2026 — importée le 15/06/2026"))
            .collect(),
    })
}

fn column(title: &str, weight: f32, align: Align, wrap: bool) -> Column {
    Column { title: title.into(), weight, align, wrap }
}

/// The portfolio by directorate: names, amounts, variances (toned), météo, a totals row.
fn directorate_table(rows: usize) -> Table {
    let names = [
        "Direction des systèmes d'information et de la transformation numérique du groupe",
        "Ressources humaines",
        "Finances",
        "Communication",
        "Achats et logistique",
    ];
    let weathers = [Weather::Sunny, Weather::Cloudy, Weather::Rainy, Weather::Stormy];
    let mut out: Vec<Row> = (0..rows)
        .map(|i| {
            let voted = 1_000_000 + 37_519 * i as i64;
            let variance = if i % 3 == 0 { -(12_345 + i as i64) } else { 4_321 * i as i64 };
            let tone = if variance < 0 { Tone::Good } else if i % 3 == 1 { Tone::Warning } else { Tone::Bad };
            Row {
                cells: vec![
                    Cell::text(format!("P{i:03}")),
                    Cell::text(format!("{} {i}", names[i % names.len()])),
                    Cell::text(euros(voted)),
                    Cell::toned(format_delta(dec(variance), Unit::Euro, Lang::Fr), tone),
                    Cell::weather(weathers[i % 4], ["Ensoleillé", "Nuageux", "Pluvieux", "Orageux"][i % 4]),
                ],
                total: false,
            }
        })
        .collect();
    out.push(Row {
        cells: vec![
            Cell::text(""),
            Cell::text("Total"),
            Cell::text(euros(14_385_000)),
            Cell::toned(format_delta(dec(-120_000), Unit::Euro, Lang::Fr), Tone::Good),
            Cell::text(""),
        ],
        total: true,
    });
    Table {
        caption: Some("Portefeuille par direction".into()),
        continued_label: "(suite)".into(),
        columns: vec![
            column("Code", 0.7, Align::Left, false),
            column("Projet", 4.0, Align::Left, true),
            column("Budget voté", 1.6, Align::Right, false),
            column("Écart vs budget voté", 1.6, Align::Right, false),
            column("Météo", 1.3, Align::Left, false),
        ],
        rows: out,
        empty_text: "Aucun projet".into(),
    }
}

fn series(name: &str, style: u8, values: &[i64]) -> Series {
    Series {
        name: name.into(),
        values: values.iter().map(|v| dec(*v)).collect(),
        labels: values.iter().map(|v| format_amount(dec(*v), Unit::KiloEuro, Lang::Fr)).collect(),
        style,
        weathers: Vec::new(),
    }
}

fn ticks(values: &[i64]) -> Vec<Tick> {
    values
        .iter()
        .map(|v| Tick { value: dec(*v), label: format_amount(dec(*v), Unit::KiloEuro, Lang::Fr) })
        .collect()
}

fn budget_chart() -> Chart {
    Chart {
        title: "Budget voté et atterrissage par direction".into(),
        kind: ChartKind::GroupedBars,
        categories: vec!["DSI".into(), "DRH".into(), "DAF".into(), "Direction de la communication".into()],
        series: vec![
            series("Budget voté", 0, &[5_200_000, 2_100_000, 3_400_000, 900_000]),
            series("Atterrissage", 1, &[5_650_000, 1_950_000, 3_500_000, 1_020_000]),
        ],
        ticks: ticks(&[0, 2_000_000, 4_000_000, 6_000_000]),
        reference: None,
    }
}

fn load_chart() -> Chart {
    let teams = ["Équipe infrastructure", "Études", "Data & IA", "Support applicatif du siège et des filiales"];
    Chart {
        title: "Charge des équipes vs capacité".into(),
        kind: ChartKind::HorizontalBars,
        categories: teams.iter().map(|t| t.to_string()).collect(),
        series: vec![Series {
            name: "Charge (% de la capacité)".into(),
            values: vec![dec(85), dec(112), dec(64), dec(97)],
            labels: vec!["85 %".into(), "112 %".into(), "64 %".into(), "97 %".into()],
            style: 2,
            weathers: Vec::new(),
        }],
        ticks: [0, 25, 50, 75, 100, 125].iter().map(|v| Tick { value: dec(*v), label: format!("{v} %") }).collect(),
        reference: Some(Reference { value: dec(100), label: "Capacité 100 %".into() }),
    }
}

fn weather_chart() -> Chart {
    let weathers = vec![Weather::Sunny, Weather::Cloudy, Weather::Rainy, Weather::Stormy];
    Chart {
        title: "Répartition des projets par météo".into(),
        kind: ChartKind::WeatherBars,
        categories: vec!["Ensoleillé".into(), "Nuageux".into(), "Pluvieux".into(), "Orageux".into()],
        series: vec![Series {
            name: "Projets".into(),
            values: vec![dec(12), dec(7), dec(4), dec(2)],
            labels: vec!["12".into(), "7".into(), "4".into(), "2".into()],
            style: 0,
            weathers,
        }],
        ticks: [0, 5, 10, 15].iter().map(|v| Tick { value: dec(*v), label: v.to_string() }).collect(),
        reference: None,
    }
}

fn key_figures() -> Block {
    let kf = |label: &str, value: String, note: Option<&str>, tone| KeyFigure {
        label: label.into(),
        value,
        note: note.map(Into::into),
        tone,
    };
    Block::KeyFigures {
        items: vec![
            kf("Budget voté", euros(14_385_000), None, Tone::Neutral),
            kf("Atterrissage", euros(15_176_000), Some("+5,5 % vs budget voté"), Tone::Warning),
            kf("Écart", format_delta(dec(791_000), Unit::Euro, Lang::Fr), Some("dépassement"), Tone::Bad),
            kf("Réalisé", euros(6_120_000), Some("taux de consommation 42,5 %"), Tone::Good),
            kf("Projets", "25".into(), Some("dont 2 orageux"), Tone::Neutral),
        ],
    }
}

/// Every kind of block once, as the CODIR pack uses them.
fn every_block() -> Document {
    document(vec![
        cover(),
        Block::Heading { text: "Synthèse".into(), level: 1 },
        key_figures(),
        Block::Bullets {
            items: vec![
                Bullet { text: "La DSI dépasse son enveloppe de 450 000 € (+8,7 %) : arbitrage attendu.".into(), tone: Tone::Bad },
                Bullet { text: "Deux projets orageux : « Refonte paie » et « Entrepôt de données ».".into(), tone: Tone::Warning },
                Bullet { text: "Le réalisé suit le plan à 97 % sur le premier semestre.".into(), tone: Tone::Good },
                Bullet { text: "Prochaine revue : comité du 6 octobre.".into(), tone: Tone::Neutral },
            ],
        },
        Block::Paragraph {
            text: format!(
                "Les écarts sont calculés sur l'atterrissage de la dernière remontée de chaque direction. \
                 Un écart négatif ({}) est une économie par rapport au budget voté.",
                format_ratio(Decimal::new(-123, 3), Lang::Fr)
            ),
        },
        Block::PageBreak,
        Block::Heading { text: "Budget et charge".into(), level: 1 },
        Block::Columns { left: vec![Block::Chart(budget_chart())], right: vec![Block::Chart(weather_chart())] },
        Block::Chart(load_chart()),
        Block::Heading { text: "Portefeuille par direction".into(), level: 2 },
        Block::Table(directorate_table(12)),
        Block::Table(Table {
            caption: Some("Projets en alerte".into()),
            continued_label: "(suite)".into(),
            columns: vec![column("Projet", 1.0, Align::Left, false)],
            rows: Vec::new(),
            empty_text: "Aucun projet en alerte".into(),
        }),
    ])
}

// ----- reading PDFs back -----

fn options() -> RenderOptions {
    RenderOptions::default()
}

fn render_ok(doc: &Document, name: &str) -> Vec<u8> {
    let bytes = render(doc, &options()).expect("a well-formed document renders");
    if let Ok(dir) = std::env::var("PMO_REPORT_SAMPLES") {
        std::fs::write(std::path::Path::new(&dir).join(format!("{name}.pdf")), &bytes).unwrap();
    }
    bytes
}

fn load(bytes: &[u8]) -> lopdf::Document {
    lopdf::Document::load_mem(bytes).expect("the renderer's output parses as PDF")
}

/// The text of each page: one line per text run (a cell, a line of a paragraph, a label), in
/// drawing order, decoded through the fonts' Unicode maps as a viewer's copy-paste would.
fn pages_text(bytes: &[u8]) -> Vec<String> {
    let pdf = load(bytes);
    pdf.get_pages()
        .values()
        .map(|&page| {
            let encodings: Vec<(Vec<u8>, lopdf::Encoding)> = pdf
                .get_page_fonts(page)
                .unwrap()
                .into_iter()
                .map(|(name, font)| (name, font.get_font_encoding(&pdf).expect("font has an encoding")))
                .collect();
            let content = lopdf::content::Content::decode(&pdf.get_page_content(page)).unwrap();
            let mut text = String::new();
            let mut font = None;
            for op in &content.operations {
                match op.operator.as_str() {
                    "Tf" => {
                        let name = op.operands[0].as_name().unwrap();
                        font = encodings.iter().find(|(n, _)| n == name).map(|(_, e)| e);
                    }
                    "Tj" => {
                        let encoding = font.expect("text shown with a font set");
                        let raw = op.operands[0].as_str().unwrap();
                        text.push_str(&lopdf::Document::decode_text(encoding, raw).expect("text decodes"));
                        text.push('\n');
                    }
                    _ => {}
                }
            }
            text
        })
        .collect()
}

fn tool(name: &str) -> bool {
    Command::new(name).arg("-v").output().is_ok()
}

/// Runs `qpdf --check` when qpdf is installed (the CI machine has it; a bare one may not).
fn qpdf_check(bytes: &[u8], name: &str) {
    if !tool("qpdf") {
        eprintln!("qpdf absent: structural check of {name} skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{name}.pdf"));
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("qpdf").arg("--check").arg(&path).output().unwrap();
    assert!(
        out.status.success(),
        "qpdf --check must accept {name}: a CODIR member's viewer may be stricter than ours\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

// ----- the tests -----

#[test]
fn every_block_kind_renders_into_a_valid_pdf() {
    let bytes = render_ok(&every_block(), "every_block");
    assert!(bytes.starts_with(b"%PDF-"), "a PDF starts with its header");
    qpdf_check(&bytes, "every_block");
    let pages = pages_text(&bytes);
    assert_eq!(pages.len(), 4, "cover, summary, charts + table start, table end: {pages:#?}");
    let all = pages.concat();
    for expected in [
        "Synthèse",
        "Budget voté et atterrissage par direction",
        "Charge des équipes vs capacité",
        "Répartition des projets par météo",
        "Capacité 100 %",
        "Portefeuille par direction",
        "Aucun projet en alerte",
        "Prochaine revue : comité du 6 octobre.",
        "dont 2 orageux",
    ] {
        assert!(all.contains(expected), "every block's text must be in the PDF: {expected:?} missing");
    }
}

#[test]
fn figures_accents_euro_and_minus_sign_come_out_exactly() {
    let bytes = render_ok(&every_block(), "figures");
    let all = pages_text(&bytes).concat();
    for figure in [
        euros(14_385_000),                                          // 14 385 000 € with narrow no-break spaces
        format_delta(dec(-120_000), Unit::Euro, Lang::Fr),          // −120 000 €
        format_delta(dec(791_000), Unit::Euro, Lang::Fr),           // +791 000 €
        format_ratio(Decimal::new(-123, 3), Lang::Fr),              // −12,3 %
        format_amount(dec(5_650_000), Unit::KiloEuro, Lang::Fr),    // chart value label
    ] {
        assert!(all.contains(&figure), "the figure {figure:?} must be printed exactly as formatted");
    }
    assert!(all.contains('\u{2212}'), "negative figures keep the true minus sign");
    for word in ["Écart vs budget voté", "Société Générale d'Équipements", "Ensoleillé", "Orageux", "Réalisé"] {
        assert!(all.contains(word), "French accents must survive: {word:?}");
    }
}

#[test]
fn streaming_to_a_writer_gives_the_same_bytes_and_says_what_it_wrote() {
    use sha2::Digest;
    let mut table = directorate_table(200);
    table.columns[1].wrap = false;
    let doc = document(vec![cover(), Block::Table(table)]);
    let in_memory = render(&doc, &options()).unwrap();
    let (streamed, written) = pmo_report::render_to(&doc, &options(), Vec::new()).unwrap();
    assert!(streamed == in_memory, "render and render_to write the same PDF");
    assert_eq!(written.size, streamed.len() as u64, "the size is that of the bytes written");
    let sha: String = sha2::Sha256::digest(&streamed).iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(written.sha256, sha, "the SHA-256 is computed over every byte written, trailer included");
    assert_eq!(written.pages, 9, "a cover and the 8 pages of the table");
    assert_eq!(pmo_report::page_count(&streamed), Some(written.pages), "the page tree agrees");
}

/// A writer that fails after `limit` bytes, like a full disk.
struct FullDisk {
    written: usize,
    limit: usize,
}

impl std::io::Write for FullDisk {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.written + buf.len() > self.limit {
            return Err(std::io::Error::other("no space left on device"));
        }
        self.written += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_failing_output_is_reported_not_ignored() {
    let doc = document(vec![Block::Table(directorate_table(200))]);
    let result = pmo_report::render_to(&doc, &options(), FullDisk { written: 0, limit: 20_000 });
    match result {
        Err(RenderError::Pdf(message)) => {
            assert!(message.contains("no space left"), "the cause is kept: {message}")
        }
        other => panic!("a write error must stop the render with RenderError::Pdf, got {:?}", other.map(|(_, r)| r)),
    }
}

#[test]
fn the_same_document_gives_the_same_bytes() {
    let doc = every_block();
    let first = render(&doc, &options()).unwrap();
    // Something else rendered in between must not change the next output (printpdf numbers
    // its ids from a process-wide counter: the renderer must not depend on it).
    render(&document(vec![Block::Paragraph { text: "autre".into() }]), &options()).unwrap();
    let second = render(&doc, &options()).unwrap();
    assert!(first == second, "a pack regenerated months later must be byte-identical");

    let mut later = doc.clone();
    later.generated_on = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
    let third = render(&later, &options()).unwrap();
    assert!(third != first, "the generation date is part of the PDF (creation date)");
    let text = String::from_utf8_lossy(&third);
    assert!(text.contains("D:20260701000000"), "the creation date is the document's date, not the clock");
}

/// A pack regenerated later runs in another process: nothing process-wide (printpdf's id
/// counter, hash-map seeds in font subsetting) may leak into the bytes.
#[test]
fn another_process_gives_the_same_bytes() {
    const CHILD: &str = "PMO_RENDER_CHILD_OUTPUT";
    let doc = every_block();
    if let Ok(path) = std::env::var(CHILD) {
        std::fs::write(path, render(&doc, &options()).unwrap()).unwrap();
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("child.pdf");
    let status = Command::new(std::env::current_exe().unwrap())
        .args(["another_process_gives_the_same_bytes", "--exact", "--test-threads=1"])
        .env(CHILD, &path)
        .output()
        .unwrap()
        .status;
    assert!(status.success(), "the child render ran");
    let child = std::fs::read(&path).expect("the child process wrote its PDF");
    assert!(child == render(&doc, &options()).unwrap(), "same document, other process, same bytes");
}

#[test]
fn fonts_are_embedded_and_subset() {
    let bytes = render_ok(&every_block(), "fonts");
    let pdf = load(&bytes);
    let mut embedded = BTreeSet::new();
    for object in pdf.objects.values() {
        if let Ok(dict) = object.as_dict() {
            if dict.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"FontDescriptor".as_slice()) {
                let name = String::from_utf8_lossy(dict.get(b"FontName").unwrap().as_name().unwrap()).to_string();
                assert!(dict.has(b"FontFile2"), "{name} must carry its TrueType program (FontFile2)");
                embedded.insert(name);
            }
        }
    }
    assert_eq!(
        embedded,
        BTreeSet::from(["PMOBLD+LiberationSans-Bold".to_string(), "PMOREG+LiberationSans".to_string()]),
        "both bundled faces are embedded as subsets (tagged names), nothing from the system"
    );
    assert!(bytes.len() < 200_000, "subset fonts keep the pack small: {} bytes", bytes.len());

    if tool("pdffonts") {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fonts.pdf");
        std::fs::write(&path, &bytes).unwrap();
        let out = Command::new("pdffonts").arg(&path).output().unwrap();
        let listing = String::from_utf8_lossy(&out.stdout);
        let fonts: Vec<&str> = listing.lines().skip(2).collect();
        assert_eq!(fonts.len(), 2, "{listing}");
        for line in fonts {
            let cols: Vec<&str> = line.split_whitespace().collect();
            // name type encoding emb sub uni object ID
            let n = cols.len();
            assert_eq!(&cols[n - 5..n - 2], &["yes", "yes", "yes"], "embedded, subset, with a Unicode map: {line}");
        }
    }
}

/// Rows of a single line: 17 pt each under a 17 pt header and a 15.5 pt caption, in the 501.7 pt
/// between header and footer, so 27 rows per page: 200 rows and their totals take 8 pages.
#[test]
fn a_long_table_continues_on_new_pages_with_its_header_repeated() {
    let mut table = directorate_table(200);
    table.columns[1].wrap = false;
    let bytes = render_ok(&document(vec![Block::Table(table)]), "long_table");
    qpdf_check(&bytes, "long_table");
    let pages = pages_text(&bytes);
    assert_eq!(pages.len(), 8, "200 single-line rows at 27 a page");
    let mut seen = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        assert!(page.contains("Budget voté") && page.contains("Météo"), "page {} repeats the header", i + 1);
        if i == 0 {
            assert!(!page.contains("(suite)"), "the first page shows the caption alone");
        } else {
            assert!(
                page.contains("Portefeuille par direction (suite)"),
                "page {} says the table continues: {page}",
                i + 1
            );
        }
        assert!(page.contains(&format!("Page {} / 8", i + 1)), "page {} is numbered n / N", i + 1);
        let codes: Vec<usize> = page
            .split(|c: char| !c.is_alphanumeric())
            .filter_map(|w| w.strip_prefix('P').and_then(|n| n.parse().ok()).filter(|_| w.len() == 4))
            .collect();
        assert!(!codes.is_empty(), "every page carries rows");
        seen.extend(codes);
    }
    assert_eq!(seen, (0..200).collect::<Vec<_>>(), "every row printed once, in order, none lost at a break");
    assert!(pages[7].contains("Total"), "the totals row ends the table");
}

#[test]
fn the_recorded_page_count_is_the_number_of_pages_rendered() {
    // page_count reads the page tree's /Count only (no second copy of the document in memory);
    // it must still say what a full read of the PDF finds.
    let mut table = directorate_table(200);
    table.columns[1].wrap = false;
    let bytes = render_ok(&document(vec![Block::Table(table)]), "page_count");
    let full = lopdf::Document::load_mem(&bytes).expect("a readable PDF").get_pages().len();
    assert_eq!(full, 8, "the long table takes 8 pages");
    assert_eq!(pmo_report::page_count(&bytes), Some(8), "the recorded count agrees with a full read");
    assert_eq!(pmo_report::page_count(b"not a pdf"), None, "bytes that are no PDF have no page count");
}

#[test]
fn a_totals_row_never_opens_a_page_alone() {
    // 27 single-line rows fill a page exactly; a totals row after them would open page 2 alone.
    let mut table = directorate_table(27);
    table.columns[1].wrap = false;
    let mut without_totals = table.clone();
    without_totals.rows.pop();
    let pages = pages_text(&render_ok(&document(vec![Block::Table(without_totals)]), "no_totals"));
    assert_eq!(pages.len(), 1, "27 rows fit on one page");

    let pages = pages_text(&render_ok(&document(vec![Block::Table(table)]), "totals"));
    assert_eq!(pages.len(), 2);
    assert!(pages[0].contains("P025\n") && !pages[0].contains("P026\n"), "{}", pages[0]);
    assert!(pages[1].contains("P026\n") && pages[1].contains("Total\n"), "the last row moves with the totals: {}", pages[1]);
}

#[test]
fn the_cover_counts_but_shows_no_header_nor_page_number() {
    let bytes = render_ok(&every_block(), "cover");
    let pages = pages_text(&bytes);
    let n = pages.len();
    assert!(!pages[0].contains("Page "), "no page number on the cover: {}", pages[0]);
    assert!(pages[0].contains("Diffusion restreinte — CODIR"), "the cover is restricted too");
    assert!(pages[0].contains("DRH — R2 2026 — importée le 15/06/2026"), "the cover lists its sources");
    for (i, page) in pages.iter().enumerate().skip(1) {
        assert!(page.contains(&format!("Page {} / {n}", i + 1)), "page {} numbered with the cover counted", i + 1);
        assert!(page.contains("Diffusion restreinte — CODIR"), "confidentiality line on page {}", i + 1);
        assert!(page.contains("Société Générale d'Équipements"), "running header on page {}", i + 1);
    }
}

#[test]
fn text_that_does_not_fit_is_shortened_or_wrapped_never_lost_silently() {
    let long = "Programme de modernisation des infrastructures réseau et téléphonie de l'ensemble des sites industriels";
    let row = |wrap| Table {
        caption: None,
        continued_label: "(suite)".into(),
        columns: vec![column("Projet", 1.0, Align::Left, wrap), column("Budget", 3.0, Align::Right, false)],
        rows: vec![Row { cells: vec![Cell::text(long), Cell::text(euros(1_234_567))], total: false }],
        empty_text: String::new(),
    };
    let cut = pages_text(&render_ok(&document(vec![Block::Table(row(false))]), "ellipsis")).concat();
    assert!(!cut.contains(long), "a non-wrapping cell cannot hold the whole name");
    assert!(cut.contains("Programme de modernisation") && cut.contains('…'), "it is shortened with an ellipsis");
    let wrapped = pages_text(&render_ok(&document(vec![Block::Table(row(true))]), "wrap")).concat();
    for word in long.split(' ') {
        assert!(wrapped.contains(word), "a wrapping cell keeps every word: {word:?} missing");
    }
    assert!(!wrapped.contains('…'));
}

#[test]
fn a_heading_is_kept_with_the_block_that_follows() {
    // Fill the first page so that the heading would land on its last lines.
    let line = "Texte de remplissage pour amener le titre en bas de la page.";
    let mut blocks: Vec<Block> = (0..34).map(|_| Block::Paragraph { text: line.into() }).collect();
    blocks.push(Block::Heading { text: "Projets en alerte".into(), level: 1 });
    blocks.push(Block::Table(directorate_table(3)));
    let pages = pages_text(&render_ok(&document(blocks), "keep_with_next"));
    assert_eq!(pages.len(), 2, "the filler stays on page 1");
    assert!(!pages[0].contains("Projets en alerte"), "the heading must not end page 1 alone");
    assert!(pages[1].contains("Projets en alerte") && pages[1].contains("P000"));
}

#[test]
fn columns_sit_side_by_side_and_what_follows_goes_under_the_taller() {
    let doc = document(vec![
        Block::Columns {
            left: vec![Block::Chart(budget_chart())],
            right: vec![Block::Table(directorate_table(30))],
        },
        Block::Paragraph { text: "Après les colonnes.".into() },
    ]);
    let pages = pages_text(&render_ok(&doc, "columns"));
    assert_eq!(pages.len(), 2, "the right half's table continues on page 2");
    assert!(pages[1].contains("Portefeuille par direction (suite)"));
    assert!(pages[1].contains("Après les colonnes."), "the next block comes after the longer half");
}

#[test]
fn a_two_hundred_project_pack_renders() {
    let mut blocks = vec![cover(), Block::Table(directorate_table(200))];
    for i in 0..200 {
        blocks.push(Block::PageBreak);
        blocks.push(Block::Heading { text: format!("P{i:03} — Projet numéro {i}"), level: 1 });
        blocks.push(key_figures());
        blocks.push(Block::Columns { left: vec![Block::Chart(budget_chart())], right: vec![Block::Table(directorate_table(4))] });
    }
    let bytes = render_ok(&document(blocks), "pack_200");
    qpdf_check(&bytes, "pack_200");
    let pages = pages_text(&bytes);
    assert_eq!(pages.len(), 1 + 8 + 200, "cover, the 8-page table, one page per project");
    assert!(pages[208].contains("P199 — Projet numéro 199"));
}

#[test]
fn builder_mistakes_are_refused_with_a_precise_error() {
    let mut table = directorate_table(2);
    table.rows[1].cells.pop();
    assert_eq!(
        render(&document(vec![Block::Table(table)]), &options()),
        Err(RenderError::RowShape { table: "Portefeuille par direction".into(), row: 1, cells: 4, columns: 5 }),
        "a row with a missing cell would shift figures under the wrong heading"
    );

    let mut table = directorate_table(1);
    table.columns[0].weight = 0.0;
    assert!(matches!(
        render(&document(vec![Block::Table(table)]), &options()),
        Err(RenderError::ColumnWeight { column: 0, .. })
    ));

    let mut chart = budget_chart();
    chart.series[1].values.pop();
    assert!(
        matches!(render(&document(vec![Block::Chart(chart)]), &options()), Err(RenderError::SeriesShape { .. })),
        "a series shorter than the categories would draw bars against the wrong names"
    );

    let mut chart = weather_chart();
    chart.series[0].weathers.clear();
    assert!(matches!(render(&document(vec![Block::Chart(chart)]), &options()), Err(RenderError::SeriesShape { .. })));

    let doc = document(vec![Block::Columns { left: vec![cover()], right: vec![] }]);
    assert_eq!(render(&doc, &options()), Err(RenderError::CoverInColumns));
}

#[test]
fn an_empty_document_is_one_page_with_its_header_and_footer() {
    let pages = pages_text(&render_ok(&document(Vec::new()), "empty"));
    assert_eq!(pages.len(), 1);
    assert!(pages[0].contains("Page 1 / 1"));
}

#[test]
fn page_breaks_never_leave_blank_pages() {
    let doc = document(vec![
        Block::PageBreak,
        Block::Paragraph { text: "un".into() },
        Block::PageBreak,
        Block::PageBreak,
        Block::Paragraph { text: "deux".into() },
        Block::PageBreak,
    ]);
    let pages = pages_text(&render_ok(&doc, "breaks"));
    assert_eq!(pages.len(), 2, "a break at the top of a page or at the end adds nothing: {pages:#?}");
}

/// Release-mode throughput, run by hand: `cargo test --release -p pmo-report --test render --
/// --ignored --nocapture pages_per_second`.
#[test]
#[ignore]
fn pages_per_second() {
    let mut blocks = vec![cover()];
    for i in 0..200 {
        blocks.push(Block::PageBreak);
        blocks.push(Block::Heading { text: format!("P{i:03} — Projet numéro {i}"), level: 1 });
        blocks.push(key_figures());
        blocks.push(Block::Columns { left: vec![Block::Chart(budget_chart())], right: vec![Block::Table(directorate_table(6))] });
    }
    let doc = document(blocks);
    render(&doc, &options()).unwrap();
    let start = std::time::Instant::now();
    let bytes = render(&doc, &options()).unwrap();
    let elapsed = start.elapsed().as_secs_f64();
    let pages = load(&bytes).get_pages().len();
    let rate = pages as f64 / elapsed;
    println!("{pages} pages in {elapsed:.3} s: {rate:.0} pages/s, {} bytes", bytes.len());
    assert!(rate >= 100.0, "a 200-project pack must render at 100 pages/s or more, got {rate:.0}");
}

