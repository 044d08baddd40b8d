import { useId, useMemo, type ReactNode } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { Dataset, Region } from "../../data/schema";
import { regionByCode } from "../../data/selectors";
import { usePaintedSteps } from "../../ui/afterPaint";
import { mostSimilar } from "../../data/similarity";
import { REGION_STRINGS, type RegionStrings } from "../../i18n/region";
import type { Lang } from "../../i18n/strings";
import { countRows, timelineMarks, yearRange, type TimelineMark } from "./chartData";

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

// CVD-safe: a dark blue, a light blue and a neutral grey differ in lightness, not only in hue.
const COLOURS = { region: "#0b57a4", neighbours: "#7fb2de", national: "#9a9a9a", ink: "#1a1a1a", soft: "#4a4a4a", grid: "#e6e6e1" };
const AXIS_TICK = { fill: COLOURS.soft, fontSize: 12 };
/** Panels are ~30rem wide; the first render uses this until the container is measured. */
const INITIAL_WIDTH = 440;
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
      <SimilarChart data={data} region={region} regions={regions} t={t} onSelectRegion={onSelectRegion} drawn={drawn > 2} />
    </div>
  );
}

type ChartFigureProps = {
  /** False until its frame comes: the chart's room is kept, so nothing below it moves. */
  drawn: boolean;
  heading: string;
  description: string;
  height: number;
  children: ReactNode;
  /** Shown above the chart: its key, in HTML so it reads as text. */
  before?: ReactNode;
  caption?: ReactNode;
  after?: ReactNode;
};

/** Heading, the chart as one image with a text description, then a caption and the data in words. */
function ChartFigure({ drawn, heading, description, height, children, before, caption, after }: ChartFigureProps) {
  const headingId = useId();
  return (
    <section className="region-chart" aria-labelledby={headingId}>
      <h4 id={headingId}>{heading}</h4>
      <figure>
        {before}
        <div role="img" aria-label={description} className="region-chart-canvas">
          {drawn ? (
            <ResponsiveContainer width="100%" height={height} initialDimension={{ width: INITIAL_WIDTH, height }}>
              {children}
            </ResponsiveContainer>
          ) : (
            <div style={{ height }} />
          )}
        </div>
        {caption && <figcaption>{caption}</figcaption>}
      </figure>
      {after}
    </section>
  );
}

function DataTable({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="region-table">
      <summary>{summary}</summary>
      <table>{children}</table>
    </details>
  );
}

// ---------------------------------------------------------------- (1) counts

type CountsChartProps = { data: Dataset; region: Region; neighbours: readonly string[]; lang: Lang; t: RegionStrings; drawn: boolean };

