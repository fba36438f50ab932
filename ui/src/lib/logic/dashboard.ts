/**
 * The Tableau de bord's logic, pure: the key figures and the series of its three charts, from
 * the dashboard command's answer.
 */
import { sub, parse, toPlain } from "../decimal";
import type { AlertView, PortfolioSummary, Weather } from "../types";

export interface KeyFigures {
  budget_voted: string | null;
  actual: string;
  landing: string;
  variance: string | null;
  variance_ratio: string | null;
  burn_rate: string | null;
  projects: number;
  budget_unknown: number;
  in_progress: number;
  critical: number;
  major: number;
  minor: number;
}

/** The key figures of the summary, and the alert counts by severity of `alerts`. */
export function keyFigures(s: PortfolioSummary, alerts: AlertView[]): KeyFigures {
  const bySeverity = (severity: AlertView["severity"]) => alerts.filter((a) => a.severity === severity).length;
  return {
    budget_voted: s.totals.budget_voted,
    actual: s.totals.actual,
    landing: s.totals.landing,
    variance: s.totals.variance,
    variance_ratio: s.totals.variance_ratio,
    burn_rate: s.totals.burn_rate,
    projects: s.totals.project_count,
    budget_unknown: s.totals.budget_unknown_count,
    in_progress: s.counts.by_status.find((c) => c.status === "in_progress")?.count ?? 0,
    critical: bySeverity("critical"),
    major: bySeverity("major"),
    minor: bySeverity("minor"),
  };
}

export interface DirectorateBar {
  code: string;
  budget_voted: string | null;
  landing: string;
  envelope: string | null;
}

export function directorateBars(s: PortfolioSummary): DirectorateBar[] {
  return s.directorates.map((d) => ({ code: d.code, budget_voted: d.budget_voted, landing: d.landing, envelope: d.envelope }));
}

export interface WeatherSlice {
  weather: Weather | null;
  count: number;
}

/** Sunny to stormy, then the projects without météo; empty slices dropped. */
export function weatherSlices(s: PortfolioSummary): WeatherSlice[] {
  const order: (Weather | null)[] = ["sunny", "cloudy", "rainy", "stormy", null];
  return order
    .map((w) => ({ weather: w, count: s.counts.by_weather.find((c) => c.weather === w)?.count ?? 0 }))
    .filter((x) => x.count > 0);
}

export interface QuarterStack {
  quarter: number;
  closure: "closed" | "open" | "partial";
  /** Actual spent (closed part). */
  actual: string;
  /** Landing − actual: what is still forecast. */
  forecast: string;
  landing: string;
  budget_voted: string | null;
}

/** Each quarter's landing as actual + forecast, with the budget voted to compare. */
export function quarterStacks(s: PortfolioSummary): QuarterStack[] {
  return s.quarters.map((q) => ({
    quarter: q.quarter,
    closure: q.closure,
    actual: q.actual,
    forecast: toPlain(sub(parse(q.landing), parse(q.actual))),
    landing: q.landing,
    budget_voted: q.budget_voted,
  }));
}

/** Where an alert leads: its project's sheet, else the Directions screen. */
export function alertTarget(a: AlertView): { screen: "project"; project: string } | { screen: "directorates" } {
  return a.project ? { screen: "project", project: a.project } : { screen: "directorates" };
}
