import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { JsonLoad } from "../data/loadJson";
import { onOpenedEditions, openedEdition, type OpenedEdition } from "../data/openedEditions";
import type { ReportDoc } from "../data/reportSchema";
import type { Translator } from "../data/reportTranslation";
import type { Lang } from "../i18n/strings";
import { useEdition } from "./edition";
import { lazyModule } from "./lazyWithRetry";

/**
 * The report's loading code (its schemas and the translator) comes with the first report or English asked for, not
 * with the map; a failure to load it is a failed load like any other (the map and the Swedish stay).
 */
const reportCode = lazyModule(() => import("../data/loadReport"));
const notLoaded = (error: unknown): JsonLoad<never> => ({ ok: false, message: error instanceof Error ? error.message : String(error) });

/** An edition's report parse (data/loadReport.ts), its code loaded first. */
export const loadReport = (edition: string): Promise<JsonLoad<ReportDoc>> =>
  reportCode().then((code) => code.loadReport(edition), notLoaded);

/** An edition's English (data/loadReport.ts), its code loaded first. */
export const loadEnglish = (edition: string): Promise<JsonLoad<Translator>> =>
  reportCode().then((code) => code.loadEnglish(edition), notLoaded);

export type Loading<T> = { status: "idle" | "loading" } | { status: "ready"; data: T } | { status: "failed"; message: string };

/**
 * A lazily loaded file as state: nothing until `wanted`, then loading, then ready or failed (never thrown). A new
 * `source` (an edition opened from a file under the same id) loads again.
 */
function useLoaded<T>(load: () => Promise<JsonLoad<T>>, wanted: boolean, source?: unknown): Loading<T> {
  const [result, setResult] = useState<JsonLoad<T> | undefined>(undefined);
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    load().then((loaded) => {
      if (!cancelled) setResult(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [load, wanted, source]);
  if (!result) return { status: wanted ? "loading" : "idle" };
  return result.ok ? { status: "ready", data: result.data } : { status: "failed", message: result.message };
}

/**
 * The edition the user opened from a file under this id, if any: a new one (a bundle of the edition shown, opened
 * again) loads its report and English again, though the id is the same.
 */
function useOpenedEdition(id: string): OpenedEdition | undefined {
  const snapshot = () => openedEdition(id);
  return useSyncExternalStore(onOpenedEditions, snapshot, snapshot);
}

/** The edition's report parse, once `wanted` (the reader or the search is open). */
export function useReport(edition: string, wanted = true): Loading<ReportDoc> {
  const load = useCallback(() => loadReport(edition), [edition]);
  return useLoaded(load, wanted, useOpenedEdition(edition));
}

/** The report's English as state, in the English interface only (idle in the Swedish one); the edition shown's. */
export function useEnglishLoading(lang: Lang, edition?: string): Loading<Translator> {
  const shown = useEdition()?.id;
  const id = edition ?? shown ?? "";
  const load = useCallback(() => loadEnglish(id), [id]);
  return useLoaded(load, lang === "en" && id !== "", useOpenedEdition(id));
}

/** The report's English, in the English interface only; undefined until it is in (or when it failed: the Swedish stays). */
export function useEnglish(lang: Lang): Translator | undefined {
  const english = useEnglishLoading(lang);
  return lang === "en" && english.status === "ready" ? english.data : undefined;
}

type SearchModule = typeof import("../data/reportSearch");
let search: Promise<JsonLoad<SearchModule>> | undefined;

/** The search's code (with its stemmers) comes with the first search, not with the map. */
function loadSearch(): Promise<JsonLoad<SearchModule>> {
  search ??= import("../data/reportSearch").then(
    (module): JsonLoad<SearchModule> => ({ ok: true, data: module }),
    (error: unknown): JsonLoad<SearchModule> => {
      search = undefined;
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    },
  );
  return search;
}

/** The search's code once `wanted` (a search in the link or typed). */
export function useSearchCode(wanted: boolean): Loading<SearchModule> {
  return useLoaded(loadSearch, wanted);
}
