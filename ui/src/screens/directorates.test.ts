// The Directions screen against a mocked api.ts: a click on a directorate's figure explains it
// (pmo trace --directorate), the projects it is the sum of, or where its envelope was read.
import { render, screen, fireEvent } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as api from "../lib/api";
import { app } from "../lib/app.svelte";
import { setLang } from "../lib/prefs.svelte";
import type { DirectorateOverview, SumTrace } from "../lib/types";
import Directorates from "./Directorates.svelte";

vi.mock("../lib/api", async (importOriginal) => {
  const real = await importOriginal<typeof import("../lib/api")>();
  return { ...real, directorates: vi.fn(), traceSum: vi.fn() };
});

const daf: DirectorateOverview = {
  code: "DAF",
  name: "Direction administrative et financière",
  envelope: "2270000.00",
  budget_voted: "2135000.00",
  actual: "1000.00",
  landing: "2195776.97",
  variance: "60776.97",
  envelope_gap: "-74223.03",
  project_count: 2,
  current_campaign: "R2",
  campaigns: [],
};

beforeEach(() => {
  setLang("fr");
  app.year = 2026;
  vi.mocked(api.directorates).mockResolvedValue([daf]);
});

describe("Directions", () => {
  it("a click on the landing lists the projects it is the sum of", async () => {
    const landing: SumTrace = {
      year: 2026,
      scope: "directorate",
      directorate: "DAF",
      figure: "landing",
      value: "2195776.97",
      parts: [
        { kind: "project", directorate: "DAF", code: "DAF-01", name: "Achats", campaign: "R2", value: "1500000.00" },
        { kind: "project", directorate: "DAF", code: "DAF-02", name: "Factures", campaign: "R1", value: "695776.97" },
      ],
      envelope_source: null,
    };
    vi.mocked(api.traceSum).mockResolvedValue(landing);
    render(Directorates);
    await fireEvent.click(await screen.findByTestId("explain-landing-DAF"));
    expect(api.traceSum).toHaveBeenCalledWith(2026, null, "DAF", "landing");
    const card = await screen.findByTestId("sum-trace");
    expect(card.textContent).toContain("Atterrissage de DAF : 2\u202f195\u202f777\u00a0€, somme de 2 projets");
    expect(card.textContent, "a project missing from R2 says its figures are R1's").toContain("R1");
  });

  it("a click on the envelope says which return and cell it was read from", async () => {
    vi.mocked(api.traceSum).mockResolvedValue({
      year: 2026,
      scope: "directorate",
      directorate: "DAF",
      figure: "envelope",
      value: "2270000.00",
      parts: [],
      envelope_source: { return_id: 3, campaign: "R2", file_name: "2026-DAF-R2.xlsx", imported_at: "2026-07-10T08:00:00Z", sheet: "Direction", cell: "B8" },
    });
    render(Directorates);
    await fireEvent.click(await screen.findByTestId("explain-envelope-DAF"));
    const source = await screen.findByTestId("envelope-source");
    expect(source.textContent).toContain("remontée R2 n° 3 (2026-DAF-R2.xlsx");
    expect(source.textContent).toContain("Direction!B8");
  });
});
