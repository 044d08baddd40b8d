import type { Lang } from "./strings";

const rules: Record<Lang, Intl.PluralRules> = { sv: new Intl.PluralRules("sv-SE"), en: new Intl.PluralRules("en-GB") };

/** The form of a word for a count, by the language's own plural rules (Intl.PluralRules), not `n === 1`. */
export function plural(lang: Lang, n: number, forms: { one: string; other: string }): string {
  return rules[lang].select(n) === "one" ? forms.one : forms.other;
}

const lists: Record<Lang, Intl.ListFormat> = {
  sv: new Intl.ListFormat("sv", { type: "conjunction" }),
  en: new Intl.ListFormat("en-GB", { type: "conjunction" }),
};

/** "Kalmar, Skåne och Örebro" / "Kalmar, Skåne and Örebro": a list in the language's own words. */
export function listOf(lang: Lang, items: readonly string[]): string {
  return lists[lang].format(items);
}
