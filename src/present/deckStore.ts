import { create } from "zustand";
import type { Deck } from "./deckSchema";

/**
 * The deck being presented or edited: a choice (the default deck, a file the
 * user opened, or their edits), so it lives in a store, not in derived state.
 */
type DeckState = {
  deck: Deck | null;
  /** Where the deck came from, shown in the editor. */
  origin: "default" | "file" | "edited";
  setDeck: (deck: Deck, origin: DeckState["origin"]) => void;
};

export const useDeckStore = create<DeckState>()((set) => ({
  deck: null,
  origin: "default",
  setDeck: (deck, origin) => set({ deck, origin }),
}));
