//! Writes one directorate workbook with N projects (default 50), built from the demo's DSI R2
//! return repeated under new codes, to measure import and consolidation speed:
//! `cargo run --release -p pmo-core --example large_return -- 50 /tmp/big.xlsx [DIRECTORATE] [CAMPAIGN]`
//! then `time target/release/pmo --db /tmp/big.sqlite import /tmp/big.xlsx`.

use pmo_model::model::Campaign;

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(50);
    let out = args.next().unwrap_or_else(|| "large-return.xlsx".into());
    let directorate = args.next().unwrap_or_else(|| "DSI".into());
    let campaign = args.next().and_then(|c| <Campaign as pmo_model::model::Choice>::parse(&c)).unwrap_or(Campaign::R2);
    let demo = pmo_template::demo_portfolio(2026);
    let base = demo.iter().find(|r| r.directorate == "DSI" && r.campaign == Campaign::R2).expect("demo has DSI R2");
    let mut data = base.clone();
    data.directorate = directorate.clone();
    data.campaign = campaign;
    data.projects.clear();
    data.budget.clear();
    data.workload.clear();
    data.statuses.clear();
    data.risks.clear();
    data.milestones.clear();
    for i in 0..count {
        let source = &base.projects[i % base.projects.len()];
        let code = format!("{directorate}-{:04}", i + 1);
        let mut p = source.clone();
        p.code = code.clone();
        data.projects.push(p);
        macro_rules! copy {
            ($field:ident) => {
                for mut r in base.$field.iter().filter(|r| r.project == source.code).cloned() {
                    r.project = code.clone();
                    data.$field.push(r);
                }
            };
        }
        copy!(budget);
        copy!(workload);
        copy!(statuses);
        copy!(risks);
        copy!(milestones);
    }
    let bytes = pmo_template::write_workbook(&data, &Default::default()).expect("workbook written");
    std::fs::write(&out, bytes).expect("file written");
    println!("{out}: {count} projects, {} budget lines", data.budget.len());
}
