import { useId } from "react";
import { editionById } from "../../data/editions";
import { LINK_STRINGS, siteOf } from "../../i18n/links";
import type { Lang } from "../../i18n/strings";
import "./sourceLinks.css";

type SourceLinksProps = {
  /** The edition of the dataset shown: its manifest lists the links (docs/EDITIONS.md, "Links"). */
  edition: string;
  /** How many regions the dataset has, for "14 av 21 regioner". */
  regionTotal: number;
  lang: Lang;
};

/**
 * The edition's links in "Om underlaget": the report's own publication where a page of its publisher lists it (or
 * that none was found), and how many regions have a link to their own page, which stands in the region panel.
 * Plain links, never fetched. An edition without a manifest or without links shows nothing.
 */
export function SourceLinks({ edition, regionTotal, lang }: SourceLinksProps) {
  const t = LINK_STRINGS[lang];
  const headingId = useId();
  const links = editionById(edition)?.manifest.links ?? [];
  if (links.length === 0) return null;
  const publication = links.filter((link) => link.region === undefined);
  const regionsWithPage = new Set(links.flatMap((link) => (link.region ? [link.region] : []))).size;
  return (
    <div className="overview-links" role="group" aria-labelledby={headingId} data-testid="source-links">
      <h4 id={headingId}>{t.sourcesHeading}</h4>
      {publication.length > 0 ? (
        <ul className="overview-links-list" aria-label={t.publication}>
          {publication.map((link) => (
            <li key={link.url}>
              <a href={link.url} target="_blank" rel="noopener noreferrer">
                {link[lang]}
                <span className="visually-hidden"> ({t.newTab})</span>
              </a>{" "}
              <span className="overview-links-site">{siteOf(link.url)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="overview-note">{t.noPublication}</p>
      )}
      {regionsWithPage > 0 && <p className="overview-note">{t.regionPages(regionsWithPage, regionTotal)}</p>}
    </div>
  );
}
