import type { Placement } from "../domain/labelTypes";

/** The placement before a map has laid out its labels. */
export const NO_LABELS: Placement = { labels: [] };
