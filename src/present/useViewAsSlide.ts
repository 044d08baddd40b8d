import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import type { Dataset } from "../data/schema";
import { classify } from "../domain/classify";
import { loadedEditionDataset } from "../data/editionDatasets";
import { useViewStore, viewStateOf } from "../state/store";
import { slideViewOf } from "./deckEdits";
import type { SlideWords } from "./SlideForm";

/**
 * The view on screen as a slide would keep it: its query string, and the words suggested for it (its legend's title,
 * with the selected region's name, and subtitle, in both languages).
 */
export function useViewAsSlide(data: Dataset): { viewQuery: string; suggested: SlideWords } {
  // The view's choices only (a shallow-equal copy): the editor re-renders when the view changes, not on every store update.
  const view = useViewStore(useShallow(viewStateOf));
  const viewQuery = slideViewOf(view);
  const suggested = useMemo<SlideWords>(() => {
    const earlier = loadedEditionDataset(view.since);
    const sv = classify(data, view, "sv", earlier);
    const en = classify(data, view, "en", earlier);
    const region = view.region ? data.regions.find((r) => r.code === view.region)?.name : undefined;
    const withRegion = (s: string) => (region ? `${s} – ${region}` : s);
    return {
      title: { sv: withRegion(sv.title), en: withRegion(en.title) },
      caption: { sv: sv.subtitle || sv.title, en: en.subtitle || en.title },
    };
  }, [data, view]);
  return { viewQuery, suggested };
}
