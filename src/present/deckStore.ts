import { create } from "zustand";
import type { Deck } from "./deckSchema";
import { browserStorage, keepDeck, type DeckOrigin, type KeptDeck, type StorageProblem } from "./deckStorage";

/**
 * The deck being presented or edited: a choice (the default deck, a file the
 * user opened, or their edits), so it lives in a store, not in derived state.
 * Every deck the user chooses or changes is kept in the browser (deckStorage).
 */
type DeckState = {
  deck: Deck | null;
  /** Where the deck came from, shown in the editor. */
  origin: DeckOrigin;
  /** Edits not yet saved to a file (downloaded): leaving the page asks first. */
  unsaved: boolean;
  /** The browser's copy could not be read at start, or the last change could not be kept. */
  storageProblem: StorageProblem | null;
  /** A deck the user chose or changed: kept in the browser; `unsaved` when it exists nowhere but here. */
  setDeck: (deck: Deck, origin: DeckOrigin, unsaved: boolean) => void;
  /** The deck at start (the kept one, else the default), not written back: a broken copy stays until the user replaces it. */
  startWith: (kept: KeptDeck, problem: StorageProblem | null) => void;
  /** The deck was saved to a file. */
  markSaved: () => void;
};

export const useDeckStore = create<DeckState>()((set, get) => {
  const keep = (kept: KeptDeck) => set({ ...kept, storageProblem: keepDeck(browserStorage(), kept) ? null : "not-kept" });
  return {
    deck: null,
    origin: "default",
    unsaved: false,
    storageProblem: null,
    setDeck: (deck, origin, unsaved) => keep({ deck, origin, unsaved }),
    startWith: (kept, storageProblem) => set({ ...kept, storageProblem }),
    markSaved: () => {
      const { deck, origin } = get();
      if (deck) keep({ deck, origin, unsaved: false });
    },
  };
});