function CountsChart({ data, region, neighbours, lang, t, drawn }: CountsChartProps) {
  const rows = useMemo(() => countRows(data, region.code, neighbours), [data, region.code, neighbours]);
  const hasNeighbours = neighbours.length > 0;
  const label = (id: number) => {
    const q = data.questions.find((question) => question.id === id);
    return q ? t.questionHeading(q.section, lang === "sv" ? q.sv : q.en) : String(id);
  };
  const total = (key: "region" | "neighbours" | "national") => rows.reduce((sum, row) => sum + (row[key] ?? 0), 0);
  const summary = t.countsSummary(
    region.name,
    total("region"),
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
        <XAxis
          dataKey="id"
          tick={AXIS_TICK}
          tickFormatter={(id: number) => t.questionShort(id)}
          label={{ value: t.countsAxisX, position: "insideBottom", offset: -14, fill: COLOURS.soft, fontSize: 12 }}
        />
        <YAxis
          allowDecimals={false}
          tick={AXIS_TICK}
          width={44}
          label={{ value: t.countsAxisY, angle: -90, position: "insideLeft", offset: 10, fill: COLOURS.soft, fontSize: 12, style: { textAnchor: "middle" } }}
        />
        <Tooltip labelFormatter={(id) => label(Number(id))} formatter={formatValue} />
        <Bar dataKey="region" name={region.name} fill={COLOURS.region} isAnimationActive={false} />
        {hasNeighbours && (
          <Bar dataKey="neighbours" name={t.seriesNeighbours} fill={COLOURS.neighbours} stroke={COLOURS.region} strokeWidth={1} isAnimationActive={false} />
        )}
        <Bar dataKey="national" name={t.seriesNational} fill={COLOURS.national} stroke={COLOURS.soft} strokeWidth={1} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}

// -------------------------------------------------------------- (2) timeline

function TimelineChart({ data, region, t, drawn }: { data: Dataset; region: Region; t: RegionStrings; drawn: boolean }) {
  const marks = useMemo(() => timelineMarks(data, region.code), [data, region.code]);
  const years = yearRange(marks);
  const first = years[0] ?? region.strategy.adopted;
  const last = years[years.length - 1] ?? region.strategy.adopted;
  const tallest = Math.max(...marks.map((m) => m.stack));
  const sameYear = data.regions.filter((r) => r.strategy.adopted === region.strategy.adopted).length;
  const summary = t.timelineSummary(region.name, region.strategy.adopted, sameYear, region.strategy.revised);
  const hasRevisions = marks.some((m) => m.kind === "revised");

  return (
    <ChartFigure
      drawn={drawn}
      heading={t.timelineHeading}
      description={`${t.timelineAria(region.name)} ${summary}`}
      height={56 + (tallest + 1) * 22}
      before={
        <ul className="region-chart-key">
            <li>
              <span className="region-key-dot region-key-dot-here" /> {region.name}
            </li>
            <li>
              <span className="region-key-dot" /> {t.timelineOthers}
            </li>
            {hasRevisions && (
              <li>
                <span className="region-key-dot region-key-dot-revision" /> {t.timelineRevision}
              </li>
            )}
        </ul>
      }
      caption={<p>{summary}</p>}
      after={
        <DataTable summary={t.showTable}>
          <thead>
            <tr>
              <th scope="col">{t.timelineTableYear}</th>
              <th scope="col">{t.timelineTableRegions}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                <td>
                  {marks
                    .filter((m) => m.year === year)
                    .map((m) => (m.kind === "revised" ? `${m.name} (${t.revisedMark(year)})` : m.name))
                    .join(", ") || "–"}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      }
    >
      <ScatterChart accessibilityLayer={false} margin={{ top: 12, right: 12, bottom: 20, left: 12 }}>
        <CartesianGrid horizontal={false} stroke={COLOURS.grid} />
        <XAxis
          type="number"
          dataKey="year"
          domain={[first - 0.5, last + 0.5]}
          ticks={years}
          allowDecimals={false}
          tick={AXIS_TICK}
          tickFormatter={(year: number) => String(year)}
          label={{ value: t.timelineAxisX, position: "insideBottom", offset: -14, fill: COLOURS.soft, fontSize: 12 }}
        />
        <YAxis type="number" dataKey="stack" hide domain={[0, tallest + 1.4]} />
        <Tooltip
          cursor={false}
          content={({ active, payload }) => {
            const mark = payload?.[0]?.payload as TimelineMark | undefined;
            if (!active || !mark) return null;
            return (
              <div className="region-chart-tooltip">
                {mark.name}: {mark.kind === "revised" ? t.revisedMark(mark.year) : mark.year}
              </div>
            );
          }}
        />
        <Scatter
          data={marks}
          isAnimationActive={false}
          shape={(props: { cx?: number; cy?: number; payload?: TimelineMark }) => (
            <TimelineDot cx={props.cx} cy={props.cy} mark={props.payload} />
          )}
        />
        {/* The region's name sits in a row above all stacks, where it cannot cover another dot. */}
        <Scatter
          data={[{ year: region.strategy.adopted, stack: tallest + 1 }]}
          isAnimationActive={false}
          shape={(props: { cx?: number; cy?: number }) => (
            <TimelineLabel cx={props.cx} cy={props.cy} text={region.name} year={region.strategy.adopted} first={first} last={last} />
          )}
        />
      </ScatterChart>
    </ChartFigure>
  );
}

type TimelineDotProps = { cx?: number; cy?: number; mark?: TimelineMark };

/** Small grey dots for the other regions, rings for revisions; the selected region larger and dark. */
function TimelineDot({ cx, cy, mark }: TimelineDotProps) {
  if (cx === undefined || cy === undefined || !mark) return <g />;
  const revised = mark.kind === "revised";
  if (mark.highlighted) {
    return revised ? (
      <circle cx={cx} cy={cy} r={7} fill="#ffffff" stroke={COLOURS.region} strokeWidth={3} />
    ) : (
      <circle cx={cx} cy={cy} r={8} fill={COLOURS.region} stroke={COLOURS.ink} strokeWidth={1.5} />
    );
  }
  return revised ? (
    <circle cx={cx} cy={cy} r={5} fill="#ffffff" stroke={COLOURS.soft} strokeWidth={1.5} />
  ) : (
    <circle cx={cx} cy={cy} r={5} fill={COLOURS.national} stroke="#ffffff" strokeWidth={1} />
  );
}

type TimelineLabelProps = { cx?: number; cy?: number; text: string; year: number; first: number; last: number };

/** Centred over its column, or aligned inwards at the first and last year so it stays inside the chart. */
function TimelineLabel({ cx, cy, text, year, first, last }: TimelineLabelProps) {
  if (cx === undefined || cy === undefined) return <g />;
  const anchor = year === first ? "start" : year === last ? "end" : "middle";
  const x = year === first ? cx - 8 : year === last ? cx + 8 : cx;
  return (
    <text x={x} y={cy} dy="0.35em" textAnchor={anchor} fontSize={13} fontWeight={600} fill={COLOURS.ink}>
      {text}
    </text>
  );
}

// ------------------------------------------------------------ (3) similarity

type SimilarChartProps = {
  data: Dataset;
  region: Region;
  regions: Map<string, Region>;
  t: RegionStrings;
  onSelectRegion: (code: string) => void;
  drawn: boolean;
};

function SimilarChart({ data, region, regions, t, onSelectRegion, drawn }: SimilarChartProps) {
  const rows = useMemo(
    () =>
      mostSimilar(data, region.code, 5).map((s) => ({
        code: s.code,
        name: regions.get(s.code)?.name ?? s.code,
        score: s.score,
        shared: s.shared.length,
      })),
    [data, region.code, regions],
  );
  const listLabelId = useId();

  return (
    <ChartFigure
      drawn={drawn}
      heading={t.similarHeading}
      description={t.similarAria(region.name)}
      height={48 + rows.length * 34}
      caption={<p>{t.similarNote}</p>}
      after={
        <div className="region-similar">
          <p id={listLabelId} className="visually-hidden">
            {t.similarListLabel}
          </p>
          <ul aria-labelledby={listLabelId} className="region-similar-list">
            {rows.map((row) => (
              <li key={row.code}>
                <button type="button" className="region-button region-similar-button" onClick={() => onSelectRegion(row.code)}>
                  <span className="region-similar-name">{row.name}</span>
                  <span className="region-similar-score">{t.formatScore(row.score)}</span>
                  <span className="region-similar-shared">{t.similarShared(row.shared)}</span>
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
          label={{ value: t.similarAxisX, position: "insideBottom", offset: -14, fill: COLOURS.soft, fontSize: 12 }}
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
