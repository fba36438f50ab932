//! `pmo-fuzz`: a fuzz harness for the importer that runs on stable Rust, without cargo-fuzz.
//!
//! `read_workbook` never panics by design (it catches unwinds), so what is hunted here is what
//! no `catch_unwind` can turn into a finding: an allocation that fails (a reader sizing a
//! buffer by a count read from the file) aborts the process, and a loop that never ends hangs
//! it. The supervisor (this process) therefore runs every input in a worker process (this
//! binary again, `--worker`), under an address-space limit and a time limit per input; a worker
//! that dies or overruns is a crash or a hang, its input is saved with the reason, a new worker
//! is started and the run goes on.
//!
//! The inputs are the seeds as they are (the importer's fixtures and workbooks written by
//! `pmo-template`), then mutations of them (`mutate`), deterministic from `--seed`. Every input
//! is logged with its time and peak memory in `runs.tsv`; the end of the run prints the figures
//! and exits 1 when anything crashed or hung. `scripts/fuzz` builds and runs it; the design is
//! described in `docs/reliability.md`.

mod mutate;
mod seeds;
mod supervisor;
mod worker;

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::Parser;

use mutate::{mutate, Case, Rng};
use supervisor::{Outcome, Worker};
use worker::Peak;

#[derive(Parser)]
#[command(
    name = "pmo-fuzz",
    about = "Fuzzes pmo-import's read_workbook in a worker process under memory and time limits."
)]
struct Args {
    /// How long to fuzz, in seconds (the last input may finish after it).
    #[arg(long, default_value_t = 60)]
    seconds: u64,
    /// Seed of the mutations: the same seed gives the same inputs in the same order.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Where crashes (`crashes/`), the slowest input and the log `runs.tsv` are written.
    #[arg(long, default_value = "target/fuzz")]
    out: PathBuf,
    /// The importer's workbook fixtures, the seeds besides the generated workbooks.
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/../pmo-import/tests/fixtures"))]
    fixtures: PathBuf,
    /// An input that takes longer than this, in seconds, is a hang.
    #[arg(long, default_value_t = 30)]
    timeout: u64,
    /// The worker's address-space limit (RLIMIT_AS), in MiB.
    #[arg(long, default_value_t = 2048)]
    memory_mib: u64,
    /// Runs these files (saved crashes, say) once each under the same limits instead of fuzzing.
    #[arg(long, num_args = 1.., value_name = "FILE")]
    replay: Vec<PathBuf>,
    /// Internal: serve inputs from stdin (the supervisor starts the worker with it).
    #[arg(long, hide = true)]
    worker: bool,
}

/// After an input whose peak exceeded this (KiB), the worker is replaced by a fresh one: the
/// allocator keeps freed memory, and the peak of every later input would start from it.
const FRESH_WORKER_KIB: u64 = 64 << 10;

/// One input that crashed or hung, as saved.
struct Failure {
    kind: String,
    reason: String,
    path: PathBuf,
}

