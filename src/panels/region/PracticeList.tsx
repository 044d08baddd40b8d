import { useId, useState } from "react";
import type { Practice, Question } from "../../data/schema";
import type { RegionStrings } from "../../i18n/region";
import type { Lang } from "../../i18n/strings";
import { ReportQuote } from "../../ui/ReportQuote";

type PracticeListProps = {
  questions: readonly Question[];
  /** The region's practices grouped by question id. */
  groups: Map<number | undefined, Practice[]>;
  regionTotal: number;
  lang: Lang;
  t: RegionStrings;
  onShowPractice: (practiceId: string) => void;
};

/** The region's practices under the report's nine questions, each a disclosure with its source. */
export function PracticeList({ questions, groups, regionTotal, lang, t, onShowPractice }: PracticeListProps) {
  const headingId = useId();
  return (
    <section className="region-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.practicesHeading}</h3>
      <p className="region-intro">{t.practicesIntro}</p>
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
              <ul className="region-practices">
                {practices.map((practice) => (
                  <PracticeItem
                    key={practice.id}
                    practice={practice}
                    regionTotal={regionTotal}
                    lang={lang}
                    t={t}
                    onShowPractice={onShowPractice}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
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

/**
 * A button with aria-expanded rather than <details>: the quote is only in the
 * document while it is shown, so screen readers and tests see what sighted
 * users see.
 */
function PracticeItem({ practice, regionTotal, lang, t, onShowPractice }: PracticeItemProps) {
  const [expanded, setExpanded] = useState(false);
  const bodyId = useId();
  const label = lang === "sv" ? practice.sv : practice.en;
  return (
    <li className="region-practice">
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
        <span className="region-practice-label">{label}</span>
        <span className="region-practice-meta">
          {practice.allRegions ? t.allRegions : t.regionCount(practice.regions.length, regionTotal)}
        </span>
      </button>
      <div id={bodyId} className="region-practice-body" hidden={!expanded}>
        {expanded && (
          <>
            <ReportQuote
              text={practice.source.quote}
              section={practice.source.section}
              footnote={practice.source.footnote}
              lang={lang}
            />
            <button
              type="button"
              className="region-button region-button-small"
              onClick={() => onShowPractice(practice.id)}
            >
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
