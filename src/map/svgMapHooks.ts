import { useLayoutEffect, useMemo, useState, type RefObject } from "react";
import { flushSync } from "react-dom";
import type { ContextCollection, CountyCollection } from "../geo/counties";
import { REGION_MAX_ZOOM, regionPadding } from "../domain/camera";
import {
  SWEDEN_BOUNDS,
  fitViewBox,
  geometryBounds,
  geometryPath,
  toScreen,
  unionBounds,
  type Padding,
  type Size,
  type ViewBox,
} from "../geo/projection";
import type { Placement } from "../domain/labelTypes";
import { layoutLabels, type LabelLayoutInput } from "./measureLabel";

/** Path strings in projected units, with each county's bounds. */
export function svgPaths(counties: CountyCollection, context: ContextCollection) {
  return {
    counties: counties.features.map((f) => ({
      code: f.properties.code,
      d: geometryPath(f.geometry),
      bounds: geometryBounds(f.geometry),
    })),
    context: context.features.map((f, i) => ({ key: `${f.properties.name}-${i}`, d: geometryPath(f.geometry) })),
  };
}

export type SvgPaths = ReturnType<typeof svgPaths>;

/** The paths, computed once per load, never per recolour or per camera move. */
export function usePaths(counties: CountyCollection, context: ContextCollection): SvgPaths {
  return useMemo(() => svgPaths(counties, context), [counties, context]);
}

/**
 * The camera rule of both renderers (domain/camera.ts) as a viewBox: the selected region fitted clear of the legend,
 * or Sweden with the national padding.
 */
export function frameViewBox(paths: SvgPaths, size: Size, national: Padding, framed: readonly string[]): ViewBox {
  const bounds = unionBounds(paths.counties.filter((c) => framed.includes(c.code)).map((c) => c.bounds));
  return bounds ? fitViewBox(bounds, size, regionPadding(national), REGION_MAX_ZOOM) : fitViewBox(SWEDEN_BOUNDS, size, national);
}

/** The labels of an SVG map showing `view` over `size` (the page's SVG map and every picture): projected as its viewBox is. */
export function labelsInView(view: ViewBox, size: Size, input: Omit<LabelLayoutInput, "project" | "size">): Placement {
  return layoutLabels(layoutInView(view, size, input));
}

/** What those labels are placed from: the input, projected as the viewBox is. */
export function layoutInView(view: ViewBox, size: Size, input: Omit<LabelLayoutInput, "project" | "size">): LabelLayoutInput {
  return { ...input, project: (lngLat) => toScreen(lngLat, view, size), size };
}

/** The container's size, followed with a ResizeObserver (where there is one). */
export function useSize(ref: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const { width, height } = el.getBoundingClientRect();
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    // A resize is observed after layout, before the paint: drawn in that same frame, not one frame late at the old
    // size (the page's first frame, where the header's actions move after this effect measured, would show it).
    const observer = new ResizeObserver(() => flushSync(measure));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
