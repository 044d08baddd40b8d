import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { NATIONAL_PADDING, framedRegions } from "../domain/camera";
import { cropBoxes, type MapPicture, type PlacementOptions } from "../domain/mapRenderer";
import type { ContextCollection, CountyCollection } from "../geo/counties";
import type { LabelPoint } from "../geo/labelPoints";
import { macroBoundariesOf } from "../geo/macroBoundaries";
import { LABEL_FONT_PX, layoutLabels, layoutLabelsInSlices, type LabelLayoutInput } from "./measureLabel";
import { InsetDrawing } from "./MapInset";
import { serializeSvg, svgTextToCanvas } from "./svgExport";
import { frameViewBox, layoutInView, svgPaths } from "./svgMapHooks";
import { SvgShapes } from "./SvgShapes";

type PictureGeometry = {
  counties: CountyCollection;
  context: ContextCollection;
  labelPoints: readonly LabelPoint[];
  nameOf: (code: string) => string;
};

/** A picture has its legend beside the map, not over it: the same padding all round. */
const PICTURE_PADDING = { top: NATIONAL_PADDING, right: NATIONAL_PADDING, bottom: NATIONAL_PADDING, left: NATIONAL_PADDING };

/**
 * Pictures of views from the SVG renderer's own drawing (SvgShapes), the camera rule both renderers follow and the
 * one label placement: the map on screen is never touched, so a deck prints, exports or shows thumbnails while the
 * user's view stays as it is.
 */
export function makeMapPicture({ counties, context, labelPoints, nameOf }: PictureGeometry): MapPicture {
  const paths = svgPaths(counties, context);
  return (request) => {
    const { size } = request;
    const framed = framedRegions(request.selected, request.outlines.compared, request.keepNational);
    const view = frameViewBox(paths, size, PICTURE_PADDING, framed);
    const marked = new Set(request.marked);
    const shapes = {
      colorOf: request.colorOf,
      outlines: request.outlines,
      selected: request.selected,
      macroBoundaries: request.macro ? macroBoundariesOf(counties) : undefined,
      macro: request.macro,
    };
    return {
      size,
      captureImage: async ({ pixelRatio = 1, fontPx } = {}) => {
        // The names at the size they will be drawn at, placed across tasks (a slide's placement is the harder one; it
        // is remembered, so getPlacement then has it at once). A slide's national view has the inset of the south,
        // where those names leave room for it. A picture without names (a thumbnail) places none.
        const placed = fontPx === undefined ? undefined : await layoutLabelsInSlices(layoutAt(fontPx));
        const inset = request.insetCaption && framed.length === 0 ? placed?.inset : undefined;
        // After the caller's task: React will not render synchronously from inside its own effects (a grid's tile).
        await Promise.resolve();
        const holder = document.createElement("div");
        const root = createRoot(holder);
        // Rendered at once into a detached element, serialised, and let go: nothing of it reaches the page.
        flushSync(() =>
          root.render(
            <svg xmlns="http://www.w3.org/2000/svg" width={size.width} height={size.height}>
              <svg width={size.width} height={size.height} viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}>
                <SvgShapes paths={paths} view={view} {...shapes} />
              </svg>
              {inset && request.insetCaption && (
                <InsetDrawing inset={inset} caption={request.insetCaption(inset.factor, inset.part)} paths={paths} {...shapes} />
              )}
            </svg>,
          ),
        );
        const svg = holder.querySelector("svg");
        const text = svg ? serializeSvg(svg) : null;
        root.unmount();
        if (!text) throw new Error("The map picture was not drawn");
        return svgTextToCanvas(text, size, pixelRatio);
      },
      getPlacement: ({ fontPx, crop } = { fontPx: LABEL_FONT_PX }) => layoutLabels(layoutAt(fontPx, crop)),
      refit: () => {},
    };
    /** What the names of this picture are placed from, at a font size and clear of the strips an output crops. */
    function layoutAt(fontPx: number, crop?: PlacementOptions["crop"]): LabelLayoutInput {
      return layoutInView(view, size, {
        points: labelPoints,
        counties,
        nameOf,
        isMarked: (code) => marked.has(code),
        fontPx,
        reserved: cropBoxes(crop, size),
        inset: request.insetCaption !== undefined && framed.length === 0,
        thorough: request.insetCaption !== undefined,
        // Placed across tasks (captureImage), and recalled at once by getPlacement from the same input.
        unhurried: true,
      });
    }
  };
}
