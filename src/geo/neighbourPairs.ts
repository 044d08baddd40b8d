import type { Adjacency } from "./neighbours";

/** How many neighbouring pairs a set of regions makes, counted and nothing more. */
export type NeighbourPairs = {
  /** Neighbouring pairs (land border) where both regions are in the set. */
  both: number;
  /** Neighbouring pairs where at least one region is in the set. */
  touching: number;
};

/**
 * A plain count of neighbour pairs for one of the report's lists: of the pairs of land neighbours that touch a
 * named region, how many have both regions named. Descriptive only: no expectation, no test, no verdict. The report
 * makes no analysis of its compilation (section 1.4.1) and its lists are examples, so a pair where one region is
 * not named says nothing about that region.
 */
export function neighbourPairs(adjacency: Adjacency, named: ReadonlySet<string>): NeighbourPairs {
  let both = 0;
  let touching = 0;
  for (const [code, list] of Object.entries(adjacency)) {
    for (const other of list) {
      // Each undirected pair once; the adjacency is symmetric.
      if (other <= code) continue;
      const a = named.has(code);
      const b = named.has(other);
      if (a || b) touching += 1;
      if (a && b) both += 1;
    }
  }
  return { both, touching };
}
