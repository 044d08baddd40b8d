import type { Lang } from "./strings";

const LOCALES: Record<Lang, string> = { sv: "sv-SE", en: "en-GB" };

// Made on first use, for the language in use: each is a few ms of ICU data, which the page's start need not wait for.
const rules: Partial<Record<Lang, Intl.PluralRules>> = {};
const lists: Partial<Record<Lang, Intl.ListFormat>> = {};

/** The form of a word for a count, by the language's own plural rules (Intl.PluralRules), not `n === 1`. */
export function plural(lang: Lang, n: number, forms: { one: string; other: string }): string {
  rules[lang] ??= new Intl.PluralRules(LOCALES[lang]);
  return rules[lang].select(n) === "one" ? forms.one : forms.other;
}

/** "Kalmar, Skåne och Örebro" / "Kalmar, Skåne and Örebro": a list in the language's own words. */
export function listOf(lang: Lang, items: readonly string[]): string {
  lists[lang] ??= new Intl.ListFormat(LOCALES[lang], { type: "conjunction" });
  return lists[lang].format(items);
}

/** Numbers with `digits` decimals as the language writes them ("0,45" / "0.45"); the format is made on first use. */
export function decimals(lang: Lang, digits: number): (n: number) => string {
  let format: Intl.NumberFormat | undefined;
  return (n) => {
    format ??= new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
    return format.format(n);
  };
}
