import type { ViewToDraw } from "../export/viewImage";
import type { DashboardModel } from "./useDashboardModel";

/**
 * The view on screen as the picture pipeline draws it: the model's colours, marks, selection and outlines (the
 * reader's colouring while reading, with Sweden kept whole as on screen). Null until the geometry is in.
 */
export function currentViewToDraw(model: DashboardModel, keepNational: boolean): ViewToDraw | null {
  if (!model.picture) return null;
  const { classification, selected, outlines, macro } = model;
  return {
    picture: model.picture,
    request: { colorOf: classification.colorOf, marked: classification.marked, selected, outlines, macro, keepNational },
  };
}
