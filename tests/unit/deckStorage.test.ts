import { describe, expect, it } from "vitest";
import { DECK_STORAGE_KEY, keepDeck, readKeptDeck } from "../../src/present/deckStorage";
import type { Deck } from "../../src/present/deckSchema";
import { knownValuesOf } from "../../src/state/url";
import { realDataset } from "./fixtures";

const known = knownValuesOf(realDataset());
const deck: Deck = {
  version: 1,
  title: { sv: "Min presentation – å ä ö", en: "My deck" },
  slides: [{ view: "color=year&region=SE-N", title: { sv: "År", en: "Year" }, caption: { sv: "C", en: "C" }, notes: { sv: "N", en: "" } }],
};

/** A Storage in memory; `full` makes every write throw as a browser over quota does. */
function memoryStorage(full = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => {
      if (full) throw new DOMException("quota", "QuotaExceededError");
      items.set(k, v);
    },
  };
}

describe("the deck kept in the browser", () => {
  it("reads back what was kept, origin and unsaved edits with it", () => {
    const storage = memoryStorage();
    expect(readKeptDeck(storage, known)).toEqual({ kind: "none" });
    expect(keepDeck(storage, { deck, origin: "edited", unsaved: true })).toBe(true);
    expect(readKeptDeck(storage, known)).toEqual({ kind: "kept", kept: { deck, origin: "edited", unsaved: true } });
  });

  it("calls a broken copy unreadable, and one that names a region the data lacks", () => {
    const storage = memoryStorage();
    for (const text of ["{ not json", "[]", JSON.stringify({ deck, origin: "somewhere", unsaved: false })]) {
      storage.setItem(DECK_STORAGE_KEY, text);
      expect(readKeptDeck(storage, known), text).toEqual({ kind: "problem", problem: "unreadable" });
    }
    const elsewhere = { ...deck, slides: [{ ...deck.slides[0]!, view: "region=SE-XX" }] };
    storage.setItem(DECK_STORAGE_KEY, JSON.stringify({ deck: elsewhere, origin: "file", unsaved: false }));
    expect(readKeptDeck(storage, known)).toEqual({ kind: "problem", problem: "unreadable" });
  });

  it("says false when the browser refuses to keep it, and throws nothing", () => {
    expect(keepDeck(memoryStorage(true), { deck, origin: "edited", unsaved: true })).toBe(false);
    expect(keepDeck(null, { deck, origin: "edited", unsaved: true })).toBe(false);
    const throwing = {
      ...memoryStorage(),
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
    } as Storage;
    expect(readKeptDeck(throwing, known)).toEqual({ kind: "problem", problem: "unreadable" });
  });
});
