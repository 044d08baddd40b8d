import { useId, useState } from "react";
import type { Practice, Question } from "../../data/schema";
import { evidenceLabel } from "../../domain/evidence";
import { EVIDENCE_STRINGS } from "../../i18n/evidence";
import type { RegionStrings } from "../../i18n/region";
import type { Lang } from "../../i18n/strings";
import { ReportQuote } from "../../ui/ReportQuote";

type PracticeListProps = {
  name: string;
  questions: readonly Question[];
  /** The report's lists and examples naming the region, grouped by question id. */
  groups: Map<number | undefined, Practice[]>;
  /** The report's statements of all regions: shown once, apart, and never counted as the region's. */
  allStatements: readonly Practice[];
  figures: { listed: number; examples: number };
  regionTotal: number;
  lang: Lang;
  t: RegionStrings;
  onShowPractice: (practiceId: string) => void;
};

/**
 * What the report says of the region under its nine questions: each list and
 * example with its kind in words, then — apart, and not counted — what the
 * report says of all regions.
 */
export function PracticeList({ name, questions, groups, allStatements, figures, regionTotal, lang, t, onShowPractice }: PracticeListProps) {
  const headingId = useId();
  const te = EVIDENCE_STRINGS[lang];
  return (
    <section className="region-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.practicesHeading}</h3>
      <p className="region-intro" data-testid="region-figures">
        {te.regionFigures(name, figures.listed, figures.examples)}
      </p>
      <p className="region-intro">{te.examplesNotComplete}</p>
      {questions.map((question) => {
        const practices = groups.get(question.id) ?? [];
        return (
          <section key={question.id} className="region-question" data-question={question.id}>
            <h4 title={lang === "sv" ? question.text : question.textEn}>
              {t.questionHeading(question.section, lang === "sv" ? question.sv : question.en)}
            </h4>
            {practices.length === 0 ? (
              <p className="region-empty">{t.noPractices}</p>
            ) : (
              <PracticeItems practices={practices} regionTotal={regionTotal} lang={lang} t={t} onShowPractice={onShowPractice} />
            )}
          </section>
        );
      })}
      {allStatements.length > 0 && (
        <details className="region-all-statements" data-testid="all-statements">
          <summary>{t.allStatementsHeading(allStatements.length)}</summary>
          <p className="region-intro">{te.allStatements(allStatements.length)}</p>
          <PracticeItems practices={allStatements} regionTotal={regionTotal} lang={lang} t={t} onShowPractice={onShowPractice} />
        </details>
      )}
    </section>
  );
}

type PracticeItemProps = {
  practice: Practice;
  regionTotal: number;
  lang: Lang;
  t: RegionStrings;
  onShowPractice: (practiceId: string) => void;
};

/** Practices as a list, each with its disclosure (one question's, or the statements of all regions). */
function PracticeItems({ practices, ...item }: Omit<PracticeItemProps, "practice"> & { practices: readonly Practice[] }) {
  return (
    <ul className="region-practices">
      {practices.map((practice) => (
        <PracticeItem key={practice.id} practice={practice} {...item} />
      ))}
    </ul>
  );
}

/**
 * A button with aria-expanded rather than <details>: the quote is only in the
 * document while it is shown, so screen readers and tests see what sighted
 * users see.
 */
function PracticeItem({ practice, regionTotal, lang, t, onShowPractice }: PracticeItemProps) {
  const [expanded, setExpanded] = useState(false);
  const bodyId = useId();
  const label = lang === "sv" ? practice.sv : practice.en;
  const kind = evidenceLabel(practice, lang);
  const reach = practice.evidence === "listed" ? ` · ${t.regionCount(practice.regions.length, regionTotal)}` : "";
  return (
    <li className="region-practice" data-evidence={practice.evidence}>
      <button
        type="button"
        className="region-disclosure"
        aria-expanded={expanded}
        aria-controls={bodyId}
        onClick={() => setExpanded((open) => !open)}
      >
        <span className="region-disclosure-icon" aria-hidden="true">
          {expanded ? "▾" : "▸"}
        </span>
        <span className="region-practice-label">
          {practice.group && <span className="region-practice-group">{practice.group[lang]}: </span>}
          {label}
        </span>
        <span className="region-practice-meta" data-testid="evidence">
          {kind}
          {reach}
        </span>
      </button>
      <div id={bodyId} className="region-practice-body" hidden={!expanded}>
        {expanded && (
          <>
            <ReportQuote text={practice.source.quote} section={practice.source.section} footnote={practice.source.footnote} lang={lang} />
            <button type="button" className="region-button region-button-small" onClick={() => onShowPractice(practice.id)}>
              {t.showOnMap}
              {/* The visible words start the accessible name (WCAG 2.5.3); the label says which practice. */}
              <span className="visually-hidden">: {label}</span>
            </button>
          </>
        )}
      </div>
    </li>
  );
}
