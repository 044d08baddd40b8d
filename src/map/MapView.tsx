import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Map as MapLibreMap, setWorkerUrl, type MapLayerMouseEvent } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url";
import "maplibre-gl/dist/maplibre-gl.css";
import { bbox } from "@turf/turf";
import type { ContextCollection, CountyCollection } from "../geo/counties";
import type { LabelPoint } from "../geo/labelPoints";
import { placeLabels, type PlacedLabel } from "./labelPlacement";
import { MapLabels } from "./MapLabels";
import { LAYER, PAN_BOUNDS, SWEDEN_BOUNDS, buildMapStyle, fillColorExpression, selectedFilter } from "./mapStyle";
import { measureLabel } from "./measureLabel";

// Vite bundles maplibre's worker as its own file; maplibre cannot find it alone.
setWorkerUrl(workerUrl);

export type MapViewProps = {
  counties: CountyCollection;
  context: ContextCollection;
  labelPoints: LabelPoint[];
  colorOf: Record<string, string>;
  /** Regions marked with a symbol (practice maps), so colour is not the only cue. */
  marked: string[];
  selected?: string;
  /** Accessible name of the map. */
  label: string;
  nameOf: (code: string) => string;
  /** Tooltip text for a region code (name and the value of the current mode). */
  describe: (code: string) => string;
  onSelect: (code: string | undefined) => void;
  /** MapLibre could not start (no WebGL2) or lost its context. */
  onUnavailable: (error: unknown) => void;
  /** Drawn over the map's top-left corner (the legend); the national view keeps Sweden clear of it. */
  overlay?: ReactNode;
};

type Hover = { code: string; x: number; y: number };

/** Padding around Sweden at the national view, in px. */
export const NATIONAL_PADDING = 16;

/**
 * Padding of the national view: 16 px all round, plus the width of the
 * overlay (legend) on the left where it stands over the map, so the legend
 * never covers a county at the national view.
 */
function nationalPadding(container: HTMLElement, overlay: HTMLElement | null) {
  const padding = { top: NATIONAL_PADDING, right: NATIONAL_PADDING, bottom: NATIONAL_PADDING, left: NATIONAL_PADDING };
  if (!overlay) return padding;
  const box = container.getBoundingClientRect();
  const over = overlay.getBoundingClientRect();
  const overlaps = over.width > 0 && over.left < box.right && over.bottom > box.top && over.top < box.bottom;
  // Only when the map is wide enough to give the room; on a narrow screen Sweden comes first.
  const inset = overlaps ? Math.round(over.right - box.left) : 0;
  if (inset > 0 && box.width - inset > box.height * 0.55) padding.left = inset + NATIONAL_PADDING;
  return padding;
}

const prefersReducedMotion = () => window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

/**
 * The MapLibre view. The map is created once and kept in a ref; colour and
 * selection changes update paint and filters only (GUIDE 3). Props that
 * handlers read are kept in a ref so the handlers never go stale.
 */
export function MapView(props: MapViewProps) {
  const { counties, context, colorOf, selected, label, labelPoints, marked, nameOf } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const overlayRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const latest = useRef(props);
  const [hover, setHover] = useState<Hover | null>(null);
  const [labels, setLabels] = useState<PlacedLabel[]>([]);
  const markedSet = useMemo(() => new Set(marked), [marked]);

  useEffect(() => {
    latest.current = props;
  });

  const layoutLabels = useCallback(() => {
    const map = mapRef.current;
    if (!map) return;
    const { marked: markedNow, nameOf: nameNow } = latest.current;
    const requests = labelPoints.map((point) => {
      const { x, y } = map.project(point.lngLat);
      const isMarked = markedNow.includes(point.code);
      const size = measureLabel(nameNow(point.code), isMarked);
      // Smaller counties first: they have the least room, while a big county's label can move
      // inside it. Marked ones before all, so their symbol shows with their name.
      return { code: point.code, x, y, ...size, priority: -point.area + (isMarked ? 1e15 : 0) };
    });
    setLabels(placeLabels(requests));
  }, [labelPoints]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const initial = latest.current;
    const padding = nationalPadding(container, overlayRef.current);
    // Tests and tools read the padding to know where a place lands at the national view.
    container.dataset.paddingLeft = String(padding.left);
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container,
        style: buildMapStyle(counties, context, initial.colorOf, initial.selected),
        bounds: SWEDEN_BOUNDS,
        fitBoundsOptions: { padding },
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        renderWorldCopies: false,
        maxBounds: PAN_BOUNDS,
        maxZoom: 9,
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

    let frame = 0;
    const scheduleLabels = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(layoutLabels);
    };
    map.on("load", layoutLabels);
    map.on("move", scheduleLabels);
    map.on("resize", scheduleLabels);

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
      // Clicking the sea (or a neighbouring country) clears the selection.
      latest.current.onSelect(typeof code === "string" ? code : undefined);
    });

    return () => {
      cancelAnimationFrame(frame);
      mapRef.current = null;
      map.remove();
    };
    // The geometry is loaded once per page; the map must not be re-created on recolour.
  }, [counties, context, layoutLabels]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = () => map.setPaintProperty(LAYER.fill, "fill-color", fillColorExpression(colorOf));
    if (map.isStyleLoaded()) apply();
    else map.once("load", apply);
  }, [colorOf]);

  // Marks and names change the labels' sizes: place them again.
  useEffect(() => {
    if (mapRef.current?.isStyleLoaded()) layoutLabels();
  }, [marked, nameOf, layoutLabels]);

  const featureBounds = useMemo(
    () => new Map(counties.features.map((f) => [f.properties.code, bbox(f) as [number, number, number, number]])),
    [counties],
  );

  // The camera follows the selection: fit the region, or return to Sweden when it is cleared.
  const fittedTo = useRef<string | undefined>(undefined);
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = () => {
      map.setFilter(LAYER.selected, selectedFilter(selected));
      if (fittedTo.current === selected) return;
      fittedTo.current = selected;
      const bounds = selected ? featureBounds.get(selected) : undefined;
      const duration = prefersReducedMotion() ? 0 : 600;
      // Zoom is capped so a small county still shows its neighbours: the national context stays.
      const national = nationalPadding(map.getContainer(), overlayRef.current);
      if (bounds) {
        const padding = { top: 48, right: 48, bottom: 48, left: national.left + 32 };
        map.fitBounds(bounds, { padding, maxZoom: 5.5, duration });
      } else map.fitBounds(SWEDEN_BOUNDS, { padding: national, duration });
    };
    if (map.isStyleLoaded()) apply();
    else map.once("load", apply);
  }, [selected, featureBounds]);

  return (
    <div className="map-view">
      <div ref={containerRef} className="map-canvas" role="img" aria-label={label} data-testid="map" />
      <MapLabels labels={labels} nameOf={nameOf} marked={markedSet} selected={selected} />
      {props.overlay && (
        <div className="map-overlay" ref={overlayRef}>
          {props.overlay}
        </div>
      )}
      {hover && (
        <div className="map-tooltip" role="status" style={{ left: hover.x, top: hover.y }} data-testid="map-tooltip">
          {props.describe(hover.code)}
        </div>
      )}
    </div>
  );
}
