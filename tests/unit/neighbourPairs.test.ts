import { describe, expect, it } from "vitest";
import { neighbourPairs } from "../../src/geo/neighbourPairs";
import { computeAdjacency } from "../../src/geo/neighbours";
import { realCounties } from "./fixtures";
import { footnoteList } from "./reportFacts";

const adjacency = computeAdjacency(realCounties());

describe("neighbour pairs of a list (a count, no test)", () => {
  it("counts on the path 1-2-3-4 with 1 and 2 named: one pair both, two pairs touching", () => {
    const path = { "1": ["2"], "2": ["1", "3"], "3": ["2", "4"], "4": ["3"] };
    expect(neighbourPairs(path, new Set(["1", "2"]))).toEqual({ both: 1, touching: 2 });
    expect(neighbourPairs(path, new Set())).toEqual({ both: 0, touching: 0 });
    expect(neighbourPairs(path, new Set(["1", "2", "3", "4"]))).toEqual({ both: 3, touching: 3 });
  });

  it("counts Skåne, Blekinge and Kronoberg (all three neighbours of each other) as three pairs both named", () => {
    const named = new Set(["SE-M", "SE-K", "SE-G"]);
    const pairs = neighbourPairs(adjacency, named);
    expect(pairs.both).toBe(3);
    // Every pair touching a named region, counted by hand from the adjacency.
    const touching = new Set<string>();
    for (const code of named) for (const other of adjacency[code]!) touching.add([code, other].sort().join("|"));
    expect(pairs.touching).toBe(touching.size);
  });

  it("counts a footnote list of the report, read from the report's text: Gotland forms no pair", () => {
    // Footnote 28 (storregionala perspektiv), parsed from the source text.
    const named = new Set(footnoteList(28));
    expect(named.size).toBeGreaterThan(2);
    const pairs = neighbourPairs(adjacency, named);
    const both = new Set<string>();
    const touching = new Set<string>();
    for (const [code, list] of Object.entries(adjacency))
      for (const other of list) {
        const key = [code, other].sort().join("|");
        if (named.has(code) || named.has(other)) touching.add(key);
        if (named.has(code) && named.has(other)) both.add(key);
      }
    expect(pairs).toEqual({ both: both.size, touching: touching.size });
    expect(neighbourPairs(adjacency, new Set(["SE-I"]))).toEqual({ both: 0, touching: 0 });
  });
});
