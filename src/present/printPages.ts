import type { KnownValues } from "../state/url";
import type { ViewState } from "../state/store";
import type { Findings } from "../data/schema";
import { PRESENT_STRINGS } from "../i18n/present";
import type { Lang } from "../i18n/strings";
import { slideView, type Deck, type Slide } from "./deckSchema";

/** One printed page of a deck: the view to show and the words to put on it. */
export type PrintPage = {
  /** 1-based, as the presenter numbers slides. */
  number: number;
  view: ViewState;
  title: string;
  caption: string;
  /** The image's text alternative and the page's running line: "3 / 12 · Title". */
  label: string;
  /** The report's lists the slide shows beside its map (2.2.9), in the order the slide asks for. */
  lists?: { title: string; items: string[] }[];
};

/** The lists a slide's panel shows: both of 2.2.9, the asked-for one first (the same on screen and on paper). */
export function slideLists(panel: Slide["panel"], findings: Findings, lang: Lang): { title: string; items: string[] }[] | undefined {
  if (!panel) return undefined;
  const t = PRESENT_STRINGS[lang];
  const order = panel === "challenges" ? (["challenges", "successFactors"] as const) : (["successFactors", "challenges"] as const);
  return order.map((key) => ({ title: t[key], items: findings[key] }));
}

/**
 * The pages of "Print the deck", in slide order, each a dashboard view
 * (presentation mode off: the print is made from the dashboard) in the
 * printing language unless the slide names its own.
 */
export function printPages(deck: Deck, known: KnownValues, lang: Lang, findings: Findings): PrintPage[] {
  return deck.slides.map((slide, i) => {
    const view = { ...slideView(slide, known, { lang }, i), present: false, slide: undefined };
    const title = slide.title[view.lang];
    return {
      number: i + 1,
      view,
      title,
      caption: slide.caption[view.lang],
      label: `${i + 1} / ${deck.slides.length} · ${title}`,
      lists: slideLists(slide.panel, findings, view.lang),
    };
  });
}
