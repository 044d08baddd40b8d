import type { LayerSpecification } from "maplibre-gl";
import { SELECTED_LINE_COLOR } from "../domain/palettes";
import { COUNTIES_SOURCE, outlinedOpacity } from "./countyState";

/**
 * Line layers that outline sets of counties: the selected region's land and
 * sea neighbours, and the regions being compared. They draw every county on the counties
 * source, seen where its feature state says so, like the selected layer (countyState.ts).
 * Land and sea differ by dash, not only by colour.
 */
export const OUTLINE_LAYER = {
  landNeighbours: "counties-neighbours-land",
  seaNeighbours: "counties-neighbours-sea",
  compared: "counties-compared",
} as const;

export const NEIGHBOUR_LINE_COLOR = "#2b2b2b";

export function outlineLayers(): LayerSpecification[] {
  return [
    {
      id: OUTLINE_LAYER.landNeighbours,
      type: "line",
      source: COUNTIES_SOURCE,
      paint: { "line-color": NEIGHBOUR_LINE_COLOR, "line-width": 2.2, "line-opacity": outlinedOpacity("land") },
    },
    {
      id: OUTLINE_LAYER.seaNeighbours,
      type: "line",
      source: COUNTIES_SOURCE,
      paint: { "line-color": NEIGHBOUR_LINE_COLOR, "line-width": 2.2, "line-dasharray": [2, 1.5], "line-opacity": outlinedOpacity("sea") },
    },
    {
      id: OUTLINE_LAYER.compared,
      type: "line",
      source: COUNTIES_SOURCE,
      paint: { "line-color": SELECTED_LINE_COLOR, "line-width": 3.5, "line-opacity": outlinedOpacity("compared") },
    },
  ];
}
