import type { MouseEvent } from "react";
import type { Outlines } from "../domain/outlines";
import { CONTEXT_LINE_COLOR, COUNTY_LINE_COLOR, LAND_CONTEXT_COLOR, NO_DATA_COLOR, SEA_COLOR } from "../domain/palettes";
import type { MacroBoundaries } from "../geo/macroBoundaries";
import type { MacroGroupingId } from "../geo/macroRegions";
import type { ViewBox } from "../geo/projection";
import type { SvgPaths } from "./svgMapHooks";
import { SvgOutlines } from "./SvgOutlines";

type SvgShapesProps = {
  paths: SvgPaths;
  view: ViewBox;
  colorOf: Record<string, string>;
  outlines: Outlines;
  selected?: string;
  focused?: string;
  macroBoundaries?: MacroBoundaries;
  macro?: MacroGroupingId;
  /** The live map's pointer handlers; a picture has none. */
  onCountyMove?: (event: MouseEvent, code: string) => void;
  onCountyClick?: (event: MouseEvent, code: string) => void;
};

/**
 * What the SVG map draws inside its <svg>: the sea, the neighbouring lands, the counties in their colours and the
 * outlines. One drawing for the SVG map on screen and for every picture of a view (PNG, print, PowerPoint, thumbnails).
 */
export function SvgShapes({
  paths,
  view,
  colorOf,
  outlines,
  selected,
  focused,
  macroBoundaries,
  macro,
  onCountyMove,
  onCountyClick,
}: SvgShapesProps) {
  return (
    <>
      <rect x={view.x} y={view.y} width={view.width} height={view.height} fill={SEA_COLOR} />
      <g fill={LAND_CONTEXT_COLOR} stroke={CONTEXT_LINE_COLOR} strokeWidth={0.8} strokeLinejoin="round">
        {paths.context.map((c) => (
          <path key={c.key} d={c.d} fillRule="evenodd" vectorEffect="non-scaling-stroke" />
        ))}
      </g>
      <g stroke={COUNTY_LINE_COLOR} strokeWidth={1.2} strokeLinejoin="round" style={onCountyClick ? { cursor: "pointer" } : undefined}>
        {paths.counties.map((c) => (
          <path
            key={c.code}
            d={c.d}
            data-code={c.code}
            fill={colorOf[c.code] ?? NO_DATA_COLOR}
            fillRule="evenodd"
            vectorEffect="non-scaling-stroke"
            onMouseMove={onCountyMove && ((event) => onCountyMove(event, c.code))}
            onClick={onCountyClick && ((event) => onCountyClick(event, c.code))}
          />
        ))}
      </g>
      <SvgOutlines
        counties={paths.counties}
        outlines={outlines}
        selected={selected}
        focused={focused}
        macroBoundaries={macroBoundaries}
        macro={macro}
      />
    </>
  );
}
