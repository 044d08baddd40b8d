import type { RegionName } from "./reportParse";
import type { ReportDoc, ReportPassage } from "./reportSchema";
import { passageRegions, passageSaysAllRegions, statementRegions, type Statement } from "./reportStatements";
import type { Translator } from "./reportTranslation";
import { fold, isStopword, nearestWord } from "./wordForms";
import { indexOf, matchStatements, type Occurrence, type Place, type Range, type Term } from "./searchIndex";

/**
 * Search over the report's statements (reportStatements.ts) and, in the English interface, over their unofficial
 * translation: a hit is a statement — a list item as a whole, or a sentence of running text — with the footnotes
 * its markers point to. What a hit claims is exactly what the map may show (GUIDE 2.4):
 * - strong: the regions the matching statement names, in its text or in its footnotes' lists;
 * - light: the regions named elsewhere in the same paragraph ("nämns i samma stycke"), never as if the statement
 *   named them ("Några regioner har egna S3 strategier …, exempelvis Östergötland …. Andra regioner har i stället …,
 *   exempelvis Kronoberg …": a search for the one must not name the other);
 * - a statement the report makes of all regions ("Förekommer i alla regioner") applies to all 21, and says so.
 * Plain code over a prepared index rather than a search library: about 400 statements, and what is wanted is
 * specific — Swedish word forms and compounds (wordForms.ts), quoted phrases, every word required (AND), å, ä, ö
 * as letters of their own (folded only when nothing matches, and then said), and every match's place known, to
 * highlight it.
 */

/** A hit's passage: the statements of it that match, where, and what they name. */
export type SearchHit = {
  passage: ReportPassage;
  /** The heading over the passage, where it belongs to a matching statement (its subject), with its matches. */
  heading?: { passage: ReportPassage; ranges: Range[] };
  statements: Statement[];
  /** Matches in the passage's Swedish text, and in its English (the translated sentences joined with spaces). */
  ranges: Range[];
  english: Range[];
  /** The matching statements' footnotes: their lists belong to the hit; `ranges` where their own text matched. */
  footnotes: { n: number; ranges: Range[] }[];
  /** Regions the matching statements name (text or footnotes), codes in the order asked for. */
  strong: string[];
  /** Regions named elsewhere in the same passage only. */
  light: string[];
  /** A matching statement is said of all regions. */
  allRegions: boolean;
  /** Another statement of the same passage is said of all regions. */
  lightAllRegions: boolean;
};

export type SearchResult = {
  query: string;
  terms: Term[];
  /** Every word of the query as searched (empty: no search). */
  words: string[];
  hits: SearchHit[];
  /** True when nothing matched with å, ä, ö as letters of their own and the search was run again folded. */
  folded: boolean;
  /** How many statements match; and, where the query has a quoted phrase, how often the phrase stands in them. */
  statements: number;
  phraseOccurrences?: number;
  /** Words of the text found as parts of compounds (omställning → "energiomställning"), to say so. */
  compounds: string[];
  /** Regions named in a matching statement or its footnotes, and those named only elsewhere in its paragraph. */
  strong: string[];
  light: string[];
  /** A matching statement is said of all regions; or only another statement of a matching paragraph is. */
  allRegions: boolean;
  lightAllRegions: boolean;
  /** "Menade du …?": a query from the report's own words, where this one finds nothing. */
  suggestion?: string;
  /** Sections with a hit, in report order. */
  sections: string[];
};

/** At most this many characters and words of a query are read; the rest is ignored (a 10 kB query is inert). */
export const MAX_QUERY = 100;
const MAX_WORDS = 8;

/** Letters and digits only; a single letter is no word to search for (as a prefix it would match half the report). */
const wordsOf = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 || /\d/u.test(w));

/**
 * The query's terms: quoted phrases ("…", ”…”, “…”) and single words, lower-cased (Swedish rules), at most MAX_WORDS
 * words. Outside quotes, words such as "och", "i", "the" are left out where other words remain: "barn och unga" asks
 * for statements with barn and unga, not for every "och".
 */
export function parseQuery(query: string): Term[] {
  const lower = query.slice(0, MAX_QUERY).toLocaleLowerCase("sv");
  const terms: Term[] = [];
  const loose = lower.replace(/["”“„]([^"”“„]*)(?:["”“„]|$)/gu, (_, inner: string) => {
    const words = wordsOf(inner);
    if (words.length > 0) terms.push({ words, phrase: words.length > 1 });
    return " ";
  });
  const words = wordsOf(loose);
  const content = words.filter((w) => !isStopword(w));
  const kept = content.length > 0 || terms.length > 0 ? content : words;
  terms.push(...kept.map((w) => ({ words: [w], phrase: false })));
  let budget = MAX_WORDS;
  return terms.flatMap((term) => {
    const taken = term.words.slice(0, budget);
    budget -= taken.length;
    return taken.length > 0 ? [{ words: taken, phrase: taken.length > 1 }] : [];
  });
}

