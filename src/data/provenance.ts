import type { Dataset } from "./schema";
import type { ValidationIssue } from "./issues";
import { arrayAt, isObject, numberAt, stringAt } from "./loose";

/**
 * Provenance: every text in the dataset that claims to be the report's words must be
 * found verbatim in the report, and every region list the report gives in a footnote
 * must equal the dataset's list. Pure functions, no I/O: the caller passes the source text.
 *
 * What "verbatim" means here: the dataset string and the report are both compared after
 * normalising white space (runs of white space become one space, ends trimmed). Nothing
 * else is changed in the dataset string. The report is a PDF extraction, so footnote
 * paragraphs printed at a page foot interrupt the running text at page breaks (e.g.
 * "I Skåne är *Skånes utvecklingsdag* ett årligt" … footnotes 30–32 … "fysiskt forum där …").
 * A string is therefore accepted if it is found in EITHER
 *   - the normalised full source, or
 *   - bodyText(source): the source with its footnote paragraphs removed, then normalised.
 * Removing footnote paragraphs (paragraphs that start with a superscript number followed
 * by a space) is the only change made to the source besides white space.
 */

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const FOOTNOTE_LINE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(\S.*)$/u;

export function normaliseWhitespace(s: string): string {
  return s.replace(/\s+/gu, " ").trim();
}

