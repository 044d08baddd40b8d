import { createContext, useContext, type ReactNode } from "react";

/**
 * Whether the map has been drawn the first time, as the page's renderer said
 * so (its onReady), through React — not read back from a performance mark,
 * which stays for measuring only (npm run bench). True where no provider
 * wraps the component: a panel with no map on the page waits for nothing.
 */
const MapReadyContext = createContext(true);

export const MapReadyProvider = MapReadyContext.Provider;

/**
 * True once the map is drawn. Charts wait for it so recharts (~115 KB gzip)
 * is not fetched and parsed while the map is still starting — the map comes
 * first on a projector (docs/ARCHITECTURE.md, "Start-up").
 */
export function useMapReady(): boolean {
  return useContext(MapReadyContext);
}

/** Shows `pending` until the map is drawn, then the children. */
export function AfterMapReady({ children, pending }: { children: ReactNode; pending: ReactNode }) {
  return useMapReady() ? children : pending;
}
