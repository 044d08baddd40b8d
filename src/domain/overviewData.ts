import type { Dataset, Practice, Question, Region, Status, StatusId } from "../data/schema";
import { groupByQuestion, isExample, practicePrevalence } from "../data/selectors";
import type { Lang } from "../i18n/strings";

/** Regions per status, in the dataset's status order (the report's order in section 2.1). */
export function statusCounts(data: Dataset): { status: Status; count: number; regions: Region[] }[] {
  return data.statuses.map((status) => {
    const regions = data.regions.filter((r) => r.strategy.status === status.id).sort((a, b) => a.name.localeCompare(b.name, "sv"));
    return { status, count: regions.length, regions };
  });
}

/** A year's count of regions per status (the edition's status ids as keys). */
export type AdoptionRow = { year: number; total: number } & Partial<Record<StatusId, number>>;

/**
 * Regions per adoption year of the current strategy, split by status. Every
 * year from `from` (default: the earliest adoption year) to `to` (default: the
 * edition year or the latest adoption year, whichever is later) has a row,
 * also the years without any adoption.
 */
export function adoptionByYear(data: Dataset, from?: number, to?: number): AdoptionRow[] {
  const years = data.regions.map((r) => r.strategy.adopted);
  const editionYear = Number(data.edition.date.slice(0, 4));
  const first = from ?? Math.min(...years);
  const last = to ?? Math.max(...years, Number.isFinite(editionYear) ? editionYear : -Infinity);
  const rows: AdoptionRow[] = [];
  for (let year = first; year <= last; year++) {
    const row = { year, total: 0 } as AdoptionRow;
    for (const s of data.statuses) row[s.id] = 0;
    for (const r of data.regions) {
      if (r.strategy.adopted !== year) continue;
      row[r.strategy.status] = (row[r.strategy.status] ?? 0) + 1;
      row.total += 1;
    }
    rows.push(row);
  }
  return rows;
}

export type PrevalenceItem = { practice: Practice; count: number; share: number };

/** The report's practices under one question, by kind: its lists (with how many regions each names), its examples, its statements of all regions. */
export type PrevalenceGroup = {
  question: Question;
  lists: PrevalenceItem[];
  examples: Practice[];
  all: Practice[];
};

/**
 * The report's practices grouped by its questions (in question order). Lists
 * are ordered most regions first, ties by label in the reader's language;
 * examples keep the report's order; statements of all regions stand apart and
 * are never counted. Questions without practices are left out.
 */
export function prevalenceGroups(data: Dataset, lang: Lang): PrevalenceGroup[] {
  const locale = lang === "sv" ? "sv" : "en";
  const byQuestion = groupByQuestion(data.practices);
  return [...data.questions]
    .sort((a, b) => a.id - b.id)
    .flatMap((question) => {
      const practices = byQuestion.get(question.id) ?? [];
      const lists = practicePrevalence(
        data,
        practices.filter((p) => p.evidence === "listed"),
      ).sort((a, b) => b.count - a.count || a.practice[lang].localeCompare(b.practice[lang], locale));
      const examples = practices.filter(isExample);
      const all = practices.filter((p) => p.evidence === "all");
      return practices.length ? [{ question, lists, examples, all }] : [];
    });
}
