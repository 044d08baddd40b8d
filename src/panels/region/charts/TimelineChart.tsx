import { useMemo } from "react";
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { Dataset, Region } from "../../../data/schema";
import type { RegionStrings } from "../../../i18n/region";
import { timelineMarks, yearRange, type TimelineMark } from "../chartData";
import { ChartFigure, DataTable } from "./ChartFigure";
import { AXIS_TICK, COLOURS, axisLabel } from "./chartTheme";

/** Every strategy's year of adoption (and revisions), with the region's own marked. */
export function TimelineChart({ data, region, t, drawn }: { data: Dataset; region: Region; t: RegionStrings; drawn: boolean }) {
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
      description={`${t.timelineAria(region.name, first, last)} ${summary}`}
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
          label={axisLabel(t.timelineAxisX, "x")}
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
