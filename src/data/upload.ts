import { checkDatasetAlone, EDITION_BUNDLE_KIND, looksLikeBundle, parseEditionBundle, type KnownEditions, type OpenedFile } from "./editionBundle";
import { editionById } from "./editions";
import { isObject } from "./loose";
import { readJsonFile, type BytesFile } from "./jsonFile";
import { openedEdition } from "./openedEditions";
import { validateDataset } from "./validate";

/**
 * A file the user picked or dropped: an edition bundle (dataset, report parse, translation: editionBundle.ts), or a
 * dataset alone of an edition the app has the report of. The real bundle is about 0.25 MB: a cap well above it
 * refuses a wrong or junk file before it is read into memory and parsed.
 */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * A dataset's shape at a glance (its lists of regions and practices), or an edition bundle's kind: to tell a data
 * file given to the deck builder ("open it with Öppna datafil…").
 */
export function looksLikeDataset(raw: unknown): boolean {
  return isObject(raw) && ((Array.isArray(raw.regions) && Array.isArray(raw.practices)) || raw.kind === EDITION_BUNDLE_KIND);
}

/** The editions of this page: opened from a file, then shipped. */
const KNOWN: KnownEditions = { opened: openedEdition, shipped: (id) => editionById(id)?.manifest };

/**
 * Reads, decodes, parses and validates a bundle or a dataset file; never throws. A file with the shape of a deck
 * (`looksLikeDeck`, given by the app from the deck's module) is refused as a deck, not with a dataset's every missing
 * field. Nothing is remembered here: the caller remembers `opened` and shows `data` (DatasetUpload).
 */
export async function readDatasetFile(
  file: BytesFile,
  options: { limit?: number; looksLikeDeck?: (raw: unknown) => boolean; known?: KnownEditions } = {},
): Promise<OpenedFile> {
  const read = await readJsonFile(file, options.limit ?? MAX_UPLOAD_BYTES);
  if (!read.ok) return read;
  if (options.looksLikeDeck?.(read.raw) && !looksLikeDataset(read.raw)) return { ok: false, problem: { kind: "wrong-kind", is: "deck" } };
  if (looksLikeBundle(read.raw)) return parseEditionBundle(read.raw);
  const dataset = validateDataset(read.raw);
  return dataset.ok ? checkDatasetAlone(dataset.data, options.known ?? KNOWN) : dataset;
}
