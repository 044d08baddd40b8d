import type { NeighbourTable } from "../../geo/neighbourTable";
import type { Outlines } from "../../map/useOutlines";

/**
 * What the map outlines besides the selection: the selected region's land
 * and sea neighbours, and the compared regions (a comparison of two or more).
 */
export function mapOutlines(table: NeighbourTable, selected: string | undefined, compare: readonly string[]): Outlines {
  const compared = compare.length >= 2 ? [...compare] : [];
  if (!selected) return { land: [], sea: [], compared };
  return { land: table.land[selected] ?? [], sea: table.sea[selected] ?? [], compared };
}
