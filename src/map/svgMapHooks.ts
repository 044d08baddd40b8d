import { useLayoutEffect, useMemo, useState, type RefObject } from "react";
import type { ContextCollection, CountyCollection } from "../geo/counties";
import { geometryBounds, geometryPath, type Size } from "../geo/projection";

/** Path strings in projected units: computed once per load, never per recolour or per camera move. */
export function usePaths(counties: CountyCollection, context: ContextCollection) {
  return useMemo(
    () => ({
      counties: counties.features.map((f) => ({
        code: f.properties.code,
        d: geometryPath(f.geometry),
        bounds: geometryBounds(f.geometry),
      })),
      context: context.features.map((f, i) => ({ key: `${f.properties.name}-${i}`, d: geometryPath(f.geometry) })),
    }),
    [counties, context],
  );
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
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
