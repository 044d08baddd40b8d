import { describe, expect, it } from "vitest";
import {
  comparablePractices,
  meanCountsByQuestion,
  namedCountsByQuestion,
  practicePrevalence,
  regionFigures,
} from "../../src/data/selectors";
import { footnotesListing } from "./reportFacts";
import { compareSets, jaccard, mostSimilar, practiceSets } from "../../src/data/similarity";
import { realDataset } from "./fixtures";

const data = realDataset();

describe("Jaccard similarity", () => {
  it("is |A∩B| / |A∪B|, 1 for identical and for two empty sets, 0 for disjoint", () => {
    expect(jaccard(new Set([1, 2, 3]), new Set([2, 3, 4]))).toBeCloseTo(2 / 4);
    expect(jaccard(new Set(["a"]), new Set(["a"]))).toBe(1);
    expect(jaccard(new Set(), new Set())).toBe(1);
    expect(jaccard(new Set(["a"]), new Set(["b"]))).toBe(0);
    expect(jaccard(new Set(["a"]), new Set())).toBe(0);
  });

  it("lists shared and differing items", () => {
    expect(compareSets(new Set(["a", "b"]), new Set(["b", "c"]), "X")).toEqual({
      code: "X",
      score: 1 / 3,
      shared: ["b"],
      onlyHere: ["a"],
      onlyThere: ["c"],
    });
  });

  it("runs over the report's lists only: no single example, no statement of all regions", () => {
    const sets = practiceSets(data);
    for (const set of sets.values()) {
      expect(set.has("child-perspective")).toBe(false);
      expect(set.has("social-sustainability-blekinge")).toBe(false);
    }
    expect(comparablePractices(data).every((p) => p.evidence === "listed")).toBe(true);
    // Halland is in three of the report's footnote lists (12 is a status, not a practice): 20 and 28.
    expect([...sets.get("SE-N")!].sort()).toEqual(["learning-improvement-loops", "macro-regional-perspectives"]);
  });

  it("ranks the five most similar regions, best first, never the region itself", () => {
    const similar = mostSimilar(data, "SE-M");
    expect(similar).toHaveLength(5);
    expect(similar.map((s) => s.code)).not.toContain("SE-M");
    for (let i = 1; i < similar.length; i++) expect(similar[i - 1]!.score).toBeGreaterThanOrEqual(similar[i]!.score);
    // Recompute one score by hand from the dataset.
    const sets = practiceSets(data);
    const top = similar[0]!;
    expect(top.score).toBeCloseTo(jaccard(sets.get("SE-M")!, sets.get(top.code)!));
  });
});

describe("selectors", () => {
  it("counts the lists and examples naming a region per question, never a statement of all regions", () => {
    const counts = namedCountsByQuestion(data, "SE-M");
    expect(counts).toHaveLength(9);
    const expected = [1, 2, 3, 4, 5, 6, 7, 8, 9].map(
      (q) => data.practices.filter((p) => p.question === q && p.evidence !== "all" && p.regions.includes("SE-M")).length,
    );
    expect(counts).toEqual(expected);
    expect(counts[8]).toBe(0);
    // Question 4 (2.2.4) has two statements of all regions and no example naming Skåne.
    expect(counts[3]).toBe(0);
  });

  it("keeps a region's lists and examples apart: Halland is in two practice lists and no example", () => {
    // From the report: Halland's footnotes are 12 (status), 20 and 28; it is named in no sentence.
    expect(footnotesListing("SE-N")).toEqual([12, 20, 28]);
    expect(regionFigures(data, "SE-N")).toEqual({ listed: 2, examples: 0 });
  });

  it("averages per question over a set of regions, and over none", () => {
    const a = namedCountsByQuestion(data, "SE-K");
    const b = namedCountsByQuestion(data, "SE-H");
    expect(meanCountsByQuestion(data, ["SE-K", "SE-H"])).toEqual(a.map((n, i) => (n + b[i]!) / 2));
    expect(meanCountsByQuestion(data, [])).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("sorts practices by how many regions each names, all-region statements first", () => {
    const prevalence = practicePrevalence(data);
    expect(prevalence).toHaveLength(data.practices.length);
    expect(prevalence[0]!.count).toBe(21);
    for (let i = 1; i < prevalence.length; i++) expect(prevalence[i - 1]!.count).toBeGreaterThanOrEqual(prevalence[i]!.count);
  });
});
