//! Saving, loading, superseding and restoring returns; ownership; provenance; transactions.

mod common;

use common::*;
use pmo_model::finding::Finding;
use pmo_model::i18n::Key;
use pmo_model::model::{Campaign, Origin, ReturnData};
use pmo_store::{Error, HistoryEntry, ImportOutcome, Parts, Store};

#[test]
fn a_saved_return_loads_back_equal_with_its_provenance() {
    let mut store = Store::open_in_memory().unwrap();
    let data = sample("DSI", 2026, Campaign::R2, &["DSI-001", "DSI-002", "DSI-003"], 0);
    let saved = save(&mut store, &file("DSI_2026_R2.xlsx", 1), &data, 0);
    let loaded = pmo_store::load_return(store.conn(), saved.return_id).unwrap();
    assert_eq!(
        loaded, data,
        "a stored return must come back exactly as saved: figures, order, empty fields and provenance"
    );
    // PartialEq on Decimal ignores scale: check the exact figures survived as written.
    assert_eq!(loaded.budget[0].actual[2].to_string(), "-12.34");
    assert_eq!(loaded.workload[0].planned[1].to_string(), "0.125", "man-days must keep every decimal");
    assert_eq!(loaded.columns.last().unwrap().columns.len(), 0, "an empty column map must come back too");
}

#[test]
fn a_return_larger_than_one_insert_statement_loads_back_equal() {
    // Records are inserted several rows per statement, the rest one by one: 37 projects (and
    // their records) cross two full statements and a remainder in every table.
    let mut store = Store::open_in_memory().unwrap();
    let codes: Vec<String> = (1..=37).map(|i| format!("DSI-{i:03}")).collect();
    let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
    let data = sample("DSI", 2026, Campaign::R2, &codes, 0);
    assert!(data.budget.len() > 32 && data.statuses.len() > 32, "the sample has records for each project");
    let saved = save(&mut store, &file("DSI_2026_R2.xlsx", 1), &data, 0);
    let loaded = pmo_store::load_return(store.conn(), saved.return_id).unwrap();
    assert_eq!(loaded, data, "every record, in order, with its position and provenance, whatever the batching");
}

#[test]
fn an_empty_return_round_trips() {
    let mut store = Store::open_in_memory().unwrap();
    let data = ReturnData::new("DAF", 2027, Campaign::Bi);
    let saved = save(&mut store, &file("DAF.xlsx", 2), &data, 0);
    assert_eq!(pmo_store::load_return(store.conn(), saved.return_id).unwrap(), data);
    assert!(matches!(pmo_store::load_return(store.conn(), 999), Err(Error::ReturnNotFound(999))));
}

