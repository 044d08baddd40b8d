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
 * Each region's set of the report's lists that name it. Similarity is RUS-kartan's own computation, not the
 * report's, and runs only over what supports it: single examples and statements of all regions are left out.
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
};

export function compareSets(here: ReadonlySet<string>, there: ReadonlySet<string>, code: string): Similarity {
  return {
    code,
    score: jaccard(here, there),
    shared: [...here].filter((id) => there.has(id)),
    onlyHere: [...here].filter((id) => !there.has(id)),
    onlyThere: [...there].filter((id) => !here.has(id)),
  };
}

/** The regions most similar to `code` by Jaccard over practice sets, best first; ties by dataset order. */
export function mostSimilar(data: Dataset, code: string, count = 5, among?: readonly string[]): Similarity[] {
  const sets = practiceSets(data);
  const here = sets.get(code) ?? new Set<string>();
  const candidates = among ?? data.regions.map((r) => r.code);
  return candidates
    .filter((other) => other !== code)
    .map((other) => compareSets(here, sets.get(other) ?? new Set<string>(), other))
    .map((s, index) => ({ s, index }))
    .sort((a, b) => b.s.score - a.s.score || a.index - b.index)
    .slice(0, count)
    .map(({ s }) => s);
}
