import type { Dataset, Region } from "../../data/schema";
import { regionFigures, type RegionFigures } from "../../data/selectors";

export type SortKey = "name" | "status" | "year" | "listed" | "examples";
export type SortDir = "asc" | "desc";
export type SortState = { key: SortKey; dir: SortDir };

export const DEFAULT_SORT: SortState = { key: "name", dir: "asc" };

/** The direction a column sorts in when first chosen: numbers largest first, names and statuses in order. */
export function defaultDir(key: SortKey): SortDir {
  return key === "name" || key === "status" ? "asc" : "desc";
}

/** Clicking a column header: the same column flips direction, another column starts in its default direction. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) return { key, dir: current.dir === "asc" ? "desc" : "asc" };
  return { key, dir: defaultDir(key) };
}

/** Each region's lists and examples, apart (never with the statements of all regions). */
export function figuresByRegion(data: Dataset): Map<string, RegionFigures> {
  return new Map(data.regions.map((r) => [r.code, regionFigures(data, r.code)]));
}

/**
 * Regions sorted for the table. Names use Swedish collation (Å, Ä, Ö last);
 * status follows the dataset's status order; every tie falls back to the name
 * in ascending Swedish order, so the order is stable and predictable.
 */
export function sortRegions(data: Dataset, sort: SortState, figures: Map<string, RegionFigures> = figuresByRegion(data)): Region[] {
  const statusRank = new Map(data.statuses.map((s, i) => [s.id, i]));
  const byName = (a: Region, b: Region) => a.name.localeCompare(b.name, "sv");
  const value = (r: Region): number => {
    switch (sort.key) {
      case "status":
        return statusRank.get(r.strategy.status) ?? Number.MAX_SAFE_INTEGER;
      case "year":
        return r.strategy.adopted;
      case "listed":
        return figures.get(r.code)?.listed ?? 0;
      case "examples":
        return figures.get(r.code)?.examples ?? 0;
      case "name":
        return 0;
    }
  };
  const sign = sort.dir === "asc" ? 1 : -1;
  return [...data.regions].sort((a, b) => {
    if (sort.key === "name") return sign * byName(a, b);
    return sign * (value(a) - value(b)) || byName(a, b);
  });
}
