import { OVERVIEW_STRINGS } from "../../i18n/overview";
import type { Lang } from "../../i18n/strings";
import type { ColumnGroup } from "./matrixColumns";
import type { SortKey, SortState } from "./sortRegions";

const SORT_CLASS: Record<SortKey, string> = {
  name: "matrix-region-header",
  status: "matrix-status-header",
  year: "matrix-num",
  listed: "matrix-num",
  examples: "matrix-num",
};

type MatrixHeadProps = {
  groups: readonly ColumnGroup[];
  sort: SortState;
  /** Each sortable column's name, as its header and its sort announcement say it. */
  sortLabels: Record<SortKey, string>;
  lang: Lang;
  onSort: (key: SortKey) => void;
};

/**
 * The table's head: the region's own columns, each a button that sorts by it, then a column group per question of the
 * report with a column per list and one for its examples.
 */
export function MatrixHead({ groups, sort, sortLabels, lang, onSort }: MatrixHeadProps) {
  const t = OVERVIEW_STRINGS[lang];

  const sortHeader = (key: SortKey) => {
    const isActive = sort.key === key;
    const ariaSort = isActive ? (sort.dir === "asc" ? "ascending" : "descending") : undefined;
    const arrow = isActive ? (sort.dir === "asc" ? "▲" : "▼") : "↕";
    return (
      <th key={key} scope="col" rowSpan={2} className={`matrix-sort-header ${SORT_CLASS[key]}`} aria-sort={ariaSort}>
        <button
          type="button"
          className={`matrix-sort${isActive ? " is-active" : ""}`}
          title={t.sortBy(sortLabels[key])}
          onClick={() => onSort(key)}
        >
          {sortLabels[key]}
          <span className="matrix-sort-arrow" aria-hidden="true">
            {arrow}
          </span>
        </button>
      </th>
    );
  };

  return (
    <thead>
      <tr className="matrix-group-row">
        {(["name", "status", "year", "listed", "examples"] as const).map(sortHeader)}
        {groups.map((g) => (
          <th key={g.group.question.id} scope="colgroup" colSpan={g.columns.length} className="matrix-group-header">
            <span className="section-number">{g.group.question.section}</span> {g.group.question[lang]}
          </th>
        ))}
      </tr>
      <tr className="matrix-practice-row">
        {groups.flatMap((g) =>
          g.columns.map((column, i) => {
            const label = column.kind === "list" ? column.practice[lang] : t.examplesColumn;
            return (
              <th
                key={column.key}
                scope="col"
                data-column={column.key}
                title={label}
                className={`matrix-practice-header${i === 0 ? " group-start" : ""}`}
              >
                <span className="matrix-practice-label" aria-hidden="true">
                  {label}
                </span>
                <span className="sr-only">{label}</span>
              </th>
            );
          }),
        )}
      </tr>
    </thead>
  );
}
