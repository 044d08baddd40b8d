import { create } from "zustand";
import type { Deck } from "./deckSchema";
import { browserStorage, keepDeck, newRevision, type DeckOrigin, type KeptDeck, type Revision, type StorageProblem } from "./deckStorage";

/**
 * The deck being presented or edited: a choice (the default deck, a file the
 * user opened, or their edits), so it lives in a store, not in derived state.
 * Every deck the user chooses or changes is kept in the browser (deckStorage),
 * and a change kept by another tab of the page comes here too (`receive`).
 */
type DeckState = {
  deck: Deck | null;
  /** Where the deck came from, shown in the editor. */
  origin: DeckOrigin;
  /** Edits not yet saved to a file (downloaded): leaving the page asks first. */
  unsaved: boolean;
  /** The browser's copy could not be read at start, or the last change could not be kept. */
  storageProblem: StorageProblem | null;
  /** The revision of the browser's copy this tab has: the one it last wrote or took over. */
  rev: string | undefined;
  /** This tab wrote that revision with edits of its own not saved to a file: another tab's write beside it would lose them. */
  ownEdits: boolean;
  /** Another tab's deck, written beside this tab's own edits: kept aside until the user says which stands. */
  elsewhere: { kept: KeptDeck; revision: Revision } | null;
  /** This tab took over another tab's change (it had no edits of its own to lose): said until dismissed. */
  changedElsewhere: boolean;
  /** A deck the user chose or changed: kept in the browser; `unsaved` when it exists nowhere but here. */
  setDeck: (deck: Deck, origin: DeckOrigin, unsaved: boolean) => void;
  /** The deck at start (the kept one, else the default), not written back: a broken copy stays until the user replaces it. */
  startWith: (kept: KeptDeck, problem: StorageProblem | null, revision?: Revision) => void;
  /** The deck was saved to a file. */
  markSaved: () => void;
  /**
   * Another tab kept a deck (the storage event). Made on top of this tab's revision, or with nothing of this tab's own
   * to lose, it is taken over; else it waits in `elsewhere` for the user's choice.
   */
  receive: (kept: KeptDeck, revision: Revision) => void;
  /** This tab's deck stands: written again, beside (not on top of) the other's, so that tab asks its user in turn. */
  keepMine: () => void;
  /** The other tab's deck stands: taken over, this tab's edits dropped. */
  takeTheirs: () => void;
  dismissChangedElsewhere: () => void;
};

export const useDeckStore = create<DeckState>()((set, get) => {
  /** Writes a new revision made from `base` (this tab's revision, unless said otherwise). */
  const keep = (kept: KeptDeck, base = get().rev) => {
    const rev = newRevision();
    const written = keepDeck(browserStorage(), kept, { rev, base });
    set({ ...kept, storageProblem: written ? null : "not-kept", rev, ownEdits: kept.unsaved });
  };
  const takeOver = (kept: KeptDeck, revision: Revision) =>
    set({ ...kept, rev: revision.rev, ownEdits: false, elsewhere: null, storageProblem: null });
  return {
    deck: null,
    origin: "default",
    unsaved: false,
    storageProblem: null,
    rev: undefined,
    ownEdits: false,
    elsewhere: null,
    changedElsewhere: false,
    setDeck: (deck, origin, unsaved) => keep({ deck, origin, unsaved }),
    startWith: (kept, storageProblem, revision = {}) => set({ ...kept, storageProblem, rev: revision.rev, ownEdits: false }),
    markSaved: () => {
      const { deck, origin } = get();
      if (deck) keep({ deck, origin, unsaved: false });
    },
    receive: (kept, revision) => {
      const { rev, ownEdits, deck } = get();
      // Before this tab has a deck, the kept one is simply the deck (usePresentation reads it at start).
      if (!deck) return takeOver(kept, revision);
      const onTopOfMine = revision.base !== undefined && revision.base === rev;
      if (onTopOfMine || !ownEdits) {
        takeOver(kept, revision);
        set({ changedElsewhere: true });
      } else set({ elsewhere: { kept, revision } });
    },
    keepMine: () => {
      const { deck, origin, unsaved, rev } = get();
      set({ elsewhere: null });
      if (deck) keep({ deck, origin, unsaved }, rev);
    },
    takeTheirs: () => {
      const theirs = get().elsewhere;
      if (theirs) takeOver(theirs.kept, theirs.revision);
    },
    dismissChangedElsewhere: () => set({ changedElsewhere: false }),
  };
});