#[test]
fn a_second_import_of_the_same_identity_supersedes_the_first_and_restore_swaps_them() {
    let mut store = Store::open_in_memory().unwrap();
    let first = sample("DSI", 2026, Campaign::R1, &["P1", "P2"], 0);
    let second = sample("DSI", 2026, Campaign::R1, &["P1", "P3"], 7);
    let a = save(&mut store, &file("DSI_R1_v1.xlsx", 1), &first, 0);
    assert_eq!(a.superseded, None, "the first return of an identity supersedes nothing");
    let b = save(&mut store, &file("DSI_R1_v2.xlsx", 2), &second, 5);
    assert_eq!(b.superseded, Some(a.return_id), "the second import must supersede the first");

    let current = pmo_store::current_returns(store.conn(), 2026).unwrap();
    assert_eq!(current.iter().map(|s| s.id).collect::<Vec<_>>(), vec![b.return_id], "one current return per identity");
    let all = pmo_store::returns_of(store.conn(), "DSI", 2026).unwrap();
    assert_eq!(
        all.iter().map(|s| (s.id, s.is_current)).collect::<Vec<_>>(),
        vec![(b.return_id, true), (a.return_id, false)],
        "the superseded return stays, newest first"
    );
    assert_eq!(pmo_store::load_return(store.conn(), a.return_id).unwrap(), first, "a superseded return keeps its data");

    // Restore the first: it becomes current, the second superseded.
    let restored = pmo_store::restore_return(store.conn(), a.return_id, at(10)).unwrap();
    assert_eq!(restored.restored.id, a.return_id);
    assert!(restored.restored.is_current);
    assert_eq!(restored.replaced.as_ref().map(|s| (s.id, s.is_current)), Some((b.return_id, false)));
    let current = pmo_store::current_returns(store.conn(), 2026).unwrap();
    assert_eq!(current.iter().map(|s| s.id).collect::<Vec<_>>(), vec![a.return_id]);

    // And back again.
    let back = pmo_store::restore_return(store.conn(), b.return_id, at(15)).unwrap();
    assert_eq!(back.replaced.map(|s| s.id), Some(a.return_id));
    assert_eq!(pmo_store::current_returns(store.conn(), 2026).unwrap()[0].id, b.return_id);

    assert!(
        matches!(pmo_store::restore_return(store.conn(), b.return_id, at(20)), Err(Error::AlreadyCurrent(id)) if id == b.return_id),
        "restoring the current return must be refused clearly"
    );
    assert!(matches!(pmo_store::restore_return(store.conn(), 4242, at(20)), Err(Error::ReturnNotFound(4242))));

    // The history tells all of it, newest first.
    let history = pmo_store::history(store.conn()).unwrap();
    let kinds: Vec<String> = history
        .iter()
        .map(|e| match e {
            HistoryEntry::Import(i) => format!("import {}", i.file.name),
            HistoryEntry::Restoration(r) => {
                format!("restore {} over {:?}", r.restored.file_name, r.replaced.as_ref().map(|s| s.file_name.as_str()))
            }
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            "restore DSI_R1_v2.xlsx over Some(\"DSI_R1_v1.xlsx\")",
            "restore DSI_R1_v1.xlsx over Some(\"DSI_R1_v2.xlsx\")",
            "import DSI_R1_v2.xlsx",
            "import DSI_R1_v1.xlsx",
        ]
    );
    let HistoryEntry::Import(second_import) = &history[2] else { panic!("an import") };
    assert_eq!(second_import.outcome, ImportOutcome::Imported);
    assert_eq!(second_import.created.as_ref().map(|s| s.id), Some(b.return_id));
    assert_eq!(second_import.superseded.as_ref().map(|s| s.id), Some(a.return_id));
    assert_eq!(second_import.at, at(5));
    assert_eq!(
        (second_import.directorate.as_deref(), second_import.year, second_import.campaign),
        (Some("DSI"), Some(2026), Some(Campaign::R1))
    );
}

#[test]
fn different_campaigns_and_directorates_do_not_supersede_each_other() {
    let mut store = Store::open_in_memory().unwrap();
    save(&mut store, &file("a", 1), &sample("DSI", 2026, Campaign::Bi, &["A1"], 0), 0);
    save(&mut store, &file("b", 2), &sample("DSI", 2026, Campaign::R1, &["A1"], 0), 1);
    save(&mut store, &file("c", 3), &sample("DRH", 2026, Campaign::Bi, &["H1"], 0), 2);
    let c = save(&mut store, &file("d", 4), &sample("DSI", 2027, Campaign::Bi, &["A1"], 0), 3);
    assert_eq!(c.superseded, None, "another year is another identity");
    let current = pmo_store::current_returns(store.conn(), 2026).unwrap();
    let ids: Vec<(String, Campaign)> = current.iter().map(|s| (s.directorate.clone(), s.campaign)).collect();
    assert_eq!(
        ids,
        vec![("DRH".into(), Campaign::Bi), ("DSI".into(), Campaign::Bi), ("DSI".into(), Campaign::R1)],
        "current returns are listed by directorate then campaign order"
    );
    assert_eq!(pmo_store::years(store.conn()).unwrap(), vec![2026, 2027]);
}

#[test]
fn latest_return_is_the_current_one_of_the_latest_campaign() {
    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(pmo_store::latest_return(store.conn(), "DSI", 2026).unwrap(), None);
    // Saved out of campaign order on purpose.
    let r2 = save(&mut store, &file("r2", 1), &sample("DSI", 2026, Campaign::R2, &["A1"], 0), 0);
    save(&mut store, &file("bi", 2), &sample("DSI", 2026, Campaign::Bi, &["A1"], 0), 1);
    save(&mut store, &file("r1", 3), &sample("DSI", 2026, Campaign::R1, &["A1"], 0), 2);
    let latest = pmo_store::latest_return(store.conn(), "DSI", 2026).unwrap().unwrap();
    assert_eq!(
        (latest.id, latest.campaign),
        (r2.return_id, Campaign::R2),
        "R2 is later than R1 and BI whatever the import order"
    );
    assert_eq!(pmo_store::latest_return(store.conn(), "DSI", 2025).unwrap(), None);
    assert_eq!(pmo_store::latest_return(store.conn(), "DRH", 2026).unwrap(), None);
}

