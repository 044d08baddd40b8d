import type { NeighbourTable } from "../geo/neighbourTable";
import type { ViewState } from "../state/store";
import type { Classification } from "./classify";
import type { MapPictureRequest } from "./mapRenderer";
import { mapOutlines } from "./outlines";
import { MAP_STRINGS } from "../i18n/map";

/**
 * What a picture of `view` draws on its map, from the same functions as the screen: the classification's colours and
 * marks, the selection with its neighbours, the compared regions and the grouping's borders.
 */
export function pictureRequestOf(
  view: Pick<ViewState, "region" | "compare" | "macro" | "lang">,
  classification: Pick<Classification, "colorOf" | "marked">,
  neighbours: NeighbourTable,
  keepNational = false,
): Omit<MapPictureRequest, "size"> {
  return {
    colorOf: classification.colorOf,
    marked: classification.marked,
    selected: view.region,
    outlines: mapOutlines(neighbours, view.region, view.compare),
    macro: view.macro,
    keepNational,
    // Every picture of a deck's page is a slide: its national view has the inset of the south.
    insetCaption: MAP_STRINGS[view.lang].insetCaption,
  };
}
