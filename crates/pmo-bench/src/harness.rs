//! The benchmark run: for each scale, generate (or reuse) the workbooks, then time each step as
//! a separate process — as a user runs it — several times, and write the results table.
//!
//! Every step is a child process timed from spawn to exit; its peak memory (maximum resident set
//! size) comes from GNU time (`/usr/bin/time -f %M`) when it is installed.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::generate;

/// A portfolio size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
    pub name: &'static str,
    /// `None`: the demo portfolio (`pmo demo`); otherwise directorates × projects × campaigns.
    pub generated: Option<(usize, usize, usize)>,
    /// Whether the consolidation commands are timed at this scale.
    pub consolidation: bool,
}

pub const S: Scale = Scale { name: "S", generated: None, consolidation: true };
pub const M: Scale = Scale { name: "M", generated: Some((20, 50, 4)), consolidation: true };
pub const L: Scale = Scale { name: "L", generated: Some((100, 100, 4)), consolidation: true };
/// The smoke run's tiny generated portfolio.
pub const XS: Scale = Scale { name: "XS", generated: Some((3, 10, 4)), consolidation: true };

pub const YEAR: i32 = 2026;
/// The report date given to `pmo report` (same date, same bytes).
const REPORT_DATE: &str = "2026-11-20";

/// What the run is asked to do.
#[derive(Clone, Debug)]
pub struct Options {
    pub scales: Vec<Scale>,
    pub runs: usize,
    /// Runs of the pandas script (it is slow at L).
    pub pandas_runs: Option<usize>,
    pub pandas: bool,
    pub app: bool,
    pub pmo: PathBuf,
    pub app_bin: Option<PathBuf>,
    /// Where workbooks, databases and outputs go.
    pub work: PathBuf,
    pub out: PathBuf,
    /// The repository root (for bench/ scripts).
    pub root: PathBuf,
}

/// One timed execution.
#[derive(Clone, Debug)]
struct Sample {
    secs: f64,
    rss_kb: Option<u64>,
    /// User + system CPU seconds (GNU time): steadier than wall time on a busy machine.
    cpu: Option<f64>,
    stdout: String,
}

/// The samples of a step and what its throughput is measured in.
#[derive(Clone, Debug, Default)]
struct Stats {
    secs: Vec<f64>,
    rss_kb: Vec<u64>,
    cpu: Vec<f64>,
}

impl Stats {
    fn push(&mut self, s: &Sample) {
        self.secs.push(s.secs);
        if let Some(r) = s.rss_kb {
            self.rss_kb.push(r);
        }
        if let Some(c) = s.cpu {
            self.cpu.push(c);
        }
    }
    fn median(&self) -> f64 {
        median(&self.secs)
    }
    fn cpu_median(&self) -> Option<f64> {
        (!self.cpu.is_empty()).then(|| median(&self.cpu))
    }
    fn min(&self) -> f64 {
        self.secs.iter().copied().fold(f64::INFINITY, f64::min)
    }
    fn max(&self) -> f64 {
        self.secs.iter().copied().fold(0.0, f64::max)
    }
    fn peak_mb(&self) -> Option<f64> {
        self.rss_kb.iter().max().map(|k| *k as f64 / 1024.0)
    }
}

fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

/// "(CPU time: 1.23×)" when both sides have CPU times.
fn cpu_ratio(a: &Stats, b: &Stats) -> String {
    match (a.cpu_median(), b.cpu_median()) {
        (Some(x), Some(y)) if y > 0.0 => format!(" (CPU time: {:.2}×)", x / y),
        _ => String::new(),
    }
}

/// A row of the results table.
struct Row {
    scale: String,
    step: String,
    stats: Option<Stats>,
    throughput: String,
    note: String,
}

/// A target of the issue and whether this run meets it.
struct Target {
    what: String,
    goal: String,
    measured: String,
    met: Option<bool>,
}

