/**
 * The Portefeuille screen's logic, pure: filters, search on code and name, sort, and the key
 * figures of the filtered set summed exactly from the decimal strings.
 */
import { compareStrings, sumStrings } from "../decimal";
import type { ProjectStatus, ProjectSummary, Weather } from "../types";

/** "" = no filter; "none" = projects without a value (no status, no météo, no ambition). */
export interface Filters {
  directorate: string;
  ambition: string;
  status: ProjectStatus | "" | "none";
  weather: Weather | "" | "none";
  search: string;
}

export const NO_FILTER: Filters = { directorate: "", ambition: "", status: "", weather: "", search: "" };

export type SortKey =
  | "code"
  | "name"
  | "directorate"
  | "status"
  | "weather"
  | "budget_voted"
  | "actual"
  | "landing"
  | "variance"
  | "variance_ratio";

export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** Lower case without accents, so that "reseau" finds "Réseau". */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function matches(value: string | null, filter: string): boolean {
  if (filter === "") return true;
  if (filter === "none") return value == null;
  return value === filter;
}

export function filterProjects(projects: ProjectSummary[], f: Filters): ProjectSummary[] {
  const words = fold(f.search).split(/\s+/).filter(Boolean);
  return projects.filter((p) => {
    if (f.directorate !== "" && p.directorate !== f.directorate) return false;
    if (!matches(p.ambition, f.ambition)) return false;
    if (!matches(p.status, f.status)) return false;
    if (!matches(p.weather, f.weather)) return false;
    if (words.length > 0) {
      const text = fold(`${p.code} ${p.name}`);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

const WEATHER_ORDER: Record<string, number> = { sunny: 0, cloudy: 1, rainy: 2, stormy: 3 };
const STATUS_ORDER: Record<string, number> = { candidate: 0, approved: 1, in_progress: 2, on_hold: 3, done: 4, cancelled: 5 };
const MONEY: SortKey[] = ["budget_voted", "actual", "landing", "variance", "variance_ratio"];

function compareBy(key: SortKey, a: ProjectSummary, b: ProjectSummary): number {
  if (MONEY.includes(key)) return compareStrings(a[key as "actual"], b[key as "actual"]);
  if (key === "weather") return (WEATHER_ORDER[a.weather ?? ""] ?? 9) - (WEATHER_ORDER[b.weather ?? ""] ?? 9);
  if (key === "status") return (STATUS_ORDER[a.status ?? ""] ?? 9) - (STATUS_ORDER[b.status ?? ""] ?? 9);
  const k = key as "code" | "name" | "directorate";
  return a[k].localeCompare(b[k], "fr", { numeric: true });
}

/** Sorted copy; ties keep the core's order (directorate, then code). */
export function sortProjects(projects: ProjectSummary[], sort: Sort): ProjectSummary[] {
  return projects
    .map((p, i) => ({ p, i }))
    .sort((x, y) => {
      const c = compareBy(sort.key, x.p, y.p);
      return c !== 0 ? (sort.descending ? -c : c) : x.i - y.i;
    })
    .map((x) => x.p);
}

/** Clicking a column: the same one flips the order; a figure column starts with the largest. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, descending: !current.descending };
  return { key, descending: MONEY.includes(key) };
}

export interface Totals {
  count: number;
  /** null when a project of the set has no known budget: a partial sum would mislead. */
  budget_voted: string | null;
  actual: string;
  landing: string;
  variance: string | null;
}

/** Exact totals of the set (decimal strings, no float). */
export function totals(projects: ProjectSummary[]): Totals {
  const budgetKnown = projects.every((p) => p.budget_voted != null);
  const budget = budgetKnown ? sumStrings(projects.map((p) => p.budget_voted)) : null;
  const landing = sumStrings(projects.map((p) => p.landing));
  return {
    count: projects.length,
    budget_voted: budget,
    actual: sumStrings(projects.map((p) => p.actual)),
    landing,
    variance: budget == null ? null : sumStrings([landing, negate(budget)]),
  };
}

function negate(v: string): string {
  return v.startsWith("-") ? v.slice(1) : `-${v}`;
}

/** The distinct values a filter offers, sorted. */
export function options(projects: ProjectSummary[], pick: (p: ProjectSummary) => string | null): string[] {
  return [...new Set(projects.map(pick).filter((v): v is string => v != null))].sort((a, b) => a.localeCompare(b, "fr"));
}
