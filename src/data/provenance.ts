import type { ValidationIssue } from "./issues";
import { arrayAt, isObject, numberAt, stringAt } from "./loose";
import { indexReport, footnoteCodes, type ReportIndex } from "./reportIndex";
import { normaliseWhitespace, regionsNamedIn } from "./reportParse";
import type { ReportDoc } from "./reportSchema";

/**
 * Provenance: everything in the dataset that claims to be the report's words
 * is a run of whole sentences of the passage it names in the parsed report
 * (data/report-<edition>.json, itself proven equal to the parse of
 * data/sources/), and every list of regions is the report's own list. One
 * check per entity; all read their input defensively, so they also run on a
 * file that failed the schema, and never throw.
 */

type Add = (path: string, message: string) => void;

type Context = {
  report: ReportIndex;
  add: Add;
  codeOf: (name: string) => string | undefined;
  nameOf: (code: string) => string;
  names: { code: string; name: string }[];
  allCodes: string[];
};

const describe = (ctx: Context, codes: Iterable<string>) => [...codes].map(ctx.nameOf).join(", ") || "(none)";
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const codesAt = (v: unknown, key: string) => arrayAt(v, key).filter((c): c is string => typeof c === "string");

/** The quote (the item's field `field`) is a run of whole sentences of the passage it names. */
function checkQuote(ctx: Context, path: string, passage: string | undefined, quote: string | undefined, field = "quote"): boolean {
  if (quote === undefined) return false;
  if (passage === undefined) {
    ctx.add(`${path}.passage`, "names no passage of the report");
    return false;
  }
  if (!ctx.report.passage(passage)) {
    ctx.add(`${path}.passage`, `${passage} is not a passage of the report`);
    return false;
  }
  if (!ctx.report.sentenceRun(passage, quote)) {
    ctx.add(`${path}.${field}`, `is not whole sentences of ${passage}, verbatim`);
    return false;
  }
  return true;
}

/**
 * A footnote the item cites: it exists, its marker stands in the quote, and its list equals `regions` when
 * given. Issues about the footnote and the quote go under `path`, about the regions under `regionsPath`.
 */
function checkFootnote(ctx: Context, path: string, n: number, quote: string, regions?: readonly string[], regionsPath = `${path}.regions`) {
  const note = ctx.report.footnote(n);
  if (!note) return ctx.add(`${path}.footnote`, `footnote ${n} is not in the report`);
  if (!normaliseWhitespace(quote).match(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu)?.some((m) => m === toSuperscript(n))) {
    ctx.add(`${path}.quote`, `does not carry the marker of footnote ${n} (${toSuperscript(n)})`);
  }
  const { codes, unknown } = footnoteCodes(note, ctx.codeOf);
  for (const name of unknown) ctx.add(`${path}.footnote`, `footnote ${n} names "${name}", which is not the name of any region`);
  if (regions && !sameSet(codes, regions)) {
    ctx.add(
      regionsPath,
      `footnote ${n} lists ${describe(ctx, codes)} but the item has ${describe(ctx, regions)}` +
        ` (missing: ${describe(ctx, codes.filter((c) => !regions.includes(c)))};` +
        ` not in the footnote: ${describe(ctx, regions.filter((c) => !codes.includes(c)))})`,
    );
  }
}

export function toSuperscript(n: number): string {
  return [...String(n)].map((d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)]).join("");
}

function checkStatuses(ctx: Context, raw: unknown) {
  const regions = arrayAt(raw, "regions");
  arrayAt(raw, "statuses").forEach((status, i) => {
    const path = `statuses[${i}]`;
    const quote = stringAt(status, "quote");
    const n = numberAt(status, "footnote");
    const id = stringAt(status, "id");
    if (!checkQuote(ctx, path, stringAt(status, "passage"), quote) || n === undefined || !quote) return;
    const members = regions.filter((r) => isObject(r) && stringAt(r.strategy, "status") === id).map((r) => stringAt(r, "code") ?? "");
    checkFootnote(ctx, path, n, quote, members);
  });
}

