/**
 * The screens' strings, from the one catalog of crates/pmo-model/src/i18n.rs (generated into
 * generated/catalog.ts). `t` reads the current language from `prefs`, so labels follow a switch.
 */
import { EN, FR, type Key } from "./generated/catalog";
import type { Lang } from "./format";
import { prefs } from "./prefs.svelte";

export type { Key };
export type Args = Record<string, string | number>;

/**
 * Whether a count takes the singular, as the Rust `is_singular` says (CLDR): in French 0 and 1
 * do, in English only 1; a value that is not a number takes the plural.
 */
export function isSingular(lang: Lang, count: string | number): boolean {
  const text = String(count).replace(/[\s\u202f]/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(text)) return false;
  const n = Number(text);
  return lang === "en" ? n === 1 : Math.abs(n) < 2;
}

/**
 * Fills `{name}` placeholders like the Rust `fill`: a placeholder without a value is left as
 * is (so that a missing argument shows up rather than vanishing), an unclosed brace is kept;
 * `{name:one|other}` is the word that agrees with the count `name` in `lang`.
 */
export function fill(template: string, args: Args = {}, lang: Lang = "fr"): string {
  let out = "";
  let rest = template;
  for (;;) {
    const open = rest.indexOf("{");
    if (open < 0) break;
    out += rest.slice(0, open);
    const after = rest.slice(open + 1);
    const close = after.indexOf("}");
    if (close < 0) {
      out += rest.slice(open);
      rest = "";
      break;
    }
    const inside = after.slice(0, close);
    const colon = inside.indexOf(":");
    const name = colon < 0 ? inside : inside.slice(0, colon);
    const forms = colon < 0 ? null : inside.slice(colon + 1).split("|");
    if (!Object.prototype.hasOwnProperty.call(args, name)) out += `{${inside}}`;
    else if (forms && forms.length === 2) out += isSingular(lang, args[name]) ? forms[0] : forms[1];
    else out += String(args[name]);
    rest = after.slice(close + 1);
  }
  return out + rest;
}

/** The text of `key` in `lang`, placeholders filled. */
export function translate(lang: Lang, key: Key, args?: Args): string {
  return fill((lang === "en" ? EN : FR)[key], args, lang);
}

/** The text of `key` in the current language. */
export function t(key: Key, args?: Args): string {
  return translate(prefs.lang, key, args);
}
