import type { Dataset, Practice } from "../../data/schema";
import { isExample, practicesNaming } from "../../data/selectors";
import { MAX_COMPARE } from "../../state/store";
import { compareSets, jaccard, practiceSets, type Similarity } from "../../data/similarity";
import type { NeighbourTable } from "../../geo/neighbourTable";

/**
 * How many of the compared regions one of the report's lists names; an
 * example names one region and is never "shared" or "only here" — it is an
 * example.
 */
export type Share = "all" | "some" | "one" | "example";

export type CompareRow = {
  practice: Practice;
  /** Compared regions holding the practice, in the comparison's order. */
  holders: string[];
  share: Share;
};

/**
 * The report's lists and examples naming at least one of the compared
 * regions, under each question. A list is marked shared by all / some / only
 * one; an example is marked as an example. Statements the report makes of all
 * regions are left out: they cannot tell regions apart.
 */
export function compareRows(data: Dataset, codes: readonly string[]): Map<number, CompareRow[]> {
  const rows = new Map<number, CompareRow[]>(data.questions.map((q) => [q.id, []]));
  const named = new Set(codes.flatMap((code) => practicesNaming(data, code)));
  for (const practice of data.practices.filter((p) => named.has(p))) {
    const holders = codes.filter((code) => practice.regions.includes(code));
    const share: Share = isExample(practice) ? "example" : holders.length === codes.length ? "all" : holders.length === 1 ? "one" : "some";
    rows.get(practice.question)?.push({ practice, holders, share });
  }
  // Differences first within a question: "only one", then "some", then shared by all; examples last.
  const order: Record<Share, number> = { one: 0, some: 1, all: 2, example: 3 };
  for (const list of rows.values()) list.sort((a, b) => order[a.share] - order[b.share]);
  return rows;
}

export type PairSimilarity = { a: string; b: string } & Omit<Similarity, "code">;

/** Jaccard similarity of every pair of compared regions, in the comparison's order. */
export function pairSimilarities(data: Dataset, codes: readonly string[]): PairSimilarity[] {
  const sets = practiceSets(data);
  const pairs: PairSimilarity[] = [];
  for (let i = 0; i < codes.length; i++) {
    for (let j = i + 1; j < codes.length; j++) {
      const a = codes[i]!;
      const b = codes[j]!;
      const { score, shared, onlyHere, onlyThere, lists } = compareSets(sets.get(a) ?? new Set(), sets.get(b) ?? new Set(), b);
      pairs.push({ a, b, score, shared, onlyHere, onlyThere, lists });
    }
  }
  return pairs;
}

/** Land neighbours then sea neighbours of a region. */
export function allNeighbours(table: NeighbourTable, code: string): string[] {
  return [...(table.land[code] ?? []), ...(table.sea[code] ?? [])];
}

/**
 * "Compare with neighbours": the region and up to `max - 1` of its neighbours.
 * When there are more, the most similar by Jaccard are taken (ties by Swedish
 * name), so the comparison shows the closest peers; the rest are returned as
 * left out, for the panel to name and offer.
 */
export function neighbourComparison(
  data: Dataset,
  table: NeighbourTable,
  code: string,
  max = MAX_COMPARE,
): { codes: string[]; leftOut: string[] } {
  const sets = practiceSets(data);
  const names = new Map(data.regions.map((r) => [r.code, r.name]));
  const here = sets.get(code) ?? new Set<string>();
  const ranked = allNeighbours(table, code)
    .filter((c) => names.has(c))
    .map((c) => ({ c, score: jaccard(here, sets.get(c) ?? new Set<string>()) }))
    .sort((x, y) => y.score - x.score || names.get(x.c)!.localeCompare(names.get(y.c)!, "sv"))
    .map(({ c }) => c);
  const chosen = ranked.slice(0, max - 1);
  return { codes: [code, ...chosen], leftOut: ranked.slice(max - 1) };
}
