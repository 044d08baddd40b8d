import type { MacroBoundaries } from "../geo/macroBoundaries";
import type { MacroGroupingId } from "../geo/macroRegions";
import { mercator } from "../geo/projection";

const round = (n: number) => Math.round(n * 10) / 10;

/** The SVG path (projected units, as projection.ts's geometryPath) of one grouping's borders; "" for none. */
export function macroPath(boundaries: MacroBoundaries | undefined, macro: MacroGroupingId | undefined): string {
  const feature = macro ? boundaries?.features.find((f) => f.properties.grouping === macro) : undefined;
  if (!feature) return "";
  return feature.geometry.coordinates
    .map((line) => `M${line.map(([lon, lat]) => mercator(lon!, lat!).map(round).join(",")).join("L")}`)
    .join("");
}
