import type { KnownValues } from "../state/url";
import type { ViewState } from "../state/store";
import type { Dataset, Findings } from "../data/schema";
import { comparisonAsLists, comparisonTable, type ComparisonTable } from "../domain/comparisonTable";
import type { Translator } from "../data/reportTranslation";
import { PRESENT_STRINGS } from "../i18n/present";
import { READER_STRINGS } from "../i18n/reader";
import type { Lang } from "../i18n/strings";
import { PRESENTER_STRINGS } from "../i18n/presenter";
import { slideView, type Deck, type Slide } from "./deckSchema";
import { shownNotes, type ShownNotes } from "./slideNotes";

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
  lists?: SlideList[];
  /** A comparison's table beside its map, where the slide compares regions (then instead of the lists). */
  comparison?: ComparisonTable;
  /** What the presenter says, in the page's language (the deck's notes). */
  notes: string;
};

/** One of 2.2.9's lists: the report's sentences, or in English their translation with `note` saying so. */
export type SlideList = { title: string; items: string[]; note?: string };

/** The report's sentences in English where asked and translated (all of them, or none: a list is not half translated). */
function inLanguage(items: readonly string[], lang: Lang, english: Translator | undefined): { items: string[]; translated: boolean } {
  const translated = lang === "en" && english ? items.map((item) => english.text(item)) : [];
  return translated.length > 0 && translated.every((item) => item !== undefined)
    ? { items: translated as string[], translated: true }
    : { items: [...items], translated: false };
}

/**
 * The lists a slide's panel shows: both of 2.2.9, the asked-for one first (the same on screen and on paper);
 * in English, translated and labelled "Unofficial translation" when `english` is given.
 */
export function slideLists(panel: Slide["panel"], findings: Findings, lang: Lang, english?: Translator): SlideList[] | undefined {
  if (!panel) return undefined;
  const t = PRESENT_STRINGS[lang];
  const order = panel === "challenges" ? (["challenges", "successFactors"] as const) : (["successFactors", "challenges"] as const);
  return order.map((key) => {
    const { items, translated } = inLanguage(findings[key], lang, english);
    return { title: t[key], items, ...(translated ? { note: READER_STRINGS.en.unofficial } : {}) };
  });
}

/**
 * The pages of "Print the deck" and of the deck's PowerPoint, in slide order, each a dashboard view
 * (presentation mode off: the print is made from the dashboard) in the
 * printing language unless the slide names its own.
 */
/** The notes of a printed page or a PowerPoint slide: another language's are led by a line that says so. */
const notesText = (notes: ShownNotes | undefined, lang: Lang) =>
  !notes ? "" : notes.otherLanguage ? `${PRESENTER_STRINGS[lang].presenterOtherNotes}\n\n${notes.text}` : notes.text;

/** A comparison beside the map: the table (PowerPoint's is a real table), and its rows as lists for PNG and print. */
export function comparisonPanel(table: ComparisonTable, lang: Lang): { comparison: ComparisonTable; lists: SlideList[] } {
  return { comparison: table, lists: comparisonAsLists(table, lang) };
}

export function printPages(deck: Deck, known: KnownValues, lang: Lang, data: Dataset, english?: Translator): PrintPage[] {
  return deck.slides.map((slide, i) => {
    const view = { ...slideView(slide, known, { lang }, i), present: false, slide: undefined };
    const title = slide.title[view.lang];
    return {
      number: i + 1,
      view,
      title,
      caption: slide.caption[view.lang],
      label: `${i + 1} / ${deck.slides.length} · ${title}`,
      ...(view.compare.length >= 2
        ? comparisonPanel(comparisonTable(data, view.compare, view.lang), view.lang)
        : { lists: slideLists(slide.panel, data.findings, view.lang, english) }),
      notes: notesText(shownNotes(slide.notes, view.lang), view.lang),
    };
  });
}
