import type { CountyCollection, CountyFeature } from "./counties";

/** Adjacency: region code → the codes of the counties it borders, sorted. */
export type Adjacency = Record<string, string[]>;

function rings(feature: CountyFeature): number[][][] {
  return feature.geometry.type === "Polygon" ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
}

/**
 * Two counties are neighbours when their boundaries share an edge. The
 * committed geometry is simplified with its topology kept (mapshaper), so a
 * shared boundary is made of identical vertices in both features: two or more
 * shared vertices mean a shared edge (one alone would be a corner touch).
 * Lake boundaries count, as they do in the source geometry.
 */
export function computeAdjacency(counties: CountyCollection): Adjacency {
  const owners = new Map<string, Set<string>>();
  for (const feature of counties.features) {
    const code = feature.properties.code;
    for (const ring of rings(feature)) {
      for (const [x, y] of ring) {
        const key = `${x},${y}`;
        const set = owners.get(key) ?? new Set<string>();
        set.add(code);
        owners.set(key, set);
      }
    }
  }
  const shared = new Map<string, number>();
  for (const set of owners.values()) {
    if (set.size < 2) continue;
    const codes = [...set].sort();
    for (let i = 0; i < codes.length; i++) {
      for (let j = i + 1; j < codes.length; j++) {
        const pair = `${codes[i]}|${codes[j]}`;
        shared.set(pair, (shared.get(pair) ?? 0) + 1);
      }
    }
  }
  const adjacency: Adjacency = Object.fromEntries(counties.features.map((f) => [f.properties.code, [] as string[]]));
  for (const [pair, count] of shared) {
    if (count < 2) continue;
    const [a, b] = pair.split("|") as [string, string];
    adjacency[a]!.push(b);
    adjacency[b]!.push(a);
  }
  for (const list of Object.values(adjacency)) list.sort();
  return adjacency;
}
