import { create } from "zustand";
import type { Lang } from "../i18n/strings";
import type { MacroGroupingId } from "../geo/macroRegions";
import { addToComparison, completePick, type CompareStep } from "./comparePick";

/**
 * What the user chose, and nothing derived from it (docs/ARCHITECTURE.md): legend classes,
 * colours and counts are computed from these choices by pure functions.
 */
export type ColorMode = "status" | "year" | "horizon" | "practice" | "question" | "change";
/** "change" is offered only where an earlier edition is at hand (its parameter `since`). */
export const COLOR_MODES: readonly ColorMode[] = ["status", "year", "horizon", "practice", "question", "change"];

export type ViewState = {
  lang: Lang;
  color: ColorMode;
  /** Practice id, used when color === "practice". */
  practice?: string;
  /** A second practice (practice mode only): the map becomes a 2×2 bivariate map. */
  practice2?: string;
  /** Question 1–9, used when color === "question". */
  q?: number;
  /** The earlier edition (its id) the map compares with, used when color === "change" (docs/EDITIONS.md). */
  since?: string;
  /** The edition the link names: the one shown (the page opens the newest when absent). */
  edition?: string;
  region?: string;
  compare: string[];
  present: boolean;
  slide?: number;
  /** Outlines of larger areas drawn over the counties: NUTS 2 or landsdelar. */
  macro?: MacroGroupingId;
  /** The report reader is open at this section ("2.2.6"; READ_START for its beginning). */
  read?: string;
  /** A search over the report's text (opens the reader). */
  search?: string;
  /** The table in the map's place (`view=table`); the map when absent. Not while presenting or reading the report. */
  view?: "table";
};

/** `read=1`: the reader at the report's beginning (its title page and summary come before section 1). */
export const READ_START = "1";

/** The URL contract allows 2–6 regions side by side (GUIDE 2.3; docs/ARCHITECTURE.md, "From a choice to a picture"). */
export const MAX_COMPARE = 6;
/** The largest slide number a link may name (decks hold at most 200 slides; the link's limit is looser, three digits). */
export const MAX_SLIDE = 999;
/** A search longer than this is not a search (the search reads no more either: MAX_QUERY in reportSearch.ts). */
export const MAX_SEARCH = 100;

export const DEFAULT_VIEW: ViewState = { lang: "sv", color: "status", compare: [], present: false };

/** Every key of a view, each at its default or absent: applying a view replaces all of them. */
const NO_VIEW: ViewState = {
  ...DEFAULT_VIEW,
  practice: undefined,
  practice2: undefined,
  q: undefined,
  since: undefined,
  edition: undefined,
  region: undefined,
  slide: undefined,
  macro: undefined,
  read: undefined,
  search: undefined,
  view: undefined,
};

/** The choices of a view, without the store's actions: what a link, a slide or a print page holds. */
export function viewStateOf(s: ViewState): ViewState {
  const view = { ...DEFAULT_VIEW } as ViewState;
  for (const key of Object.keys(NO_VIEW) as (keyof ViewState)[]) if (s[key] !== undefined) Object.assign(view, { [key]: s[key] });
  return view;
}

/**
 * A view with every choice that means nothing in it dropped: a mode's parameter outside the mode, a second practice
 * equal to the first, a single region "compared", a slide outside a presentation, the reader during one. The store
 * keeps every view in this form and the link parser returns it, so the state always equals what its link says.
 * (Which practices may be paired needs the dataset: the link parser checks that, the practice pickers offer no other.)
 */
export function canonicalView(view: ViewState): ViewState {
  const next: ViewState = { ...view, compare: [...new Set(view.compare)].slice(0, MAX_COMPARE) };
  if (
    (next.color === "practice" && next.practice === undefined) ||
    (next.color === "question" && next.q === undefined) ||
    (next.color === "change" && next.since === undefined)
  ) {
    next.color = DEFAULT_VIEW.color;
  }
  if (next.color !== "change") next.since = undefined;
  if (next.color !== "practice") next.practice = undefined;
  if (next.practice === undefined || next.practice2 === next.practice) next.practice2 = undefined;
  if (next.color !== "question") next.q = undefined;
  if (next.search !== undefined && (next.search.trim() === "" || next.search.length > MAX_SEARCH)) next.search = undefined;
  // A slide number is a whole number the link can carry: whatever asked for slide 0 or 1.5, the link stays valid.
  if (next.slide !== undefined && !(Number.isInteger(next.slide) && next.slide >= 1 && next.slide <= MAX_SLIDE)) next.slide = undefined;
  if (next.present) {
    next.read = undefined;
    next.search = undefined;
  } else next.slide = undefined;
  // The table is the map's alternative: a presentation shows the map, the reader takes the map's place.
  if (next.view !== "table" || next.present || next.read !== undefined || next.search !== undefined) next.view = undefined;
  if (next.compare.length < 2) next.compare = [];
  return viewStateOf(next);
}

