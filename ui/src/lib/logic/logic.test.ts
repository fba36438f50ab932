// The screens' logic as pure functions, against the CLI's real JSON (src/test/fixtures, from
// `pmo status|alerts|capacity --json` on the demo portfolio) and small hand-made cases.
import { describe, expect, it } from "vitest";
import status from "../../test/fixtures/status.json";
import alerts from "../../test/fixtures/alerts.json";
import capacityJson from "../../test/fixtures/capacity.json";
import { sumStrings } from "../decimal";
import type { AlertView, CapacityView, ImportCheck, PortfolioSummary, ProjectSummary } from "../types";
import { alertTarget, keyFigures, quarterStacks, weatherSlices } from "./dashboard";
import { band, legendBands, nearThreshold, orderTeams } from "./capacity";
import { addPaths, canImportAll, findings, groupedFindings, importable, orderCards, stateOfCheck, summarize, type FileCard } from "./imports";
import { nextTemplate, sourceYear } from "./templates";
import { defaultQuarter } from "./reports";
import { NO_FILTER, filterProjects, fold, nextSort, sortProjects, totals } from "./portfolio";

const summary = status as unknown as PortfolioSummary;

function project(code: string, over: Partial<ProjectSummary> = {}): ProjectSummary {
  return {
    directorate: code.split("-")[0],
    code,
    name: `Projet ${code}`,
    status: "in_progress",
    weather: "sunny",
    ambition: "Croissance",
    initiative: null,
    campaign: "R2",
    budget_voted: "100.00",
    actual: "10.00",
    landing: "100.00",
    variance: "0.00",
    variance_ratio: "0.0000",
    burn_rate: "0.1000",
    outside_initial_budget: false,
    missing_from_latest: false,
    figures_campaign: "R2",
    request: null,
    ...over,
  };
}

describe("decimal sums", () => {
  it("adds decimal strings exactly, where floats drift", () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004.
    expect(sumStrings(["0.10", "0.20"]), "cents must add exactly").toBe("0.30");
    const many = Array.from({ length: 1000 }, () => "1234567.89");
    expect(sumStrings(many), "a thousand amounts add without float error").toBe("1234567890.00");
    expect(sumStrings(["-5.5", null, "2.25"]), "nulls are skipped, signs kept").toBe("-3.25");
  });
});

describe("portfolio", () => {
  const all = [
    project("DSI-01", { name: "Refonte du réseau", landing: "1500.50", budget_voted: "1000.00", variance: "500.50", weather: "stormy" }),
    project("DSI-02", { name: "Poste de travail", landing: "200.25", weather: null, ambition: null }),
    project("DRH-01", { name: "Paie", landing: "0.25", status: "on_hold", weather: "rainy" }),
    project("DAF-10", { name: "Clôture rapide", budget_voted: null, variance: null, landing: "50.00" }),
  ];

  it("searches code and name, without case or accents", () => {
    expect(filterProjects(all, { ...NO_FILTER, search: "reseau" }).map((p) => p.code)).toEqual(["DSI-01"]);
    expect(filterProjects(all, { ...NO_FILTER, search: "drh" }).map((p) => p.code)).toEqual(["DRH-01"]);
    expect(filterProjects(all, { ...NO_FILTER, search: "dsi poste" }).map((p) => p.code), "every word must match").toEqual(["DSI-02"]);
    expect(fold("Équipe Qualité")).toBe("equipe qualite");
  });

  it("filters by directorate, status, météo and ambition, with 'none' for missing values", () => {
    expect(filterProjects(all, { ...NO_FILTER, directorate: "DSI" })).toHaveLength(2);
    expect(filterProjects(all, { ...NO_FILTER, status: "on_hold" }).map((p) => p.code)).toEqual(["DRH-01"]);
    expect(filterProjects(all, { ...NO_FILTER, weather: "none" }).map((p) => p.code)).toEqual(["DSI-02"]);
    expect(filterProjects(all, { ...NO_FILTER, ambition: "none" }).map((p) => p.code)).toEqual(["DSI-02"]);
  });

  it("sorts money by value, not as text, and weather from sunny to stormy", () => {
    const byLanding = sortProjects(all, { key: "landing", descending: true }).map((p) => p.code);
    expect(byLanding, "1500.50 > 200.25 > 50.00 > 0.25 (text order would put 50 before 200)").toEqual(["DSI-01", "DSI-02", "DAF-10", "DRH-01"]);
    const byWeather = sortProjects(all, { key: "weather", descending: false }).map((p) => p.weather);
    expect(byWeather).toEqual(["sunny", "rainy", "stormy", null]);
    expect(nextSort({ key: "code", descending: false }, "landing"), "a figure column starts with the largest").toEqual({ key: "landing", descending: true });
    expect(nextSort({ key: "landing", descending: true }, "landing").descending).toBe(false);
  });

  it("totals the filtered set exactly, and gives no budget total when one budget is unknown", () => {
    const dsi = totals(filterProjects(all, { ...NO_FILTER, directorate: "DSI" }));
    expect(dsi).toEqual({ count: 2, budget_voted: "1100.00", actual: "20.00", landing: "1700.75", variance: "600.75" });
    const everything = totals(all);
    expect(everything.landing).toBe("1751.00");
    expect(everything.budget_voted, "a partial budget total would understate the budget").toBeNull();
    expect(everything.variance).toBeNull();
  });
});

