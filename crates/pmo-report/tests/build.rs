//! The report builders over the demo portfolio: the figures `pmo export` gives appear, formatted
//! the French way, where a CODIR member reads them; every source return is on the cover; every
//! project has its page; the messages say what matters; English is English; and odd portfolios
//! (empty, without a budget return, with a late return) build without panicking.

use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use pmo_consolidate::{
    alerts, capacity, consolidate, diff, export, Alert, AlertThresholds, CampaignDiff, CapacityView, Coverage, Portfolio,
    SourceReturn,
};
use pmo_model::format::format_amount;
use pmo_model::i18n::Lang;
use pmo_model::model::{Campaign, Choice, Unit};
use pmo_report::document::{Block, Bullet, Chart, ChartKind, Cover, Document, KeyFigure, Row, Table, Tone};
use pmo_report::{codir_pack, directorate_report, pack_campaigns, project_sheet, sources, ReportInput, Scope};

const NNBSP: char = '\u{202f}';

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 7, 20).unwrap()
}

/// The demo's fifteen returns (five directorates × BI, R1, R2) as the store would hand them over.
fn demo_returns() -> Vec<SourceReturn> {
    pmo_template::demo_portfolio(2026)
        .into_iter()
        .enumerate()
        .map(|(i, data)| SourceReturn {
            id: i as i64 + 1,
            imported_at: "2026-07-15T09:30:00.000Z".to_string(),
            file_name: format!("{}_{}.xlsx", data.directorate, data.campaign.code()),
            data,
        })
        .collect()
}

/// Everything consolidated for the pack of `quarter`, as the CLI does it.
struct Fixture {
    quarter: u8,
    as_of: Campaign,
    returns: Vec<SourceReturn>,
    portfolio: Portfolio,
    coverage: Coverage,
    capacity: CapacityView,
    alerts: Vec<Alert>,
    diff: CampaignDiff,
    thresholds: AlertThresholds,
}

impl Fixture {
    fn new(returns: Vec<SourceReturn>, quarter: u8) -> Fixture {
        let (previous, as_of) = pack_campaigns(quarter).unwrap();
        let portfolio = consolidate(2026, &returns, Some(as_of));
        let capacity = capacity(2026, &returns, Some(as_of));
        let thresholds = AlertThresholds::default();
        let alerts = alerts(&portfolio, &returns, &capacity, &thresholds, today(), &[]);
        let diff = diff(2026, &returns, previous, as_of);
        let coverage = pmo_consolidate::coverage(&portfolio, &[]);
        Fixture { quarter, as_of, returns, portfolio, coverage, capacity, alerts, diff, thresholds }
    }

    fn demo() -> Fixture {
        Fixture::new(demo_returns(), 2)
    }

    fn input(&self, lang: Lang, unit: Unit) -> ReportInput<'_> {
        ReportInput {
            year: 2026,
            quarter: self.quarter,
            as_of: Some(self.as_of),
            portfolio: &self.portfolio,
            coverage: &self.coverage,
            returns: &self.returns,
            alerts: &self.alerts,
            thresholds: &self.thresholds,
            diff: Some(&self.diff),
            capacity: &self.capacity,
            organisation: "Groupe Exemple".to_string(),
            unit,
            lang,
            generated_on: today(),
        }
    }

    fn fr(&self) -> ReportInput<'_> {
        self.input(Lang::Fr, Unit::Euro)
    }
}

// ----- Reading a document back ------------------------------------------------------------------

/// Every block, columns flattened, in reading order.
fn all_blocks(doc: &Document) -> Vec<&Block> {
    fn walk<'a>(blocks: &'a [Block], out: &mut Vec<&'a Block>) {
        for b in blocks {
            out.push(b);
            if let Block::Columns { left, right } = b {
                walk(left, out);
                walk(right, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(&doc.blocks, &mut out);
    out
}

fn tables(doc: &Document) -> Vec<&Table> {
    all_blocks(doc).into_iter().filter_map(|b| if let Block::Table(t) = b { Some(t) } else { None }).collect()
}

fn charts(doc: &Document) -> Vec<&Chart> {
    all_blocks(doc).into_iter().filter_map(|b| if let Block::Chart(c) = b { Some(c) } else { None }).collect()
}

fn table<'d>(doc: &'d Document, caption_start: &str) -> &'d Table {
    tables(doc)
        .into_iter()
        .find(|t| t.caption.as_deref().is_some_and(|c| c.starts_with(caption_start)))
        .unwrap_or_else(|| panic!("no table captioned {caption_start:?}"))
}

/// A table without a caption (the project sheet's), by the title of its first column.
fn table_headed<'d>(doc: &'d Document, first_column: &str) -> &'d Table {
    tables(doc)
        .into_iter()
        .find(|t| t.columns.first().is_some_and(|c| c.title == first_column))
        .unwrap_or_else(|| panic!("no table whose first column is {first_column:?}"))
}

