import { useId, type ReactNode } from "react";
import type { Region } from "../../data/schema";
import type { RegionStrings } from "../../i18n/region";

type NeighbourListProps = {
  region: Region;
  /** Land-neighbour codes, already sorted for display. */
  neighbours: readonly string[];
  regions: Map<string, Region>;
  t: RegionStrings;
  onSelectRegion: (code: string) => void;
  /** Sea neighbours and compare actions, inside the same section. */
  children?: ReactNode;
};

/** The regions sharing a land border, as buttons that open them. Gotland has none. */
export function NeighbourList({ region, neighbours, regions, t, onSelectRegion, children }: NeighbourListProps) {
  const headingId = useId();
  return (
    <section className="region-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.neighboursHeading}</h3>
      {neighbours.length === 0 ? (
        <p className="region-empty">{t.noNeighbours(region.name)}</p>
      ) : (
        <>
          <p className="region-intro">{t.neighboursIntro}</p>
          <ul className="region-neighbours">
            {neighbours.map((code) => (
              <li key={code}>
                <button type="button" className="region-button" onClick={() => onSelectRegion(code)}>
                  {regions.get(code)?.name ?? code}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {children}
    </section>
  );
}
