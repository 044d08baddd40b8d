import { splitSentences } from "./reportParse";
import type { ReportDoc } from "./reportSchema";
import type { ReportTranslation } from "./translationSchema";

/**
 * From Swedish report text to its unofficial English, by the report's own
 * units: a quote, an excerpt, a finding or a caveat is a run of whole
 * sentences of a passage (provenance checks that), so it translates sentence
 * by sentence; a footnote's text translates whole. Text that is not the
 * report's (or a sentence the translation lacks) has no English: undefined,
 * and the interface shows the Swedish rather than a guess.
 */
export type Translator = {
  /** English for verbatim report text (sentences of passages, or a footnote's whole text). */
  text(sv: string): string | undefined;
  /** English sentences of a passage, by id, in the passage's sentence order. */
  passage(id: string): readonly string[] | undefined;
  /** English of footnote n. */
  footnote(n: number): string | undefined;
  /** The English gloss of a strategy title (the title itself stays Swedish), from the translated list of strategies. */
  gloss(title: string): string | undefined;
};

export function makeTranslator(doc: ReportDoc, translation: ReportTranslation): Translator {
  const sentences = new Map<string, string>();
  for (const passage of doc.passages) {
    const english = translation.passages[passage.id];
    // A passage whose sentence count differs is not trusted sentence by sentence: it stays Swedish.
    if (!english || english.length !== passage.sentences.length) continue;
    passage.sentences.forEach((sv, i) => sentences.set(sv, english[i]!));
  }
  const passages = new Map(doc.passages.map((p) => [p.id, p]));
  const footnotes = new Map<string, string>();
  for (const note of doc.footnotes) {
    const english = translation.footnotes[String(note.n)];
    if (!english) continue;
    footnotes.set(note.text, english);
    // A footnote's sentences too, where the two have as many (a strategy's note is footnote 14's second sentence).
    const sv = splitSentences(note.text);
    const en = splitSentences(english);
    if (sv.length === en.length) sv.forEach((sentence, i) => sentences.set(sentence, en[i]!));
  }
  // The translation writes a title as the Swedish does, then its gloss in brackets: "*Värmlandsstrategin 2040* (The Värmland strategy 2040)".
  const glosses = new Map<string, string>();
  for (const english of Object.values(translation.passages).flat()) {
    for (const m of english.matchAll(/\*([^*]+)\*\s*\(([^)]+)\)/gu)) glosses.set(m[1]!, m[2]!);
  }
  return {
    gloss: (title) => glosses.get(title),
    text(sv) {
      const whole = footnotes.get(sv) ?? sentences.get(sv);
      if (whole) return whole;
      const parts = splitSentences(sv).map((s) => sentences.get(s));
      return parts.length > 0 && parts.every((p) => p !== undefined) ? parts.join(" ") : undefined;
    },
    passage(id) {
      const english = translation.passages[id];
      return english && english.length === passages.get(id)?.sentences.length ? english : undefined;
    },
    footnote: (n) => translation.footnotes[String(n)],
  };
}
