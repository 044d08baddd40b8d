import { useEffect, useState } from "react";
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

export type AppData =
  | { status: "loading" }
  | { status: "invalid"; issues: ValidationIssue[] }
  | {
      status: "ready";
      data: Dataset;
      /** Missing geometry does not stop the page: the rest works without a map. */
      geo: { counties: CountyCollection; context: ContextCollection } | { error: string };
    };

const EMPTY_CONTEXT: ContextCollection = { type: "FeatureCollection", features: [] };

/** Loads the dataset and the geometry in parallel, once per page. */
export function useAppData(): AppData {
  const [state, setState] = useState<AppData>({ status: "loading" });
  useEffect(() => {
    let cancelled = false;
    Promise.all([
      loadDataset(),
      loadGeoJson(COUNTIES_URL, countyCollectionSchema),
      loadGeoJson(CONTEXT_URL, contextCollectionSchema),
    ]).then(([dataset, counties, context]) => {
      if (cancelled) return;
      if (!dataset.ok) {
        setState({ status: "invalid", issues: dataset.issues });
        return;
      }
      const geo = counties.ok
        ? // The neighbouring countries are decoration: without them the counties still show.
          { counties: counties.data, context: context.ok ? context.data : EMPTY_CONTEXT }
        : { error: counties.message };
      setState({ status: "ready", data: dataset.data, geo });
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
