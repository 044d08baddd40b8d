import type { RegionName } from "./reportParse";
import type { ReportDoc } from "./reportSchema";
import { statementsOf, type Statement } from "./reportStatements";
import type { Translator } from "./reportTranslation";
import { matchWord, tokensOf, type TextLang, type Token, type WordMatch } from "./wordForms";

/**
 * The search's index of one report (reportSearch.ts): its statements (reportStatements.ts) as units of words — the
 * statement's text, its heading, its footnotes, and their English — and which statements hold every term of a query,
 * with each match's place, to highlight it.
 */

/** Where a match stands in a text: its start and end offsets. */
export type Range = [number, number];

/** A word of the query, or a quoted phrase ("barn och unga"): its words in order. */
export type Term = { words: string[]; phrase: boolean };

/** Where a text of a statement stands: its passage text (at an offset), its heading, a footnote, or their English. */
export type Place =
  | { kind: "text"; offset: number }
  | { kind: "heading" }
  | { kind: "footnote"; n: number }
  | { kind: "english"; offset: number }
  | { kind: "english-heading" };
type Unit = { place: Place; lang: TextLang; tokens: Token[] };
type Indexed = { statement: Statement; units: Unit[] };
export type SearchIndex = { statements: Indexed[]; vocabulary: Map<string, number>; names: readonly RegionName[] };

/** The index of one report (and its English): built at the first search, kept for the next keystrokes. */
const indexes = new WeakMap<ReportDoc, Map<Translator | undefined, SearchIndex>>();

export function indexOf(doc: ReportDoc, names: readonly RegionName[], english: Translator | undefined): SearchIndex {
  const byEnglish = indexes.get(doc) ?? new Map<Translator | undefined, SearchIndex>();
  indexes.set(doc, byEnglish);
  const known = byEnglish.get(english);
  if (known && known.names === names) return known;
  const footnoteText = new Map(doc.footnotes.map((f) => [f.n, f.text]));
  const vocabulary = new Map<string, number>();
  const unit = (place: Place, lang: TextLang, text: string): Unit => {
    const tokens = tokensOf(text);
    for (const t of tokens) vocabulary.set(t.word, (vocabulary.get(t.word) ?? 0) + 1);
    return { place, lang, tokens };
  };
  const statements = statementsOf(doc, names).map((statement): Indexed => {
    const { passage, heading, footnotes, text, start, sentences } = statement;
    const units = [
      unit({ kind: "text", offset: start }, "sv", text),
      ...(heading ? [unit({ kind: "heading" }, "sv", heading.text)] : []),
      ...footnotes.map((n) => unit({ kind: "footnote", n }, "sv", footnoteText.get(n) ?? "")),
    ];
    const translated = english?.passage(passage.id);
    if (english && translated) {
      const offset = translated.slice(0, sentences[0]).reduce((n, s) => n + s.length + 1, 0);
      units.push(unit({ kind: "english", offset }, "en", translated.slice(sentences[0], sentences[1]).join(" ")));
      const headingEnglish = heading && english.passage(heading.id);
      if (headingEnglish) units.push(unit({ kind: "english-heading" }, "en", headingEnglish.join(" ")));
      for (const n of footnotes) units.push(unit({ kind: "footnote", n }, "en", english.footnote(n) ?? ""));
    }
    return { statement, units };
  });
  const index = { statements, vocabulary, names };
  byEnglish.set(english, index);
  return index;
}

export type Occurrence = { unit: Unit; range: Range; term: Term; compound?: string };

/** Where a term stands in a unit: a word's every form, or a phrase's words one after another. */
function occurrences(term: Term, unit: Unit, wordMatch: (word: string, token: string, lang: TextLang) => WordMatch | undefined) {
  const found: Occurrence[] = [];
  const { tokens } = unit;
  for (let i = 0; i + term.words.length <= tokens.length; i++) {
    if (!term.phrase) {
      const match = wordMatch(term.words[0]!, tokens[i]!.word, unit.lang);
      if (!match) continue;
      const token = tokens[i]!;
      found.push({ unit, term, range: [token.start + match.start, token.start + match.end], ...(match.compound ? { compound: token.word } : {}) });
      continue;
    }
    // A phrase: each word a whole word of the text, in order.
    const all = term.words.every((w, k) => {
      const match = wordMatch(w, tokens[i + k]!.word, unit.lang);
      return match !== undefined && !match.compound;
    });
    if (all) found.push({ unit, term, range: [tokens[i]!.start, tokens[i + term.words.length - 1]!.end] });
  }
  return found;
}

/** The statements that hold every term, each with where its terms stand; `folded`: å, ä, ö folded to a, a, o. */
export function matchStatements(index: SearchIndex, terms: readonly Term[], folded: boolean) {
  // Each distinct word of the text is judged once per query word (the report has ~5,000 distinct words, ~20,000 in all).
  const judged = new Map<string, Map<string, WordMatch | null>>();
  const wordMatch = (word: string, token: string, lang: TextLang) => {
    const key = `${lang}:${word}`;
    let byToken = judged.get(key);
    if (!byToken) judged.set(key, (byToken = new Map()));
    let match = byToken.get(token);
    if (match === undefined) {
      match = matchWord(word, token, lang, folded) ?? null;
      byToken.set(token, match);
    }
    return match ?? undefined;
  };
  const matches: { statement: Statement; found: Occurrence[] }[] = [];
  for (const { statement, units } of index.statements) {
    const found: Occurrence[] = [];
    let every = true;
    for (const term of terms) {
      const here = units.flatMap((u) => occurrences(term, u, wordMatch));
      if (here.length === 0) {
        every = false;
        break;
      }
      found.push(...here);
    }
    if (every) matches.push({ statement, found });
  }
  return matches;
}
