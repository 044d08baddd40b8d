import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import { framedRegions, nationalPadding } from "../domain/camera";
import { focusTooltip } from "../domain/labelPlacement";
import type { Placement } from "../domain/labelTypes";
import { cropBoxes, type MapRendererProps, type PlacementOptions } from "../domain/mapRenderer";
import { NO_OUTLINES } from "../domain/outlines";
import type { Rect } from "../domain/screenGeometry";
import { viewBounds, type Padding } from "../geo/projection";
import { MapChrome } from "./MapChrome";
import { LABEL_FONT_PX, labelFontPx } from "./measureLabel";
import { NO_LABELS } from "./noLabels";
import { reservedBoxes } from "./reservedBoxes";
import { svgToCanvas } from "./svgExport";
import { frameViewBox, labelsInView, usePaths, useSize } from "./svgMapHooks";
import { SvgShapes } from "./SvgShapes";
import { useInsetShapes } from "./MapInset";
import { afterPaint } from "../ui/afterPaint";
import { PRERENDERING } from "../ui/prerendering";
import { holdForPrint, screenSizeOf } from "./printHold";

export type SvgMapProps = MapRendererProps & {
  /** The quiet note that this is the simplified map (none while it stands in for MapLibre loading). */
  note?: string;
};

type Hover = { code: string; x: number; y: number };

const PRERENDER_BOX = { size: { width: 1000, height: 1000 }, padding: { top: 16, right: 16, bottom: 16, left: 16 } };

/**
 * The map as SVG, for browsers where MapLibre cannot start (no WebGL2, or a
 * lost context). Same GeoJSON, same classification colours, same label
 * placement, same camera rules as MapView; the camera jumps rather than
 * flies, so there is no animation to turn off for reduced motion.
 */
