import { useEffect } from "react";
import { afterPaint } from "./afterPaint";

/**
 * Sets a User Timing mark once what this render committed has been painted:
 * requestAnimationFrame runs just before the next paint, and a task queued
 * from it runs just after. Tools (npm run bench) read the mark's startTime.
 */
export function usePaintedMark(name: string, key: unknown) {
  useEffect(() => afterPaint(() => performance.mark(name, { detail: key })), [name, key]);
}
