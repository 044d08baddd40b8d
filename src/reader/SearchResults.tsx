import { sectionLabel } from "../i18n/citation";
import { listOf } from "../i18n/plural";
import { READER_STRINGS } from "../i18n/reader";
import type { ReportDoc } from "../data/reportSchema";
import type { SearchResult } from "../data/reportSearch";
import { PassageText, type PassageContext } from "./ReaderPassage";

type SearchResultsProps = {
  doc: ReportDoc;
  result: SearchResult;
  ctx: PassageContext;
  onShowInText: (passageId: string) => void;
};

/**
 * The hits by section: each passage (with the heading that is its subject)
 * with the words highlighted, in Swedish and, in English, in the translation;
 * the footnotes of the matching statements; the regions the hit names, those
 * its paragraph names elsewhere, and whether it speaks of all regions; and a
 * way to the passage in the whole text.
 */
export function SearchResults({ doc, result, ctx, onShowInText }: SearchResultsProps) {
  const t = READER_STRINGS[ctx.lang];
  const titleOf = new Map(doc.sections.map((s) => [s.id, s.title]));
  // The hits are shown in Swedish whatever the interface (the report's own words), the English under them.
  const swedish: PassageContext = { ...ctx, textLang: () => "sv" };
  return (
    <div className="reader-results" data-testid="search-results">
      {result.sections.map((section) => (
        <section key={section} className="reader-result-section" data-section={section}>
          <h3>
            {sectionLabel(ctx.lang, section)} {/^\d/u.test(section) ? titleOf.get(section) : ""}
          </h3>
          <ol className="reader-hits">
            {result.hits
              .filter((hit) => hit.passage.section === section)
              .map((hit) => {
                const namesSelected = ctx.selected !== undefined && hit.strong.includes(ctx.selected);
                return (
                  <li key={hit.passage.id} className={`reader-hit-item${namesSelected ? " names-selected" : ""}`} data-hit={hit.passage.id}>
                    {hit.heading && (
                      <p lang="sv" className="reader-hit-heading">
                        <PassageText text={hit.heading.passage.text} ctx={swedish} hits={hit.heading.ranges} />
                      </p>
                    )}
                    <p lang="sv">
                      <PassageText text={hit.passage.text} ctx={swedish} hits={hit.ranges} />
                    </p>
                    {/* In English, the passage's translation under the Swedish, with what the words found there. */}
                    {ctx.textLang(hit.passage.id) === "en" && (
                      <p lang="en" className="reader-hit-translation">
                        <span className="translation-label">{t.unofficial}:</span>{" "}
                        <PassageText text={ctx.textOf(hit.passage)} ctx={ctx} hits={hit.english} />
                      </p>
                    )}
                    {hit.footnotes.map((note) => (
                      <p key={note.n} lang="sv" className="reader-footnote">
                        <span className="reader-footnote-label">{t.footnote(note.n)}:</span>{" "}
                        <PassageText text={ctx.footnote(note.n)!.text} ctx={swedish} hits={note.ranges} />
                      </p>
                    ))}
                    <p className="reader-hit-meta" data-testid="hit-meta">
                      {hit.allRegions && <span className="hit-all">{t.allRegions}. </span>}
                      {hit.strong.length > 0 && <span>{t.hitNames(listOf(ctx.lang, hit.strong.map(ctx.nameOf)))}. </span>}
                      {hit.light.length > 0 && (
                        <span className="hit-light">{t.hitNear(listOf(ctx.lang, hit.light.map(ctx.nameOf)))}. </span>
                      )}
                      {hit.lightAllRegions && <span className="hit-light">{t.passageAllRegions}. </span>}
                      <button type="button" className="link-button" onClick={() => onShowInText(hit.passage.id)}>
                        {t.showInText}
                      </button>
                    </p>
                  </li>
                );
              })}
          </ol>
        </section>
      ))}
    </div>
  );
}
