import { isObject } from "../data/loose";
import type { KnownValues } from "../state/url";
import { validateDeck, type Deck } from "./deckSchema";

/**
 * The deck kept in this browser (localStorage), so a reload or a closed tab loses no work. What is kept is checked as a
 * deck file is, against the data loaded now; anything that cannot be read or written is a problem named to the user,
 * never an exception, and the deck in memory stays as it is.
 */

/** Versioned: a later format gets a key of its own and never misreads this one. */
export const DECK_STORAGE_KEY = "rus-kartan.deck.v1";

export type DeckOrigin = "default" | "file" | "edited";

/** What is kept: the deck, where it came from, and whether it has edits not yet saved to a file. */
export type KeptDeck = { deck: Deck; origin: DeckOrigin; unsaved: boolean };

/** Why the kept deck is not used ("unreadable": broken or no longer fitting the data) or could not be kept ("not-kept"). */
export type StorageProblem = "unreadable" | "not-kept";

export type KeptResult = { kind: "none" } | { kind: "kept"; kept: KeptDeck } | { kind: "problem"; problem: "unreadable" };

const ORIGINS: readonly DeckOrigin[] = ["default", "file", "edited"];

/** The browser's storage, or null where reading it throws (storage disabled by policy, a sandboxed frame). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Reads the kept deck. Nothing kept is "none"; anything kept that is not a valid deck for this data is "unreadable". */
export function readKeptDeck(storage: Storage | null, known: KnownValues): KeptResult {
  let text: string | null;
  try {
    text = storage?.getItem(DECK_STORAGE_KEY) ?? null;
  } catch {
    return { kind: "problem", problem: "unreadable" };
  }
  if (text === null) return { kind: "none" };
  try {
    const raw: unknown = JSON.parse(text);
    if (!isObject(raw) || !ORIGINS.includes(raw.origin as DeckOrigin) || typeof raw.unsaved !== "boolean") {
      return { kind: "problem", problem: "unreadable" };
    }
    const checked = validateDeck(raw.deck, known);
    if (!checked.ok) return { kind: "problem", problem: "unreadable" };
    return { kind: "kept", kept: { deck: checked.deck, origin: raw.origin as DeckOrigin, unsaved: raw.unsaved } };
  } catch {
    return { kind: "problem", problem: "unreadable" };
  }
}

/** Keeps the deck; false when the browser refuses (over quota, storage disabled). */
export function keepDeck(storage: Storage | null, kept: KeptDeck): boolean {
  if (!storage) return false;
  try {
    storage.setItem(DECK_STORAGE_KEY, JSON.stringify(kept));
    return true;
  } catch {
    return false;
  }
}
