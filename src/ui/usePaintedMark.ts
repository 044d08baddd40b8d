import { useEffect } from "react";
import { markAfterPaint } from "./nextPaint";

/** Sets a User Timing mark once what this render committed has been painted (markAfterPaint). Tools (npm run bench) read the mark's startTime. */
export function usePaintedMark(name: string, key: unknown) {
  useEffect(() => markAfterPaint(name, key), [name, key]);
}
