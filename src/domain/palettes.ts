import type { Status } from "../data/schema";

/**
 * Colour-vision-safe palettes: ColorBrewer Dark2 for the status categories,
 * viridis for ordered values. Category colours are dark enough that every
 * swatch keeps ≥ 3:1 contrast against the white legend (tests/unit/contrast.test.ts).
 *
 * An edition's status classes are its own (data/editions/<id>/): they take these colours by their position in the
 * report's order, so a later report with other groups needs no code. The first five are the 2026 report's groups'
 * colours as they have always been; Dark2's brown and a Paired blue follow.
 */
export const STATUS_PALETTE = ["#1b7f62", "#7570b3", "#c85602", "#c7217d", "#666666", "#a6761d", "#1f78b4", "#4d4d4d"] as const;

/** Each status's colour, by its position among the dataset's statuses. */
export function statusColors(statuses: readonly Pick<Status, "id">[]): Record<string, string> {
  return Object.fromEntries(statuses.map((status, i) => [status.id, STATUS_PALETTE[i % STATUS_PALETTE.length]!]));
}

/** Viridis, light (low) to dark (high), from matplotlib's published stops. */
const VIRIDIS_LIGHT_TO_DARK = [
  "#fde725",
  "#b5de2b",
  "#6ece58",
  "#35b779",
  "#1f9e89",
  "#26828e",
  "#31688e",
  "#3e4989",
  "#482878",
  "#440154",
];

/**
 * n ordered colours from light to dark. Viridis stays distinguishable in every
 * common colour-vision deficiency and in greyscale, because lightness rises
 * steadily along it.
 */
export function sequentialColors(n: number): string[] {
  if (n <= 0) return [];
  if (n === 1) return [VIRIDIS_LIGHT_TO_DARK[5]!];
  const last = VIRIDIS_LIGHT_TO_DARK.length - 1;
  return Array.from({ length: n }, (_, i) => VIRIDIS_LIGHT_TO_DARK[Math.round((i * last) / (n - 1))]!);
}

/** Practice maps: regions the report names for the practice vs the rest. */
export const HAS_PRACTICE_COLOR = "#0b57a4";
export const LACKS_PRACTICE_COLOR = "#d5d1c5";

/**
 * The report read or searched (domain/readingClassification.ts): named in a matching statement (the practice
 * map's blue), said of all regions (ColorBrewer's dark green, another hue: a different kind of claim), and their
 * light tones for what the same paragraph names or says of all regions (ColorBrewer RdBu / PiYG light stops). The
 * dark and light tone of each pair differ in lightness, so the tones survive greyscale and colour-vision deficiency.
 */
export const READING_COLORS = {
  named: HAS_PRACTICE_COLOR,
  allRegions: "#1b7f62",
  samePassage: "#92c5de",
  passageAllRegions: "#a6dba0",
  notNamed: LACKS_PRACTICE_COLOR,
} as const;

/** Counties without a value in the current mode (e.g. no year in the strategy's title). */
export const NO_DATA_COLOR = "#d9d9d9";
export const SEA_COLOR = "#e3edf5";
export const LAND_CONTEXT_COLOR = "#f4f3ef";
export const CONTEXT_LINE_COLOR = "#c9c6bd";
export const COUNTY_LINE_COLOR = "#ffffff";
export const SELECTED_LINE_COLOR = "#111111";

/**
 * Two practices at once (bivariate map): "neither" is the practice map's grey,
 * A is blue, B is orange (the pair that survives every common colour-vision
 * deficiency, as blue–yellow contrast is kept in protan and deutan vision), and
 * "both" a dark navy, the darkest by far. Every pair differs by ΔE ≥ 30 under
 * simulated protanopia, deuteranopia and tritanopia (tests/unit/bivariate.test.ts).
 */
export const BIVARIATE_COLORS = {
  both: "#1d3f6e",
  onlyA: "#4a8fd1",
  onlyB: "#e0892c",
  neither: LACKS_PRACTICE_COLOR,
} as const;
