import type { FeatureCollection } from "geojson";
import type { ExpressionSpecification, StyleSpecification } from "maplibre-gl";
import type { ContextCollection, CountyCollection } from "../geo/counties";
import type { MacroBoundaries } from "../geo/macroBoundaries";
import type { MacroGroupingId } from "../geo/macroRegions";
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

/** One `match` on the feature's code: recolouring is one paint update, never a setData. */
export function fillColorExpression(colorOf: Record<string, string>): ExpressionSpecification | string {
  const pairs = Object.entries(colorOf).flat();
  // A match needs at least one label/output pair.
  if (pairs.length === 0) return NO_DATA_COLOR;
  return ["match", ["get", "code"], ...pairs, NO_DATA_COLOR] as unknown as ExpressionSpecification;
}

export function selectedFilter(code: string | undefined): ExpressionSpecification {
  return ["==", ["get", "code"], code ?? ""];
}

/** What the first style shows; later changes are paint and filter updates. */
export type InitialView = {
  colorOf: Record<string, string>;
  selected?: string;
  /** Borders between NUTS 2 regions / landsdelar, and which grouping is shown. */
  macroBoundaries?: MacroBoundaries;
  macro?: MacroGroupingId;
  /** Colour changes fade over this many ms (slides, mode changes); 0 with reduced motion. */
  colorTransitionMs?: number;
};

/**
 * Everything the first view shows is in the first style: a source added after
 * "load" would hold the first "idle" back by another render (~150 ms with
 * software WebGL). The macro borders are in it when the page opens with them.
 */
export function buildMapStyle(
  counties: CountyCollection,
  context: ContextCollection,
  { colorOf, selected, macroBoundaries, macro, colorTransitionMs = 300 }: InitialView,
): StyleSpecification {
  return {
    version: 8,
    sources: {
      context: { type: "geojson", data: context as FeatureCollection },
      counties: { type: "geojson", data: counties as FeatureCollection, promoteId: "code" },
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
        source: "counties",
        paint: {
          "fill-color": fillColorExpression(colorOf),
          "fill-color-transition": { duration: colorTransitionMs, delay: 0 },
          "fill-opacity": 1,
          "fill-antialias": false,
        },
      },
      {
        id: LAYER.outline,
        type: "line",
        source: "counties",
        paint: { "line-color": COUNTY_LINE_COLOR, "line-width": 1.2 },
      },
      // Neighbours and compared regions, under the selected outline (outlineLayers.ts).
      ...outlineLayers(),
      ...(macroBoundaries ? [macroLayer(macro)] : []),
      {
        id: LAYER.focused,
        type: "line",
        source: "counties",
        filter: selectedFilter(undefined),
        paint: { "line-color": SELECTED_LINE_COLOR, "line-width": 2.5, "line-dasharray": [2, 1.5] },
      },
      {
        id: LAYER.selected,
        type: "line",
        source: "counties",
        filter: selectedFilter(selected),
        paint: { "line-color": SELECTED_LINE_COLOR, "line-width": 3.5 },
      },
    ],
  };
}
