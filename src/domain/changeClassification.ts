import type { Dataset } from "../data/schema";
import { CHANGE_STRINGS } from "../i18n/change";
import type { Lang } from "../i18n/strings";
import { editionChange, STRATEGY_CHANGES, type StrategyChange } from "./editionChange";
import type { LegendClass } from "./legendClass";
import { NO_DATA_COLOR } from "./palettes";

/**
 * The change view's colours (ColorBrewer Dark2's orange and purple, and the practice map's light grey for "same"):
 * what changed stands out, what stayed recedes. Every swatch but "same" and "absent" keeps ≥ 3:1 against the legend.
 */
export const CHANGE_COLORS: Record<StrategyChange, string> = {
  replaced: "#c85602",
  readopted: "#7570b3",
  same: "#d5d1c5",
  absent: NO_DATA_COLOR,
};

/** The change view's legend: what classify() builds its classification from. */
export type ChangeLegend = { title: string; subtitle: string; classes: LegendClass[]; explanation: string[] };

/**
 * "Förändring sedan <utgåva>": each region by what the two listings say of its strategy. `earlier` is the earlier
 * edition's dataset once it has loaded: until then (or when the build lacks it) the map says so and colours nothing.
 */
export function changeLegend(data: Dataset, lang: Lang, since: string | undefined, earlier: Dataset | null | undefined): ChangeLegend {
  const t = CHANGE_STRINGS[lang];
  const sinceId = since ?? "";
  if (!earlier || earlier.edition.id !== since) {
    return {
      title: t.title(sinceId),
      subtitle: earlier === undefined ? t.loading(sinceId) : t.missing(sinceId),
      classes: [],
      explanation: [],
    };
  }
  const change = editionChange(earlier, data);
  const classes: LegendClass[] = STRATEGY_CHANGES.map((kind) => ({
    key: kind,
    label: t.kinds[kind],
    color: CHANGE_COLORS[kind],
    regions: change.regions.filter((r) => r.strategy === kind).map((r) => r.code),
  })).filter((c) => c.regions.length > 0 || c.key !== "absent");
  return {
    title: t.title(earlier.edition.id),
    subtitle: t.subtitle(earlier.edition.id, data.edition.id),
    classes,
    explanation: [t.explained, t.listsCaveat],
  };
}
