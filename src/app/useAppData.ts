import { useCallback, useEffect, useState } from "react";
import { loadDataset } from "../data/load";
import { loadJson } from "../data/loadJson";
import type { Dataset } from "../data/schema";
import type { Refusal } from "../data/issues";
import {
  CONTEXT_URL,
  COUNTIES_URL,
  contextCollectionSchema,
  countyCollectionSchema,
  type ContextCollection,
  type CountyCollection,
} from "../geo/counties";
import { LABELS_URL, labelFileSchema, type LabelFile } from "../geo/labelPoints";
import { NEIGHBOURS_URL, neighbourFileSchema, type NeighbourFile } from "../geo/neighbourFile";

/** The geometry, and what `npm run geo` precomputed from it; missing geometry does not stop the page. */
export type Geo =
  { counties: CountyCollection; context: ContextCollection; neighbours?: NeighbourFile; labels?: LabelFile } | { error: string };

export type LoadedAppData = { status: "invalid"; refusal: Refusal } | { status: "ready"; data: Dataset; geo: Geo };

export type AppData = { status: "loading" } | LoadedAppData;

const EMPTY_CONTEXT: ContextCollection = { type: "FeatureCollection", features: [] };

let loading: Promise<LoadedAppData> | undefined;

/**
 * Fetches and validates the dataset and the geometry in parallel, once per
 * page. main.tsx starts it before React's first render, so the fetches do not
 * wait for that render and its effects.
 */
export function loadAppData(): Promise<LoadedAppData> {
  loading ??= Promise.all([
    loadDataset(),
    loadJson(COUNTIES_URL, countyCollectionSchema),
    loadJson(CONTEXT_URL, contextCollectionSchema),
    // Precomputed by `npm run geo`; without them the Dashboard computes them (resolveNeighbourTable, resolveLabelPoints).
    loadJson(NEIGHBOURS_URL, neighbourFileSchema),
    loadJson(LABELS_URL, labelFileSchema),
  ]).then(([dataset, counties, context, neighbours, labels]): LoadedAppData => {
    if (!dataset.ok) return { status: "invalid", refusal: dataset };
    const geo = counties.ok
      ? // The neighbouring countries are decoration: without them the counties still show.
        {
          counties: counties.data,
          context: context.ok ? context.data : EMPTY_CONTEXT,
          neighbours: neighbours.ok ? neighbours.data : undefined,
          labels: labels.ok ? labels.data : undefined,
        }
      : { error: counties.message };
    return { status: "ready", data: dataset.data, geo };
  });
  return loading;
}

/** The page's data as it loads. The second value replaces the dataset (a validated file the user opened); the geometry stays. */
export function useAppData(): [AppData, (data: Dataset) => void] {
  const [state, setState] = useState<AppData>({ status: "loading" });
  useEffect(() => {
    let cancelled = false;
    loadAppData().then((loaded) => {
      if (!cancelled) setState(loaded);
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
