import { serializeView } from "../state/url";
import { DEFAULT_VIEW, type ViewState } from "../state/store";
import type { Deck, Slide } from "./deckSchema";

/**
 * The deck editor's edits as pure functions: each returns a new deck and
 * leaves the old one untouched, so the store only ever swaps whole decks.
 * Indexes outside the deck leave it unchanged rather than throwing.
 */

const keys = new WeakMap<Slide, number>();
let nextKey = 0;

/**
 * A React key for a slide that follows it when it moves: edits keep a moved
 * slide the same object (and give an edited one a new key, as it is new).
 */
export function slideKey(slide: Slide): number {
  let key = keys.get(slide);
  if (key === undefined) keys.set(slide, (key = nextKey++));
  return key;
}

/**
 * The view a slide stores: the URL contract without presentation mode, slide
 * number or language, so the slide follows the presenter's language (see
 * slideView) and a slide is exactly a shareable link.
 */
export function slideViewOf(view: ViewState): string {
  return serializeView({ ...view, lang: DEFAULT_VIEW.lang, present: false, slide: undefined }).replace(/^\?/, "");
}

/** A deck of one slide (a deck has at least one: deckSchema), to build on. */
export function newDeck(title: Deck["title"], first: Slide): Deck {
  return { version: 1, title, slides: [first] };
}

export function renameDeck(deck: Deck, title: Deck["title"]): Deck {
  return { ...deck, title };
}

export function addSlide(deck: Deck, slide: Slide): Deck {
  return { ...deck, slides: [...deck.slides, slide] };
}

/** Moves slide `from` by `by` places (−1 up, +1 down), clamped to the deck. */
export function moveSlide(deck: Deck, from: number, by: number): Deck {
  const to = Math.min(Math.max(from + by, 0), deck.slides.length - 1);
  if (from < 0 || from >= deck.slides.length || to === from) return deck;
  const slides = [...deck.slides];
  const [moved] = slides.splice(from, 1);
  slides.splice(to, 0, moved!);
  return { ...deck, slides };
}

/**
 * Where a slide dragged from `from` ends up when dropped before (or, `after`, after) slide `over`: its index once
 * moved, for moveSlide(deck, from, to - from). Dropping it beside itself leaves it at `from`.
 */
export function dropPlace(from: number, over: number, after: boolean): number {
  const before = over + (after ? 1 : 0);
  // Taking the slide out first shifts every later place up by one.
  return before > from ? before - 1 : before;
}

/** Removes a slide; the last one stays, since a deck has at least one slide (deckSchema). */
export function removeSlide(deck: Deck, index: number): Deck {
  if (deck.slides.length <= 1 || index < 0 || index >= deck.slides.length) return deck;
  return { ...deck, slides: deck.slides.filter((_, i) => i !== index) };
}

export function updateSlide(deck: Deck, index: number, patch: Partial<Slide>): Deck {
  if (index < 0 || index >= deck.slides.length) return deck;
  return { ...deck, slides: deck.slides.map((s, i) => (i === index ? { ...s, ...patch } : s)) };
}

/** A deck file's text: what "Download the deck" saves and "Open deck" reads back. */
export function deckFileText(deck: Deck): string {
  return `${JSON.stringify(deck, null, 2)}\n`;
}
