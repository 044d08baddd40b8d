import { useMemo, type ReactElement } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Dataset, StatusId } from "../../data/schema";
import { OVERVIEW_STRINGS } from "../../i18n/overview";
import type { Lang } from "../../i18n/strings";
import { statusColors } from "../../domain/palettes";
import { adoptionByYear, type AdoptionRow } from "../../domain/overviewData";

type OverviewChartsProps = { data: Dataset; lang: Lang };

const INK = "#1a1a1a";
const INK_SOFT = "#4a4a4a";
const LINE = "#d6d6d0";

/**
 * Adoption years as bars stacked by status (the map's status colours), one
 * bar per year with every year on the axis, also empty ones. The SVG is a
 * picture for sighted readers; the same numbers are in a text summary and a
 * visually hidden table for screen readers. Loaded lazily: recharts is not
 * part of the initial bundle.
 */
export default function OverviewCharts({ data, lang }: OverviewChartsProps) {
  const t = OVERVIEW_STRINGS[lang];
  const rows = useMemo(() => adoptionByYear(data), [data]);
  const statusIds = data.statuses.map((s) => s.id);
  const colorOf = statusColors(data.statuses);
  const peak = rows.reduce<AdoptionRow | undefined>((best, row) => (!best || row.total > best.total ? row : best), undefined);
  const emptyYears = rows.filter((r) => r.total === 0).map((r) => r.year);
  // Whole, evenly spaced ticks up to just above the tallest bar (0, 2, 4, 6, 8 for 7), so no two crowd.
  const tallest = peak?.total ?? 0;
  const step = tallest <= 10 ? 2 : 5;
  const yMax = step * Math.max(1, Math.ceil(tallest / step));
  const yTicks = Array.from({ length: yMax / step + 1 }, (_, i) => i * step);

  /** The topmost non-empty segment of a year's stack carries the year's total. */
  const topStatus = (row: AdoptionRow): StatusId | undefined => [...statusIds].reverse().find((id) => (row[id] ?? 0) > 0);

  const totalLabel = (status: StatusId) =>
    function TotalLabel(props: { x?: number | string; y?: number | string; width?: number | string; index?: number }): ReactElement | null {
      const row = props.index === undefined ? undefined : rows[props.index];
      if (!row || topStatus(row) !== status) return null;
      const x = Number(props.x ?? 0) + Number(props.width ?? 0) / 2;
      const y = Number(props.y ?? 0) - 6;
      return (
        <text x={x} y={y} textAnchor="middle" fill={INK} fontSize={14} fontWeight={600}>
          {row.total}
        </text>
      );
    };

  return (
    <figure className="overview-chart">
      {peak && <p className="overview-chart-summary">{t.adoptionSummary(peak.year, peak.total, emptyYears)}</p>}
      <ul className="chart-legend" aria-label={t.adoptionLegend}>
        {data.statuses.map((s) => (
          <li key={s.id}>
            <span className="swatch" style={{ background: colorOf[s.id] }} aria-hidden="true" />
            {s[lang]}
          </li>
        ))}
      </ul>
      <div className="chart-frame" aria-hidden="true">
        <p className="chart-axis-title">{t.adoptionAxisCount}</p>
        <ResponsiveContainer width="100%" height={230} initialDimension={{ width: 420, height: 230 }}>
          <BarChart data={rows} margin={{ top: 22, right: 4, bottom: 4, left: -18 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke={LINE} />
            {/* Every tick shown and the axis width fixed: recharts then measures no tick label (~20 ms on first render). */}
            <XAxis dataKey="year" interval={0} tickLine={false} axisLine={{ stroke: INK_SOFT }} tick={{ fill: INK, fontSize: 13 }} />
            <YAxis
              allowDecimals={false}
              interval={0}
              width={48}
              domain={[0, yMax]}
              ticks={yTicks}
              tickLine={false}
              axisLine={false}
              tick={{ fill: INK_SOFT, fontSize: 13 }}
            />
            <Tooltip
              cursor={{ fill: "rgba(0, 0, 0, 0.05)" }}
              isAnimationActive={false}
              labelFormatter={(year) => `${t.adoptionAxisYear} ${String(year)}`}
            />
            {data.statuses.map((s) => (
              <Bar
                key={s.id}
                dataKey={s.id}
                name={s[lang]}
                stackId="adoption"
                fill={colorOf[s.id]}
                stroke="#ffffff"
                strokeWidth={1}
                isAnimationActive={false}
              >
                <LabelList dataKey={s.id} content={totalLabel(s.id)} />
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
        <p className="chart-axis-title chart-axis-title-x">{t.adoptionAxisYear}</p>
      </div>
      <table className="sr-only">
        <caption>{t.adoptionTableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.adoptionYearColumn}</th>
            {data.statuses.map((s) => (
              <th key={s.id} scope="col">
                {s[lang]}
              </th>
            ))}
            <th scope="col">{t.adoptionTotalColumn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              {statusIds.map((id) => (
                <td key={id}>{row[id]}</td>
              ))}
              <td>{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
