import { useId, useMemo } from "react";
import type { Dataset } from "../../data/schema";
import { regionByCode } from "../../data/selectors";
import { SEA_NEIGHBOUR_KM, type NeighbourTable } from "../../geo/neighbourTable";
import { COMPARE_STRINGS } from "../../i18n/compare";
import type { Lang } from "../../i18n/strings";
import { MAX_COMPARE } from "../../state/store";
import { neighbourComparison } from "./compareData";
import "./compare.css";

type NeighbourToolsProps = {
  data: Dataset;
  code: string;
  lang: Lang;
  table: NeighbourTable;
  /** The current comparison (may be empty). */
  compare: readonly string[];
  /** A first region waiting for a second ("Lägg till i jämförelse" with no comparison under way). */
  pick: string | undefined;
  onCompare: (codes: string[]) => void;
  /** Into the comparison under way, or the first pick of one (the store's addToCompare). */
  onAdd: (code: string) => void;
  onCancelPick: () => void;
  onSelectRegion: (code: string) => void;
};

/**
 * Under the region panel's land neighbours: its neighbours across the sea
 * (Gotland's, and Gotland for theirs), "Compare with neighbours" and "Add to
 * comparison".
 */
export function NeighbourTools(props: NeighbourToolsProps) {
  const { data, code, lang, table, compare, pick, onCompare, onAdd, onCancelPick, onSelectRegion } = props;
  const t = COMPARE_STRINGS[lang];
  const headingId = useId();
  const regions = useMemo(() => regionByCode(data), [data]);
  const sea = (table.sea[code] ?? [])
    .filter((c) => regions.has(c))
    .sort((a, b) => regions.get(a)!.name.localeCompare(regions.get(b)!.name, "sv"));
  const suggestion = useMemo(() => neighbourComparison(data, table, code, MAX_COMPARE), [data, table, code]);
  const inComparison = compare.includes(code);
  const full = compare.length >= MAX_COMPARE;
  const name = regions.get(code)?.name ?? code;

  return (
    <div className="neighbour-tools" data-testid="neighbour-tools">
      {sea.length > 0 && (
        <section aria-labelledby={headingId}>
          <h4 id={headingId} className="neighbour-sea-heading">
            {t.seaHeading(SEA_NEIGHBOUR_KM)}
          </h4>
          <p className="region-intro">{t.seaIntro(SEA_NEIGHBOUR_KM)}</p>
          <ul className="region-neighbours region-neighbours-sea" data-testid="sea-neighbours">
            {sea.map((c) => (
              <li key={c}>
                <button type="button" className="region-button" onClick={() => onSelectRegion(c)}>
                  {regions.get(c)?.name ?? c}
                  <span className="visually-hidden"> ({t.seaMark})</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="neighbour-actions">
        {suggestion.codes.length >= 2 && (
          <button type="button" className="region-button" data-testid="compare-neighbours" onClick={() => onCompare(suggestion.codes)}>
            {t.compareWithNeighbours}
          </button>
        )}
        {pick !== code && (
          <button
            type="button"
            className="region-button"
            data-testid="add-to-compare"
            disabled={inComparison || full}
            onClick={() => onAdd(code)}
          >
            {inComparison ? t.inComparison : full ? t.comparisonFull(MAX_COMPARE) : t.addToComparison}
          </button>
        )}
      </div>
      {/* A comparison of one is none: the region waits, and says so, until a second is chosen (the page's banner too). */}
      {pick === code && (
        <div className="compare-pick compare-pick-panel" data-testid="compare-pick-panel">
          <p>
            <strong>{t.pickWaiting(name)}</strong> {t.pickHint}
          </p>
          <button type="button" className="region-button" aria-label={t.pickCancelLong(name)} onClick={onCancelPick}>
            {t.pickCancel}
          </button>
        </div>
      )}
    </div>
  );
}
