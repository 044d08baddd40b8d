import { useId } from "react";
import { editionById } from "../../data/editions";
import { LINK_STRINGS, siteOf } from "../../i18n/links";
import type { Lang } from "../../i18n/strings";
import "./regionLinks.css";

type RegionLinksProps = {
  /** The edition of the dataset shown: its manifest lists the links (docs/EDITIONS.md, "Links"). */
  edition: string;
  code: string;
  lang: Lang;
};

/**
 * "Källor": the region's own page on its strategy, where the edition's manifest lists one (and where it was found).
 * Plain links that open in a new tab: nothing is fetched, so the page still requests nothing beyond its own origin.
 * An edition without a manifest (an opened file), or a region without a link, shows nothing.
 */
export function RegionLinks({ edition, code, lang }: RegionLinksProps) {
  const t = LINK_STRINGS[lang];
  const headingId = useId();
  const links = editionById(edition)?.manifest.links.filter((link) => link.region === code) ?? [];
  if (links.length === 0) return null;
  return (
    <section className="region-section region-links" aria-labelledby={headingId} data-testid="region-links">
      <h3 id={headingId}>{t.regionHeading}</h3>
      <ul className="region-links-list">
        {links.map((link) => (
          <li key={link.url}>
            <a href={link.url} target="_blank" rel="noopener noreferrer">
              {link[lang]}
              <span className="visually-hidden"> ({t.newTab})</span>
            </a>{" "}
            <span className="region-links-site">{siteOf(link.url)}</span>
          </li>
        ))}
      </ul>
      <p className="region-links-note">{t.regionNote}</p>
    </section>
  );
}
