import { useCallback, useEffect, useRef, useState, type ComponentType } from "react";
import type { MapHandle, MapRendererProps, PointerHover } from "../domain/mapRenderer";
import { MAP_STRINGS } from "../i18n/map";
import type { Lang } from "../i18n/strings";
import type { MapViewProps } from "./MapView";
import { SvgMap } from "./SvgMap";
import { canRunMapLibre, loadMapView } from "./webgl";
import { PRERENDERING } from "../ui/prerendering";
import { peekEarlyClick, takeEarlyClick } from "../ui/earlyClick";
import { afterFirstAnswer } from "../ui/firstAnswer";

/** How long MapLibre may take (its chunk, worker and style) before the SVG map stays, with a note. */
export const MAPLIBRE_TIMEOUT_MS = 20_000;
/** How long MapLibre may wait for the panel of a region chosen while it loads (a panel that fails holds it no longer). */
const ANSWER_FIRST_MAX_MS = 1_500;

/** Which map is shown, and why the SVG one when it is. */
export type MapPhase =
  | "loading" // the SVG map, while MapLibre loads behind it
  | "maplibre"
  | "no-webgl" // no WebGL2: maplibre-gl is never downloaded
  | "failed" // MapLibre's chunk, worker or first frame failed or took too long
  | "lost"; // the WebGL context was lost; MapLibre takes over again when it is restored

type MapStageProps = Omit<MapRendererProps, "onReady"> & {
  lang: Lang;
  /** Sweden centred with equal room left and right of it (slides). */
  balanced?: boolean;
  /** The map that is shown is ready: `final` once it is the map that stays (MapLibre, or SVG where MapLibre cannot run). */
  onReady: (handle: MapHandle, final: boolean) => void;
};

/**
 * The map in the first paint (issue 14): the SVG map is drawn as soon as the data and geometry are in, with the
 * view's colours, labels and legend, and works (hover, click, keyboard). Where WebGL2 exists, MapLibre loads behind
 * it — laid out in the same box, framed by the same rules, invisible — and takes its place when its first frame is
 * ready; selection and framing are props of both, so they carry over. Where MapLibre cannot run, fails or loses its
 * context, the SVG map stays or comes back, and says so.
 */
