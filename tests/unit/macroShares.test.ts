import { describe, expect, it } from "vitest";
import { contrastRatio } from "../../src/domain/contrast";
import { SHARE_SHADES, macroShares, shadeOf } from "../../src/panels/overview/macroShares";
import { realDataset } from "./fixtures";

const data = realDataset();

describe("practice shares per macro-region", () => {
  const nuts2 = macroShares(data, "nuts2");
  const row = (id: string) => nuts2.byQuestion.flatMap((q) => q.rows).find((r) => r.practice.id === id)!;

  it("counts each NUTS 2 region's members named for a practice", () => {
    expect(nuts2.groups.map((g) => g.id)).toEqual(["SE11", "SE12", "SE21", "SE22", "SE23", "SE31", "SE32", "SE33"]);
    // spatial-planning: SE-AB, SE-D, SE-E, SE-H, SE-K, SE-O, SE-S, SE-T
    expect(row("spatial-planning").cells.map((c) => `${c.n}/${c.total}`)).toEqual([
      "1/1", // Stockholm
      "3/5", // Sörmland, Östergötland, Örebro of Östra Mellansverige
      "1/4", // Kalmar
      "1/2", // Blekinge
      "1/2", // Västra Götaland
      "1/3", // Värmland
      "0/2",
      "0/2",
    ]);
    expect(row("spatial-planning").all).toEqual({ n: 8, total: 21 });
  });

  it("sums to the national count in every row, for both groupings", () => {
    for (const grouping of ["nuts2", "landsdel"] as const) {
      const shares = macroShares(data, grouping);
      for (const { rows } of shares.byQuestion)
        for (const r of rows) {
          expect(r.cells.reduce((s, c) => s + c.n, 0)).toBe(r.all.n);
          expect(r.cells.reduce((s, c) => s + c.total, 0)).toBe(21);
        }
    }
    expect(macroShares(data, "landsdel").groups.map((g) => g.regions.length)).toEqual([9, 7, 5]);
  });

  it("computes shares over the report's lists only: no single example, no statement of all regions", () => {
    const listed = nuts2.byQuestion.flatMap((q) => q.rows.map((r) => r.practice.id));
    expect(listed.sort()).toEqual(
      data.practices
        .filter((p) => p.evidence === "listed")
        .map((p) => p.id)
        .sort(),
    );
  });

  it("shades by share, with text at 4.5:1 on every shade", () => {
    expect(shadeOf({ n: 0, total: 5 })).toBe(SHARE_SHADES[0]);
    expect(shadeOf({ n: 1, total: 5 })).toBe(SHARE_SHADES[1]);
    expect(shadeOf({ n: 3, total: 5 })).toBe(SHARE_SHADES[2]);
    expect(shadeOf({ n: 4, total: 5 })).toBe(SHARE_SHADES[3]);
    expect(shadeOf({ n: 5, total: 5 })).toBe(SHARE_SHADES[4]);
    for (const { fill, ink } of SHARE_SHADES) {
      expect(contrastRatio(ink, fill === "transparent" ? "#ffffff" : fill), fill).toBeGreaterThanOrEqual(4.5);
    }
  });
});
