/**
 * Exact decimal arithmetic on the strings the core sends ("5614248.60", "-0.0639"), for the few
 * sums, comparisons and roundings the screens need. Money never goes through a JS float here:
 * a decimal is a BigInt of units at a given scale (digits after the point). Floats are only
 * produced on purpose, by `toFloat`, for the geometry of charts.
 */

/** value = units / 10^scale. */
export interface Dec {
  units: bigint;
  scale: number;
}

const DECIMAL_RE = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/** Parses "1234.50", "-0.4", "12", "+3." — throws on anything else (a bug upstream, not data). */
export function parse(text: string): Dec {
  const m = DECIMAL_RE.exec(text.trim());
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) {
    throw new Error(`not a decimal: ${JSON.stringify(text)}`);
  }
  const frac = m[3] ?? "";
  const digits = (m[2] || "0") + frac;
  const units = BigInt(digits) * (m[1] === "-" ? -1n : 1n);
  return { units, scale: frac.length };
}

/** `parse` that answers null for null, undefined or an unreadable string. */
export function tryParse(text: string | null | undefined): Dec | null {
  if (text == null) return null;
  try {
    return parse(text);
  } catch {
    return null;
  }
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** The same value at a larger scale (never loses digits). */
function rescaleUp(d: Dec, scale: number): Dec {
  return scale <= d.scale ? d : { units: d.units * pow10(scale - d.scale), scale };
}

export function add(a: Dec, b: Dec): Dec {
  const s = Math.max(a.scale, b.scale);
  return { units: rescaleUp(a, s).units + rescaleUp(b, s).units, scale: s };
}

export function sub(a: Dec, b: Dec): Dec {
  return add(a, neg(b));
}

export function neg(a: Dec): Dec {
  return { units: -a.units, scale: a.scale };
}

export function abs(a: Dec): Dec {
  return a.units < 0n ? neg(a) : a;
}

export function cmp(a: Dec, b: Dec): number {
  const s = Math.max(a.scale, b.scale);
  const x = rescaleUp(a, s).units;
  const y = rescaleUp(b, s).units;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(a: Dec): boolean {
  return a.units === 0n;
}

/** a × 10^n (n may be negative: a division by a power of ten, exact). */
export function shift(a: Dec, n: number): Dec {
  if (n >= 0) {
    const drop = Math.min(n, a.scale);
    return { units: a.units * pow10(n - drop), scale: a.scale - drop };
  }
  return { units: a.units, scale: a.scale - n };
}

/** Rounded half-even ("banker's rounding", as rust_decimal's MidpointNearestEven) to `dp` decimals; the result has exactly `dp` decimals. */
export function roundHalfEven(a: Dec, dp: number): Dec {
  if (a.scale <= dp) return rescaleUp(a, dp);
  const div = pow10(a.scale - dp);
  const negative = a.units < 0n;
  const u = negative ? -a.units : a.units;
  let q = u / div;
  const r = u % div;
  const twice = r * 2n;
  if (twice > div || (twice === div && q % 2n === 1n)) q += 1n;
  return { units: negative ? -q : q, scale: dp };
}

/** Drops trailing zeros after the point ("12.50" → "12.5", "3.00" → "3"). */
export function normalize(a: Dec): Dec {
  let { units, scale } = a;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

/** True when the value has no fractional part. */
export function isInteger(a: Dec): boolean {
  return normalize(a).scale === 0;
}

/** Plain text with a dot, no grouping: "-1234.50". Never "-0". */
export function toPlain(a: Dec): string {
  const negative = a.units < 0n;
  let digits = (negative ? -a.units : a.units).toString();
  if (a.scale > 0) {
    digits = digits.padStart(a.scale + 1, "0");
    digits = `${digits.slice(0, -a.scale)}.${digits.slice(-a.scale)}`;
  }
  return negative ? `-${digits}` : digits;
}

/** A float for chart geometry only: pixel positions, never a figure shown or added up. */
export function toFloat(a: Dec): number {
  return Number(toPlain(a));
}

/** Exact sum of decimal strings; nulls are skipped. "0" for none. */
export function sumStrings(values: Iterable<string | null | undefined>): string {
  let total: Dec = { units: 0n, scale: 0 };
  for (const v of values) {
    const d = tryParse(v);
    if (d) total = add(total, d);
  }
  return toPlain(total);
}

/** Compares two decimal strings; null sorts before every number. */
export function compareStrings(a: string | null | undefined, b: string | null | undefined): number {
  const x = tryParse(a);
  const y = tryParse(b);
  if (!x && !y) return 0;
  if (!x) return -1;
  if (!y) return 1;
  return cmp(x, y);
}

/** A float from a decimal string, for chart geometry only (0 when null). */
export function floatOf(text: string | null | undefined): number {
  const d = tryParse(text);
  return d ? toFloat(d) : 0;
}