export function SvgMap(props: SvgMapProps) {
  const { colorOf, selected, focused, label, labelPoints, marked, nameOf, describe, onSelect } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const overlayRef = useRef<HTMLDivElement>(null);
  // The build's prerender measures nothing: it frames Sweden for a nominal box, which the page re-frames for its own box
  // before its first paint (app/bootFrame.ts), by the same rule.
  const measured = useSize(containerRef);
  const size = PRERENDERING ? PRERENDER_BOX.size : measured;
  const paths = usePaths(props.counties, props.context);
  const inset = useInsetShapes(props, paths);
  // A hover carried over from the other renderer (MapStage), until the pointer moves.
  const { onHoverChange, carriedHover } = props;
  const [hover, setHoverState] = useState<Hover | null>(() => carriedHover?.() ?? null);
  const setHover = useCallback(
    (next: Hover | null) => {
      onHoverChange?.(next);
      setHoverState(next);
    },
    [onHoverChange],
  );
  // By content: a new mode with the same marks (none) must not lay the labels out again.
  const markedKey = marked.join(",");
  const markedSet = useMemo(() => new Set(markedKey === "" ? [] : markedKey.split(",")), [markedKey]);

  const [national, setNational] = useState<Padding | null>(PRERENDERING ? PRERENDER_BOX.padding : null);
  const [fontPx, setFontPx] = useState(LABEL_FONT_PX);
  useLayoutEffect(() => {
    if (!containerRef.current || size.width === 0) return;
    setNational(nationalPadding(containerRef.current, overlayRef.current));
    // The CSS sets the label size (larger on a projector); the layout changes with the size.
    setFontPx(labelFontPx(containerRef.current.parentElement));
  }, [size]);

  // Joined into a key: a new outlines object with the same regions does not move the camera.
  const framedKey = framedRegions(selected, props.outlines?.compared ?? [], props.keepNational).join(",");
  const view = useMemo(() => {
    if (!national || size.width === 0 || size.height === 0) return null;
    return frameViewBox(paths, size, national, framedKey === "" ? [] : framedKey.split(","));
  }, [national, size, framedKey, paths]);

  const noteRef = useRef<HTMLParagraphElement>(null);
  const { counties } = props;
  // The legend and the note, measured where they stand after layout (cheap): labels keep clear of them.
  const [reserved, setReserved] = useState<Rect[] | null>(null);
  /** The labels of this view, at the page's label size or at another (an export's). */
  const slide = props.insetCaption !== undefined;
  const placeAt = useCallback(
    (options: PlacementOptions): Placement =>
      view && reserved
        ? labelsInView(view, size, {
            points: labelPoints,
            counties,
            nameOf,
            isMarked: (code) => markedSet.has(code),
            fontPx: options.fontPx,
            reserved: [...reserved, ...cropBoxes(options.crop, size)],
            inset: slide && framedKey === "",
            thorough: slide,
          })
        : NO_LABELS,
    [view, size, labelPoints, counties, markedSet, nameOf, reserved, slide, framedKey],
  );
  // Laid out in the layout phase, once per change of what they depend on (the view, the marks, the names, the boxes
  // they keep clear of), before the paint: not once in the render and again when the legend turns out to have moved.
  const [placement, setPlacement] = useState<Placement>(NO_LABELS);
  const laidOutFor = useRef<{ placeAt: typeof placeAt; fontPx: number; view: typeof view } | null>(null);
  useLayoutEffect(() => {
    if (!containerRef.current || !view) return;
    const boxes = reservedBoxes(containerRef.current, overlayRef.current, noteRef.current);
    let deferred = () => {};
    if (reserved === null || !sameBoxes(reserved, boxes)) {
      // placeAt changes with them, and this effect runs again. Only the legend resized (a new mode): the recolour is
      // painted first and the labels move in the next frame, as MapLibre's do.
      if (reserved === null || laidOutFor.current?.view !== view) {
        setReserved(boxes);
        return;
      }
      deferred = afterPaint(() => setReserved(boxes));
    }
    if (laidOutFor.current?.placeAt === placeAt && laidOutFor.current.fontPx === fontPx) return deferred;
    laidOutFor.current = { placeAt, fontPx, view };
    setPlacement(placeAt({ fontPx }));
    return deferred;
    // The overlay and the note are new elements on every render of the page: the boxes are measured again then.
  }, [view, reserved, placeAt, fontPx, props.overlay, props.note]);

  const ready = view !== null;
  const latest = useRef({ placement, placeAt, onReady: props.onReady });
  useEffect(() => {
    latest.current = { placement, placeAt, onReady: props.onReady };
  });
  useEffect(() => {
    if (!ready) return;
    // User Timing for measuring only (npm run bench): the frame that paints the first map pixels.
    const frame = requestAnimationFrame(() => performance.mark("rus:map-first-pixels"));
    // Said once the map is painted: what waits for the map (the side panel, the header's actions) renders
    // synchronously, and would otherwise hold the map's first frame back.
    const cancel = afterPaint(() =>
      latest.current.onReady?.({
        captureImage: () => svgToCanvas(containerRef.current!.querySelector("svg")!),
        getPlacement: (options) => (options === undefined ? latest.current.placement : latest.current.placeAt(options)),
        // The viewBox follows the container's size by itself.
        refit: () => {},
        screenSize: () => (containerRef.current ? screenSizeOf(containerRef.current) : { width: 0, height: 0 }),
        // Its picture prints as it is: only the stage is held at its size.
        holdForPrint: (zoomFor) => (containerRef.current ? holdForPrint(containerRef.current, zoomFor) : () => {}),
      }),
    );
    return () => {
      cancelAnimationFrame(frame);
      cancel();
    };
  }, [ready]);

  // User Timing for tools (npm run bench): a recolour's frame, as MapView marks it.
  const firstColours = useRef(colorOf);
  useEffect(() => {
    if (colorOf === firstColours.current) return;
    const frame = requestAnimationFrame(() => performance.mark("rus:mode-applied"));
    return () => cancelAnimationFrame(frame);
  }, [colorOf]);

  const pointer = (event: MouseEvent, code: string) => {
    const box = containerRef.current!.getBoundingClientRect();
    setHover({ code, x: event.clientX - box.left, y: event.clientY - box.top });
  };

  // The keyboard's region gets the tooltip at its label when the mouse is not over a county.
  const tooltip = hover ?? focusTooltip(focused, placement.labels);
  return (
    <div className="map-view">
      <div
        ref={containerRef}
        className="map-canvas map-svg"
        data-testid="map"
        data-renderer="svg"
        data-ready={ready ? "true" : undefined}
        data-padding-left={national?.left}
        data-view-bounds={view ? viewBounds(view).join(",") : undefined}
      >
        {view && (
          <svg
            xmlns="http://www.w3.org/2000/svg"
            width={size.width}
            height={size.height}
            viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
            role="img"
            aria-label={label}
            onClick={() => onSelect(undefined)}
            onMouseLeave={() => setHover(null)}
          >
            <SvgShapes
              paths={paths}
              view={view}
              colorOf={colorOf}
              outlines={props.outlines ?? NO_OUTLINES}
              selected={selected}
              focused={focused}
              macroBoundaries={props.macroBoundaries}
              macro={props.macro}
              onCountyMove={pointer}
              onCountyClick={(event, code) => {
                event.stopPropagation();
                onSelect(code);
              }}
            />
          </svg>
        )}
      </div>
      <MapChrome
        placement={placement}
        keyTitle={props.keyTitle}
        nameOf={nameOf}
        marked={markedSet}
        selected={selected}
        overlay={props.overlay}
        overlayRef={overlayRef}
        tooltip={tooltip}
        describe={describe}
        inset={inset}
      />
      {props.note && (
        <p className="map-note" data-testid="map-note" ref={noteRef}>
          {props.note}
        </p>
      )}
    </div>
  );
}

const sameBoxes = (a: Rect[], b: Rect[]) =>
  a.length === b.length &&
  a.every((r, i) => r.left === b[i]!.left && r.top === b[i]!.top && r.right === b[i]!.right && r.bottom === b[i]!.bottom);
