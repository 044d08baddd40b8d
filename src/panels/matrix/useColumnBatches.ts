import { startTransition, useEffect, useState } from "react";

/**
 * A screenful of the report's columns and some: a 1920 px screen shows about 22 (2rem a cell, matrix.css) beside the
 * region's name, status, year and counts and the side panel. The table's first render holds no more, the rest follow
 * a batch a frame.
 */
export const COLUMN_BATCH = 28;

/**
 * How many of the table's `total` columns to render: a batch at once, then one batch more a frame, each in a
 * transition, until all are in. An edition with many lists opens its table about as fast as a short one (issue 25:
 * the stress edition's 69 columns took 2.1 × the shipped edition's 25 to the first frame), and no commit holds them all.
 */
export function useColumnBatches(total: number): number {
  const [shown, setShown] = useState(COLUMN_BATCH);
  useEffect(() => {
    if (shown >= total) return;
    const frame = requestAnimationFrame(() => startTransition(() => setShown((n) => n + COLUMN_BATCH)));
    return () => cancelAnimationFrame(frame);
  }, [shown, total]);
  return Math.min(shown, total);
}