#[test]
fn a_byte_identical_file_is_recognised_only_while_its_return_is_current() {
    let mut store = Store::open_in_memory().unwrap();
    let v1 = file("DSI.xlsx", 11);
    let a = save(&mut store, &v1, &sample("DSI", 2026, Campaign::Bi, &["A1"], 0), 0);
    let found = pmo_store::current_return_with_sha(store.conn(), &v1.sha256).unwrap().unwrap();
    assert_eq!(
        (found.id, found.file_name.as_str(), found.sha256.as_str()),
        (a.return_id, "DSI.xlsx", v1.sha256.as_str())
    );
    assert_eq!(pmo_store::current_return_with_sha(store.conn(), &format!("{:064x}", 12)).unwrap(), None);
    save(&mut store, &file("DSI.xlsx", 12), &sample("DSI", 2026, Campaign::Bi, &["A1"], 1), 1);
    assert_eq!(
        pmo_store::current_return_with_sha(store.conn(), &v1.sha256).unwrap(),
        None,
        "once superseded, re-importing the old file is a change, not 'unchanged'"
    );
}

#[test]
fn a_project_code_belongs_to_one_directorate() {
    let mut store = Store::open_in_memory().unwrap();
    save(&mut store, &file("dsi", 1), &sample("DSI", 2026, Campaign::Bi, &["P1", "P2"], 0), 0);
    let owners = pmo_store::project_owners(store.conn(), &["P1".into(), "P2".into(), "NEW".into()]).unwrap();
    assert_eq!(owners.get("P1").map(String::as_str), Some("DSI"));
    assert_eq!(owners.get("P2").map(String::as_str), Some("DSI"));
    assert!(!owners.contains_key("NEW"), "a code never seen has no owner");
    assert!(pmo_store::project_owners(store.conn(), &[]).unwrap().is_empty());

    let before = counts(&store);
    let tx = store.conn_mut().transaction().unwrap();
    let err =
        pmo_store::save_return(&tx, &file("drh", 2), &sample("DRH", 2026, Campaign::Bi, &["H1", "P2"], 0), &[], at(1))
            .unwrap_err();
    tx.commit().unwrap();
    assert!(
        matches!(&err, Error::ProjectOwnedElsewhere { project, owner, directorate } if project == "P2" && owner == "DSI" && directorate == "DRH"),
        "got {err:?}"
    );
    assert_eq!(counts(&store), before, "a refused return writes nothing, even when the caller commits afterwards");
}

#[test]
fn a_rejected_workbook_writes_only_its_history_row() {
    let store = Store::open_in_memory().unwrap();
    let before = counts(&store);
    let findings = vec![
        Finding::error(Key::AmountInvalid)
            .at("Budget", Some("F12".into()))
            .arg("field", "Prévu T1")
            .arg("found", "abc"),
        Finding::warning(Key::AmountInvalid).at("Budget", Some("G3".into())).arg("found", "x"),
    ];
    let f = file("DRH_2026_BI.xlsx", 9);
    let id = pmo_store::record_rejected(store.conn(), &f, Some(("DRH".into(), 2026, Campaign::Bi)), &findings, at(3))
        .unwrap();
    let after = counts(&store);
    for ((table, n0), (_, n1)) in before.iter().zip(&after) {
        let expected = if *table == "imports" { n0 + 1 } else { *n0 };
        assert_eq!(*n1, expected, "a rejected workbook must not write to {table}");
    }
    let history = pmo_store::history(store.conn()).unwrap();
    let [HistoryEntry::Import(entry)] = history.as_slice() else { panic!("one import entry, got {history:?}") };
    assert_eq!(entry.id, id);
    assert_eq!(entry.outcome, ImportOutcome::Rejected);
    assert_eq!(entry.file, f, "the history keeps the file's name, path, size and hash");
    assert_eq!(entry.created, None);
    assert_eq!(
        (entry.directorate.as_deref(), entry.year, entry.campaign),
        (Some("DRH"), Some(2026), Some(Campaign::Bi))
    );
    let back: Vec<Finding> = entry.findings.iter().map(|s| s.to_finding().unwrap()).collect();
    assert_eq!(back, findings, "findings are kept language-neutral and come back identical");
    assert_eq!(
        pmo_store::directorates(store.conn()).unwrap(),
        vec![],
        "a rejected file does not create its directorate"
    );

    // A file so broken that it told nothing about itself.
    pmo_store::record_rejected(store.conn(), &file("garbage.xlsx", 10), None, &[], at(4)).unwrap();
    let HistoryEntry::Import(entry) = &pmo_store::history(store.conn()).unwrap()[0] else { panic!() };
    assert_eq!((entry.file.name.as_str(), entry.directorate.as_ref(), entry.year), ("garbage.xlsx", None, None));
}

