import { useState } from "react";
import type { Refusal } from "../data/issues";
import type { PresentStrings } from "../i18n/present";
import type { KnownValues } from "../state/url";
import { readDeckFile } from "./deckFile";
import type { Deck } from "./deckSchema";
import { useDeckStore } from "./deckStore";
import { loadDefaultDeck } from "./loadDefaultDeck";

/** A deck file refused, by its name (or the default deck's), and why. */
export type DeckRefusal = { name: string; refusal: Refusal };

/**
 * The deck editor's file work: open a deck file (validated first; on any
 * error the current deck stays and the problems are listed), go back to the
 * default deck, print the deck; and the status line that says what happened.
 */
export function useDeckFile(known: KnownValues, t: PresentStrings, onPrint?: (deck: Deck) => Promise<unknown>) {
  const [status, setStatus] = useState("");
  const [refused, setRefused] = useState<DeckRefusal | null>(null);
  const [busy, setBusy] = useState(false);

  const openFile = async (file: File | undefined): Promise<boolean> => {
    if (!file) return false;
    const result = await readDeckFile(file, known);
    if (!result.ok) {
      setRefused({ name: file.name, refusal: result });
      setStatus("");
      return false;
    }
    useDeckStore.getState().setDeck(result.deck, "file");
    setRefused(null);
    setStatus(t.deckLoaded(file.name, result.deck.slides.length));
    return true;
  };

  const reset = async () => {
    const result = await loadDefaultDeck(known);
    if (!result.ok) return setRefused({ name: t.originDefault, refusal: result });
    useDeckStore.getState().setDeck(result.deck, "default");
    setRefused(null);
    setStatus(t.originDefault);
  };

  const print = async (deck: Deck) => {
    if (!onPrint) return;
    setBusy(true);
    setStatus(t.printPreparing);
    try {
      await onPrint(deck);
      setStatus(t.printDone(deck.slides.length));
    } catch {
      setStatus(t.printFailed);
    } finally {
      setBusy(false);
    }
  };

  /** Saves an edited deck and says what changed. */
  const change = (next: Deck, message: string) => {
    useDeckStore.getState().setDeck(next, "edited");
    setStatus(message);
    setRefused(null);
  };

  return { status, refused, busy, openFile, reset, print, change };
}
