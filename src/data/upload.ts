import { isObject } from "./loose";
import { readJsonFile, type BytesFile } from "./jsonFile";
import { validateDataset, type ValidationResult } from "./validate";

/**
 * A user-supplied dataset (the next report edition) read from a file the
 * user picked or dropped. The real file is about 0.13 MB: a cap well above it
 * refuses a wrong or junk file before it is read into memory and parsed.
 */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** A dataset's shape at a glance (its lists of regions and practices), to tell a dataset given to the deck builder. */
export function looksLikeDataset(raw: unknown): boolean {
  return isObject(raw) && Array.isArray(raw.regions) && Array.isArray(raw.practices);
}

/**
 * Reads, decodes, parses and validates a dataset file; never throws. A file with
 * the shape of a deck (`looksLikeDeck`, given by the app from the deck's module)
 * is refused as a deck, not with a dataset's every missing field.
 */
export async function readDatasetFile(
  file: BytesFile,
  options: { limit?: number; looksLikeDeck?: (raw: unknown) => boolean } = {},
): Promise<ValidationResult> {
  const read = await readJsonFile(file, options.limit ?? MAX_UPLOAD_BYTES);
  if (!read.ok) return read;
  if (options.looksLikeDeck?.(read.raw) && !looksLikeDataset(read.raw)) return { ok: false, problem: { kind: "wrong-kind", is: "deck" } };
  return validateDataset(read.raw);
}
