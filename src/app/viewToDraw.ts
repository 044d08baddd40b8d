import type { ViewToDraw } from "../export/viewImage";
import type { DashboardModel } from "./useDashboardModel";
import { MAP_STRINGS } from "../i18n/map";
import type { Lang } from "../i18n/strings";

/**
 * The view on screen as the picture pipeline draws it: the model's colours, marks, selection and outlines (the
 * reader's colouring while reading, with Sweden kept whole as on screen). Null until the geometry is in.
 */
export function currentViewToDraw(model: DashboardModel, keepNational: boolean, lang: Lang): ViewToDraw | null {
  if (!model.picture) return null;
  const { classification, selected, outlines, macro } = model;
  return {
    picture: model.picture,
    // A picture is a slide's size: its national view has the inset of the south, as a slide has.
    request: {
      colorOf: classification.colorOf,
      marked: classification.marked,
      selected,
      outlines,
      macro,
      keepNational,
      insetCaption: MAP_STRINGS[lang].insetCaption,
    },
  };
}
