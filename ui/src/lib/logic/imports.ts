/**
 * The Imports screen's logic, pure: what a checked file's card says, which files the
 * "Importer" button takes, and the summary after an import.
 */
import type { FileReportView, FindingView, ImportCheck } from "../types";

export type CardState = "checking" | "ready" | "unchanged" | "rejected" | "failed" | "importing" | "imported";

/** One file on the Imports screen. */
export interface FileCard {
  path: string;
  state: CardState;
  check: ImportCheck | null;
  /** The result of import_file, once imported. */
  result: FileReportView | null;
  /** The IPC error of check_file or import_file. */
  error: string | null;
}

/** The state a dry run puts a file in. */
export function stateOfCheck(check: ImportCheck): CardState {
  switch (check.report.status) {
    case "rejected":
      return "rejected";
    case "unchanged":
      return "unchanged";
    default:
      return "ready";
  }
}

/** The file name of a path (either separator). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export interface Finding extends FindingView {
  severity: "error" | "warning";
}

/** Errors first, then warnings, each in the importer's order. */
export function findings(report: FileReportView): Finding[] {
  return [
    ...report.errors.map((f) => ({ ...f, severity: "error" as const })),
    ...report.warnings.map((f) => ({ ...f, severity: "warning" as const })),
  ];
}

/** One message and every place it was found (`Budget!A2`, `Budget!A3`…). */
export interface GroupedFinding {
  severity: "error" | "warning";
  code: string;
  message: string;
  places: string[];
}

/**
 * [`findings`] with the same message on several cells said once, naming every cell, in the
 * order first met: fourteen rows naming one unknown project are one thing to fix, not fourteen.
 */
export function groupedFindings(report: FileReportView, place: (f: FindingView) => string): GroupedFinding[] {
  const out: GroupedFinding[] = [];
  const seen = new Map<string, GroupedFinding>();
  for (const f of findings(report)) {
    const key = `${f.severity}\u0000${f.code}\u0000${f.message}`;
    const where = place(f);
    const known = seen.get(key);
    if (known) {
      if (where && !known.places.includes(where)) known.places.push(where);
      continue;
    }
    const g = { severity: f.severity, code: f.code, message: f.message, places: where ? [where] : [] };
    seen.set(key, g);
    out.push(g);
  }
  return out;
}

/** The files "Importer" takes: those the dry run accepted, not yet imported. */
export function importable(cards: FileCard[]): FileCard[] {
  return cards.filter((c) => c.state === "ready");
}

/**
 * The refused files "Importer" records in the history, as `pmo import` does (a refused workbook
 * leaves a history row saying why, and nothing else): those not recorded yet.
 */
export function toRecord(cards: FileCard[]): FileCard[] {
  return cards.filter((c) => c.state === "rejected" && c.result == null);
}

/**
 * What "Importer" goes through, in the order the cards are shown: the refused files to record
 * (nothing of them is written but their history row) and the files to import.
 */
export function importBatch(cards: FileCard[]): FileCard[] {
  return orderCards(cards).filter((c) => (c.state === "rejected" && c.result == null) || c.state === "ready");
}

/**
 * Whether "Importer" may be offered: something is ready or refused-and-unrecorded, and nothing
 * is still being checked (importing while a check runs would leave the files still checking
 * behind, unnoticed).
 */
export function canImportAll(cards: FileCard[]): boolean {
  return importBatch(cards).length > 0 && !cards.some((c) => c.state === "checking");
}

/** Refused and failed files first (what needs the PMO's attention), each group in file order. */
export function orderCards(cards: FileCard[]): FileCard[] {
  const first = (c: FileCard) => c.state === "rejected" || c.state === "failed";
  return [...cards.filter(first), ...cards.filter((c) => !first(c))];
}

/** Adds paths not already listed, in order, without duplicates. */
export function addPaths(cards: FileCard[], paths: string[]): { cards: FileCard[]; added: string[] } {
  const known = new Set(cards.map((c) => c.path));
  const added: string[] = [];
  for (const p of paths) {
    if (!known.has(p)) {
      known.add(p);
      added.push(p);
    }
  }
  return {
    cards: [...cards, ...added.map((path) => ({ path, state: "checking" as const, check: null, result: null, error: null }))],
    added,
  };
}

export interface ImportSummary {
  imported: number;
  unchanged: number;
  rejected: number;
}

export function summarize(results: FileReportView[]): ImportSummary {
  return {
    imported: results.filter((r) => r.status === "imported").length,
    unchanged: results.filter((r) => r.status === "unchanged").length,
    rejected: results.filter((r) => r.status === "rejected").length,
  };
}

/** "A, B, C et 4 autres" is left to the screen; this gives the first `max` names and the rest count. */
export function firstOf<T>(items: T[], max: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}
