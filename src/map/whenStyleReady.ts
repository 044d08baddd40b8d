import type { Map as MapLibreMap } from "maplibre-gl";

/**
 * Runs a style update now, or once the map can take it: once its style is parsed ("style.load"), which is all
 * that filters, layout properties and new sources need (feature state: useCountyState). Not isStyleLoaded(), which is also false
 * while tiles load (after every camera move to a new zoom): an update that waited for it came a frame late, and
 * drew a frame of its own. A restored WebGL context parses the style again, so "style.load" comes again.
 * Returns a cancel: an effect returns it, so an update still waiting is dropped when a newer one replaces it.
 */
export function whenStyleReady(map: MapLibreMap, apply: () => void): () => void {
  if (map.style?._loaded) {
    apply();
    return () => {};
  }
  map.once("style.load", apply);
  // Cancelled by the effect that asked, when a newer update comes: a deferred recolour that ran after a newer,
  // immediate one painted the previous slide's colours (slideSameness.spec, 1 run in 4).
  return () => map.off("style.load", apply);
}
