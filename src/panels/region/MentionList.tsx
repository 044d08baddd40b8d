import { useId } from "react";
import type { Excerpt, Region } from "../../data/schema";
import type { RegionStrings } from "../../i18n/region";
import type { Lang } from "../../i18n/strings";
import { ReportQuote } from "../../ui/ReportQuote";

type MentionListProps = {
  region: Region;
  /** Every place the report names the region, in report order (the dataset's excerpts). */
  mentions: readonly Excerpt[];
  lang: Lang;
  t: RegionStrings;
};

/** "fotnoterna 12 (2.1), 20 (2.2.2), 28 (2.2.6) och en mening i 2.2.8": the mentions in one line. */
export function mentionsLine(mentions: readonly Excerpt[], t: RegionStrings): string {
  const footnotes = mentions.filter((m) => m.kind === "footnote").map((m) => t.mentionFootnote(m.footnote ?? 0, m.section));
  const sentences = mentions.filter((m) => m.kind === "text").map((m) => m.section);
  const parts = [
    ...(footnotes.length > 0 ? [t.mentionFootnotes(footnotes)] : []),
    ...(sentences.length > 0 ? [t.mentionSentences(sentences)] : []),
  ];
  return parts.join(t.mentionsAnd);
}

/**
 * Every place the report names the region, in report order: each sentence of
 * running text, and each footnote that lists it with the sentence its marker
 * belongs to; then the region's line in the list of strategies.
 */
export function MentionList({ region, mentions, lang, t }: MentionListProps) {
  const headingId = useId();
  return (
    <section className="region-section" aria-labelledby={headingId} data-testid="mentions">
      <h3 id={headingId}>{t.mentionsHeading}</h3>
      <p className="region-intro" data-testid="mentions-summary">
        {t.mentionsSummary(region.name, mentions.length, mentionsLine(mentions, t))}
      </p>
      <ol className="region-mentions">
        {mentions.map((mention) => (
          <li
            key={`${mention.passage}-${mention.kind}-${mention.footnote ?? mention.text}`}
            data-kind={mention.kind}
            data-footnote={mention.footnote}
          >
            <ReportQuote
              text={mention.text}
              section={mention.section}
              footnote={mention.footnote}
              note={
                mention.kind === "footnote" ? { label: t.mentionFootnoteLabel(mention.footnote ?? 0), text: mention.note ?? "" } : undefined
              }
              lang={lang}
            />
          </li>
        ))}
      </ol>
      <p className="region-intro">{t.listingMention}</p>
      <ReportQuote text={region.strategy.listing} section="underlag" lang={lang} />
    </section>
  );
}
