import { useId } from "react";
import type { Dataset } from "../../data/schema";
import { OVERVIEW_STRINGS } from "../../i18n/overview";
import type { Lang } from "../../i18n/strings";
import { ReportQuote } from "../../ui/ReportQuote";
import { SourceLinks } from "./SourceLinks";

/**
 * "Om underlaget", short: how the report was made and what it does not claim
 * in one line, the report's own words (1.4, 1.4.1) one click away, and what
 * the dashboard computes itself.
 */
export function AboutSource({ data, lang }: { data: Dataset; lang: Lang }) {
  const t = OVERVIEW_STRINGS[lang];
  const id = useId();
  return (
    <section className="overview-section overview-about" aria-labelledby={id} data-testid="about-source">
      <h3 id={id}>{t.aboutTitle}</h3>
      <p className="overview-note">{data.caveats.short[lang]}</p>
      <details className="overview-about-details">
        <summary>{t.aboutIntro}</summary>
        {data.caveats.items.map((item) => (
          <ReportQuote key={item.id} text={item.quote} section={item.section} lang={lang} />
        ))}
      </details>
      <p className="overview-note">
        <strong>{t.computedTitle}:</strong> {t.computedBody}
      </p>
      <SourceLinks edition={data.edition.id} regionTotal={data.regions.length} lang={lang} />
    </section>
  );
}
