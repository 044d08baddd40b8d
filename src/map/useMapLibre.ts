import { useLayoutEffect, useState, type RefObject } from "react";
import { Map as MapLibreMap, type MapLayerMouseEvent } from "maplibre-gl";
import { nationalPadding } from "../domain/camera";
import type { MapHandle, MapRendererProps, PlacementOptions, PointerHover } from "../domain/mapRenderer";
import type { Placement } from "../domain/labelTypes";
import type { ContextCollection, CountyCollection } from "../geo/counties";
import type { Padding } from "../geo/projection";
import { captureMap, captureMapNow } from "./captureMap";
import { LAYER, buildMapStyle } from "./mapStyle";
import { PAN_BOUNDS, SWEDEN_BOUNDS } from "../geo/projection";
import { postponePendingFrame } from "./postponeFrame";
import { holdForPrint, screenSizeOf } from "./printHold";

export type Hover = PointerHover;

type Lifecycle = {
  /** The geometry the map is built from: a new one (a new dataset's) builds the map again, in the same commit. */
  counties: CountyCollection;
  context: ContextCollection;
  /** Where the map is kept: the labels and camera hooks read it too. */
  mapRef: RefObject<MapLibreMap | null>;
  containerRef: RefObject<HTMLDivElement | null>;
  overlayRef: RefObject<HTMLDivElement | null>;
  /** The renderer's latest props (updated in a layout effect before this one), read by the handlers so they never go stale. */
  latest: RefObject<MapRendererProps & { onUnavailable: (error: unknown) => void; onRestored?: () => void }>;
  relayout: () => void;
  getPlacement: (options?: PlacementOptions) => Placement;
  camera: { fit: (instant: boolean) => void; padding: () => Padding | null };
};

/**
 * The MapLibre map, created once per page (per geometry) in a layout effect,
 * kept in a ref and removed on unmount; the listeners it needs are set here.
 * Colour, selection and outline changes never re-create it: they update
 * paint and filters (MapView's effects). The first style already holds what
 * the first view draws, so the map is ready after one render.
 */
export function useMapLibre({ counties, context, mapRef, containerRef, overlayRef, latest, relayout, getPlacement, camera }: Lifecycle) {
  const [hover, setHover] = useState<Hover | null>(null);

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const initial = latest.current;
    const padding = nationalPadding(container, overlayRef.current);
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
      // User Timing for measuring only (npm run bench); the page learns of readiness from onReady.
      performance.mark("rus:map-ready");
      container.dataset.ready = "true";
      const handle: MapHandle = {
        captureImage: (options) => captureMap(map, options?.pixelRatio),
        screenSize: () => screenSizeOf(container),
        holdForPrint: (zoomFor) => holdForPrint(container, zoomFor, { canvas: map.getCanvas(), copy: () => captureMapNow(map) }),
        getPlacement,
        framePadding: () => camera.padding() ?? padding,
        refit: () => {
          map.resize();
          camera.fit(true);
        },
      };
      latest.current.onReady?.(handle);
    });
    map.on("webglcontextlost", () => latest.current.onUnavailable(new Error("WebGL context lost")));
    // MapLibre rebuilds its resources on the restored context and draws again: the map can take over again.
    map.on("webglcontextrestored", () => map.once("idle", () => latest.current.onRestored?.()));
    // A worker that cannot load leaves MapLibre without tiles, forever and silently: the SVG map takes over.
    map.on("error", (event) => {
      if (container.dataset.ready !== "true" && /worker/i.test(event.error?.message ?? "")) latest.current.onUnavailable(event.error);
    });

    let frame = 0;
    const scheduleLabels = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(relayout);
    };
    map.on("load", relayout);
    map.on("move", scheduleLabels);
    // At rest the names are placed once more, with a slide's inset (left out in flight: it costs a frame's time).
    map.on("moveend", scheduleLabels);
    map.on("resize", scheduleLabels);

    // While the reader has not moved the map, it keeps framing the whole country (or the
    // selected region) when its box changes size, e.g. when the toolbar gains a row.
    let readerMoved = false;
    map.on("movestart", (event) => {
      if ("originalEvent" in event && event.originalEvent) readerMoved = true;
    });
    map.on("resize", () => {
      if (!readerMoved) camera.fit(true);
    });
    // The legend's room is part of the frame: when the legend changes size (a slide's new mode, reached by any
    // route), the frame follows, so a view is framed the same whatever was shown before it.
    let legendWidth = overlayRef.current?.getBoundingClientRect().width ?? 0;
    const legendObserver =
      typeof ResizeObserver === "undefined" || !overlayRef.current
        ? undefined
        : new ResizeObserver(([entry]) => {
            const width = entry?.contentRect.width ?? 0;
            if (Math.abs(width - legendWidth) < 1) return;
            legendWidth = width;
            if (!readerMoved) camera.fit(true);
          });
    if (overlayRef.current) legendObserver?.observe(overlayRef.current);

    // Shared with the other renderer (MapStage), so the one taking over shows the same tooltip.
    const show = (next: Hover | null) => {
      latest.current.onHoverChange?.(next);
      setHover(next);
    };
    const onMove = (event: MapLayerMouseEvent) => {
      const code = event.features?.[0]?.properties?.code;
      map.getCanvas().style.cursor = code ? "pointer" : "";
      show(typeof code === "string" ? { code, x: event.point.x, y: event.point.y } : null);
    };
    const onLeave = () => {
      map.getCanvas().style.cursor = "";
      show(null);
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
      legendObserver?.disconnect();
      mapRef.current = null;
      map.remove();
    };
    // Only a new geometry (or the map's own helpers, made per geometry) builds a new map: a recolour never does.
  }, [mapRef, containerRef, overlayRef, latest, counties, context, relayout, getPlacement, camera]);

  return { hover, setHover };
}
