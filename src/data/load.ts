import datasetUrl from "../../data/rus-2026.json?url";
import { validateDataset, type ValidationResult } from "./validate";

/**
 * Fetches the edition's dataset and validates it once, at load (docs/ARCHITECTURE.md).
 * Every failure — network, not JSON, wrong shape — comes back as a list of
 * issues with paths, so the page can show them instead of breaking.
 */
export async function loadDataset(url: string = datasetUrl): Promise<ValidationResult> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    return { ok: false, issues: [{ path: url, message: `could not be fetched (${String(error)})` }] };
  }
  if (!response.ok) {
    return { ok: false, issues: [{ path: url, message: `could not be fetched (HTTP ${response.status})` }] };
  }
  return parseDatasetText(await response.text());
}

export function parseDatasetText(text: string): ValidationResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: "(file)", message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  return validateDataset(raw);
}
