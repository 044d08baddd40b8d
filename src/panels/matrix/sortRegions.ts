import type { Dataset, Region } from "../../data/schema";

export type SortKey = "name" | "status" | "year" | "count";
export type SortDir = "asc" | "desc";
export type SortState = { key: SortKey; dir: SortDir };

export const DEFAULT_SORT: SortState = { key: "name", dir: "asc" };

/** The direction a column sorts in when first chosen: numbers largest first, names and statuses in order. */
export function defaultDir(key: SortKey): SortDir {
  return key === "year" || key === "count" ? "desc" : "asc";
}

/** Clicking a column header: the same column flips direction, another column starts in its default direction. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) return { key, dir: current.dir === "asc" ? "desc" : "asc" };
  return { key, dir: defaultDir(key) };
}

/** Number of practices the report names each region for. */
export function practiceCounts(data: Dataset): Map<string, number> {
  const counts = new Map(data.regions.map((r) => [r.code, 0]));
  for (const p of data.practices) for (const code of p.regions) counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}

/**
 * Regions sorted for the table. Names use Swedish collation (Å, Ä, Ö last);
 * status follows the dataset's status order; every tie falls back to the name
 * in ascending Swedish order, so the order is stable and predictable.
 */
export function sortRegions(data: Dataset, sort: SortState, counts: Map<string, number> = practiceCounts(data)): Region[] {
  const statusRank = new Map(data.statuses.map((s, i) => [s.id, i]));
  const byName = (a: Region, b: Region) => a.name.localeCompare(b.name, "sv");
  const value = (r: Region): number => {
    switch (sort.key) {
      case "status":
        return statusRank.get(r.strategy.status) ?? Number.MAX_SAFE_INTEGER;
      case "year":
        return r.strategy.adopted;
      case "count":
        return counts.get(r.code) ?? 0;
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
