import { useId } from "react";
import type { Excerpt, Question } from "../../data/schema";
import type { RegionStrings } from "../../i18n/region";
import type { Lang } from "../../i18n/strings";
import { ReportQuote } from "../../ui/ReportQuote";

type ExcerptListProps = {
  questions: readonly Question[];
  /** The region's excerpts grouped by question id; `undefined` holds sections 1.1 and 2.1. */
  groups: Map<number | undefined, Excerpt[]>;
  lang: Lang;
  t: RegionStrings;
};

/** Every passage of the report that names the region, verbatim, in the order of the questions. */
export function ExcerptList({ questions, groups, lang, t }: ExcerptListProps) {
  const headingId = useId();
  const withQuestion = questions.filter((q) => groups.has(q.id));
  const other = groups.get(undefined) ?? [];
  const empty = withQuestion.length === 0 && other.length === 0;
  return (
    <section className="region-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.excerptsHeading}</h3>
      {empty ? (
        <p className="region-empty">{t.noExcerpts}</p>
      ) : (
        <p className="region-intro">{t.excerptsIntro}</p>
      )}
      {withQuestion.map((question) => (
        <section key={question.id} className="region-question">
          <h4>{t.questionHeading(question.section, lang === "sv" ? question.sv : question.en)}</h4>
          <ExcerptQuotes excerpts={groups.get(question.id) ?? []} lang={lang} />
        </section>
      ))}
      {other.length > 0 && (
        <section className="region-question">
          <h4>{t.otherGroup}</h4>
          {/* No question here: the citation under each quote names its section (1.1 or 2.1). */}
          <ExcerptQuotes excerpts={other} lang={lang} />
        </section>
      )}
    </section>
  );
}

function ExcerptQuotes({ excerpts, lang }: { excerpts: readonly Excerpt[]; lang: Lang }) {
  return (
    <ul className="region-excerpts">
      {excerpts.map((excerpt, i) => (
        <li key={`${excerpt.section}-${i}`}>
          <ReportQuote text={excerpt.text} section={excerpt.section} lang={lang} />
        </li>
      ))}
    </ul>
  );
}
