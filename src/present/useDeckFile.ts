import { useEffect, useState } from "react";
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
 * error the current deck stays and the problems are listed), start a new deck,
 * go back to the default deck, save and print the deck; and the status line
 * that says what happened. Nothing replaces edits not saved to a file without
 * asking, and leaving the page with such edits asks the browser's question.
 */
export function useDeckFile(known: KnownValues, t: PresentStrings, onPrint?: (deck: Deck) => Promise<unknown>) {
  const [status, setStatus] = useState("");
  const [refused, setRefused] = useState<DeckRefusal | null>(null);
  const [busy, setBusy] = useState(false);
  const unsaved = useDeckStore((s) => s.unsaved);

  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [unsaved]);

  /** True when the deck may be replaced: nothing unsaved, or the user said so. */
  const mayReplace = (question = t.confirmDiscard) => !useDeckStore.getState().unsaved || window.confirm(question);

  const openFile = async (file: File | undefined): Promise<boolean> => {
    if (!file) return false;
    const result = await readDeckFile(file, known);
    if (!result.ok) {
      setRefused({ name: file.name, refusal: result });
      setStatus("");
      return false;
    }
    if (!mayReplace()) return false;
    useDeckStore.getState().setDeck(result.deck, "file", false);
    setRefused(null);
    setStatus(t.deckLoaded(file.name, result.deck.slides.length));
    return true;
  };

  const reset = async () => {
    // The default deck as it ships needs no question; anything else is someone's work.
    const { origin, unsaved: edits } = useDeckStore.getState();
    if ((origin !== "default" || edits) && !window.confirm(edits ? t.confirmDiscard : t.confirmReset)) return;
    const result = await loadDefaultDeck(known);
    if (!result.ok) return setRefused({ name: t.originDefault, refusal: result });
    useDeckStore.getState().setDeck(result.deck, "default", false);
    setRefused(null);
    setStatus(t.originDefault);
  };

  /** A new deck in place of this one (asked first when this one has unsaved edits); false when the user said no. */
  const start = (deck: Deck): boolean => {
    if (!mayReplace()) return false;
    useDeckStore.getState().setDeck(deck, "edited", true);
    setRefused(null);
    setStatus(t.newDeckStarted);
    return true;
  };

  /** The deck was downloaded: it is saved to a file now. */
  const saved = () => {
    useDeckStore.getState().markSaved();
    setStatus(t.deckSavedToFile);
  };

  /** Makes an output of the deck (print, PowerPoint), saying that it is under way, then what came of it. */
  const produce = async (run: () => Promise<unknown>, words: { working: string; done: string; failed: (error: unknown) => string }) => {
    setBusy(true);
    setStatus(words.working);
    try {
      await run();
      setStatus(words.done);
    } catch (error) {
      setStatus(words.failed(error));
    } finally {
      setBusy(false);
    }
  };

  const print = (deck: Deck) =>
    onPrint &&
    produce(() => onPrint(deck), { working: t.printPreparing, done: t.printDone(deck.slides.length), failed: () => t.printFailed });

  /** Keeps an edited deck and says what changed. */
  const change = (next: Deck, message: string) => {
    useDeckStore.getState().setDeck(next, "edited", true);
    setStatus(message);
    setRefused(null);
  };

  return { status, refused, busy, openFile, reset, start, saved, print, produce, change };
}
