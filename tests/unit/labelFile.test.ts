import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { computeLabelPoints, labelFileSchema, resolveLabelPoints, serializeLabelPoints, type LabelFile } from "../../src/geo/labelPoints";
import { realCounties } from "./fixtures";

const counties = realCounties();
const computed = computeLabelPoints(counties);
const text = readFileSync(resolve(process.cwd(), "public/geo/labels.json"), "utf8");
const committed = labelFileSchema.parse(JSON.parse(text));

describe("precomputed label points (public/geo/labels.json)", () => {
  it("is byte-for-byte the runtime computation for the committed counties, as serialised", () => {
    // If this fails, the counties or the rule changed: run `npm run geo`.
    expect(text).toBe(serializeLabelPoints(computed));
    expect(committed.map((p) => p.code)).toEqual(counties.features.map((f) => f.properties.code));
  });

  it("differs from the computation by rounding only (< 1 m, < 1 m²)", () => {
    committed.forEach((point, i) => {
      const exact = computed[i]!;
      expect(Math.abs(point.lngLat[0] - exact.lngLat[0])).toBeLessThan(1e-5);
      expect(Math.abs(point.lngLat[1] - exact.lngLat[1])).toBeLessThan(1e-5);
      expect(Math.abs(point.area - exact.area)).toBeLessThanOrEqual(0.5);
    });
  });

  it("is used as it is when it is for these counties", () => {
    const { points, source } = resolveLabelPoints(counties, committed);
    expect(source).toBe("file");
    expect(points).toBe(committed);
  });

  it("falls back to computing when the file is missing or for other counties", () => {
    const cases: (LabelFile | undefined)[] = [
      undefined,
      committed.slice(1),
      // Same counties, another order (the file is positional).
      [committed[1]!, committed[0]!, ...committed.slice(2)],
      committed.map((p, i) => (i === 4 ? { ...p, code: "SE-XX" } : p)),
    ];
    for (const file of cases) {
      const { points, source } = resolveLabelPoints(counties, file);
      expect(source).toBe("computed");
      expect(points).toEqual(computed);
    }
  });

  it("rejects a malformed file at the schema", () => {
    expect(labelFileSchema.safeParse([{ code: "SE-AB", lngLat: [17.7], area: 1 }]).success).toBe(false);
    expect(labelFileSchema.safeParse([{ code: "SE-AB", lngLat: ["17.7", 59.3], area: 1 }]).success).toBe(false);
    expect(labelFileSchema.safeParse({ "SE-AB": [17.7, 59.3] }).success).toBe(false);
  });
});
