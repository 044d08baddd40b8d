import { useMemo } from "react";
import type { Inset, InsetCaption } from "../domain/labelTypes";
import type { MapRendererProps } from "../domain/mapRenderer";
import { NO_OUTLINES, type Outlines } from "../domain/outlines";
import type { MacroBoundaries } from "../geo/macroBoundaries";
import type { MacroGroupingId } from "../geo/macroRegions";
import { viewBounds } from "../geo/projection";
import { svgPaths, type SvgPaths } from "./svgMapHooks";
import { SvgShapes } from "./SvgShapes";
import { LABEL_FONT_FAMILY, textWidth } from "./measureLabel";

/** What the inset draws as the map does: the same colours, outlines and grouping. */
export type InsetShapes = {
  paths: SvgPaths;
  colorOf: Record<string, string>;
  outlines: Outlines;
  selected?: string;
  macroBoundaries?: MacroBoundaries;
  macro?: MacroGroupingId;
};

type InsetDrawingProps = InsetShapes & { inset: Inset; caption: string };

/** The frame's and the inset's line, as dark as the county borders' ink. */
const INK = "#1a1a1a";

/**
 * The inset of the south, as SVG in the map's px: the frame on the map around the area it enlarges, and the inset
 * itself, boxed and captioned with its scale, drawn by the SVG map's own shapes. Its names are the labels', placed in
 * it. One drawing for the screen (MapInset, over either renderer) and every picture (mapPicture.tsx).
 */
export function InsetDrawing({ inset, caption: text, paths, ...shapes }: InsetDrawingProps) {
  const { box, mapBox, view, frame } = inset;
  const caption = mapBox.top - box.top;
  // The caption's type, smaller where a narrow inset (a detail beside a panel) would not hold it whole.
  const room = box.right - box.left - caption / 2;
  const wanted = Math.round(caption * 0.6);
  const fontSize = Math.min(wanted, Math.floor((wanted * room) / textWidth(text, wanted)));
  const rect = (r: Inset["box"]) => ({ x: r.left, y: r.top, width: r.right - r.left, height: r.bottom - r.top });
  return (
    <g className="map-inset" data-testid="map-inset">
      <rect {...rect(frame)} fill="none" stroke={INK} strokeWidth={1.5} data-testid="map-inset-frame" />
      <rect {...rect(box)} fill="#fff" />
      <text
        x={box.left + caption / 4}
        y={box.top + caption / 2}
        dominantBaseline="central"
        fontSize={fontSize}
        fontWeight={600}
        fontFamily={LABEL_FONT_FAMILY}
        fill={INK}
      >
        {text}
      </text>
      <svg
        {...rect(mapBox)}
        viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
        data-testid="map-inset-map"
        data-view-bounds={viewBounds(view).join(",")}
      >
        <SvgShapes paths={paths} view={view} {...shapes} />
      </svg>
      <rect {...rect(box)} fill="none" stroke={INK} strokeWidth={1.5} />
    </g>
  );
}

/** The inset over the map on screen, under the labels (MapChrome). */
export function MapInset(props: InsetDrawingProps) {
  return (
    <svg className="map-inset-layer" aria-hidden="true" width="100%" height="100%">
      <InsetDrawing {...props} />
    </svg>
  );
}

/**
 * The inset's drawing for a renderer's props, or undefined where the map is no slide's (no caption given). MapLibre's
 * view has no SVG paths of its own: they are made here, once per geometry, only for slides.
 */
export function useInsetShapes(props: MapRendererProps, own?: SvgPaths): { shapes: InsetShapes; caption: InsetCaption } | undefined {
  const { insetCaption, counties, context } = props;
  const made = useMemo(() => (insetCaption && !own ? svgPaths(counties, context) : undefined), [insetCaption, own, counties, context]);
  const paths = own ?? made;
  if (!insetCaption || !paths) return undefined;
  return {
    caption: insetCaption,
    shapes: {
      paths,
      colorOf: props.colorOf,
      outlines: props.outlines ?? NO_OUTLINES,
      selected: props.selected,
      macroBoundaries: props.macroBoundaries,
      macro: props.macro,
    },
  };
}
