import type { Lang } from "./strings";

/**
 * Words around the edition's source links (data/editions/<id>/manifest.json `links`): the region's own pages in the
 * region panel, the report's publication in "Om underlaget". The links' own text comes from the manifest.
 */
const sv = {
  regionHeading: "Källor",
  regionNote: "Regionens egen sida, utanför RUS-kartan. Hittad och sparad när länken lades till; den kan ha ändrats sedan dess.",
  sourcesHeading: "Källor på webben",
  publication: "Rapporten hos utgivaren",
  noPublication: "Ingen sida hos utgivaren som listar rapporten hittades, så här finns ingen länk till den.",
  regionPages: (count: number, total: number) =>
    `${count} av ${total} regioner har en länk till sin egen sida om strategin; den står i regionens panel.`,
  newTab: "öppnas i ny flik",
};

export type LinkStrings = typeof sv;

const en: LinkStrings = {
  regionHeading: "Sources",
  regionNote: "The region's own page, outside RUS-kartan. Found and stored when the link was added; it may have changed since.",
  sourcesHeading: "Sources on the web",
  publication: "The report at its publisher",
  noPublication: "No page of the publisher listing the report was found, so there is no link to it here.",
  regionPages: (count: number, total: number) =>
    `${count} of ${total} regions have a link to their own page on the strategy; it is in the region's panel.`,
  newTab: "opens in a new tab",
};

export const LINK_STRINGS: Record<Lang, LinkStrings> = { sv, en };

/** "regionstockholm.se": the site a link leads to, shown beside it so the reader sees where it goes. */
export function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./u, "");
}
