/**
 * The Capacité heat map's logic, pure: team order (overloaded teams first, then by their
 * busiest quarter) and the band of a load percentage.
 */
import { compareStrings } from "../decimal";
import { parse, cmp } from "../decimal";
import type { TeamLoad } from "../types";

/** Overloaded first, then teams whose capacity is missing, then by busiest quarter, largest first; ties by directorate and team. */
export function orderTeams(teams: TeamLoad[]): TeamLoad[] {
  return [...teams].sort((a, b) => {
    if (a.overloaded !== b.overloaded) return a.overloaded ? -1 : 1;
    if (a.capacity_missing !== b.capacity_missing) return a.capacity_missing ? -1 : 1;
    const c = compareStrings(b.max_load_pct, a.max_load_pct);
    if (c !== 0) return c;
    return a.directorate.localeCompare(b.directorate) || a.team.localeCompare(b.team, "fr");
  });
}

export type Band = "none" | "low" | "mid" | "near" | "over";

/** The band of a load: "none" without capacity; over the threshold; near it (from 80 % of it); low under 50 %. */
export function band(loadPct: string | null, overloadPct: string): Band {
  if (loadPct == null) return "none";
  const load = parse(loadPct);
  const limit = parse(overloadPct);
  if (cmp(load, limit) > 0) return "over";
  // 80 % of the threshold, exactly: limit × 0.8.
  const near = { units: limit.units * 8n, scale: limit.scale + 1 };
  if (cmp(load, near) >= 0) return "near";
  const half = { units: limit.units * 5n, scale: limit.scale + 1 };
  return cmp(load, half) >= 0 ? "mid" : "low";
}

/** `tenths` tenths of the threshold, exactly, as a decimal string (the bands' bounds, for the legend). */
export function thresholdFraction(overloadPct: string, tenths: bigint): string {
  const limit = parse(overloadPct);
  const v = limit.units * tenths;
  const scale = limit.scale + 1;
  const s = v.toString().padStart(scale + 1, "0");
  return `${s.slice(0, -scale)}.${s.slice(-scale)}`;
}

/** 80 % of the threshold as a decimal string: where the "near" band starts. */
export function nearThreshold(overloadPct: string): string {
  return thresholdFraction(overloadPct, 8n);
}

/** 50 % of the threshold as a decimal string: where the "mid" band starts. */
export function midThreshold(overloadPct: string): string {
  return thresholdFraction(overloadPct, 5n);
}

/** The bands a legend shows, in order, each with its bounds (the ones `band` uses). */
export function legendBands(overloadPct: string): { band: Band; low: string | null; high: string | null }[] {
  const mid = midThreshold(overloadPct);
  const near = nearThreshold(overloadPct);
  return [
    { band: "low", low: null, high: mid },
    { band: "mid", low: mid, high: near },
    { band: "near", low: near, high: overloadPct },
    { band: "over", low: overloadPct, high: null },
    { band: "none", low: null, high: null },
  ];
}