type ViewActions = {
  setView: (view: ViewState) => void;
  setLang: (lang: Lang) => void;
  selectRegion: (code: string | undefined) => void;
  /** Status, year or horizon: modes without a parameter. */
  setColorMode: (color: Exclude<ColorMode, "practice" | "question" | "change">) => void;
  /** What changed since an earlier edition (`since`), the edition shown (`edition`) named so the link keeps the pair. */
  showChange: (since: string, edition: string) => void;
  /** The second practice (of a two-practice map) stays only when `keepSecond` (both are the report's lists). */
  showPractice: (practice: string, keepSecond?: boolean) => void;
  showQuestion: (q: number) => void;
  /** The second practice of a bivariate map; undefined (or the first practice) ends it. */
  setPractice2: (practice2: string | undefined) => void;
  setMacro: (macro: MacroGroupingId | undefined) => void;
  /** Regions side by side (2–6 codes; fewer than 2 ends the comparison, and any first pick). */
  setCompare: (codes: string[]) => void;
  /** "Lägg till i jämförelse" on a region: added to the comparison, or its first pick until a second region is chosen. */
  addToCompare: (code: string) => void;
  cancelComparePick: () => void;
  /** Presentation mode at slide n (1-based); leaving is setting the view the user had before (usePresentation). */
  goToSlide: (slide: number) => void;
  /** The reader, at a section (its beginning when none). */
  openReport: (section?: string) => void;
  /** A search over the report; empty text ends it (the reader stays open). */
  setSearch: (search: string) => void;
  /** Back to the map or the table: the reader's section and search go. */
  closeReport: () => void;
  /** The table (true) or the map in the main area; either closes the reader. */
  showTable: (table: boolean) => void;
};

/**
 * A comparison's first region, waiting for a second (comparePick.ts). Not a view and not in the link: a comparison of
 * one is none; it ends when the view is replaced (a link, Back, a slide) or the comparison is set.
 */
type ComparePickState = { comparePick?: string };

export const useViewStore = create<ViewState & ViewActions & ComparePickState>()((setRaw, get) => {
  // Every action leaves the view canonical, and every key is set: zustand merges, so a key the new view lacks would
  // otherwise keep the old view's value.
  const set = (change: Partial<ViewState> | ((s: ViewState) => Partial<ViewState>), pick?: ComparePickState) => {
    const now = viewStateOf(get());
    const next = canonicalView({ ...now, ...(typeof change === "function" ? change(now) : change) });
    // The same regions keep the same array: components that select `compare` re-render only when it changes.
    const compare = sameList(next.compare, get().compare) ? get().compare : next.compare;
    setRaw({ ...NO_VIEW, ...next, compare, ...pick });
  };
  const step = ({ compare, pick }: CompareStep, change: Partial<ViewState> = {}) => set({ ...change, compare }, { comparePick: pick });
  return {
    ...DEFAULT_VIEW,
    setView: (view) => set({ ...NO_VIEW, ...viewStateOf(view) }, { comparePick: undefined }),
    setLang: (lang) => set({ lang }),
    // While a first pick waits, the next region chosen (on the map, in a list) completes the comparison.
    selectRegion: (region) => {
      const picked = completePick(get().comparePick, region);
      if (picked) step(picked, { region });
      else set({ region });
    },
    // A mode's parameter goes with the mode (canonicalView), so the URL never carries a stale one.
    setColorMode: (color) => set({ color }),
    // The second practice stays while the first changes, unless they become the same or the caller says it cannot stay.
    showPractice: (practice, keepSecond = false) =>
      set((s) => ({
        color: "practice",
        practice,
        practice2: keepSecond && s.practice2 !== practice ? s.practice2 : undefined,
      })),
    showQuestion: (q) => set({ color: "question", q }),
    showChange: (since, edition) => set({ color: "change", since, edition }),
    setPractice2: (practice2) => set({ practice2 }),
    setMacro: (macro) => set({ macro }),
    setCompare: (codes) => step({ compare: codes, pick: undefined }),
    addToCompare: (code) => step(addToComparison(get().compare, get().comparePick, code)),
    cancelComparePick: () => setRaw({ comparePick: undefined }),
    goToSlide: (slide) => set({ present: true, slide }, { comparePick: undefined }),
    openReport: (section = READ_START) => set({ read: section }),
    setSearch: (search) => set((s) => ({ search: search === "" ? undefined : search, read: s.read ?? READ_START })),
    closeReport: () => set({ read: undefined, search: undefined }),
    showTable: (table) => set({ read: undefined, search: undefined, view: table ? "table" : undefined }),
  };
});

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
