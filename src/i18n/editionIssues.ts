import type { IssueRule } from "../data/issues";
import { plural } from "./plural";
import type { Lang } from "./strings";

/**
 * What is said when an edition's files do not belong together (data/editionBundleMatch.ts): both editions named as
 * each file states itself, and what to do; and what an edition file opened says. Pure: the values come as the
 * issue's params ("aFile", "aId", "aTitle", "aDate", "aReference", and the same with "b").
 */
type Params = Readonly<Record<string, string>>;

/** The files of an edition, by the `file` the check names: definite, as the sentence needs them. */
const FILES: Record<string, Record<Lang, string>> = {
  dataset: { sv: "datafilen", en: "the data file" },
  report: { sv: "rapporten", en: "the report" },
  translation: { sv: "översättningen", en: "the translation" },
  manifest: { sv: "manifestet", en: "the manifest" },
  shipped: { sv: "appens rapport", en: "the app's report" },
  opened: { sv: "den rapport som redan är öppnad", en: "the report already opened" },
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "utgåva 2026 (”Sammanställning …”, 2026-04-09, dnr Å 2025-51)": an edition as its file states it. */
function claim(v: Params, side: "a" | "b", lang: Lang): string {
  const sv = lang === "sv";
  const title = v[`${side}Title`];
  const date = v[`${side}Date`];
  const reference = v[`${side}Reference`];
  const details = [title && (sv ? `”${title}”` : `“${title}”`), date, reference && `${sv ? "dnr" : "ref."} ${reference}`].filter(Boolean);
  const id = v[`${side}Id`] ?? "?";
  return `${sv ? "utgåva" : "edition"} ${id}${details.length > 0 ? ` (${details.join(", ")})` : ""}`;
}

const fileOf = (v: Params, side: "a" | "b", lang: Lang) => FILES[v[`${side}File`] ?? ""]?.[lang] ?? v[`${side}File`] ?? "?";

/** Two files of different editions: "Datafilen och rapporten är olika utgåvor: datafilen är utgåva …, rapporten är utgåva …". */
function mismatch(v: Params, lang: Lang): string {
  const a = fileOf(v, "a", lang);
  const b = fileOf(v, "b", lang);
  // Against the app's own report (a data file alone), the way out is a bundle; within a bundle, its files of one edition.
  const alone = v.bFile === "shipped" || v.bFile === "opened";
  if (lang === "sv") {
    const advice = alone
      ? "En datafil av en annan utgåva öppnas som ett paket med sin egen rapport."
      : "En utgåva öppnas hel: lägg filer av samma utgåva i paketet.";
    return `${capitalise(a)} och ${b} är olika utgåvor: ${a} är ${claim(v, "a", "sv")}, ${b} är ${claim(v, "b", "sv")}. ${advice}`;
  }
  const advice = alone
    ? "A data file of another edition is opened as a bundle with its own report."
    : "An edition is opened whole: put files of one edition in the bundle.";
  return `${capitalise(a)} and ${b} are different editions: ${a} is ${claim(v, "a", "en")}, ${b} is ${claim(v, "b", "en")}. ${advice}`;
}

/** A data file alone of an edition the app has no report of. */
function unknown(v: Params, lang: Lang): string {
  const command = `npm run edition -- bundle ${v.aId ?? "<id>"}`;
  return lang === "sv"
    ? `Datafilen är ${claim(v, "a", "sv")}, vars rapport appen inte har. En ny utgåva öppnas hel: öppna utgåvans paket med datafil och rapport (${command} skriver det).`
    : `The data file is ${claim(v, "a", "en")}, whose report this app does not have. A new edition is opened whole: open the edition's bundle with its data file and report (${command} writes it).`;
}

/** A bundle's dataset saying what its own report does not; the check's detail is English (provenance.ts), kept for whoever fixes the file. */
function notInReport(v: Params, lang: Lang): string {
  const detail = v.detail ? ` (${v.detail})` : "";
  return lang === "sv" ? `stämmer inte med paketets rapport${detail}` : `does not match the bundle's report${detail}`;
}

type EditionRule = Extract<IssueRule, "edition-mismatch" | "edition-unknown" | "not-in-report">;

export function editionRuleText(rule: EditionRule, v: Params, lang: Lang): string {
  if (rule === "edition-mismatch") return mismatch(v, lang);
  if (rule === "edition-unknown") return unknown(v, lang);
  return notInReport(v, lang);
}

/** What the page says when an edition's bundle was opened: which edition now shows, with its report. */
export const EDITION_FILE_STRINGS: Record<
  Lang,
  { bundleLoaded: (name: string, edition: string, english: boolean, regions: number, practices: number) => string }
> = {
  sv: {
    bundleLoaded: (name, edition, english, regions, practices) =>
      `Utgåva ${edition} från ${name} visas nu, med sin rapport${english ? " och översättning" : ""} (${regions} ${plural("sv", regions, { one: "region", other: "regioner" })}, ${practices} arbetssätt).`,
  },
  en: {
    bundleLoaded: (name, edition, english, regions, practices) =>
      `Now showing edition ${edition} from ${name}, with its report${english ? " and translation" : ""} (${regions} ${plural("en", regions, { one: "region", other: "regions" })}, ${practices} ${plural("en", practices, { one: "practice", other: "practices" })}).`,
  },
};
