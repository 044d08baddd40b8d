/**
 * Starting a comparison from any region ("Lägg till i jämförelse"): a comparison holds two regions or more, so the
 * first region added waits as a pick until a second is chosen. Pure: the store applies the step (store.ts).
 */

/** The comparison after a step, and the region waiting for a second, if any. */
export type CompareStep = { compare: string[]; pick: string | undefined };

/**
 * "Lägg till i jämförelse" on a region's panel: into a comparison under way; with a different region waiting, the two
 * start one; else the region waits (the store's cap of six trims, the button is disabled before).
 */
export function addToComparison(compare: readonly string[], pick: string | undefined, code: string): CompareStep {
  if (compare.length >= 2) return { compare: compare.includes(code) ? [...compare] : [...compare, code], pick: undefined };
  if (pick !== undefined && pick !== code) return { compare: [pick, code], pick: undefined };
  return { compare: [], pick: code };
}

/** A region chosen while one waits: another region completes the comparison; the same one, or none, leaves it waiting. */
export function completePick(pick: string | undefined, region: string | undefined): CompareStep | undefined {
  if (pick === undefined || region === undefined || region === pick) return undefined;
  return { compare: [pick, region], pick: undefined };
}