fn key_figure<'d>(doc: &'d Document, label: &str) -> &'d KeyFigure {
    all_blocks(doc)
        .into_iter()
        .filter_map(|b| if let Block::KeyFigures { items } = b { Some(items) } else { None })
        .flatten()
        .find(|k| k.label == label)
        .unwrap_or_else(|| panic!("no key figure {label:?}"))
}

fn bullets(doc: &Document) -> Vec<&Bullet> {
    all_blocks(doc)
        .into_iter()
        .filter_map(|b| if let Block::Bullets { items } = b { Some(items) } else { None })
        .flatten()
        .collect()
}

fn cover(doc: &Document) -> Option<&Cover> {
    doc.blocks.iter().find_map(|b| if let Block::Cover(c) = b { Some(c) } else { None })
}

fn headings(doc: &Document, level: u8) -> Vec<&str> {
    all_blocks(doc)
        .into_iter()
        .filter_map(|b| match b {
            Block::Heading { text, level: l } if *l == level => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

fn row_texts(row: &Row) -> Vec<&str> {
    row.cells.iter().map(|c| c.text.as_str()).collect()
}

/// The row whose first cell holding `needle` is found (a code, a name).
fn row_with<'t>(t: &'t Table, needle: &str) -> &'t Row {
    t.rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c.text.contains(needle)))
        .unwrap_or_else(|| panic!("no row with {needle:?} in {:?}", t.caption))
}

/// Every text of the document, for "says it somewhere" and "never says it" checks.
fn texts(doc: &Document) -> Vec<String> {
    let mut out =
        vec![doc.title.clone(), doc.organisation.clone(), doc.confidentiality.clone(), doc.page_label.clone()];
    for b in all_blocks(doc) {
        match b {
            Block::Cover(c) => {
                out.extend([c.title.clone(), c.organisation.clone(), c.date.clone(), c.sources_title.clone()]);
                out.extend(c.subtitle.clone());
                out.extend(c.sources.iter().cloned());
            }
            Block::Heading { text, .. } | Block::Paragraph { text } => out.push(text.clone()),
            Block::Bullets { items } => out.extend(items.iter().map(|i| i.text.clone())),
            Block::KeyFigures { items } => {
                for k in items {
                    out.extend([k.label.clone(), k.value.clone()]);
                    out.extend(k.note.clone());
                }
            }
            Block::Table(t) => {
                out.extend(t.caption.clone());
                out.extend([t.continued_label.clone(), t.empty_text.clone()]);
                out.extend(t.columns.iter().map(|c| c.title.clone()));
                out.extend(t.rows.iter().flat_map(|r| r.cells.iter().map(|c| c.text.clone())));
            }
            Block::Chart(c) => {
                out.push(c.title.clone());
                out.extend(c.categories.iter().cloned());
                out.extend(c.ticks.iter().map(|t| t.label.clone()));
                out.extend(c.reference.iter().map(|r| r.label.clone()));
                for s in &c.series {
                    out.push(s.name.clone());
                    out.extend(s.labels.iter().cloned());
                }
            }
            Block::Columns { .. } | Block::PageBreak => {}
        }
    }
    out
}

fn says(doc: &Document, needle: &str) -> bool {
    texts(doc).iter().any(|t| t.contains(needle))
}

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn eur(s: &str) -> String {
    format_amount(d(s), Unit::Euro, Lang::Fr)
}

// ----- The CODIR pack ---------------------------------------------------------------------------

