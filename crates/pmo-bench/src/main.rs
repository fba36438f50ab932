//! `pmo-bench`: PMO Desk's benchmark harness (run through `scripts/bench`).
//!
//! - `pmo-bench run [--scale S|M|L|all] [--runs N] [--smoke] …` times the `pmo` CLI at each
//!   scale against calamine alone and a pandas + openpyxl script, and writes the table;
//! - `pmo-bench generate --directorates D --projects P [--campaigns C] --out DIR` writes a
//!   portfolio with the product's own workbook writer;
//! - `pmo-bench floor DIR|FILE…` reads every sheet of the workbooks with calamine alone and
//!   prints what it read as JSON (the floor the import is compared to).

mod floor;
mod generate;
mod harness;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:
  pmo-bench run [--scale S|M|L|all|XS] [--runs N] [--pandas-runs N] [--smoke] [--no-pandas] [--no-app]
                --pmo PATH [--app PATH] [--work DIR] [--out FILE] [--root DIR]
  pmo-bench generate --directorates D --projects P [--campaigns C] [--year Y] --out DIR
  pmo-bench floor DIR|FILE...";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("generate") => generate(&args[1..]),
        Some("floor") => floor(&args[1..]),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("pmo-bench: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `--name value` pairs and bare flags.
struct Args<'a> {
    rest: &'a [String],
}

impl<'a> Args<'a> {
    fn value(&self, name: &str) -> Result<Option<&'a str>, String> {
        match self.rest.iter().position(|a| a == name) {
            Some(i) => self.rest.get(i + 1).map(|v| Some(v.as_str())).ok_or_else(|| format!("{name} needs a value")),
            None => Ok(None),
        }
    }
    fn number(&self, name: &str) -> Result<Option<usize>, String> {
        self.value(name)?.map(|v| v.parse().map_err(|_| format!("{name}: not a number: {v}"))).transpose()
    }
    fn flag(&self, name: &str) -> bool {
        self.rest.iter().any(|a| a == name)
    }
}

fn run(rest: &[String]) -> Result<(), String> {
    let a = Args { rest };
    let smoke = a.flag("--smoke");
    let scales = match a.value("--scale")? {
        _ if smoke => vec![harness::S, harness::XS],
        None | Some("all") => vec![harness::S, harness::M, harness::L],
        Some(list) => list
            .split(',')
            .map(|s| match s.trim().to_ascii_uppercase().as_str() {
                "S" => Ok(harness::S),
                "M" => Ok(harness::M),
                "L" => Ok(harness::L),
                "XS" => Ok(harness::XS),
                other => Err(format!("unknown scale {other} (S, M, L, all)")),
            })
            .collect::<Result<_, _>>()?,
    };
    let runs = if smoke { 1 } else { a.number("--runs")?.unwrap_or(5).max(1) };
    let work = PathBuf::from(a.value("--work")?.unwrap_or("target/bench/data"));
    let opts = harness::Options {
        scales,
        runs,
        pandas_runs: a.number("--pandas-runs")?,
        pandas: !smoke && !a.flag("--no-pandas"),
        app: !smoke && !a.flag("--no-app"),
        pmo: PathBuf::from(a.value("--pmo")?.ok_or("--pmo PATH is required")?),
        app_bin: a.value("--app")?.map(PathBuf::from),
        out: PathBuf::from(a.value("--out")?.unwrap_or("target/bench/results.md")),
        root: PathBuf::from(a.value("--root")?.unwrap_or(".")),
        work,
    };
    let md = harness::run(&opts)?;
    println!("{md}");
    if let Some(parent) = opts.out.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    std::fs::write(&opts.out, &md).map_err(|e| format!("{}: {e}", opts.out.display()))?;
    eprintln!("[bench] written to {}", opts.out.display());
    Ok(())
}

fn generate(rest: &[String]) -> Result<(), String> {
    let a = Args { rest };
    let d = a.number("--directorates")?.ok_or("--directorates D is required")?;
    let p = a.number("--projects")?.ok_or("--projects P is required")?;
    let c = a.number("--campaigns")?.unwrap_or(4).clamp(1, generate::CAMPAIGNS.len());
    let year = a.number("--year")?.unwrap_or(harness::YEAR as usize) as i32;
    let out = PathBuf::from(a.value("--out")?.ok_or("--out DIR is required")?);
    let written = generate::write(&out, d, p, c, year).map_err(|e| format!("{}: {e}", out.display()))?;
    println!(
        "{}: {} workbooks, {} projects in the latest campaign, {} bytes",
        out.display(),
        written.files.len(),
        written.projects,
        written.bytes
    );
    Ok(())
}

fn floor(rest: &[String]) -> Result<(), String> {
    let mut files = Vec::new();
    for arg in rest {
        let path = PathBuf::from(arg);
        if path.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(&path)
                .map_err(|e| format!("{arg}: {e}"))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "xlsx"))
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(path);
        }
    }
    let counts = floor::read_all(&files)?;
    println!(r#"{{"files": {}, "sheets": {}, "cells": {}}}"#, counts.files, counts.sheets, counts.cells);
    Ok(())
}
