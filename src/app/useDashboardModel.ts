import { useMemo } from "react";
import type { Dataset } from "../data/schema";
import { regionByCode } from "../data/selectors";
import type { ReportDoc } from "../data/reportSchema";
import { classify } from "../domain/classify";
import { classifyReading, type ReadingFocus } from "../domain/readingClassification";
import { mapOutlines } from "../domain/outlines";
import { summarizeClassification } from "../domain/summary";
import { MAP_STRINGS } from "../i18n/map";
import { STRINGS, type Lang } from "../i18n/strings";
import { useViewStore } from "../state/store";
import type { Geo } from "./useAppData";
import { useGeometryFacts } from "./useGeometryFacts";
import { makeMapPicture } from "../map/mapPicture";
import { useEditionDataset } from "../ui/useEditionDataset";

/**
 * What the dashboard shows, derived from the user's choices (the store), the
 * dataset and the geometry: the classification every renderer, legend,
 * tooltip and export reads, the names, the outlines, the summary sentence.
 * Nothing here is stored; it is all computed from the choices.
 */
export function useDashboardModel(data: Dataset, geo: Geo, lang: Lang, reading?: { doc: ReportDoc; focus: ReadingFocus }) {
  const tm = MAP_STRINGS[lang];
  const selected = useViewStore((s) => s.region);
  const color = useViewStore((s) => s.color);
  const practice = useViewStore((s) => s.practice);
  const practice2 = useViewStore((s) => s.practice2);
  const q = useViewStore((s) => s.q);
  const since = useViewStore((s) => s.since);
  const earlier = useEditionDataset(since);
  const macro = useViewStore((s) => s.macro);
  const compare = useViewStore((s) => s.compare);
  const geometry = useGeometryFacts(geo, macro);
  const outlines = useMemo(() => mapOutlines(geometry.neighbourTable, selected, compare), [geometry.neighbourTable, selected, compare]);
  const chosen = useMemo(
    () => classify(data, { color, practice, practice2, q, since }, lang, earlier),
    [data, color, practice, practice2, q, since, lang, earlier],
  );
  // While the report is read, the map shows the passage in view or the search; the chosen colouring returns after.
  const doc = reading?.doc;
  const focus = reading?.focus;
  const classification = useMemo(
    () => (doc && focus && classifyReading(data, doc, focus, lang)) || chosen,
    [data, doc, focus, lang, chosen],
  );
  const regions = useMemo(() => regionByCode(data), [data]);
  const nameOf = useMemo(() => (code: string) => regions.get(code)?.name ?? code, [regions]);
  /** The tooltip's words for a region: its name and its value in the mode shown. */
  const describe = (code: string) => {
    // A region in no class (an opened file's unknown status, say) has no value to show: a dash, not another mode's words.
    const value = classification.valueOf[code] ?? "–";
    const region = regions.get(code);
    const revised = classification.mode === "year" && region?.strategy.revised ? ` (${tm.revised(region.strategy.revised)})` : "";
    return `${nameOf(code)}: ${value}${revised}`;
  };
  const summary = summarizeClassification(classification, nameOf, tm.regionsCount, STRINGS[lang].mapSummary);
  // Pictures of views (PNG, print, PowerPoint, thumbnails) are drawn offscreen from the same geometry and names.
  const picture = useMemo(
    () =>
      "error" in geo ? null : makeMapPicture({ counties: geo.counties, context: geo.context, labelPoints: geometry.labelPoints, nameOf }),
    [geo, geometry.labelPoints, nameOf],
  );
  const listedRegions = useMemo(
    () => data.regions.map((r) => ({ code: r.code, name: r.name })).sort((a, b) => a.name.localeCompare(b.name, lang)),
    [data, lang],
  );
  return {
    selected,
    color,
    practice,
    since,
    earlier,
    macro,
    geometry,
    outlines,
    classification,
    nameOf,
    describe,
    summary,
    listedRegions,
    picture,
  };
}

export type DashboardModel = ReturnType<typeof useDashboardModel>;
