// End-to-end test of the real desktop app in a real window (under Xvfb), driven over WebDriver
// (tauri-driver → WebKitWebDriver). It starts PMO Desk on a temporary database with the demo
// workbooks as file arguments — as "Open with PMO Desk" does — imports them, checks the dashboard
// against `pmo export`, opens a project and the trace of a figure, generates the CODIR pack, and
// saves a screenshot of every screen (target/screenshots, or $PMO_SCREENSHOTS).
//
// Run by scripts/test: `xvfb-run -a -s "-screen 0 1600x1000x24" node --test tests/e2e/`, with
// PMO_DESK_BIN and PMO_BIN pointing at the built binaries.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync, mkdirSync, writeFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";

import { WebDriver, startDriver } from "./webdriver.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const target = process.env.CARGO_TARGET_DIR ? resolve(process.env.CARGO_TARGET_DIR) : join(root, "target");
const app = resolve(process.env.PMO_DESK_BIN ?? join(target, "debug/pmo-desk"));
const pmo = resolve(process.env.PMO_BIN ?? join(target, "debug/pmo"));
// Screenshots go to target/screenshots; PMO_SCREENSHOTS=docs/screenshots refreshes the README's.
const shots = resolve(process.env.PMO_SCREENSHOTS ?? join(target, "screenshots"));
const port = Number(process.env.PMO_E2E_PORT ?? 4444);

const work = mkdtempSync(join(tmpdir(), "pmo-desk-e2e-"));
const db = join(work, "pmo.sqlite");
const output = join(work, "out");
const env = { ...process.env, PMO_DB: db, HOME: join(work, "home"), LANG: "fr_FR.UTF-8" };
let driver;
let wd;

/** Exact sum of decimal strings, in cents (BigInt): money is never summed as floats. */
function cents(text) {
  const [whole, frac = ""] = text.replace("-", "").split(".");
  const value = BigInt(whole) * 100n + BigInt((frac + "00").slice(0, 2));
  return text.startsWith("-") ? -value : value;
}

function runPmo(args) {
  return execFileSync(pmo, ["--db", db, ...args], { env, encoding: "utf8" });
}

async function go(screen) {
  await wd.click(await wd.waitFor(`[data-nav="${screen}"]`));
  await sleep(400);
}

async function shot(name) {
  // Let charts and fonts settle: a screenshot is for people to look at.
  await sleep(600);
  writeFileSync(join(shots, `app-${name}.png`), await wd.screenshot());
}

before(async () => {
  assert.ok(existsSync(app), `the app binary ${app} must be built first (scripts/test does it)`);
  assert.ok(existsSync(pmo), `the CLI ${pmo} must be built first`);
  mkdirSync(env.HOME, { recursive: true });
  mkdirSync(shots, { recursive: true });
  runPmo(["demo", "--out", join(work, "demo")]);
  runPmo(["settings", "set", "output.folder", output]);
  driver = await startDriver(port, env);
  const files = readdirSync(join(work, "demo")).sort().map((f) => join(work, "demo", f));
  wd = await new WebDriver(`http://127.0.0.1:${port}`).start(app, files);
});

after(async () => {
  await wd?.quit();
  driver?.child.kill();
  rmSync(work, { recursive: true, force: true });
});

test("the workbooks given as arguments are checked, then imported with one click", async () => {
  const rows = await wd.waitFor("[data-file]", { timeout: 30000 });
  assert.ok(rows, "the Imports screen lists the files of the command line");
  const button = await wd.waitFor('[data-testid="import-all"]', { timeout: 60000, accept: (e) => wd.enabled(e) });
  await shot("imports-check");
  await wd.click(button);
  // Every file ends imported: the history then holds 15 imports (5 directorates × BI, R1, R2).
  const deadline = Date.now() + 60000;
  let imported = 0;
  while (Date.now() < deadline) {
    imported = JSON.parse(runPmo(["history", "--json"])).filter((h) => h.outcome === "imported").length;
    if (imported === 15) break;
    await sleep(300);
  }
  assert.equal(imported, 15, "the 15 demo workbooks are imported");
  await sleep(500);
  await shot("imports");
});

