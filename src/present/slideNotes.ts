import type { Lang } from "../i18n/strings";

/** The notes to show for a slide in a language, and the language they are in. */
export type ShownNotes = {
  text: string;
  lang: Lang;
  /** The slide has no notes in the language asked for: these are the other language's, and are said to be. */
  otherLanguage: boolean;
};

/**
 * A slide's speaker notes in the language asked for; where it has none there but has some in the other language,
 * those (an English presentation of a deck written in Swedish still has its presenter's words). None at all: undefined.
 */
export function shownNotes(notes: Readonly<Record<Lang, string>> | undefined, lang: Lang): ShownNotes | undefined {
  const own = notes?.[lang].trim();
  if (own) return { text: own, lang, otherLanguage: false };
  const other: Lang = lang === "sv" ? "en" : "sv";
  const theirs = notes?.[other].trim();
  return theirs ? { text: theirs, lang: other, otherLanguage: true } : undefined;
}
