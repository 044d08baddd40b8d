import { useCallback, useEffect, useRef, useState } from "react";
import { loadDataset } from "../data/load";
import { editionById, latestEdition, type EditionFiles } from "../data/editions";
import { linkQuery } from "../state/url";
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

/** The geometry and what `npm run geo` precomputed from it; a failure is one line for the page to show. */
async function loadGeo(): Promise<Geo> {
  const [counties, context, neighbours, labels] = await Promise.all([
    loadJson(COUNTIES_URL, countyCollectionSchema),
    loadJson(CONTEXT_URL, contextCollectionSchema),
    // Precomputed by `npm run geo`; without them the Dashboard computes them (resolveNeighbourTable, resolveLabelPoints).
    loadJson(NEIGHBOURS_URL, neighbourFileSchema),
    loadJson(LABELS_URL, labelFileSchema),
  ]);
  return counties.ok
    ? // The neighbouring countries are decoration: without them the counties still show.
      {
        counties: counties.data,
        context: context.ok ? context.data : EMPTY_CONTEXT,
        neighbours: neighbours.ok ? neighbours.data : undefined,
        labels: labels.ok ? labels.data : undefined,
      }
    : { error: counties.message };
}

/**
 * The edition a link names (`edition=<id>`) when this build ships it, else the newest. A link naming another is
 * opened at the newest, and the link parser says what it ignored.
 */
function linkedEdition(): EditionFiles {
  const where = globalThis.location as Location | undefined;
  const id = where ? new URLSearchParams(linkQuery(where.search, where.hash)).get("edition") : null;
  return editionById(id ?? undefined) ?? latestEdition();
}

/**
 * Fetches and validates the dataset and the geometry in parallel, once per
 * page (again after a failure, when the user asks). main.tsx starts it before
 * React's first render, so the fetches do not wait for that render and its effects.
 */
export function loadAppData(): Promise<LoadedAppData> {
  loading ??= Promise.all([loadDataset(linkedEdition().dataset), loadGeo()]).then(([dataset, geo]): LoadedAppData => {
    if (!dataset.ok) loading = undefined; // a failed load is not kept: "try again" fetches anew
    return dataset.ok ? { status: "ready", data: dataset.data, geo } : { status: "invalid", refusal: dataset };
  });
  return loading;
}

export type AppDataControls = {
  /** Replaces the dataset (a validated file the user opened); the geometry stays. */
  replaceDataset: (data: Dataset) => void;
  /** Fetches again what failed: the whole page's data, or only the geometry (keeping the dataset, even one the user opened). */
  retry: () => void;
};

/** The page's data as it loads (or as already loaded: `loaded`), and the ways to change it. */
export function useAppData(loaded?: LoadedAppData): [AppData, AppDataControls] {
  const [state, setState] = useState<AppData>(loaded ?? { status: "loading" });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    // Already loaded: a failed load is not loaded again unasked (that is "Try again"'s to do).
    if (!loaded)
      void loadAppData().then((result) => {
        if (alive.current) setState(result);
      });
    return () => {
      alive.current = false;
    };
  }, [loaded]);
  const replaceDataset = useCallback(
    (data: Dataset) => setState((current) => (current.status === "ready" ? { ...current, data } : current)),
    [],
  );
  const retry = useCallback(() => {
    if (state.status === "ready") {
      void loadGeo().then((geo) => {
        if (alive.current) setState((current) => (current.status === "ready" ? { ...current, geo } : current));
      });
      return;
    }
    setState({ status: "loading" });
    void loadAppData().then((loaded) => {
      if (alive.current) setState(loaded);
    });
  }, [state.status]);
  return [state, { replaceDataset, retry }];
}
