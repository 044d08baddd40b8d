import type { Dataset } from "../data/schema";
import type { Lang } from "../i18n/strings";
import { NO_DATA_COLOR, STATUS_COLORS } from "./palettes";

/**
 * Classification: from the dataset and the user's choices to legend classes
 * and a colour per region. Pure, so the WebGL map, the SVG map, the legend and
 * the PNG export all read the same answer.
 */
export type LegendClass = {
  key: string;
  label: string;
  color: string;
  /** Region codes in this class, in dataset order. */
  regions: string[];
};

export type Classification = {
  title: string;
  classes: LegendClass[];
  /** Colour of every region code; regions in no class get NO_DATA_COLOR. */
  colorOf: Record<string, string>;
  /** The class label of every region code, for tooltips and text summaries. */
  valueOf: Record<string, string>;
};

function fromClasses(data: Dataset, title: string, classes: LegendClass[]): Classification {
  const colorOf: Record<string, string> = {};
  const valueOf: Record<string, string> = {};
  for (const region of data.regions) colorOf[region.code] = NO_DATA_COLOR;
  for (const cls of classes) {
    for (const code of cls.regions) {
      colorOf[code] = cls.color;
      valueOf[code] = cls.label;
    }
  }
  return { title, classes, colorOf, valueOf };
}

export function classifyByStatus(data: Dataset, lang: Lang, title: string): Classification {
  const classes = data.statuses.map((status) => ({
    key: status.id,
    label: status[lang],
    color: STATUS_COLORS[status.id],
    regions: data.regions.filter((r) => r.strategy.status === status.id).map((r) => r.code),
  }));
  return fromClasses(data, title, classes);
}
