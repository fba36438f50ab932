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

/** The files "Importer" takes: those the dry run accepted, not yet imported. */
export function importable(cards: FileCard[]): FileCard[] {
  return cards.filter((c) => c.state === "ready");
}

/**
 * Whether "Importer" may be offered: something is ready and nothing is still being checked
 * (importing while a check runs would leave the files still checking behind, unnoticed).
 */
export function canImportAll(cards: FileCard[]): boolean {
  return importable(cards).length > 0 && !cards.some((c) => c.state === "checking");
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
