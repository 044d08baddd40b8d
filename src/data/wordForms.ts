import StemmerEn from "@nlpjs/lang-en-min/src/stemmer-en.js";
import StopwordsEn from "@nlpjs/lang-en-min/src/stopwords-en.js";
import StemmerSv from "@nlpjs/lang-sv/src/stemmer-sv.js";
import StopwordsSv from "@nlpjs/lang-sv/src/stopwords-sv.js";
import { distance } from "fastest-levenshtein";

/**
 * Word forms for the report's search: which words of the text a word of the
 * query finds. Inflections and definite forms come from Snowball's stemmers
 * (Swedish for the report, English for its translation), through nlp.js's
 * generated ports, rather than hand-written suffix rules: "skärgården" →
 * skärgård, "landsbygden" and "landsbygder" → landsbyg, "indikatorer" →
 * indikator. Swedish writes compounds as one word, so a word's stem is also
 * found at the start of a word (kompetens → kompetensförsörjning) and, when it
 * is long enough to be a word of its own, inside one (omställning →
 * energiomställning).
 */
export type TextLang = "sv" | "en";

const stemmers = { sv: new StemmerSv(), en: new StemmerEn() };
const stopwords = { sv: new StopwordsSv(), en: new StopwordsEn() };
const stems = { sv: new Map<string, string>(), en: new Map<string, string>() };

/** The Snowball stem of a lower-cased word (cached: the report has a few thousand distinct words). */
export function stemOf(word: string, lang: TextLang): string {
  let stem = stems[lang].get(word);
  if (stem === undefined) {
    stem = stemmers[lang].stemWord(word);
    stems[lang].set(word, stem);
  }
  return stem;
}

export function isStopword(word: string): boolean {
  return stopwords.sv.isStopword(word) || stopwords.en.isStopword(word);
}

/** å, ä, ö read as a, a, o: for a query typed without them, when nothing matches with them. */
export const fold = (s: string) => s.replace(/[åä]/gu, "a").replace(/ö/gu, "o");

export type Token = { start: number; end: number; word: string };

/** The words of a text, lower-cased (Swedish rules), with their places. */
export function tokensOf(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0].toLocaleLowerCase("sv") }));
}

/** How a word of the text answers a word of the query: the whole word, or a part inside a compound. */
export type WordMatch = { start: number; end: number; compound: boolean };

/** A compound's first part must be a word of a few letters ("energi|omställning"). */
const FIRST_PART = 3;
/** A query word is sought inside compounds from this length ("hälsa" in "folkhälsoarbete", by its stem häls). */
const PART_MIN = 5;
/**
 * A stem shorter than this finds only its own forms, not every word it begins: "unga" (stem ung) finds "ungas",
 * not "ungdomar" or "ungefär".
 */
const STEM_MIN = 4;

/**
 * Whether `token` (lower case, from the text) is a form of `query` (lower case), and where in it.
 * `folded`: both read with å, ä, ö as a, a, o.
 */
export function matchWord(query: string, token: string, lang: TextLang, folded = false): WordMatch | undefined {
  const q = folded ? fold(query) : query;
  const t = folded ? fold(token) : token;
  const stem = folded ? fold(stemOf(query, lang)) : stemOf(query, lang);
  const whole = { start: 0, end: token.length, compound: false };
  // The word itself begins a longer one (kompetens|försörjning): that part is what it found.
  if (t.startsWith(q)) return { start: 0, end: q.length, compound: false };
  if (stem.length >= STEM_MIN && t.startsWith(stem)) return whole;
  if ((folded ? fold(stemOf(token, lang)) : stemOf(token, lang)) === stem) return whole;
  if (lang === "sv" && q.length >= PART_MIN && stem.length >= STEM_MIN) {
    const at = t.indexOf(stem, FIRST_PART);
    if (at >= 0) {
      const end = t.startsWith(q, at) ? at + q.length : at + stem.length;
      return { start: at, end, compound: true };
    }
  }
  return undefined;
}

/**
 * "Menade du …?": the word of `vocabulary` nearest to `word` in edit distance, within a bound that grows with the
 * word (1 up to 4 letters, 2 up to 8, then 3); ties go to the more frequent word. Undefined when none is near.
 */
export function nearestWord(word: string, vocabulary: ReadonlyMap<string, number>): string | undefined {
  const bound = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
  let best: { word: string; d: number; n: number } | undefined;
  for (const [candidate, n] of vocabulary) {
    if (Math.abs(candidate.length - word.length) > bound) continue;
    const d = distance(word, candidate);
    if (d === 0 || d > bound) continue;
    if (!best || d < best.d || (d === best.d && n > best.n)) best = { word: candidate, d, n };
  }
  return best?.word;
}
