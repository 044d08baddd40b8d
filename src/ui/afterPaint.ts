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
 * 0 for the render that shows `key` for the first time, then one more after
 * each paint, up to `count`. Heavy, secondary parts render one per frame
 * after the text they accompany: recharts renders synchronously (its store
 * updates cannot be split by React), and three charts at once were one
 * ~200 ms task with software rendering.
 */
export function usePaintedSteps(count: number, key: unknown): number {
  const [state, setState] = useState<{ key: unknown; steps: number }>({ key: undefined, steps: 0 });
  const steps = state.key === key ? state.steps : 0;
  useEffect(() => {
    if (steps >= count) return;
    return afterPaint(() => setState({ key, steps: steps + 1 }));
  }, [key, steps, count]);
  return steps;
}

/** False for the render that shows `key` for the first time, true once that render has been painted. */
export function usePaintedOnce(key: unknown): boolean {
  return usePaintedSteps(1, key) === 1;
}
