import type { RefObject } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useCountyFlag } from "./useCountyState";
import { NO_OUTLINES, type Outlines } from "../domain/outlines";

/** Keeps the outlined neighbours and compared regions in step with the choice, after the panel the same click opened has painted. */
export function useOutlines(mapRef: RefObject<MapLibreMap | null>, codes: readonly string[], outlines: Outlines = NO_OUTLINES) {
  useCountyFlag(mapRef, codes, "land", outlines.land, { afterPanelPaint: true });
  useCountyFlag(mapRef, codes, "sea", outlines.sea, { afterPanelPaint: true });
  useCountyFlag(mapRef, codes, "compared", outlines.compared, { afterPanelPaint: true });
}
