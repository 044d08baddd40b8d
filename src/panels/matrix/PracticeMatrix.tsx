import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { EditionProvider } from "../../ui/edition";
import type { Dataset } from "../../data/schema";
import { prevalenceGroups } from "../../domain/overviewData";
import { statusColors } from "../../domain/palettes";
import { EVIDENCE_STRINGS } from "../../i18n/evidence";
import { citedAs } from "../../i18n/citation";
import { OVERVIEW_STRINGS } from "../../i18n/overview";
import type { Lang } from "../../i18n/strings";
import type { ActiveCell } from "./MatrixCell";
import { MatrixDetails } from "./MatrixDetails";
import { MatrixHead } from "./MatrixHead";
import { MatrixRow } from "./MatrixRow";
import { columnCount, firstColumns, matrixColumns } from "./matrixColumns";
import { DEFAULT_SORT, figuresByRegion, nextSort, sortRegions, type SortKey, type SortState } from "./sortRegions";
import { useColumnBatches } from "./useColumnBatches";
import "./matrix.css";

export type PracticeMatrixProps = {
  data: Dataset;
  lang: Lang;
  selected?: string;
  onSelectRegion: (code: string) => void;
};

/**
 * The accessible table alternative to the map: 21 regions × the report's
 * lists, and its examples per question, columns grouped by the report's
 * questions. A filled cell is a button that opens the quotes behind it; a
 * region name selects the region. The sort is a view detail and stays in
 * component state.
 */
export function PracticeMatrix({ data, lang, selected, onSelectRegion }: PracticeMatrixProps) {
  const t = OVERVIEW_STRINGS[lang];
  const te = EVIDENCE_STRINGS[lang];
  const colorOf = statusColors(data.statuses);
  const id = useId();
  const captionId = `${id}-caption`;
  const detailsId = `${id}-details`;
  const detailsHeadingId = `${id}-details-heading`;

  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const [announcement, setAnnouncement] = useState("");
  const [active, setActive] = useState<ActiveCell | null>(null);
  const trigger = useRef<HTMLButtonElement | null>(null);
  const detailsHeading = useRef<HTMLHeadingElement | null>(null);

  const groups = useMemo(() => matrixColumns(prevalenceGroups(data, lang)), [data, lang]);
  const columns = useMemo(() => groups.flatMap((g) => g.columns), [groups]);
  // A screenful of columns first, the rest a batch a frame (useColumnBatches); the caption counts them all.
  const shownCount = useColumnBatches(columns.length);
  const shownGroups = useMemo(() => firstColumns(groups, shownCount), [groups, shownCount]);
  const complete = shownCount === columns.length;
  const figures = useMemo(() => figuresByRegion(data), [data]);
  const rows = useMemo(() => sortRegions(data, sort, figures), [data, sort, figures]);
  const statusById = useMemo(() => new Map(data.statuses.map((s) => [s.id, s])), [data]);
  const allStatements = data.practices.filter((p) => p.evidence === "all").length;
  const lists = columns.filter((c) => c.kind === "list").length;

  const sortColumns: Record<SortKey, string> = {
    name: t.colRegion,
    status: t.colStatus,
    year: t.colYearLong,
    listed: t.colListed,
    examples: t.colExamples,
  };

  useEffect(() => {
    if (active) detailsHeading.current?.focus();
  }, [active]);

  const chooseSort = (key: SortKey) => {
    const next = nextSort(sort, key);
    setSort(next);
    setAnnouncement(t.sortAnnounce(sortColumns[key], next.dir === "desc"));
  };

  // The same function at every render: the cells are memoised (MatrixCell), and a batch of columns re-renders the rows.
  const open = useCallback((cell: ActiveCell, button: HTMLButtonElement) => {
    trigger.current = button;
    setActive(cell);
  }, []);

  const close = () => {
    setActive(null);
    const back = trigger.current;
    // Return focus to the cell that opened the quote, once it is rendered again.
    if (back) requestAnimationFrame(() => back.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape" && active) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  const activeRegion = active ? data.regions.find((r) => r.code === active.code) : undefined;
  const activeColumn = active ? columns.find((c) => c.key === active.column) : undefined;
  const countSorted = sort.key === "listed" || sort.key === "examples";

  return (
    <EditionProvider value={data.edition}>
      <div className="practice-matrix" onKeyDown={onKeyDown}>
        <p className="matrix-key">
          <span>{t.matrixKey}</span> <span>{t.matrixHint}</span>
        </p>
        {/* The counts are the dashboard's own, and no ranking: say so next to them, louder when the table is sorted by one. */}
        <p className={`matrix-caveat${countSorted ? " is-emphasised" : ""}`} data-testid="matrix-caveat">
          {t.countsCaveat} {te.computed} {t.allLeftOut(allStatements)}
        </p>
        <div className="matrix-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="matrix-table" aria-busy={complete ? undefined : true}>
            <caption id={captionId}>{t.matrixCaption(citedAs(data.edition), data.regions.length, lists)}</caption>
            <colgroup span={5} />
            {shownGroups.map((g) => (
              <colgroup key={g.group.question.id} span={g.columns.length} className="matrix-col-group" />
            ))}
            <MatrixHead groups={shownGroups} sort={sort} sortLabels={sortColumns} lang={lang} onSort={chooseSort} />
            <tbody>
              {rows.map((region) => (
                <MatrixRow
                  key={region.code}
                  region={region}
                  status={statusById.get(region.strategy.status)}
                  color={colorOf[region.strategy.status]}
                  figures={figures.get(region.code)}
                  groups={shownGroups}
                  isSelected={region.code === selected}
                  active={active}
                  detailsId={detailsId}
                  lang={lang}
                  onSelectRegion={onSelectRegion}
                  onOpen={open}
                />
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" className="matrix-region matrix-foot-label">
                  {t.footerCount}
                </th>
                <td />
                <td />
                <td />
                <td />
                {shownGroups.flatMap((g) =>
                  g.columns.map((column, i) => (
                    <td key={column.key} className={`matrix-num matrix-foot${i === 0 ? " group-start" : ""}`}>
                      {columnCount(column)}
                    </td>
                  )),
                )}
              </tr>
            </tfoot>
          </table>
        </div>
        <p className="sr-only" aria-live="polite">
          {announcement}
        </p>
        {active && activeRegion && activeColumn && (
          <MatrixDetails
            id={detailsId}
            headingId={detailsHeadingId}
            headingRef={detailsHeading}
            data={data}
            region={activeRegion}
            column={activeColumn}
            lang={lang}
            onClose={close}
          />
        )}
      </div>
    </EditionProvider>
  );
}
