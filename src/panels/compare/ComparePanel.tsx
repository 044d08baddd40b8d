import { Suspense, useId, useMemo } from "react";
import { lazyWithRetry } from "../../ui/lazyWithRetry";
import type { Dataset, Region } from "../../data/schema";
import { regionByCode } from "../../data/selectors";
import { mostSimilar } from "../../data/similarity";
import type { NeighbourTable } from "../../geo/neighbourTable";
import { COMPARE_STRINGS, type CompareStrings } from "../../i18n/compare";
import type { Lang } from "../../i18n/strings";
import { MAX_COMPARE } from "../../state/store";
import { allNeighbours, compareRows, neighbourComparison, pairSimilarities } from "./compareData";
import { PracticeRows } from "./PracticeRows";
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

/** 2–4 regions side by side: strategy, practices question by question, a chart and their similarity. */
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
          {t.leftOut(leftOut.map((c) => regions.get(c)?.name ?? c))}
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
        <Suspense fallback={<p className="compare-intro">{t.chartLoading}</p>}>
          <CompareChart data={data} regions={compared} lang={lang} />
        </Suspense>
      </section>

      <section className="compare-section" aria-labelledby={`${id}-similarity`}>
        <h3 id={`${id}-similarity`}>{t.similarityHeading}</h3>
        <p className="compare-intro">{t.similarityIntro}</p>
        <Similarity data={data} regions={compared} neighbours={neighbours} lang={lang} t={t} onSelectRegion={onSelectRegion} />
      </section>
    </section>
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

type StrategyTableProps = {
  data: Dataset;
  regions: readonly Region[];
  lang: Lang;
  t: CompareStrings;
  onSelectRegion: (code: string) => void;
  onRemove: (code: string) => void;
};

function StrategyTable({ data, regions, lang, t, onSelectRegion, onRemove }: StrategyTableProps) {
  const statusOf = (r: Region) => data.statuses.find((s) => s.id === r.strategy.status)?.[lang] ?? r.strategy.status;
  const statuses = new Set(regions.map((r) => r.strategy.status));
  const years = new Set(regions.map((r) => r.strategy.adopted));
  const horizons = new Set(regions.map((r) => r.strategy.horizon));
  return (
    <div className="compare-scroll">
      <table className="compare-table compare-strategy" data-testid="compare-strategy">
        <thead>
          <tr>
            <td />
            {regions.map((r) => (
              <th key={r.code} scope="col" data-code={r.code}>
                <button
                  type="button"
                  className="link-button compare-region-name"
                  onClick={() => onSelectRegion(r.code)}
                  title={t.select(r.name)}
                >
                  {r.name}
                </button>
                <button
                  type="button"
                  className="compare-remove"
                  aria-label={t.remove(r.name)}
                  title={t.remove(r.name)}
                  onClick={() => onRemove(r.code)}
                >
                  ×
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {/* A row whose values differ is marked, like the practice rows. */}
          <tr className={statuses.size > 1 ? "compare-differs" : undefined}>
            <th scope="row">{t.status}</th>
            {regions.map((r) => (
              <td key={r.code}>{statusOf(r)}</td>
            ))}
          </tr>
          <tr className={years.size > 1 ? "compare-differs" : undefined}>
            <th scope="row">{t.adopted}</th>
            {regions.map((r) => (
              <td key={r.code} className="compare-number">
                {r.strategy.adopted}
                {r.strategy.revised !== undefined && <span className="compare-soft"> ({t.revised(r.strategy.revised)})</span>}
              </td>
            ))}
          </tr>
          <tr className={horizons.size > 1 ? "compare-differs" : undefined}>
            <th scope="row">{t.horizon}</th>
            {regions.map((r) => (
              <td key={r.code} className="compare-number">
                {r.strategy.horizon ?? <span className="compare-soft">{t.horizonNone}</span>}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

type SimilarityProps = {
  data: Dataset;
  regions: readonly Region[];
  neighbours: NeighbourTable;
  lang: Lang;
  t: CompareStrings;
  onSelectRegion: (code: string) => void;
};

function Similarity({ data, regions, neighbours, lang, t, onSelectRegion }: SimilarityProps) {
  const codes = regions.map((r) => r.code);
  // At most six pairs over a few dozen practices: cheap enough to derive on render.
  const pairs = pairSimilarities(data, codes);
  const byCode = useMemo(() => regionByCode(data), [data]);
  const label = useMemo(() => new Map(data.practices.map((p) => [p.id, p[lang]])), [data, lang]);
  const nameOf = (code: string) => byCode.get(code)?.name ?? code;
  const first = regions[0];
  const bestOverall = first ? mostSimilar(data, first.code, 1)[0] : undefined;
  const firstNeighbours = first ? allNeighbours(neighbours, first.code) : [];
  const bestNeighbour = first && firstNeighbours.length > 0 ? mostSimilar(data, first.code, 1, firstNeighbours)[0] : undefined;
  const practiceList = (ids: readonly string[]) => (ids.length === 0 ? t.none : ids.map((i) => label.get(i) ?? i).join("; "));

  return (
    <>
      {first && (
        <dl className="compare-best" data-testid="compare-most-similar">
          <div>
            <dt>{t.mostSimilarRegion(first.name)}</dt>
            <dd>
              {bestOverall ? (
                <>
                  <button type="button" className="link-button" onClick={() => onSelectRegion(bestOverall.code)}>
                    {nameOf(bestOverall.code)}
                  </button>{" "}
                  ({t.scoreOf(t.formatScore(bestOverall.score))})
                </>
              ) : (
                t.none
              )}
            </dd>
          </div>
          <div>
            <dt>{t.mostSimilarNeighbour(first.name)}</dt>
            <dd>
              {bestNeighbour ? (
                <>
                  <button type="button" className="link-button" onClick={() => onSelectRegion(bestNeighbour.code)}>
                    {nameOf(bestNeighbour.code)}
                  </button>{" "}
                  ({t.scoreOf(t.formatScore(bestNeighbour.score))})
                </>
              ) : (
                t.noNeighbour
              )}
            </dd>
          </div>
        </dl>
      )}
      <ul className="compare-pairs" data-testid="compare-pairs">
        {pairs.map((p) => (
          <li key={`${p.a}|${p.b}`}>
            <details>
              <summary>
                <span className="compare-pair-name">{t.pair(nameOf(p.a), nameOf(p.b))}</span>{" "}
                <span className="compare-pair-score">{t.formatScore(p.score)}</span>{" "}
                <span className="compare-soft">
                  ({t.pairSummary(p.shared.length, p.shared.length + p.onlyHere.length + p.onlyThere.length)})
                </span>
              </summary>
              <dl className="compare-pair-lists">
                <dt>{t.sharedList}</dt>
                <dd>{practiceList(p.shared)}</dd>
                <dt>{t.onlyIn(nameOf(p.a))}</dt>
                <dd>{practiceList(p.onlyHere)}</dd>
                <dt>{t.onlyIn(nameOf(p.b))}</dt>
                <dd>{practiceList(p.onlyThere)}</dd>
              </dl>
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
