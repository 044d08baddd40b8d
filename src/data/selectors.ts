import type { Dataset, Excerpt, Practice, Region } from "./schema";

/**
 * Pure selectors over a validated dataset. Nothing here is stored: panels,
 * charts and the legend derive what they show from the dataset and the
 * user's choices (GUIDE 3).
 */
export const QUESTION_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export function regionByCode(data: Dataset): Map<string, Region> {
  return new Map(data.regions.map((r) => [r.code, r]));
}

export function practicesOfRegion(data: Dataset, code: string): Practice[] {
  return data.practices.filter((p) => p.regions.includes(code));
}

export function excerptsOfRegion(data: Dataset, code: string): Excerpt[] {
  return data.excerpts.filter((e) => e.region === code);
}

/** Number of the region's practices under each question 1–9 (index 0 is question 1). */
export function practiceCountsByQuestion(data: Dataset, code: string): number[] {
  const counts = QUESTION_IDS.map(() => 0);
  for (const p of practicesOfRegion(data, code)) counts[p.question - 1]! += 1;
  return counts;
}

/** Mean number of practices per question over a set of regions (empty set → zeros). */
export function meanCountsByQuestion(data: Dataset, codes: readonly string[]): number[] {
  const sums = QUESTION_IDS.map(() => 0);
  for (const code of codes) practiceCountsByQuestion(data, code).forEach((n, i) => (sums[i]! += n));
  return sums.map((s) => (codes.length ? s / codes.length : 0));
}

export function groupByQuestion<T extends { question?: number }>(items: readonly T[]): Map<number | undefined, T[]> {
  const groups = new Map<number | undefined, T[]>();
  for (const item of items) {
    const list = groups.get(item.question) ?? [];
    list.push(item);
    groups.set(item.question, list);
  }
  return groups;
}

/**
 * Practices that tell regions apart. A statement the report makes of all
 * regions is true everywhere, so comparisons and similarity leave it out.
 */
export function distinguishingPractices(data: Dataset): Practice[] {
  return data.practices.filter((p) => !p.allRegions);
}

/** Share of regions (0–1) holding each practice, highest first; ties by question then label. */
export function practicePrevalence(data: Dataset): { practice: Practice; count: number; share: number }[] {
  const total = data.regions.length;
  return data.practices
    .map((practice) => ({ practice, count: practice.regions.length, share: practice.regions.length / total }))
    .sort((a, b) => b.count - a.count || a.practice.question - b.practice.question || a.practice.sv.localeCompare(b.practice.sv, "sv"));
}