fn gnu_time() -> Option<PathBuf> {
    let p = PathBuf::from("/usr/bin/time");
    let ok = Command::new(&p)
        .args(["-f", "%M", "true"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    ok.then_some(p)
}

/// Runs `cmd` once, timing it, with its peak RSS when GNU time is there. Fails on a non-zero
/// exit: a benchmark of a failing command measures nothing.
fn run_once(cmd: &[String], env: &[(&str, &str)], time: Option<&Path>, scratch: &Path) -> Result<Sample, String> {
    let rss_file = scratch.join("rss.txt");
    let mut command = match time {
        Some(t) => {
            let mut c = Command::new(t);
            c.arg("-f").arg("%M %U %S").arg("-o").arg(&rss_file).args(cmd);
            c
        }
        None => {
            let mut c = Command::new(&cmd[0]);
            c.args(&cmd[1..]);
            c
        }
    };
    for (k, v) in env {
        command.env(k, v);
    }
    command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let start = Instant::now();
    let output = command.output().map_err(|e| format!("{}: {e}", cmd[0]))?;
    let secs = start.elapsed().as_secs_f64();
    if !output.status.success() {
        return Err(format!(
            "`{}` failed ({}): {}{}",
            cmd.join(" "),
            output.status,
            String::from_utf8_lossy(&output.stderr).chars().take(2000).collect::<String>(),
            String::from_utf8_lossy(&output.stdout).chars().take(500).collect::<String>()
        ));
    }
    // GNU time's last line: "%M %U %S" (KB, user s, system s).
    let line = time.and_then(|_| std::fs::read_to_string(&rss_file).ok()).and_then(|s| s.trim().lines().last().map(str::to_string));
    let fields: Vec<f64> = line.iter().flat_map(|l| l.split_whitespace()).filter_map(|f| f.parse().ok()).collect();
    let rss_kb = fields.first().map(|k| *k as u64);
    let cpu = (fields.len() == 3).then(|| fields[1] + fields[2]);
    Ok(Sample { secs, rss_kb, cpu, stdout: String::from_utf8_lossy(&output.stdout).into_owned() })
}

fn s(parts: &[&dyn std::fmt::Display]) -> Vec<String> {
    parts.iter().map(|p| p.to_string()).collect()
}

/// Human duration: `850 ms`, `12.3 s`.
fn dur(secs: f64) -> String {
    if !secs.is_finite() {
        "—".into()
    } else if secs < 1.0 {
        format!("{:.0} ms", secs * 1000.0)
    } else if secs < 100.0 {
        format!("{secs:.2} s")
    } else {
        format!("{secs:.0} s")
    }
}

fn thousands(n: f64) -> String {
    let n = n.round() as u64;
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202f}');
        }
        out.push(c);
    }
    out
}

fn progress(msg: &str) {
    eprintln!("[bench] {msg}");
}

/// The files of a scale: generated once and reused while the generator is unchanged.
fn workbooks(scale: Scale, opts: &Options, time: Option<&Path>) -> Result<(PathBuf, Vec<PathBuf>, String), String> {
    let dir = opts.work.join(scale.name).join("workbooks");
    let marker = dir.join(".generated");
    let params = format!("{:?} {YEAR} generator {}", scale.generated, generate::VERSION);
    // The demo comes from `pmo demo`: a new pmo may write it differently.
    let fresh = std::fs::read_to_string(&marker).is_ok_and(|m| m == params)
        && (scale.generated.is_some() || modified(&marker) >= modified(&opts.pmo));
    if !fresh {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let start = Instant::now();
        match scale.generated {
            None => {
                run_once(&s(&[&opts.pmo.display(), &"demo", &"--out", &dir.display(), &"--year", &YEAR]), &[], time, &opts.work)?;
            }
            Some((d, p, c)) => {
                generate::write(&dir, d, p, c, YEAR).map_err(|e| e.to_string())?;
            }
        }
        progress(&format!("{}: workbooks written in {}", scale.name, dur(start.elapsed().as_secs_f64())));
        std::fs::write(&marker, &params).map_err(|e| e.to_string())?;
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "xlsx"))
        .collect();
    files.sort();
    let desc = match scale.generated {
        None => "demo: 5 directorates × ~9 projects × 3 campaigns".to_string(),
        Some((d, p, c)) => format!("{d} directorates × {p} projects × {c} campaigns"),
    };
    Ok((dir, files, desc))
}

fn modified(p: &Path) -> std::time::SystemTime {
    std::fs::metadata(p).and_then(|m| m.modified()).unwrap_or(std::time::UNIX_EPOCH)
}