#[test]
fn warnings_are_kept_with_an_accepted_import_but_errors_are_refused() {
    let mut store = Store::open_in_memory().unwrap();
    let data = sample("DSI", 2026, Campaign::Bi, &["A1"], 0);
    let warning = Finding::warning(Key::AmountInvalid).at("Budget", Some("D4".into())).arg("found", "1,234.567");
    let tx = store.conn_mut().transaction().unwrap();
    pmo_store::save_return(&tx, &file("a", 1), &data, std::slice::from_ref(&warning), at(0)).unwrap();
    let err =
        pmo_store::save_return(&tx, &file("b", 2), &data, &[Finding::error(Key::AmountInvalid)], at(1)).unwrap_err();
    assert!(matches!(err, Error::ErrorFindings), "a workbook with errors must go to record_rejected, got {err:?}");
    tx.commit().unwrap();
    let HistoryEntry::Import(entry) = &pmo_store::history(store.conn()).unwrap()[0] else { panic!() };
    assert_eq!(entry.findings, vec![warning.to_stored()]);
    assert_eq!(count(&store, "imports"), 1);
}

#[test]
fn malformed_returns_are_refused_without_writing_anything() {
    let mut store = Store::open_in_memory().unwrap();
    let before = counts(&store);
    let mut sub_cent = sample("DSI", 2026, Campaign::Bi, &["A1", "A2"], 0);
    sub_cent.budget[3].planned[2] = d("10.005");
    let mut unknown = sample("DSI", 2026, Campaign::Bi, &["A1"], 0);
    unknown.risks[0].project = "ZZZ".into();
    let mut duplicate = sample("DSI", 2026, Campaign::Bi, &["A1", "A1"], 0);
    duplicate.budget.clear();
    let tx = store.conn_mut().transaction().unwrap();
    let e1 = pmo_store::save_return(&tx, &file("a", 1), &sub_cent, &[], at(0)).unwrap_err();
    let e2 = pmo_store::save_return(&tx, &file("b", 2), &unknown, &[], at(0)).unwrap_err();
    let e3 = pmo_store::save_return(&tx, &file("c", 3), &duplicate, &[], at(0)).unwrap_err();
    let mut bad_hash = file("d", 4);
    bad_hash.sha256 = "ABC".into();
    let e4 =
        pmo_store::save_return(&tx, &bad_hash, &sample("DSI", 2026, Campaign::Bi, &["A1"], 0), &[], at(0)).unwrap_err();
    tx.commit().unwrap();
    assert!(matches!(&e1, Error::NotCents { value, .. } if value == "10.005"), "the store never rounds money: {e1:?}");
    assert!(matches!(&e2, Error::UnknownProject { record: "risk", project } if project == "ZZZ"), "{e2:?}");
    assert!(matches!(&e3, Error::DuplicateProject(p) if p == "A1"), "{e3:?}");
    assert!(matches!(&e4, Error::InvalidSha256(_)), "{e4:?}");
    assert_eq!(counts(&store), before, "refused returns leave no trace, even half-written");
}

#[test]
fn a_rolled_back_import_leaves_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let before = counts(&store);
    {
        let tx = store.conn_mut().transaction().unwrap();
        let saved =
            pmo_store::save_return(&tx, &file("a", 1), &sample("DSI", 2026, Campaign::Bi, &["A1"], 0), &[], at(0))
                .unwrap();
        assert!(pmo_store::load_return(&tx, saved.return_id).is_ok(), "visible inside its transaction");
        // Dropped without commit: rolled back.
    }
    assert_eq!(counts(&store), before, "an import whose transaction is rolled back must leave nothing behind");
    assert_eq!(pmo_store::history(store.conn()).unwrap(), vec![]);
}

#[test]
fn a_rolled_back_supersession_keeps_the_previous_return_current() {
    let mut store = Store::open_in_memory().unwrap();
    let a = save(&mut store, &file("a", 1), &sample("DSI", 2026, Campaign::Bi, &["A1"], 0), 0);
    {
        let tx = store.conn_mut().transaction().unwrap();
        pmo_store::save_return(&tx, &file("b", 2), &sample("DSI", 2026, Campaign::Bi, &["A1"], 1), &[], at(1)).unwrap();
    }
    let current = pmo_store::current_returns(store.conn(), 2026).unwrap();
    assert_eq!(current.iter().map(|s| s.id).collect::<Vec<_>>(), vec![a.return_id]);
}

