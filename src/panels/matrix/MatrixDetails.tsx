import type { RefObject } from "react";
import type { Dataset, Region } from "../../data/schema";
import { evidenceLabel } from "../../domain/evidence";
import { OVERVIEW_STRINGS } from "../../i18n/overview";
import type { Lang } from "../../i18n/strings";
import { ReportQuote } from "../../ui/ReportQuote";
import { cellPractices, type MatrixColumn } from "./matrixColumns";

type MatrixDetailsProps = {
  id: string;
  headingId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  data: Dataset;
  region: Region;
  column: MatrixColumn;
  lang: Lang;
  onClose: () => void;
};

/** The quotes behind a filled cell: each list or example with its kind in words, verbatim with its citation. */
export function MatrixDetails({ id, headingId, headingRef, data, region, column, lang, onClose }: MatrixDetailsProps) {
  const t = OVERVIEW_STRINGS[lang];
  const question = data.questions.find((q) => q.id === column.question);
  const practices = cellPractices(column, region.code);
  const title = column.kind === "list" ? column.practice[lang] : t.examplesColumn;
  return (
    <section id={id} className="matrix-details" aria-labelledby={headingId}>
      <div className="matrix-details-head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {region.name} – {title}
        </h2>
        <button type="button" className="matrix-close" aria-label={t.closeDetails} onClick={onClose}>
          {t.close} <span aria-hidden="true">×</span>
        </button>
      </div>
      {question && <p className="matrix-details-question">{t.detailsQuestion(question.section, question[lang])}</p>}
      {practices.map((practice) => (
        <div key={practice.id} className="matrix-details-item">
          <p className="matrix-details-kind">
            <strong>{practice[lang]}</strong> · {evidenceLabel(practice, lang)}
          </p>
          <ReportQuote text={practice.source.quote} section={practice.source.section} footnote={practice.source.footnote} lang={lang} />
        </div>
      ))}
    </section>
  );
}
