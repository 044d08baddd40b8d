import { useEffect, useRef, useState } from "react";
import { Map as MapLibreMap, setWorkerUrl, type MapLayerMouseEvent } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url";
import "maplibre-gl/dist/maplibre-gl.css";
import type { ContextCollection, CountyCollection } from "../geo/counties";
import { LAYER, PAN_BOUNDS, SWEDEN_BOUNDS, buildMapStyle, fillColorExpression, selectedFilter } from "./mapStyle";

// Vite bundles maplibre's worker as its own file; maplibre cannot find it alone.
setWorkerUrl(workerUrl);

export type MapViewProps = {
  counties: CountyCollection;
  context: ContextCollection;
  colorOf: Record<string, string>;
  selected?: string;
  /** Accessible name of the map. */
  label: string;
  /** Tooltip text for a region code (name and the value of the current mode). */
  describe: (code: string) => string;
  onSelect: (code: string | undefined) => void;
  /** MapLibre could not start (no WebGL2) or lost its context. */
  onUnavailable: (error: unknown) => void;
};

type Hover = { code: string; x: number; y: number };

/**
 * The MapLibre view. The map is created once and kept in a ref; colour and
 * selection changes update paint and filters only (GUIDE 3). Props that
 * handlers read are kept in a ref so the handlers never go stale.
 */
export function MapView(props: MapViewProps) {
  const { counties, context, colorOf, selected, label } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const latest = useRef(props);
  const [hover, setHover] = useState<Hover | null>(null);

  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const initial = latest.current;
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container,
        style: buildMapStyle(counties, context, initial.colorOf, initial.selected),
        bounds: SWEDEN_BOUNDS,
        fitBoundsOptions: { padding: 16 },
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        renderWorldCopies: false,
        maxBounds: PAN_BOUNDS,
        maxZoom: 9,
        minZoom: 2,
      });
    } catch (error) {
      initial.onUnavailable(error);
      return;
    }
    mapRef.current = map;
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();

    map.once("idle", () => {
      performance.mark("rus:map-ready");
      container.dataset.ready = "true";
    });
    map.on("webglcontextlost", () => latest.current.onUnavailable(new Error("WebGL context lost")));

    const onMove = (event: MapLayerMouseEvent) => {
      const code = event.features?.[0]?.properties?.code;
      map.getCanvas().style.cursor = code ? "pointer" : "";
      setHover(typeof code === "string" ? { code, x: event.point.x, y: event.point.y } : null);
    };
    const onLeave = () => {
      map.getCanvas().style.cursor = "";
      setHover(null);
    };
    map.on("mousemove", LAYER.fill, onMove);
    map.on("mouseleave", LAYER.fill, onLeave);
    map.on("click", (event) => {
      const [feature] = map.queryRenderedFeatures(event.point, { layers: [LAYER.fill] });
      const code = feature?.properties?.code;
      latest.current.onSelect(typeof code === "string" ? code : undefined);
    });

    return () => {
      mapRef.current = null;
      map.remove();
    };
    // The geometry is loaded once per page; the map must not be re-created on recolour.
  }, [counties, context]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = () => map.setPaintProperty(LAYER.fill, "fill-color", fillColorExpression(colorOf));
    if (map.isStyleLoaded()) apply();
    else map.once("load", apply);
  }, [colorOf]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = () => map.setFilter(LAYER.selected, selectedFilter(selected));
    if (map.isStyleLoaded()) apply();
    else map.once("load", apply);
  }, [selected]);

  return (
    <div className="map-view">
      <div ref={containerRef} className="map-canvas" role="img" aria-label={label} data-testid="map" />
      {hover && (
        <div className="map-tooltip" role="status" style={{ left: hover.x, top: hover.y }} data-testid="map-tooltip">
          {props.describe(hover.code)}
        </div>
      )}
    </div>
  );
}
