import { readJsonFile, type BytesFile } from "../data/jsonFile";
import { looksLikeDataset } from "../data/upload";
import type { KnownValues } from "../state/url";
import { looksLikeDeck, validateDeck, type DeckResult } from "./deckSchema";

/** A deck of 200 slides is about 100 kB; anything far larger is not a deck, and is not read. */
export const MAX_DECK_BYTES = 512 * 1024;

/**
 * Reads a deck file the user opened or dropped: too large, not UTF-8, not JSON,
 * a dataset rather than a deck, not a deck and unknown views all come back as a
 * refusal, never thrown.
 */
export async function readDeckFile(file: BytesFile, known: KnownValues): Promise<DeckResult> {
  const read = await readJsonFile(file, MAX_DECK_BYTES);
  if (!read.ok) return read;
  if (looksLikeDataset(read.raw) && !looksLikeDeck(read.raw)) return { ok: false, problem: { kind: "wrong-kind", is: "dataset" } };
  return validateDeck(read.raw, known);
}
