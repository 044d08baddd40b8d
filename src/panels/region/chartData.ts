import type { Dataset } from "../../data/schema";
import { meanCountsByQuestion, namedCountsByQuestion, QUESTION_IDS } from "../../data/selectors";

/** One group of bars in the counts chart: question `id`, the lists and examples naming the region, and the two means. */
export type CountRow = {
  id: number;
  region: number;
  /** Absent when the region has no land neighbours (Gotland). */
  neighbours?: number;
  national: number;
};

export function countRows(data: Dataset, code: string, neighbours: readonly string[]): CountRow[] {
  const region = namedCountsByQuestion(data, code);
  const national = meanCountsByQuestion(
    data,
    data.regions.map((r) => r.code),
  );
  const neighbourMeans = neighbours.length > 0 ? meanCountsByQuestion(data, neighbours) : undefined;
  return QUESTION_IDS.map((id, i) => ({
    id,
    region: region[i] ?? 0,
    ...(neighbourMeans ? { neighbours: neighbourMeans[i] ?? 0 } : {}),
    national: national[i] ?? 0,
  }));
}

/** A mark on the adoption timeline: `stack` is its height (1, 2, …) within its year. */
export type TimelineMark = {
  code: string;
  name: string;
  year: number;
  stack: number;
  kind: "adopted" | "revised";
  highlighted: boolean;
};

/**
 * Every strategy's adoption year, plus a mark for each revision year, stacked
 * per year in dataset order so that a dot keeps its place whichever region is
 * selected.
 */
export function timelineMarks(data: Dataset, code: string): TimelineMark[] {
  const events = [
    ...data.regions.map((r) => ({ r, year: r.strategy.adopted, kind: "adopted" as const })),
    ...data.regions.flatMap((r) => (r.strategy.revised === undefined ? [] : [{ r, year: r.strategy.revised, kind: "revised" as const }])),
  ];
  const heights = new Map<number, number>();
  return events.map(({ r, year, kind }) => {
    const stack = (heights.get(year) ?? 0) + 1;
    heights.set(year, stack);
    return { code: r.code, name: r.name, year, stack, kind, highlighted: r.code === code };
  });
}

/** Whole years from the first to the last mark (2019–2026 in the 2026 edition). */
export function yearRange(marks: readonly TimelineMark[]): number[] {
  const years = marks.map((m) => m.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
