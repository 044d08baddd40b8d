import { useEffect, type RefObject } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import type { MacroBoundaries } from "../geo/macroBoundaries";
import type { MacroGroupingId } from "../geo/macroRegions";
import { LAYER } from "./mapStyle";
import { MACRO_LAYER, MACRO_SOURCE, macroFilter, macroLayer, macroSource, macroVisibility } from "./macroLayer";
import { whenStyleReady } from "./whenStyleReady";

/**
 * The borders between NUTS 2 regions or landsdelar: one source and one line
 * layer, in the first style when the page opens with a grouping, else added
 * when one is first chosen (the boundaries are computed only then). After
 * that the choice only changes the layer's filter and visibility: the map is
 * never re-created, no setData. MapLibre skips values that are already set.
 */
export function useMacroOutlines(
  mapRef: RefObject<MapLibreMap | null>,
  boundaries: MacroBoundaries | undefined,
  macro: MacroGroupingId | undefined,
) {
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    // No grouping shown: the layer, where there is one, is hidden; there is nothing to add.
    if (!boundaries) {
      return whenStyleReady(map, () => {
        if (map.getLayer(MACRO_LAYER)) map.setLayoutProperty(MACRO_LAYER, "visibility", "none");
      });
    }
    return whenStyleReady(map, () => {
      if (!map.getSource(MACRO_SOURCE)) {
        map.addSource(MACRO_SOURCE, macroSource(boundaries));
        map.addLayer(macroLayer(macro), LAYER.focused);
      }
      map.setFilter(MACRO_LAYER, macroFilter(macro));
      map.setLayoutProperty(MACRO_LAYER, "visibility", macroVisibility(macro));
    });
  }, [mapRef, boundaries, macro]);
}