function checkPractices(ctx: Context, raw: unknown) {
  arrayAt(raw, "practices").forEach((practice, i) => {
    const path = `practices[${i}]`;
    const source = isObject(practice) ? practice.source : undefined;
    const quote = stringAt(source, "quote");
    if (!checkQuote(ctx, `${path}.source`, stringAt(source, "passage"), quote) || !quote) return;
    const regions = codesAt(practice, "regions");
    const named = regionsNamedIn(quote, ctx.names);
    const n = numberAt(source, "footnote");
    switch (stringAt(practice, "evidence")) {
      case "listed":
        if (n !== undefined) checkFootnote(ctx, `${path}.source`, n, quote, regions, `${path}.regions`);
        else ctx.add(`${path}.source.footnote`, `a list is a footnote's; regions a sentence names are "examples" or an "example"`);
        break;
      case "examples":
        // "exempelvis Östergötland, Blekinge och Värmland": the sentence itself says its regions are examples.
        if (!/\b(exempelvis|till exempel|som exempel)\b/iu.test(quote)) ctx.add(`${path}.source.quote`, "does not say its regions are examples");
        if (n !== undefined) ctx.add(`${path}.source.footnote`, "examples named in a sentence have no footnote; a footnote's regions are a list");
        if (!sameSet(named, regions) || named.length < 2) {
          ctx.add(`${path}.regions`, `examples of one statement are the regions its sentence names (${describe(ctx, named)}), but the practice has ${describe(ctx, regions)}`);
        }
        break;
      case "example":
        if (regions.length !== 1 || !named.includes(regions[0]!)) {
          ctx.add(`${path}.regions`, `an example is one region its quote names (${describe(ctx, named)}), but the practice has ${describe(ctx, regions)}`);
        }
        break;
      case "all":
        if (!/\b(alla|samtliga) regioner/iu.test(quote)) ctx.add(`${path}.source.quote`, "does not say the statement is of all regions");
        if (!sameSet(regions, ctx.allCodes)) ctx.add(`${path}.regions`, "a statement of all regions has all regions");
        break;
    }
  });
}

function checkExcerpts(ctx: Context, raw: unknown) {
  arrayAt(raw, "excerpts").forEach((excerpt, i) => {
    const path = `excerpts[${i}]`;
    const text = stringAt(excerpt, "text");
    const code = stringAt(excerpt, "region") ?? "";
    if (!checkQuote(ctx, path, stringAt(excerpt, "passage"), text, "text") || !text) return;
    const n = numberAt(excerpt, "footnote");
    if (stringAt(excerpt, "kind") === "text") {
      if (!regionsNamedIn(text, ctx.names).includes(code)) ctx.add(`${path}.text`, `does not name ${ctx.nameOf(code)} (region ${code})`);
    } else if (n !== undefined) {
      checkFootnote(ctx, path, n, text, undefined);
      const note = ctx.report.footnote(n);
      if (note && stringAt(excerpt, "note") !== note.text) ctx.add(`${path}.note`, `is not the text of footnote ${n}, verbatim`);
      if (note && !footnoteCodes(note, ctx.codeOf).codes.includes(code)) ctx.add(`${path}.region`, `footnote ${n} does not list ${ctx.nameOf(code)}`);
    }
  });
}

/** A note's side, a caveat, a status' note: a sentence run of a passage, or a footnote's text (part of it). */
function checkSide(ctx: Context, path: string, side: unknown) {
  const n = numberAt(side, "footnote");
  const quote = stringAt(side, "quote");
  if (n === undefined) return void checkQuote(ctx, path, stringAt(side, "passage"), quote);
  const note = ctx.report.footnote(n);
  if (!note) ctx.add(`${path}.footnote`, `footnote ${n} is not in the report`);
  else if (quote === undefined || !note.text.includes(normaliseWhitespace(quote))) ctx.add(`${path}.quote`, `is not in footnote ${n}, verbatim`);
}

