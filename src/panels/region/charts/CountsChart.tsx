import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { Dataset, Region } from "../../../data/schema";
import { regionFigures } from "../../../data/selectors";
import { EVIDENCE_STRINGS } from "../../../i18n/evidence";
import type { RegionStrings } from "../../../i18n/region";
import type { Lang } from "../../../i18n/strings";
import { countRows } from "../chartData";
import { ChartFigure, DataTable } from "./ChartFigure";
import { AXIS_TICK, COLOURS, axisLabel } from "./chartTheme";

type CountsChartProps = { data: Dataset; region: Region; neighbours: readonly string[]; lang: Lang; t: RegionStrings; drawn: boolean };

/**
 * How many of the report's lists and examples name the region under each
 * question, against the means of its neighbours and of all regions. The
 * counts and means are RUS-kartan's own arithmetic, and say so; the report's
 * statements of all regions are not among them.
 */
export function CountsChart({ data, region, neighbours, lang, t, drawn }: CountsChartProps) {
  const te = EVIDENCE_STRINGS[lang];
  const rows = useMemo(() => countRows(data, region.code, neighbours), [data, region.code, neighbours]);
  const figures = useMemo(() => regionFigures(data, region.code), [data, region.code]);
  const hasNeighbours = neighbours.length > 0;
  const label = (id: number) => {
    const q = data.questions.find((question) => question.id === id);
    return q ? t.questionHeading(q.section, lang === "sv" ? q.sv : q.en) : String(id);
  };
  const total = (key: "neighbours" | "national") => rows.reduce((sum, row) => sum + (row[key] ?? 0), 0);
  const summary = t.countsSummary(
    region.name,
    figures.listed,
    figures.examples,
    t.formatMean(total("national")),
    hasNeighbours ? t.formatMean(total("neighbours")) : undefined,
  );
  const formatValue = (value: unknown) => (typeof value === "number" ? t.formatMean(value) : String(value ?? ""));

  return (
    <ChartFigure
      drawn={drawn}
      heading={t.countsHeading}
      description={`${t.countsAria(region.name)} ${summary}`}
      height={280}
      before={
        <ul className="region-chart-key">
          <li>
            <span className="region-key-swatch" style={{ background: COLOURS.region }} /> {region.name}
          </li>
          {hasNeighbours && (
            <li>
              <span className="region-key-swatch" style={{ background: COLOURS.neighbours, borderColor: COLOURS.region }} />{" "}
              {t.seriesNeighbours}
            </li>
          )}
          <li>
            <span className="region-key-swatch" style={{ background: COLOURS.national, borderColor: COLOURS.soft }} /> {t.seriesNational}
          </li>
        </ul>
      }
      caption={
        <>
          <p>{summary}</p>
          {!hasNeighbours && <p>{t.countsNoNeighbours(region.name)}</p>}
          <p className="computed-note">
            {te.computed} {te.listsAreExamples} {t.countsLeaveOutAll}
          </p>
        </>
      }
      after={
        <DataTable summary={t.showTable}>
          <thead>
            <tr>
              <th scope="col">{t.countsTableQuestion}</th>
              <th scope="col">{region.name}</th>
              {hasNeighbours && <th scope="col">{t.seriesNeighbours}</th>}
              <th scope="col">{t.seriesNational}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{label(row.id)}</th>
                <td>{row.region}</td>
                {hasNeighbours && <td>{t.formatMean(row.neighbours ?? 0)}</td>}
                <td>{t.formatMean(row.national)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      }
    >
      <BarChart data={rows} accessibilityLayer={false} margin={{ top: 4, right: 4, bottom: 20, left: 4 }} barGap={1}>
        <CartesianGrid vertical={false} stroke={COLOURS.grid} />
        <XAxis dataKey="id" tick={AXIS_TICK} tickFormatter={(id: number) => t.questionShort(id)} label={axisLabel(t.countsAxisX, "x")} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} width={44} label={axisLabel(t.countsAxisY, "y")} />
        <Tooltip labelFormatter={(id) => label(Number(id))} formatter={formatValue} />
        <Bar dataKey="region" name={region.name} fill={COLOURS.region} isAnimationActive={false} />
        {hasNeighbours && (
          <Bar
            dataKey="neighbours"
            name={t.seriesNeighbours}
            fill={COLOURS.neighbours}
            stroke={COLOURS.region}
            strokeWidth={1}
            isAnimationActive={false}
          />
        )}
        <Bar
          dataKey="national"
          name={t.seriesNational}
          fill={COLOURS.national}
          stroke={COLOURS.soft}
          strokeWidth={1}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartFigure>
  );
}
