import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Dataset, Region } from "../../data/schema";
import { namedCountsByQuestion } from "../../data/selectors";
import { EVIDENCE_STRINGS } from "../../i18n/evidence";
import { COMPARE_STRINGS } from "../../i18n/compare";
import type { Lang } from "../../i18n/strings";

/**
 * Okabe–Ito colours, told apart in every common colour-vision deficiency; the
 * legend and the table above carry the same information in words.
 */
export const COMPARE_COLOURS = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9"] as const;

type CompareChartProps = { data: Dataset; regions: readonly Region[]; lang: Lang };

/**
 * The report's lists and examples naming each compared region, per question (one bar per region):
 * RUS-kartan's count, labelled so. Default export for React.lazy.
 */
export default function CompareChart({ data, regions, lang }: CompareChartProps) {
  const t = COMPARE_STRINGS[lang];
  const counts = regions.map((r) => namedCountsByQuestion(data, r.code));
  const rows = data.questions.map((q, qi) => ({
    question: t.questionShort(q.id),
    label: `${q.section} ${q[lang]}`,
    ...Object.fromEntries(regions.map((r, ri) => [r.code, counts[ri]![qi] ?? 0])),
  }));
  return (
    <figure className="compare-chart" data-testid="compare-chart">
      <div role="img" aria-label={t.chartAria(regions.map((r) => r.name))}>
        <ResponsiveContainer width="100%" height={260} initialDimension={{ width: 440, height: 260 }}>
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
            <CartesianGrid vertical={false} stroke="#e6e6e1" />
            <XAxis dataKey="question" tick={{ fill: "#4a4a4a", fontSize: 12 }} />
            <YAxis allowDecimals={false} width={28} tick={{ fill: "#4a4a4a", fontSize: 12 }} />
            <Tooltip labelFormatter={(_, payload) => String(payload?.[0]?.payload?.label ?? "")} />
            <Legend wrapperStyle={{ fontSize: 13 }} />
            {regions.map((r, i) => (
              <Bar
                key={r.code}
                dataKey={r.code}
                name={r.name}
                fill={COMPARE_COLOURS[i % COMPARE_COLOURS.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="computed-note">
        {EVIDENCE_STRINGS[lang].computed} {EVIDENCE_STRINGS[lang].listsAreExamples}
      </figcaption>
    </figure>
  );
}
