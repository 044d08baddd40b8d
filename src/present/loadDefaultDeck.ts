import { editionById } from "../data/editions";
import { errorName } from "../data/issues";
import { fetchOwnFile } from "../data/ownFile";
import type { KnownValues } from "../state/url";
import { parseDeckText, type DeckResult } from "./deckSchema";

/**
 * The default deck of the data's edition (data/editions/<id>/deck.json), fetched from the same origin (or read from
 * the one file: fetchOwnFile) and validated. An edition without one has an empty deck to build on.
 */
export async function loadDefaultDeck(known: KnownValues): Promise<DeckResult> {
  const deckUrl = editionById(known.edition)?.deck;
  if (!deckUrl) return { ok: false, problem: { kind: "fetch-failed", file: "deck" } };
  try {
    const response = await fetchOwnFile(deckUrl);
    if (!response.ok) return { ok: false, problem: { kind: "fetch-failed", file: "deck", status: response.status } };
    return parseDeckText(await response.text(), known);
  } catch (error) {
    return {
      ok: false,
      problem: error instanceof TypeError ? { kind: "fetch-failed", file: "deck" } : { kind: "unreadable", detail: errorName(error) },
    };
  }
}
