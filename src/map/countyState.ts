import type { ExpressionSpecification, Map as MapLibreMap } from "maplibre-gl";

/**
 * What each county shows besides its shape — its fill, and whether it is outlined as the selected or focused
 * region, a land or sea neighbour, or one of those compared — is MapLibre feature state on the counties source.
 *
 * Why not paint expressions and filters: MapLibre answers a data-driven `setPaintProperty` or a `setFilter` by
 * cutting the source's tiles again in its worker and pausing the source until they are back, so one slide change
 * drew three frames (the change, the new tiles, the updates that waited for "idle"). A feature-state change
 * updates the tiles' paint buffers on the main thread, and the change is drawn in one frame: with software WebGL
 * each frame is 60–100 ms of CPU.
 */
export const COUNTIES_SOURCE = "counties";

export type CountyStateKey = "fill" | "selected" | "focused" | "land" | "sea" | "compared";

/** A paint value from the county's feature state; until the first update sets it, the first style's value. */
export function fromCountyState(key: CountyStateKey, initial: ExpressionSpecification | string | number): ExpressionSpecification {
  return ["coalesce", ["feature-state", key], initial] as ExpressionSpecification;
}

/** A line layer's opacity: 1 where the county has `key`, 0 elsewhere; at first, 1 for the counties in `initial`. */
export function outlinedOpacity(key: CountyStateKey, initial: readonly string[] = []): ExpressionSpecification {
  return fromCountyState(key, ["case", ["in", ["get", "code"], ["literal", [...initial]]], 1, 0]);
}

/** 1 for the counties in `codes`, 0 for the rest: the value `outlinedOpacity` reads. */
export const flagOf =
  (codes: readonly string[]) =>
  (code: string): number =>
    codes.includes(code) ? 1 : 0;

/** Sets `key` on every county, so that none keeps the first style's value or an earlier one. */
export function setCountyState(
  map: MapLibreMap,
  codes: readonly string[],
  key: CountyStateKey,
  valueOf: (code: string) => string | number,
) {
  for (const code of codes) map.setFeatureState({ source: COUNTIES_SOURCE, id: code }, { [key]: valueOf(code) });
}
