import { Fragment, useId, useState } from "react";
import type { Dataset, Region } from "../../data/schema";
import type { CompareStrings } from "../../i18n/compare";
import type { Lang } from "../../i18n/strings";
import { evidenceLabel } from "../../domain/evidence";
import { ReportQuote } from "../../ui/ReportQuote";
import { SlashBreaks } from "../../ui/SlashBreaks";
import type { CompareRow, Share } from "./compareData";

type PracticeRowsProps = {
  data: Dataset;
  regions: readonly Region[];
  rows: Map<number, CompareRow[]>;
  lang: Lang;
  t: CompareStrings;
  onShowPractice: (practiceId: string) => void;
};

/** The practices' column at its narrowest (their longest word, "arbetsmarknadsregioner,", in bold), and a region's. */
const PRACTICE_COLUMN_MIN = "14rem";
const REGION_COLUMN = "2.3rem";

/** Icons carry the share as well as words, so colour is never the only cue. */
const SHARE_ICON: Record<Share, string> = { all: "≡", some: "◐", one: "◆", example: "•" };

/**
 * The practices of the compared regions, question by question, one row per
 * practice and one column per region. Rows not shared by all are emphasised;
 * "show differences only" hides the rest.
 */
export function PracticeRows({ data, regions, rows, lang, t, onShowPractice }: PracticeRowsProps) {
  const toggleId = useId();
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const nameOf = (code: string) => regions.find((r) => r.code === code)?.name ?? code;
  const shareLabel = (row: CompareRow) => ({ all: t.shareAll, some: t.shareSome, one: t.shareOne, example: t.shareExample })[row.share];
  const shareLong = (row: CompareRow) => {
    const kind = evidenceLabel(row.practice, lang);
    switch (row.share) {
      case "all":
        return `${kind}. ${t.shareAllLong}`;
      case "some":
        return `${kind}. ${t.shareSomeLong(row.holders.length, regions.length)}`;
      case "one":
        return `${kind}. ${t.shareOneLong(nameOf(row.holders[0]!))}`;
      case "example":
        return t.shareExampleLong(t.list(row.holders.map(nameOf)));
    }
  };
  const totals = regions.map((r) => [...rows.values()].flat().filter((row) => row.holders.includes(r.code)).length);

  return (
    <>
      <label className="compare-toggle" htmlFor={toggleId}>
        <input id={toggleId} type="checkbox" checked={onlyDifferences} onChange={(e) => setOnlyDifferences(e.target.checked)} />
        {t.onlyDifferences}
      </label>
      <div className="compare-scroll">
        {/* At least room for the practices' longest words beside the regions' columns: on a phone the table scrolls
            sideways a little rather than break a word in two. */}
        <table
          className="compare-table compare-practices"
          data-testid="compare-practices"
          style={{ minWidth: `calc(${PRACTICE_COLUMN_MIN} + ${regions.length} * ${REGION_COLUMN})` }}
        >
          <thead>
            <tr>
              <th scope="col">{t.practiceColumn}</th>
              {regions.map((r) => (
                <th key={r.code} scope="col" className="compare-col" style={{ width: REGION_COLUMN }}>
                  <span className="compare-col-name">{r.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          {data.questions.map((question) => {
            const all = rows.get(question.id) ?? [];
            const shown = onlyDifferences ? all.filter((row) => row.share !== "all") : all;
            return (
              <tbody key={question.id} data-question={question.id}>
                <tr className="compare-question">
                  <th scope="colgroup" colSpan={regions.length + 1}>
                    {question.section} {question[lang]}
                  </th>
                </tr>
                {shown.length === 0 ? (
                  <tr>
                    <td colSpan={regions.length + 1} className="compare-soft">
                      {all.length === 0 ? t.noRows : t.noDifferences}
                    </td>
                  </tr>
                ) : (
                  shown.map((row) => (
                    <PracticeRow
                      key={row.practice.id}
                      row={row}
                      regions={regions}
                      lang={lang}
                      t={t}
                      share={shareLabel(row)}
                      shareLong={shareLong(row)}
                      onShowPractice={onShowPractice}
                    />
                  ))
                )}
              </tbody>
            );
          })}
          <tfoot>
            <tr>
              <th scope="row">{t.totals}</th>
              {totals.map((n, i) => (
                <td key={regions[i]!.code} className="compare-number">
                  {n}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

type PracticeRowProps = {
  row: CompareRow;
  regions: readonly Region[];
  lang: Lang;
  t: CompareStrings;
  share: string;
  shareLong: string;
  onShowPractice: (practiceId: string) => void;
};

function PracticeRow({ row, regions, lang, t, share, shareLong, onShowPractice }: PracticeRowProps) {
  const [open, setOpen] = useState(false);
  const quoteId = useId();
  const { practice } = row;
  return (
    <Fragment>
      <tr className={`compare-row compare-share-${row.share}`} data-practice={practice.id} data-share={row.share}>
        <th scope="row">
          <button
            type="button"
            className="compare-disclosure"
            aria-expanded={open}
            aria-controls={quoteId}
            onClick={() => setOpen((o) => !o)}
          >
            <span aria-hidden="true">{open ? "▾" : "▸"}</span> <SlashBreaks text={practice[lang]} />
          </button>
          <span className={`compare-share compare-share-tag-${row.share}`} title={shareLong}>
            <span aria-hidden="true">{SHARE_ICON[row.share]}</span> {share}
            <span className="visually-hidden">: {shareLong}</span>
          </span>
        </th>
        {regions.map((r) => {
          const has = row.holders.includes(r.code);
          return (
            <td key={r.code} className={has ? "compare-has" : "compare-lacks"}>
              <span aria-hidden="true">{has ? "✓" : "–"}</span>
              <span className="visually-hidden">{has ? t.has : t.lacks}</span>
            </td>
          );
        })}
      </tr>
      <tr id={quoteId} className="compare-quote-row" hidden={!open}>
        <td colSpan={regions.length + 1}>
          {open && (
            <>
              <ReportQuote text={practice.source.quote} section={practice.source.section} footnote={practice.source.footnote} lang={lang} />
              <button type="button" className="region-button region-button-small" onClick={() => onShowPractice(practice.id)}>
                {t.showOnMap}
                <span className="visually-hidden">: {practice[lang]}</span>
              </button>
            </>
          )}
        </td>
      </tr>
    </Fragment>
  );
}
