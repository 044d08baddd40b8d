import { useId } from "react";
import type { DataNote, Region, Status } from "../../data/schema";
import { horizonText, type RegionStrings } from "../../i18n/region";
import type { Lang } from "../../i18n/strings";
import { passageSection } from "../../data/selectors";
import { DataNotes } from "../../ui/DataNotes";
import { ReportQuote } from "../../ui/ReportQuote";
import { useEnglish } from "../../ui/reportSource";
import { READER_STRINGS } from "../../i18n/reader";

type StrategyHeaderProps = {
  region: Region;
  status: Status | undefined;
  /** The data notes on this region's strategy: where two passages of the report differ, or how RUS-kartan reads it. */
  notes: readonly DataNote[];
  lang: Lang;
  t: RegionStrings;
};

/**
 * The strategy as the report lists it: verbatim title, horizon, adoption and
 * revision years, and the status in the report's own words (section 2.1).
 */
export function StrategyHeader({ region, status, notes, lang, t }: StrategyHeaderProps) {
  const { strategy } = region;
  const headingId = useId();
  const gloss = useEnglish(lang)?.gloss(strategy.title);
  return (
    <section className="region-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.strategyHeading}</h3>
      <p className="region-strategy-title">
        <cite lang="sv">{strategy.title}</cite>
        {/* The title stays Swedish; in English an unofficial gloss follows it. */}
        {gloss && (
          <span className="region-strategy-gloss">
            {" "}
            ({gloss}; <span className="translation-label">{READER_STRINGS[lang].unofficial.toLowerCase()}</span>)
          </span>
        )}
      </p>
      <dl className="region-facts">
        <div>
          <dt>{t.horizon}</dt>
          <dd>{horizonText(strategy, t)}</dd>
        </div>
        <div>
          <dt>{t.adopted}</dt>
          <dd>{t.adoptedValue(strategy.adopted, strategy.revised)}</dd>
        </div>
        {status && (
          <div>
            <dt>{t.status}</dt>
            <dd>
              <span className="region-status-label">{lang === "sv" ? status.sv : status.en}</span>
            </dd>
          </div>
        )}
      </dl>
      {status && <ReportQuote text={status.quote} section={passageSection(status.passage)} footnote={status.footnote} lang={lang} />}
      <DataNotes notes={notes} lang={lang} />
      {strategy.note && status && (
        <div className="region-note">
          <p className="region-note-label">{t.note}</p>
          {/* The note is the status footnote's own text (e.g. footnote 14 for Jämtland Härjedalen). */}
          <ReportQuote text={strategy.note} section={passageSection(status.passage)} footnote={status.footnote} lang={lang} />
        </div>
      )}
    </section>
  );
}
