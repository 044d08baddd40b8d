import { cutText } from "./cutText";
import type { EditionManifest } from "./editionSchema";
import type { ValidationIssue } from "./issues";
import type { ReportDoc } from "./reportSchema";
import type { Edition } from "./schema";
import type { ReportTranslation } from "./translationSchema";

/**
 * Which edition each file of an edition says it is, and whether two files say the same. A dataset names its edition
 * whole (id, title, date, dnr, source text); a report parse names its source text and, on its title page, its title,
 * date and dnr; a translation names the parse it translates; a manifest names id, title, date and dnr. A refusal
 * names both sides as each file states itself, so the person who made the bundle sees which file is the stray.
 */

/** The file a statement comes from: one of a bundle's, or the report the app already has (shipped, or opened earlier). */
export type EditionFile = "dataset" | "report" | "translation" | "manifest" | "shipped" | "opened";

/** An edition as one file states it; what the file does not state is absent. */
export type EditionClaim = { file: EditionFile; id: string; title?: string; date?: string; reference?: string; sourceFile?: string };

/** The source text of edition `id` as every file of the edition names it (docs/EDITIONS.md). */
export const sourceFileOf = (id: string) => `data/editions/${id}/source.txt`;

/** "data/editions/2026/report.json" → "2026": the folder is the edition's id; a path of no edition folder stays whole. */
const folderId = (path: string) => /^data\/editions\/([^/]+)\//u.exec(path)?.[1] ?? path;

export function datasetClaim(edition: Edition): EditionClaim {
  const { id, title, date, reference, sourceFile } = edition;
  return { file: "dataset", id, title, date, reference, sourceFile };
}

/**
 * A report parse's title page: the title, the date (a paragraph that is one ISO date) and the dnr ("Diarienummer:"),
 * the one reading of both `npm run edition -- new` (editionDraft.ts) and an opened bundle, so a drafted edition's
 * dataset states the edition its report states.
 */
export function titlePageOf(report: ReportDoc): { title?: string; date?: string; reference?: string } {
  const front = report.passages.filter((p) => p.section === "front");
  const title = front.find((p) => p.kind === "title")?.text ?? front[0]?.text;
  const date = front.map((p) => p.text).find((t) => /^\d{4}-\d{2}-\d{2}$/u.test(t));
  const reference = front.map((p) => /(?:Diarienummer|Dnr):?\s*(.+)$/iu.exec(p.text)?.[1]?.trim()).find(Boolean);
  return { ...(title && { title }), ...(date && { date }), ...(reference && { reference }) };
}

export function reportClaim(report: ReportDoc, file: "report" | "opened" = "report"): EditionClaim {
  return { file, id: folderId(report.sourceFile), sourceFile: report.sourceFile, ...titlePageOf(report) };
}

/** A translation states the parse it translates: its edition's report.json. */
export function translationClaim(translation: ReportTranslation): EditionClaim {
  const { source } = translation;
  return { file: "translation", id: folderId(source), sourceFile: source.replace(/\/report\.json$/u, "/source.txt") };
}

export function manifestClaim(manifest: EditionManifest, file: "manifest" | "shipped" = "manifest"): EditionClaim {
  const { id, title, date, reference } = manifest;
  return { file, id, title, date, reference, sourceFile: sourceFileOf(id) };
}

const COMPARED = ["date", "reference", "sourceFile"] as const;

/**
 * The same edition: the same id, and every other field both files state equal. Titles only name: a title page and a
 * dataset word a title differently ("… strategier" against "… strategier. Uppdrag 3.4 …").
 */
export function sameEdition(a: EditionClaim, b: EditionClaim): boolean {
  return a.id === b.id && COMPARED.every((key) => a[key] === undefined || b[key] === undefined || a[key] === b[key]);
}

/** How much of a title a message carries: enough to know it, never a hostile file's 2,000 characters. */
const TITLE_LENGTH = 100;

/** A claim as the parameters of an issue (data/issues.ts: values are strings), each key prefixed ("aId", "bDate"). */
function claimParams(prefix: "a" | "b", claim: EditionClaim): Record<string, string> {
  const out: Record<string, string> = { [`${prefix}File`]: claim.file, [`${prefix}Id`]: cutText(claim.id, TITLE_LENGTH) };
  if (claim.title) out[`${prefix}Title`] = cutText(claim.title, TITLE_LENGTH);
  if (claim.date) out[`${prefix}Date`] = claim.date;
  if (claim.reference) out[`${prefix}Reference`] = cutText(claim.reference, TITLE_LENGTH);
  return out;
}

/** "edition 2026 (“Sammanställning …”, 2026-04-09, ref. Å 2025-51)": for scripts and logs (the page words it in i18n/). */
function claimEnglish(claim: EditionClaim): string {
  const details = [claim.title && `“${cutText(claim.title, TITLE_LENGTH)}”`, claim.date, claim.reference && `ref. ${claim.reference}`].filter(Boolean);
  return `edition ${claim.id}${details.length > 0 ? ` (${details.join(", ")})` : ""}`;
}

/** Where an edition's issue stands: the files as a whole, not a field of one (the page names no place for it). */
export const EDITION_PATH = "(edition)";

/** Two files of different editions: refused, naming both. */
export function mismatchIssue(a: EditionClaim, b: EditionClaim): ValidationIssue {
  return {
    path: EDITION_PATH,
    message: `the ${a.file} is ${claimEnglish(a)}, the ${b.file} ${claimEnglish(b)}: an edition is opened whole`,
    problem: { code: "rule", rule: "edition-mismatch", params: { ...claimParams("a", a), ...claimParams("b", b) } },
  };
}

/** A dataset alone of an edition the app has no report of: it must come in a bundle with its report. */
export function unknownEditionIssue(claim: EditionClaim): ValidationIssue {
  return {
    path: EDITION_PATH,
    message: `${claimEnglish(claim)} is not in this build: open it as a bundle with its report`,
    problem: { code: "rule", rule: "edition-unknown", params: claimParams("a", claim) },
  };
}
