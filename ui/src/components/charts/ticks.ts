/** Round axis ticks for chart geometry (floats are fine here: they only place pixels). */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 0.999; v += step) ticks.push(Math.round(v));
  return ticks;
}

/** Horizontal gap (px) between a value label and whatever it follows. */
export const LABEL_GAP = 6;

/**
 * Where a horizontal bar's value label starts: after the bar end and after the envelope marker
 * when it lies on or beyond the bar (the marker is `markerWidth` px wide, centred on `markerX`),
 * so that the label never overlaps either.
 */
export function labelAfter(barEnd: number, markerX: number | null, markerWidth = 3, gap = LABEL_GAP): number {
  const markerEnd = markerX == null ? -Infinity : markerX + markerWidth / 2;
  return Math.max(barEnd, markerEnd) + gap;
}

/**
 * The baseline of a column's value label: above the higher (smaller y) of the column top and the
 * budget line (`lineWidth` px thick, centred on `lineY`), with `gap` px between its glyphs and them.
 */
export function baselineAbove(barTop: number, lineY: number | null, lineWidth = 3, gap = 5): number {
  const lineTop = lineY == null ? Infinity : lineY - lineWidth / 2;
  return Math.min(barTop, lineTop) - gap;
}