#[test]
fn the_summary_and_tables_print_the_export_figures_in_french() {
    let f = Fixture::demo();
    let doc = codir_pack(&f.fr());
    let export = export(&f.portfolio);
    let sum = |get: &dyn Fn(&pmo_consolidate::DirectorateRow) -> Option<String>| -> Decimal {
        export.directorates.iter().map(|r| d(&get(r).unwrap())).sum()
    };
    let landing = sum(&|r| Some(r.landing.clone()));
    let budget = sum(&|r| r.budget_voted.clone());
    let actual = sum(&|r| Some(r.actual.clone()));

    let expected_landing = format_amount(landing, Unit::Euro, Lang::Fr);
    assert_eq!(
        expected_landing,
        format!("15{NNBSP}248{NNBSP}291\u{a0}€"),
        "the demo's landing, rounded to the euro, with French thousands spaces"
    );
    assert_eq!(key_figure(&doc, "Atterrissage").value, expected_landing, "the summary shows the exported landing");
    assert_eq!(key_figure(&doc, "Budget voté").value, format_amount(budget, Unit::Euro, Lang::Fr));
    assert_eq!(key_figure(&doc, "Réalisé").value, format_amount(actual, Unit::Euro, Lang::Fr));
    let variance = key_figure(&doc, "Écart");
    assert_eq!(variance.value, format!("+1{NNBSP}358{NNBSP}291\u{a0}€"), "a variance carries its sign");
    assert_eq!(variance.note.as_deref(), Some(format!("+9,8{NNBSP}% du budget voté").as_str()));
    assert_eq!(variance.tone, Tone::Bad, "9.8 % over the budget voted is above the 50 000 € threshold: red");

    let by_directorate = table(&doc, "Par direction");
    for r in &export.directorates {
        let row = row_texts(row_with(by_directorate, &format!("({})", r.code)));
        let envelope = format_amount(d(r.envelope.as_ref().unwrap()), Unit::Euro, Lang::Fr);
        let budget = format_amount(d(r.budget_voted.as_ref().unwrap()), Unit::Euro, Lang::Fr);
        let landing = format_amount(d(&r.landing), Unit::Euro, Lang::Fr);
        assert_eq!(
            row[2..5],
            [envelope.as_str(), budget.as_str(), landing.as_str()],
            "{}: envelope, voted, landing",
            r.code
        );
    }
    let total = by_directorate.rows.last().unwrap();
    assert!(total.total, "the directorate table ends with its totals row");
    assert_eq!(row_texts(total)[4], expected_landing, "the totals row adds up to the portfolio's landing");
    assert!(table(&doc, "Par ambition").rows.last().unwrap().total, "the ambition table has its totals row too");
    assert_eq!(row_texts(table(&doc, "Par ambition").rows.last().unwrap())[4], expected_landing);
}

#[test]
fn every_project_is_in_the_index_with_its_exported_figures_and_has_its_own_page() {
    let f = Fixture::demo();
    let doc = codir_pack(&f.fr());
    let export = export(&f.portfolio);
    let index = table(&doc, "Les projets du portefeuille");
    assert_eq!(index.rows.len(), export.projects.len() + 1, "one row per project, then the totals");
    for p in &export.projects {
        let row = row_texts(row_with(index, &format!("{} «", p.code)));
        assert_eq!(row[5], format_amount(d(p.landing.as_deref().unwrap()), Unit::Euro, Lang::Fr), "{}: landing as exported", p.code);
    }
    let under = row_texts(row_with(index, "DOP-03"));
    assert_eq!(
        under[6..8],
        [format!("\u{2212}52{NNBSP}044\u{a0}€"), format!("\u{2212}10,0{NNBSP}%")],
        "negatives use the true minus sign"
    );

    let pages = headings(&doc, 2);
    let project_pages: Vec<&&str> =
        pages.iter().filter(|h| export.projects.iter().any(|p| h.starts_with(&format!("{} — ", p.code)))).collect();
    assert_eq!(project_pages.len(), export.projects.len(), "one page per project in the appendix");
    let appendix =
        doc.blocks.iter().position(|b| matches!(b, Block::Heading { text, .. } if text.starts_with("Annexe"))).unwrap();
    let breaks = doc.blocks[appendix..].iter().filter(|b| matches!(b, Block::PageBreak)).count();
    assert_eq!(breaks, export.projects.len(), "each project page starts on a new page");
}

#[test]
fn the_pack_has_every_section_of_the_issue_in_order() {
    let doc = codir_pack(&Fixture::demo().fr());
    assert_eq!(doc.title, "Revue trimestrielle du portefeuille — T2 2026");
    assert_eq!(doc.confidentiality, "Diffusion restreinte — CODIR");
    assert_eq!(doc.page_label, "Page {n} / {total}", "the renderer fills the page numbers");
    assert!(matches!(doc.blocks.first(), Some(Block::Cover(_))), "the pack opens on its cover");
    assert_eq!(
        headings(&doc, 1),
        [
            "Synthèse",
            "Le portefeuille en graphiques",
            "Le portefeuille par ambition et par direction",
            "Projets en alerte",
            "Évolutions depuis la campagne Reprévision T1 (R1)",
            "Jalons à surveiller",
            "Principaux risques",
            "Décisions attendues du CODIR",
            "Annexe — fiches projets",
        ]
    );
    let kinds: Vec<ChartKind> = charts(&doc).iter().take(4).map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [ChartKind::GroupedBars, ChartKind::WeatherBars, ChartKind::GroupedBars, ChartKind::HorizontalBars],
        "budget by directorate, météo, quarters, team load"
    );
    let load = charts(&doc)[3];
    assert_eq!(load.reference.as_ref().map(|r| r.value), Some(Decimal::ONE_HUNDRED), "the 100 % capacity line");
    assert_eq!(load.series[0].labels[0], format!("129,6{NNBSP}% (T4)"), "the overloaded team comes first");
}

