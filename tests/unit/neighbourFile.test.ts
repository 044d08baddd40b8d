import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { neighbourFileSchema, resolveNeighbourTable, serializeNeighbourTable, type NeighbourFile } from "../../src/geo/neighbourFile";
import { SEA_NEIGHBOUR_KM, computeNeighbourTable } from "../../src/geo/neighbourTable";
import { realCounties } from "./fixtures";

const counties = realCounties();
const computed = computeNeighbourTable(counties);
const text = readFileSync(resolve(process.cwd(), "public/geo/neighbours.json"), "utf8");
const committed = neighbourFileSchema.parse(JSON.parse(text));

describe("precomputed neighbour table (public/geo/neighbours.json)", () => {
  it("is byte-for-byte what the runtime computation gives for the committed counties", () => {
    // If this fails, the counties or the rule changed: run `npm run geo`.
    expect(text).toBe(serializeNeighbourTable(computed));
    expect({ land: committed.land, sea: committed.sea }).toEqual(computed);
    expect(committed.seaKm).toBe(SEA_NEIGHBOUR_KM);
  });

  it("is used as it is when it fits the counties", () => {
    const started = performance.now();
    const { table, source } = resolveNeighbourTable(counties, committed);
    console.log(`resolveNeighbourTable from the file: ${(performance.now() - started).toFixed(2)} ms`);
    expect(source).toBe("file");
    expect(table).toEqual(computed);
  });

  it("falls back to computing when the file is missing, from another reach, or for other counties", () => {
    const cases: (NeighbourFile | undefined)[] = [
      undefined,
      { ...committed, seaKm: 70 },
      // A county missing from the file (counties changed since `npm run geo`).
      { ...committed, land: Object.fromEntries(Object.entries(committed.land).slice(1)) },
      // A neighbour that is no county.
      { ...committed, sea: { ...committed.sea, "SE-I": ["SE-XX"] } },
    ];
    for (const file of cases) {
      const { table, source } = resolveNeighbourTable(counties, file);
      expect(source).toBe("computed");
      expect(table).toEqual(computed);
    }
  });

  it("rejects a malformed file at the schema", () => {
    expect(neighbourFileSchema.safeParse({ seaKm: "100", land: {}, sea: {} }).success).toBe(false);
    expect(neighbourFileSchema.safeParse({ seaKm: 100, land: { "SE-AB": "SE-C" }, sea: {} }).success).toBe(false);
  });
});
