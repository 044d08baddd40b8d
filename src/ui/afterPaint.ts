import { useEffect, useState } from "react";
import { afterPaint } from "./nextPaint";

// In a module free of React (ui/nextPaint.ts), beside the boot script's markAfterPaint.
export { afterPaint };

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
