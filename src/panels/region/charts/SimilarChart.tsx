import { useId, useMemo } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";
import type { Dataset, Region } from "../../../data/schema";
import { MIN_LISTS, mostSimilar } from "../../../data/similarity";
import type { RegionStrings } from "../../../i18n/region";
import { ChartFigure } from "./ChartFigure";
import { AXIS_TICK, COLOURS, axisLabel } from "./chartTheme";

type SimilarChartProps = {
  data: Dataset;
  region: Region;
  regions: Map<string, Region>;
  t: RegionStrings;
  /** "Beräknat i RUS-kartan, inte i rapporten." */
  computedNote: string;
  onSelectRegion: (code: string) => void;
  drawn: boolean;
};

/**
 * The regions whose lists in the report most resemble this one's (Jaccard index over the report's
 * lists): RUS-kartan's own computation, labelled so; single examples and statements of all regions are left out.
 * Every region tied with the last one shown is shown too, each score says how many lists it rests on, and the
 * regions named in fewer than MIN_LISTS lists are named as not ranked rather than ranked on one or two lists.
 */
export function SimilarChart({ data, region, regions, t, computedNote, onSelectRegion, drawn }: SimilarChartProps) {
  const ranking = useMemo(() => mostSimilar(data, region.code, 5), [data, region.code]);
  const rows = ranking.shown.map((s) => ({
    code: s.code,
    name: regions.get(s.code)?.name ?? s.code,
    score: s.score,
    shared: s.shared.length,
    lists: s.lists,
  }));
  const unranked = ranking.unranked.map((code) => regions.get(code)?.name ?? code);
  const listLabelId = useId();

  return (
    <ChartFigure
      drawn={drawn}
      heading={t.similarHeading}
      description={t.similarAria(region.name)}
      height={48 + rows.length * 34}
      caption={
        <>
          <p className="computed-note">{computedNote}</p>
          <p>{t.similarNote}</p>
          {ranking.ownLists < MIN_LISTS && <p data-testid="similar-own-few">{t.similarOwnFew(region.name, ranking.ownLists, MIN_LISTS)}</p>}
          {unranked.length > 0 && <p data-testid="similar-unranked">{t.similarUnranked(MIN_LISTS, unranked)}</p>}
        </>
      }
      after={
        <div className="region-similar">
          <p id={listLabelId} className="visually-hidden">
            {t.similarListLabel}
          </p>
          {rows.length === 0 && <p>{t.similarNone(region.name)}</p>}
          <ul aria-labelledby={listLabelId} className="region-similar-list">
            {rows.map((row) => (
              <li key={row.code}>
                <button type="button" className="region-button region-similar-button" onClick={() => onSelectRegion(row.code)}>
                  <span className="region-similar-name">{row.name}</span>
                  <span className="region-similar-score">{t.formatScore(row.score)}</span>
                  <span className="region-similar-shared">{t.similarBasis(row.shared, row.lists)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      }
    >
      <BarChart data={rows} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 44, bottom: 20, left: 4 }}>
        <CartesianGrid horizontal={false} stroke={COLOURS.grid} />
        <XAxis
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          tick={AXIS_TICK}
          tickFormatter={(v: number) => t.formatScore(v)}
          label={axisLabel(t.similarAxisX, "x")}
        />
        <YAxis type="category" dataKey="name" width={136} tick={{ ...AXIS_TICK, fill: COLOURS.ink, fontSize: 13 }} />
        <Bar
          dataKey="score"
          fill={COLOURS.region}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(_item, index) => {
            const row = rows[index];
            if (row) onSelectRegion(row.code);
          }}
        >
          <LabelList
            dataKey="score"
            position="right"
            fill={COLOURS.ink}
            fontSize={13}
            formatter={(value) => (typeof value === "number" ? t.formatScore(value) : "")}
          />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
