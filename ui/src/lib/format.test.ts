// The cases of crates/pmo-model/src/format.rs's tests, copied: the app must write figures with
// the same characters as the CLI and the PDF pack.
import { describe, expect, it } from "vitest";
import {
  formatAmount,
  formatAmountShort,
  formatDate,
  formatDelta,
  formatManDays,
  formatNumberTrimmed,
  formatOptRatio,
  formatPct,
  formatRatio,
  formatRatioShort,
} from "./format";

describe("format.ts agrees with format.rs", () => {
  it("amounts in euros and thousands", () => {
    expect(formatAmount("1234567.49", "eur", "fr")).toBe("1\u202f234\u202f567\u00a0€");
    expect(formatAmount("1234567", "keur", "fr")).toBe("1\u202f234,6\u00a0k€");
    expect(formatAmount("-1234567", "eur", "en")).toBe("\u2212€1,234,567");
    expect(formatAmount("1234567", "keur", "en")).toBe("€1,234.6k");
    expect(formatAmount("-0.4", "eur", "fr"), "under a euro, the cents").toBe("\u22120,40\u00a0€");
    expect(formatAmount("0.001", "eur", "fr"), "no negative zero, no false zero sign").toBe("0,00\u00a0€");
    expect(formatAmount("-0.001", "eur", "fr"), "no negative zero").toBe("0,00\u00a0€");
    expect(formatAmount("999.5", "eur", "fr"), "half-even: 999.5 → 1000").toBe("1\u202f000\u00a0€");
    expect(formatAmount("998.5", "eur", "fr"), "half-even: 998.5 → 998").toBe("998\u00a0€");
  });

  it("percentages and man-days", () => {
    expect(formatRatio("-0.12", "fr")).toBe("\u221212,0\u202f%");
    expect(formatRatio("0.1234", "en")).toBe("12.3%");
    expect(formatOptRatio(null, "fr")).toBe("—");
    expect(formatManDays("12.5", "fr")).toBe("12,5\u00a0JH");
    expect(formatNumberTrimmed("1234.50", 2, "fr")).toBe("1\u202f234,5");
    expect(formatNumberTrimmed("-0.004", 2, "en"), "no negative zero").toBe("0");
    expect(formatManDays("40", "en")).toBe("40\u00a0MD");
    expect(formatDelta("1500", "eur", "fr")).toBe("+1\u202f500\u00a0€");
    expect(formatDelta("-1500", "eur", "fr")).toBe("\u22121\u202f500\u00a0€");
  });

  it("short amounts for charts", () => {
    expect(formatAmountShort("5614248.60", "fr")).toBe("5,6\u00a0M€");
    expect(formatAmountShort("4000000", "fr"), "no useless decimal on round ticks").toBe("4\u00a0M€");
    expect(formatAmountShort("500000", "fr")).toBe("500\u00a0k€");
    expect(formatAmountShort("2500000", "en")).toBe("€2.5M");
    expect(formatAmountShort("-75000", "en")).toBe("\u2212€75k");
    expect(formatAmountShort("0", "fr")).toBe("0\u00a0€");
    expect(formatRatioShort("0.35", "fr")).toBe("35\u202f%");
    expect(formatRatioShort("1.296", "fr")).toBe("129,6\u202f%");
    expect(formatRatioShort("0.5", "en")).toBe("50%");
  });
});

describe("format.ts beyond the Rust cases", () => {
  it("rounds half-even on the digits, where a float would not", () => {
    // 0.125 and 2.675 are not exact in binary: float rounding would give 0.13 / 2.67.
    expect(formatAmount("0.125", "eur", "fr"), "0.125 → 0.12 (ties to even)").toBe("0,12\u00a0€");
    expect(formatAmount("0.135", "eur", "fr"), "0.135 → 0.14 (ties to even)").toBe("0,14\u00a0€");
    expect(formatAmount("2.5", "eur", "fr"), "2.5 → 2").toBe("2\u00a0€");
    expect(formatAmount("3.5", "eur", "fr"), "3.5 → 4").toBe("4\u00a0€");
    expect(formatAmount("12345678901234567.50", "eur", "fr"), "beyond float precision").toBe(
      "12\u202f345\u202f678\u202f901\u202f234\u202f568\u00a0€",
    );
  });

  it("thousands of euros round the cents away and never show a negative zero", () => {
    expect(formatAmount("-0.4", "keur", "fr")).toBe("0,0\u00a0k€");
    expect(formatAmount("50", "keur", "fr"), "50 € = 0.05 k€ → 0.0 (half-even)").toBe("0,0\u00a0k€");
    expect(formatAmount("150", "keur", "fr"), "150 € = 0.15 k€ → 0.2").toBe("0,2\u00a0k€");
    expect(formatAmount("-824248.60", "keur", "en")).toBe("\u2212€824.2k");
  });

  it("percent fields, dates and man-days with more decimals", () => {
    expect(formatPct("129.58", "fr")).toBe("129,6\u202f%");
    expect(formatPct("5.00", "en")).toBe("5.0%");
    expect(formatPct(null, "fr")).toBe("—");
    expect(formatManDays("350.50", "fr")).toBe("350,5\u00a0JH");
    expect(formatManDays("455.00", "fr"), "whole man-days have no decimal").toBe("455\u00a0JH");
    expect(formatManDays("12.25", "fr"), "half-even to one decimal").toBe("12,2\u00a0JH");
    expect(formatDate("2026-06-30")).toBe("30/06/2026");
    expect(formatDate(null)).toBe("—");
  });
});
