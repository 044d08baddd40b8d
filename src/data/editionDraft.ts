import { titlePageOf } from "./editionBundleMatch";
import type { EditionManifest } from "./editionSchema";
import { parseReport, serializeReport, type RegionName } from "./reportParse";
import type { ReportDoc } from "./reportSchema";
import { statementsOf, type Statement } from "./reportStatements";
import type { Dataset, Practice } from "./schema";

/**
 * A new report as a draft edition (`npm run edition -- new <id> <report.txt>`, docs/EDITIONS.md): everything that
 * can be read from the text is read, and everything a person must decide is marked `draft: true` and named in the
 * checklist. Validation refuses a dataset with a draft in it (schema.ts), so nothing unconfirmed is ever shown.
 * Read from the text: the report parse; the title, date and dnr of its title page; the questions of 1.4; each status
 * group of the statuses section (its sentence and its footnote's regions); each strategy of the listing (title,
 * adoption year); every footnote list under 2.2.x as a list, every sentence naming one region as an example, several
 * as examples, all regions as a statement of all regions; every place a region is named; the findings' lists.
 * Carried from the previous edition (the regions' codes and names, the questions' short labels and English, the
 * caveats' short form) and named in the checklist.
 */
export type EditionDraft = {
  manifest: EditionManifest;
  dataset: Dataset;
  report: ReportDoc;
  /** report.json as `npm run report` writes it. */
  reportText: string;
  deck: { version: 1; title: { sv: string; en: string }; slides: { view: string; title: { sv: string; en: string }; caption: { sv: string; en: string } }[] };
  checklist: string[];
};

export type Previous = { dataset: Dataset; manifest: EditionManifest };

const stripMarkers = (s: string) => s.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu, "").trim();
/** A label from a statement: its first clause, at most about 80 characters, without footnote markers. */
function labelOf(text: string): string {
  const plain = stripMarkers(text).replace(/\*/gu, "");
  const clause = plain.split(/(?<=[.:;])\s/u)[0]!.replace(/[.:;]$/u, "");
  return clause.length <= 80 ? clause : `${clause.slice(0, clause.lastIndexOf(" ", 78))} …`;
}
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[åä]/gu, "a")
    .replace(/ö/gu, "o")
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-|-$/gu, "");
const questionOf = (section: string) => {
  const m = /^2\.2\.(\d)$/u.exec(section);
  return m ? Number(m[1]) : undefined;
};