/// The figures of a run.
#[derive(Default)]
struct Figures {
    executions: u64,
    accepted: u64,
    caught_panics: u64,
    crashes: Vec<Failure>,
    hangs: Vec<Failure>,
    /// Time, description, file name and bytes of the slowest input.
    slowest: Option<(u64, String, String, Vec<u8>)>,
    peak: Option<(u64, String)>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    if args.worker {
        return worker::serve(args.memory_mib);
    }
    match run(&args) {
        Ok(figures) if figures.crashes.is_empty() && figures.hangs.is_empty() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(e) => {
            eprintln!("pmo-fuzz: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &Args) -> Result<Figures, String> {
    let exe = std::env::current_exe().map_err(|e| format!("own executable: {e}"))?;
    let limit = Duration::from_secs(args.timeout);
    let spawn = || Worker::spawn(&exe, args.memory_mib).map_err(|e| format!("worker: {e}"));
    let mut worker = spawn()?;
    let peak_kind = worker.peak;
    let mut figures = Figures::default();

    if !args.replay.is_empty() {
        for path in &args.replay {
            let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("input.xlsx")
                .to_string();
            let case = Case {
                name,
                bytes,
                seed: path.display().to_string(),
                mutations: vec!["replayed".to_string()],
            };
            let outcome = worker.run(&case.name, &case.bytes, limit);
            println!("{}: {}", path.display(), say(&outcome));
            if !matches!(outcome, Outcome::Done(_)) {
                worker = spawn()?;
            }
            record(&mut figures, &case, outcome, None)?;
        }
        return Ok(figures);
    }

    let seeds = seeds::load(&args.fixtures)?;
    let crash_dir = args.out.join("crashes");
    fs::create_dir_all(&crash_dir).map_err(|e| format!("{}: {e}", crash_dir.display()))?;
    let log_path = args.out.join("runs.tsv");
    let log_file =
        fs::File::create(&log_path).map_err(|e| format!("{}: {e}", log_path.display()))?;
    let mut log = BufWriter::new(log_file);
    let _ = writeln!(log, "n\toutcome\tmicros\tpeak_kib\tbytes\tname\tinput");
    eprintln!(
        "== pmo-fuzz: {} s, seed {}, {} seeds, worker limits {} MiB of address space and {} s per input",
        args.seconds,
        args.seed,
        seeds.len(),
        args.memory_mib,
        args.timeout
    );

    let mut rng = Rng::new(args.seed);
    let start = Instant::now();
    let budget = Duration::from_secs(args.seconds);
    let mut next_progress = Duration::from_secs(30);
    while start.elapsed() < budget {
        // The seeds as they are first: a seed that fails says the harness, not the mutation, is wrong.
        let n = figures.executions as usize;
        let case = if n < seeds.len() {
            Case::of_seed(&seeds[n])
        } else {
            mutate(rng.pick(&seeds), &mut rng)
        };
        let outcome = worker.run(&case.name, &case.bytes, limit);
        let (micros, peak) = match &outcome {
            Outcome::Done(a) => (a.micros.to_string(), a.peak_kib.to_string()),
            _ => ("-".to_string(), "-".to_string()),
        };
        let word = match &outcome {
            Outcome::Done(a) if a.accepted => "accepted".to_string(),
            Outcome::Done(_) => "rejected".to_string(),
            Outcome::Crashed { kind, .. } => kind.clone(),
            Outcome::Hung => "hang".to_string(),
        };
        let _ = writeln!(
            log,
            "{}\t{word}\t{micros}\t{peak}\t{}\t{}\t{}",
            figures.executions + 1,
            case.bytes.len(),
            case.name,
            case.describe().replace(['\t', '\n'], " ")
        );
        match &outcome {
            Outcome::Done(a) if a.peak_kib > FRESH_WORKER_KIB => worker = spawn()?,
            Outcome::Done(_) => {}
            _ => {
                eprintln!("!! {}: {}", say(&outcome), case.describe());
                worker = spawn()?;
            }
        }
        record(&mut figures, &case, outcome, Some(&crash_dir))?;
        if start.elapsed() >= next_progress {
            eprintln!(
                "   {} s: {} executions, {} crashes, {} hangs",
                next_progress.as_secs(),
                figures.executions,
                figures.crashes.len(),
                figures.hangs.len()
            );
            next_progress += Duration::from_secs(30);
        }
    }
    let elapsed = start.elapsed();
    let _ = log.flush();
    drop(worker);
    let slowest_path = save_slowest(&figures, &args.out)?;
    print_figures(
        &figures,
        elapsed,
        peak_kind,
        slowest_path.as_deref(),
        &log_path,
    );
    Ok(figures)
}

/// Counts the outcome; a crash or a hang is saved into `crash_dir` (when fuzzing) with its reason.
fn record(
    figures: &mut Figures,
    case: &Case,
    outcome: Outcome,
    crash_dir: Option<&Path>,
) -> Result<(), String> {
    figures.executions += 1;
    let (kind, reason, stderr) = match outcome {
        Outcome::Done(answer) => {
            figures.accepted += u64::from(answer.accepted);
            figures.caught_panics += u64::from(answer.panicked);
            if figures
                .slowest
                .as_ref()
                .is_none_or(|(m, ..)| answer.micros > *m)
            {
                figures.slowest = Some((
                    answer.micros,
                    case.describe(),
                    case.name.clone(),
                    case.bytes.clone(),
                ));
            }
            if figures
                .peak
                .as_ref()
                .is_none_or(|(k, _)| answer.peak_kib > *k)
            {
                figures.peak = Some((answer.peak_kib, case.describe()));
            }
            return Ok(());
        }
        Outcome::Hung => (
            "hang".to_string(),
            "no answer within the time limit: killed".to_string(),
            String::new(),
        ),
        Outcome::Crashed {
            kind,
            reason,
            stderr,
        } => (kind, with_stderr(&reason, &stderr), stderr),
    };
    let path = match crash_dir {
        Some(dir) => save_crash(dir, case, &kind, &reason, &stderr)?,
        None => PathBuf::from(&case.seed),
    };
    let failure = Failure {
        kind: kind.clone(),
        reason,
        path,
    };
    if kind == "hang" {
        figures.hangs.push(failure);
    } else {
        figures.crashes.push(failure);
    }
    Ok(())
}

/// Saves the input as `<kind>-<hash>.<ext>` (the same input is saved once, whatever the run)
/// with a `.txt` beside it: the reason, the seed and the mutations that made it, and the end of
/// what the worker printed (with a backtrace when the abort left memory enough to print one).
fn save_crash(
    dir: &Path,
    case: &Case,
    kind: &str,
    reason: &str,
    stderr: &str,
) -> Result<PathBuf, String> {
    let ext = case.name.rsplit_once('.').map_or("bin", |(_, e)| e);
    let path = dir.join(format!("{kind}-{:016x}.{ext}", fnv1a(&case.bytes)));
    fs::write(&path, &case.bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let note = format!(
        "{reason}\ninput: {} ({} bytes, read as {})\nreplay: pmo-fuzz --replay {}\n\nworker stderr (tail):\n{stderr}\n",
        case.describe(),
        case.bytes.len(),
        case.name,
        path.display()
    );
    let txt = path.with_extension(format!("{ext}.txt"));
    fs::write(&txt, note).map_err(|e| format!("{}: {e}", txt.display()))?;
    Ok(path)
}

/// Keeps the slowest input, to profile or replay it.
fn save_slowest(figures: &Figures, out: &Path) -> Result<Option<PathBuf>, String> {
    let Some((_, _, name, bytes)) = &figures.slowest else {
        return Ok(None);
    };
    let ext = name.rsplit_once('.').map_or("bin", |(_, e)| e);
    let path = out.join(format!("slowest.{ext}"));
    fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Some(path))
}

/// The reason, followed by the line of the worker's stderr that says why it aborted
/// (`memory allocation of … bytes failed`, `has overflowed its stack`), else its last line.
fn with_stderr(reason: &str, stderr: &str) -> String {
    const TELLING: &[&str] = &[
        "memory allocation of",
        "overflowed its stack",
        "fatal runtime error",
        "panicked",
    ];
    let lines: Vec<&str> = stderr
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let telling = lines
        .iter()
        .find(|l| TELLING.iter().any(|t| l.contains(t)))
        .or(lines.last());
    match telling {
        Some(line) => format!("{reason}: {line}"),
        None => reason.to_string(),
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn say(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Done(a) => format!(
            "{} in {:.3} s, peak {:.1} MiB{}",
            if a.accepted { "accepted" } else { "rejected" },
            a.micros as f64 / 1e6,
            a.peak_kib as f64 / 1024.0,
            if a.panicked {
                " (a reader panicked, caught)"
            } else {
                ""
            }
        ),
        Outcome::Crashed { reason, stderr, .. } => {
            format!("CRASH: worker {}", with_stderr(reason, stderr))
        }
        Outcome::Hung => "HANG: no answer within the time limit".to_string(),
    }
}

fn print_figures(
    f: &Figures,
    elapsed: Duration,
    peak: Peak,
    slowest_path: Option<&Path>,
    log: &Path,
) {
    let secs = elapsed.as_secs_f64();
    println!("== pmo-fuzz figures");
    println!("duration        {secs:.1} s");
    println!("executions      {}", f.executions);
    println!(
        "executions/s    {:.1}",
        f.executions as f64 / secs.max(1e-9)
    );
    println!(
        "accepted        {} (inputs the importer took as a valid return)",
        f.accepted
    );
    println!(
        "caught panics   {} (a reader panicked; read_workbook turned it into a finding)",
        f.caught_panics
    );
    println!("crashes         {}", f.crashes.len());
    for c in &f.crashes {
        println!("  {} {} ({})", c.kind, c.path.display(), c.reason);
    }
    println!("hangs           {}", f.hangs.len());
    for h in &f.hangs {
        println!("  {} {}", h.kind, h.path.display());
    }
    if let Some((micros, what, ..)) = &f.slowest {
        let saved = slowest_path
            .map(|p| format!(", saved as {}", p.display()))
            .unwrap_or_default();
        println!(
            "slowest input   {:.3} s: {what}{saved}",
            *micros as f64 / 1e6
        );
    }
    if let Some((kib, what)) = &f.peak {
        let how = match peak {
            Peak::PerInput => "worker VmHWM, reset before each input",
            Peak::SinceStart => "worker VmHWM since its start: the reset was refused",
        };
        println!(
            "peak RSS        {:.1} MiB ({how}): {what}",
            *kib as f64 / 1024.0
        );
    }
    println!("log             {}", log.display());
}
