import deckUrl from "../../data/briefings/default.json?url";
import type { ValidationIssue } from "../data/issues";
import type { KnownValues } from "../state/url";
import { parseDeckText, type DeckResult } from "./deckSchema";

/** The shipped deck, fetched from the same origin (works offline from the built files) and validated. */
export async function loadDefaultDeck(known: KnownValues): Promise<DeckResult> {
  try {
    const response = await fetch(deckUrl);
    if (!response.ok) return failed({ path: deckUrl, message: `could not be fetched (HTTP ${response.status})` });
    return parseDeckText(await response.text(), known);
  } catch (error) {
    return failed({ path: deckUrl, message: `could not be fetched (${String(error)})` });
  }
}

const failed = (issue: ValidationIssue): DeckResult => ({ ok: false, issues: [issue] });
