import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createPropertyExpression, latest, validateStyleMin, type StylePropertySpecification } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { classify } from "../../src/domain/classify";
import { contextCollectionSchema } from "../../src/geo/counties";
import { LAYER, buildMapStyle } from "../../src/map/mapStyle";
import { OUTLINE_LAYER } from "../../src/map/outlineLayers";
import { realCounties, realDataset } from "./fixtures";

/**
 * The first style is what MapLibre draws before any update; after that, each county's feature state
 * (map/countyState.ts) decides. Checked with MapLibre's own style validator and expression evaluator.
 */
const counties = realCounties();
const context = contextCollectionSchema.parse(JSON.parse(readFileSync(resolve(process.cwd(), "public/geo/context.geojson"), "utf8")));
const { colorOf } = classify(realDataset(), { color: "status" }, "sv");
const style = buildMapStyle(counties, context, { colorOf, selected: "SE-M" });

/** A paint property of a layer, evaluated for one county with the given feature state. */
function paintOf(layerId: string, property: string, code: string, state: Record<string, unknown> = {}): unknown {
  const layer = style.layers.find((l) => l.id === layerId) as { type: string; paint: Record<string, unknown> };
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${layer.type}`]![property]!;
  const parsed = createPropertyExpression(layer.paint[property], property, spec);
  if (parsed.result !== "success") throw new Error(JSON.stringify(parsed.value));
  const feature = { type: 3 as const, properties: { code }, geometry: [] };
  return parsed.value.evaluate({ zoom: 5 }, feature as never, state as never);
}
const hex = (color: unknown) => {
  const { r, g, b } = color as { r: number; g: number; b: number };
  return `#${[r, g, b]
    .map((x) =>
      Math.round(x * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
};

describe("the map's first style and its feature state", () => {
  it("is a valid MapLibre style", () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it("draws the first colours until a county's state has one, then that", () => {
    for (const [code, color] of Object.entries(colorOf))
      expect(hex(paintOf(LAYER.fill, "fill-color", code)), code).toBe(color.toLowerCase());
    expect(hex(paintOf(LAYER.fill, "fill-color", "SE-M", { fill: "#123456" }))).toBe("#123456");
  });

  it("outlines the first selection until the state says otherwise, and the other outlines only by state", () => {
    expect(paintOf(LAYER.selected, "line-opacity", "SE-M")).toBe(1);
    expect(paintOf(LAYER.selected, "line-opacity", "SE-K")).toBe(0);
    expect(paintOf(LAYER.selected, "line-opacity", "SE-M", { selected: 0 })).toBe(0);
    expect(paintOf(LAYER.selected, "line-opacity", "SE-K", { selected: 1 })).toBe(1);
    const byState = [
      [LAYER.focused, "focused"],
      [OUTLINE_LAYER.landNeighbours, "land"],
      [OUTLINE_LAYER.seaNeighbours, "sea"],
      [OUTLINE_LAYER.compared, "compared"],
    ] as const;
    for (const [layer, key] of byState) {
      expect(paintOf(layer, "line-opacity", "SE-K"), layer).toBe(0);
      expect(paintOf(layer, "line-opacity", "SE-K", { [key]: 1 }), layer).toBe(1);
    }
  });

  it("filters no county layer: a filter change would make MapLibre cut the counties' tiles again", () => {
    const countyLayers = style.layers.filter((l) => "source" in l && l.source === "counties");
    expect(countyLayers.length).toBe(7);
    for (const layer of countyLayers) expect("filter" in layer, layer.id).toBe(false);
  });
});
