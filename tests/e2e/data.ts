import { readFileSync } from "node:fs";
import type { Dataset } from "../../src/data/schema";
import { validateDataset } from "../../src/data/validate";

/** The committed dataset, validated as the app validates it (e2e specs cannot import tests/unit/fixtures: geo/counties uses import.meta.env). */
export function committedDataset(): Dataset {
  const result = validateDataset(JSON.parse(readFileSync(new URL("../../data/rus-2026.json", import.meta.url), "utf8")));
  if (!result.ok) throw new Error(`the committed dataset is invalid: ${JSON.stringify(result)}`);
  return result.data;
}
