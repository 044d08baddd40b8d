import { Suspense, useId, useMemo } from "react";
import { EditionProvider } from "../../ui/edition";
import { ErrorBoundary } from "../../ui/ErrorBoundary";
import { lazyWithRetry } from "../../ui/lazyWithRetry";
import type { Dataset, Region } from "../../data/schema";
import { regionByCode } from "../../data/selectors";
import type { NeighbourTable } from "../../geo/neighbourTable";
import { COMPARE_STRINGS, type CompareStrings } from "../../i18n/compare";
import type { Lang } from "../../i18n/strings";
import { MAX_COMPARE } from "../../state/store";
import { compareRows, neighbourComparison } from "./compareData";
import { PracticeRows } from "./PracticeRows";
import { Similarity } from "./Similarity";
import { StrategyTable } from "./StrategyTable";
import "./compare.css";

// recharts is large: the chart comes in its own chunk, like the region panel's.
const CompareChart = lazyWithRetry(() => import("./CompareChart"));

export type ComparePanelProps = {
  data: Dataset;
  codes: readonly string[];
  lang: Lang;
  neighbours: NeighbourTable;
  onChange: (codes: string[]) => void;
  onSelectRegion: (code: string) => void;
  onShowPractice: (practiceId: string) => void;
};

/** 2–6 regions side by side: strategy, practices question by question, a chart and their similarity. */
export function ComparePanel({ data, codes, lang, neighbours, onChange, onSelectRegion, onShowPractice }: ComparePanelProps) {
  const t = COMPARE_STRINGS[lang];
  const id = useId();
  const regions = useMemo(() => regionByCode(data), [data]);
  const compared = codes.map((c) => regions.get(c)).filter((r): r is Region => r !== undefined);
  const names = compared.map((r) => r.name);
  const rows = useMemo(() => compareRows(data, codes), [data, codes]);
  const allRegionsCount = data.practices.filter((p) => p.allRegions).length;
  // When this is the "compare with neighbours" set, name the neighbours it had no room for.
  const leftOut = useMemo(() => {
    const first = codes[0];
    if (!first) return [];
    const suggestion = neighbourComparison(data, neighbours, first, MAX_COMPARE);
    const same = suggestion.codes.length === codes.length && suggestion.codes.every((c) => codes.includes(c));
    return same ? suggestion.leftOut : [];
  }, [data, neighbours, codes]);

  const remove = (code: string) => {
    const next = codes.filter((c) => c !== code);
    onChange(next.length >= 2 ? next : []);
  };

  return (
    <EditionProvider value={data.edition}>
      <section className="compare-panel" aria-labelledby={`${id}-title`} data-testid="compare-panel">
        <header className="compare-header">
          <h2 id={`${id}-title`} className="compare-title">
            {t.titleNames(names)}
          </h2>
          <button type="button" className="region-button compare-close" onClick={() => onChange([])}>
            {t.close}
          </button>
        </header>
        <p className="compare-intro">{t.intro}</p>
        {leftOut.length > 0 && (
          <p className="compare-note" data-testid="compare-left-out">
            {t.leftOut(
              leftOut.map((c) => regions.get(c)?.name ?? c),
              MAX_COMPARE,
            )}
          </p>
        )}
        <AddRegion data={data} codes={codes} t={t} onAdd={(code) => onChange([...codes, code])} />

        <section className="compare-section" aria-labelledby={`${id}-strategy`}>
          <h3 id={`${id}-strategy`}>{t.strategyHeading}</h3>
          <StrategyTable data={data} regions={compared} lang={lang} t={t} onSelectRegion={onSelectRegion} onRemove={remove} />
        </section>

        <section className="compare-section" aria-labelledby={`${id}-practices`}>
          <h3 id={`${id}-practices`}>{t.practicesHeading}</h3>
          <p className="compare-intro">{t.practicesIntro}</p>
          <p className="compare-intro">{t.allRegionsLeftOut(allRegionsCount)}</p>
          <PracticeRows data={data} regions={compared} rows={rows} lang={lang} t={t} onShowPractice={onShowPractice} />
        </section>

        <section className="compare-section" aria-labelledby={`${id}-chart`}>
          <h3 id={`${id}-chart`}>{t.chartHeading}</h3>
          {/* A chart that fails (its chunk, offline) leaves the comparison's table standing. */}
          <ErrorBoundary lang={lang} name="comparison chart" resetKeys={[data, codes.join(",")]}>
            <Suspense fallback={<p className="compare-intro">{t.chartLoading}</p>}>
              <CompareChart data={data} regions={compared} lang={lang} />
            </Suspense>
          </ErrorBoundary>
        </section>

        <section className="compare-section" aria-labelledby={`${id}-similarity`}>
          <h3 id={`${id}-similarity`}>{t.similarityHeading}</h3>
          <p className="compare-intro">{t.similarityIntro}</p>
          <Similarity data={data} regions={compared} neighbours={neighbours} lang={lang} t={t} onSelectRegion={onSelectRegion} />
        </section>
      </section>
    </EditionProvider>
  );
}

function AddRegion({
  data,
  codes,
  t,
  onAdd,
}: {
  data: Dataset;
  codes: readonly string[];
  t: CompareStrings;
  onAdd: (code: string) => void;
}) {
  const selectId = useId();
  if (codes.length >= MAX_COMPARE) return null;
  const candidates = data.regions.filter((r) => !codes.includes(r.code)).sort((a, b) => a.name.localeCompare(b.name, "sv"));
  return (
    <div className="compare-add">
      <label htmlFor={selectId}>{t.addRegion}</label>
      <select
        id={selectId}
        value=""
        data-testid="compare-add"
        onChange={(e) => {
          if (e.target.value) onAdd(e.target.value);
        }}
      >
        <option value="">{t.addRegionPlaceholder}</option>
        {candidates.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
    </div>
  );
}
