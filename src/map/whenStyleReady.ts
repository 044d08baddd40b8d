import type { Map as MapLibreMap } from "maplibre-gl";

/**
 * Runs a style update now, or once the map can take it. isStyleLoaded() is
 * also false while tiles load (during a camera move, right after another
 * update), long after "load" has fired: waiting for "load" then would wait
 * forever and drop the update (a slide's region that never got fitted).
 * "idle" comes after "load" on the first load and after every later change.
 */
export function whenStyleReady(map: MapLibreMap, apply: () => void): void {
  if (map.isStyleLoaded()) apply();
  else map.once("idle", apply);
}
