import type { Dataset, Evidence, Excerpt, Practice, Region } from "./schema";

/**
 * Pure selectors over a validated dataset. Nothing here is stored: panels,
 * charts and the legend derive what they show from the dataset and the
 * user's choices (docs/ARCHITECTURE.md).
 *
 * What the report says of a region comes in three kinds (schema.ts,
 * `evidence`) and they are never added together: the report's lists that
 * name the region, the examples naming it, and the statements it makes of all
 * regions — the last are the same for every region and never count as
 * something one region does.
 */
export const QUESTION_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export function regionByCode(data: Dataset): Map<string, Region> {
  return new Map(data.regions.map((r) => [r.code, r]));
}

/** An example, alone ("example") or among the examples of one sentence ("examples"): never one of the report's lists. */
export function isExample(practice: Pick<Practice, "evidence">): boolean {
  return practice.evidence === "example" || practice.evidence === "examples";
}

/** Practices of one kind of evidence, in dataset order. */
export function practicesOfKind(data: Dataset, kind: Evidence): Practice[] {
  return data.practices.filter((p) => p.evidence === kind);
}

/** What the report says of the region itself: its lists and its examples (never the statements of all regions). */
export function practicesNaming(data: Dataset, code: string): Practice[] {
  return data.practices.filter((p) => p.evidence !== "all" && p.regions.includes(code));
}

/** Every place the report names the region, in report order (the dataset keeps them so). */
export function excerptsOfRegion(data: Dataset, code: string): Excerpt[] {
  return data.excerpts.filter((e) => e.region === code);
}

/** A region's figures, kept apart: how many of the report's lists and examples name it. */
export type RegionFigures = { listed: number; examples: number };

export function regionFigures(data: Dataset, code: string): RegionFigures {
  const named = practicesNaming(data, code);
  return { listed: named.filter((p) => p.evidence === "listed").length, examples: named.filter(isExample).length };
}

/**
 * Lists and examples naming the region under each question 1–9 (index 0 is
 * question 1); the statements of all regions are not among them.
 */
export function namedCountsByQuestion(data: Dataset, code: string): number[] {
  const counts = QUESTION_IDS.map(() => 0);
  for (const p of practicesNaming(data, code)) counts[p.question - 1]! += 1;
  return counts;
}

/** Mean of namedCountsByQuestion over a set of regions (empty set → zeros). */
export function meanCountsByQuestion(data: Dataset, codes: readonly string[]): number[] {
  const sums = QUESTION_IDS.map(() => 0);
  for (const code of codes) namedCountsByQuestion(data, code).forEach((n, i) => (sums[i]! += n));
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
 * The practices a comparison of regions may count: the report's own (footnote)
 * lists. An example, alone or among the examples of one sentence, says nothing
 * about the regions it does not name, and a statement of all regions does not
 * tell regions apart.
 */
export function comparablePractices(data: Dataset): Practice[] {
  return practicesOfKind(data, "listed");
}

/** Number and share (0–1) of regions each practice names, most first; ties by question then label. */
export function practicePrevalence(data: Dataset, practices: readonly Practice[] = data.practices): { practice: Practice; count: number; share: number }[] {
  const total = data.regions.length;
  return practices
    .map((practice) => ({ practice, count: practice.regions.length, share: practice.regions.length / total }))
    .sort((a, b) => b.count - a.count || a.practice.question - b.practice.question || a.practice.sv.localeCompare(b.practice.sv, "sv"));
}

/** The data notes that bear on a region, or on a figure (status, year, horizon), or on both. */
export function notesFor(data: Dataset, filter: { region?: string; figure?: "status" | "year" | "horizon" }) {
  return data.notes.filter(
    (n) => (filter.region === undefined || n.regions.includes(filter.region)) && (filter.figure === undefined || n.affects.includes(filter.figure)),
  );
}

/** The section a passage id stands in: "p-2.1-2" → "2.1", "p-underlag-3" → "underlag" (the parse's ids, reportParse.ts). */
export function passageSection(passage: string): string {
  return /^p-(.+)-\d+$/u.exec(passage)?.[1] ?? passage;
}
