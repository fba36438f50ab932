/**
 * The Rapports screen's logic, pure: the quarter a report is for when the user has not chosen.
 */
import { CAMPAIGNS } from "../labels";
import type { Campaign } from "../types";

/**
 * The latest quarter the year's returns close (R1 → T1 … CL → T4; only a BI → T1), as
 * `pmo report` chooses it (pmo-core `default_period`). Never the clock's quarter: in December a
 * pack titled T4 would claim the Clôture that nobody has sent yet.
 */
export function defaultQuarter(campaigns: Campaign[]): number {
  const latest = Math.max(0, ...campaigns.map((c) => CAMPAIGNS.indexOf(c)));
  return Math.max(1, latest);
}
