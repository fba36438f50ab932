/**
 * The Modèles screen's logic, pure: which campaign's workbook a PMO sends next, and which year
 * the directorates (and the prefill) come from.
 */
import { CAMPAIGNS } from "../labels";
import type { Campaign } from "../types";

/**
 * The template to write by default: the campaign after the year's latest current one
 * (BI → R1 → R2 → R3 → CL); after CL, the next year's BI; with no return yet, the year's BI.
 */
export function nextTemplate(year: number, current: Campaign[]): { year: number; campaign: Campaign } {
  const latest = Math.max(-1, ...current.map((c) => CAMPAIGNS.indexOf(c)));
  if (latest < 0) return { year, campaign: "BI" };
  if (latest >= CAMPAIGNS.length - 1) return { year: year + 1, campaign: "BI" };
  return { year, campaign: CAMPAIGNS[latest + 1] };
}

/**
 * The year whose directorates a template for `year` is offered to and prefilled from: that year
 * when it has returns, else the latest earlier one (as pmo-core prefills), else `year` itself.
 */
export function sourceYear(years: number[], year: number): number {
  const earlier = years.filter((y) => y <= year);
  return earlier.length > 0 ? Math.max(...earlier) : year;
}