function checkNotesAndCaveats(ctx: Context, raw: unknown) {
  arrayAt(raw, "notes").forEach((note, i) => arrayAt(note, "sides").forEach((side, j) => checkSide(ctx, `notes[${i}].sides[${j}]`, side)));
  const caveats = isObject(raw) ? raw.caveats : undefined;
  arrayAt(caveats, "items").forEach((item, i) => checkSide(ctx, `caveats.items[${i}]`, item));
}

/** Every region's listing line is a line of "Underlag sammanställning"; its title is in it; a note is a footnote's sentence. */
function checkStrategies(ctx: Context, raw: unknown) {
  const listings = ctx.report.doc.passages.filter((p) => p.kind === "listing").map((p) => p.text);
  const footnoteTexts = ctx.report.doc.footnotes.map((f) => f.text);
  arrayAt(raw, "regions").forEach((region, j) => {
    const strategy = isObject(region) ? region.strategy : undefined;
    const path = `regions[${j}].strategy`;
    const listing = stringAt(strategy, "listing");
    const title = stringAt(strategy, "title");
    const note = stringAt(strategy, "note");
    if (listing !== undefined && !listings.includes(normaliseWhitespace(listing))) ctx.add(`${path}.listing`, "is not a line of the list of strategies, verbatim");
    if (title && listing && !listing.includes(`*${title}*`)) ctx.add(`${path}.title`, "is not the title in the strategy's listing line");
    if (note && !footnoteTexts.some((t) => t.includes(note))) ctx.add(`${path}.note`, "is not in a footnote of the report, verbatim");
  });
}

/** Texts quoted as whole passages: the title, the questions (1.4) and the findings (summary, 2.2.9). */
function checkWholePassages(ctx: Context, raw: unknown) {
  const texts = new Set(ctx.report.doc.passages.map((p) => p.text));
  const whole = (path: string, value: unknown) => {
    if (typeof value === "string" && !texts.has(normaliseWhitespace(value))) ctx.add(path, "is not a passage of the report, verbatim");
  };
  const edition = isObject(raw) ? raw.edition : undefined;
  whole("edition.title", stringAt(edition, "title"));
  const reference = stringAt(edition, "reference");
  if (reference && !ctx.report.doc.passages.some((p) => p.section === "front" && p.text.includes(reference))) {
    ctx.add("edition.reference", "is not on the report's title page");
  }
  arrayAt(raw, "questions").forEach((q, i) => {
    const text = stringAt(q, "text");
    const id = numberAt(q, "id");
    if (text !== undefined) whole(`questions[${i}].text`, `${id}. ${text}`);
  });
  const findings = isObject(raw) ? raw.findings : undefined;
  for (const key of ["summary", "challenges", "successFactors"] as const) {
    arrayAt(findings, key).forEach((s, i) => whole(`findings.${key}[${i}]`, s));
  }
}

export function checkProvenance(raw: unknown, report: ReportDoc): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const names = arrayAt(raw, "regions").flatMap((r) => {
    const code = stringAt(r, "code");
    const name = stringAt(r, "name");
    return code && name ? [{ code, name }] : [];
  });
  const ctx: Context = {
    report: indexReport(report),
    add: (path, message) => issues.push({ path, message }),
    codeOf: (name) => names.find((r) => r.name === name)?.code,
    nameOf: (code) => names.find((r) => r.code === code)?.name ?? code,
    names,
    allCodes: names.map((r) => r.code),
  };
  checkStatuses(ctx, raw);
  checkStrategies(ctx, raw);
  checkPractices(ctx, raw);
  checkExcerpts(ctx, raw);
  checkNotesAndCaveats(ctx, raw);
  checkWholePassages(ctx, raw);
  return issues;
}
