import { LANGS, type Lang } from "../i18n/strings";

export type Bilingual = Record<Lang, string>;

/** Whether two sets of a form's words say the same, field by field and language by language. */
export function sameWords<K extends string>(a: Record<K, Bilingual>, b: Record<K, Bilingual>): boolean {
  const keys = Object.keys(a) as K[];
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] !== undefined && LANGS.every((l) => a[k][l] === b[k][l]));
}

/**
 * The form's words after the app's suggestion changed from `before` to `after` (the view under the deck builder
 * changed): what the user left as suggested follows the new suggestion, what they typed stays, half-typed or not.
 */
export function followSuggestion<K extends string>(
  words: Record<K, Bilingual>,
  before: Record<K, Bilingual>,
  after: Record<K, Bilingual>,
): Record<K, Bilingual> {
  const next = { ...words };
  for (const name of Object.keys(after) as K[]) {
    const typed = words[name];
    next[name] = typed
      ? { sv: typed.sv === before[name]?.sv ? after[name].sv : typed.sv, en: typed.en === before[name]?.en ? after[name].en : typed.en }
      : after[name];
  }
  return next;
}
