import { memo } from "react";
import type { Region } from "../../data/schema";
import { OVERVIEW_STRINGS } from "../../i18n/overview";
import type { Lang } from "../../i18n/strings";
import { cellPractices, type MatrixColumn } from "./matrixColumns";

export type ActiveCell = { code: string; column: string };

type MatrixCellProps = {
  region: Region;
  column: MatrixColumn;
  groupStart: boolean;
  isActive: boolean;
  detailsId: string;
  lang: Lang;
  onOpen: (cell: ActiveCell, button: HTMLButtonElement) => void;
};

/**
 * One cell: empty, ● for a list that names the region, or the number of its examples; a filled cell opens the quotes.
 * Memoised: a new batch of columns (useColumnBatches) renders only its own cells.
 */
export const MatrixCell = memo(function MatrixCell({ region, column, groupStart, isActive, detailsId, lang, onOpen }: MatrixCellProps) {
  const t = OVERVIEW_STRINGS[lang];
  const practices = cellPractices(column, region.code);
  const has = practices.length > 0;
  const className = `matrix-cell${has ? " has" : ""}${column.kind === "examples" ? " examples" : ""}${groupStart ? " group-start" : ""}${isActive ? " is-active" : ""}`;
  if (!has) {
    return (
      <td className={className} data-column={column.key}>
        <span className="sr-only">{column.kind === "list" ? t.no : t.noExamples}</span>
      </td>
    );
  }
  const label =
    column.kind === "list" ? t.cellButton(region.name, column.practice[lang]) : t.examplesCellButton(region.name, practices.length);
  return (
    <td className={className} data-column={column.key}>
      <button
        type="button"
        className="matrix-mark"
        aria-label={label}
        aria-expanded={isActive}
        aria-controls={isActive ? detailsId : undefined}
        title={label}
        onClick={(e) => onOpen({ code: region.code, column: column.key }, e.currentTarget)}
      >
        <span aria-hidden="true">{column.kind === "list" ? "●" : t.examplesMark(practices.length)}</span>
        <span className="sr-only">{column.kind === "list" ? t.yes : t.examplesCount(practices.length)}</span>
      </button>
    </td>
  );
});
