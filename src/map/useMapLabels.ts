import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import type { Placement } from "../domain/labelTypes";
import { framedRegions } from "../domain/camera";
import { cropBoxes, type MapRendererProps, type PlacementOptions } from "../domain/mapRenderer";
import { labelFontPx, layoutLabels } from "./measureLabel";
import { NO_LABELS } from "./noLabels";
import { reservedBoxes } from "./reservedBoxes";

type LabelRefs = {
  mapRef: RefObject<MapLibreMap | null>;
  containerRef: RefObject<HTMLDivElement | null>;
  overlayRef: RefObject<HTMLDivElement | null>;
  /** The renderer's latest props: marks and names are read when the labels are placed. */
  latest: RefObject<MapRendererProps>;
};

/**
 * The county labels of the MapLibre map: placed (src/domain/labelPlacement.ts)
 * at the current camera with the page's label size, again at every move, and
 * on demand at another size for an export (placeAt).
 */
export function useMapLabels(
  { mapRef, containerRef, overlayRef, latest }: LabelRefs,
  props: Pick<MapRendererProps, "labelPoints" | "counties">,
) {
  const { labelPoints, counties } = props;
  const [placement, setPlacement] = useState<Placement>(NO_LABELS);
  const placementRef = useRef<Placement>(NO_LABELS);
  useEffect(() => {
    placementRef.current = placement;
  });

  /** The labels at the current camera, at the page's label size or at another (an export's). */
  const placeAt = useCallback(
    (options?: PlacementOptions): Placement => {
      const map = mapRef.current;
      const container = containerRef.current;
      if (!map || !container) return NO_LABELS;
      const { marked, nameOf, insetCaption, selected, outlines, keepNational } = latest.current;
      const size = { width: container.clientWidth, height: container.clientHeight };
      return layoutLabels({
        points: labelPoints,
        counties,
        project: (lngLat) => map.project(lngLat),
        size,
        nameOf,
        isMarked: (code) => marked.includes(code),
        fontPx: options?.fontPx ?? labelFontPx(container.parentElement),
        reserved: [...reservedBoxes(container, overlayRef.current), ...cropBoxes(options?.crop, size)],
        // A slide's national view has the inset of the south (the camera frames no region).
        inset:
          insetCaption !== undefined && !map.isMoving() && framedRegions(selected, outlines?.compared ?? [], keepNational).length === 0,
        // A slide at rest tries harder before numbering a region; a flight does not.
        thorough: insetCaption !== undefined && !map.isMoving(),
      });
    },
    [mapRef, containerRef, overlayRef, latest, labelPoints, counties],
  );

  const relayout = useCallback(() => {
    const map = mapRef.current;
    // The view the labels were placed for, as [west, south, east, north]: tests check each label's anchor against it.
    if (map && containerRef.current) containerRef.current.dataset.viewBounds = map.getBounds().toArray().flat().join(",");
    setPlacement(placeAt());
  }, [mapRef, containerRef, placeAt]);

  /** The placement as it stands, or placed again for an export (MapHandle.getPlacement). */
  const getPlacement = useCallback(
    (options?: PlacementOptions) => (options === undefined ? placementRef.current : placeAt(options)),
    [placeAt],
  );

  return { placement, relayout, getPlacement };
}
