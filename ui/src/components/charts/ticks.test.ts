import { describe, expect, it } from "vitest";
import { LABEL_GAP, baselineAbove, labelAfter, niceTicks } from "./ticks";

describe("chart label placement", () => {
  it("puts a bar's label after the bar when the envelope marker is inside the bar", () => {
    expect(labelAfter(200, 150), "a marker left of the bar end does not push the label").toBe(200 + LABEL_GAP);
  });

  it("puts a bar's label after the envelope marker when the marker is beyond the bar end", () => {
    // Marker 3 px wide centred on 210: it ends at 211.5, the label must start after that.
    expect(labelAfter(200, 210), "the label starts a gap after the marker's right edge").toBe(211.5 + LABEL_GAP);
  });

  it("clears a marker drawn exactly at the bar end", () => {
    const x = labelAfter(200, 200);
    expect(x - 201.5, "a marker on the bar end would otherwise sit under the label's first glyph").toBeGreaterThan(0);
  });

  it("ignores a missing envelope", () => {
    expect(labelAfter(120, null)).toBe(120 + LABEL_GAP);
  });

  it("puts a column's label above the budget line when the line is higher than the column", () => {
    // SVG y grows downwards: line at 80 is higher than the column top at 100.
    expect(baselineAbove(100, 80), "the label clears the line's top edge (78.5)").toBeLessThan(78.5);
  });

  it("puts a column's label above the column when the column is higher than the line", () => {
    const y = baselineAbove(60, 80);
    expect(y, "the label sits above the column top").toBeLessThan(60);
    expect(y, "and not absurdly far from it").toBeGreaterThan(50);
  });

  it("clears a line drawn across the column top", () => {
    expect(baselineAbove(100, 100), "a line on the column top must not cross the label").toBeLessThan(98.5);
  });

  it("keeps round ticks covering the maximum", () => {
    const t = niceTicks(5614249, 4);
    expect(t[t.length - 1], "the last tick covers the maximum").toBeGreaterThanOrEqual(5614249);
    expect(t[0]).toBe(0);
  });
});
