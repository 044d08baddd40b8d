import { useId } from "react";
import type { Dataset } from "../../data/schema";
import { OVERVIEW_STRINGS } from "../../i18n/overview";
import type { Lang } from "../../i18n/strings";
import { ReportQuote } from "../../ui/ReportQuote";

/**
 * "Om underlaget": the report's own caveats, verbatim with their sections
 * (how it was made — with the help of AI, from the strategies' intentions —
 * and that it makes no analysis), and what the dashboard computes itself.
 */
export function AboutSource({ data, lang }: { data: Dataset; lang: Lang }) {
  const t = OVERVIEW_STRINGS[lang];
  const id = useId();
  return (
    <section className="overview-section overview-about" aria-labelledby={id} data-testid="about-source">
      <h3 id={id}>{t.aboutTitle}</h3>
      <p className="overview-note">{t.aboutIntro}</p>
      {data.caveats.items.map((item) => (
        <ReportQuote key={item.id} text={item.quote} section={item.section} lang={lang} />
      ))}
      <h4>{t.computedTitle}</h4>
      <p className="overview-note">{t.computedBody}</p>
    </section>
  );
}
