import type { ReportDoc, ReportFootnote, ReportPassage, ReportSection, PassageKind } from "./reportSchema";

/**
 * The report's text (data/sources/) parsed into sections, passages and
 * footnotes, each with the regions it names. Pure: `npm run report`
 * (scripts/parse-report.mjs) writes the result to data/report-<edition>.json,
 * and a test proves the committed file equals it. Quotes, excerpts, the
 * reader, search and the translations all point at its passage ids.
 *
 * The source is a PDF's text: one paragraph per line, blank lines between
 * blocks, bullets as "- ▀ ", footnotes as lines that start with a superscript
 * number, printed at each page's foot — so three paragraphs are cut by a page
 * break and continue, in lower case, after the footnotes. Those are joined
 * again with one space; nothing else in the text is changed.
 */

export type RegionName = { code: string; name: string };

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const FOOTNOTE_LINE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(\S.*)$/u;
const HEADING_LINE = /^(\d+(?:\.\d+)*)\s+(\S.*)$/u;
const NUMBERED_LINE = /^(\d+)\.\s+(\S.*)$/u;
const BULLET_PREFIX = /^-\s*▀\s*/u;
/** Ends a sentence or a paragraph: full stop, colon, ! or ?, optionally followed by footnote markers. */
const TERMINAL = /[.:!?][⁰¹²³⁴⁵⁶⁷⁸⁹]*$/u;
/** A paragraph this short, without a full stop, is a heading of its own ("Kraftsamlingsträffar"). */
const SUBHEADING_MAX = 60;

export function fromSuperscript(s: string): number {
  let n = 0;
  for (const ch of s) n = n * 10 + SUPERSCRIPT.indexOf(ch);
  return n;
}

export function normaliseWhitespace(s: string): string {
  return s.replace(/\s+/gu, " ").trim();
}

/**
 * Sentences of a passage: a break after . ! ? (and any footnote marker) before a
 * capital letter — but not inside a *title* ("*Det öppna Skåne. Regional …*")
 * and not after a bare number ("1. Beskriv …").
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/(?<=[.!?][⁰¹²³⁴⁵⁶⁷⁸⁹]*)\s+(?=[A-ZÅÄÖ*])/gu)) {
    const sentence = text.slice(start, match.index);
    const insideTitle = (sentence.match(/\*/gu)?.length ?? 0) % 2 === 1;
    if (insideTitle || /^\d+\.$/u.test(sentence.trim())) continue;
    sentences.push(sentence.trim());
    start = match.index + match[0].length;
  }
  sentences.push(text.slice(start).trim());
  return sentences.filter((s) => s.length > 0);
}

/** Footnote numbers whose markers stand in a text, in order. */
export function markersIn(text: string): number[] {
  return [...text.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu)].map((m) => fromSuperscript(m[0]));
}

