import { readFileSync } from "node:fs";
import type { Dataset } from "../../src/data/schema";
import { validateDataset } from "../../src/data/validate";
import { countyCollectionSchema, type CountyCollection } from "../../src/geo/counties";

/** The real, committed dataset, validated as the app validates it. */
export function realDataset(): Dataset {
  const raw = JSON.parse(readFileSync(new URL("../../data/rus-2026.json", import.meta.url), "utf8"));
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(`the committed dataset is invalid: ${JSON.stringify(result.issues)}`);
  return result.data;
}

/** The committed county geometry. */
export function realCounties(): CountyCollection {
  const raw = JSON.parse(readFileSync(new URL("../../public/geo/counties.geojson", import.meta.url), "utf8"));
  return countyCollectionSchema.parse(raw);
}