describe("imports", () => {
  const check = (status: "imported" | "unchanged" | "rejected"): ImportCheck => ({
    report: {
      file: "/x.xlsx",
      status,
      directorate: "DSI",
      year: 2026,
      campaign: "R2",
      errors: status === "rejected" ? [{ sheet: "Budget", cell: "F12", message: "bad", code: "AmountInvalid" }] : [],
      warnings: [{ sheet: "Projets", cell: "B3", message: "rounded", code: "AmountRounded" }],
      dry_run: true,
      return_id: null,
      superseded_return_id: null,
      projects: 10,
      landing_before: null,
      landing_after: null,
      landing_delta: null,
    },
    changes: null,
  });

  it("a dry run's status decides whether the file can be imported", () => {
    expect(stateOfCheck(check("imported"))).toBe("ready");
    expect(stateOfCheck(check("unchanged"))).toBe("unchanged");
    expect(stateOfCheck(check("rejected"))).toBe("rejected");
  });

  it("lists errors before warnings", () => {
    expect(findings(check("rejected").report).map((f) => f.severity)).toEqual(["error", "warning"]);
  });

  it("adds dropped files once, and imports only the ready ones", () => {
    const first = addPaths([], ["/a.xlsx", "/b.xlsx", "/a.xlsx"]);
    expect(first.added, "a file dropped twice is checked once").toEqual(["/a.xlsx", "/b.xlsx"]);
    const again = addPaths(first.cards, ["/b.xlsx", "/c.xlsx"]);
    expect(again.added).toEqual(["/c.xlsx"]);
    const cards: FileCard[] = again.cards.map((c, i) => ({ ...c, state: (["ready", "rejected", "ready"] as const)[i] }));
    expect(importable(cards).map((c) => c.path)).toEqual(["/a.xlsx", "/c.xlsx"]);
    expect(canImportAll(cards), "ready files and nothing checking: importable").toBe(true);
    const midway: FileCard[] = cards.map((c, i) => (i === 1 ? { ...c, state: "checking" } : c));
    expect(canImportAll(midway), "a file still checking holds the import back, else it would be left out").toBe(false);
    expect(summarize([check("imported").report, check("rejected").report, check("imported").report])).toEqual({ imported: 2, unchanged: 0, rejected: 1 });
  });
});

describe("capacity heat map", () => {
  const cap = capacityJson as unknown as CapacityView;

  it("puts overloaded teams first, then the busiest", () => {
    const order = orderTeams(cap.teams).map((t) => t.team);
    expect(order[0], "the overloaded team leads").toBe("Études et développement");
    expect(order.slice(1)).toEqual(["Qualité, sécurité, environnement", "Communication digitale", "Méthodes et industrialisation", "Communication interne"]);
  });

  it("bands loads against the threshold exactly", () => {
    expect(band("100.00", "100.00"), "at the threshold is not over it").toBe("near");
    expect(band("100.01", "100.00")).toBe("over");
    expect(band("79.99", "100.00")).toBe("mid");
    expect(band("80.00", "100.00")).toBe("near");
    expect(band("20.83", "100.00")).toBe("low");
    expect(band(null, "100.00")).toBe("none");
    expect(nearThreshold("100.00")).toBe("80.000");
    expect(nearThreshold("90")).toBe("72.0");
  });

  it("the legend lists every band a cell can take, with the bounds band() uses", () => {
    const legend = legendBands("100.00");
    const shown = new Set(legend.map((b) => b.band));
    for (const load of ["10", "49.99", "50", "79.99", "80", "100", "100.01", null]) {
      const b = band(load, "100.00");
      expect(shown.has(b), `a ${load ?? "missing"} % cell is ${b}: the legend must show that band`).toBe(true);
    }
    // "de X à Y" bands include their lower bound; "au-delà de" the threshold excludes it.
    for (const b of legend) {
      if (b.low != null && b.high != null) expect(band(b.low, "100.00"), `${b.band} starts at ${b.low}`).toBe(b.band);
    }
    expect(band("100.00", "100.00"), "the threshold itself is not yet over it").not.toBe("over");
    expect(legend.find((b) => b.band === "low")?.high).toBe("50.000");
    expect(legend.find((b) => b.band === "mid")).toEqual({ band: "mid", low: "50.000", high: "80.000" });
  });
});