#[test]
fn the_cover_lists_every_return_the_figures_come_from() {
    let f = Fixture::demo();
    let input = f.fr();
    let doc = codir_pack(&input);
    let cover = cover(&doc).expect("a cover");
    assert_eq!(cover.organisation, "Groupe Exemple");
    assert_eq!(cover.date, "20/07/2026");
    assert_eq!(cover.sources.len(), f.portfolio.sources.len());
    for s in &f.portfolio.sources {
        let line = cover
            .sources
            .iter()
            .find(|l| l.contains(&format!("n° {} ", s.id)))
            .unwrap_or_else(|| panic!("return {} missing from the cover", s.id));
        assert!(line.starts_with(&s.directorate), "{line}: the directorate first");
        assert!(line.contains(&format!("({})", s.campaign.code())), "{line}: the campaign");
        assert!(line.contains("importée le 15/07/2026"), "{line}: the import date, French style");
    }
    assert_eq!(sources(&input, &Scope::Portfolio), (1..=15).collect::<Vec<i64>>(), "every return is recorded as used");
}

#[test]
fn the_messages_name_what_a_codir_must_hear() {
    let doc = codir_pack(&Fixture::demo().fr());
    let messages = bullets(&doc);
    assert!((3..=5).contains(&messages.len()), "three to five messages, got {}", messages.len());
    let envelope = messages.iter().find(|m| m.text.contains("enveloppe")).expect("a message on envelopes");
    assert!(
        envelope.text.contains(&format!("DSI (+824{NNBSP}249\u{a0}€)")) && envelope.text.contains("DOP"),
        "the directorates over their envelope, with by how much: {}",
        envelope.text
    );
    assert_eq!(envelope.tone, Tone::Bad);
    let storm = messages.iter().find(|m| m.text.contains("Orage")).expect("a message on stormy projects");
    assert!(storm.text.contains("DOP-01 «\u{a0}Automatisation"), "the stormy project by name: {}", storm.text);
    assert!(storm.text.contains("(abandonné)"), "a cancelled project in a storm says so: {}", storm.text);
    assert!(
        messages.iter().any(|m| m.text.contains("Études et développement") && m.text.contains("T4")),
        "the overloaded team"
    );
    assert!(messages.iter().all(|m| m.text.ends_with('.')), "messages are sentences");
}

#[test]
fn alerts_changes_milestones_risks_and_decisions_are_listed() {
    let doc = codir_pack(&Fixture::demo().fr());

    let alerts = table(&doc, "Alertes critiques et majeures");
    assert_eq!(row_texts(&alerts.rows[0])[0], "Critique", "most severe first");
    assert!(
        alerts.rows.iter().all(|r| r.cells[0].text != "Mineure"),
        "minor alerts are counted, not listed, for the CODIR"
    );
    // 33, not 34: DCOM-07, absent from R2, keeps its R1 figures and is asked about (major), not
    // called under-spent (contract v1.1).
    assert!(
        says(&doc, "S'y ajoutent 33 alertes mineures : jalon décalé (26), météo dégradée (4) et sous-consommation (3)."),
        "minor alerts summed up by rule"
    );

    let moves = table(&doc, "Projets ajoutés, retirés ou recadrés");
    assert_eq!(row_texts(row_with(moves, "DCOM-07"))[0], "Retiré");
    assert!(row_texts(row_with(moves, "DRH-07"))[3].contains("En cours → Abandonné"), "why it was re-scoped");
    let bridge = table(&doc, "Du budget voté à l'atterrissage");
    assert_eq!(row_texts(bridge.rows.last().unwrap())[2], eur("15248291.40"), "the bridge ends on the landing");
    assert_eq!(row_texts(&bridge.rows[0])[2], eur("13890000"), "and starts from the budget voted");

    let milestones = table(&doc, "Jalons en retard ou attendus d'ici la fin du T3 2026");
    let recette = row_texts(row_with(milestones, "DAF-02"));
    assert_eq!(recette[3..6], ["Recette", "24/07/2026", "07/09/2026"], "a milestone due next quarter");
    assert!(!milestones.rows.iter().any(|r| r.cells[2].text.contains("DSI-01")), "DSI-01's milestones are due in 2027");

    let risks = table(&doc, "Les 10 risques non clos les plus critiques");
    assert_eq!(row_texts(&risks.rows[0])[0], "16 (4 × 4)", "the most critical risk first");
    assert_eq!(risks.rows[0].cells[0].tone, Tone::Bad, "a risk that fires an alert is red");

    let decisions = table(&doc, "Ce que les projets demandent au CODIR");
    assert_eq!(decisions.rows.len(), 4);
    let dsi = row_texts(row_with(decisions, "DSI-01"));
    assert_eq!(dsi[3], eur("172535.40").replacen("1", "+1", 1), "the variance it weighs");
    assert!(
        dsi[4].starts_with("Les développements du parcours de souscription"),
        "the situation, from its latest comment"
    );
    assert!(dsi[5].starts_with("Arbitrer entre un budget complémentaire"), "and what it asks");
    assert_eq!(decisions.rows[0].cells[2].weather, Some(pmo_model::model::Weather::Stormy), "stormy projects first");
}

