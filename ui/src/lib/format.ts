/**
 * How figures are written for people, character for character as the Rust side writes them
 * (crates/pmo-model/src/format.rs and dates.rs): the app, the CLI and the PDF pack must agree on
 * `1 234 567 €`. Works on the core's decimal strings with exact digit arithmetic (decimal.ts);
 * rounding is half-even like rust_decimal's MidpointNearestEven.
 */
import {
  type Dec,
  abs,
  cmp,
  isInteger,
  isZero,
  normalize,
  parse,
  roundHalfEven,
  shift,
  toPlain,
} from "./decimal";

export type Lang = "fr" | "en";
export type AmountUnit = "eur" | "keur";

/** Narrow no-break space: French thousands separator and the space before `%`. */
export const NNBSP = "\u202f";
/** No-break space: between a number and `€` in French. */
export const NBSP = "\u00a0";
/** The true minus sign, which lines up with digits, unlike the hyphen. */
export const MINUS = "\u2212";
/** What an unknown figure shows. */
export const UNKNOWN = "—";

const ONE: Dec = { units: 1n, scale: 0 };

type Num = string | Dec;

function dec(v: Num): Dec {
  return typeof v === "string" ? parse(v) : v;
}

/** Writes an already rounded number: thousands grouped, the language's decimal mark, a true minus sign, never a negative zero. */
function writeNumber(r: Dec, lang: Lang): string {
  const text = toPlain(abs(r));
  const [int, frac = ""] = text.split(".");
  const group = lang === "fr" ? NNBSP : ",";
  const point = lang === "fr" ? "," : ".";
  let out = r.units < 0n ? MINUS : "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += group;
    out += int[i];
  }
  if (frac !== "") out += point + frac;
  return out;
}

/** `value` rounded half-even to `decimals`, grouped by thousands, with a true minus sign. */
export function formatNumber(value: Num, decimals: number, lang: Lang): string {
  return writeNumber(roundHalfEven(dec(value), decimals), lang);
}

/** `value` rounded half-even to at most `maxDecimals`, without trailing zeros (`12,5`, `3`). */
export function formatNumberTrimmed(value: Num, maxDecimals: number, lang: Lang): string {
  return writeNumber(normalize(roundHalfEven(dec(value), maxDecimals)), lang);
}

function withEuro(number: string, suffixFr: string, suffixEn: string, lang: Lang): string {
  if (lang === "fr") return `${number}${NBSP}${suffixFr}`;
  return number.startsWith(MINUS) ? `${MINUS}€${number.slice(1)}${suffixEn}` : `€${number}${suffixEn}`;
}

/**
 * An amount in whole euros (`1 234 567 €`, `€1,234,567`) or in thousands with one decimal
 * (`1 234,6 k€`, `€1,234.6k`). An amount under one euro that is not zero keeps its cents
 * (`0,01 €`): "over the envelope by 0 €" would be false.
 */
export function formatAmount(value: Num, unit: AmountUnit, lang: Lang): string {
  const v = dec(value);
  if (unit === "keur") return withEuro(formatNumber(shift(v, -3), 1, lang), "k€", "k", lang);
  const decimals = cmp(abs(v), ONE) < 0 && !isZero(v) ? 2 : 0;
  return withEuro(formatNumber(v, decimals, lang), "€", "", lang);
}

/** An amount that may be unknown: `—` when it is. */
export function formatOptAmount(value: string | null | undefined, unit: AmountUnit, lang: Lang): string {
  return value == null ? UNKNOWN : formatAmount(value, unit, lang);
}

function withPercent(number: string, lang: Lang): string {
  return lang === "fr" ? `${number}${NNBSP}%` : `${number}%`;
}

/** A ratio as a percentage with one decimal: 0.1234 → `12,3 %` / `12.3%`. */
export function formatRatio(ratio: Num, lang: Lang): string {
  return withPercent(formatNumber(shift(dec(ratio), 2), 1, lang), lang);
}

/** A ratio that may be unknown (variance % of a project without budget): `—` when it is. */
export function formatOptRatio(ratio: string | null | undefined, lang: Lang): string {
  return ratio == null ? UNKNOWN : formatRatio(ratio, lang);
}

/** A value already in percent (the core's `*_pct` fields, "129.58") with one decimal: `129,6 %`. */
export function formatPct(pct: string | null | undefined, lang: Lang): string {
  return pct == null ? UNKNOWN : formatRatio(shift(parse(pct), -2), lang);
}

/** Man-days with at most one decimal: `12,5 JH` / `12.5 MD`. */
export function formatManDays(days: Num, lang: Lang): string {
  const d = dec(days);
  const number = formatNumber(d, isInteger(d) ? 0 : 1, lang);
  return `${number}${NBSP}${lang === "fr" ? "JH" : "MD"}`;
}

/** A signed amount, with `+` for increases (deltas between campaigns). */
export function formatDelta(value: Num, unit: AmountUnit, lang: Lang): string {
  const v = dec(value);
  const text = formatAmount(v, unit, lang);
  return v.units > 0n && !text.startsWith(MINUS) ? `+${text}` : text;
}

/**
 * An amount rounded for a chart's axis or bar label, where width counts more than the cent:
 * `1,5 M€`, `500 k€`, `0 €` (`€1.5M`, `€500k`, `€0`), at most one decimal.
 */
export function formatAmountShort(value: Num, lang: Lang): string {
  const v = dec(value);
  const a = abs(v);
  let scaled: Dec;
  let fr: string;
  let en: string;
  if (cmp(a, { units: 1_000_000n, scale: 0 }) >= 0) [scaled, fr, en] = [shift(v, -6), "M€", "M"];
  else if (cmp(a, { units: 1000n, scale: 0 }) >= 0) [scaled, fr, en] = [shift(v, -3), "k€", "k"];
  else [scaled, fr, en] = [v, "€", ""];
  const rounded = roundHalfEven(scaled, 1);
  const number = formatNumber(scaled, isInteger(rounded) ? 0 : 1, lang);
  return withEuro(number, fr, en, lang);
}

/** A ratio as a percentage without a useless decimal: 0.35 → `35 %`, 0.125 → `12,5 %`. */
export function formatRatioShort(ratio: Num, lang: Lang): string {
  const percent = roundHalfEven(shift(dec(ratio), 2), 1);
  return withPercent(formatNumber(percent, isInteger(percent) ? 0 : 1, lang), lang);
}

/** `2026-06-30` → `30/06/2026`, the way every date is shown (both languages, like the core). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return UNKNOWN;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** An RFC 3339 instant in the computer's local time: `22/11/2026 02:19`. */
export function formatDateTime(rfc3339: string | null | undefined): string {
  if (!rfc3339) return UNKNOWN;
  const t = new Date(rfc3339);
  if (Number.isNaN(t.getTime())) return rfc3339;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(t.getDate())}/${two(t.getMonth() + 1)}/${t.getFullYear()} ${two(t.getHours())}:${two(t.getMinutes())}`;
}

/** A whole count with grouping (`1 234`), for project counts and file sizes. */
export function formatCount(n: number, lang: Lang): string {
  return writeNumber({ units: BigInt(Math.trunc(n)), scale: 0 }, lang);
}

/** The sign of a decimal string: -1, 0, 1 (0 for null), to colour variances. */
export function signOf(value: string | null | undefined): number {
  if (value == null) return 0;
  const d = parse(value);
  return d.units < 0n ? -1 : d.units > 0n ? 1 : 0;
}
