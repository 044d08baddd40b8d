import type { Dataset, Region } from "../../data/schema";
import type { CompareStrings } from "../../i18n/compare";
import { REGION_STRINGS, horizonText } from "../../i18n/region";
import type { Lang } from "../../i18n/strings";

type StrategyTableProps = {
  data: Dataset;
  regions: readonly Region[];
  lang: Lang;
  t: CompareStrings;
  onSelectRegion: (code: string) => void;
  onRemove: (code: string) => void;
};

/** The compared strategies side by side: status, adoption year, horizon, each region removable. */
export function StrategyTable({ data, regions, lang, t, onSelectRegion, onRemove }: StrategyTableProps) {
  const statusOf = (r: Region) => data.statuses.find((s) => s.id === r.strategy.status)?.[lang] ?? r.strategy.status;
  const statuses = new Set(regions.map((r) => r.strategy.status));
  const years = new Set(regions.map((r) => r.strategy.adopted));
  const horizonOf = (r: Region) => horizonText(r.strategy, REGION_STRINGS[lang]);
  const horizons = new Set(regions.map(horizonOf));
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
                {r.strategy.horizon === undefined ? <span className="compare-soft">{horizonOf(r)}</span> : horizonOf(r)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