fn pandas_available() -> Result<String, String> {
    let out = Command::new("python3")
        .args(["-c", "import pandas, openpyxl; print(pandas.__version__, openpyxl.__version__)"])
        .output()
        .map_err(|_| "python3 not found".to_string())?;
    if out.status.success() {
        let v = String::from_utf8_lossy(&out.stdout);
        let mut it = v.split_whitespace();
        Ok(format!("pandas {} + openpyxl {}", it.next().unwrap_or("?"), it.next().unwrap_or("?")))
    } else {
        Err("python3 has no pandas/openpyxl (pip install pandas openpyxl)".to_string())
    }
}

/// Runs the whole benchmark and returns the markdown report.
pub fn run(opts: &Options) -> Result<String, String> {
    std::fs::create_dir_all(&opts.work).map_err(|e| format!("{}: {e}", opts.work.display()))?;
    let time = gnu_time();
    let time = time.as_deref();
    if time.is_none() {
        progress("GNU time (/usr/bin/time) is missing: no peak memory (apt-get install time)");
    }
    let pandas = if opts.pandas { pandas_available() } else { Err("not run (--no-pandas or --smoke)".into()) };
    let mut rows: Vec<Row> = Vec::new();
    let mut targets: Vec<Target> = Vec::new();
    let mut sizes: Vec<String> = Vec::new();
    let pmo = opts.pmo.display().to_string();
    let self_exe = std::env::current_exe().map_err(|e| e.to_string())?.display().to_string();

    for &scale in &opts.scales {
        let (dir, files, desc) = workbooks(scale, opts, time)?;
        let dirs = dir.display().to_string();
        let run_dir = opts.work.join(scale.name).join("run");
        std::fs::create_dir_all(&run_dir).map_err(|e| e.to_string())?;
        let db = run_dir.join("pmo.sqlite");
        let dbs = db.display().to_string();
        let bytes: u64 = files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum();
        let name = scale.name.to_string();

        // The floor: calamine alone.
        progress(&format!("{name}: calamine alone × {}", opts.runs));
        let mut floor = Stats::default();
        let mut cells = 0u64;
        let mut sheets = 0u64;
        for _ in 0..opts.runs {
            let sample = run_once(&s(&[&self_exe, &"floor", &dirs]), &[], time, &run_dir)?;
            let v: serde_json::Value = serde_json::from_str(&sample.stdout).map_err(|e| format!("floor output: {e}"))?;
            cells = v["cells"].as_u64().unwrap_or(0);
            sheets = v["sheets"].as_u64().unwrap_or(0);
            floor.push(&sample);
        }
        let per_file = |st: &Stats| {
            format!(
                "{} wb/s · {} cells/s",
                thousands(files.len() as f64 / st.median()),
                thousands(cells as f64 / st.median())
            )
        };
        rows.push(Row {
            scale: name.clone(),
            step: "calamine alone (floor)".into(),
            throughput: per_file(&floor),
            stats: Some(floor.clone()),
            note: "every sheet into a `Range`".into(),
        });

        // PMO Desk's import, from an empty database each time.
        progress(&format!("{name}: pmo import × {}", opts.runs));
        let mut import = Stats::default();
        for _ in 0..opts.runs {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let _ = std::fs::remove_file(format!("{dbs}{suffix}"));
            }
            import.push(&run_once(&s(&[&pmo, &"--db", &dbs, &"import", &dirs]), &[], time, &run_dir)?);
        }
        let ratio = import.median() / floor.median();
        rows.push(Row {
            scale: name.clone(),
            step: "**pmo import**".into(),
            throughput: per_file(&import),
            note: format!("**{ratio:.2}× calamine alone**{}", cpu_ratio(&import, &floor)),
            stats: Some(import.clone()),
        });
        targets.push(Target {
            what: format!("import vs calamine alone ({name})"),
            goal: "≤ 1.5×".into(),
            measured: format!("{ratio:.2}×"),
            met: Some(ratio <= 1.5),
        });
        if scale == L {
            targets.push(Target {
                what: "L import".into(),
                goal: "< 60 s".into(),
                measured: dur(import.median()),
                met: Some(import.median() < 60.0),
            });
        }

        // The same files read by pandas + openpyxl.
        match &pandas {
            Ok(_) => {
                let n = opts.pandas_runs.unwrap_or(if scale == L { 1 } else { opts.runs }).max(1);
                progress(&format!("{name}: pandas + openpyxl × {n}"));
                let script = opts.root.join("bench/pandas_read.py").display().to_string();
                let mut st = Stats::default();
                for _ in 0..n {
                    st.push(&run_once(&s(&[&"python3", &script, &dirs]), &[], time, &run_dir)?);
                }
                let speedup = st.median() / import.median();
                rows.push(Row {
                    scale: name.clone(),
                    step: "pandas + openpyxl read".into(),
                    throughput: per_file(&st),
                    note: format!("pmo import is **{speedup:.1}× faster**{}", cpu_ratio(&st, &import)),
                    stats: Some(st),
                });
                targets.push(Target {
                    what: format!("import vs pandas + openpyxl ({name})"),
                    goal: "≥ 20× faster".into(),
                    measured: format!("{speedup:.1}×"),
                    met: Some(speedup >= 20.0),
                });
            }
            Err(why) => rows.push(Row {
                scale: name.clone(),
                step: "pandas + openpyxl read".into(),
                stats: None,
                throughput: "—".into(),
                note: format!("not measured: {why}"),
            }),
        }

        // Consolidation on the imported database.
        if scale.consolidation {
            let year = YEAR.to_string();
            let out_json = run_dir.join("export.json").display().to_string();
            let out_xlsx = run_dir.join("export.xlsx").display().to_string();
            let steps: Vec<(&str, Vec<String>)> = vec![
                ("status", s(&[&pmo, &"--db", &dbs, &"status", &"--year", &year, &"--json"])),
                ("alerts", s(&[&pmo, &"--db", &dbs, &"alerts", &"--year", &year, &"--json"])),
                ("diff BI → latest", s(&[&pmo, &"--db", &dbs, &"diff", &"--year", &year, &"--from", &"BI", &"--json"])),
                (
                    "export json",
                    s(&[&pmo, &"--db", &dbs, &"export", &"--year", &year, &"--format", &"json", &"--out", &out_json]),
                ),
                (
                    "export xlsx",
                    s(&[&pmo, &"--db", &dbs, &"export", &"--year", &year, &"--format", &"xlsx", &"--out", &out_xlsx]),
                ),
            ];
            for (step, cmd) in steps {
                progress(&format!("{name}: {step} × {}", opts.runs));
                let mut st = Stats::default();
                let mut out_bytes = 0usize;
                for _ in 0..opts.runs {
                    let sample = run_once(&cmd, &[], time, &run_dir)?;
                    out_bytes = sample.stdout.len();
                    st.push(&sample);
                }
                if step == "status" && scale == L {
                    targets.push(Target {
                        what: "status at L".into(),
                        goal: "< 200 ms".into(),
                        measured: dur(st.median()),
                        met: Some(st.median() < 0.2),
                    });
                }
                let note = match step {
                    "export json" => format!("{} KB", std::fs::metadata(&out_json).map(|m| m.len() / 1024).unwrap_or(0)),
                    "export xlsx" => format!("{} KB", std::fs::metadata(&out_xlsx).map(|m| m.len() / 1024).unwrap_or(0)),
                    _ => format!("{} KB of JSON", out_bytes / 1024),
                };
                rows.push(Row { scale: name.clone(), step: format!("`{step}`"), stats: Some(st), throughput: String::new(), note });
            }
        }

        // The CODIR pack.
        progress(&format!("{name}: CODIR pack × {}", opts.runs));
        let pdf = run_dir.join("codir.pdf");
        let pdfs = pdf.display().to_string();
        let mut st = Stats::default();
        for _ in 0..opts.runs {
            st.push(&run_once(
                &s(&[&pmo, &"--db", &dbs, &"report", &"codir", &"--year", &YEAR, &"--date", &REPORT_DATE, &"--out", &pdfs]),
                &[],
                time,
                &run_dir,
            )?);
        }
        let pages = page_count(&pmo, &dbs, time, &run_dir);
        let pdf_bytes = std::fs::metadata(&pdf).map(|m| m.len()).unwrap_or(0);
        let pages_per_s = pages.map(|p| p as f64 / st.median());
        rows.push(Row {
            scale: name.clone(),
            step: "`report codir`".into(),
            throughput: pages_per_s.map(|r| format!("{} pages/s", thousands(r))).unwrap_or_default(),
            note: format!("{} pages, {} KB", pages.map(|p| p.to_string()).unwrap_or("?".into()), pdf_bytes / 1024),
            stats: Some(st),
        });
        if let Some(r) = pages_per_s {
            targets.push(Target {
                what: format!("CODIR pack ({name})"),
                goal: "≥ 100 pages/s".into(),
                measured: format!("{r:.0} pages/s"),
                met: Some(r >= 100.0),
            });
        }

        // Cold start of the desktop app on S.
        if scale == S && opts.app {
            rows.push(cold_start(opts, &dbs, &mut targets));
        }

        let peak = rows.iter().filter(|r| r.scale == name).filter_map(|r| r.stats.as_ref()?.peak_mb()).fold(0.0, f64::max);
        if scale == L && time.is_some() {
            targets.push(Target {
                what: "peak memory at L (every step)".into(),
                goal: "< 300 MB".into(),
                measured: format!("{peak:.0} MB"),
                met: Some(peak < 300.0),
            });
        }
        sizes.push(format!(
            "| {name} | {desc} | {} | {} | {} | {} MB | {} MB |",
            files.len(),
            sheets,
            thousands(cells as f64),
            (bytes as f64 / 1048576.0 * 10.0).round() / 10.0,
            std::fs::metadata(&db).map(|m| (m.len() as f64 / 1048576.0 * 10.0).round() / 10.0).unwrap_or(0.0),
        ));
    }

    Ok(render(opts, &rows, &targets, &sizes, pandas.as_ref().ok(), time.is_some()))
}