export function draftEdition(source: string, id: string, previous: Previous): EditionDraft {
  const checklist: string[] = [];
  const names: RegionName[] = previous.dataset.regions.map(({ code, name }) => ({ code, name }));
  const sourceFile = `data/editions/${id}/source.txt`;
  const report = parseReport(source, names, sourceFile);
  const statements = statementsOf(report, names);
  const sections = previous.manifest.sections;
  const footnote = new Map(report.footnotes.map((f) => [f.n, f]));
  const holder = (n: number) => statements.find((s) => s.footnotes.includes(n));

  // Title page: read as an opened bundle's report is read, so the drafted dataset is its report's edition.
  const { title = "", date = "", reference = "" } = titlePageOf(report);
  if (!date) checklist.push("The title page gives no date (YYYY-MM-DD): set edition.date and the manifest's date.");
  if (!reference) checklist.push("The title page gives no dnr (Diarienummer): set edition.reference.");
  const edition = { id, title, publisher: previous.dataset.edition.publisher, date, reference, sourceFile };
  checklist.push(`Publisher "${edition.publisher}" is carried from the previous edition: confirm it; add titleEn, an English gloss of the title.`);

  // Status groups: each footnote of the statuses section that lists regions.
  const statusNotes = report.footnotes.filter((f) => f.section === sections.statuses && f.regions.length > 0);
  const statuses = statusNotes.map((note, i) => {
    const statement = holder(note.n)!;
    const label = labelOf(statement.text);
    return { id: `status-${i + 1}`, sv: label, en: label, footnote: note.n, passage: statement.passage.id, quote: statement.text, draft: true as const };
  });
  if (statuses.length === 0) checklist.push(`No footnote of section ${sections.statuses} lists regions: write the statuses by hand.`);
  else checklist.push(`${statuses.length} status groups from the footnotes of ${sections.statuses}: give each an id, its legend words in Swedish and English (the report's wording), and remove "draft".`);

  // Strategies from the listing.
  const listing = report.passages.filter((p) => p.kind === "listing" && p.section === sections.listing);
  const regions = previous.dataset.regions.map((region) => {
    const line = listing.find((p) => p.regions.includes(region.code))?.text;
    const status = statuses.find((s) => footnote.get(s.footnote)?.regions.includes(region.code))?.id;
    if (!line) checklist.push(`${region.name}: no line of the listing names it: write its strategy by hand.`);
    if (!status) checklist.push(`${region.name}: no status footnote lists it: choose its status.`);
    return { code: region.code, scb: region.scb, name: region.name, organisation: region.organisation, strategy: strategyOf(line ?? "", status ?? statuses[0]?.id ?? "") };
  });
  checklist.push("Each strategy's horizon (the end year in its title) and outlook are read by RUS-kartan, not by the report: check them, and add data notes where the report is read rather than quoted.");

  // Questions of 1.4: the numbered items.
  const numbered = report.passages.filter((p) => p.kind === "numbered").map((p) => /^(\d)\.\s+(.+)$/u.exec(p.text));
  const questions = previous.dataset.questions.map((q) => {
    const text = numbered.find((m) => m && Number(m[1]) === q.id)?.[2];
    if (!text) checklist.push(`Question ${q.id}: not found as "${q.id}. …" in the report: write it by hand.`);
    return { ...q, text: text ?? q.text };
  });
  checklist.push("The questions' short labels and English are carried from the previous edition: check them against the new wording.");

  const practices = practicesOf(statements, statusNotes.map((n) => n.n), report, names);
  checklist.push(`${practices.length} practice candidates (footnote lists, examples, statements of all regions), each "draft": name each (sv, en), confirm its evidence kind, remove "draft"; delete what is not a practice.`);

  const dataset = {
    edition,
    questions,
    statuses,
    regions,
    practices,
    excerpts: excerptsOf(statements, report, sections.listing),
    notes: [],
    caveats: caveatsOf(report, previous.dataset),
    findings: findingsOf(report, sections.findings),
  } as unknown as Dataset;
  if (dataset.caveats.items.length === 0) checklist.push("No caveat found in 1.4.1: quote the report's own limits by hand (caveats.items).");
  checklist.push("No English translation: write translation.en.json (sentence by sentence), or the English interface shows the Swedish.");

  const manifest: EditionManifest = {
    ...previous.manifest,
    id,
    title,
    date,
    reference,
    statuses: statuses.map(({ id: statusId, sv, en }) => ({ id: statusId, sv, en })),
    source: { file: "source.txt", origin: "TO CONFIRM: where the text came from.", licence: "TO CONFIRM: on what terms it may be used." },
    links: [],
  };
  delete manifest.titleEn;
  checklist.push("manifest.json: confirm the sections, copy the final status words, write the source's origin and licence, and add links only where a public page lists them (say where each was found).");

  const deck = {
    version: 1 as const,
    title: { sv: `Regionala utvecklingsstrategier – ${title}`, en: `Regional development strategies – ${title}` },
    slides: [
      { view: "color=status", title: { sv: "Strategiernas status", en: "Status of the strategies" }, caption: { sv: `Avsnitt ${sections.statuses}.`, en: `Section ${sections.statuses}.` } },
      { view: "color=year", title: { sv: "När strategierna antogs", en: "When the strategies were adopted" }, caption: { sv: "Rapportens förteckning.", en: "The report's listing." } },
    ],
  };
  checklist.push("deck.json: a two-slide start; build the edition's briefing in the deck builder and save it here.");

  return { manifest, dataset, report, reportText: serializeReport(report), deck, checklist };
}

/** A strategy from its listing line: "Region X *Title*. Antagen 2024." (with "2021/2024" as adopted and revised). */
function strategyOf(line: string, status: string) {
  const title = /\*([^*]+)\*/u.exec(line)?.[1] ?? "";
  const years = /Antagen (\d{4})(?:\/(\d{4}))?/u.exec(line);
  const range = /(\d{4})\s*[–-]\s*(\d{4})/u.exec(title);
  const outlook = /utblick mot (\d{4})/iu.exec(title)?.[1];
  const lone = [...title.matchAll(/(?<!\d)(\d{4})(?!\d)/gu)].map((m) => Number(m[1]));
  const horizon = range ? Number(range[2]) : lone.length === 1 && !outlook ? lone[0] : undefined;
  return {
    title,
    adopted: years ? Number(years[1]) : 0,
    ...(years?.[2] ? { revised: Number(years[2]) } : {}),
    status,
    ...(horizon ? { horizon } : {}),
    ...(outlook ? { outlook: Number(outlook) } : {}),
    listing: line,
  };
}

