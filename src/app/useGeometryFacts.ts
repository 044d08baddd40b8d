import { useMemo } from "react";
import { macroBoundariesOf } from "../geo/macroBoundaries";
import type { MacroGroupingId } from "../geo/macroRegions";
import { resolveLabelPoints } from "../geo/labelPoints";
import type { NeighbourTable } from "../geo/neighbourTable";
import { resolveNeighbourTable } from "../geo/neighbourFile";
import type { Geo } from "./useAppData";

const NO_NEIGHBOURS: NeighbourTable = { land: {}, sea: {} };

/** The geometry-derived tables, computed once per load (OWID grapher's GeoFeatures idea). */
export function useGeometryFacts(geo: Geo, macro: MacroGroupingId | undefined) {
  const facts = useMemo(() => {
    if ("error" in geo) return { labelPoints: [], adjacency: {}, neighbourTable: NO_NEIGHBOURS };
    // Land (shared boundary) and sea neighbours (Gotland), and the label points: read from
    // neighbours.json and labels.json (< 1 ms), computed here (50–120 ms and 50–65 ms)
    // only when those files are missing or do not fit the counties.
    const neighbourTable = resolveNeighbourTable(geo.counties, geo.neighbours).table;
    return { labelPoints: resolveLabelPoints(geo.counties, geo.labels).points, adjacency: neighbourTable.land, neighbourTable };
  }, [geo]);
  // Borders between NUTS 2 regions / landsdelar (~15 ms): computed when a grouping is first shown, then kept.
  const macroBoundaries = macro && !("error" in geo) ? macroBoundariesOf(geo.counties) : undefined;
  return { ...facts, macroBoundaries };
}
