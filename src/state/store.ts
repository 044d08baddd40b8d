import { create } from "zustand";
import type { Lang } from "../i18n/strings";

/**
 * What the user chose, and nothing derived from it (GUIDE 3): legend classes,
 * colours and counts are computed from these choices by pure functions.
 */
export type ColorMode = "status" | "year" | "horizon" | "practice" | "question";
export const COLOR_MODES: readonly ColorMode[] = ["status", "year", "horizon", "practice", "question"];

export type ViewState = {
  lang: Lang;
  color: ColorMode;
  /** Practice id, used when color === "practice". */
  practice?: string;
  /** Question 1–9, used when color === "question". */
  q?: number;
  region?: string;
  compare: string[];
  present: boolean;
  slide?: number;
};

export const DEFAULT_VIEW: ViewState = { lang: "sv", color: "status", compare: [], present: false };

type ViewActions = {
  setView: (view: ViewState) => void;
  setLang: (lang: Lang) => void;
  selectRegion: (code: string | undefined) => void;
  /** Status, year or horizon: modes without a parameter. */
  setColorMode: (color: Exclude<ColorMode, "practice" | "question">) => void;
  showPractice: (practice: string) => void;
  showQuestion: (q: number) => void;
};

export const useViewStore = create<ViewState & ViewActions>()((set) => ({
  ...DEFAULT_VIEW,
  setView: (view) => set({ ...DEFAULT_VIEW, ...view }),
  setLang: (lang) => set({ lang }),
  selectRegion: (region) => set({ region }),
  // A mode's parameter is dropped with the mode, so the URL never carries a stale one.
  setColorMode: (color) => set({ color, practice: undefined, q: undefined }),
  showPractice: (practice) => set({ color: "practice", practice, q: undefined }),
  showQuestion: (q) => set({ color: "question", q, practice: undefined }),
}));