test("the dashboard shows the landing that `pmo export` gives", async () => {
  const year = JSON.parse(runPmo(["history", "--json"]))[0].year;
  const exported = JSON.parse(runPmo(["export", "--year", String(year), "--format", "json"]));
  const expected = exported.directorates.reduce((sum, d) => sum + cents(d.landing), 0n);
  await go("dashboard");
  const kpi = await wd.waitFor('[data-testid="kpi-landing"]', { accept: async (e) => !!(await wd.attribute(e, "data-value")) });
  const shown = await wd.attribute(kpi, "data-value");
  assert.equal(cents(shown), expected, `dashboard landing ${shown} = sum of the exported directorates' landings`);
  const text = await wd.text(kpi);
  assert.match(text, /€/, "the key figure is formatted as money");
  await shot("dashboard");
  // A key figure opens the directorates it is the sum of.
  await wd.click(await wd.waitFor('[data-testid="explain-portfolio-landing"]'));
  const parts = await wd.text(await wd.waitFor('[data-testid="sum-trace"]'));
  assert.match(parts, /Atterrissage du portefeuille/, `the card names the total: ${parts.slice(0, 200)}`);
  assert.match(parts, /DSI/, "and lists the directorates");
});

test("a project opens from the portfolio, and a figure shows its source cells", async () => {
  await go("portfolio");
  const row = await wd.waitFor('[data-project="DAF-01"] td');
  await shot("portfolio");
  await wd.click(row);
  const landing = await wd.waitFor('[data-testid="figure-landing"]');
  await wd.click(landing);
  const trace = await wd.waitFor('[data-testid="trace"]');
  const text = await wd.text(trace);
  assert.match(text, /[A-Za-zéè]+!\$?[A-Z]+\$?\d+/, `the trace lists Sheet!Cell references: ${text.slice(0, 200)}`);
  await shot("project");
  // The météo shown says which row of which return it was read from.
  await wd.click(await wd.waitFor('[data-testid="explain-weather"]'));
  const source = await wd.text(await wd.waitFor('[data-testid="weather-source"]'));
  assert.match(source, /remontée R\d|aucune remontée/, `the météo's source: ${source}`);
});

test("a directorate's landing opens the projects it is the sum of", async () => {
  await go("directorates");
  await wd.click(await wd.waitFor('[data-testid="explain-landing-DSI"]'));
  const card = await wd.waitFor('[data-testid="sum-trace"]');
  const text = await wd.text(card);
  assert.match(text, /Atterrissage de DSI/, `the card names the figure: ${text.slice(0, 200)}`);
  assert.match(text, /DSI-01/, "and lists the directorate's projects");
  await shot("directorates-trace");
});

test("the other screens render", async () => {
  for (const screen of ["directorates", "capacity", "templates", "settings"]) {
    await go(screen);
    await wd.waitFor("main h1");
    await shot(screen);
  }
});

test("Paramètres lists the automatic backups that `pmo backup --list` gives", async () => {
  // The app imports file by file: the batch is preceded by one backup, from the second file on
  // (the first found an empty database, with nothing to keep).
  const listed = JSON.parse(runPmo(["backup", "--list", "--json"]));
  assert.equal(listed.length, 1, JSON.stringify(listed));
  await go("settings");
  const row = await wd.waitFor("[data-backup]");
  assert.equal(await wd.attribute(row, "data-backup"), listed[0].path);
  assert.equal((await wd.findAll("[data-backup]")).length, listed.length);
  assert.match(await wd.text(row), /Avant un import/);
  await wd.execute("document.querySelector('[data-backup]').scrollIntoView({ block: 'center' })");
  await shot("settings-backups");
});

test("the CODIR pack is generated into the output folder", async () => {
  await go("reports");
  const button = await wd.waitFor('[data-testid="generate-report"]', { accept: (e) => wd.enabled(e) });
  await wd.click(button);
  const path = await wd.waitFor('[data-testid="report-path"]', { timeout: 60000, accept: async (e) => (await wd.text(e)).includes(".pdf") });
  const shown = (await wd.text(path)).trim();
  const file = shown.slice(shown.indexOf("/"));
  assert.ok(file.startsWith(output), `the report is written under the output folder ${output}: ${file}`);
  assert.ok(existsSync(file), `${file} exists`);
  assert.equal(readFileSync(file).subarray(0, 5).toString(), "%PDF-", "it is a PDF");
  const recorded = JSON.parse(runPmo(["reports", "--json"]));
  assert.equal(recorded[0].file_path, file, "the report is recorded in the store");
  assert.equal(recorded[0].options.quarter, 2, "the default quarter is the latest the demo's returns close (R2 → T2), not the clock's");
  await shot("reports");
});
