//! The supervisor's side of a worker: starts `pmo-fuzz --worker`, sends it one input at a time
//! and waits for its answer under a time limit. A worker that dies (by a signal, or exiting
//! while an input was pending), answers nonsense, or overruns the limit has crashed or hung on
//! that input; the caller saves the input and starts a new worker.

use std::io::{self, BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::Duration;

use crate::worker::{write_input, Answer, Peak};

/// How much of the worker's stderr is kept: an abort's message ("memory allocation of … bytes
/// failed", "has overflowed its stack") is its last line.
const STDERR_TAIL: usize = 8 << 10;

pub enum Outcome {
    Done(Answer),
    /// The worker died, or ended without answering: `kind` names how in a word (`sigabrt`,
    /// `exit-3`) for file names, `reason` says it in a sentence, `stderr` is the worker's tail.
    Crashed {
        kind: String,
        reason: String,
        stderr: String,
    },
    /// No answer within the time limit; the worker was killed.
    Hung,
}

pub struct Worker {
    child: Child,
    stdin: Option<ChildStdin>,
    answers: Receiver<String>,
    stderr: Arc<Mutex<Vec<u8>>>,
    stderr_reader: Option<JoinHandle<()>>,
    pub peak: Peak,
}

impl Worker {
    pub fn spawn(exe: &Path, memory_limit_mib: u64) -> io::Result<Worker> {
        let mut child = Command::new(exe)
            .args(["--worker", "--memory-mib", &memory_limit_mib.to_string()])
            // A backtrace after an abort says which reader allocated; kept in the crash's note.
            .env("RUST_BACKTRACE", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().expect("stdout is piped");
        let mut stderr_pipe = child.stderr.take().expect("stderr is piped");

        // Answers arrive on a thread so that the wait for one can time out.
        let (send, answers) = mpsc::channel();
        thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let tail = Arc::clone(&stderr);
        let stderr_reader = thread::spawn(move || {
            let mut chunk = [0u8; 4096];
            while let Ok(n) = stderr_pipe.read(&mut chunk) {
                if n == 0 {
                    break;
                }
                let mut kept = tail.lock().unwrap_or_else(|e| e.into_inner());
                kept.extend_from_slice(&chunk[..n]);
                let excess = kept.len().saturating_sub(STDERR_TAIL);
                kept.drain(..excess);
            }
        });

        let mut worker = Worker {
            child,
            stdin,
            answers,
            stderr,
            stderr_reader: Some(stderr_reader),
            peak: Peak::SinceStart,
        };
        match worker.answers.recv_timeout(Duration::from_secs(30)) {
            Ok(line) if line == format!("ready {}", Peak::PerInput.word()) => {
                worker.peak = Peak::PerInput
            }
            Ok(line) if line == format!("ready {}", Peak::SinceStart.word()) => {}
            _ => {
                let (_, reason, stderr) = worker.dead();
                return Err(io::Error::other(format!(
                    "the worker did not start ({reason}): {stderr}"
                )));
            }
        }
        Ok(worker)
    }

    /// Runs one input. After anything but `Done`, the worker is gone: start another.
    pub fn run(&mut self, name: &str, bytes: &[u8], limit: Duration) -> Outcome {
        let sent = match self.stdin.as_mut() {
            Some(stdin) => write_input(stdin, name, bytes),
            None => Err(io::ErrorKind::BrokenPipe.into()),
        };
        if sent.is_err() {
            let (kind, reason, stderr) = self.dead();
            return Outcome::Crashed {
                kind,
                reason,
                stderr,
            };
        }
        match self.answers.recv_timeout(limit) {
            Ok(line) => match Answer::parse(&line) {
                Some(answer) => Outcome::Done(answer),
                None => {
                    let _ = self.child.kill();
                    let (_, _, stderr) = self.dead();
                    Outcome::Crashed {
                        kind: "garbled".to_string(),
                        reason: format!("garbled answer {line:?}"),
                        stderr,
                    }
                }
            },
            Err(RecvTimeoutError::Timeout) => {
                let _ = self.child.kill();
                let _ = self.dead();
                Outcome::Hung
            }
            Err(RecvTimeoutError::Disconnected) => {
                let (kind, reason, stderr) = self.dead();
                Outcome::Crashed {
                    kind,
                    reason,
                    stderr,
                }
            }
        }
    }

    /// Reaps the worker: how it ended (a word and a sentence) and the tail of what it printed.
    fn dead(&mut self) -> (String, String, String) {
        self.stdin = None;
        let (kind, reason) = match self.child.wait() {
            Ok(status) => describe(status),
            Err(e) => ("crash".to_string(), format!("wait failed: {e}")),
        };
        if let Some(reader) = self.stderr_reader.take() {
            let _ = reader.join();
        }
        let tail = self.stderr.lock().unwrap_or_else(|e| e.into_inner());
        (kind, reason, String::from_utf8_lossy(&tail).into_owned())
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        // Closing stdin ends a healthy worker; one that is stuck is killed.
        self.stdin = None;
        if !matches!(self.child.try_wait(), Ok(Some(_))) {
            thread::sleep(Duration::from_millis(50));
            if !matches!(self.child.try_wait(), Ok(Some(_))) {
                let _ = self.child.kill();
            }
            let _ = self.child.wait();
        }
    }
}

/// (`sigabrt`, `killed by signal 6 (SIGABRT)`), (`exit-101`, `exited with code 101 …`).
fn describe(status: ExitStatus) -> (String, String) {
    if let Some(signal) = status.signal() {
        let name = match signal {
            4 => "SIGILL",
            6 => "SIGABRT",
            7 => "SIGBUS",
            8 => "SIGFPE",
            9 => "SIGKILL",
            11 => "SIGSEGV",
            _ => {
                return (
                    format!("signal-{signal}"),
                    format!("killed by signal {signal}"),
                )
            }
        };
        (
            name.to_ascii_lowercase(),
            format!("killed by signal {signal} ({name})"),
        )
    } else {
        match status.code() {
            Some(code) => (
                format!("exit-{code}"),
                format!("exited with code {code} while an input was pending"),
            ),
            None => ("crash".to_string(), format!("ended: {status}")),
        }
    }
}
