import { useMemo } from "react";
import { joinCount, PERMUTATIONS } from "../../data/joinCount";
import type { Dataset } from "../../data/schema";
import type { Adjacency } from "../../geo/neighbours";
import { COMPARE_STRINGS } from "../../i18n/compare";
import type { Lang } from "../../i18n/strings";
import "./compare.css";

type ClusterNoteProps = { data: Dataset; practiceId: string; adjacency: Adjacency; lang: Lang };

/**
 * "Is this practice clustered?" in plain words, under the legend of a
 * practice map: a BB join-count test over land neighbours (Gotland, with none,
 * takes no part). 9,999 permutations take a few ms, so it runs on render, memoised.
 */
export function ClusterNote({ data, practiceId, adjacency, lang }: ClusterNoteProps) {
  const t = COMPARE_STRINGS[lang];
  const practice = data.practices.find((p) => p.id === practiceId);
  // A county with no land neighbour (Gotland) can form no join: it is left out, not counted as a node.
  const connected = useMemo(() => Object.fromEntries(Object.entries(adjacency).filter(([, list]) => list.length > 0)), [adjacency]);
  const result = useMemo(
    () => (practice && Object.keys(connected).length > 0 ? joinCount(connected, new Set(practice.regions)) : undefined),
    [practice, connected],
  );
  if (!practice || !result) return null;
  if (practice.evidence !== "listed") {
    return (
      <p className="cluster-note" data-testid="cluster-note">
        {t.clusterNotForKind}
      </p>
    );
  }
  if (result.ones < 2 || result.ones >= result.n) {
    return (
      <p className="cluster-note" data-testid="cluster-note">
        {t.clusterNotTestable}
      </p>
    );
  }
  const verdict = result.p < 0.05 ? t.clusterYes : result.p < 0.1 ? t.clusterWeak : t.clusterNo;
  // The verdict shows; the numbers and the caveat open on demand, so the note does not cover the map.
  return (
    <details className="cluster-note" data-testid="cluster-note">
      <summary className="cluster-verdict">
        <strong>{t.clusterHeading}</strong> {verdict}
      </summary>
      <p>{t.clusterNumbers(result.bb, t.formatMean(result.expectedAnalytic), t.formatP(result.p), PERMUTATIONS)}</p>
      <p className="cluster-caveat">{t.clusterCaveat}</p>
    </details>
  );
}
