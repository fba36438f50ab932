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
 * Fills `{name}` placeholders like the Rust `fill`: a placeholder without a value is left as
 * is (so that a missing argument shows up rather than vanishing), an unclosed brace is kept.
 */
export function fill(template: string, args: Args = {}): string {
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
    const name = after.slice(0, close);
    out += Object.prototype.hasOwnProperty.call(args, name) ? String(args[name]) : `{${name}}`;
    rest = after.slice(close + 1);
  }
  return out + rest;
}

/** The text of `key` in `lang`, placeholders filled. */
export function translate(lang: Lang, key: Key, args?: Args): string {
  return fill((lang === "en" ? EN : FR)[key], args);
}

/** The text of `key` in the current language. */
export function t(key: Key, args?: Args): string {
  return translate(prefs.lang, key, args);
}
