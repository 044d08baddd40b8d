import type { FeatureCollection } from "geojson";
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from "maplibre-gl";
import type { MacroBoundaries } from "../geo/macroBoundaries";
import type { MacroGroupingId } from "../geo/macroRegions";

export const MACRO_SOURCE = "macro-boundaries";
export const MACRO_LAYER = "macro-boundaries-line";
/** Thick and dark grey: above the white county lines, below the selection's black outline. */
export const MACRO_LINE_COLOR = "#3a3a3a";
export const MACRO_LINE_WIDTH = 3.2;

/** The borders of one grouping (none when no grouping is chosen). */
export function macroFilter(macro: MacroGroupingId | undefined): ExpressionSpecification {
  return ["==", ["get", "grouping"], macro ?? ""];
}

export const macroVisibility = (macro: MacroGroupingId | undefined) => (macro ? "visible" : "none");

export function macroSource(boundaries: MacroBoundaries): SourceSpecification {
  return { type: "geojson", data: boundaries as FeatureCollection };
}

/** The borders' line layer: hidden, and its source loads no tiles, while no grouping is chosen. */
export function macroLayer(macro: MacroGroupingId | undefined): LayerSpecification {
  return {
    id: MACRO_LAYER,
    type: "line",
    source: MACRO_SOURCE,
    layout: { visibility: macroVisibility(macro), "line-join": "round", "line-cap": "round" },
    filter: macroFilter(macro),
    paint: { "line-color": MACRO_LINE_COLOR, "line-width": MACRO_LINE_WIDTH },
  };
}