/** Where a name stands as a whole word, or in the genitive ("Gotlands kommun", "Skånes utvecklingsdag"). */
const namePattern = (name: string) => new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}s?(?![\\p{L}\\d])`, "gu");

/** Region codes a text names, in the order of `regions`. */
export function regionsNamedIn(text: string, regions: readonly RegionName[]): string[] {
  return regions.filter(({ name }) => namePattern(name).test(text)).map(({ code }) => code);
}

/** Every place a text names a region, [start, end) without a genitive s, in text order. */
export function regionNameRanges(text: string, regions: readonly RegionName[]): { start: number; end: number; code: string }[] {
  return regions
    .flatMap(({ name, code }) => [...text.matchAll(namePattern(name))].map((m) => ({ start: m.index, end: m.index + name.length, code })))
    .sort((a, b) => a.start - b.start);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

type Block = { lines: string[] };

function blocksOf(source: string): Block[] {
  return source
    .replace(/\r\n?/gu, "\n")
    .split(/\n[ \t]*\n/u)
    .map((b) => b.split("\n").map((l) => l.trim()).filter((l) => l.length > 0))
    .filter((lines) => lines.length > 0)
    .map((lines) => ({ lines }));
}

/** Section ids of the parts of the report without a number. */
export const UNNUMBERED = { front: "front", summary: "sammanfattning", contents: "innehall", sources: "underlag" } as const;
const UNNUMBERED_TITLES: Record<string, string> = {
  Sammanfattning: UNNUMBERED.summary,
  Innehåll: UNNUMBERED.contents,
  "Underlag sammanställning": UNNUMBERED.sources,
};

/**
 * Parses the report. `regions` gives the names the report uses for the 21
 * regions (the dataset's regions[].name) and their codes.
 */
export function parseReport(source: string, regions: readonly RegionName[], sourceFile: string): ReportDoc {
  const sections: ReportSection[] = [{ id: UNNUMBERED.front, title: "", level: 0 }];
  const passages: ReportPassage[] = [];
  const footnotes: ReportFootnote[] = [];
  let section: string = UNNUMBERED.front;
  const counters = new Map<string, number>();
  /** The title page names the place of signing ("Stockholm, 2026-04-09"), not a region: it is not scanned. */
  const scans = () => section !== UNNUMBERED.front;

  const add = (kind: PassageKind, text: string) => {
    const n = (counters.get(section) ?? 0) + 1;
    counters.set(section, n);
    const sentences = kind === "heading" || kind === "subheading" ? [text] : splitSentences(text);
    passages.push({
      id: `p-${section}-${n}`,
      section,
      kind,
      text,
      sentences,
      footnotes: markersIn(text),
      regions: scans() ? regionsNamedIn(text, regions) : [],
    });
  };

  /** A paragraph cut by a page break continues after the footnotes, starting in lower case. */
  let open: ReportPassage | undefined;

  for (const { lines } of blocksOf(source)) {
    const first = lines[0]!;
    const footnote = FOOTNOTE_LINE.exec(first);
    if (footnote && lines.length === 1) {
      footnotes.push({ n: fromSuperscript(footnote[1]!), text: footnote[2]!, passage: "", section: "", regions: [] });
      continue;
    }
    if (open && lines.length === 1 && /^\p{Ll}/u.test(first)) {
      open.text = `${open.text} ${first}`;
      open.sentences = splitSentences(open.text);
      open.footnotes = markersIn(open.text);
      open.regions = scans() ? regionsNamedIn(open.text, regions) : [];
      open = TERMINAL.test(first) ? undefined : open;
      continue;
    }
    open = undefined;

    const unnumbered = lines.length === 1 ? UNNUMBERED_TITLES[first] : undefined;
    const heading = lines.length === 1 && section !== UNNUMBERED.front ? HEADING_LINE.exec(first) : null;
    if (unnumbered || (heading && !TERMINAL.test(first))) {
      section = unnumbered ?? heading![1]!;
      // The table of contents: its page numbers mean nothing on screen; the reader builds its own.
      if (section === UNNUMBERED.contents) continue;
      const title = unnumbered ? first : heading![2]!;
      sections.push({ id: section, ...(heading ? { number: heading[1]! } : {}), title, level: unnumbered ? 1 : heading![1]!.split(".").length });
      add("heading", first);
      continue;
    }
    if (section === UNNUMBERED.contents) continue;

    for (const line of lines) {
      if (BULLET_PREFIX.test(line)) add("bullet", line.replace(BULLET_PREFIX, ""));
      else if (lines.length > 1 && NUMBERED_LINE.test(line)) add("numbered", line);
      else if (section === UNNUMBERED.sources && line.startsWith("Region ")) add("listing", line);
      else if (section === UNNUMBERED.front) add(passages.length === 0 ? "title" : "paragraph", line);
      else if (!TERMINAL.test(line) && line.length <= SUBHEADING_MAX && !/\s(är|och)$/u.test(line) && lines.length === 1) add("subheading", line);
      else add("paragraph", line);
    }
    const last = passages[passages.length - 1];
    if (last && last.kind === "paragraph" && !TERMINAL.test(last.text)) open = last;
  }

  // Each footnote belongs to the passage whose text carries its marker.
  for (const note of footnotes) {
    const holder = passages.find((p) => p.footnotes.includes(note.n));
    note.passage = holder?.id ?? "";
    note.section = holder?.section ?? "";
    note.regions = regionsNamedIn(note.text, regions);
  }
  footnotes.sort((a, b) => a.n - b.n);
  return { sourceFile, sections, passages, footnotes };
}

/**
 * The region names a footnote lists: its first sentence, split on commas
 * (footnote 14 adds a second sentence; footnote 31 ends with a stray comma).
 */
export function footnoteListNames(text: string): string[] {
  const normal = normaliseWhitespace(text);
  const end = normal.search(/\.(\s|$)/u);
  const first = end >= 0 ? normal.slice(0, end) : normal;
  return first
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/**
 * The committed file's exact text: one section, passage or footnote per line,
 * so a change to the report shows as a change to its lines. A passage's text
 * is not written twice: it is its sentences joined with single spaces, and the
 * schema (reportSchema.ts) puts it back at load.
 */
export function serializeReport(doc: ReportDoc): string {
  const lines = (items: readonly unknown[]) => items.map((item) => JSON.stringify(item)).join(",\n");
  const passages = doc.passages.map(({ text: _text, ...rest }) => rest);
  return [
    `{"sourceFile":${JSON.stringify(doc.sourceFile)},`,
    `"sections":[\n${lines(doc.sections)}\n],`,
    `"passages":[\n${lines(passages)}\n],`,
    `"footnotes":[\n${lines(doc.footnotes)}\n]}`,
    "",
  ].join("\n");
}
