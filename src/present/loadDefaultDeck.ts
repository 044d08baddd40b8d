import deckUrl from "../../data/briefings/default.json?url";
import type { KnownValues } from "../state/url";
import { parseDeckText, type DeckResult } from "./deckSchema";

/** The shipped deck, fetched from the same origin (works offline from the built files) and validated. */
export async function loadDefaultDeck(known: KnownValues): Promise<DeckResult> {
  try {
    const response = await fetch(deckUrl);
    if (!response.ok) return { ok: false, problem: { kind: "unreadable", detail: `HTTP ${response.status}` } };
    return parseDeckText(await response.text(), known);
  } catch (error) {
    return { ok: false, problem: { kind: "unreadable", detail: String(error) } };
  }
}
