import { describe, expect, it } from "vitest";
import { DECK_STORAGE_KEY, keepDeck, readKeptDeck } from "../../src/present/deckStorage";
import { useDeckStore } from "../../src/present/deckStore";
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
    expect(readKeptDeck(storage, known)).toEqual({ kind: "kept", kept: { deck, origin: "edited", unsaved: true }, revision: {} });
    keepDeck(storage, { deck, origin: "edited", unsaved: true }, { rev: "r2", base: "r1" });
    expect(readKeptDeck(storage, known)).toMatchObject({ kind: "kept", revision: { rev: "r2", base: "r1" } });
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

/**
 * Issue 24, point 5: another tab's write (the storage event) is taken over when it was made on top of this tab's
 * revision or this tab has nothing of its own to lose; beside this tab's own edits, it waits for the user's choice.
 */
describe("a deck changed in another tab", () => {
  const named = (sv: string): Deck => ({ ...deck, title: { sv, en: sv } });
  const store = () => useDeckStore.getState();
  const fresh = () => {
    useDeckStore.setState({ deck: null, rev: undefined, ownEdits: false, elsewhere: null, changedElsewhere: false });
    store().startWith({ deck: named("start"), origin: "default", unsaved: false }, null, { rev: "r1" });
  };

  it("is taken over, and said, where this tab has no edits of its own", () => {
    fresh();
    store().receive({ deck: named("theirs"), origin: "edited", unsaved: true }, { rev: "r2", base: "r1" });
    expect(store().deck?.title.sv).toBe("theirs");
    expect(store().rev).toBe("r2");
    expect(store().changedElsewhere).toBe(true);
    // Even made from an older revision: this tab's deck was nobody's edits.
    store().receive({ deck: named("older base"), origin: "edited", unsaved: true }, { rev: "r3", base: "r0" });
    expect(store().deck?.title.sv).toBe("older base");
  });

  it("is taken over when made on top of this tab's own edits (they are in it)", () => {
    fresh();
    store().setDeck(named("mine"), "edited", true);
    const mine = store().rev;
    store().receive({ deck: named("mine + theirs"), origin: "edited", unsaved: true }, { rev: "r9", base: mine });
    expect(store().deck?.title.sv).toBe("mine + theirs");
    expect(store().elsewhere).toBeNull();
  });

  it("asks, keeping both, when made beside this tab's own edits; either answer is the user's", () => {
    fresh();
    store().setDeck(named("mine"), "edited", true);
    const theirs = { deck: named("theirs"), origin: "edited" as const, unsaved: true };
    store().receive(theirs, { rev: "r5", base: "r1" });
    expect(store().deck?.title.sv).toBe("mine");
    expect(store().elsewhere?.kept.deck.title.sv).toBe("theirs");
    store().takeTheirs();
    expect(store().deck?.title.sv).toBe("theirs");
    expect(store().elsewhere).toBeNull();

    fresh();
    store().setDeck(named("mine"), "edited", true);
    const mine = store().rev;
    store().receive(theirs, { rev: "r5", base: "r1" });
    store().keepMine();
    expect(store().deck?.title.sv).toBe("mine");
    expect(store().elsewhere).toBeNull();
    // Written again beside theirs (not on top of it), so the other tab asks its user in turn.
    expect(store().rev).not.toBe(mine);
    expect(store().ownEdits).toBe(true);
  });

  it("a file saved here leaves nothing of this tab's own to lose", () => {
    fresh();
    store().setDeck(named("mine"), "edited", true);
    store().markSaved();
    store().receive({ deck: named("theirs"), origin: "edited", unsaved: true }, { rev: "r7", base: "r1" });
    expect(store().deck?.title.sv).toBe("theirs");
  });
});
