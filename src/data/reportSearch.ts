import { markersIn, regionsNamedIn, type RegionName } from "./reportParse";
import type { ReportDoc, ReportPassage } from "./reportSchema";

/** The report's footnotes by number: their text and the regions they list. */
type FootnoteMap = Map<number, ReportDoc["footnotes"][number]>;

/**
 * Search over every passage of the report and its footnotes. Plain code, not
 * a search library: 180 passages and 32 footnotes (~30 kB) are scanned in well
 * under a millisecond, and what is wanted is specific — a word finds the words
 * it begins ("kompetens" finds "kompetensförsörjning", "skärgård" finds
 * "skärgårdsnoder"), case does not matter, å, ä and ö are letters of their own
 * (folded to a, a, o only when nothing matches exactly, and then the result
 * says so), and every hit's place in the text is known, to highlight it.
 */

/** A hit: where in a passage's text, or in one of its footnotes' text, the query's words begin. */
export type SearchHit = {
  passage: ReportPassage;
  /** [start, end) ranges in the passage's text. */
  ranges: [number, number][];
  /** Footnotes of the passage whose own text matched, with their ranges. */
  footnotes: { n: number; ranges: [number, number][] }[];
  /** Regions the hit names (codes): those of its matching sentences and matching footnotes (hitRegions). */
  regions: string[];
};

export type SearchResult = {
  query: string;
  /** The query's words, as searched. */
  words: string[];
  hits: SearchHit[];
  /** True when nothing matched with å, ä, ö as letters of their own and the search was run again folded. */
  folded: boolean;
  /** Regions the hits name (codes, in the order asked for). */
  regions: string[];
  /** Sections with a hit, in report order. */
  sections: string[];
};

/** At most this many characters and words of a query are read; the rest is ignored (a 10 kB query is inert). */
export const MAX_QUERY = 100;
const MAX_WORDS = 8;

const fold = (s: string) => s.replace(/[åä]/gu, "a").replace(/[ÅÄ]/gu, "A").replace(/ö/gu, "o").replace(/Ö/gu, "O");

/**
 * The query's words: letters and digits only, lower-cased (Swedish rules), at most MAX_WORDS.
 * A single letter is no word to search for (as a prefix it would match half the report).
 */
export function queryWords(query: string): string[] {
  const words = query.slice(0, MAX_QUERY).toLocaleLowerCase("sv").match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => w.length > 1 || /\d/u.test(w)).slice(0, MAX_WORDS);
}

/** Ranges where a word of the text begins with one of the words (whole-word prefixes), in text order, merged. */
export function wordRanges(text: string, words: readonly string[], folded = false): [number, number][] {
  if (words.length === 0) return [];
  const haystack = (folded ? fold(text) : text).toLocaleLowerCase("sv");
  const needles = folded ? words.map(fold) : words;
  const ranges: [number, number][] = [];
  for (const match of haystack.matchAll(/[\p{L}\p{N}]+/gu)) {
    const token = match[0];
    const needle = needles.find((w) => token.startsWith(w));
    if (needle) ranges.push([match.index, match.index + needle.length]);
  }
  return ranges;
}

function run(doc: ReportDoc, words: readonly string[], folded: boolean, footnoteOf: FootnoteMap, names: readonly RegionName[]) {
  const hits: SearchHit[] = [];
  for (const passage of doc.passages) {
    const ranges = wordRanges(passage.text, words, folded);
    const footnotes = passage.footnotes
      .map((n) => ({ n, ranges: wordRanges(footnoteOf.get(n)?.text ?? "", words, folded) }))
      .filter((f) => f.ranges.length > 0);
    // Every word must be found in the passage or its footnotes (AND), so "kompetens skärgård" narrows.
    const all = [passage.text, ...passage.footnotes.map((n) => footnoteOf.get(n)?.text ?? "")].join(" ");
    const everyWord = words.every((w) => wordRanges(all, [w], folded).length > 0);
    if (everyWord && (ranges.length > 0 || footnotes.length > 0))
      hits.push({ passage, ranges, footnotes, regions: hitRegions(passage, footnoteOf, words, folded, names) });
  }
  return hits;
}

/**
 * The regions a hit names: those of its matching sentences (named in them, or listed by a footnote whose marker stands
 * in them) and of its matching footnotes (their list). Not the whole paragraph's: one paragraph may give different
 * examples in different sentences ("Några regioner har egna S3 strategier …, exempelvis Östergötland, Blekinge och
 * Värmland. Andra regioner har i stället integrerat S3 principer …, exempelvis Kronoberg, Jönköping och Gävleborg."),
 * and a search for the one must not name the other. A sentence or footnote matches when it holds every word of the
 * query; where the words are spread over several of them, each that holds one of the words matches.
 */
function hitRegions(
  passage: ReportPassage,
  footnoteOf: FootnoteMap,
  words: readonly string[],
  folded: boolean,
  names: readonly RegionName[],
): string[] {
  const listOf = (n: number) => footnoteOf.get(n)?.regions ?? [];
  const units = [
    ...passage.sentences.map((text) => ({ text, regions: () => [...regionsNamedIn(text, names), ...markersIn(text).flatMap(listOf)] })),
    ...passage.footnotes.map((n) => ({ text: footnoteOf.get(n)?.text ?? "", regions: () => listOf(n) })),
  ];
  const has = (text: string, word: string) => wordRanges(text, [word], folded).length > 0;
  const withEvery = units.filter((u) => words.every((w) => has(u.text, w)));
  const matching = withEvery.length > 0 ? withEvery : units.filter((u) => words.some((w) => has(u.text, w)));
  return [...new Set(matching.flatMap((u) => u.regions()))];
}

/** The regions a passage names: in its text, and in the footnotes its markers point to (the reader's passage in view). */
export function passageRegions(doc: ReportDoc, passage: ReportPassage): string[] {
  const fromNotes = doc.footnotes.filter((f) => passage.footnotes.includes(f.n)).flatMap((f) => f.regions);
  return [...new Set([...passage.regions, ...fromNotes])];
}

/** The search; `regions` gives the names to find in the hits, in the order the result lists them. */
export function searchReport(doc: ReportDoc, query: string, regions: readonly RegionName[]): SearchResult {
  const words = queryWords(query);
  const footnoteOf: FootnoteMap = new Map(doc.footnotes.map((f) => [f.n, f]));
  let folded = false;
  let hits = words.length > 0 ? run(doc, words, false, footnoteOf, regions) : [];
  if (hits.length === 0 && words.length > 0 && words.some((w) => fold(w) !== w || /[ao]/u.test(w))) {
    const foldedHits = run(doc, words, true, footnoteOf, regions);
    if (foldedHits.length > 0) {
      hits = foldedHits;
      folded = true;
    }
  }
  const named = new Set(hits.flatMap((h) => h.regions));
  return {
    query,
    words,
    hits,
    folded,
    regions: regions.map((r) => r.code).filter((code) => named.has(code)),
    sections: [...new Set(hits.map((h) => h.passage.section))],
  };
}
