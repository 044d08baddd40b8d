import { useState } from "react";
import type { ValidationIssue } from "../data/issues";
import type { PresentStrings } from "../i18n/present";
import type { KnownValues } from "../state/url";
import { readDeckFile } from "./deckFile";
import type { Deck } from "./deckSchema";
import { useDeckStore } from "./deckStore";
import { loadDefaultDeck } from "./loadDefaultDeck";

/**
 * The deck editor's file work: open a deck file (validated first; on any
 * error the current deck stays and the problems are listed), go back to the
 * default deck, print the deck; and the status line that says what happened.
 */
export function useDeckFile(known: KnownValues, t: PresentStrings, onPrint?: (deck: Deck) => Promise<unknown>) {
  const [status, setStatus] = useState("");
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [busy, setBusy] = useState(false);

  const openFile = async (file: File | undefined): Promise<boolean> => {
    if (!file) return false;
    const result = await readDeckFile(file, known, t.deckTooLarge);
    if (!result.ok) {
      setIssues(result.issues);
      setStatus("");
      return false;
    }
    useDeckStore.getState().setDeck(result.deck, "file");
    setIssues([]);
    setStatus(t.deckLoaded(file.name, result.deck.slides.length));
    return true;
  };

  const reset = async () => {
    const result = await loadDefaultDeck(known);
    if (!result.ok) return setIssues(result.issues);
    useDeckStore.getState().setDeck(result.deck, "default");
    setIssues([]);
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
    setIssues([]);
  };

  return { status, issues, busy, openFile, reset, print, change };
}
