import type { Dataset, Practice, Question } from "../../data/schema";
import { MACRO_REGIONS, type MacroGroup, type MacroGroupingId } from "../../geo/macroRegions";

export type Share = { n: number; total: number };
export type ShareRow = { practice: Practice; cells: Share[]; all: Share };
export type MacroShares = {
  /** The grouping's groups, limited to the dataset's regions (an opened file may hold fewer). */
  groups: MacroGroup[];
  byQuestion: { question: Question; rows: ShareRow[] }[];
};

/**
 * For every practice, how many of each group's regions the report names for
 * it ("3/5"), and for the whole country. Practices the report states of all
 * regions are left out: their share is n/n everywhere and says nothing about
 * how the groups differ.
 */
export function macroShares(data: Dataset, grouping: MacroGroupingId): MacroShares {
  const present = new Set(data.regions.map((r) => r.code));
  const groups = MACRO_REGIONS[grouping]
    .map((g) => ({ ...g, regions: g.regions.filter((code) => present.has(code)) }))
    .filter((g) => g.regions.length > 0);
  const count = (practice: Practice, codes: readonly string[]): Share => ({
    n: codes.filter((code) => practice.regions.includes(code)).length,
    total: codes.length,
  });
  const byQuestion = data.questions
    .map((question) => ({
      question,
      rows: data.practices
        // Shares of a group are computed over the report's lists only: an example names one region, a statement of all regions all.
        .filter((p) => p.question === question.id && p.evidence === "listed")
        .map((practice) => ({
          practice,
          cells: groups.map((g) => count(practice, g.regions)),
          all: count(
            practice,
            data.regions.map((r) => r.code),
          ),
        })),
    }))
    .filter((q) => q.rows.length > 0);
  return { groups, byQuestion };
}

/**
 * Shade steps for a share, light to dark, with the text colour that keeps
 * 4.5:1 on each (tested): 0, up to a third, up to two thirds, under all, all.
 */
export const SHARE_SHADES = [
  { fill: "transparent", ink: "#4a4a4a" },
  { fill: "#dbe7f4", ink: "#111111" },
  { fill: "#9ec1e6", ink: "#111111" },
  { fill: "#4a8fd1", ink: "#111111" },
  { fill: "#1d3f6e", ink: "#ffffff" },
] as const;

export function shadeOf({ n, total }: Share): (typeof SHARE_SHADES)[number] {
  if (total === 0 || n === 0) return SHARE_SHADES[0];
  if (n === total) return SHARE_SHADES[4];
  const share = n / total;
  return share <= 1 / 3 ? SHARE_SHADES[1] : share <= 2 / 3 ? SHARE_SHADES[2] : SHARE_SHADES[3];
}
