import { mulberry32 } from "./random";

/**
 * Join-count test of spatial clustering for a binary attribute (BB joins), as
 * PySAL esda's Join_Counts does it: count neighbouring pairs where both
 * regions have the attribute, and compare with the counts under random
 * relabelling (a seeded permutation distribution, so results are reproducible).
 */
export type Graph = Record<string, readonly string[]>;

export type JoinCountResult = {
  /** Observed BB joins: neighbouring pairs where both have the attribute. */
  bb: number;
  /** Number of joins (undirected edges) in the graph. */
  joins: number;
  /** Regions with the attribute, and all regions. */
  ones: number;
  n: number;
  /** Mean of the permutation distribution. */
  expected: number;
  /** Analytical expectation under sampling without replacement: J·k(k−1)/(n(n−1)). */
  expectedAnalytic: number;
  /** Pseudo p-value (1 + #{perm ≥ observed}) / (1 + permutations): one-sided, for clustering. */
  p: number;
  permutations: number;
};

export const PERMUTATIONS = 9999;
export const SEED = 20260409;


/** Undirected edges of a symmetric graph, as index pairs over `nodes`. */
function edgesOf(graph: Graph, nodes: readonly string[]): [number, number][] {
  const index = new Map(nodes.map((code, i) => [code, i]));
  const edges: [number, number][] = [];
  for (const [code, list] of Object.entries(graph)) {
    const i = index.get(code);
    if (i === undefined) continue;
    for (const other of list) {
      const j = index.get(other);
      if (j !== undefined && i < j) edges.push([i, j]);
    }
  }
  return edges;
}

function countBB(edges: readonly [number, number][], x: ArrayLike<number>): number {
  let bb = 0;
  for (const [i, j] of edges) bb += x[i]! & x[j]!;
  return bb;
}

/**
 * BB join count of `has` over `graph` (symmetric; every node listed as a key),
 * with a permutation test. Pure: the same inputs and seed give the same p.
 */
export function joinCount(
  graph: Graph,
  has: ReadonlySet<string>,
  { permutations = PERMUTATIONS, seed = SEED }: { permutations?: number; seed?: number } = {},
): JoinCountResult {
  const nodes = Object.keys(graph).sort();
  const edges = edgesOf(graph, nodes);
  const x = Uint8Array.from(nodes, (code) => (has.has(code) ? 1 : 0));
  const n = nodes.length;
  const ones = x.reduce((s, v) => s + v, 0);
  const bb = countBB(edges, x);
  const random = mulberry32(seed);
  const y = Uint8Array.from(x);
  let atLeast = 0;
  let sum = 0;
  for (let k = 0; k < permutations; k++) {
    // Fisher–Yates shuffle of the labels: the same number of ones, placed at random.
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = y[i]!;
      y[i] = y[j]!;
      y[j] = t;
    }
    const value = countBB(edges, y);
    sum += value;
    if (value >= bb) atLeast += 1;
  }
  const joins = edges.length;
  return {
    bb,
    joins,
    ones,
    n,
    expected: permutations > 0 ? sum / permutations : Number.NaN,
    expectedAnalytic: n > 1 ? (joins * ones * (ones - 1)) / (n * (n - 1)) : 0,
    p: (1 + atLeast) / (1 + permutations),
    permutations,
  };
}
