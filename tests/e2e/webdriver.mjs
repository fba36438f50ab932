// A minimal W3C WebDriver client (Node's fetch, no dependency) for driving the real PMO Desk
// window through tauri-driver. Only what the end-to-end tests use: sessions, elements, clicks,
// text, attributes, scripts and screenshots. Every wait has a deadline and says what it waited for.

import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

export class WebDriver {
  constructor(base) {
    this.base = base;
    this.session = null;
  }

  async request(method, path, body) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = await response.json().catch(() => ({}));
    if (!response.ok || (payload.value && payload.value.error)) {
      const error = payload.value?.error ?? response.status;
      const message = payload.value?.message ?? "";
      throw new Error(`WebDriver ${method} ${path}: ${error} ${message}`.trim());
    }
    return payload.value;
  }

  async start(application, args, env) {
    const capabilities = {
      capabilities: {
        alwaysMatch: { "tauri:options": { application, args, ...(env ? { env } : {}) } },
      },
    };
    const value = await this.request("POST", "/session", capabilities);
    this.session = value.sessionId;
    return this;
  }

  async quit() {
    if (this.session) {
      await this.request("DELETE", `/session/${this.session}`).catch(() => {});
      this.session = null;
    }
  }

  s(path) {
    return `/session/${this.session}${path}`;
  }

  async find(css) {
    const value = await this.request("POST", this.s("/element"), { using: "css selector", value: css });
    return Object.values(value)[0];
  }

  async findAll(css) {
    const value = await this.request("POST", this.s("/elements"), { using: "css selector", value: css });
    return value.map((v) => Object.values(v)[0]);
  }

  /** Waits until `css` matches an element (and `accept(element)` holds), then returns it. */
  async waitFor(css, { timeout = 20000, accept } = {}) {
    const deadline = Date.now() + timeout;
    let last = "";
    while (Date.now() < deadline) {
      try {
        const element = await this.find(css);
        if (!accept || (await accept(element))) return element;
        last = "condition not met";
      } catch (e) {
        last = e.message;
      }
      await sleep(150);
    }
    throw new Error(`waited ${timeout} ms for ${css}: ${last}`);
  }

  async click(element) {
    await this.request("POST", this.s(`/element/${element}/click`), {});
  }

  async text(element) {
    return this.request("GET", this.s(`/element/${element}/text`));
  }

  async attribute(element, name) {
    return this.request("GET", this.s(`/element/${element}/attribute/${name}`));
  }

  async enabled(element) {
    return this.request("GET", this.s(`/element/${element}/enabled`));
  }

  async execute(script, args = []) {
    return this.request("POST", this.s("/execute/sync"), { script, args });
  }

  /** The window as a PNG (bytes). */
  async screenshot() {
    const b64 = await this.request("GET", this.s("/screenshot"));
    return Buffer.from(b64, "base64");
  }
}

/** Starts tauri-driver on `port` and waits until it answers. */
export async function startDriver(port, env) {
  const child = spawn("tauri-driver", ["--port", String(port)], { env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`tauri-driver exited: ${log}`);
    try {
      await fetch(`http://127.0.0.1:${port}/status`);
      return { child, log: () => log };
    } catch {
      await sleep(100);
    }
  }
  child.kill();
  throw new Error(`tauri-driver did not answer on port ${port}: ${log}`);
}
