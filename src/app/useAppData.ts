import { useCallback, useEffect, useState } from "react";
import { loadDataset } from "../data/load";
import type { Dataset } from "../data/schema";
import type { ValidationIssue } from "../data/validate";
import {
  CONTEXT_URL,
  COUNTIES_URL,
  contextCollectionSchema,
  countyCollectionSchema,
  loadGeoJson,
  type ContextCollection,
  type CountyCollection,
} from "../geo/counties";
import { NEIGHBOURS_URL, neighbourFileSchema, type NeighbourFile } from "../geo/neighbourFile";

export type AppData =
  | { status: "loading" }
  | { status: "invalid"; issues: ValidationIssue[] }
  | {
      status: "ready";
      data: Dataset;
      /** Missing geometry does not stop the page: the rest works without a map. */
      geo: { counties: CountyCollection; context: ContextCollection; neighbours?: NeighbourFile } | { error: string };
    };

const EMPTY_CONTEXT: ContextCollection = { type: "FeatureCollection", features: [] };

/**
 * Loads the dataset and the geometry in parallel, once per page. The second
 * value replaces the dataset (a validated file the user opened); the geometry stays.
 */
export function useAppData(): [AppData, (data: Dataset) => void] {
  const [state, setState] = useState<AppData>({ status: "loading" });
  useEffect(() => {
    let cancelled = false;
    Promise.all([
      loadDataset(),
      loadGeoJson(COUNTIES_URL, countyCollectionSchema),
      loadGeoJson(CONTEXT_URL, contextCollectionSchema),
      // Precomputed by `npm run geo`; without it the Dashboard computes the table (resolveNeighbourTable).
      loadGeoJson(NEIGHBOURS_URL, neighbourFileSchema),
    ]).then(([dataset, counties, context, neighbours]) => {
      if (cancelled) return;
      if (!dataset.ok) {
        setState({ status: "invalid", issues: dataset.issues });
        return;
      }
      const geo = counties.ok
        ? // The neighbouring countries are decoration: without them the counties still show.
          {
            counties: counties.data,
            context: context.ok ? context.data : EMPTY_CONTEXT,
            neighbours: neighbours.ok ? neighbours.data : undefined,
          }
        : { error: counties.message };
      setState({ status: "ready", data: dataset.data, geo });
    });
    return () => {
      cancelled = true;
    };
  }, []);
  const replaceDataset = useCallback(
    (data: Dataset) => setState((current) => (current.status === "ready" ? { ...current, data } : current)),
    [],
  );
  return [state, replaceDataset];
}
