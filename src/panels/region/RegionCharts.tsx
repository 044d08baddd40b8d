import { useMemo } from "react";
import type { Dataset } from "../../data/schema";
import { regionByCode } from "../../data/selectors";
import { EVIDENCE_STRINGS } from "../../i18n/evidence";
import { REGION_STRINGS } from "../../i18n/region";
import type { Lang } from "../../i18n/strings";
import { usePaintedSteps } from "../../ui/afterPaint";
import { CountsChart } from "./charts/CountsChart";
import { SimilarChart } from "./charts/SimilarChart";
import { TimelineChart } from "./charts/TimelineChart";

/**
 * The region panel's three charts. Loaded lazily (default export for
 * React.lazy) so recharts stays out of the initial bundle.
 */

export type RegionChartsProps = {
  data: Dataset;
  code: string;
  lang: Lang;
  /** Land-neighbour codes; empty for Gotland. */
  neighbours: readonly string[];
  onSelectRegion: (code: string) => void;
};

const CHART_COUNT = 3;

export default function RegionCharts({ data, code, lang, neighbours, onSelectRegion }: RegionChartsProps) {
  const t = REGION_STRINGS[lang];
  const regions = useMemo(() => regionByCode(data), [data]);
  // The charts are drawn one per frame; their text is there from the start.
  const drawn = usePaintedSteps(CHART_COUNT, code);
  const region = regions.get(code);
  if (!region) return null;
  return (
    <div className="region-charts">
      <CountsChart data={data} region={region} neighbours={neighbours} lang={lang} t={t} drawn={drawn > 0} />
      <TimelineChart data={data} region={region} t={t} drawn={drawn > 1} />
      <SimilarChart
        data={data}
        region={region}
        regions={regions}
        t={t}
        computedNote={EVIDENCE_STRINGS[lang].computed}
        onSelectRegion={onSelectRegion}
        drawn={drawn > 2}
      />
    </div>
  );
}
