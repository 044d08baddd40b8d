import { describe, expect, it } from "vitest";
import { dropPlace, moveSlide, slideKey } from "../../src/present/deckEdits";
import type { Deck } from "../../src/present/deckSchema";

const slide = (view: string) => ({ view, title: { sv: `${view} sv`, en: `${view} en` }, caption: { sv: "C", en: "C" } });
const deck = (...views: string[]): Deck => ({ version: 1, title: { sv: "D", en: "D" }, slides: views.map(slide) });
const views = (d: Deck) => d.slides.map((s) => s.view);
/** A drag of row `from` dropped on row `over` (its lower half: `after`), as the builder does it. */
const drag = (d: Deck, from: number, over: number, after: boolean) => moveSlide(d, from, dropPlace(from, over, after) - from);

describe("dragging a slide in the deck builder", () => {
  const d = deck("a", "b", "c", "d");

  it("lands where it was dropped, before or after the row under it", () => {
    expect(views(drag(d, 0, 2, false))).toEqual(["b", "a", "c", "d"]);
    expect(views(drag(d, 0, 2, true))).toEqual(["b", "c", "a", "d"]);
    expect(views(drag(d, 0, 3, true))).toEqual(["b", "c", "d", "a"]);
    expect(views(drag(d, 3, 0, false))).toEqual(["d", "a", "b", "c"]);
    expect(views(drag(d, 3, 1, true))).toEqual(["a", "b", "d", "c"]);
    expect(views(drag(d, 2, 0, true))).toEqual(["a", "c", "b", "d"]);
  });

  it("leaves the deck as it was when dropped on itself or beside itself", () => {
    for (const [over, after] of [
      [1, false],
      [1, true],
      [0, true],
      [2, false],
    ] as const) {
      expect(dropPlace(1, over, after)).toBe(1);
      expect(drag(d, 1, over, after)).toBe(d);
    }
  });

  it("keeps the moved slide the same slide (its row's key, its picture) and the old deck untouched", () => {
    const moved = drag(d, 0, 3, true);
    expect(moved.slides[3]).toBe(d.slides[0]);
    expect(slideKey(moved.slides[3]!)).toBe(slideKey(d.slides[0]!));
    expect(views(d)).toEqual(["a", "b", "c", "d"]);
  });
});
