//! The consolidation reads every current return of a year at once: 500 projects × 5 campaigns
//! must load well under a second, which only set-based queries (a few per table, not one per
//! record) achieve.

mod common;

use std::time::{Duration, Instant};

use common::*;
use pmo_model::model::{Campaign, Choice};
use pmo_store::Store;

#[test]
fn a_year_of_500_projects_and_5_campaigns_loads_in_well_under_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("perf.sqlite")).unwrap();
    let directorates: Vec<String> = (0..10).map(|i| format!("D{i:02}")).collect();
    let mut expected_projects = 0;
    let save_start = Instant::now();
    let mut seed = 0;
    for campaign in Campaign::ALL {
        for dir_code in &directorates {
            let codes: Vec<String> = (0..50).map(|p| format!("{dir_code}-{p:03}")).collect();
            let refs: Vec<&str> = codes.iter().map(String::as_str).collect();
            seed += 1;
            save(
                &mut store,
                &file(&format!("{dir_code}_{}.xlsx", campaign.code()), seed),
                &sample(dir_code, 2026, *campaign, &refs, 0),
                seed as i64,
            );
            expected_projects += codes.len();
        }
    }
    let save_time = save_start.elapsed();

    let load_start = Instant::now();
    let returns = pmo_store::load_current_returns(store.conn(), 2026).unwrap();
    let load_time = load_start.elapsed();

    assert_eq!(returns.len(), 50, "10 directorates × 5 campaigns");
    assert_eq!(returns.iter().map(|r| r.data.projects.len()).sum::<usize>(), expected_projects);
    assert_eq!(returns.iter().map(|r| r.data.budget.len()).sum::<usize>(), 2 * expected_projects);
    eprintln!("saved 50 returns in {save_time:?}, loaded them in {load_time:?}");
    // The bound holds for unoptimised test builds on a busy 2-core machine; a release build
    // is several times faster.
    assert!(load_time < Duration::from_secs(1), "loading a year took {load_time:?}");
}