export function MapStage({ lang, onReady, ...props }: MapStageProps) {
  const tm = MAP_STRINGS[lang];
  // The prerendered first paint is every browser's: it says nothing of WebGL (the page's first render does).
  const [phase, setPhase] = useState<MapPhase>(() => (PRERENDERING || canRunMapLibre() ? "loading" : "no-webgl"));
  const [MapLibreView, setMapLibreView] = useState<ComponentType<MapViewProps> | null>(null);
  // The region of a click on the prerendered map, once the SVG map has taken it (undefined: none, or the sea).
  const [earlyClick] = useState(() => {
    let settle: (code: string | undefined) => void = () => {};
    const taken = new Promise<string | undefined>((resolve) => (settle = resolve));
    return { taken, settle };
  });
  const mapLibreHandle = useRef<MapHandle | null>(null);
  // The region under the pointer, whichever renderer saw it: the one taking over shows the same tooltip.
  const pointer = useRef<PointerHover | null>(null);
  const onHoverChange = useCallback((hover: PointerHover | null) => {
    pointer.current = hover;
  }, []);
  const carriedHover = useCallback(() => pointer.current, []);

  useEffect(() => {
    if (phase !== "loading") return;
    let alive = true;
    const give = (why: MapPhase) => alive && setPhase((now) => (now === "loading" ? why : now));
    const timer = setTimeout(() => give("failed"), MAPLIBRE_TIMEOUT_MS);
    // A person who clicked a region of the prerendered map is answered first: MapLibre's code, whose evaluation and map
    // hold the page for a few hundred ms, is asked for once the SVG map has taken the click and, where it named a
    // region, that region's panel is painted. A click on the sea waits only for the SVG map.
    const start = peekEarlyClick()
      ? earlyClick.taken.then((code) => (code ? afterFirstAnswer(ANSWER_FIRST_MAX_MS) : undefined))
      : Promise.resolve();
    void start.then(
      () =>
        alive &&
        loadMapView().then(
          (module) => alive && setMapLibreView(() => module.MapView),
          () => give("failed"),
        ),
    );
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [phase]);

  // A region chosen on the page while MapLibre loads (a link's region is not a choice) is answered first: MapLibre's
  // map, whose creation holds the page for a few long tasks, is made once that region's panel is painted (at most
  // ANSWER_FIRST_MAX_MS later).
  const [linkedRegion] = useState(props.selected);
  const [answerWaitedFor, setAnswerWaitedFor] = useState(false);
  const awaitingAnswer = phase === "loading" && props.selected !== undefined && props.selected !== linkedRegion && !answerWaitedFor;
  useEffect(() => {
    if (!awaitingAnswer) return;
    let alive = true;
    void afterFirstAnswer(ANSWER_FIRST_MAX_MS).then(() => alive && setAnswerWaitedFor(true));
    return () => {
      alive = false;
    };
  }, [awaitingAnswer]);
  // Once made, MapLibre's map stays: a region chosen while it draws its first frame does not unmake it.
  const [mapLibreMade, setMapLibreMade] = useState(false);
  const makeMapLibre = MapLibreView !== null && phase !== "failed" && (mapLibreMade || !awaitingAnswer);
  if (makeMapLibre && !mapLibreMade) setMapLibreMade(true);

  const svgOnly = phase === "no-webgl" || phase === "failed";
  const svgHandle = useRef<MapHandle | null>(null);
  const { onSelect } = props;
  const onSvgReady = useCallback(
    (handle: MapHandle) => {
      // A click on the prerendered map while the scripts loaded is answered by this map, in the same place.
      const code = regionAt(takeEarlyClick());
      earlyClick.settle(code);
      if (code) onSelect(code);
      svgHandle.current = handle;
      if (svgOnly) performance.mark("rus:map-ready");
      onReady(handle, svgOnly);
    },
    [onReady, svgOnly, onSelect, earlyClick],
  );
  // MapLibre failed after the SVG map was drawn: the SVG map is now the map that stays, and is said to be, once.
  useEffect(() => {
    if (!svgOnly || !svgHandle.current) return;
    performance.mark("rus:map-ready");
    onReady(svgHandle.current, true);
  }, [svgOnly, onReady]);
  const onMapLibreReady = useCallback(
    (handle: MapHandle) => {
      mapLibreHandle.current = handle;
      setPhase((now) => (now === "loading" ? "maplibre" : now));
      onReady(handle, true);
    },
    [onReady],
  );
  const onRestored = useCallback(() => {
    setPhase((now) => (now === "lost" ? "maplibre" : now));
    if (mapLibreHandle.current) onReady(mapLibreHandle.current, true);
  }, [onReady]);
  const onUnavailable = useCallback((error: unknown) => {
    const lost = error instanceof Error && /context lost/i.test(error.message);
    setPhase((now) => (lost && now === "maplibre" ? "lost" : "failed"));
  }, []);

  const note =
    phase === "no-webgl" ? tm.simplifiedMap : phase === "failed" ? tm.mapLibreFailed : phase === "lost" ? tm.contextLost : undefined;
  return (
    <div
      className="map-stage"
      data-map-phase={phase}
      data-maplibre-held={MapLibreView && !makeMapLibre && awaitingAnswer ? "answer" : undefined}
    >
      {/* MapLibre beneath, drawn and composited while the SVG map covers it: taking over is only removing the cover. */}
      {MapLibreView && makeMapLibre && (
        <MapLibreView
          {...props}
          onHoverChange={onHoverChange}
          carriedHover={carriedHover}
          standby={phase !== "maplibre"}
          onReady={onMapLibreReady}
          onUnavailable={onUnavailable}
          onRestored={onRestored}
        />
      )}
      {phase !== "maplibre" && (
        <SvgMap {...props} onHoverChange={onHoverChange} carriedHover={carriedHover} note={note} onReady={onSvgReady} />
      )}
    </div>
  );
}

/** The region of the SVG map at a place on the screen (client coordinates), if any. */
function regionAt(at: { x: number; y: number } | undefined): string | undefined {
  const shape = at && document.elementFromPoint(at.x, at.y);
  if (!shape?.closest('[data-testid="map"][data-renderer="svg"]')) return undefined;
  return shape.closest("[data-code]")?.getAttribute("data-code") ?? undefined;
}
