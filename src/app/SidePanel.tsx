import { memo } from "react";
import type { Dataset } from "../data/schema";
import type { NeighbourTable } from "../geo/neighbourTable";
import type { Lang } from "../i18n/strings";
import { ComparePanel } from "../panels/compare/ComparePanel";
import { NeighbourTools } from "../panels/compare/NeighbourTools";
import { OverviewPanel } from "../panels/overview/OverviewPanel";
import { RegionPanel } from "../panels/region/RegionPanel";
import { useViewStore } from "../state/store";

export type SidePanelProps = {
  data: Dataset;
  lang: Lang;
  neighbourTable: NeighbourTable;
  /** Colours the map by a practice (and shows the map, if the table was on). */
  onShowPractice: (practiceId: string) => void;
};

/** What the side panel shows for a selection: the store's in the page, one region's in the build's first answers. */
export type SidePanelChoice = { selected?: string; compare: string[]; pick?: string };

/**
 * What the side panel shows: the comparison, the selected region, or the
 * overview. A chunk of its own (default export for React.lazy): the page
 * renders it once the map is ready, so its code need not be parsed before.
 */
function SidePanel(props: SidePanelProps) {
  const selected = useViewStore((s) => s.region);
  const compare = useViewStore((s) => s.compare);
  const pick = useViewStore((s) => s.comparePick);
  return <SidePanelView {...props} selected={selected} compare={compare} pick={pick} />;
}

/**
 * The side panel for a given choice. The build renders it too, for each region, as the answer to a click on the
 * prerendered map (src/app/prerender.tsx): the same panel the page then renders in its place.
 */
export function SidePanelView({ data, lang, neighbourTable, onShowPractice, selected, compare, pick }: SidePanelProps & SidePanelChoice) {
  const { selectRegion, setCompare, addToCompare, cancelComparePick } = useViewStore.getState();
  // The comparison takes the panel while no region outside it is selected.
  const comparing = compare.length >= 2 && (!selected || compare.includes(selected));

  if (comparing) {
    return (
      <ComparePanel
        data={data}
        codes={compare}
        lang={lang}
        neighbours={neighbourTable}
        onChange={setCompare}
        onSelectRegion={selectRegion}
        onShowPractice={onShowPractice}
      />
    );
  }
  if (selected) {
    return (
      <RegionPanel
        key={selected}
        data={data}
        code={selected}
        lang={lang}
        adjacency={neighbourTable.land}
        neighbourExtra={
          <NeighbourTools
            data={data}
            code={selected}
            lang={lang}
            table={neighbourTable}
            compare={compare}
            pick={pick}
            onCompare={setCompare}
            onAdd={addToCompare}
            onCancelPick={cancelComparePick}
            onSelectRegion={selectRegion}
          />
        }
        onSelectRegion={selectRegion}
        onShowPractice={onShowPractice}
      />
    );
  }
  return <OverviewPanel data={data} lang={lang} onShowPractice={onShowPractice} onSelectRegion={selectRegion} />;
}

// Re-rendered only when its props or the selection change, not on every change of the map's colouring.
export default memo(SidePanel);
