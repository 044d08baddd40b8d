import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { Map as MapLibreMap, prewarm, setWorkerUrl, type MapLayerMouseEvent } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url";
import "maplibre-gl/dist/maplibre-gl.css";
import { bbox } from "@turf/turf";
import { focusTooltip, type Placement } from "../domain/labelPlacement";
import { MapChrome } from "./MapChrome";
import { cropBoxes, type MapRendererProps, type PlacementOptions } from "../domain/mapRenderer";
import type { Padding } from "../geo/projection";
import { LAYER, PAN_BOUNDS, SWEDEN_BOUNDS, buildMapStyle, fillColorExpression, selectedFilter } from "./mapStyle";
import { REGION_MAX_ZOOM, nationalPadding, prefersReducedMotion, regionPadding } from "../domain/camera";
import { labelFontPx, layoutLabels } from "./measureLabel";
import { reservedBoxes } from "./reservedBoxes";
import { NO_LABELS } from "./noLabels";
import { captureMap } from "./captureMap";
import { useOutlines } from "./useOutlines";
import { useMacroOutlines } from "./useMacroOutlines";
import { afterPaint } from "../ui/afterPaint";
import { whenStyleReady } from "./whenStyleReady";
import { postponePendingFrame } from "./postponeFrame";

// Vite bundles maplibre's worker as its own file; maplibre cannot find it alone.
setWorkerUrl(workerUrl);
// Start the worker now, while the data load: it is ready when the map is created.
if (typeof Worker !== "undefined") prewarm();

export type MapViewProps = MapRendererProps & {
  /** MapLibre could not start (no WebGL2) or lost its context. */
  onUnavailable: (error: unknown) => void;
  /** Sweden centred with equal room left and right of it (slides), not only clear of the legend. */
  balanced?: boolean;
};

