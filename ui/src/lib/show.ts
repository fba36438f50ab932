/**
 * format.ts with the current preferences (language, amount unit): what templates call to write
 * a figure. Reading `prefs` inside a template makes the figure follow a switch of unit or language.
 */
import * as f from "./format";
import { prefs } from "./prefs.svelte";

export const amount = (v: string | null | undefined): string => f.formatOptAmount(v, prefs.unit, prefs.lang);
export const delta = (v: string | null | undefined): string =>
  v == null ? f.UNKNOWN : f.formatDelta(v, prefs.unit, prefs.lang);
export const ratio = (v: string | null | undefined): string => f.formatOptRatio(v, prefs.lang);
export const pct = (v: string | null | undefined): string => f.formatPct(v, prefs.lang);
export const short = (v: string): string => f.formatAmountShort(v, prefs.lang);
export const ratioShort = (v: string): string => f.formatRatioShort(v, prefs.lang);
export const manDays = (v: string | null | undefined): string => (v == null ? f.UNKNOWN : f.formatManDays(v, prefs.lang));
export const count = (n: number): string => f.formatCount(n, prefs.lang);
export const date = f.formatDate;
export const dateTime = f.formatDateTime;
/** "pos" / "neg" / "" for colouring variances by sign (the sign is also in the text). */
export const signClass = (v: string | null | undefined): string => {
  const s = f.signOf(v);
  return s > 0 ? "pos" : s < 0 ? "neg" : "";
};
