import { FOOTNOTE_TEXT, REGION_NAMES, SOURCE_TEXT } from "./reportFacts";

/**
 * The report's statements, read from its text (data/editions/<id>/source.txt) by the test with
 * plain string functions — not by the app's parser or search — to say what a
 * search must colour (GUIDE 2.4):
 * - a list item ("- ▀ …", "1. …", a "Region …" line of the listing) is one statement, whatever its sentences;
 * - running text is split into sentences, each a statement;
 * - a short line without a full stop that stands over text ("Rumslig planering") is that text's first statement's
 *   subject: the two are one statement;
 * - a footnote's names belong to the statement its marker stands in.
 * A paragraph is a block of the text (a paragraph cut by a page break continues in lower case after the footnotes).
 */
export type FactStatement = { text: string; paragraph: number; notes: number[] };

const SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const markers = (text: string) =>
  [...text.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu)].map((m) => [...m[0]].reduce((n, ch) => n * 10 + SUPER.indexOf(ch), 0));

/** Names as whole words, or in the genitive ("Skånes"): codes. */
export const namesIn = (text: string) =>
  Object.entries(REGION_NAMES)
    .filter(([, name]) => new RegExp(`(?<![\\p{L}\\d])${name}s?(?![\\p{L}\\d])`, "u").test(text))
    .map(([code]) => code);

/** Sentences: a break after . ! ? (and markers) before a capital, not inside a *title*, not after "1.". */
function sentences(text: string): string[] {
  const out: string[] = [];
  let current = "";
  for (const piece of text.split(/(?<=[.!?][⁰¹²³⁴⁵⁶⁷⁸⁹]*)\s+(?=[A-ZÅÄÖ*])/u)) {
    current = current ? `${current} ${piece}` : piece;
    const openTitle = (current.match(/\*/gu)?.length ?? 0) % 2 === 1;
    if (!openTitle && !/^\d+\.$/u.test(current)) {
      out.push(current);
      current = "";
    }
  }
  if (current) out.push(current);
  return out;
}

const isBullet = (line: string) => /^-\s*▀\s*/u.test(line);
const isSectionHeading = (line: string) => /^\d+(\.\d+)*\s+\S/u.test(line) && !/[.:!?]$/u.test(line);
const isShortHeading = (line: string) => !/[.:!?][⁰¹²³⁴⁵⁶⁷⁸⁹]*$/u.test(line) && line.length <= 60 && !/\s(är|och)$/u.test(line);

function parse(): FactStatement[] {
  const body = SOURCE_TEXT.slice(SOURCE_TEXT.indexOf("\nSammanfattning\n"));
  const blocks = body
    .split(/\n[ \t]*\n/u)
    .map((b) =>
      b
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .filter((b) => b.length > 0 && !/^[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(b[0]!))
    // The table of contents: lines with a tab.
    .filter((b) => !b.some((l) => l.includes("\t")) && b[0] !== "Innehåll");
  // A paragraph cut by a page break continues, in lower case, in a block of its own.
  const paragraphs: string[][] = [];
  for (const block of blocks) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && block.length === 1 && /^\p{Ll}/u.test(block[0]!)) last[last.length - 1] += ` ${block[0]}`;
    else paragraphs.push(block);
  }
  const out: FactStatement[] = [];
  let paragraph = 0;
  let heading: string | undefined;
  const push = (text: string) => {
    const whole = heading ? `${heading} ${text}` : text;
    heading = undefined;
    out.push({ text: whole, paragraph, notes: markers(text) });
  };
  for (const block of paragraphs) {
    const single = block.length === 1 ? block[0]! : undefined;
    if (single !== undefined && (isSectionHeading(single) || single === "Underlag sammanställning")) {
      if (heading) push("");
      paragraph += 1;
      out.push({ text: single, paragraph, notes: [] });
      continue;
    }
    if (single !== undefined && !isBullet(single) && isShortHeading(single)) {
      if (heading) push("");
      paragraph += 1;
      heading = single;
      continue;
    }
    for (const line of block) {
      paragraph += 1;
      if (isBullet(line) || /^\d+\.\s/u.test(line) || line.startsWith("Region ")) push(line.replace(/^-\s*▀\s*/u, ""));
      else for (const sentence of sentences(line)) push(sentence);
    }
  }
  return out.map((s) => ({ ...s, text: s.text.trim() }));
}

export const STATEMENTS = parse();

/** The names a statement's footnotes hold. */
const noteNames = (s: FactStatement) => s.notes.flatMap((n) => namesIn(FOOTNOTE_TEXT.get(n) ?? ""));

const ALL = /(?<![\p{L}\d])(alla|samtliga)\s+(\d+\s+)?regioner(na|nas|s)?(?![\p{L}\d])/iu;

/**
 * What a search must colour, for statements that `matches` accepts (its text with its footnotes' text): strong, the
 * names of the matching statements and their footnotes; light, the other names of their paragraphs; whether a
 * matching statement, or only another statement of a matching paragraph, is said of all regions.
 */
export function expectedTones(matches: (textWithNotes: string) => boolean) {
  const hits = STATEMENTS.filter((s) => matches([s.text, ...s.notes.map((n) => FOOTNOTE_TEXT.get(n) ?? "")].join(" ")));
  const strong = new Set(hits.flatMap((s) => [...namesIn(s.text), ...noteNames(s)]));
  const paragraphs = new Set(hits.map((s) => s.paragraph));
  const sameParagraph = STATEMENTS.filter((s) => paragraphs.has(s.paragraph));
  const light = new Set(sameParagraph.flatMap((s) => [...namesIn(s.text), ...noteNames(s)]).filter((c) => !strong.has(c)));
  const allRegions = hits.some((s) => ALL.test(s.text));
  const lightAllRegions = !allRegions && sameParagraph.some((s) => ALL.test(s.text));
  return { statements: hits.length, strong: [...strong].sort(), light: [...light].sort(), allRegions, lightAllRegions };
}
