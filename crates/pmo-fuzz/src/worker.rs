//! The worker: `pmo-fuzz --worker`, started by the supervisor, reads inputs on stdin and runs
//! each through `read_workbook`, answering on stdout with its time and peak memory.
//!
//! It runs in a process of its own because what we hunt cannot be caught in-process: an
//! allocation that fails aborts, and a loop that never ends never returns. Its address space
//! is limited, so that a reader believing a huge count in the file fails its allocation here
//! (and aborts, which the supervisor sees) instead of swapping the machine to a halt.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use rustix::process::{setrlimit, Resource, Rlimit};

/// Panics that `read_workbook` caught (it turns them into an "unreadable workbook" finding).
static PANICS: AtomicUsize = AtomicUsize::new(0);

/// An input as it crosses the pipe: the file name (its extension picks the reader) and bytes.
struct Input {
    name: String,
    bytes: Vec<u8>,
}

/// What the worker says about one input.
#[derive(Clone, Copy, Debug)]
pub struct Answer {
    pub micros: u64,
    /// Peak resident memory of the worker while it read the input, in KiB (see [`Peak`]).
    pub peak_kib: u64,
    /// A reader panicked and `read_workbook` caught it: not a crash, but worth a count.
    pub panicked: bool,
    /// The workbook was accepted (no error finding).
    pub accepted: bool,
}

impl Answer {
    fn line(&self) -> String {
        format!(
            "done {} {} {} {}",
            self.micros,
            self.peak_kib,
            u8::from(self.panicked),
            u8::from(self.accepted)
        )
    }

    pub fn parse(line: &str) -> Option<Answer> {
        let mut words = line.split_whitespace();
        if words.next()? != "done" {
            return None;
        }
        let mut number = || words.next()?.parse::<u64>().ok();
        Some(Answer {
            micros: number()?,
            peak_kib: number()?,
            panicked: number()? == 1,
            accepted: number()? == 1,
        })
    }
}

/// How the peak memory of one input is measured.
///
/// Linux keeps a process's resident high-water mark (`VmHWM` in `/proc/self/status`) and
/// resets it to the current resident size when `5` is written to `/proc/self/clear_refs`: reset
/// before each input and read after it, it is that input's peak (the worker's own resident
/// baseline included, a few MiB: the supervisor replaces a worker whose peak went high, since
/// the allocator keeps what it freed). Where the reset is refused the mark only grows, and the
/// figure is the worker's peak since it started (an upper bound): the hello line says which.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Peak {
    PerInput,
    SinceStart,
}

impl Peak {
    pub fn word(self) -> &'static str {
        match self {
            Peak::PerInput => "per-input",
            Peak::SinceStart => "since-start",
        }
    }
}

fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

fn peak_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Sends one input: the name's length (u32 LE), the name, the bytes' length (u64 LE), the bytes.
pub fn write_input(out: &mut impl Write, name: &str, bytes: &[u8]) -> io::Result<()> {
    out.write_all(&(name.len() as u32).to_le_bytes())?;
    out.write_all(name.as_bytes())?;
    out.write_all(&(bytes.len() as u64).to_le_bytes())?;
    out.write_all(bytes)?;
    out.flush()
}

/// The next input, or `None` when the supervisor closed the pipe.
fn read_input(inp: &mut impl BufRead) -> io::Result<Option<Input>> {
    loop {
        // read_exact retries an interrupted read, fill_buf does not.
        match inp.fill_buf() {
            Ok([]) => return Ok(None),
            Ok(_) => break,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let mut len4 = [0u8; 4];
    inp.read_exact(&mut len4)?;
    let mut name = vec![0u8; u32::from_le_bytes(len4) as usize];
    inp.read_exact(&mut name)?;
    let mut len8 = [0u8; 8];
    inp.read_exact(&mut len8)?;
    let mut bytes = vec![0u8; u64::from_le_bytes(len8) as usize];
    inp.read_exact(&mut bytes)?;
    let name =
        String::from_utf8(name).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    Ok(Some(Input { name, bytes }))
}

/// The worker's main loop. Exits 0 when stdin closes; any other end is a crash to the supervisor.
pub fn serve(memory_limit_mib: u64) -> ExitCode {
    let limit = Some(memory_limit_mib << 20);
    if let Err(e) = setrlimit(
        Resource::As,
        Rlimit {
            current: limit,
            maximum: limit,
        },
    ) {
        eprintln!("pmo-fuzz worker: setrlimit(RLIMIT_AS): {e}");
        return ExitCode::from(3);
    }
    // Caught panics are expected from hostile files; counting them is enough, printing each
    // one would bury a real abort's message in the stderr the supervisor keeps.
    std::panic::set_hook(Box::new(|_| {
        PANICS.fetch_add(1, Ordering::Relaxed);
    }));
    let peak = if reset_peak() {
        Peak::PerInput
    } else {
        Peak::SinceStart
    };
    let mut stdin = io::stdin().lock();
    let mut stdout = BufWriter::new(io::stdout().lock());
    if writeln!(stdout, "ready {}", peak.word())
        .and_then(|()| stdout.flush())
        .is_err()
    {
        return ExitCode::from(4);
    }
    loop {
        let input = match read_input(&mut stdin) {
            Ok(Some(input)) => input,
            Ok(None) => return ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("pmo-fuzz worker: reading an input: {e}");
                return ExitCode::from(4);
            }
        };
        if peak == Peak::PerInput {
            reset_peak();
        }
        let panics = PANICS.load(Ordering::Relaxed);
        let start = Instant::now();
        let parsed = pmo_import::read_workbook(&input.name, &input.bytes);
        let micros = start.elapsed().as_micros() as u64;
        let answer = Answer {
            micros,
            peak_kib: peak_kib(),
            panicked: PANICS.load(Ordering::Relaxed) > panics,
            accepted: parsed.data.is_some(),
        };
        drop(parsed);
        if writeln!(stdout, "{}", answer.line())
            .and_then(|()| stdout.flush())
            .is_err()
        {
            return ExitCode::from(4);
        }
    }
}
