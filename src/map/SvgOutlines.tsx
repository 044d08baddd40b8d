import { useMemo } from "react";
import type { Outlines } from "../domain/outlines";
import { SELECTED_LINE_COLOR } from "../domain/palettes";
import type { MacroBoundaries } from "../geo/macroBoundaries";
import type { MacroGroupingId } from "../geo/macroRegions";
import { MACRO_LINE_COLOR, MACRO_LINE_WIDTH } from "./macroLayer";
import { macroPath } from "./macroPath";
import { NEIGHBOUR_LINE_COLOR } from "./outlineLayers";

type SvgOutlinesProps = {
  counties: readonly { code: string; d: string }[];
  outlines: Outlines;
  selected?: string;
  focused?: string;
  macroBoundaries?: MacroBoundaries;
  macro?: MacroGroupingId;
};

/**
 * What the SVG map draws over the counties, as MapLibre's outline layers do:
 * the selected region's neighbours by land and (dashed) by sea, the compared
 * regions, the NUTS 2 or landsdel borders, the keyboard's region and the selection.
 */
export function SvgOutlines({ counties, outlines, selected, focused, macroBoundaries, macro }: SvgOutlinesProps) {
  const outline = (code: string | undefined) => (code ? counties.find((c) => c.code === code)?.d : undefined);
  const { land, sea, compared } = outlines;
  const outlinePaths = (codes: readonly string[]) => counties.filter((c) => codes.includes(c.code));
  const selectedPath = outline(selected);
  const focusedPath = focused !== selected ? outline(focused) : undefined;
  const macroD = useMemo(() => macroPath(macroBoundaries, macro), [macroBoundaries, macro]);
  return (
    <>
      <g fill="none" strokeLinejoin="round" pointerEvents="none">
        {outlinePaths(land).map((c) => (
          <path key={`land-${c.code}`} d={c.d} stroke={NEIGHBOUR_LINE_COLOR} strokeWidth={2.2} vectorEffect="non-scaling-stroke" />
        ))}
        {outlinePaths(sea).map((c) => (
          <path
            key={`sea-${c.code}`}
            d={c.d}
            stroke={NEIGHBOUR_LINE_COLOR}
            strokeWidth={2.2}
            strokeDasharray="4.4 3.3"
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {outlinePaths(compared).map((c) => (
          <path key={`cmp-${c.code}`} d={c.d} stroke={SELECTED_LINE_COLOR} strokeWidth={3.5} vectorEffect="non-scaling-stroke" />
        ))}
      </g>
      {macroD && (
        <path
          d={macroD}
          fill="none"
          stroke={MACRO_LINE_COLOR}
          strokeWidth={MACRO_LINE_WIDTH}
          strokeLinejoin="round"
          strokeLinecap="round"
          vectorEffect="non-scaling-stroke"
          pointerEvents="none"
          data-testid="svg-macro"
        />
      )}
      {focusedPath && (
        <path
          d={focusedPath}
          fill="none"
          stroke={SELECTED_LINE_COLOR}
          strokeWidth={2.5}
          strokeDasharray="6 4"
          vectorEffect="non-scaling-stroke"
          pointerEvents="none"
          data-testid="svg-focused"
        />
      )}
      {selectedPath && (
        <path
          d={selectedPath}
          fill="none"
          stroke={SELECTED_LINE_COLOR}
          strokeWidth={3.5}
          strokeLinejoin="round"
          vectorEffect="non-scaling-stroke"
          pointerEvents="none"
          data-testid="svg-selected"
        />
      )}
    </>
  );
}
