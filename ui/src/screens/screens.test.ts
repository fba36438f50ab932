// Screens rendered against a mocked api.ts: loading, then the data; an IPC error shows its
// message and a retry that calls the command again.
import { render, screen, fireEvent, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import status from "../test/fixtures/status.json";
import alerts from "../test/fixtures/alerts.json";
import * as api from "../lib/api";
import { app } from "../lib/app.svelte";
import { setLang, setUnit } from "../lib/prefs.svelte";
import type { Dashboard as DashboardData, ProjectSummary } from "../lib/types";
import Dashboard from "./Dashboard.svelte";
import Portfolio from "./Portfolio.svelte";

vi.mock("../lib/api", async (importOriginal) => {
  const real = await importOriginal<typeof import("../lib/api")>();
  return { ...real, dashboard: vi.fn(), projects: vi.fn(), exportFile: vi.fn(), pickSavePath: vi.fn(), traceSum: vi.fn() };
});

const dashboardData = {
  summary: status,
  alerts,
  campaigns: ["BI", "R1", "R2"],
  today: "2026-11-22",
  coverage_note: null,
} as unknown as DashboardData;

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

beforeEach(() => {
  vi.mocked(api.dashboard).mockReset();
  vi.mocked(api.projects).mockReset();
  app.year = 2026;
  app.campaign = null;
  app.screen = "dashboard";
  setLang("fr");
  setUnit("eur");
});

describe("Tableau de bord", () => {
  it("shows loading, then the key figures in French with the raw landing for the e2e tests", async () => {
    const d = deferred<DashboardData>();
    vi.mocked(api.dashboard).mockReturnValue(d.promise);
    render(Dashboard);
    expect(screen.getByTestId("loading")).toBeTruthy();
    expect(api.dashboard).toHaveBeenCalledWith(2026, null);
    d.resolve(dashboardData);
    const kpi = await screen.findByTestId("kpi-landing");
    expect(kpi.getAttribute("data-value"), "the raw decimal string, for WebDriver").toBe("15248291.40");
    expect(kpi.textContent).toContain("15\u202f248\u202f291\u00a0€");
    expect(screen.getByText("Alertes critiques")).toBeTruthy();
    expect(app.campaigns, "the header offers the year's campaigns").toEqual(["BI", "R1", "R2"]);
    expect(screen.queryByTestId("coverage-note"), "every directorate returned R2: nothing to say").toBeNull();
  });

  it("a key figure opens the directorates it is the sum of, as of the campaign on screen", async () => {
    vi.mocked(api.dashboard).mockResolvedValue(dashboardData);
    vi.mocked(api.traceSum).mockResolvedValue({
      year: 2026,
      scope: "portfolio",
      directorate: null,
      figure: "landing",
      value: "300.00",
      parts: [
        { kind: "directorate", directorate: "DSI", code: "DSI", name: "SI", campaign: "R2", value: "200.00" },
        { kind: "directorate", directorate: "DRH", code: "DRH", name: "RH", campaign: "R1", value: "100.00" },
      ],
      envelope_source: null,
    });
    app.campaign = "R2";
    render(Dashboard);
    await fireEvent.click(await screen.findByTestId("explain-portfolio-landing"));
    expect(api.traceSum).toHaveBeenCalledWith(2026, "R2", null, "landing");
    const card = await screen.findByTestId("sum-trace");
    expect(card.textContent).toContain("Atterrissage du portefeuille : 300\u00a0€, somme de 2 directions");
  });

  it("says who has not returned the campaign shown, and shows requests apart from the budget voted", async () => {
    const note = "Sans remontée R2 : DRH (chiffres de R1).";
    const requests = { count: 2, amount: "500000.00", projects: [] };
    vi.mocked(api.dashboard).mockResolvedValue({
      ...dashboardData,
      summary: { ...dashboardData.summary, requests },
      coverage_note: note,
    } as DashboardData);
    render(Dashboard);
    expect((await screen.findByTestId("coverage-note")).textContent).toBe(note);
    expect(screen.getByTestId("kpi-requests").textContent).toBe("Hors budget voté : 2 demandes pour 500\u202f000\u00a0€");
  });

  it("an alert with a project opens its sheet; one without opens the Directions", async () => {
    vi.mocked(api.dashboard).mockResolvedValue(dashboardData);
    render(Dashboard);
    const list = await screen.findByTestId("alerts");
    const buttons = within(list).getAllByRole("button");
    const withProject = alerts.findIndex((a) => a.project != null);
    await fireEvent.click(buttons[withProject]);
    expect(app.screen).toBe("project");
    expect(app.project).toBe(alerts[withProject].project);
    await fireEvent.click(buttons[alerts.findIndex((a) => a.project == null)]);
    expect(app.screen).toBe("directorates");
  });

  it("shows the IPC error's message, and Réessayer calls the command again", async () => {
    vi.mocked(api.dashboard).mockRejectedValueOnce({ code: "no_return_for_year", message: "Aucune remontée pour l'exercice 2026." });
    render(Dashboard);
    const error = await screen.findByTestId("error");
    expect(error.textContent).toContain("Aucune remontée pour l'exercice 2026.");
    vi.mocked(api.dashboard).mockResolvedValueOnce(dashboardData);
    await fireEvent.click(within(error).getByRole("button", { name: "Réessayer" }));
    expect(await screen.findByTestId("kpi-landing")).toBeTruthy();
    expect(api.dashboard).toHaveBeenCalledTimes(2);
  });
});

describe("Portefeuille", () => {
  const rows: ProjectSummary[] = [
    { directorate: "DSI", code: "DSI-01", name: "Refonte du portail client", status: "in_progress", weather: "cloudy", ambition: "A", initiative: null, campaign: "R2", budget_voted: "1150000.00", actual: "500000.10", landing: "1322535.40", variance: "172535.40", variance_ratio: "0.1500", burn_rate: "0.4348", outside_initial_budget: false, missing_from_latest: false, figures_campaign: "R2", request: null },
    { directorate: "DRH", code: "DRH-01", name: "Paie", status: "done", weather: "sunny", ambition: "B", initiative: null, campaign: "R2", budget_voted: "100.00", actual: "0.20", landing: "0.10", variance: "-99.90", variance_ratio: "-0.9990", burn_rate: "0.0020", outside_initial_budget: false, missing_from_latest: false, figures_campaign: "R2", request: null },
  ];

  it("lists the projects and sums the filtered set exactly", async () => {
    vi.mocked(api.projects).mockResolvedValue(rows);
    render(Portfolio);
    expect(await screen.findByTestId("portfolio-table")).toBeTruthy();
    expect(document.querySelectorAll("tr[data-project]")).toHaveLength(2);
    expect(screen.getByTestId("shown-landing").getAttribute("data-value"), "1322535.40 + 0.10 exactly").toBe("1322535.50");
    await fireEvent.input(screen.getByTestId("search"), { target: { value: "paie" } });
    expect(document.querySelectorAll("tr[data-project]")).toHaveLength(1);
    expect(screen.getByTestId("shown-landing").getAttribute("data-value")).toBe("0.10");
  });

  it("exports what it shows: the filtered rows, the campaign on screen, the filters in words", async () => {
    vi.mocked(api.projects).mockResolvedValue(rows);
    vi.mocked(api.pickSavePath).mockResolvedValue("/tmp/p.csv");
    vi.mocked(api.exportFile).mockResolvedValue("/tmp/p.csv");
    app.campaign = "R1";
    render(Portfolio);
    await screen.findByTestId("portfolio-table");
    await fireEvent.input(screen.getByTestId("search"), { target: { value: "paie" } });
    await fireEvent.click(screen.getByRole("button", { name: "Exporter en CSV…" }));
    await vi.waitFor(() => expect(api.exportFile).toHaveBeenCalled());
    expect(api.exportFile).toHaveBeenCalledWith(2026, "csv", "/tmp/p.csv", "R1", ["DRH-01"], ["Recherche : « paie »"]);
  });

  it("a row opens the project's sheet with Enter", async () => {
    vi.mocked(api.projects).mockResolvedValue(rows);
    render(Portfolio);
    await screen.findByTestId("portfolio-table");
    const row = document.querySelector('tr[data-project="DRH-01"]') as HTMLElement;
    await fireEvent.keyDown(row, { key: "Enter" });
    expect(app.screen).toBe("project");
    expect(app.project).toBe("DRH-01");
  });
});
