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

/**
 * Each write is a revision, naming the revision it was made from (`base`), so that a tab hearing another tab's write
 * (the storage event) can tell whether that write was made on top of its own — then nothing of its own is lost — or
 * beside it (deckStore's `receive`). A copy written before revisions has neither.
 */
export type Revision = { rev?: string; base?: string };

/** Why the kept deck is not used ("unreadable": broken or no longer fitting the data) or could not be kept ("not-kept"). */
export type StorageProblem = "unreadable" | "not-kept";

export type KeptResult =
  { kind: "none" } | { kind: "kept"; kept: KeptDeck; revision: Revision } | { kind: "problem"; problem: "unreadable" };

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
  return readKeptText(text, known);
}

/** The kept deck's text (as read, or as another tab's storage event carries it), checked against the data loaded now. */
export function readKeptText(text: string | null, known: KnownValues): KeptResult {
  if (text === null) return { kind: "none" };
  try {
    const raw: unknown = JSON.parse(text);
    if (!isObject(raw) || !ORIGINS.includes(raw.origin as DeckOrigin) || typeof raw.unsaved !== "boolean") {
      return { kind: "problem", problem: "unreadable" };
    }
    const checked = validateDeck(raw.deck, known);
    if (!checked.ok) return { kind: "problem", problem: "unreadable" };
    const revision: Revision = {};
    if (typeof raw.rev === "string") revision.rev = raw.rev;
    if (typeof raw.base === "string") revision.base = raw.base;
    return { kind: "kept", kept: { deck: checked.deck, origin: raw.origin as DeckOrigin, unsaved: raw.unsaved }, revision };
  } catch {
    return { kind: "problem", problem: "unreadable" };
  }
}

/** A new revision's name: unique enough between a person's tabs. */
export function newRevision(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Keeps the deck (as a revision, when given); false when the browser refuses (over quota, storage disabled). */
export function keepDeck(storage: Storage | null, kept: KeptDeck, revision: Revision = {}): boolean {
  if (!storage) return false;
  try {
    storage.setItem(DECK_STORAGE_KEY, JSON.stringify({ ...kept, ...revision }));
    return true;
  } catch {
    return false;
  }
}
