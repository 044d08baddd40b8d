import { useMemo, type RefObject } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import { flagOf } from "./countyState";
import { useCountyState } from "./useCountyState";
import { NO_OUTLINES, type Outlines } from "../domain/outlines";

/** Keeps the outlined neighbours and compared regions in step with the choice (the outline layers read them). */
export function useOutlines(mapRef: RefObject<MapLibreMap | null>, codes: readonly string[], outlines: Outlines = NO_OUTLINES) {
  const land = outlines.land.join(",");
  const sea = outlines.sea.join(",");
  const compared = outlines.compared.join(",");
  // The same regions in a new array are the same outlines: nothing to apply.
  const landOf = useMemo(() => flagOf(land.split(",")), [land]);
  const seaOf = useMemo(() => flagOf(sea.split(",")), [sea]);
  const comparedOf = useMemo(() => flagOf(compared.split(",")), [compared]);
  // After the panel that the same click opened has painted (src/ui/afterPaint.ts).
  useCountyState(mapRef, codes, "land", landOf, { afterPanelPaint: true });
  useCountyState(mapRef, codes, "sea", seaOf, { afterPanelPaint: true });
  useCountyState(mapRef, codes, "compared", comparedOf, { afterPanelPaint: true });
}
