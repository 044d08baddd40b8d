import { useEffect, useMemo, useRef, type RefObject } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import { REGION_MAX_ZOOM, framedRegions, nationalPadding, prefersReducedMotion, regionPadding } from "../domain/camera";
import type { Outlines } from "../domain/outlines";
import type { CountyCollection } from "../geo/counties";
import { SWEDEN_BOUNDS, geometryBounds, unionBounds, type Padding } from "../geo/projection";
import { afterPaint } from "../ui/afterPaint";

/**
 * The camera follows the selection: fit the region (zoom capped, so a small
 * county keeps its neighbours in view), or return to Sweden when it is
 * cleared, clear of the legend. `fit(instant)` refits after the container
 * changed size; `padding()` is the national view's padding as last fitted.
 */
export function useMapCamera(
  mapRef: RefObject<MapLibreMap | null>,
  overlayRef: RefObject<HTMLDivElement | null>,
  {
    counties,
    selected: chosen,
    outlines,
    balanced,
    keepNational,
    standby,
  }: {
    counties: CountyCollection;
    selected?: string;
    outlines?: Outlines;
    balanced?: boolean;
    keepNational?: boolean;
    standby?: boolean;
  },
) {
  // What the camera fits (domain/camera.ts), as a key (undefined: Sweden): the same regions in a new array do not move it.
  const framedKey = framedRegions(chosen, outlines?.compared ?? [], keepNational).join(",") || undefined;
  const paddingRef = useRef<Padding | null>(null);
  const latest = useRef({ framedKey, balanced, standby });
  useEffect(() => {
    latest.current = { framedKey, balanced, standby };
  });
  const featureBounds = useMemo(() => new Map(counties.features.map((f) => [f.properties.code, geometryBounds(f.geometry)])), [counties]);

  const camera = useMemo(
    () => ({
      fit(instant: boolean) {
        const map = mapRef.current;
        if (!map) return;
        const framed = latest.current.framedKey?.split(",") ?? [];
        const bounds = unionBounds(framed.map((code) => featureBounds.get(code)).filter((b) => b !== undefined));
        // Unseen behind the SVG map (standby), the camera goes straight to where it will be seen.
        const duration = instant || latest.current.standby || prefersReducedMotion() ? 0 : 600;
        const national = nationalPadding(map.getContainer(), overlayRef.current, latest.current.balanced);
        paddingRef.current = national;
        // Tests and tools read the padding to know where a place lands at the national view.
        map.getContainer().dataset.paddingLeft = String(national.left);
        if (bounds) map.fitBounds(bounds, { padding: regionPadding(national), maxZoom: REGION_MAX_ZOOM, duration });
        else map.fitBounds(SWEDEN_BOUNDS, { padding: national, duration });
      },
      padding: () => paddingRef.current,
    }),
    [mapRef, overlayRef, featureBounds],
  );

  const fittedTo = useRef<string | undefined>(undefined);
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    // The panel paints first; the camera follows.
    return afterPaint(() => {
      if (fittedTo.current === framedKey) return;
      fittedTo.current = framedKey;
      camera.fit(false);
    });
  }, [mapRef, camera, framedKey]);

  return camera;
}
