import { useMemo } from "react";
import type { Dataset } from "../../data/schema";
import { neighbourPairs } from "../../geo/neighbourPairs";
import type { Adjacency } from "../../geo/neighbours";
import { COMPARE_STRINGS } from "../../i18n/compare";
import type { Lang } from "../../i18n/strings";
import "./compare.css";

type NeighbourPairsNoteProps = { data: Dataset; practiceId: string; adjacency: Adjacency; lang: Lang };

/**
 * Under the legend of a map of one of the report's lists: how many neighbouring pairs have both regions named,
 * counted by RUS-kartan and said as a count. No test and no verdict: the report makes no analysis of its
 * compilation (section 1.4.1), and its lists are examples, so a region not named may still have the practice.
 * Only the report's footnote lists get the count; an example or a statement of all regions does not.
 */
export function NeighbourPairsNote({ data, practiceId, adjacency, lang }: NeighbourPairsNoteProps) {
  const t = COMPARE_STRINGS[lang];
  const practice = data.practices.find((p) => p.id === practiceId);
  const pairs = useMemo(() => (practice ? neighbourPairs(adjacency, new Set(practice.regions)) : undefined), [practice, adjacency]);
  if (!practice || practice.evidence !== "listed" || !pairs || pairs.touching === 0) return null;
  return (
    <p className="neighbour-pairs-note" data-testid="neighbour-pairs">
      {t.neighbourPairs(pairs.both, pairs.touching)} <span className="neighbour-pairs-caveat">{t.neighbourPairsCaveat}</span>
    </p>
  );
}
