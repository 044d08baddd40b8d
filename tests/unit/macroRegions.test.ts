import { describe, expect, it } from "vitest";
import { computeMacroBoundaries } from "../../src/geo/macroBoundaries";
import { MACRO_GROUPINGS, MACRO_REGIONS, groupOf } from "../../src/geo/macroRegions";
import { computeAdjacency } from "../../src/geo/neighbours";
import { realCounties, realDataset } from "./fixtures";

const data = realDataset();
const codes = data.regions.map((r) => r.code);
const counties = realCounties();

describe("macro-regions (NUTS 2, landsdelar)", () => {
  it.each(MACRO_GROUPINGS)("%s covers all 21 regions exactly once", (grouping) => {
    const members = MACRO_REGIONS[grouping].flatMap((g) => g.regions);
    expect(members).toHaveLength(21);
    expect([...members].sort()).toEqual([...codes].sort());
    for (const group of MACRO_REGIONS[grouping]) {
      expect(group.regions.length).toBeGreaterThan(0);
      expect(group.sv, group.id).toMatch(/\S/u);
      expect(group.en, group.id).toMatch(/\S/u);
    }
  });

  it("has the eight NUTS 2 regions and the three landsdelar, with their known members", () => {
    expect(MACRO_REGIONS.nuts2.map((g) => g.id)).toEqual(["SE11", "SE12", "SE21", "SE22", "SE23", "SE31", "SE32", "SE33"]);
    expect(MACRO_REGIONS.landsdel.map((g) => g.sv)).toEqual(["Götaland", "Svealand", "Norrland"]);
    expect(groupOf("nuts2", "SE-I")?.sv).toBe("Småland med öarna"); // Gotland
    expect(groupOf("nuts2", "SE-AB")?.regions).toEqual(["SE-AB"]);
    expect(groupOf("landsdel", "SE-X")?.sv).toBe("Norrland"); // Gävleborg is Norrland
    expect(groupOf("landsdel", "SE-W")?.sv).toBe("Svealand"); // Dalarna
  });

  it("each group of counties is connected by land, except for Gotland's island", () => {
    // A sanity check on the lists: a typo would usually give a scattered group.
    const land = computeAdjacency(counties);
    for (const grouping of MACRO_GROUPINGS) {
      for (const group of MACRO_REGIONS[grouping]) {
        const members = group.regions.filter((c) => c !== "SE-I");
        const seen = new Set([members[0]!]);
        const queue = [members[0]!];
        while (queue.length > 0) {
          for (const n of land[queue.pop()!] ?? []) {
            if (!members.includes(n) || seen.has(n)) continue;
            seen.add(n);
            queue.push(n);
          }
        }
        expect([...seen].sort(), `${grouping} ${group.id}`).toEqual([...members].sort());
      }
    }
  });
});

describe("macro-region boundaries (lines between groups)", () => {
  const started = performance.now();
  const boundaries = computeMacroBoundaries(counties);
  const elapsed = performance.now() - started;
  const byGrouping = Object.fromEntries(boundaries.features.map((f) => [f.properties.grouping, f.geometry.coordinates]));
  const vertexSet = (lines: number[][][]) => new Set(lines.flat().map((p) => `${p[0]},${p[1]}`));

  it("gives one multi-line per grouping, cheaply", () => {
    console.log(`computeMacroBoundaries: ${elapsed.toFixed(1)} ms`);
    expect(boundaries.features.map((f) => f.properties.grouping)).toEqual([...MACRO_GROUPINGS]);
    for (const lines of Object.values(byGrouping)) {
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line.length).toBeGreaterThanOrEqual(2);
    }
  });

  /** Vertices on the border between two counties (shared vertices of both). */
  const border = (a: string, b: string) => {
    const of = (code: string) => {
      const { geometry } = counties.features.find((f) => f.properties.code === code)!;
      return vertexSet(geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat());
    };
    const [va, vb] = [of(a), of(b)];
    return [...va].filter((k) => vb.has(k));
  };

  it("follows a border between groups and skips a border inside a group", () => {
    const nuts2 = vertexSet(byGrouping.nuts2!);
    const landsdel = vertexSet(byGrouping.landsdel!);
    // Uppsala–Gävleborg: between NUTS 2 regions (SE12/SE31) and between Svealand and Norrland.
    const cx = border("SE-C", "SE-X");
    expect(cx.length).toBeGreaterThan(2);
    expect(cx.every((k) => nuts2.has(k) && landsdel.has(k))).toBe(true);
    // Dalarna–Värmland: inside SE31 and inside Svealand, so not drawn (bar its end points).
    const ws = border("SE-W", "SE-S");
    expect(ws.length).toBeGreaterThan(4);
    expect(ws.filter((k) => nuts2.has(k)).length).toBeLessThanOrEqual(2);
    // Jönköping–Östergötland: NUTS 2 border (SE21/SE12) but inside Götaland.
    const fe = border("SE-F", "SE-E");
    expect(fe.every((k) => nuts2.has(k))).toBe(true);
    expect(fe.filter((k) => landsdel.has(k)).length).toBeLessThanOrEqual(2);
  });
});