type Hover = { code: string; x: number; y: number };

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
  const [placement, setPlacement] = useState<Placement>(NO_LABELS);
  const placementRef = useRef<Placement>(NO_LABELS);
  /** Fits the camera to the current selection (set below); the handle's refit calls it. */
  const fitRef = useRef<(instant: boolean) => void>(() => {});
  const paddingRef = useRef<Padding | null>(null);
  const markedSet = useMemo(() => new Set(marked), [marked]);

  useEffect(() => {
    latest.current = props;
    placementRef.current = placement;
  });

  /** The labels at the current camera, at the page's label size or at another (an export's). */
  const placeAt = useCallback(
    (options?: PlacementOptions): Placement => {
      const map = mapRef.current;
      const container = containerRef.current;
      if (!map || !container) return NO_LABELS;
      const { marked: markedNow, nameOf: nameNow } = latest.current;
      const size = { width: container.clientWidth, height: container.clientHeight };
      return layoutLabels({
        points: labelPoints,
        counties,
        project: (lngLat) => map.project(lngLat),
        size,
        nameOf: nameNow,
        isMarked: (code) => markedNow.includes(code),
        fontPx: options?.fontPx ?? labelFontPx(container.parentElement),
        reserved: [...reservedBoxes(container, overlayRef.current), ...cropBoxes(options?.crop, size)],
      });
    },
    [labelPoints, counties],
  );
  const relayout = useCallback(() => {
    const map = mapRef.current;
    // The view the labels were placed for, as [west, south, east, north]: tests check each label's anchor against it.
    if (map && containerRef.current) containerRef.current.dataset.viewBounds = map.getBounds().toArray().flat().join(",");
    setPlacement(placeAt());
  }, [placeAt]);

  useLayoutEffect(() => {
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
        style: buildMapStyle(counties, context, {
          colorOf: initial.colorOf,
          selected: initial.selected,
          macroBoundaries: initial.macroBoundaries,
          macro: initial.macro,
          colorTransitionMs: prefersReducedMotion() ? 0 : 300,
        }),
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
      latest.current.onReady?.({
        captureImage: (options) => captureMap(map, options?.pixelRatio),
        getPlacement: (options) => (options === undefined ? placementRef.current : placeAt(options)),
        framePadding: () => paddingRef.current ?? padding,
        refit: () => {
          map.resize();
          fitRef.current(true);
        },
      });
    });
    map.on("webglcontextlost", () => latest.current.onUnavailable(new Error("WebGL context lost")));

    let frame = 0;
    const scheduleLabels = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(relayout);
    };
    map.on("load", relayout);
    map.on("move", scheduleLabels);
    map.on("resize", scheduleLabels);

    // While the reader has not moved the map, it keeps framing the whole country (or the
    // selected region) when its box changes size, e.g. when the toolbar gains a row.
    let readerMoved = false;
    map.on("movestart", (event) => {
      if ("originalEvent" in event && event.originalEvent) readerMoved = true;
    });
    map.on("resize", () => {
      if (!readerMoved) fitRef.current(true);
    });

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
      // The panel this click changed paints first; MapLibre's own mouseup frame after it.
      postponePendingFrame(map);
    });

    return () => {
      cancelAnimationFrame(frame);
      mapRef.current = null;
      map.remove();
    };
    // The geometry is loaded once per page; the map must not be re-created on recolour.
  }, [counties, context, relayout, placeAt]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = () => {
      map.setPaintProperty(LAYER.fill, "fill-color", fillColorExpression(colorOf));
      // User Timing for tools (npm run bench): the recolour has been drawn.
      map.once("render", () => performance.mark("rus:mode-applied"));
    };
    whenStyleReady(map, apply);
  }, [colorOf]);

  useOutlines(mapRef, props.outlines);
  useMacroOutlines(mapRef, props.macroBoundaries, props.macro);

  const { focused } = props;
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = () => map.setFilter(LAYER.focused, selectedFilter(focused));
    whenStyleReady(map, apply);
  }, [focused]);

  // Marks and names change the labels' sizes, the legend the room they have: place them again.
  useEffect(() => {
    if (mapRef.current?.isStyleLoaded()) relayout();
  }, [marked, nameOf, props.overlay, relayout]);

  const featureBounds = useMemo(
    () => new Map(counties.features.map((f) => [f.properties.code, bbox(f) as [number, number, number, number]])),
    [counties],
  );

  // The camera follows the selection: fit the region, or return to Sweden when it is cleared.
  const fittedTo = useRef<string | undefined>(undefined);
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    fitRef.current = (instant: boolean) => {
      const bounds = selected ? featureBounds.get(selected) : undefined;
      const duration = instant || prefersReducedMotion() ? 0 : 600;
      // Zoom is capped so a small county still shows its neighbours: the national context stays.
      const national = nationalPadding(map.getContainer(), overlayRef.current, latest.current.balanced);
      paddingRef.current = national;
      map.getContainer().dataset.paddingLeft = String(national.left);
      if (bounds) map.fitBounds(bounds, { padding: regionPadding(national), maxZoom: REGION_MAX_ZOOM, duration });
      else map.fitBounds(SWEDEN_BOUNDS, { padding: national, duration });
    };
    const apply = () => {
      map.setFilter(LAYER.selected, selectedFilter(selected));
      if (fittedTo.current === selected) return;
      fittedTo.current = selected;
      fitRef.current(false);
    };
    // The panel paints first; the map's outline and camera follow.
    return afterPaint(() => whenStyleReady(map, apply));
  }, [selected, featureBounds]);

  // The keyboard list's region gets the tooltip at its label while the mouse is elsewhere.
  const tooltip = hover ?? focusTooltip(focused, placement.labels);

  return (
    <div className="map-view">
      <div ref={containerRef} className="map-canvas" role="img" aria-label={label} data-testid="map" />
      <MapChrome
        placement={placement}
        keyTitle={props.keyTitle}
        nameOf={nameOf}
        marked={markedSet}
        selected={selected}
        overlay={props.overlay}
        overlayRef={overlayRef}
        tooltip={tooltip}
        describe={props.describe}
      />
    </div>
  );
}
