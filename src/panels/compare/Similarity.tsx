import { useMemo } from "react";
import type { Dataset, Region } from "../../data/schema";
import { regionByCode } from "../../data/selectors";
import { MIN_LISTS, mostSimilar, type Similarity as Score } from "../../data/similarity";
import type { NeighbourTable } from "../../geo/neighbourTable";
import type { CompareStrings } from "../../i18n/compare";
import type { Lang } from "../../i18n/strings";
import { allNeighbours, pairSimilarities } from "./compareData";

type SimilarityProps = {
  data: Dataset;
  regions: readonly Region[];
  neighbours: NeighbourTable;
  lang: Lang;
  t: CompareStrings;
  onSelectRegion: (code: string) => void;
};

/**
 * Jaccard similarity of every compared pair over the report's lists, and the most similar region overall
 * and among neighbours: RUS-kartan's own computation, labelled so. Regions tied for most similar are all named,
 * each score with the number of lists it rests on; a region named in fewer than MIN_LISTS lists is not ranked.
 */
export function Similarity({ data, regions, neighbours, lang, t, onSelectRegion }: SimilarityProps) {
  const codes = regions.map((r) => r.code);
  // At most six pairs over a few dozen practices: cheap enough to derive on render.
  const pairs = pairSimilarities(data, codes);
  const byCode = useMemo(() => regionByCode(data), [data]);
  const label = useMemo(() => new Map(data.practices.map((p) => [p.id, p[lang]])), [data, lang]);
  const nameOf = (code: string) => byCode.get(code)?.name ?? code;
  const first = regions[0];
  const bestOverall = first ? mostSimilar(data, first.code, 1).shown : [];
  const firstNeighbours = first ? allNeighbours(neighbours, first.code) : [];
  const bestNeighbour = first && firstNeighbours.length > 0 ? mostSimilar(data, first.code, 1, firstNeighbours).shown : [];
  const best = (scores: readonly Score[]) =>
    scores.length === 0
      ? t.noneRanked(MIN_LISTS)
      : scores.map((s, i) => (
          <span key={s.code}>
            {i > 0 && ", "}
            <button type="button" className="link-button" onClick={() => onSelectRegion(s.code)}>
              {nameOf(s.code)}
            </button>{" "}
            ({t.scoreOf(t.formatScore(s.score), s.lists)})
          </span>
        ));
  const practiceList = (ids: readonly string[]) => (ids.length === 0 ? t.none : ids.map((i) => label.get(i) ?? i).join("; "));

  return (
    <>
      {first && (
        <dl className="compare-best" data-testid="compare-most-similar">
          <div>
            <dt>{t.mostSimilarRegion(first.name)}</dt>
            <dd>{best(bestOverall)}</dd>
          </div>
          <div>
            <dt>{t.mostSimilarNeighbour(first.name)}</dt>
            <dd>{firstNeighbours.length > 0 ? best(bestNeighbour) : t.noNeighbour}</dd>
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
