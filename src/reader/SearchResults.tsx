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
 * The hits by section, each passage with the words highlighted (in Swedish, as
 * searched), the footnotes that matched, the regions it names, and a way to
 * the passage in the whole text.
 */
export function SearchResults({ doc, result, ctx, onShowInText }: SearchResultsProps) {
  const t = READER_STRINGS[ctx.lang];
  const titleOf = new Map(doc.sections.map((s) => [s.id, s.title]));
  // The hits are shown in Swedish whatever the interface: that is the text the words were found in.
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
                const named = hit.regions;
                const namesSelected = ctx.selected !== undefined && named.includes(ctx.selected);
                return (
                  <li key={hit.passage.id} className={`reader-hit-item${namesSelected ? " names-selected" : ""}`} data-hit={hit.passage.id}>
                    <p lang="sv">
                      <PassageText text={hit.passage.text} ctx={swedish} hits={hit.ranges} />
                    </p>
                    {/* In English, the passage's translation under the Swedish it was found in. */}
                    {ctx.textLang(hit.passage.id) === "en" && (
                      <p lang="en" className="reader-hit-translation">
                        <span className="translation-label">{t.unofficial}:</span> <PassageText text={ctx.textOf(hit.passage)} ctx={ctx} />
                      </p>
                    )}
                    {hit.footnotes.map((note) => (
                      <p key={note.n} lang="sv" className="reader-footnote">
                        <span className="reader-footnote-label">{t.footnote(note.n)}:</span>{" "}
                        <PassageText text={ctx.footnote(note.n)!.text} ctx={swedish} hits={note.ranges} />
                      </p>
                    ))}
                    <p className="reader-hit-meta">
                      {named.length > 0 && <span>{t.hitNames(listOf(ctx.lang, named.map(ctx.nameOf)))}. </span>}
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