/** The query's words, as searched. */
export function queryWords(query: string): string[] {
  return parseQuery(query).flatMap((t) => t.words);
}

/** Ranges in text order, overlapping ones merged. */
function merged(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function hitOf(doc: ReportDoc, passage: ReportPassage, matched: { statement: Statement; found: Occurrence[] }[], order: (codes: Iterable<string>) => string[]) {
  const found = matched.flatMap((m) => m.found);
  const statements = matched.map((m) => m.statement);
  const at = (kind: Place["kind"]) => found.filter((o) => o.unit.place.kind === kind);
  const shifted = (o: Occurrence): Range => {
    const offset = "offset" in o.unit.place ? o.unit.place.offset : 0;
    return [o.range[0] + offset, o.range[1] + offset];
  };
  const strong = order(statements.flatMap(statementRegions));
  const strongSet = new Set(strong);
  const notes = [...new Set(statements.flatMap((s) => s.footnotes))];
  const heading = statements.find((s) => s.heading)?.heading;
  const allRegions = statements.some((s) => s.allRegions);
  return {
    passage,
    ...(heading ? { heading: { passage: heading, ranges: merged(at("heading").map((o) => o.range)) } } : {}),
    statements,
    ranges: merged(at("text").map(shifted)),
    english: merged(at("english").map(shifted)),
    footnotes: notes.map((n) => ({
      n,
      ranges: merged(found.filter((o) => o.unit.lang === "sv" && o.unit.place.kind === "footnote" && o.unit.place.n === n).map((o) => o.range)),
    })),
    strong,
    light: order(passageRegions(doc, passage).filter((code) => !strongSet.has(code))),
    allRegions,
    lightAllRegions: !allRegions && passageSaysAllRegions(passage),
  } satisfies SearchHit;
}

/** A query with each word that the report does not hold replaced by its nearest word of the report, if any changed. */
function suggestionFor(terms: readonly Term[], vocabulary: ReadonlyMap<string, number>): string | undefined {
  let changed = false;
  const fixed = terms.map((term) => {
    const words = term.words.map((w) => {
      if (vocabulary.has(w)) return w;
      const near = nearestWord(w, vocabulary);
      if (near) changed = true;
      return near ?? w;
    });
    return term.phrase ? `"${words.join(" ")}"` : words.join(" ");
  });
  return changed ? fixed.join(" ") : undefined;
}

/**
 * The search; `regions` gives the names to find in the hits, in the order results list them; `english`, in the
 * English interface, searches the translation too (a hit there is the same statement), Swedish words still working.
 */
export function searchReport(doc: ReportDoc, query: string, regions: readonly RegionName[], english?: Translator): SearchResult {
  const index = indexOf(doc, regions, english);
  const terms = parseQuery(query);
  let folded = false;
  let matches = terms.length > 0 ? matchStatements(index, terms, false) : [];
  const words = terms.flatMap((t) => t.words);
  if (matches.length === 0 && words.some((w) => fold(w) !== w || /[ao]/u.test(w))) {
    const foldedMatches = matchStatements(index, terms, true);
    if (foldedMatches.length > 0) {
      matches = foldedMatches;
      folded = true;
    }
  }
  const rank = new Map(regions.map((r, i) => [r.code, i]));
  const order = (codes: Iterable<string>) => [...new Set(codes)].filter((c) => rank.has(c)).sort((a, b) => rank.get(a)! - rank.get(b)!);
  const byPassage = new Map<ReportPassage, typeof matches>();
  for (const m of matches) byPassage.set(m.statement.passage, [...(byPassage.get(m.statement.passage) ?? []), m]);
  const hits = [...byPassage].map(([passage, matched]) => hitOf(doc, passage, matched, order));
  const strong = order(hits.flatMap((h) => h.strong));
  const allRegions = hits.some((h) => h.allRegions);
  const phrases = matches.flatMap((m) => m.found).filter((o) => o.term.phrase);
  const compounds = [...new Set(matches.flatMap((m) => m.found.flatMap((o) => (o.compound ? [o.compound] : []))))];
  return {
    query,
    terms,
    words,
    hits,
    folded,
    statements: matches.length,
    ...(terms.some((t) => t.phrase) ? { phraseOccurrences: phrases.length } : {}),
    compounds,
    strong,
    light: order(hits.flatMap((h) => h.light)).filter((c) => !strong.includes(c)),
    allRegions,
    lightAllRegions: !allRegions && hits.some((h) => h.lightAllRegions),
    ...(matches.length === 0 && terms.length > 0 ? optional("suggestion", suggestionFor(terms, index.vocabulary)) : {}),
    sections: [...new Set(hits.map((h) => h.passage.section))],
  };
}

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
