import { editionById } from "./editions";
import { loadJson, type JsonLoad } from "./loadJson";
import { openedEdition, type OpenedEdition } from "./openedEditions";
import { reportDocSchema, type ReportDoc } from "./reportSchema";
import { makeTranslator, type Translator } from "./reportTranslation";
import { reportTranslationSchema } from "./translationSchema";

/**
 * An edition's report parse and its English, loaded when first wanted (the reader, the search, the English
 * interface), not with the map: the first paint does not wait for 120 kB it may never use. Each is fetched once per
 * page and edition. The edition is the dataset's own (`data.edition.id`): a dataset is never shown with another
 * edition's report.
 *
 * An edition the user opened from a file (openedEditions.ts) is asked first, at every call: it replaces a shipped one
 * of the same id for this page, even where the shipped report was loaded before it was opened. Its files are in
 * memory already; they are cached by the opened edition itself, so opening the edition again (a corrected bundle)
 * gives its new report, and no fetched one of the id is ever given for it.
 */
const reports = new Map<string, Promise<JsonLoad<ReportDoc>>>();
const englishes = new Map<string, Promise<JsonLoad<Translator>>>();
const openedEnglishes = new WeakMap<OpenedEdition, Promise<JsonLoad<Translator>>>();

const missing = (edition: string, what: string, where = "in this build"): Promise<JsonLoad<never>> =>
  Promise.resolve({ ok: false, message: `no ${what} for edition ${edition} ${where}` });

export function loadReport(edition: string): Promise<JsonLoad<ReportDoc>> {
  const opened = openedEdition(edition);
  if (opened) return Promise.resolve({ ok: true, data: opened.report });
  let report = reports.get(edition);
  if (!report) {
    const url = editionById(edition)?.report;
    report = url ? loadJson(url, reportDocSchema) : missing(edition, "report");
    reports.set(edition, report);
  }
  return report;
}

/** The English of an opened edition: its own translation with its own report, or none (never the shipped one's). */
function openedEnglish(opened: OpenedEdition): Promise<JsonLoad<Translator>> {
  let english = openedEnglishes.get(opened);
  if (!english) {
    const { report, translation } = opened;
    english = translation
      ? Promise.resolve({ ok: true, data: makeTranslator(report, translation) })
      : missing(opened.dataset.edition.id, "translation", "in the file it was opened from");
    openedEnglishes.set(opened, english);
  }
  return english;
}

export function loadEnglish(edition: string): Promise<JsonLoad<Translator>> {
  const opened = openedEdition(edition);
  if (opened) return openedEnglish(opened);
  let english = englishes.get(edition);
  if (!english) {
    const url = editionById(edition)?.translation;
    english = url
      ? Promise.all([loadReport(edition), loadJson(url, reportTranslationSchema)]).then(([doc, translation]): JsonLoad<Translator> => {
          if (!doc.ok) return doc;
          if (!translation.ok) return translation;
          return { ok: true, data: makeTranslator(doc.data, translation.data) };
        })
      : missing(edition, "translation");
    englishes.set(edition, english);
  }
  return english;
}
