import deckUrl from "../../data/briefings/default.json?url";
import { errorName } from "../data/issues";
import { fetchOwnFile } from "../data/ownFile";
import type { KnownValues } from "../state/url";
import { parseDeckText, type DeckResult } from "./deckSchema";

/** The shipped deck, fetched from the same origin (or read from the one file: fetchOwnFile) and validated. */
export async function loadDefaultDeck(known: KnownValues): Promise<DeckResult> {
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
