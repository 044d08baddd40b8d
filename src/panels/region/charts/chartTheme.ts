/**
 * What the region panel's charts share: colours, tick style and axis labels.
 * CVD-safe: a dark blue, a light blue and a neutral grey differ in lightness, not only in hue.
 */
export const COLOURS = { region: "#0b57a4", neighbours: "#7fb2de", national: "#9a9a9a", ink: "#1a1a1a", soft: "#4a4a4a", grid: "#e6e6e1" };
export const AXIS_TICK = { fill: COLOURS.soft, fontSize: 12 };
/** Panels are ~30rem wide; the first render uses this until the container is measured. */
export const INITIAL_WIDTH = 440;

/** A recharts axis label: under the x axis, or turned along the y axis. */
export function axisLabel(value: string, axis: "x" | "y") {
  return axis === "x"
    ? { value, position: "insideBottom" as const, offset: -14, fill: COLOURS.soft, fontSize: 12 }
    : {
        value,
        angle: -90,
        position: "insideLeft" as const,
        offset: 10,
        fill: COLOURS.soft,
        fontSize: 12,
        style: { textAnchor: "middle" as const },
      };
}
