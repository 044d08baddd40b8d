/**
 * Presentation keys as one pure function: what a key press does, given the
 * slide shown, the number of slides and the digits typed so far. Presenter
 * clickers send PageDown/PageUp; digits then Enter jump to a slide.
 */
export type KeyState = { slide: number; count: number; digits: string; grid: boolean };

export type KeyAction =
  | { type: "go"; slide: number }
  | { type: "digits"; digits: string }
  | { type: "toggleGrid" }
  | { type: "presenter" }
  | { type: "exit" }
  | { type: "none" };

const NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown", " ", "Spacebar"]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);
/** At most three digits: decks hold at most 200 slides. */
const MAX_DIGITS = 3;

const clamp = (n: number, count: number) => Math.min(Math.max(n, 1), count);

export function keyToAction(key: string, state: KeyState): KeyAction {
  const { slide, count, digits } = state;
  if (/^[0-9]$/.test(key)) return { type: "digits", digits: (digits + key).slice(-MAX_DIGITS) };
  if (key === "Enter") {
    // Enter without digits is left to the focused element (a grid tile, a button).
    if (digits === "") return { type: "none" };
    const target = Number(digits);
    return target >= 1 ? { type: "go", slide: clamp(target, count) } : { type: "digits", digits: "" };
  }
  if (key === "Backspace" && digits !== "") return { type: "digits", digits: digits.slice(0, -1) };
  if (NEXT.has(key)) return { type: "go", slide: clamp(slide + 1, count) };
  if (PREVIOUS.has(key)) return { type: "go", slide: clamp(slide - 1, count) };
  if (key === "Home") return { type: "go", slide: 1 };
  if (key === "End") return { type: "go", slide: count };
  if (key === "g" || key === "G") return { type: "toggleGrid" };
  if (key === "s" || key === "S") return { type: "presenter" };
  // Escape closes the grid first, then leaves the presentation.
  if (key === "Escape") return state.grid ? { type: "toggleGrid" } : { type: "exit" };
  return { type: "none" };
}