#[test]
fn every_stored_figure_leads_back_to_its_cell() {
    let mut store = Store::open_in_memory().unwrap();
    let data = sample("DSI", 2026, Campaign::R2, &["P1", "P2"], 0);
    let f = file("DSI_2026_R2.xlsx", 5);
    let saved = save(&mut store, &f, &data, 0);
    let loaded = pmo_store::load_return(store.conn(), saved.return_id).unwrap();
    // Second budget line of P2 sits on row 13; planned_q2 is column E (index 4).
    let line = &loaded.budget[3];
    let origin = line.origin.as_ref().unwrap();
    let cell = pmo_store::cell_of(store.conn(), saved.return_id, origin, "planned_q2").unwrap().unwrap();
    assert_eq!((cell.file_name.as_str(), cell.file_path.as_str()), (f.name.as_str(), f.path.as_str()));
    assert_eq!(cell.a1(), "Budget!E13");
    assert_eq!(Some(cell.a1()), loaded.cell_of(origin, "planned_q2"), "the store and the model agree on the cell");
    let status = loaded.statuses[0].origin.as_ref().unwrap();
    assert_eq!(
        pmo_store::cell_of(store.conn(), saved.return_id, status, "decision_needed").unwrap().unwrap().a1(),
        "Météo!K6"
    );
    let envelope = pmo_store::key_cell_of(store.conn(), saved.return_id, "envelope").unwrap().unwrap();
    assert_eq!((envelope.file_name.as_str(), envelope.a1().as_str()), ("DSI_2026_R2.xlsx", "Direction!B9"));

    let nowhere = Origin { sheet: "Budget".into(), row: 2 };
    assert_eq!(pmo_store::cell_of(store.conn(), saved.return_id, &nowhere, "no_such_field").unwrap(), None);
    assert_eq!(pmo_store::key_cell_of(store.conn(), saved.return_id, "owner").unwrap(), None);
    assert!(matches!(pmo_store::cell_of(store.conn(), 77, &nowhere, "planned_q1"), Err(Error::ReturnNotFound(77))));
}

#[test]
fn current_returns_load_in_one_go_with_their_data() {
    let mut store = Store::open_in_memory().unwrap();
    let dsi_bi = sample("DSI", 2026, Campaign::Bi, &["S1", "S2"], 0);
    let dsi_r1_old = sample("DSI", 2026, Campaign::R1, &["S1"], 1);
    let dsi_r1 = sample("DSI", 2026, Campaign::R1, &["S1", "S2", "S3"], 2);
    let drh_bi = sample("DRH", 2026, Campaign::Bi, &["H1"], 3);
    let other_year = sample("DSI", 2025, Campaign::Cl, &["S1"], 4);
    save(&mut store, &file("1", 1), &dsi_r1_old, 0);
    save(&mut store, &file("2", 2), &drh_bi, 1);
    save(&mut store, &file("3", 3), &dsi_bi, 2);
    save(&mut store, &file("4", 4), &dsi_r1, 3);
    save(&mut store, &file("5", 5), &other_year, 4);
    let loaded = pmo_store::load_current_returns(store.conn(), 2026).unwrap();
    let got: Vec<(&str, Campaign, bool)> =
        loaded.iter().map(|r| (r.summary.directorate.as_str(), r.summary.campaign, r.summary.is_current)).collect();
    assert_eq!(got, vec![("DRH", Campaign::Bi, true), ("DSI", Campaign::Bi, true), ("DSI", Campaign::R1, true)]);
    assert_eq!(loaded[0].data, drh_bi);
    assert_eq!(loaded[1].data, dsi_bi);
    assert_eq!(loaded[2].data, dsi_r1, "the superseded R1 must not leak into the current one");
    assert_eq!(loaded[1].summary.directorate_name.as_deref(), Some("Direction DSI"));
    assert_eq!(loaded[1].summary.submitted_on, Some(ymd(2026, 4, 10)));
    assert!(pmo_store::load_current_returns(store.conn(), 2030).unwrap().is_empty());
}

