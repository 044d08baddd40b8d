import type { Dataset } from "../../src/data/schema";
import { validateDataset } from "../../src/data/validate";
import { editionText } from "../editionFiles";

/** The committed dataset, validated as the app validates it (e2e specs cannot import tests/unit/fixtures: geo/counties uses import.meta.env). */
export function committedDataset(): Dataset {
  const result = validateDataset(JSON.parse(editionText("dataset.json")));
  if (!result.ok) throw new Error(`the committed dataset is invalid: ${JSON.stringify(result)}`);
  return result.data;
}
