import type { ReactNode, RefObject } from "react";
import type { InsetCaption, Placement } from "../domain/labelTypes";
import { MapInset, type InsetShapes } from "./MapInset";
import { MapLabels } from "./MapLabels";
import { MapTooltip } from "./MapTooltip";

type MapChromeProps = {
  placement: Placement;
  /** The numbers' key heading, for screen readers of the image's text. */
  keyTitle: string;
  nameOf: (code: string) => string;
  marked: ReadonlySet<string>;
  selected?: string;
  /** The legend; renderers measure it (overlayRef) to keep Sweden clear of it. */
  overlay?: ReactNode;
  overlayRef: RefObject<HTMLDivElement | null>;
  tooltip: { code: string; x: number; y: number } | null;
  describe: (code: string) => string;
  /** A slide's map: how the inset of the south is drawn, where the placement made one (useInsetShapes). */
  inset?: { shapes: InsetShapes; caption: InsetCaption };
};

/** What both renderers draw over the map: county names, the legend overlay and the tooltip. */
export function MapChrome({
  placement,
  keyTitle,
  nameOf,
  marked,
  selected,
  overlay,
  overlayRef,
  tooltip,
  describe,
  inset,
}: MapChromeProps) {
  return (
    <>
      {inset && placement.inset && (
        <MapInset inset={placement.inset} caption={inset.caption(placement.inset.factor, placement.inset.part)} {...inset.shapes} />
      )}
      <MapLabels placement={placement} nameOf={nameOf} marked={marked} selected={selected} keyTitle={keyTitle} />
      {overlay && (
        <div className="map-overlay" ref={overlayRef}>
          {overlay}
        </div>
      )}
      {tooltip && <MapTooltip x={tooltip.x} y={tooltip.y} text={describe(tooltip.code)} />}
    </>
  );
}
