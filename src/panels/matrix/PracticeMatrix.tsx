import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import type { Dataset, Practice, Region } from "../../data/schema";
import { OVERVIEW_STRINGS } from "../../i18n/overview";
import type { Lang } from "../../i18n/strings";
import { STATUS_COLORS } from "../../domain/palettes";
import { ReportQuote } from "../../ui/ReportQuote";
import { prevalenceGroups } from "../../domain/overviewData";
import { DEFAULT_SORT, nextSort, practiceCounts, sortRegions, type SortKey, type SortState } from "./sortRegions";
import "./matrix.css";

export type PracticeMatrixProps = {
  data: Dataset;
  lang: Lang;
  selected?: string;
  onSelectRegion: (code: string) => void;
};

type ActiveCell = { code: string; practiceId: string };

/**
 * The accessible table alternative to the map: 21 regions × every practice,
 * columns grouped by the report's questions. A filled cell is a button that
 * opens the quote behind it; a region name selects the region. The sort is a
 * view detail and stays in component state.
 */
export function PracticeMatrix({ data, lang, selected, onSelectRegion }: PracticeMatrixProps) {
  const t = OVERVIEW_STRINGS[lang];
  const id = useId();
  const captionId = `${id}-caption`;
  const detailsId = `${id}-details`;
  const detailsHeadingId = `${id}-details-heading`;

  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const [announcement, setAnnouncement] = useState("");
  const [active, setActive] = useState<ActiveCell | null>(null);
  const trigger = useRef<HTMLButtonElement | null>(null);
  const detailsHeading = useRef<HTMLHeadingElement | null>(null);

  const groups = useMemo(() => prevalenceGroups(data, lang), [data, lang]);
  const columns = useMemo(() => groups.flatMap((g) => g.items.map((i) => i.practice)), [groups]);
  const counts = useMemo(() => practiceCounts(data), [data]);
  const rows = useMemo(() => sortRegions(data, sort, counts), [data, sort, counts]);
  const holders = useMemo(() => new Map(data.practices.map((p) => [p.id, new Set(p.regions)])), [data]);
  const statusById = useMemo(() => new Map(data.statuses.map((s) => [s.id, s])), [data]);

  const sortColumns: Record<SortKey, string> = {
    name: t.colRegion,
    status: t.colStatus,
    year: t.colYearLong,
    count: t.colCountLong,
  };

  useEffect(() => {
    if (active) detailsHeading.current?.focus();
  }, [active]);

  const chooseSort = (key: SortKey) => {
    const next = nextSort(sort, key);
    setSort(next);
    setAnnouncement(t.sortAnnounce(sortColumns[key], next.dir === "desc"));
  };

  const open = (cell: ActiveCell, button: HTMLButtonElement) => {
    trigger.current = button;
    setActive(cell);
  };

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

  const sortHeader = (key: SortKey, className: string) => {
    const isActive = sort.key === key;
    const ariaSort = isActive ? (sort.dir === "asc" ? "ascending" : "descending") : undefined;
    const arrow = isActive ? (sort.dir === "asc" ? "▲" : "▼") : "↕";
    return (
      <th scope="col" rowSpan={2} className={`matrix-sort-header ${className}`} aria-sort={ariaSort}>
        <button
          type="button"
          className={`matrix-sort${isActive ? " is-active" : ""}`}
          title={t.sortBy(sortColumns[key])}
          onClick={() => chooseSort(key)}
        >
          {sortColumns[key]}
          <span className="matrix-sort-arrow" aria-hidden="true">
            {arrow}
          </span>
        </button>
      </th>
    );
  };

  const activeRegion = active ? data.regions.find((r) => r.code === active.code) : undefined;
  const activePractice = active ? data.practices.find((p) => p.id === active.practiceId) : undefined;

  return (
    <div className="practice-matrix" onKeyDown={onKeyDown}>
      <p className="matrix-key">
        <span>{t.matrixKey}</span> <span>{t.matrixHint}</span>
      </p>
      <div className="matrix-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="matrix-table">
          <caption id={captionId}>{t.matrixCaption(data.regions.length, columns.length)}</caption>
          <colgroup span={4} />
          {groups.map((g) => (
            <colgroup key={g.question.id} span={g.items.length} className="matrix-col-group" />
          ))}
          <thead>
            <tr className="matrix-group-row">
              {sortHeader("name", "matrix-region-header")}
              {sortHeader("status", "matrix-status-header")}
              {sortHeader("year", "matrix-num")}
              {sortHeader("count", "matrix-num")}
              {groups.map((g) => (
                <th key={g.question.id} scope="colgroup" colSpan={g.items.length} className="matrix-group-header">
                  <span className="section-number">{g.question.section}</span> {g.question[lang]}
                </th>
              ))}
            </tr>
            <tr className="matrix-practice-row">
              {columns.map((p, i) => (
                <th
                  key={p.id}
                  scope="col"
                  data-practice={p.id}
                  title={p[lang]}
                  className={`matrix-practice-header${startsGroup(columns, i) ? " group-start" : ""}`}
                >
                  <span className="matrix-practice-label" aria-hidden="true">
                    {p[lang]}
                  </span>
                  <span className="sr-only">{p[lang]}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((region) => {
              const status = statusById.get(region.strategy.status);
              const isSelected = region.code === selected;
              return (
                <tr
                  key={region.code}
                  data-region={region.code}
                  className={isSelected ? "is-selected" : undefined}
                  aria-current={isSelected ? "true" : undefined}
                >
                  <th scope="row" className="matrix-region">
                    <button
                      type="button"
                      className="matrix-region-button"
                      title={t.selectRegion(region.name)}
                      onClick={() => onSelectRegion(region.code)}
                    >
                      {region.name}
                    </button>
                  </th>
                  <td className="matrix-status">
                    <span className="matrix-swatch" style={{ background: STATUS_COLORS[region.strategy.status] }} aria-hidden="true" />
                    {status ? status[lang] : region.strategy.status}
                  </td>
                  <td className="matrix-num">{region.strategy.adopted}</td>
                  <td className="matrix-num">{counts.get(region.code) ?? 0}</td>
                  {columns.map((p, i) => (
                    <MatrixCell
                      key={p.id}
                      region={region}
                      practice={p}
                      has={holders.get(p.id)?.has(region.code) ?? false}
                      groupStart={startsGroup(columns, i)}
                      isActive={active?.code === region.code && active.practiceId === p.id}
                      detailsId={detailsId}
                      lang={lang}
                      onOpen={open}
                    />
                  ))}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="matrix-region matrix-foot-label">
                {t.footerCount}
              </th>
              <td />
              <td />
              <td />
              {columns.map((p, i) => (
                <td key={p.id} className={`matrix-num matrix-foot${startsGroup(columns, i) ? " group-start" : ""}`}>
                  {p.regions.length}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {active && activeRegion && activePractice && (
        <MatrixDetails
          id={detailsId}
          headingId={detailsHeadingId}
          headingRef={detailsHeading}
          data={data}
          region={activeRegion}
          practice={activePractice}
          lang={lang}
          onClose={close}
        />
      )}
    </div>
  );
}

function startsGroup(columns: readonly Practice[], i: number): boolean {
  return i > 0 && columns[i - 1]?.question !== columns[i]?.question;
}

type MatrixCellProps = {
  region: Region;
  practice: Practice;
  has: boolean;
  groupStart: boolean;
  isActive: boolean;
  detailsId: string;
  lang: Lang;
  onOpen: (cell: ActiveCell, button: HTMLButtonElement) => void;
};

function MatrixCell({ region, practice, has, groupStart, isActive, detailsId, lang, onOpen }: MatrixCellProps) {
  const t = OVERVIEW_STRINGS[lang];
  const className = `matrix-cell${has ? " has" : ""}${groupStart ? " group-start" : ""}${isActive ? " is-active" : ""}`;
  if (!has) {
    return (
      <td className={className} data-practice={practice.id}>
        <span className="sr-only">{t.no}</span>
      </td>
    );
  }
  return (
    <td className={className} data-practice={practice.id}>
      <button
        type="button"
        className="matrix-mark"
        aria-label={t.cellButton(region.name, practice[lang])}
        aria-expanded={isActive}
        aria-controls={isActive ? detailsId : undefined}
        title={t.cellTitle(region.name, practice[lang])}
        onClick={(e) => onOpen({ code: region.code, practiceId: practice.id }, e.currentTarget)}
      >
        <span aria-hidden="true">●</span>
        <span className="sr-only">{t.yes}</span>
      </button>
    </td>
  );
}

type MatrixDetailsProps = {
  id: string;
  headingId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  data: Dataset;
  region: Region;
  practice: Practice;
  lang: Lang;
  onClose: () => void;
};

function MatrixDetails({ id, headingId, headingRef, data, region, practice, lang, onClose }: MatrixDetailsProps) {
  const t = OVERVIEW_STRINGS[lang];
  const question = data.questions.find((q) => q.id === practice.question);
  // The region's own passage under the same question, when it adds to the practice's quote.
  const excerpt = data.excerpts.find(
    (e) => e.region === region.code && e.question === practice.question && !practice.source.quote.includes(e.text),
  );
  return (
    <section id={id} className="matrix-details" aria-labelledby={headingId}>
      <div className="matrix-details-head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {region.name} – {practice[lang]}
        </h2>
        <button type="button" className="matrix-close" aria-label={t.closeDetails} onClick={onClose}>
          {t.close} <span aria-hidden="true">×</span>
        </button>
      </div>
      {question && <p className="matrix-details-question">{t.detailsQuestion(question.section, question[lang])}</p>}
      {practice.allRegions && <p className="matrix-details-note">{t.detailsAllRegions}</p>}
      <ReportQuote text={practice.source.quote} section={practice.source.section} footnote={practice.source.footnote} lang={lang} />
      {excerpt && (
        <>
          <h3 className="matrix-details-sub">{t.detailsRegionExcerpt(region.name, excerpt.section)}</h3>
          <ReportQuote text={excerpt.text} section={excerpt.section} lang={lang} />
        </>
      )}
    </section>
  );
}
