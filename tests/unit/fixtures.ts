import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Dataset } from "../../src/data/schema";
import { validateDataset } from "../../src/data/validate";
import { reportDocSchema, type ReportDoc } from "../../src/data/reportSchema";
import { makeTranslator, type Translator } from "../../src/data/reportTranslation";
import { reportTranslationSchema } from "../../src/data/translationSchema";
import { countyCollectionSchema, type CountyCollection } from "../../src/geo/counties";
import { editionText } from "../editionFiles";

// Paths from the project root (vitest's working directory): under jsdom, Vite rewrites
// `new URL(…, import.meta.url)` to an http URL that node:fs cannot read.
const fromRoot = (path: string) => resolve(process.cwd(), path);

/** The real, committed dataset, validated as the app validates it. */
export function realDataset(): Dataset {
  const raw = JSON.parse(editionText("dataset.json"));
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(`the committed dataset is invalid: ${JSON.stringify(result)}`);
  return result.data;
}

/** The committed county geometry. */
export function realCounties(): CountyCollection {
  const raw = JSON.parse(readFileSync(fromRoot("public/geo/counties.geojson"), "utf8"));
  return countyCollectionSchema.parse(raw);
}

/** The committed parse of the report, validated as the app validates it. */
export function realReport(): ReportDoc {
  return reportDocSchema.parse(JSON.parse(editionText("report.json")));
}

/** The committed English of the report, as the app looks it up. */
export function realEnglish(doc: ReportDoc = realReport()): Translator {
  return makeTranslator(doc, reportTranslationSchema.parse(JSON.parse(editionText("translation.en.json"))));
}
