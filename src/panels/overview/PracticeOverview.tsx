import { useId, useMemo } from "react";
import type { Dataset } from "../../data/schema";
import { prevalenceGroups } from "../../domain/overviewData";
import { evidenceLabel } from "../../domain/evidence";
import { EVIDENCE_STRINGS } from "../../i18n/evidence";
import { listOf } from "../../i18n/plural";
import { OVERVIEW_STRINGS } from "../../i18n/overview";
import type { Lang } from "../../i18n/strings";

type PracticeOverviewProps = { data: Dataset; lang: Lang; onShowPractice: (practiceId: string) => void };

/**
 * The report's practices question by question, by kind: its lists with a bar
 * for the regions each names, its examples with the region they name, and its
 * statements of all regions, apart and without a bar.
 */
export function PracticeOverview({ data, lang, onShowPractice }: PracticeOverviewProps) {
  const t = OVERVIEW_STRINGS[lang];
  const te = EVIDENCE_STRINGS[lang];
  const id = useId();
  const groups = useMemo(() => prevalenceGroups(data, lang), [data, lang]);
  const total = data.regions.length;
  const nameOf = (code: string) => data.regions.find((r) => r.code === code)?.name ?? code;
  return (
    <section className="overview-section" aria-labelledby={`${id}-practices`}>
      <h3 id={`${id}-practices`}>{t.prevalenceTitle}</h3>
      <p className="overview-note">{t.prevalenceIntro}</p>
      <p className="overview-note">{te.examplesNotComplete}</p>
      <p className="overview-note">{t.prevalenceHint}</p>
      {groups.map(({ question, lists, examples, all }) => (
        <div key={question.id} className="prevalence-group" role="group" aria-labelledby={`${id}-q${question.id}`}>
          <h4 id={`${id}-q${question.id}`} className="prevalence-question">
            <span className="section-number">{question.section}</span> {question[lang]}
          </h4>
          <ul className="prevalence-list">
            {lists.map(({ practice, count }) => (
              <li key={practice.id}>
                <button
                  type="button"
                  className="prevalence-row"
                  data-practice={practice.id}
                  title={t.showOnMap}
                  onClick={() => onShowPractice(practice.id)}
                >
                  <span className="prevalence-label">
                    {practice[lang]}
                    <span className="prevalence-kind">{evidenceLabel(practice, lang)}</span>
                  </span>
                  <span className="prevalence-bar" aria-hidden="true">
                    <span className="prevalence-fill" style={{ width: `${(count / total) * 100}%` }} />
                  </span>
                  <span className="prevalence-count">{t.prevalenceCount(count, total)}</span>
                </button>
              </li>
            ))}
          </ul>
          {examples.length > 0 && (
            <>
              <p className="prevalence-subheading">{t.examplesHeading}</p>
              <ul className="prevalence-examples">
                {examples.map((practice) => (
                  <li key={practice.id}>
                    <button type="button" className="link-button" data-practice={practice.id} onClick={() => onShowPractice(practice.id)}>
                      {listOf(lang, practice.regions.map(nameOf))}
                    </button>
                    : {practice.group ? `${practice.group[lang]}: ` : ""}
                    {practice[lang]}
                  </li>
                ))}
              </ul>
            </>
          )}
          {all.length > 0 && (
            <>
              <p className="prevalence-subheading">{t.allHeading}</p>
              <ul className="prevalence-examples">
                {all.map((practice) => (
                  <li key={practice.id} data-practice={practice.id}>
                    {practice[lang]} <span className="all-regions-badge">{te.all}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </section>
  );
}
