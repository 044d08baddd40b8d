import { markersIn, regionsNamedIn, type RegionName } from "./reportParse";
import type { ReportDoc, ReportPassage } from "./reportSchema";

/**
 * The report as statements: what one hit of the search claims, and what the
 * map may colour for it (GUIDE 2.4). A statement is
 * - a list item (bullet, numbered item, an entry of the strategy listing) as a whole, whatever its sentences;
 * - a sentence of running text (a heading too);
 * - a short heading that stands over a passage ("Rumslig planering") with the first statement under it: the heading is
 *   that statement's subject.
 * A footnote belongs to the statement its marker stands in; its list is that statement's.
 */
export type Statement = {
  /** `${passage id}:${first sentence index}`: stable as long as the parse is. */
  id: string;
  /** The passage the statement stands in: its "paragraph" for the light tone. */
  passage: ReportPassage;
  /** The heading over it, where the heading is its subject. */
  heading?: ReportPassage;
  /** Its sentences in the passage: [first, end). */
  sentences: [number, number];
  /** Where its text starts in the passage's text, and the text. */
  start: number;
  text: string;
  /** Footnotes whose markers stand in it. */
  footnotes: number[];
  /** Regions its own text (and its heading) names, and the regions its footnotes list (codes, report order). */
  named: string[];
  listed: string[];
  /** Said of all regions ("Alla regioner …", "Förekommer i alla regioner", "samtliga regioners …"). */
  allRegions: boolean;
};

/** "alla regioner", "samtliga regioner", "samtliga regioners", "alla 21 regionerna": the report speaking of every region. */
const ALL_REGIONS = /(?<![\p{L}\d])(?:alla|samtliga)\s+(?:\d+\s+)?regioner(?:na|nas|s)?(?![\p{L}\d])/iu;

export function saysAllRegions(text: string): boolean {
  return ALL_REGIONS.test(text);
}

/** A passage read as one statement, whatever its sentences: a list item. */
const WHOLE_KINDS = new Set<ReportPassage["kind"]>(["bullet", "numbered", "listing", "title"]);

/** Every statement of the report, in report order. `names` gives the names to find (the dataset's regions). */
export function statementsOf(doc: ReportDoc, names: readonly RegionName[]): Statement[] {
  const listOf = new Map(doc.footnotes.map((f) => [f.n, f.regions]));
  const statements: Statement[] = [];
  let pendingHeading: ReportPassage | undefined;
  for (const passage of doc.passages) {
    // A heading with nothing under it before the next heading stands alone.
    if (pendingHeading && (passage.kind === "subheading" || passage.kind === "heading")) {
      statements.push(make(pendingHeading, [0, 1], undefined, names, listOf));
      pendingHeading = undefined;
    }
    if (passage.kind === "subheading") {
      pendingHeading = passage;
      continue;
    }
    const spans: [number, number][] = WHOLE_KINDS.has(passage.kind)
      ? [[0, passage.sentences.length]]
      : passage.sentences.map((_, i): [number, number] => [i, i + 1]);
    spans.forEach((span, i) => statements.push(make(passage, span, i === 0 ? pendingHeading : undefined, names, listOf)));
    pendingHeading = undefined;
  }
  if (pendingHeading) statements.push(make(pendingHeading, [0, 1], undefined, names, listOf));
  return statements;
}

function make(
  passage: ReportPassage,
  [first, end]: [number, number],
  heading: ReportPassage | undefined,
  names: readonly RegionName[],
  listOf: ReadonlyMap<number, readonly string[]>,
): Statement {
  const before = passage.sentences.slice(0, first);
  const start = before.reduce((n, s) => n + s.length + 1, 0);
  const text = passage.sentences.slice(first, end).join(" ");
  const footnotes = markersIn(text);
  const own = heading ? `${heading.text} ${text}` : text;
  const named = regionsNamedIn(own, names);
  const listed = [...new Set(footnotes.flatMap((n) => listOf.get(n) ?? []))];
  const id = `${passage.id}:${first}`;
  return { id, passage, ...(heading ? { heading } : {}), sentences: [first, end], start, text, footnotes, named, listed, allRegions: saysAllRegions(own) };
}

/** The regions a statement names, in its text or in its footnotes' lists. */
export function statementRegions(statement: Statement): string[] {
  return [...new Set([...statement.named, ...statement.listed])];
}

/** The regions a passage names: in its text, and in the footnotes its markers point to (the reader's passage in view). */
export function passageRegions(doc: ReportDoc, passage: ReportPassage): string[] {
  const fromNotes = doc.footnotes.filter((f) => passage.footnotes.includes(f.n)).flatMap((f) => f.regions);
  return [...new Set([...passage.regions, ...fromNotes])];
}

/** Whether a passage says anything of all regions (one of its sentences does). */
export function passageSaysAllRegions(passage: ReportPassage): boolean {
  return passage.sentences.some(saysAllRegions);
}