#[test]
fn a_partial_load_reads_exactly_the_parts_asked_for_each_return() {
    let mut store = Store::open_in_memory().unwrap();
    let drh_bi = sample("DRH", 2026, Campaign::Bi, &["H1"], 3);
    let dsi_bi = sample("DSI", 2026, Campaign::Bi, &["S1", "S2"], 0);
    let dsi_r1 = sample("DSI", 2026, Campaign::R1, &["S1", "S2", "S3"], 2);
    save(&mut store, &file("1", 1), &drh_bi, 0);
    save(&mut store, &file("2", 2), &dsi_bi, 1);
    save(&mut store, &file("3", 3), &dsi_r1, 2);
    for data in [&drh_bi, &dsi_bi, &dsi_r1] {
        let lists = [
            data.projects.len(),
            data.budget.len(),
            data.workload.len(),
            data.capacity.len(),
            data.statuses.len(),
            data.risks.len(),
            data.milestones.len(),
            data.columns.len(),
            data.key_cells.len(),
        ];
        assert!(lists.iter().all(|n| *n > 0), "the samples must fill every list for this test to mean anything");
    }

    let full = pmo_store::load_current_returns(store.conn(), 2026).unwrap();
    let all = pmo_store::load_current_returns_with(store.conn(), 2026, |s| vec![Parts::ALL; s.len()]).unwrap();
    assert_eq!(all, full, "asking for every part is the full load");
    let forgotten = pmo_store::load_current_returns_with(store.conn(), 2026, |_| Vec::new()).unwrap();
    assert_eq!(forgotten, full, "a return the plan leaves out is read whole");

    // DRH BI: its statuses only; DSI BI: nothing but its header; DSI R1: budget and column maps.
    let mut seen = Vec::new();
    let partial = pmo_store::load_current_returns_with(store.conn(), 2026, |summaries| {
        seen = summaries.iter().map(|s| (s.directorate.clone(), s.campaign)).collect();
        vec![
            Parts { statuses: true, ..Parts::NONE },
            Parts::NONE,
            Parts { budget: true, column_maps: true, ..Parts::NONE },
        ]
    })
    .unwrap();
    assert_eq!(
        seen,
        vec![("DRH".to_string(), Campaign::Bi), ("DSI".to_string(), Campaign::Bi), ("DSI".to_string(), Campaign::R1)],
        "the plan sees the summaries in the load's order"
    );
    assert_eq!(partial.iter().map(|r| &r.summary).collect::<Vec<_>>(), full.iter().map(|r| &r.summary).collect::<Vec<_>>());
    let header_only = |r: &pmo_store::StoredReturn| {
        let mut d = ReturnData::new(&r.data.directorate, r.data.year, r.data.campaign);
        d.directorate_name = r.data.directorate_name.clone();
        d.submitted_on = r.data.submitted_on;
        d.owner = r.data.owner.clone();
        d.unit = r.data.unit;
        d.envelope = r.data.envelope;
        d
    };
    let drh = ReturnData { statuses: drh_bi.statuses.clone(), ..header_only(&full[0]) };
    assert_eq!(partial[0].data, drh, "DRH: the header and its statuses, nothing else");
    assert_eq!(partial[1].data, header_only(&full[1]), "DSI BI: the header only (envelope, unit…)");
    assert_eq!(partial[1].data.envelope, dsi_bi.envelope, "the header keeps the envelope");
    let r1 = ReturnData { budget: dsi_r1.budget.clone(), columns: dsi_r1.columns.clone(), ..header_only(&full[2]) };
    assert_eq!(partial[2].data, r1, "DSI R1: budget lines with their provenance and the column maps");
}

#[test]
fn directorates_keep_their_latest_name() {
    let mut store = Store::open_in_memory().unwrap();
    let mut a = sample("DSI", 2026, Campaign::Bi, &["A1"], 0);
    a.directorate_name = Some("Direction des SI".into());
    save(&mut store, &file("a", 1), &a, 0);
    let mut b = sample("DSI", 2026, Campaign::R1, &["A1"], 0);
    b.directorate_name = None;
    let saved = save(&mut store, &file("b", 2), &b, 1);
    let dirs = pmo_store::directorates(store.conn()).unwrap();
    assert_eq!(
        dirs[0].name.as_deref(),
        Some("Direction des SI"),
        "a return without a name must not erase the known one"
    );
    let summary = pmo_store::return_summary(store.conn(), saved.return_id).unwrap();
    assert_eq!(summary.directorate_name.as_deref(), Some("Direction des SI"), "a summary falls back to the known name");
    assert_eq!(
        pmo_store::load_return(store.conn(), saved.return_id).unwrap().directorate_name,
        None,
        "the return keeps what it said"
    );
}
