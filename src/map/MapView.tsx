import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { prewarm, setWorkerUrl, type Map as MapLibreMap } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url";
import "maplibre-gl/dist/maplibre-gl.css";
import { focusTooltip } from "../domain/labelPlacement";
import type { MapRendererProps } from "../domain/mapRenderer";
import { MapChrome } from "./MapChrome";
import { useInsetShapes } from "./MapInset";
import { NO_DATA_COLOR } from "../domain/palettes";
import { useMacroOutlines } from "./useMacroOutlines";
import { useMapCamera } from "./useMapCamera";
import { useMapLabels } from "./useMapLabels";
import { useMapLibre } from "./useMapLibre";
import { useCountyFlag, useCountyState } from "./useCountyState";
import { useOutlines } from "./useOutlines";
import { whenStyleReady } from "./whenStyleReady";

// Vite bundles maplibre's worker as its own file; maplibre cannot find it alone.
setWorkerUrl(workerUrl);
// Start the worker now, while the data load: it is ready when the map is created.
if (typeof Worker !== "undefined") prewarm();

export type MapViewProps = MapRendererProps & {
  /** MapLibre could not start (no WebGL2, its worker failed) or lost its context. */
  onUnavailable: (error: unknown) => void;
  /** The browser gave the lost WebGL context back: MapLibre has drawn itself again. */
  onRestored?: () => void;
  /**
   * Loading behind the SVG map (MapStage): laid out and drawing, but invisible, inert and not yet "the map" for
   * tools and tests; it takes over when its first frame is ready.
   */
  standby?: boolean;
  /** Sweden centred with equal room left and right of it (slides), not only clear of the legend. */
  balanced?: boolean;
};

/**
 * The MapLibre view, after react-map-gl's split: the map's lifecycle
 * (useMapLibre: created once, kept in a ref, removed on unmount), its camera
 * (useMapCamera) and its labels (useMapLabels). Colour, focus and outline
 * changes update paint and filters only, never re-create the map
 * (docs/ARCHITECTURE.md). Props the handlers read are kept in a ref so the
 * handlers never go stale.
 */
export function MapView(props: MapViewProps) {
  const { colorOf, selected, focused, label, marked, nameOf } = props;
  const mapRef = useRef<MapLibreMap | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const overlayRef = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  // Before the map's layout effect: a map built again for a new geometry starts from this render's props.
  useLayoutEffect(() => {
    latest.current = props;
  });
  const markedSet = useMemo(() => new Set(marked), [marked]);
  const inset = useInsetShapes(props);

  const { placement, relayout, getPlacement } = useMapLabels({ mapRef, containerRef, overlayRef, latest }, props);
  const camera = useMapCamera(mapRef, overlayRef, props);
  const { hover, setHover } = useMapLibre({
    counties: props.counties,
    context: props.context,
    mapRef,
    containerRef,
    overlayRef,
    latest,
    relayout,
    getPlacement,
    camera,
  });
  // Taking over from the SVG map: the region under a pointer that has not moved keeps its tooltip.
  const { standby } = props;
  useEffect(() => {
    const carried = latest.current.carriedHover?.();
    if (!standby && carried) setHover(carried);
  }, [standby, setHover]);

  // What each county shows besides its shape (countyState.ts): a recolour now, the outlines after the panel's paint.
  const codes = useMemo(() => props.counties.features.map((f) => f.properties.code), [props.counties]);
  const fillOf = useMemo(() => (code: string) => colorOf[code] ?? NO_DATA_COLOR, [colorOf]);
  useCountyState(mapRef, codes, "fill", fillOf);
  useEffect(() => {
    // User Timing for tools (npm run bench): the recolour has been drawn.
    mapRef.current?.once("render", () => performance.mark("rus:mode-applied"));
  }, [colorOf]);
  useCountyFlag(mapRef, codes, "focused", focused ? [focused] : []);
  useCountyFlag(mapRef, codes, "selected", selected ? [selected] : [], { afterPanelPaint: true });
  useOutlines(mapRef, codes, props.outlines);
  useMacroOutlines(mapRef, props.macroBoundaries, props.macro);

  // Marks and names change the labels' sizes, the legend the room they have: place them again. When the style is busy
  // (the recolour of the same change), once it is ready: skipped, the labels kept the room of the legend before
  // (a slide reached by PageUp labelled unlike the same slide reached by its link; issue 15, point 3).
  useEffect(() => {
    const map = mapRef.current;
    if (map) return whenStyleReady(map, relayout);
  }, [marked, nameOf, props.overlay, relayout]);

  // The keyboard list's region gets the tooltip at its label while the mouse is elsewhere.
  const tooltip = hover ?? focusTooltip(focused, placement.labels);

  return (
    <div className={props.standby ? "map-view map-standby" : "map-view"} inert={props.standby} aria-hidden={props.standby}>
      <div
        ref={containerRef}
        className="map-canvas"
        role="img"
        aria-label={label}
        data-testid={props.standby ? "map-standby" : "map"}
        data-renderer="maplibre"
      />
      <MapChrome
        placement={placement}
        keyTitle={props.keyTitle}
        nameOf={nameOf}
        marked={markedSet}
        selected={selected}
        overlay={props.overlay}
        overlayRef={overlayRef}
        inset={inset}
        tooltip={tooltip}
        describe={props.describe}
      />
    </div>
  );
}
