import type { Placement } from "../domain/labelPlacement";

/** The placement before a map has laid out its labels. */
export const NO_LABELS: Placement = { labels: [] };