/// The pages of the last generated report, as recorded by `pmo reports`.
fn page_count(pmo: &str, db: &str, time: Option<&Path>, scratch: &Path) -> Option<u64> {
    let sample = run_once(&s(&[&pmo, &"--db", &db, &"reports", &"--json"]), &[], time, scratch).ok()?;
    let v: serde_json::Value = serde_json::from_str(&sample.stdout).ok()?;
    v.as_array()?.iter().filter_map(|r| r["pages"].as_u64()).next()
}

/// The app's cold start to the first painted dashboard, over WebDriver (bench/cold_start.mjs).
fn cold_start(opts: &Options, db: &str, targets: &mut Vec<Target>) -> Row {
    let skip = |why: String| {
        progress(&format!("S: app cold start skipped: {why}"));
        Row {
            scale: "S".into(),
            step: "app cold start → dashboard".into(),
            stats: None,
            throughput: "—".into(),
            note: format!("not measured: {why}"),
        }
    };
    let Some(app) = opts.app_bin.as_ref().filter(|p| p.exists()) else {
        return skip("the app binary `pmo-desk` is not built (cargo build --release -p pmo-desk)".into());
    };
    for (tool, hint) in [("tauri-driver", "cargo install tauri-driver --locked"), ("xvfb-run", "apt-get install xvfb"), ("node", "Node.js ≥ 20")] {
        if Command::new("sh").args(["-c", &format!("command -v {tool}")]).stdout(Stdio::null()).status().map_or(true, |s| !s.success()) {
            return skip(format!("`{tool}` is missing ({hint})"));
        }
    }
    progress(&format!("S: app cold start × {}", opts.runs));
    let script = opts.root.join("bench/cold_start.mjs");
    let home = opts.work.join("S").join("app-home");
    let _ = std::fs::create_dir_all(&home);
    let output = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1600x1000x24", "node"])
        .arg(&script)
        .arg(opts.runs.to_string())
        .env("PMO_DESK_BIN", app)
        .env("PMO_DB", db)
        .env("HOME", &home)
        .stdin(Stdio::null())
        .output();
    let output = match output {
        Ok(o) if o.status.success() => o,
        Ok(o) => {
            // Node prints the stack around the error; its `Error: …` line is what to tell.
            let stderr = String::from_utf8_lossy(&o.stderr);
            let line = stderr.lines().find(|l| l.starts_with("Error")).unwrap_or(stderr.trim());
            return skip(format!("bench/cold_start.mjs failed: {}", line.chars().take(300).collect::<String>()));
        }
        Err(e) => return skip(format!("xvfb-run: {e}")),
    };
    let v: serde_json::Value = match serde_json::from_slice(&output.stdout) {
        Ok(v) => v,
        Err(e) => return skip(format!("cold_start.mjs output: {e}")),
    };
    let mut st = Stats::default();
    for ms in v["ms"].as_array().into_iter().flatten().filter_map(|m| m.as_f64()) {
        st.secs.push(ms / 1000.0);
    }
    if st.secs.is_empty() {
        return skip("no sample".into());
    }
    let session = v["session_ms"].as_f64();
    targets.push(Target {
        what: "app cold start to the dashboard (S)".into(),
        goal: "< 2 s".into(),
        measured: dur(st.median()),
        met: Some(st.median() < 2.0),
    });
    Row {
        scale: "S".into(),
        step: "app cold start → dashboard".into(),
        throughput: String::new(),
        note: format!(
            "`{}`: WebDriver session request → `kpi-landing` has a `data-value`; includes the session's own overhead{}",
            app.display(),
            session.map(|s| format!(" (request → session: {s:.0} ms median)")).unwrap_or_default()
        ),
        stats: Some(st),
    }
}

