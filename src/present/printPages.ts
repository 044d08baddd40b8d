import type { KnownValues } from "../state/url";
import type { ViewState } from "../state/store";
import type { Lang } from "../i18n/strings";
import { slideView, type Deck } from "./deckSchema";

/** One printed page of a deck: the view to show and the words to put on it. */
export type PrintPage = {
  /** 1-based, as the presenter numbers slides. */
  number: number;
  view: ViewState;
  title: string;
  caption: string;
  /** The image's text alternative and the page's running line: "3 / 12 · Title". */
  label: string;
};

/**
 * The pages of "Print the deck", in slide order, each a dashboard view
 * (presentation mode off: the print is made from the dashboard) in the
 * printing language unless the slide names its own.
 */
export function printPages(deck: Deck, known: KnownValues, lang: Lang): PrintPage[] {
  return deck.slides.map((slide, i) => {
    const view = { ...slideView(slide, known, { lang }, i), present: false, slide: undefined };
    const title = slide.title[view.lang];
    return {
      number: i + 1,
      view,
      title,
      caption: slide.caption[view.lang],
      label: `${i + 1} / ${deck.slides.length} · ${title}`,
    };
  });
}
