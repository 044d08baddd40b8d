import { useEffect } from "react";

/**
 * Sets a User Timing mark once what this render committed has been painted:
 * requestAnimationFrame runs just before the next paint, and a task queued
 * from it runs just after. Tools (npm run bench) read the mark's startTime.
 */
export function usePaintedMark(name: string, key: unknown) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => performance.mark(name, { detail: key }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [name, key]);
}
