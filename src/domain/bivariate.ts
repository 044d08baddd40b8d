import type { Dataset } from "../data/schema";
import { PATTERN_STRINGS } from "../i18n/patterns";
import type { Lang } from "../i18n/strings";
import type { LegendClass } from "./legendClass";
import { BIVARIATE_COLORS } from "./palettes";

/** The two practices of a bivariate map, for the legend's row (A) and column (B) headers. */
export type BivariateAxes = { a: { id: string; label: string }; b: { id: string; label: string } };

/** The four cells, in the legend's reading order: row A named (both, A only), row A not named (B only, neither). */
export const BIVARIATE_KEYS = ["both", "onlyA", "onlyB", "neither"] as const;
export type BivariateKey = (typeof BIVARIATE_KEYS)[number];

export type BivariateParts = {
  title: string;
  subtitle: string;
  classes: LegendClass[];
  /** Regions named for both: they carry the map's ✓ mark. */
  marked: string[];
  axes: BivariateAxes;
};

/**
 * Two practices at once: every region falls in exactly one of four classes —
 * named for both, for A only, for B only, for neither. Undefined when either
 * id is unknown, is not one of the report's lists, or they are the same
 * practice (the caller shows one practice).
 */
export function bivariateParts(data: Dataset, aId: string, bId: string, lang: Lang): BivariateParts | undefined {
  const t = PATTERN_STRINGS[lang];
  const a = data.practices.find((p) => p.id === aId);
  const b = data.practices.find((p) => p.id === bId);
  // Two lists of the report only: a single example says nothing of the regions it does not name.
  if (!a || !b || a.id === b.id || a.evidence !== "listed" || b.evidence !== "listed") return undefined;
  const inA = new Set(a.regions);
  const inB = new Set(b.regions);
  const keyOf = (code: string): BivariateKey => (inA.has(code) ? (inB.has(code) ? "both" : "onlyA") : inB.has(code) ? "onlyB" : "neither");
  const classes: LegendClass[] = BIVARIATE_KEYS.map((key) => ({
    key,
    label: t[key],
    color: BIVARIATE_COLORS[key],
    regions: data.regions.filter((r) => keyOf(r.code) === key).map((r) => r.code),
  }));
  const both = classes[0]!.regions;
  return {
    title: t.bivariateTitle(a[lang], b[lang]),
    subtitle: t.bivariateSubtitle(both.length, data.regions.length),
    classes,
    marked: both,
    axes: { a: { id: a.id, label: a[lang] }, b: { id: b.id, label: b[lang] } },
  };
}
