import { describe, expect, it } from "vitest";
import { DEFAULT_SORT, figuresByRegion, nextSort, sortRegions } from "../../src/panels/matrix/sortRegions";
import { realDataset } from "./fixtures";

const data = realDataset();
const names = (sort: Parameters<typeof sortRegions>[1]) => sortRegions(data, sort).map((r) => r.name);

describe("sortRegions", () => {
  it("sorts names in Swedish collation (Å, Ä, Ö last)", () => {
    const sorted = names(DEFAULT_SORT);
    expect(sorted[0]).toBe("Blekinge");
    expect(sorted.at(-1)).toBe("Östergötland");
    expect(sorted.indexOf("Gotland")).toBeLessThan(sorted.indexOf("Gävleborg"));
    expect(sorted.indexOf("Västmanland")).toBeLessThan(sorted.indexOf("Örebro"));
    expect(names({ key: "name", dir: "desc" })).toEqual([...sorted].reverse());
  });

  it("sorts statuses in the dataset's order, names breaking ties", () => {
    const rank = new Map(data.statuses.map((s, i) => [s.id, i]));
    const sorted = sortRegions(data, { key: "status", dir: "asc" });
    const ranks = sorted.map((r) => rank.get(r.strategy.status)!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(sorted.slice(0, 4).map((r) => r.name)).toEqual(["Jönköping", "Kalmar", "Uppsala", "Västra Götaland"]);
  });

  it("sorts by the lists naming a region and by adoption year, ties by name", () => {
    const figures = figuresByRegion(data);
    const byCount = sortRegions(data, { key: "listed", dir: "desc" }, figures);
    for (let i = 1; i < byCount.length; i++) {
      const a = figures.get(byCount[i - 1]!.code)!.listed;
      const b = figures.get(byCount[i]!.code)!.listed;
      expect(a).toBeGreaterThanOrEqual(b);
      if (a === b) expect(byCount[i - 1]!.name.localeCompare(byCount[i]!.name, "sv")).toBeLessThan(0);
    }
    const years = sortRegions(data, { key: "year", dir: "asc" }).map((r) => r.strategy.adopted);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it("counts lists and examples apart, and never a statement of all regions", () => {
    const figures = [...figuresByRegion(data).values()];
    const sum = (key: "listed" | "examples") => figures.reduce((n, f) => n + f[key], 0);
    const named = (kind: string) => data.practices.filter((p) => p.evidence === kind).reduce((n, p) => n + p.regions.length, 0);
    expect(sum("listed")).toBe(named("listed"));
    // An example alone, or among the examples one sentence names ("exempelvis"): both are examples, never a list.
    expect(sum("examples")).toBe(named("example") + named("examples"));
  });
});

describe("nextSort", () => {
  it("flips the active column and starts others in their natural direction", () => {
    expect(nextSort(DEFAULT_SORT, "name")).toEqual({ key: "name", dir: "desc" });
    expect(nextSort(DEFAULT_SORT, "listed")).toEqual({ key: "listed", dir: "desc" });
    expect(nextSort(DEFAULT_SORT, "year")).toEqual({ key: "year", dir: "desc" });
    expect(nextSort({ key: "examples", dir: "desc" }, "status")).toEqual({ key: "status", dir: "asc" });
  });
});
