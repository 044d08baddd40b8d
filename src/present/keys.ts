/**
 * Presentation keys as one pure function: what a key press does, given the
 * slide shown, the number of slides and the digits typed so far. Presenter
 * clickers send PageDown/PageUp; digits then Enter jump to a slide. B or .
 * blacks the screen, W or , whites it (as PowerPoint and reveal.js do; a
 * clicker's "blank" button sends . or B), and any key then brings it back.
 */
export type Blank = "black" | "white";
/**
 * `panel`: the slide's panel when its text is in pages (where even its smallest type does not fit): the page shown
 * (from 0) and how many. The next key shows its next page before the next slide, as a continuation slide would.
 */
export type KeyState = {
  slide: number;
  count: number;
  digits: string;
  grid: boolean;
  blank?: Blank;
  panel?: { page: number; pages: number };
};

export type KeyAction =
  | { type: "go"; slide: number }
  | { type: "page"; page: number }
  | { type: "digits"; digits: string }
  | { type: "toggleGrid" }
  | { type: "presenter" }
  | { type: "exit" }
  | { type: "blank"; blank: Blank }
  | { type: "unblank" }
  | { type: "none" };

const BLACK = new Set(["b", "B", "."]);
const WHITE = new Set(["w", "W", ","]);
const NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown", " ", "Spacebar"]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);
/** At most three digits: decks hold at most 200 slides. */
const MAX_DIGITS = 3;

/** A key that steps to the next (1) or the previous (-1) slide or page, or undefined for any other. */
export const stepOf = (key: string): 1 | -1 | undefined => (NEXT.has(key) ? 1 : PREVIOUS.has(key) ? -1 : undefined);

const clamp = (n: number, count: number) => Math.min(Math.max(n, 1), count);

export function keyToAction(key: string, state: KeyState): KeyAction {
  const { slide, count, digits } = state;
  // A blank screen is left by any key, which does nothing else: the audience sees the slide it left.
  if (state.blank) return { type: "unblank" };
  if (BLACK.has(key)) return { type: "blank", blank: "black" };
  if (WHITE.has(key)) return { type: "blank", blank: "white" };
  if (/^[0-9]$/.test(key)) return { type: "digits", digits: (digits + key).slice(-MAX_DIGITS) };
  if (key === "Enter") {
    // Enter without digits is left to the focused element (a grid tile, a button).
    if (digits === "") return { type: "none" };
    const target = Number(digits);
    return target >= 1 ? { type: "go", slide: clamp(target, count) } : { type: "digits", digits: "" };
  }
  if (key === "Backspace" && digits !== "") return { type: "digits", digits: digits.slice(0, -1) };
  const panel = state.panel;
  if (NEXT.has(key))
    return panel && panel.page + 1 < panel.pages ? { type: "page", page: panel.page + 1 } : { type: "go", slide: clamp(slide + 1, count) };
  if (PREVIOUS.has(key))
    return panel && panel.page > 0 ? { type: "page", page: panel.page - 1 } : { type: "go", slide: clamp(slide - 1, count) };
  if (key === "Home") return { type: "go", slide: 1 };
  if (key === "End") return { type: "go", slide: count };
  if (key === "g" || key === "G") return { type: "toggleGrid" };
  if (key === "s" || key === "S") return { type: "presenter" };
  // Escape closes the grid first, then leaves the presentation.
  if (key === "Escape") return state.grid ? { type: "toggleGrid" } : { type: "exit" };
  return { type: "none" };
}