describe("dashboard", () => {
  it("key figures are the summary's, untouched, and the alerts counted by severity", () => {
    const k = keyFigures(summary, alerts as unknown as AlertView[]);
    expect(k.landing).toBe("15248291.40");
    expect(k.budget_voted).toBe("13890000.00");
    expect(k.projects).toBe(45);
    expect(k.in_progress).toBe(37);
    const list = alerts as unknown as AlertView[];
    expect(k.critical).toBe(list.filter((a) => a.severity === "critical").length);
    expect(k.critical, "the fixture has critical alerts, so the count means something").toBeGreaterThan(0);
    expect(k.critical + k.major + k.minor, "every alert of the fixture is counted once").toBe(list.length);
  });

  it("each quarter's landing splits into actual and forecast that add back exactly", () => {
    const stacks = quarterStacks(summary);
    expect(stacks).toHaveLength(4);
    for (const q of stacks) {
      expect(sumStrings([q.actual, q.forecast]), `T${q.quarter}: actual + forecast = landing`).toBe(sumStrings([q.landing]));
    }
    expect(stacks[2].forecast, "an open quarter is all forecast").toBe("4302100.00");
  });

  it("météo slices go sunny to stormy, then projects without météo", () => {
    expect(weatherSlices(summary)).toEqual([
      { weather: "sunny", count: 28 },
      { weather: "cloudy", count: 8 },
      { weather: "rainy", count: 4 },
      { weather: "stormy", count: 2 },
      { weather: null, count: 3 },
    ]);
  });

  it("an alert leads to its project, else to the directorates", () => {
    const list = alerts as unknown as AlertView[];
    const direct = list.find((a) => a.project == null)!;
    const proj = list.find((a) => a.project != null)!;
    expect(alertTarget(direct)).toEqual({ screen: "directorates" });
    expect(alertTarget(proj)).toEqual({ screen: "project", project: proj.project });
  });
});

describe("templates", () => {
  it("defaults to the campaign after the year's latest current one", () => {
    expect(nextTemplate(2026, ["BI", "R1", "R2"]), "after R2 the directorates are sent R3").toEqual({ year: 2026, campaign: "R3" });
    expect(nextTemplate(2026, ["R1", "BI"]), "order of the list does not matter").toEqual({ year: 2026, campaign: "R2" });
    expect(nextTemplate(2026, ["BI"])).toEqual({ year: 2026, campaign: "R1" });
    expect(nextTemplate(2026, ["BI", "R3"])).toEqual({ year: 2026, campaign: "CL" });
  });

  it("after the closing, the next year's initial budget", () => {
    expect(nextTemplate(2026, ["BI", "R1", "R2", "R3", "CL"])).toEqual({ year: 2027, campaign: "BI" });
  });

  it("a year without returns starts with its initial budget", () => {
    expect(nextTemplate(2026, [])).toEqual({ year: 2026, campaign: "BI" });
  });

  it("directorates of a year without returns come from the latest earlier year", () => {
    expect(sourceYear([2025, 2026], 2027), "next year's BI is prefilled from this year").toBe(2026);
    expect(sourceYear([2025, 2026], 2025)).toBe(2025);
    expect(sourceYear([2025, 2026], 2024), "nothing earlier: the year itself").toBe(2024);
    expect(sourceYear([], 2026)).toBe(2026);
  });
});

describe("reports", () => {
  it("defaults to the latest quarter the returns close, never the clock's", () => {
    expect(defaultQuarter(["BI", "R1", "R2", "R2"]), "R2 closes T2: a December pack is not T4").toBe(2);
    expect(defaultQuarter(["R1", "R3"])).toBe(3);
    expect(defaultQuarter(["CL"])).toBe(4);
    expect(defaultQuarter(["BI"]), "only the budget: T1").toBe(1);
    expect(defaultQuarter([]), "nothing yet: T1").toBe(1);
  });
});

describe("imports: refused files and repeated findings", () => {
  const card = (path: string, state: FileCard["state"]): FileCard => ({ path, state, check: null, result: null, error: null });

  it("lists refused and failed files first, each group in file order", () => {
    const cards = [card("/a", "ready"), card("/b", "rejected"), card("/c", "unchanged"), card("/d", "failed"), card("/e", "rejected")];
    expect(orderCards(cards).map((c) => c.path)).toEqual(["/b", "/d", "/e", "/a", "/c"]);
  });

  it("says the same finding on many rows once, naming every cell", () => {
    const same = (cell: string) => ({ sheet: "Budget", cell, message: "« DSI-99 » n'est pas un code de la feuille Projets.", code: "UnknownProject" });
    const report = {
      errors: [same("A2"), same("A3"), { sheet: "Budget", cell: "F4", message: "Montant illisible", code: "AmountInvalid" }, same("A9")],
      warnings: [],
    } as unknown as Parameters<typeof groupedFindings>[0];
    const grouped = groupedFindings(report, (f) => `${f.sheet}!${f.cell}`);
    expect(grouped.map((g) => [g.code, g.places])).toEqual([
      ["UnknownProject", ["Budget!A2", "Budget!A3", "Budget!A9"]],
      ["AmountInvalid", ["Budget!F4"]],
    ]);
  });
});