#[test]
fn variances_are_coloured_only_when_they_would_fire_an_alert() {
    let doc = codir_pack(&Fixture::demo().fr());
    let index = table(&doc, "Les projets du portefeuille");
    assert_eq!(row_with(index, "DAF-03").cells[6].tone, Tone::Neutral, "+43 € is no news");
    assert_eq!(row_texts(row_with(index, "DAF-03"))[7], format!("0,0{NNBSP}%"), "no plus sign on what rounds to zero");
    assert_eq!(row_with(index, "DSI-01").cells[6].tone, Tone::Bad, "+15 % over the budget is");
    assert_eq!(row_with(index, "DOP-03").cells[6].tone, Tone::Warning, "−10 % under the budget is worth a look");
}

#[test]
fn the_english_pack_speaks_english() {
    let f = Fixture::demo();
    let doc = codir_pack(&f.input(Lang::En, Unit::Euro));
    assert_eq!(doc.title, "Quarterly portfolio review — Q2 2026");
    assert_eq!(key_figure(&doc, "Landing").value, "€15,248,291");
    assert!(says(&doc, "Executive summary") && says(&doc, "Budget voted") && says(&doc, "Decisions expected"));
    for french in ["Synthèse", "Atterrissage", "Budget voté", "Diffusion restreinte", "(suite)", "importée"] {
        assert!(!says(&doc, french), "French word {french:?} in the English pack");
    }
}

#[test]
fn amounts_follow_the_unit_setting() {
    let f = Fixture::demo();
    let doc = codir_pack(&f.input(Lang::Fr, Unit::KiloEuro));
    assert_eq!(key_figure(&doc, "Atterrissage").value, format!("15{NNBSP}248,3\u{a0}k€"));
}

#[test]
fn the_same_input_gives_the_same_document() {
    let f = Fixture::demo();
    assert_eq!(codir_pack(&f.fr()), codir_pack(&f.fr()), "no hash order or clock may leak into a pack");
}

// ----- Directorate report and project sheet -----------------------------------------------------

#[test]
fn the_directorate_report_keeps_to_its_directorate() {
    let f = Fixture::demo();
    let input = f.fr();
    let doc = directorate_report(&input, "dsi").expect("DSI is in the portfolio, whatever the case typed");
    assert_eq!(doc.title, "Revue trimestrielle du portefeuille — DSI — T2 2026");
    assert_eq!(cover(&doc).unwrap().sources.len(), 3, "its BI, R1 and R2");
    assert_eq!(sources(&input, &Scope::Directorate("DSI".into())), [1, 2, 3]);
    let pages: Vec<&str> = headings(&doc, 2).into_iter().filter(|h| h.contains(" — ")).collect();
    assert_eq!(pages.len(), 10, "one page per DSI project");
    assert!(pages.iter().all(|h| h.starts_with("DSI-")), "{pages:?}");
    assert!(!says(&doc, "DOP-01") && !says(&doc, "DRH-"), "nothing of the other directorates");
    assert_eq!(key_figure(&doc, "Atterrissage").value, eur("5614248.60"));
    let alerts = table(&doc, "Alertes, par gravité");
    assert!(alerts.rows.iter().any(|r| r.cells[0].text == "Mineure"), "a directorate gets its minor alerts too");
    let bridge = table(&doc, "De l'atterrissage précédent");
    assert_eq!(
        row_texts(bridge.rows.last().unwrap())[2],
        eur("5614248.60"),
        "its own landing bridge ends on its landing"
    );
    assert!(
        directorate_report(&input, "XYZ").is_none(),
        "an unknown directorate is the caller's error, not an empty report"
    );
}

