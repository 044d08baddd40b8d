import type { Dataset } from "./schema";
import { comparablePractices } from "./selectors";

/** Jaccard index |A ∩ B| / |A ∪ B|; two empty sets are identical (1). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * Each region's set of the report's footnote lists that name it. Similarity is RUS-kartan's own computation, not the
 * report's, and runs only over what supports it: the footnote lists (comparablePractices). Single examples,
 * statements of all regions and the regions a sentence names as examples ("exempelvis Östergötland, Blekinge och
 * Värmland", evidence "examples") are left out: an example says nothing about the regions it does not name.
 */
export function practiceSets(data: Dataset): Map<string, Set<string>> {
  const sets = new Map(data.regions.map((r) => [r.code, new Set<string>()]));
  for (const p of comparablePractices(data)) for (const code of p.regions) sets.get(code)?.add(p.id);
  return sets;
}

export type Similarity = {
  code: string;
  score: number;
  shared: string[];
  onlyHere: string[];
  onlyThere: string[];
  /** How many lists the score rests on: those naming at least one of the two regions (|A ∪ B|). */
  lists: number;
};

export function compareSets(here: ReadonlySet<string>, there: ReadonlySet<string>, code: string): Similarity {
  const shared = [...here].filter((id) => there.has(id));
  const onlyHere = [...here].filter((id) => !there.has(id));
  const onlyThere = [...there].filter((id) => !here.has(id));
  return { code, score: jaccard(here, there), shared, onlyHere, onlyThere, lists: shared.length + onlyHere.length + onlyThere.length };
}

/** A region named in fewer of the report's lists than this is not ranked: a score on one or two lists says little. */
export const MIN_LISTS = 3;

/**
 * The first `count` of a list sorted best first, and every further item tied with the last of them: a tie is never
 * cut by the order the items happen to come in. Scores are compared exactly: equal fractions give equal doubles
 * (IEEE division is correctly rounded), so 1/3 and 2/6 tie.
 */
export function topWithTies<T>(sorted: readonly T[], count: number, score: (item: T) => number): T[] {
  if (count <= 0 || sorted.length <= count) return sorted.slice(0, Math.max(0, count));
  const last = score(sorted[count - 1]!);
  let end = count;
  while (end < sorted.length && score(sorted[end]!) === last) end += 1;
  return sorted.slice(0, end);
}

export type SimilarRanking = {
  /** Best first: the top `count` with a share of at least one list, and every region tied with the last of them. */
  shown: Similarity[];
  /** Candidates named in fewer than MIN_LISTS of the report's lists: not ranked, in dataset order. */
  unranked: string[];
  /** How many of the report's lists name the region itself. */
  ownLists: number;
};

/**
 * The regions most similar to `code` by Jaccard over the report's lists, best first; regions with an equal score in
 * dataset order, and all of those tied with the last one shown. A candidate named in fewer than MIN_LISTS lists is
 * not ranked but returned as such, for the panel to name; a region sharing no list is not "similar" and not shown.
 */
export function mostSimilar(data: Dataset, code: string, count = 5, among?: readonly string[]): SimilarRanking {
  const sets = practiceSets(data);
  const here = sets.get(code) ?? new Set<string>();
  const candidates = (among ?? data.regions.map((r) => r.code)).filter((other) => other !== code);
  const unranked = candidates.filter((other) => (sets.get(other)?.size ?? 0) < MIN_LISTS);
  const sorted = candidates
    .filter((other) => !unranked.includes(other))
    .map((other) => compareSets(here, sets.get(other) ?? new Set<string>(), other))
    .filter((s) => s.shared.length > 0)
    .map((s, index) => ({ s, index }))
    .sort((a, b) => b.s.score - a.s.score || a.index - b.index)
    .map(({ s }) => s);
  return { shown: topWithTies(sorted, count, (s) => s.score), unranked, ownLists: here.size };
}
