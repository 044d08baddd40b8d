import type { FeatureCollection } from "geojson";
import type { ExpressionSpecification, StyleSpecification } from "maplibre-gl";
import type { ContextCollection, CountyCollection } from "../geo/counties";
import type { MacroBoundaries } from "../geo/macroBoundaries";
import type { MacroGroupingId } from "../geo/macroRegions";
import { COUNTIES_SOURCE, fromCountyState, outlinedOpacity } from "./countyState";
import { outlineLayers } from "./outlineLayers";
import { MACRO_SOURCE, macroLayer, macroSource } from "./macroLayer";
import {
  CONTEXT_LINE_COLOR,
  COUNTY_LINE_COLOR,
  LAND_CONTEXT_COLOR,
  NO_DATA_COLOR,
  SEA_COLOR,
  SELECTED_LINE_COLOR,
} from "../domain/palettes";

/**
 * The whole map style, built in code from local GeoJSON: no tile server, no
 * glyph server, no sprite (docs/DATA.md). Labels are HTML, so no glyphs are needed.
 */
export const LAYER = {
  fill: "counties-fill",
  outline: "counties-outline",
  selected: "counties-selected",
  /** The region the keyboard list is on (RegionList), dashed. */
  focused: "counties-focused",
} as const;

/** One `match` on the feature's code: the first style's colours (later ones are feature state: countyState.ts). */
export function fillColorExpression(colorOf: Record<string, string>): ExpressionSpecification | string {
  const pairs = Object.entries(colorOf).flat();
  // A match needs at least one label/output pair.
  if (pairs.length === 0) return NO_DATA_COLOR;
  return ["match", ["get", "code"], ...pairs, NO_DATA_COLOR] as unknown as ExpressionSpecification;
}

/** What the first style shows; later changes are feature state (countyState.ts). */
export type InitialView = {
  colorOf: Record<string, string>;
  selected?: string;
  /** Borders between NUTS 2 regions / landsdelar, and which grouping is shown. */
  macroBoundaries?: MacroBoundaries;
  macro?: MacroGroupingId;
};

/**
 * Everything the first view shows is in the first style: a source added after
 * "load" would hold the first "idle" back by another render (~150 ms with
 * software WebGL). The macro borders are in it when the page opens with them.
 */
export function buildMapStyle(
  counties: CountyCollection,
  context: ContextCollection,
  { colorOf, selected, macroBoundaries, macro }: InitialView,
): StyleSpecification {
  return {
    version: 8,
    sources: {
      context: { type: "geojson", data: context as FeatureCollection },
      // The code is the feature's id: its feature state is addressed by it.
      [COUNTIES_SOURCE]: { type: "geojson", data: counties as FeatureCollection, promoteId: "code" },
      ...(macroBoundaries ? { [MACRO_SOURCE]: macroSource(macroBoundaries) } : {}),
    },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": SEA_COLOR } },
      { id: "context-fill", type: "fill", source: "context", paint: { "fill-color": LAND_CONTEXT_COLOR, "fill-antialias": false } },
      {
        id: "context-line",
        type: "line",
        source: "context",
        paint: { "line-color": CONTEXT_LINE_COLOR, "line-width": 0.8 },
      },
      {
        id: LAYER.fill,
        type: "fill",
        source: COUNTIES_SOURCE,
        paint: {
          // A data-driven colour cannot fade (MapLibre shows the old one for the transition's length, then the new).
          "fill-color": ["to-color", fromCountyState("fill", fillColorExpression(colorOf))],
          "fill-opacity": 1,
          "fill-antialias": false,
        },
      },
      {
        id: LAYER.outline,
        type: "line",
        source: COUNTIES_SOURCE,
        paint: { "line-color": COUNTY_LINE_COLOR, "line-width": 1.2 },
      },
      // Neighbours and compared regions, under the selected outline (outlineLayers.ts).
      ...outlineLayers(),
      ...(macroBoundaries ? [macroLayer(macro)] : []),
      {
        id: LAYER.focused,
        type: "line",
        source: COUNTIES_SOURCE,
        paint: {
          "line-color": SELECTED_LINE_COLOR,
          "line-width": 2.5,
          "line-dasharray": [2, 1.5],
          "line-opacity": outlinedOpacity("focused"),
        },
      },
      {
        id: LAYER.selected,
        type: "line",
        source: COUNTIES_SOURCE,
        paint: {
          "line-color": SELECTED_LINE_COLOR,
          "line-width": 3.5,
          "line-opacity": outlinedOpacity("selected", selected ? [selected] : []),
        },
      },
    ],
  };
}
