/**
 * The display preferences every screen reads: the interface language and the amount unit. A
 * Svelte `$state`, so that switching the language in Paramètres re-renders every label at once.
 */
import type { AmountUnit, Lang } from "./format";

export const prefs = $state<{ lang: Lang; unit: AmountUnit }>({ lang: "fr", unit: "eur" });

export function setLang(lang: Lang): void {
  prefs.lang = lang;
  if (typeof document !== "undefined") document.documentElement.lang = lang;
}

export function setUnit(unit: AmountUnit): void {
  prefs.unit = unit;
}
