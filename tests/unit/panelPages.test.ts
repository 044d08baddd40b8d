import { describe, expect, it } from "vitest";
import { onPage, pageStarts, type Block } from "../../src/domain/panelPages";

/** Rows of the given heights, one under the other from `from`. */
function rows(heights: number[], from = 0): Block[] {
  let top = from;
  return heights.map((h) => {
    const block = { top, bottom: top + h };
    top += h;
    return block;
  });
}

describe("a panel's text in pages", () => {
  it("is one page where it fits", () => {
    expect(pageStarts(rows([30, 30, 30]), 100)).toEqual([0]);
  });

  it("starts a page at the first row that would not end on the page before, and each row is whole on one page", () => {
    const blocks = rows([40, 40, 40, 40, 40]);
    const starts = pageStarts(blocks, 100);
    expect(starts).toEqual([0, 80, 160]);
    for (const block of blocks) expect([0, 1, 2].filter((page) => onPage(block, starts, page))).toHaveLength(1);
  });

  it("keeps room on every later page for a table's heading row, moved to its top", () => {
    // A caption and heading (0–30), then rows; later pages show the heading (20 px) above their first row.
    const blocks = rows([30, 30, 30, 30, 30, 30], 30);
    const starts = pageStarts(blocks, 100, 20);
    expect(starts[1]).toBe(90 - 20);
    for (const [page, start] of starts.entries()) {
      const shown = blocks.filter((b) => onPage(b, starts, page, 20));
      expect(shown.length).toBeGreaterThan(0);
      // What a later page shows lies below its heading row and inside the page.
      for (const b of shown) expect(b.bottom - start).toBeLessThanOrEqual(100);
      if (page > 0) for (const b of shown) expect(b.top - start).toBeGreaterThanOrEqual(20);
    }
    for (const block of blocks) expect(starts.filter((_, page) => onPage(block, starts, page, 20))).toHaveLength(1);
  });

  it("gives a block taller than a page a page of its own, and goes on after it", () => {
    const blocks = rows([20, 150, 20]);
    const starts = pageStarts(blocks, 100);
    expect(starts).toEqual([0, 20, 170]);
  });
});