fn render(opts: &Options, rows: &[Row], targets: &[Target], sizes: &[String], pandas: Option<&String>, rss: bool) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "## Machine\n\n{}\n", machine());
    let _ = writeln!(
        md,
        "Runs per step: {} (wall time: median, min, max; CPU: median user + system time); peak memory is the maximum RSS over the runs{}. Reader for comparison: {}.\n",
        opts.runs,
        if rss { "" } else { " (not measured: GNU time missing)" },
        pandas.map(String::as_str).unwrap_or("none")
    );
    let _ = writeln!(md, "## Portfolios\n\n| scale | shape | workbooks | sheets | cells | files | database |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |");
    for line in sizes {
        let _ = writeln!(md, "{line}");
    }
    let _ = writeln!(md, "\n## Results\n\n| scale | step | n | median | min | max | CPU | throughput | peak RSS | note |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |");
    for r in rows {
        match &r.stats {
            Some(st) => {
                let _ = writeln!(
                    md,
                    "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                    r.scale,
                    r.step,
                    st.secs.len(),
                    dur(st.median()),
                    dur(st.min()),
                    dur(st.max()),
                    st.cpu_median().map(dur).unwrap_or("—".into()),
                    r.throughput,
                    st.peak_mb().map(|m| format!("{m:.0} MB")).unwrap_or("—".into()),
                    r.note
                );
            }
            None => {
                let _ = writeln!(md, "| {} | {} | 0 | — | — | — | — | — | — | {} |", r.scale, r.step, r.note);
            }
        }
    }
    let _ = writeln!(md, "\n## Targets\n\n| target | goal | measured | met |\n| --- | --- | ---: | :---: |");
    for t in targets {
        let met = match t.met {
            Some(true) => "yes",
            Some(false) => "**no**",
            None => "—",
        };
        let _ = writeln!(md, "| {} | {} | {} | {} |", t.what, t.goal, t.measured, met);
    }
    md
}

