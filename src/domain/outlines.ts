import type { NeighbourTable } from "../geo/neighbourTable";

/** Counties to outline: the selected region's neighbours by land and by sea, and the compared regions. */
export type Outlines = { land: readonly string[]; sea: readonly string[]; compared: readonly string[] };

export const NO_OUTLINES: Outlines = { land: [], sea: [], compared: [] };

/**
 * What the map outlines besides the selection: the selected region's land
 * and sea neighbours, and the compared regions (a comparison of two or more).
 */
export function mapOutlines(table: NeighbourTable, selected: string | undefined, compare: readonly string[]): Outlines {
  const compared = compare.length >= 2 ? [...compare] : [];
  if (!selected) return { land: [], sea: [], compared };
  return { land: table.land[selected] ?? [], sea: table.sea[selected] ?? [], compared };
}
