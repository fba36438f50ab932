// The Imports screen against a mocked api.ts: files handed over are checked and shown as cards
// (errors first, with their Feuille!Cellule); "Importer" imports only the importable ones.
import { render, screen, fireEvent, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as api from "../lib/api";
import { app } from "../lib/app.svelte";
import { setLang } from "../lib/prefs.svelte";
import type { FileReportView, ImportCheck } from "../lib/types";
import Imports from "./Imports.svelte";

vi.mock("../lib/api", async (importOriginal) => {
  const real = await importOriginal<typeof import("../lib/api")>();
  return { ...real, checkFile: vi.fn(), importFile: vi.fn(), history: vi.fn() };
});

function report(file: string, status: FileReportView["status"], dryRun: boolean): FileReportView {
  return {
    file,
    status,
    directorate: "DSI",
    year: 2026,
    campaign: "R2",
    errors: status === "rejected" ? [{ sheet: "Budget", cell: "F12", message: "Montant illisible", code: "AmountInvalid" }] : [],
    warnings: [{ sheet: "Projets", cell: "B3", message: "Arrondi au centime", code: "AmountRounded" }],
    dry_run: dryRun,
    return_id: dryRun ? null : 16,
    superseded_return_id: null,
    projects: 10,
    landing_before: null,
    landing_after: null,
    landing_delta: null,
  };
}

beforeEach(() => {
  setLang("fr");
  app.incoming = [];
  vi.mocked(api.history).mockResolvedValue([]);
  vi.mocked(api.checkFile).mockImplementation(async (path: string): Promise<ImportCheck> => {
    if (path.endsWith("bad.xlsx")) return { report: report(path, "rejected", true), changes: null };
    return {
      report: report(path, "imported", true),
      changes: {
        supersedes: { id: 15, directorate: "DSI", year: 2026, campaign: "R2", file_name: "old.xlsx", imported_at: "2026-06-30T10:00:00Z", submitted_on: null },
        previous: null,
        projects_added: [{ code: "DSI-11", name: "Nouveau" }],
        projects_removed: [],
        landing_before: "5000000.00",
        landing_after: "5123456.78",
        landing_delta: "123456.78",
        budget_voted_after: "4990000.00",
      },
    };
  });
  vi.mocked(api.importFile).mockImplementation(async (path: string) => report(path, "imported", false));
});

describe("Imports", () => {
  it("checks the files handed over, shows what they change, imports the importable ones and records the refused", async () => {
    const onchanged = vi.fn();
    app.incoming = ["/in/good.xlsx", "/in/bad.xlsx"];
    render(Imports, { onchanged });
    const good = await vi.waitFor(() => {
      const el = document.querySelector('[data-file="/in/good.xlsx"]') as HTMLElement;
      expect(el.textContent).toContain("Prêt à importer");
      return el;
    });
    expect(good.textContent).toContain("Remplace la remontée n° 15");
    expect(good.textContent).toContain("DSI-11");
    expect(good.textContent, "the landing change, signed").toContain("+123\u202f457\u00a0€");
    const bad = document.querySelector('[data-file="/in/bad.xlsx"]') as HTMLElement;
    await vi.waitFor(() => expect(bad.textContent).toContain("Refusé"));
    const where = within(bad).getAllByText(/!/).map((e) => e.textContent);
    expect(where[0], "errors come first, with their sheet and cell").toBe("Budget!F12");
    expect(app.incoming, "the handed-over files are taken").toEqual([]);

    const shown = [...document.querySelectorAll("[data-file]")].map((e) => e.getAttribute("data-file"));
    expect(shown, "refused files first, then the others in file order").toEqual(["/in/bad.xlsx", "/in/good.xlsx"]);

    vi.mocked(api.importFile).mockImplementation(async (path: string) =>
      report(path, path.includes("bad") ? "rejected" : "imported", false),
    );
    await fireEvent.click(screen.getByTestId("import-all"));
    await vi.waitFor(() =>
      expect(screen.getByTestId("import-summary").textContent, "the refused file is counted").toContain("1 importé, 0 inchangé, 1 refusé."),
    );
    expect(api.importFile, "the refused file is recorded in the history, as pmo import does").toHaveBeenCalledWith("/in/bad.xlsx");
    expect(api.importFile).toHaveBeenCalledWith("/in/good.xlsx");
    expect(api.importFile).toHaveBeenCalledTimes(2);
    expect(onchanged).toHaveBeenCalled();
  });

  it("a file that cannot be checked shows the IPC message", async () => {
    vi.mocked(api.checkFile).mockRejectedValueOnce({ code: "io", message: "Impossible de lire « /x.xlsx »." });
    app.incoming = ["/x.xlsx"];
    render(Imports, { onchanged: () => {} });
    await vi.waitFor(() => expect(document.querySelector('[data-file="/x.xlsx"]')?.textContent).toContain("Impossible de lire « /x.xlsx »."));
  });
});
