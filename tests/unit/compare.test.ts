import { describe, expect, it } from "vitest";
import { compareRows, neighbourComparison, pairSimilarities } from "../../src/panels/compare/compareData";
import { mapOutlines } from "../../src/domain/outlines";
import { computeNeighbourTable } from "../../src/geo/neighbourTable";
import { jaccard, practiceSets } from "../../src/data/similarity";
import { realCounties, realDataset } from "./fixtures";

const data = realDataset();
const table = computeNeighbourTable(realCounties());

describe("comparison of regions", () => {
  it("compares Blekinge with its three land neighbours", () => {
    const { codes, leftOut } = neighbourComparison(data, table, "SE-K");
    expect(codes[0]).toBe("SE-K");
    expect([...codes.slice(1)].sort()).toEqual(["SE-G", "SE-H", "SE-M"]);
    expect(leftOut).toEqual([]);
  });

  it("holds a region with up to five neighbours whole: Halland and its four, Jönköping and its five", () => {
    for (const code of ["SE-N", "SE-F"]) {
      const { codes, leftOut } = neighbourComparison(data, table, code);
      expect(codes[0]).toBe(code);
      expect([...codes.slice(1)].sort()).toEqual([...table.land[code]!, ...(table.sea[code] ?? [])].sort());
      expect(leftOut).toEqual([]);
    }
    expect(neighbourComparison(data, table, "SE-N").codes).toHaveLength(5);
    // Örebro has six land neighbours: six regions in all, the least similar neighbour named as left out.
    const orebro = neighbourComparison(data, table, "SE-T");
    expect(orebro.codes).toHaveLength(6);
    expect(orebro.leftOut).toHaveLength(1);
  });

  it("keeps the most similar neighbours when there are more than the cap, and names the rest", () => {
    // Jönköping borders Östergötland, Kronoberg, Kalmar, Halland and Västra Götaland: a cap of four leaves two out.
    const { codes, leftOut } = neighbourComparison(data, table, "SE-F", 4);
    expect(codes).toHaveLength(4);
    expect(codes.length - 1 + leftOut.length).toBe(table.land["SE-F"]!.length);
    const sets = practiceSets(data);
    const score = (c: string) => jaccard(sets.get("SE-F")!, sets.get(c)!);
    const worstKept = Math.min(...codes.slice(1).map(score));
    for (const c of leftOut) expect(score(c)).toBeLessThanOrEqual(worstKept);
  });

  it("gives Gotland its neighbours across the sea", () => {
    const { codes } = neighbourComparison(data, table, "SE-I");
    expect(codes[0]).toBe("SE-I");
    for (const c of codes.slice(1)) expect(table.sea["SE-I"]).toContain(c);
  });

  it("marks each list shared by all, some, or one region, and an example as an example, never as shared", () => {
    const codes = ["SE-K", "SE-H", "SE-G", "SE-M"];
    const rows = [...compareRows(data, codes).values()].flat();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.practice.evidence).not.toBe("all");
      expect(row.holders).toEqual(codes.filter((c) => row.practice.regions.includes(c)));
      const expected =
        row.practice.evidence === "example" || row.practice.evidence === "examples"
          ? "example"
          : row.holders.length === codes.length
            ? "all"
            : row.holders.length === 1
              ? "one"
              : "some";
      expect(row.share).toBe(expected);
      if (row.practice.evidence === "example") expect(row.holders).toHaveLength(1);
    }
    expect(rows.some((r) => r.share === "example")).toBe(true);
    // Every list and example naming any compared region appears exactly once.
    const expectedIds = data.practices.filter((p) => p.evidence !== "all" && p.regions.some((c) => codes.includes(c))).map((p) => p.id);
    expect(rows.map((r) => r.practice.id).sort()).toEqual(expectedIds.sort());
  });

  it("gives a Jaccard score per pair with the shared and differing practices", () => {
    const pairs = pairSimilarities(data, ["SE-M", "SE-N", "SE-K"]);
    expect(pairs.map((p) => `${p.a}|${p.b}`)).toEqual(["SE-M|SE-N", "SE-M|SE-K", "SE-N|SE-K"]);
    for (const p of pairs) {
      const union = p.shared.length + p.onlyHere.length + p.onlyThere.length;
      expect(p.score).toBeCloseTo(union === 0 ? 1 : p.shared.length / union);
    }
  });

  it("outlines the selected region's neighbours by land and by sea, and the compared regions", () => {
    expect(mapOutlines(table, "SE-I", [])).toEqual({ land: [], sea: ["SE-AB", "SE-D", "SE-E", "SE-H"], compared: [] });
    expect(mapOutlines(table, "SE-M", ["SE-M", "SE-N"])).toEqual({ land: ["SE-G", "SE-K", "SE-N"], sea: [], compared: ["SE-M", "SE-N"] });
    expect(mapOutlines(table, undefined, ["SE-M"]).compared).toEqual([]);
  });
});