#[test]
fn the_project_sheet_stands_alone() {
    let f = Fixture::demo();
    let input = f.fr();
    let doc = project_sheet(&input, "dsi-01").expect("a project of the portfolio");
    assert_eq!(doc.title, "Fiche projet DSI-01 — T2 2026");
    assert!(cover(&doc).is_none() && !doc.blocks.iter().any(|b| matches!(b, Block::PageBreak)), "one sheet, no cover");
    assert_eq!(headings(&doc, 2), ["DSI-01 — Refonte du portail client"]);
    assert_eq!(key_figure(&doc, "Météo").value, "Pluie");
    let budget = table_headed(&doc, "Trimestre");
    assert_eq!(row_texts(&budget.rows[0])[0], "T1 (clos)");
    assert_eq!(row_texts(&budget.rows[2])[3], "—", "no actual yet for an open quarter");
    assert_eq!(row_texts(budget.rows.last().unwrap())[4], eur("1322535.40"), "the year's landing");
    let history = table(&doc, "Historique de la météo");
    assert_eq!(history.rows.len(), 2, "one status per date, though R2 repeats R1's");
    let latest: Vec<_> = history.rows[1].cells.iter().map(|c| c.weather).collect();
    use pmo_model::model::Weather::{Cloudy, Rainy, Sunny};
    assert_eq!(
        latest[1..6],
        [Some(Rainy), Some(Rainy), Some(Rainy), Some(Sunny), Some(Cloudy)],
        "overall, then schedule, cost, scope, resources"
    );
    assert_eq!(row_texts(&history.rows[1])[6], format!("40{NNBSP}%"), "progress without a useless decimal");
    let identity = table_headed(&doc, "Identité");
    assert_eq!(
        row_texts(row_with(identity, "Pilotage"))[1],
        "Thomas Bernard (chef de projet) · Isabelle Moreau (sponsor)"
    );
    assert_eq!(row_texts(row_with(identity, "Statut"))[1], "En cours · priorité P1 · Stratégique");
    assert!(
        says(&doc, "Commentaire du 30/06/2026 : Les développements du parcours de souscription"),
        "the last comment"
    );
    assert!(says(&doc, "Décision attendue : Arbitrer entre un budget complémentaire"));
    let chart = charts(&doc)[0];
    assert_eq!(
        chart.series.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        ["Prévu", "Réalisé"],
        "planned vs actual"
    );
    assert_eq!(chart.series[1].labels[2], "", "no actual label for an open quarter");
    assert!(project_sheet(&input, "NOPE-1").is_none());
}

// ----- Edge cases -------------------------------------------------------------------------------

/// Every table row has one cell per column, every chart one value per category and label, and
/// ticks go up: what the renderer relies on.
fn assert_well_formed(doc: &Document) {
    for t in tables(doc) {
        assert!(!t.continued_label.is_empty() && !t.empty_text.is_empty(), "{:?}", t.caption);
        for r in &t.rows {
            assert_eq!(r.cells.len(), t.columns.len(), "{:?}: {:?}", t.caption, row_texts(r));
        }
    }
    for c in charts(doc) {
        for s in &c.series {
            assert_eq!(s.values.len(), c.categories.len(), "{}", c.title);
            assert!(s.labels.is_empty() || s.labels.len() == s.values.len(), "{}", c.title);
            if c.kind == ChartKind::WeatherBars {
                assert_eq!(s.weathers.len(), c.categories.len(), "{}", c.title);
            }
        }
        assert!(c.ticks.windows(2).all(|w| w[0].value < w[1].value), "{}: ticks go up", c.title);
        let max = c.series.iter().flat_map(|s| s.values.iter()).max().copied().unwrap_or_default();
        assert!(c.ticks.last().is_some_and(|t| t.value >= max), "{}: the axis reaches the largest bar", c.title);
    }
}

#[test]
fn documents_are_well_formed_for_the_renderer() {
    let f = Fixture::demo();
    assert_well_formed(&codir_pack(&f.fr()));
    assert_well_formed(&directorate_report(&f.fr(), "DOP").unwrap());
    assert_well_formed(&project_sheet(&f.fr(), "DSI-10").unwrap());
    assert_well_formed(&codir_pack(&f.input(Lang::En, Unit::KiloEuro)));
}

#[test]
fn an_empty_portfolio_gives_a_pack_that_says_so() {
    let f = Fixture::new(Vec::new(), 2);
    let mut input = f.fr();
    input.diff = None;
    let doc = codir_pack(&input);
    assert_well_formed(&doc);
    assert_eq!(cover(&doc).unwrap().sources_title, "Aucune remontée prise en compte");
    assert!(charts(&doc).is_empty(), "no empty chart frames");
    assert!(says(&doc, "aucune donnée à représenter"), "charts are replaced by a sentence");
    assert!(says(&doc, "Aucune campagne précédente à comparer"));
    assert!(tables(&doc).iter().all(|t| t.rows.iter().all(|r| !r.total)), "no totals row under nothing");
    assert!(sources(&input, &Scope::Portfolio).is_empty());
    assert!(project_sheet(&input, "DSI-01").is_none() && directorate_report(&input, "DSI").is_none());
}

