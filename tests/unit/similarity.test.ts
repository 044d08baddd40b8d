import { describe, expect, it } from "vitest";
import {
  comparablePractices,
  meanCountsByQuestion,
  namedCountsByQuestion,
  practicePrevalence,
  regionFigures,
} from "../../src/data/selectors";
import { FOOTNOTE_TEXT, REGION_NAMES, footnoteList, footnotesListing } from "./reportFacts";
import { MIN_LISTS, compareSets, jaccard, mostSimilar, practiceSets, topWithTies } from "../../src/data/similarity";
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
      lists: 3,
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

  it("keeps every item tied with the last one kept, and cuts nothing else", () => {
    const score = (x: number) => x;
    expect(topWithTies([5, 4, 3, 3, 3, 2], 3, score)).toEqual([5, 4, 3, 3, 3]);
    expect(topWithTies([5, 4, 3, 2], 3, score)).toEqual([5, 4, 3]);
    expect(topWithTies([5, 4], 3, score)).toEqual([5, 4]);
    expect(topWithTies([1 / 3, 2 / 6, 0.25], 1, score)).toHaveLength(2);
    expect(topWithTies([1, 1], 0, score)).toEqual([]);
  });
});

/**
 * The report's practice lists, read from its text: footnotes 15 and on (10–14 are the statuses of 2.1), each the
 * regions its first sentence names. The two S3 sentences of 2.2.1 name regions "exempelvis" and have no footnote:
 * they are examples, not lists, and take no part.
 */
const REPORT_LISTS = [...FOOTNOTE_TEXT.keys()].filter((n) => n >= 15).map((n) => new Set(footnoteList(n)));
const listsOf = (code: string) => new Set(REPORT_LISTS.flatMap((list, i) => (list.has(code) ? [i] : [])));

describe("most similar regions, honest about ties and thin data", () => {
  it("reads the report's lists as the dataset does", () => {
    const sets = practiceSets(data);
    for (const code of Object.keys(REGION_NAMES)) expect(sets.get(code)!.size).toBe(listsOf(code).size);
  });

  it("shows Jämtland Härjedalen both Skåne and Dalarna at 0,25, tied, with the lists each score rests on", () => {
    const ranking = mostSimilar(data, "SE-Z");
    const byCode = new Map(ranking.shown.map((s) => [s.code, s]));
    const here = listsOf("SE-Z");
    for (const code of ["SE-M", "SE-W"]) {
      const there = listsOf(code);
      expect(there.size).toBeGreaterThanOrEqual(MIN_LISTS);
      expect(jaccard(here, there)).toBe(0.25);
      expect(byCode.get(code)?.score).toBe(0.25);
      expect(byCode.get(code)?.lists).toBe(new Set([...here, ...there]).size);
    }
    // Jämtland Härjedalen itself is named in two lists: fewer than three, and said so.
    expect(ranking.ownLists).toBe(here.size);
    expect(ranking.ownLists).toBeLessThan(MIN_LISTS);
  });

  it("for every region: the five best by the report's lists and every region tied with the fifth, none named in fewer than three lists", () => {
    const codes = Object.keys(REGION_NAMES);
    for (const code of codes) {
      const here = listsOf(code);
      const others = codes.filter((c) => c !== code);
      const unranked = others.filter((c) => listsOf(c).size < MIN_LISTS);
      const scores = others
        .filter((c) => !unranked.includes(c))
        .map((c) => ({ c, score: jaccard(here, listsOf(c)), shared: [...here].filter((i) => listsOf(c).has(i)).length }))
        .filter((x) => x.shared > 0)
        .sort((a, b) => b.score - a.score);
      const fifth = scores[4]?.score;
      const expected = scores.filter((x, i) => i < 5 || x.score === fifth).map((x) => x.c);
      const ranking = mostSimilar(data, code);
      expect(ranking.shown.map((s) => s.code).sort()).toEqual(expected.sort());
      expect(ranking.unranked.sort()).toEqual(unranked.sort());
      expect(ranking.shown.map((s) => s.code)).not.toContain(code);
      for (let i = 1; i < ranking.shown.length; i++) expect(ranking.shown[i - 1]!.score).toBeGreaterThanOrEqual(ranking.shown[i]!.score);
    }
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
