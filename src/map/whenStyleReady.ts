import type { Map as MapLibreMap } from "maplibre-gl";

/**
 * Runs a style update now, or once the map can take it. isStyleLoaded() is
 * also false while tiles load (during a camera move, right after another
 * update), long after "load" has fired: waiting for "load" then would wait
 * forever and drop the update (a slide's region that never got fitted).
 * "idle" comes after "load" on the first load and after every later change.
 * Returns a cancel: an effect returns it, so an update still waiting is dropped
 * when a newer one replaces it.
 */
export function whenStyleReady(map: MapLibreMap, apply: () => void): () => void {
  if (map.isStyleLoaded()) {
    apply();
    return () => {};
  }
  map.once("idle", apply);
  // Cancelled by the effect that asked, when a newer update comes: a deferred recolour that ran after a newer,
  // immediate one painted the previous slide's colours (slideSameness.spec, 1 run in 4).
  return () => map.off("idle", apply);
}
