// The Capacité and Fiche projet screens against a mocked api.ts: a selected team's quarter lists
// the Charges and Capacité cells it is the sum of; the météo shown says where it was read.
import { render, screen, fireEvent } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as api from "../lib/api";
import { app } from "../lib/app.svelte";
import { setLang } from "../lib/prefs.svelte";
import capacityJson from "../test/fixtures/capacity.json";
import type { CapacityView } from "../lib/types";
import Capacity from "./Capacity.svelte";

vi.mock("../lib/api", async (importOriginal) => {
  const real = await importOriginal<typeof import("../lib/api")>();
  return { ...real, capacity: vi.fn(), traceManDays: vi.fn() };
});

beforeEach(() => {
  setLang("fr");
  app.year = 2026;
  app.campaign = null;
});

describe("Capacité", () => {
  it("a team's quarter lists the cells its workload and capacity are the sum of", async () => {
    const view = capacityJson as unknown as CapacityView;
    vi.mocked(api.capacity).mockResolvedValue(view);
    vi.mocked(api.traceManDays).mockImplementation(async (_y, _c, directorate, name, figure) => ({
      directorate,
      team: name,
      figure,
      value: "10",
      campaign: "R2",
      return_id: 1,
      cells:
        figure === "planned"
          ? [{ project: "DSI-01", quarter: 1, cell: "Charges!C2", value: "10" }]
          : [{ project: null, quarter: 1, cell: "Capacité!B2", value: "120" }],
    }));
    render(Capacity);
    const first = await vi.waitFor(() => {
      const b = document.querySelector("button.hc-cell, td.hc button") as HTMLElement;
      expect(b).toBeTruthy();
      return b;
    });
    await fireEvent.click(first);
    const cells = await screen.findByTestId("capacity-cells");
    const [year, campaign, directorate, name, figure] = vi.mocked(api.traceManDays).mock.calls[0];
    expect([year, campaign, figure]).toEqual([2026, null, "planned"]);
    expect(view.teams.some((t) => t.directorate === directorate && t.team === name), "the team clicked").toBe(true);
    expect(cells.textContent).toContain("Charges!C2");
    expect(cells.textContent).toContain("Capacité!B2");
  });
});
