// The desktop app's cold start to its first painted dashboard, measured over WebDriver
// (tauri-driver → WebKitWebDriver) with the end-to-end tests' client: the time from the new
// session request — which launches PMO Desk — until `[data-testid="kpi-landing"]` carries a
// `data-value` (the dashboard's landing figure, rendered from the database). It includes
// WebDriver's own session overhead, measured separately as `session_ms` (request → session).
//
// Run under Xvfb by pmo-bench: `xvfb-run -a node bench/cold_start.mjs RUNS`, with PMO_DESK_BIN
// (the app) and PMO_DB (a database with the demo imported). Prints JSON {"ms": [...], "session_ms"}.

import { WebDriver, startDriver } from "../tests/e2e/webdriver.mjs";
import { resolve } from "node:path";

const runs = Number(process.argv[2] ?? 3);
const app = resolve(process.env.PMO_DESK_BIN);
const port = Number(process.env.PMO_BENCH_PORT ?? 4454);

/** Polls every 20 ms (waitFor's 150 ms would blur the measure) until the landing KPI has its value. */
async function painted(wd) {
  const deadline = performance.now() + 30000;
  let last = "";
  while (performance.now() < deadline) {
    try {
      const el = await wd.find('[data-testid="kpi-landing"]');
      if (await wd.attribute(el, "data-value")) return;
      last = "no data-value yet";
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no painted dashboard after 30 s: ${last}`);
}

const driver = await startDriver(port, { ...process.env });
const ms = [];
const session = [];
try {
  // One unmeasured launch first: the first start after a build also pays for the disk cache.
  for (let i = 0; i <= runs; i++) {
    const wd = new WebDriver(`http://127.0.0.1:${port}`);
    const t0 = performance.now();
    await wd.start(app, [], { PMO_DB: process.env.PMO_DB });
    const t1 = performance.now();
    await painted(wd);
    const t2 = performance.now();
    await wd.quit();
    if (i > 0) {
      ms.push(t2 - t0);
      session.push(t1 - t0);
    }
  }
} finally {
  driver.child.kill();
}
session.sort((a, b) => a - b);
console.log(JSON.stringify({ ms, session_ms: session[Math.floor(session.length / 2)] }));
