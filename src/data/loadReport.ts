import { editionById } from "./editions";
import { loadJson, type JsonLoad } from "./loadJson";
import { reportDocSchema, type ReportDoc } from "./reportSchema";
import { makeTranslator, type Translator } from "./reportTranslation";
import { reportTranslationSchema } from "./translationSchema";

/**
 * An edition's report parse and its English, loaded when first wanted (the reader, the search, the English
 * interface), not with the map: the first paint does not wait for 120 kB it may never use. Each is fetched once per
 * page and edition. The edition is the dataset's own (`data.edition.id`): a dataset is never shown with another
 * edition's report.
 */
const reports = new Map<string, Promise<JsonLoad<ReportDoc>>>();
const englishes = new Map<string, Promise<JsonLoad<Translator>>>();

const missing = (edition: string, what: string): Promise<JsonLoad<never>> =>
  Promise.resolve({ ok: false, message: `no ${what} for edition ${edition} in this build` });

export function loadReport(edition: string): Promise<JsonLoad<ReportDoc>> {
  let report = reports.get(edition);
  if (!report) {
    const url = editionById(edition)?.report;
    report = url ? loadJson(url, reportDocSchema) : missing(edition, "report");
    reports.set(edition, report);
  }
  return report;
}

export function loadEnglish(edition: string): Promise<JsonLoad<Translator>> {
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
