import type { Lang } from "./strings";

/** Words of a comparison on a slide, in its PNG, print and PowerPoint (domain/comparisonTable.ts). */
const sv = {
  heading: (n: number) => `${n} regioner jämförda`,
  status: "Status (2.1)",
  footnote: (n: number) => `fotnot ${n}`,
  adopted: "Antagen",
  horizon: "Tidshorisont",
  named: "nämns",
  notNamed: "–",
  onlyHere: "Förteckningar som av dessa bara nämner regionen",
  namedWith: "Nämns tillsammans med någon annan av regionerna i",
  examples: "Exempel som nämner regionen",
  count: (n: number) => String(n),
  note: "Rapportens förteckningar är exempel, inte fullständiga register.",
};

export type ComparisonSlideStrings = typeof sv;

const en: ComparisonSlideStrings = {
  heading: (n) => `${n} regions compared`,
  status: "Status (2.1)",
  footnote: (n) => `footnote ${n}`,
  adopted: "Adopted",
  horizon: "Time horizon",
  named: "named",
  notNamed: "–",
  onlyHere: "Lists naming only this one of them",
  namedWith: "Named together with another of the regions in",
  examples: "Examples naming the region",
  count: (n) => String(n),
  note: "The report's lists are examples, not complete records.",
};

export const COMPARISON_SLIDE_STRINGS: Record<Lang, ComparisonSlideStrings> = { sv, en };
