import type { KnownValues } from "../state/url";
import { parseDeckText, type DeckResult } from "./deckSchema";

/** A deck of 200 slides is about 100 kB; anything far larger is not a deck, and is not read. */
export const MAX_DECK_BYTES = 512 * 1024;

/**
 * Reads a deck file the user opened or dropped: too large, not JSON, not a
 * deck and unknown views all come back as issues with paths, never thrown.
 */
export async function readDeckFile(
  file: Pick<File, "name" | "size" | "text">,
  known: KnownValues,
  tooLarge: (kb: number, maxKb: number) => string,
): Promise<DeckResult> {
  if (file.size > MAX_DECK_BYTES) {
    return { ok: false, issues: [{ path: file.name, message: tooLarge(Math.ceil(file.size / 1024), MAX_DECK_BYTES / 1024) }] };
  }
  return parseDeckText(await file.text(), known);
}
