import { useEffect, useState } from "react";

/**
 * Runs `fn` just after the browser has painted what was committed: the
 * animation frame comes before the paint, a task queued from it after. Map
 * updates that follow a click go here, so the panel the click opened is not
 * held back by a map frame (slow where WebGL is software-rendered).
 * Returns a cancel function, for effect clean-ups.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * False for the render that shows `key` for the first time, true once that
 * render has been painted: heavy, secondary parts (charts) render a frame
 * after the text they accompany.
 */
export function usePaintedOnce(key: unknown): boolean {
  const [paintedKey, setPaintedKey] = useState<unknown>(undefined);
  useEffect(() => afterPaint(() => setPaintedKey(key)), [key]);
  return paintedKey === key;
}
