import type { ReactNode, RefObject } from "react";
import type { PlacedLabel } from "../domain/labelPlacement";
import { MapLabels } from "./MapLabels";

type MapChromeProps = {
  labels: PlacedLabel[];
  nameOf: (code: string) => string;
  marked: ReadonlySet<string>;
  selected?: string;
  /** The legend; renderers measure it (overlayRef) to keep Sweden clear of it. */
  overlay?: ReactNode;
  overlayRef: RefObject<HTMLDivElement | null>;
  tooltip: { code: string; x: number; y: number } | null;
  describe: (code: string) => string;
};

/** What both renderers draw over the map: county names, the legend overlay and the tooltip. */
export function MapChrome({ labels, nameOf, marked, selected, overlay, overlayRef, tooltip, describe }: MapChromeProps) {
  return (
    <>
      <MapLabels labels={labels} nameOf={nameOf} marked={marked} selected={selected} />
      {overlay && (
        <div className="map-overlay" ref={overlayRef}>
          {overlay}
        </div>
      )}
      {tooltip && (
        <div className="map-tooltip" role="status" style={{ left: tooltip.x, top: tooltip.y }} data-testid="map-tooltip">
          {describe(tooltip.code)}
        </div>
      )}
    </>
  );
}
