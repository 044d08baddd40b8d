import { describe, expect, it } from "vitest";
import { joinCount, type Graph } from "../../src/data/joinCount";
import { mulberry32 } from "../../src/data/random";
import { computeAdjacency } from "../../src/geo/neighbours";
import { realCounties, realDataset } from "./fixtures";

/** Symmetric graph from an edge list. */
function graph(nodes: string[], edges: [string, string][]): Graph {
  const g: Record<string, string[]> = Object.fromEntries(nodes.map((n) => [n, []]));
  for (const [a, b] of edges) {
    g[a]!.push(b);
    g[b]!.push(a);
  }
  return g;
}

describe("join counts (BB)", () => {
  it("counts one BB join on the path 1-2-3-4 with x = [1,1,0,0]", () => {
    const path = graph(
      ["1", "2", "3", "4"],
      [
        ["1", "2"],
        ["2", "3"],
        ["3", "4"],
      ],
    );
    const result = joinCount(path, new Set(["1", "2"]), { permutations: 999 });
    expect(result.bb).toBe(1);
    expect(result.joins).toBe(3);
    // J·k(k−1)/(n(n−1)) = 3·2·1/(4·3) = 0.5
    expect(result.expectedAnalytic).toBeCloseTo(0.5);
    // Of the 6 equally likely placements of two ones, 3 are adjacent: P(BB ≥ 1) = 1/2.
    expect(result.p).toBeGreaterThan(0.45);
    expect(result.p).toBeLessThan(0.55);
    expect(result.expected).toBeCloseTo(0.5, 1);
  });

  it("gives BB = 0 and p = 1 on a checkerboard", () => {
    // 4×4 grid, rook contiguity, ones on the black squares.
    const nodes: string[] = [];
    const edges: [string, string][] = [];
    for (let r = 0; r < 4; r++) {
      for (let c = 0; c < 4; c++) {
        nodes.push(`${r}${c}`);
        if (c < 3) edges.push([`${r}${c}`, `${r}${c + 1}`]);
        if (r < 3) edges.push([`${r}${c}`, `${r + 1}${c}`]);
      }
    }
    const black = new Set(nodes.filter((n) => (Number(n[0]) + Number(n[1])) % 2 === 0));
    const result = joinCount(graph(nodes, edges), black);
    expect(result.bb).toBe(0);
    expect(result.p).toBe(1); // every permutation has at least 0 BB joins
  });

  it("finds strong clustering when all ones sit together, with a tiny p", () => {
    // 4×4 grid with the left half (8 cells) as ones: BB = 10 joins (2 columns × 4 vertical... counted below).
    const nodes: string[] = [];
    const edges: [string, string][] = [];
    for (let r = 0; r < 4; r++) {
      for (let c = 0; c < 4; c++) {
        nodes.push(`${r}${c}`);
        if (c < 3) edges.push([`${r}${c}`, `${r}${c + 1}`]);
        if (r < 3) edges.push([`${r}${c}`, `${r + 1}${c}`]);
      }
    }
    const left = new Set(nodes.filter((n) => Number(n[1]) < 2));
    const result = joinCount(graph(nodes, edges), left);
    expect(result.bb).toBe(10); // 4 horizontal + 2×3 vertical
    expect(result.p).toBeLessThan(0.01);
    expect(result.p).toBeGreaterThanOrEqual(1 / 10000); // the pseudo p-value never reaches 0
  });

  it("is reproducible: the same seed gives the same p, another seed a close one", () => {
    const counties = computeAdjacency(realCounties());
    const practice = realDataset().practices.find((p) => !p.allRegions && p.regions.length >= 4)!;
    const has = new Set(practice.regions);
    const started = performance.now();
    const a = joinCount(counties, has);
    console.log(`joinCount, 21 counties, 9,999 permutations: ${(performance.now() - started).toFixed(1)} ms`);
    const b = joinCount(counties, has);
    expect(b).toEqual(a);
    const c = joinCount(counties, has, { seed: 7 });
    expect(Math.abs(c.p - a.p)).toBeLessThan(0.03);
    expect(a.expected).toBeCloseTo(a.expectedAnalytic, 1);
  });

  it("draws uniform numbers in [0, 1)", () => {
    const random = mulberry32(1);
    let sum = 0;
    for (let i = 0; i < 10000; i++) {
      const v = random();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
      sum += v;
    }
    expect(sum / 10000).toBeCloseTo(0.5, 1);
  });
});
