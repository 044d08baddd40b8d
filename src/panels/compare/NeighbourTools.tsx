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
  onCompare: (codes: string[]) => void;
  onSelectRegion: (code: string) => void;
};

/**
 * Under the region panel's land neighbours: its neighbours across the sea
 * (Gotland's, and Gotland for theirs), "Compare with neighbours" and "Add to
 * comparison".
 */
export function NeighbourTools({ data, code, lang, table, compare, onCompare, onSelectRegion }: NeighbourToolsProps) {
  const t = COMPARE_STRINGS[lang];
  const headingId = useId();
  const regions = useMemo(() => regionByCode(data), [data]);
  const sea = (table.sea[code] ?? [])
    .filter((c) => regions.has(c))
    .sort((a, b) => regions.get(a)!.name.localeCompare(regions.get(b)!.name, "sv"));
  const suggestion = useMemo(() => neighbourComparison(data, table, code, MAX_COMPARE), [data, table, code]);
  const inComparison = compare.includes(code);
  const full = compare.length >= MAX_COMPARE;
  // A comparison of one is not a comparison: adding the first region starts one with the selected region alone.
  const addTo = () => onCompare(compare.length === 0 ? [code] : [...compare, code]);

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
        <button type="button" className="region-button" data-testid="add-to-compare" disabled={inComparison || full} onClick={addTo}>
          {inComparison ? t.inComparison : full ? t.comparisonFull : t.addToComparison}
        </button>
      </div>
    </div>
  );
}
