import type { ReactNode } from "react";
import { useAfterMapReady } from "./useAfterMapReady";

/**
 * Shows `pending` until the map has first been drawn, then the children.
 * On a machine without a GPU the page's first ~100 ms of React work and the
 * map's start compete for the same core; the map goes first, the side panel
 * follows a frame after it (at once where there is no map).
 */
export function AfterMapReady({ children, pending }: { children: ReactNode; pending: ReactNode }) {
  return useAfterMapReady() ? children : pending;
}