#[test]
fn a_directorate_without_its_budget_return_leaves_the_budget_unknown() {
    let returns: Vec<SourceReturn> = demo_returns()
        .into_iter()
        .filter(|r| !(r.data.directorate == "DSI" && r.data.campaign == Campaign::Bi))
        .collect();
    let f = Fixture::new(returns, 2);
    let doc = codir_pack(&f.fr());
    assert_well_formed(&doc);
    assert_eq!(key_figure(&doc, "Budget voté").value, "—", "a partial sum would pass for the whole budget");
    let dsi = row_texts(row_with(table(&doc, "Par direction"), "(DSI)"));
    assert_eq!(dsi[2], eur("4790000"), "the envelope its later returns state (contract v1.1), even without a BI");
    assert_eq!(dsi[3], "—", "no budget voted without a BI");
    assert!(project_sheet(&f.fr(), "DSI-01").is_some());
}

#[test]
fn a_late_return_and_a_late_milestone_are_said() {
    let mut returns: Vec<SourceReturn> = demo_returns()
        .into_iter()
        .filter(|r| !(r.data.directorate == "DRH" && r.data.campaign == Campaign::R2))
        .collect();
    // A DSI milestone due in June and not reached when DSI sent its R2 return on 10/07/2026.
    let dsi_r2 = returns.iter_mut().find(|r| r.data.directorate == "DSI" && r.data.campaign == Campaign::R2).unwrap();
    let submitted = dsi_r2.data.submitted_on.unwrap();
    let m = dsi_r2.data.milestones.iter_mut().find(|m| m.project == "DSI-01" && m.actual.is_none()).unwrap();
    m.forecast = NaiveDate::from_ymd_opt(2026, 6, 1);
    let name = m.name.clone();
    let f = Fixture::new(returns, 2);
    let doc = codir_pack(&f.fr());
    assert_well_formed(&doc);
    assert!(
        bullets(&doc).iter().any(|b| b.text == "Sans remontée R2 : DRH (chiffres de R1)."),
        "{:?}",
        bullets(&doc)
    );
    let late = (submitted - NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()).num_days();
    let milestones = table(&doc, "Jalons en retard");
    assert_eq!(
        row_texts(&milestones.rows[0])[..4],
        [
            format!("En retard ({late} j)").as_str(),
            "DSI",
            "DSI-01 «\u{a0}Refonte du portail client\u{a0}»",
            name.as_str()
        ],
        "late milestones come first"
    );
}

#[test]
fn the_first_quarter_is_compared_with_the_budget() {
    assert_eq!(pack_campaigns(1), Some((Campaign::Bi, Campaign::R1)));
    assert_eq!(pack_campaigns(4), Some((Campaign::R3, Campaign::Cl)));
    assert_eq!(pack_campaigns(0), None);
    assert_eq!(pack_campaigns(5), None);
    let f = Fixture::new(demo_returns(), 1);
    let doc = codir_pack(&f.fr());
    assert_eq!(doc.title, "Revue trimestrielle du portefeuille — T1 2026");
    assert!(headings(&doc, 1).contains(&"Évolutions depuis la campagne Budget initial (BI)"));
    assert!(tables(&doc)
        .iter()
        .any(|t| t.caption.as_deref() == Some("Jalons en retard ou attendus d'ici la fin du T2 2026")));
    let mut odd = f.fr();
    odd.quarter = 9;
    assert_well_formed(&codir_pack(&odd));
}

// ----- Rendered -----------------------------------------------------------------------------------

fn rendered_pages(doc: &Document) -> usize {
    let bytes = pmo_report::render(doc, &pmo_report::RenderOptions::default()).expect("the builders' documents render");
    lopdf::Document::load_mem(&bytes).expect("a PDF").get_pages().len()
}

#[test]
fn every_project_sheet_of_the_demo_holds_on_one_page() {
    let f = Fixture::demo();
    let input = f.fr();
    for p in &f.portfolio.projects {
        let sheet = project_sheet(&input, &p.code).unwrap();
        assert_eq!(rendered_pages(&sheet), 1, "{}: the project sheet is one page", p.code);
    }
    let english = f.input(Lang::En, Unit::KiloEuro);
    assert_eq!(rendered_pages(&project_sheet(&english, "DOP-01").unwrap()), 1, "in English and k€ too");
}

