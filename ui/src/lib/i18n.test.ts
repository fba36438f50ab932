import { describe, expect, it } from "vitest";
import { EN, FR } from "./generated/catalog";
import { fill, t, translate } from "./i18n";
import { setLang } from "./prefs.svelte";

describe("fill, like the Rust catalog's fill", () => {
  it("fills known placeholders and keeps unknown ones", () => {
    expect(fill("a {x} b {y}", { x: "1" }), "a missing argument must show up, not vanish").toBe("a 1 b {y}");
    expect(fill("no brace")).toBe("no brace");
    expect(fill("open { only"), "an unclosed brace is text").toBe("open { only");
    expect(fill("{n} {n}", { n: 3 }), "a placeholder may appear twice").toBe("3 3");
  });

  it("picks the plural form that agrees with the count, as the Rust fill does", () => {
    const f = (lang: "fr" | "en", n: number | string) => fill("{n} {n:a|b}", { n }, lang);
    expect(f("fr", 0), "French: zero takes the singular").toBe("0 a");
    expect(f("fr", 1)).toBe("1 a");
    expect(f("fr", 2)).toBe("2 b");
    expect(f("fr", "1\u202f234")).toBe("1\u202f234 b");
    expect(f("en", 0), "English: zero takes the plural").toBe("0 b");
    expect(f("en", 1)).toBe("1 a");
    expect(fill("{n:a|b}", {}), "a missing count shows up").toBe("{n:a|b}");
    expect(translate("fr", "UiAlertsCount", { count: 1 })).toBe("1 alerte");
    expect(translate("en", "UiAlertsCount", { count: 0 })).toBe("0 alerts");
  });
});

describe("t follows the current language", () => {
  it("switches every label when the language changes", () => {
    setLang("fr");
    expect(t("UiNavDashboard")).toBe("Tableau de bord");
    setLang("en");
    expect(t("UiNavDashboard")).toBe("Dashboard");
    setLang("fr");
    expect(translate("en", "UiProjectsShown", { shown: 3, total: 45 })).toBe("3 of 45 projects");
  });

  it("every Ui key has the same placeholders in French and English", () => {
    const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(:[^}]*)?\}/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(FR) as (keyof typeof FR)[]) {
      if (!key.startsWith("Ui")) continue;
      expect(names(EN[key]), `${key}: French and English must take the same values`).toEqual(names(FR[key]));
    }
  });
});