/// CPU, cores, memory, OS, load, commit: what the numbers depend on.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| c.lines().find(|l| l.starts_with("model name")).map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string()))
        .unwrap_or_else(|| "?".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| m.lines().next().and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok()))
        .map(|kb| format!("{:.1} GB", kb as f64 / 1048576.0))
        .unwrap_or_else(|| "?".into());
    let os = std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|o| o.lines().find(|l| l.starts_with("PRETTY_NAME=")).map(|l| l[12..].trim_matches('"').to_string()))
        .unwrap_or_else(|| "?".into());
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load: Vec<&str> = load.split_whitespace().take(3).collect();
    let capture = |cmd: &str, args: &[&str]| {
        Command::new(cmd)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_else(|| "?".into())
    };
    let commit = capture("git", &["rev-parse", "--short", "HEAD"]);
    let dirty = capture("git", &["status", "--porcelain", "--untracked-files=no"]);
    let date = chrono::Utc::now().format("%Y-%m-%d %H:%M UTC");
    format!(
        "- CPU: {cpu}, {cores} cores available; memory {mem}; {os}\n- {}; commit {commit}{}; run {date}; load average at the end: {}",
        capture("rustc", &["--version"]),
        if dirty.is_empty() || dirty == "?" { "" } else { " (with uncommitted changes)" },
        load.join(" ")
    )
}
