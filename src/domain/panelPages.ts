/**
 * A slide panel's text in pages, where even its smallest type does not fit (six regions compared on a 1280 × 720
 * slide): a clicker cannot scroll, so the next click shows the next page ("forts."), as a continuation slide does.
 * Pure: the caller measures the panel's blocks (table rows, list items, headings) in its content's px.
 */

/** A block that is shown whole or not at all, from its top to its bottom in the panel's content. */
export type Block = { top: number; bottom: number };

/**
 * Where each page starts, in the content's px: the first at 0, each next at the first block that would not end on the
 * page before. `view` is the height a page shows; `head` is taken from it on every page after the first (a table's
 * heading row, kept in sight). A block taller than a page gets a page of its own, from its top.
 */
export function pageStarts(blocks: readonly Block[], view: number, head = 0): number[] {
  const starts = [0];
  for (const block of blocks) {
    const start = starts[starts.length - 1]!;
    const room = starts.length === 1 ? view : view - head;
    const shownFrom = starts.length === 1 ? start : start + head;
    if (block.bottom - shownFrom > room && block.top > shownFrom) starts.push(block.top - head);
  }
  return starts;
}

/** The blocks a page shows whole: those from its start to the next page's (the last page, to the end). */
export function onPage(block: Block, starts: readonly number[], page: number, head = 0): boolean {
  const from = starts[page]! + (page === 0 ? 0 : head);
  const to = page + 1 < starts.length ? starts[page + 1]! + head : Infinity;
  return block.top >= from - 0.5 && block.bottom <= to + 0.5;
}
