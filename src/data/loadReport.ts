import reportUrl from "../../data/report-2026.json?url";
import englishUrl from "../../data/translations/report-2026.en.json?url";
import { loadJson, type JsonLoad } from "./loadJson";
import { reportDocSchema, type ReportDoc } from "./reportSchema";
import { makeTranslator, type Translator } from "./reportTranslation";
import { reportTranslationSchema } from "./translationSchema";

/**
 * The report's parse and its English, loaded when first wanted (the reader,
 * the search, the English interface), not with the map: the first paint does
 * not wait for 120 kB it may never use. Each is fetched once per page.
 */
let report: Promise<JsonLoad<ReportDoc>> | undefined;
let english: Promise<JsonLoad<Translator>> | undefined;

export function loadReport(): Promise<JsonLoad<ReportDoc>> {
  report ??= loadJson(reportUrl, reportDocSchema);
  return report;
}

export function loadEnglish(): Promise<JsonLoad<Translator>> {
  english ??= Promise.all([loadReport(), loadJson(englishUrl, reportTranslationSchema)]).then(([doc, translation]) => {
    if (!doc.ok) return doc;
    if (!translation.ok) return translation;
    return { ok: true, data: makeTranslator(doc.data, translation.data) };
  });
  return english;
}
