//! Support for the end-to-end tests: the `pmo` binary, built once, and temporary workspaces.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The path of the `pmo` binary of this checkout, building it first if needed (a test run of
/// this package alone does not build other packages' binaries).
pub fn pmo_bin() -> PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("repository root").to_path_buf();
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status = Command::new(cargo)
            .args(["build", "--quiet", "-p", "pmo-cli", "--bin", "pmo"])
            .current_dir(&root)
            .status()
            .expect("cargo runs");
        assert!(status.success(), "building the pmo binary failed");
        let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"));
        let bin = target.join("debug").join(format!("pmo{}", std::env::consts::EXE_SUFFIX));
        assert!(bin.exists(), "pmo binary missing at {}", bin.display());
        bin
    })
    .clone()
}

/// A temporary folder with its own database; `pmo()` runs the CLI on it, in French, with no
/// inherited `PMO_DB` or `LANG`.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox { dir: tempfile::tempdir().expect("temp dir") }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn db(&self) -> PathBuf {
        self.path("pmo.sqlite")
    }

    pub fn pmo(&self) -> assert_cmd::Command {
        let mut cmd = assert_cmd::Command::new(pmo_bin());
        cmd.env_remove("PMO_DB").env_remove("LC_ALL").env("LANG", "fr_FR.UTF-8");
        cmd.env("HOME", self.dir.path()).env("XDG_DATA_HOME", self.path("xdg-data"));
        cmd.arg("--db").arg(self.db());
        cmd
    }

    /// Runs `pmo` with `args`, returning stdout as text after checking the exit code.
    pub fn run(&self, args: &[&str], code: i32) -> String {
        let out = self.pmo().args(args).output().expect("pmo runs");
        assert_eq!(
            out.status.code(),
            Some(code),
            "pmo {args:?} exit code\nstdout:\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("stdout is UTF-8")
    }

    pub fn json(&self, args: &[&str], code: i32) -> serde_json::Value {
        let text = self.run(args, code);
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("pmo {args:?} printed invalid JSON ({e}):\n{text}"))
    }

    /// Writes the demo portfolio into `demo/` and returns its folder.
    pub fn demo(&self) -> PathBuf {
        let dir = self.path("demo");
        self.run(&["demo", "--out", dir.to_str().unwrap(), "--year", "2026"], 0);
        dir
    }
}

impl Default for Sandbox {
    fn default() -> Self {
        Sandbox::new()
    }
}