export function toSuperscript(n: number): string {
  return String(n)
    .split("")
    .map((d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d)
    .join("");
}

export function fromSuperscript(s: string): number {
  let n = 0;
  for (const ch of s) {
    const d = SUPERSCRIPT_DIGITS.indexOf(ch);
    if (d < 0) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
}

/** Paragraphs of the source: runs of non-blank lines separated by blank lines. */
function paragraphs(sourceText: string): string[] {
  return sourceText
    .replace(/\r\n?/gu, "\n")
    .split(/\n[ \t]*\n/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

function isFootnoteParagraph(paragraph: string): boolean {
  return FOOTNOTE_LINE.test(paragraph.split("\n")[0]?.trim() ?? "");
}

/**
 * Footnotes of the report, by number. A footnote is a paragraph that starts with a
 * superscript number followed by a space, e.g. "¹⁵ Kalmar, Stockholm, Östergötland.".
 * The value is the footnote's text (white space normalised), without the number.
 */
export function parseFootnotes(sourceText: string): Map<number, string> {
  const notes = new Map<number, string>();
  for (const paragraph of paragraphs(sourceText)) {
    const match = FOOTNOTE_LINE.exec(normaliseWhitespace(paragraph));
    if (!match) continue;
    const n = fromSuperscript(match[1] ?? "");
    if (!Number.isFinite(n) || notes.has(n)) continue;
    notes.set(n, normaliseWhitespace(match[2] ?? ""));
  }
  return notes;
}

/**
 * The region names a footnote lists: its first sentence, split on commas.
 * Footnote 14 has a second sentence ("Jämtland Härjedalen har genomfört …"), which is not
 * part of the list; footnote 31 ends with a stray comma instead of a full stop.
 */
export function footnoteRegionNames(footnoteText: string): string[] {
  const text = normaliseWhitespace(footnoteText);
  const end = text.search(/\.(\s|$)/u);
  const first = end >= 0 ? text.slice(0, end) : text;
  return first
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/** The source without footnote paragraphs, white space normalised (see the note at the top). */
export function bodyText(sourceText: string): string {
  return normaliseWhitespace(
    paragraphs(sourceText)
      .filter((p) => !isFootnoteParagraph(p))
      .join("\n\n"),
  );
}

/** A matcher for "is this string verbatim in the report?" built once per source text. */
export function verbatimMatcher(sourceText: string): (s: string) => boolean {
  const body = bodyText(sourceText);
  const full = normaliseWhitespace(sourceText);
  return (s: string) => {
    const needle = normaliseWhitespace(s);
    return needle.length > 0 && (body.includes(needle) || full.includes(needle));
  };
}

// --- defensive accessors: checkProvenance may be handed data that failed the schema ---

function listNames(names: Iterable<string>): string {
  const list = [...names];
  return list.length > 0 ? list.join(", ") : "(none)";
}

/**
 * Does the quote cite footnote n? Either the marker is inside the quote, or the quote is
 * found in the report immediately followed by the marker (the marker after a sentence's
 * full stop or at the end of a bullet is kept out of the quote).
 */
function citesFootnote(quote: string, n: number, haystacks: readonly string[]): boolean {
  const marker = toSuperscript(n);
  const needle = normaliseWhitespace(quote);
  if (needle.includes(marker)) return true;
  for (const haystack of haystacks) {
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(needle, from);
      if (at < 0) break;
      const after = haystack.slice(at + needle.length).trimStart();
      if (after.startsWith(marker) && !SUPERSCRIPT_DIGITS.includes(after.charAt(marker.length))) return true;
      from = at + 1;
    }
  }
  return false;
}

export function checkProvenance(data: Dataset, sourceText: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const isVerbatim = verbatimMatcher(sourceText);
  const haystacks = [bodyText(sourceText), normaliseWhitespace(sourceText)] as const;
  const footnotes = parseFootnotes(sourceText);
  const raw: unknown = data;

  const verbatim = (path: string, value: unknown) => {
    if (typeof value !== "string") return;
    if (!isVerbatim(value)) add(path, "not found verbatim in the report");
  };

  // Region names → codes, through the dataset's own regions[].name.
  const regions = arrayAt(raw, "regions");
  const codeByName = new Map<string, string>();
  const nameByCode = new Map<string, string>();
  for (const region of regions) {
    const code = stringAt(region, "code");
    const name = stringAt(region, "name");
    if (code && name) {
      codeByName.set(name, code);
      nameByCode.set(code, name);
    }
  }
  const nameOf = (code: string) => nameByCode.get(code) ?? code;

  /** Codes of a footnote's regions; reports unknown names and missing footnotes at `path`. */
  const footnoteCodes = (path: string, n: number): Set<string> | undefined => {
    const text = footnotes.get(n);
    if (text === undefined) {
      add(path, `footnote ${n} is not in the report`);
      return undefined;
    }
    const codes = new Set<string>();
    for (const name of footnoteRegionNames(text)) {
      const code = codeByName.get(name);
      if (code) codes.add(code);
      else add(path, `footnote ${n} names "${name}", which is not the name of any region in regions[]`);
    }
    return codes;
  };
  const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
  const describe = (codes: Iterable<string>) => listNames([...codes].map(nameOf));

  // Edition
  const edition = isObject(raw) ? raw.edition : undefined;
  verbatim("edition.title", stringAt(edition, "title"));
  verbatim("edition.reference", stringAt(edition, "reference"));

  // Questions
  arrayAt(raw, "questions").forEach((q, i) => verbatim(`questions[${i}].text`, stringAt(q, "text")));

  // Statuses: quote verbatim, cites its footnote; membership equals the footnote.
  arrayAt(raw, "statuses").forEach((status, i) => {
    const quote = stringAt(status, "quote");
    verbatim(`statuses[${i}].quote`, quote);
    const id = stringAt(status, "id");
    const n = numberAt(status, "footnote");
    if (n === undefined || id === undefined) return;
    if (quote !== undefined && isVerbatim(quote) && !citesFootnote(quote, n, haystacks)) {
      add(`statuses[${i}].quote`, `does not carry the marker of footnote ${n} (${toSuperscript(n)})`);
    }
    const expected = footnoteCodes(`statuses[${i}].footnote`, n);
    if (!expected) return;
    const actual = new Set<string>();
    regions.forEach((region, j) => {
      const code = stringAt(region, "code");
      const regionStatus = isObject(region) ? stringAt(region.strategy, "status") : undefined;
      if (!code) return;
      if (regionStatus === id) actual.add(code);
      if (regionStatus === id && !expected.has(code)) {
        add(
          `regions[${j}].strategy.status`,
          `${nameOf(code)} has status "${id}", but footnote ${n} (${id}) does not list ${nameOf(code)}`,
        );
      }
      if (regionStatus !== id && expected.has(code)) {
        add(
          `regions[${j}].strategy.status`,
          `${nameOf(code)} has status "${regionStatus ?? "(missing)"}", but footnote ${n} lists ${nameOf(code)} under "${id}"`,
        );
      }
    });
    if (!sameSet(expected, actual)) {
      add(
        `statuses[${i}]`,
        `footnote ${n} lists ${expected.size} regions (${describe(expected)}) but ${actual.size} regions have status "${id}" (${describe(actual)})`,
      );
    }
  });

  // Strategies
  regions.forEach((region, j) => {
    const strategy = isObject(region) ? region.strategy : undefined;
    verbatim(`regions[${j}].strategy.title`, stringAt(strategy, "title"));
    verbatim(`regions[${j}].strategy.listing`, stringAt(strategy, "listing"));
    verbatim(`regions[${j}].strategy.note`, stringAt(strategy, "note"));
    const title = stringAt(strategy, "title");
    const listing = stringAt(strategy, "listing");
    if (title && listing && !normaliseWhitespace(listing).includes(normaliseWhitespace(title))) {
      add(`regions[${j}].strategy.title`, "is not part of the strategy's listing line");
    }
  });

  // Practices: quote verbatim; a footnoted practice has exactly the footnote's regions.
  arrayAt(raw, "practices").forEach((practice, i) => {
    const source = isObject(practice) ? practice.source : undefined;
    const quote = stringAt(source, "quote");
    verbatim(`practices[${i}].source.quote`, quote);
    const n = numberAt(source, "footnote");
    if (n === undefined) return;
    if (quote !== undefined && isVerbatim(quote) && !citesFootnote(quote, n, haystacks)) {
      add(`practices[${i}].source.quote`, `is not the passage that cites footnote ${n} (${toSuperscript(n)})`);
    }
    const expected = footnoteCodes(`practices[${i}].source.footnote`, n);
    if (!expected) return;
    const actual = new Set(arrayAt(practice, "regions").filter((c): c is string => typeof c === "string"));
    if (!sameSet(expected, actual)) {
      add(
        `practices[${i}].regions`,
        `footnote ${n} lists ${describe(expected)} but the practice has ${describe(actual)}` +
          ` (missing: ${describe([...expected].filter((c) => !actual.has(c)))};` +
          ` not in the footnote: ${describe([...actual].filter((c) => !expected.has(c)))})`,
      );
    }
  });

  // Excerpts: verbatim, and the passage names the region.
  arrayAt(raw, "excerpts").forEach((excerpt, i) => {
    const text = stringAt(excerpt, "text");
    verbatim(`excerpts[${i}].text`, text);
    const code = stringAt(excerpt, "region");
    const name = code ? nameByCode.get(code) : undefined;
    if (text !== undefined && name !== undefined && !text.includes(name)) {
      add(`excerpts[${i}].text`, `does not name ${name} (region ${code})`);
    }
  });

  // Findings
  const findings = isObject(raw) ? raw.findings : undefined;
  for (const key of ["summary", "challenges", "successFactors"] as const) {
    arrayAt(findings, key).forEach((s, i) => verbatim(`findings.${key}[${i}]`, s));
  }

  return issues;
}
