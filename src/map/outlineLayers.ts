import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import { SELECTED_LINE_COLOR } from "../domain/palettes";

/**
 * Line layers that outline sets of counties: the selected region's land and
 * sea neighbours, and the regions being compared. They sit on the counties
 * source and are updated with setFilter only, like the selected layer (docs/ARCHITECTURE.md).
 * Land and sea differ by dash, not only by colour.
 */
export const OUTLINE_LAYER = {
  landNeighbours: "counties-neighbours-land",
  seaNeighbours: "counties-neighbours-sea",
  compared: "counties-compared",
} as const;

export const NEIGHBOUR_LINE_COLOR = "#2b2b2b";

/** Features whose code is one of `codes` (none when empty). */
export function codesFilter(codes: readonly string[]): ExpressionSpecification {
  return ["in", ["get", "code"], ["literal", [...codes]]];
}

export function outlineLayers(): LayerSpecification[] {
  return [
    {
      id: OUTLINE_LAYER.landNeighbours,
      type: "line",
      source: "counties",
      filter: codesFilter([]),
      paint: { "line-color": NEIGHBOUR_LINE_COLOR, "line-width": 2.2 },
    },
    {
      id: OUTLINE_LAYER.seaNeighbours,
      type: "line",
      source: "counties",
      filter: codesFilter([]),
      paint: { "line-color": NEIGHBOUR_LINE_COLOR, "line-width": 2.2, "line-dasharray": [2, 1.5] },
    },
    {
      id: OUTLINE_LAYER.compared,
      type: "line",
      source: "counties",
      filter: codesFilter([]),
      paint: { "line-color": SELECTED_LINE_COLOR, "line-width": 3.5 },
    },
  ];
}
