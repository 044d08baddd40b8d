import type { FileProblem } from "../data/issues";
import { PRESENT_STRINGS } from "./present";
import { RESILIENCE_STRINGS } from "./resilience";
import type { Lang } from "./strings";

const LOCALE: Record<Lang, string> = { sv: "sv-SE", en: "en-GB" };
const MIB = 1024 * 1024;

/** "30 000" / "30,000". */
export const formatCount = (lang: Lang, n: number) => n.toLocaleString(LOCALE[lang]);

/** A file size as people read it: "20 MB", "1,5 MB", "513 kB". */
function fileSize(lang: Lang, bytes: number): string {
  if (bytes >= MIB) return `${(bytes / MIB).toLocaleString(LOCALE[lang], { maximumFractionDigits: 1 })} MB`;
  return `${formatCount(lang, Math.ceil(bytes / 1024))} kB`;
}

/** The name of a button as the interface shows it, without the "…" that says it opens something. */
const buttonName = (label: string) => label.replace(/\s*…$/u, "");

/** What is wrong with a file as a whole, in whole sentences (the data layer's FileProblem). */
const sv = {
  tooLarge: (size: string, limit: string) => `Filen är ${size}; största tillåtna storlek är ${limit}.`,
  unreadable: (detail: string) => `Filen kunde inte läsas (${detail}).`,
  fetchFailed: (file: string) => `Kunde inte hämta ${file} — kontrollera nätverket och försök igen.`,
  fetchRefused: (file: string, status: string) => `Kunde inte hämta ${file} (servern svarade ${status}) — försök igen.`,
  files: { dataset: "datafilen", deck: "bildspelet" },
  encoding: "Filen har fel teckenkodning — spara filen som UTF-8 och öppna den igen.",
  notJson: "Filen är inte giltig JSON.",
  notJsonAt: (line: string, column: string) => `Filen är inte giltig JSON (fel på rad ${line}, tecken ${column}).`,
  tooMany: (path: string, count: string, limit: string) => `Listan ${path} har ${count} poster; högst ${limit} är tillåtna.`,
  checkFailed: (error: string) => `Filen kunde inte kontrolleras: ett oväntat fel inträffade (${error}).`,
  isDeck: `Det här ser ut som ett bildspel — öppna det i ${PRESENT_STRINGS.sv.deckEditor}.`,
  isDataset: `Det här ser ut som en datafil — öppna den med knappen ${buttonName(RESILIENCE_STRINGS.sv.openDataFile)}.`,
  /** The last line of a shortened list of issues; `incomplete` when checking stopped before the end of the file. */
  moreIssues: (count: string, incomplete: boolean) => (incomplete ? `… och minst ${count} till` : `… och ${count} till`),
};

const en: typeof sv = {
  tooLarge: (size: string, limit: string) => `The file is ${size}; the largest allowed size is ${limit}.`,
  unreadable: (detail: string) => `The file could not be read (${detail}).`,
  fetchFailed: (file: string) => `Could not fetch ${file} — check the network and try again.`,
  fetchRefused: (file: string, status: string) => `Could not fetch ${file} (the server answered ${status}) — try again.`,
  files: { dataset: "the data file", deck: "the deck" },
  encoding: "The file has the wrong character encoding — save the file as UTF-8 and open it again.",
  notJson: "The file is not valid JSON.",
  notJsonAt: (line: string, column: string) => `The file is not valid JSON (error at line ${line}, character ${column}).`,
  tooMany: (path: string, count: string, limit: string) => `The list ${path} has ${count} entries; at most ${limit} are allowed.`,
  checkFailed: (error: string) => `The file could not be checked: an unexpected error occurred (${error}).`,
  isDeck: `This looks like a deck file — open it in ${PRESENT_STRINGS.en.deckEditor}.`,
  isDataset: `This looks like a data file — open it with the ${buttonName(RESILIENCE_STRINGS.en.openDataFile)} button.`,
  moreIssues: (count: string, incomplete: boolean) => (incomplete ? `… and at least ${count} more` : `… and ${count} more`),
};

export const FILE_STRINGS: Record<Lang, typeof sv> = { sv, en };

/** A FileProblem as one sentence in the interface language. */
export function fileProblemText(problem: FileProblem, lang: Lang): string {
  const t = FILE_STRINGS[lang];
  const count = (n: number) => formatCount(lang, n);
  switch (problem.kind) {
    case "too-large":
      return t.tooLarge(fileSize(lang, problem.bytes), fileSize(lang, problem.limit));
    case "unreadable":
      return t.unreadable(problem.detail);
    case "fetch-failed":
      return problem.status === undefined
        ? t.fetchFailed(t.files[problem.file])
        : t.fetchRefused(t.files[problem.file], String(problem.status));
    case "encoding":
      return t.encoding;
    case "not-json":
      return problem.line !== undefined && problem.column !== undefined
        ? t.notJsonAt(count(problem.line), count(problem.column))
        : t.notJson;
    case "too-many":
      return t.tooMany(problem.path, count(problem.count), count(problem.limit));
    case "check-failed":
      return t.checkFailed(problem.error);
    case "wrong-kind":
      return problem.is === "deck" ? t.isDeck : t.isDataset;
  }
}