#[test]
fn the_pack_rendered_in_parts_is_the_pack_rendered_whole() {
    let f = Fixture::demo();
    let input = f.fr();
    let whole = codir_pack(&input);
    let (head, sheets) = pmo_report::codir_pack_parts(&input);
    let sheets: Vec<Vec<Block>> = sheets.collect();
    assert_eq!(sheets.len(), f.portfolio.projects.len(), "one part per project sheet");
    let mut joined = head.clone();
    joined.blocks.extend(sheets.iter().flatten().cloned());
    assert!(joined == whole, "the head and the sheets together are the whole pack, in order");

    let options = pmo_report::RenderOptions::default();
    let in_memory = pmo_report::render(&whole, &options).unwrap();
    let (streamed, written) = pmo_report::render_parts_to(&head, sheets.into_iter(), &options, Vec::new()).unwrap();
    assert!(streamed == in_memory, "rendering the parts as they come gives the same PDF, byte for byte");
    assert_eq!(written.pages as usize, rendered_pages(&whole));
}

#[test]
fn a_pack_never_names_a_campaign_nobody_returned() {
    // The T4 pack is consolidated as of CL; with R2 returns only, its figures are R2's and the
    // pack must say so rather than "consolidated figures of the Clôture (CL) campaign".
    let f = Fixture::new(demo_returns(), 4);
    let doc = codir_pack(&f.fr());
    assert_well_formed(&doc);
    assert!(!says(&doc, "chiffres consolidés de la campagne Clôture"), "CL was returned by no directorate");
    assert!(says(&doc, "campagne Clôture (CL) non remontée : chiffres de R2"), "the cover says where figures come from");
    assert_eq!(key_figure(&doc, "Atterrissage").note.as_deref(), Some("Remontées R2"), "not « Campagne CL »");
    assert!(
        bullets(&doc).iter().any(|b| b.text
            == "Aucune direction n'a remonté la campagne CL : les chiffres sont ceux de R2 (DAF, DCOM, DOP, DRH et DSI)."),
        "{:?}",
        bullets(&doc)
    );
    let en = codir_pack(&f.input(Lang::En, Unit::Euro));
    assert!(says(&en, "not returned: figures of R2") && !says(&en, "consolidated figures of the"), "in English too");
}

#[test]
fn directorates_without_any_return_are_named_and_nothing_is_claimed_for_them() {
    // One directorate of six has returned: the pack must not say "every directorate is within
    // its envelope" and must name the ones whose figures are unknown.
    let returns: Vec<SourceReturn> = demo_returns().into_iter().filter(|r| r.data.directorate == "DAF").collect();
    let mut f = Fixture::new(returns, 2);
    let expected: Vec<String> = ["DAF", "DCOM", "DOP", "DRH", "DSI", "DJUR"].iter().map(|c| c.to_string()).collect();
    f.coverage = pmo_consolidate::coverage(&f.portfolio, &expected);
    let doc = codir_pack(&f.fr());
    assert_well_formed(&doc);
    assert!(!says(&doc, "Toutes les directions tiennent leur enveloppe"), "five directorates have no figures");
    let coverage = bullets(&doc).into_iter().find(|b| b.text.starts_with("Sans remontée R2 :")).expect("coverage said");
    for code in ["DCOM", "DJUR", "DSI"] {
        assert!(coverage.text.contains(&format!("{code} (aucune remontée de l'exercice)")), "{}", coverage.text);
    }
    assert!(says(&doc, "campagne Reprévision T2 (R2), sauf DCOM, DJUR, DOP, DRH et DSI (pas de remontée R2)"));
}

#[test]
fn requests_are_shown_apart_and_counted_in_no_total() {
    // A project still Candidat in DSI's R2: the pack lists it as a request, with what it asks
    // for, and the budget voted is the sum of the projects alone.
    let mut returns = demo_returns();
    let r2 = returns.iter_mut().find(|r| r.data.directorate == "DSI" && r.data.campaign == Campaign::R2).unwrap();
    r2.data.projects[0].status = Some(pmo_model::model::ProjectStatus::Candidate);
    let f = Fixture::new(returns, 2);
    assert_eq!(f.portfolio.requests.len(), 1);
    let doc = codir_pack(&f.fr());
    let t = table(&doc, "Demandes des projets candidats");
    for r in &f.portfolio.requests {
        let cells = row_texts(row_with(t, &r.code));
        assert_eq!(cells[2], format_amount(r.request.unwrap(), Unit::Euro, Lang::Fr), "{}", r.code);
    }
    let budget: Decimal = f.portfolio.projects.iter().filter_map(|p| p.budget_voted).sum();
    assert_eq!(key_figure(&doc, "Budget voté").value, format_amount(budget, Unit::Euro, Lang::Fr));
}