/** Candidates under 2.2.x: a footnote list, one region named (example), several named (examples), all regions. */
function practicesOf(statements: Statement[], statusNotes: number[], report: ReportDoc, names: RegionName[]) {
  const all = names.map((n) => n.code);
  const listOf = new Map(report.footnotes.map((f) => [f.n, f.regions]));
  const used = new Set<string>();
  const unique = (base: string) => {
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    return id;
  };
  const practices: (Practice & { draft: true })[] = [];
  for (const s of statements) {
    const question = questionOf(s.passage.section);
    if (question === undefined) continue;
    const label = labelOf(s.text);
    const base = { question, sv: label, en: label, draft: true as const };
    const source = { section: s.passage.section, passage: s.passage.id, quote: s.text };
    for (const n of s.footnotes.filter((f) => !statusNotes.includes(f) && (listOf.get(f)?.length ?? 0) > 0)) {
      practices.push({ ...base, id: unique(`fotnot-${n}`), evidence: "listed", regions: listOf.get(n)!, source: { ...source, footnote: n } });
    }
    if (s.footnotes.length > 0) continue;
    if (s.allRegions) practices.push({ ...base, id: unique(`alla-${slug(label)}`), evidence: "all", regions: all, allRegions: true, source });
    else if (s.named.length === 1) practices.push({ ...base, id: unique(`exempel-${slug(names.find((r) => r.code === s.named[0])!.name)}-${question}`), evidence: "example", regions: s.named, source });
    else if (s.named.length > 1 && /\b(exempelvis|till exempel|som exempel)\b/iu.test(s.text))
      practices.push({ ...base, id: unique(`exempel-${slug(label)}`), evidence: "examples", regions: s.named, source });
  }
  return practices;
}

/** Every place the report names a region (the listing and the title page apart): its sentence, or a footnote's list. */
function excerptsOf(statements: Statement[], report: ReportDoc, listingSection: string) {
  const footnote = new Map(report.footnotes.map((f) => [f.n, f]));
  return statements
    .filter((s) => s.passage.section !== listingSection && s.passage.section !== "front")
    .flatMap((s) => {
      const question = questionOf(s.passage.section);
      const at = { ...(question ? { question } : {}), section: /^\d/u.test(s.passage.section) ? s.passage.section : "1", passage: s.passage.id, text: s.text };
      const named = s.named.filter(() => /^\d/u.test(s.passage.section)).map((region) => ({ region, ...at, kind: "text" as const }));
      const listed = s.footnotes.flatMap((n) =>
        (footnote.get(n)?.regions ?? []).map((region) => ({ region, ...at, kind: "footnote" as const, footnote: n, note: footnote.get(n)!.text })),
      );
      return [...named, ...listed];
    });
}

/** The report's own limits (1.4.1) as caveats, and the short form carried from the previous edition. */
function caveatsOf(report: ReportDoc, previous: Dataset) {
  const limits = report.passages.filter((p) => p.section === "1.4.1" && p.kind === "paragraph");
  return {
    items: limits.map((p, i) => ({ id: `avgransning-${i + 1}`, section: "1.4.1", passage: p.id, quote: p.text })),
    short: previous.caveats.short,
  };
}

/** The summary's paragraphs, and the findings section's two lists: the bullets after "utmaningar", after "framgång". */
function findingsOf(report: ReportDoc, section: string) {
  const summary = report.passages.filter((p) => p.section === "sammanfattning" && p.kind !== "heading").map((p) => p.text);
  const inSection = report.passages.filter((p) => p.section === section);
  const listAfter = (word: RegExp) => {
    const start = inSection.findIndex((p) => p.kind === "paragraph" && word.test(p.text));
    if (start < 0) return [];
    const rest = inSection.slice(start + 1);
    const end = rest.findIndex((p) => p.kind !== "bullet");
    return (end < 0 ? rest : rest.slice(0, end)).map((p) => p.text);
  };
  return { summary, challenges: listAfter(/utmaning/iu), successFactors: listAfter(/framgång/iu) };
}
