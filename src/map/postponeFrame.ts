import type { Map as MapLibreMap } from "maplibre-gl";
import { afterPaint } from "../ui/afterPaint";

/** MapLibre's pending render frame (not public API: see below). */
type WithFrameRequest = { _frameRequest?: AbortController | null };

/**
 * MapLibre requests a render frame on every mouseup, because its drag-pan
 * handler goes from active to inactive (mapbox/mapbox-gl-js#9825), even when
 * nothing on the map changed. With software WebGL (a laptop without a GPU) a
 * frame takes 60–80 ms, and the browser paints the side panel that the click
 * opened only together with it. This moves that frame to just after the paint.
 * It reads MapLibre's pending-frame field; in a MapLibre without it, it does
 * nothing and the map draws as before.
 */
export function postponePendingFrame(map: MapLibreMap): void {
  const internal = map as unknown as WithFrameRequest;
  const pending = internal._frameRequest;
  if (!(pending instanceof AbortController)) return;
  pending.abort();
  internal._frameRequest = null;
  afterPaint(() => map.triggerRepaint());
}
