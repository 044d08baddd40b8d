import type { Practice } from "../../data/schema";
import type { PrevalenceGroup } from "../../domain/overviewData";

/**
 * The table's columns: under each question, one column per list of the
 * report (a region is in it or not), then one column for the question's
 * examples (each names one region; the cell holds that region's examples).
 * Statements of all regions are no column: they are the same in every row.
 */
export type MatrixColumn =
  | { kind: "list"; key: string; question: number; practice: Practice }
  | { kind: "examples"; key: string; question: number; practices: Practice[] };

export type ColumnGroup = { group: PrevalenceGroup; columns: MatrixColumn[] };

export function matrixColumns(groups: readonly PrevalenceGroup[]): ColumnGroup[] {
  return groups
    .map((group) => {
      const question = group.question.id;
      const columns: MatrixColumn[] = group.lists.map(({ practice }) => ({ kind: "list", key: practice.id, question, practice }));
      if (group.examples.length > 0) columns.push({ kind: "examples", key: `examples-${question}`, question, practices: group.examples });
      return { group, columns };
    })
    .filter((g) => g.columns.length > 0);
}

/** The practices of a column that name the region: the list (or nothing), or the region's examples. */
export function cellPractices(column: MatrixColumn, code: string): Practice[] {
  const practices = column.kind === "list" ? [column.practice] : column.practices;
  return practices.filter((p) => p.regions.includes(code));
}

/** How many regions a column names: the list's regions, or the regions with an example. */
export function columnCount(column: MatrixColumn): number {
  if (column.kind === "list") return column.practice.regions.length;
  return new Set(column.practices.flatMap((p) => p.regions)).size;
}

/** The first `count` columns, in their groups: a group cut short keeps its first columns, later groups wait. */
export function firstColumns(groups: readonly ColumnGroup[], count: number): ColumnGroup[] {
  const shown: ColumnGroup[] = [];
  let left = count;
  for (const group of groups) {
    if (left <= 0) break;
    const columns = group.columns.slice(0, left);
    shown.push(columns.length === group.columns.length ? group : { ...group, columns });
    left -= columns.length;
  }
  return shown;
}
