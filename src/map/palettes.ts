import type { StatusId } from "../data/schema";

/**
 * Colour-vision-safe palettes (ColorBrewer Dark2 for categories), dark enough
 * that every swatch keeps ≥ 3:1 contrast against the white legend.
 */
export const STATUS_COLORS: Record<StatusId, string> = {
  "new-2026": "#1b7f62",
  "new-2025": "#7570b3",
  review: "#c85602",
  "adopted-2024": "#c7217d",
  "adopted-2021": "#666666",
};

/** Counties without a value (or without data) in the current mode. */
export const NO_DATA_COLOR = "#d9d9d9";
export const SEA_COLOR = "#e3edf5";
export const LAND_CONTEXT_COLOR = "#f4f3ef";
export const CONTEXT_LINE_COLOR = "#c9c6bd";
export const COUNTY_LINE_COLOR = "#ffffff";
export const SELECTED_LINE_COLOR = "#111111";
