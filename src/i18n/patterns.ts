import type { Lang } from "./strings";

/**
 * Strings of the territorial-pattern tools: the two-practice (bivariate) map,
 * the macro-region outlines (NUTS 2, landsdelar) and the per-group shares.
 * Swedish first; English has the Swedish type so it can never miss a key.
 */
const sv = {
  // Bivariate map
  bivariateTitle: (a: string, b: string) => `A: ${a} · B: ${b}`,
  bivariateSubtitle: (both: number, total: number) => `${both} av ${total} regioner nämns för båda exemplen`,
  both: "Nämns för A och B",
  onlyA: "Nämns bara för A",
  onlyB: "Nämns bara för B",
  neither: "Nämns för ingetdera",
  named: "nämns",
  notNamed: "nämns inte",
  /** Row and column headers of the 2×2 legend. */
  axis: (letter: "A" | "B", state: string) => `${letter} ${state}`,
  bivariateCaption: "Regioner efter vilka av de två exemplen rapporten nämner dem för",
  secondPractice: "Jämför med ett andra exempel",
  noSecondPractice: "Inget andra exempel",

  // Macro-regions
  macroLabel: "Visa storregioner",
  macroNone: "Inga",
  macroOptions: { nuts2: "NUTS 2", landsdel: "Landsdelar" },
  macroNote: { nuts2: "Tjock linje: gräns mellan NUTS 2-regioner", landsdel: "Tjock linje: gräns mellan landsdelar" },

  // Shares per group
  sharesHeading: "Storregioner",
  sharesIntro:
    "Andel av regionerna i varje storregion som rapporten nämner för exemplet. Cellen är mörkare ju större andelen är.",
  sharesGrouping: "Indelning",
  sharesPractice: "Exempel",
  sharesAll: "Hela landet",
  sharesCell: (n: number, total: number) => `${n}/${total}`,
  sharesCellLong: (n: number, total: number, group: string) => `${n} av ${total} regioner i ${group}`,
  sharesQuestion: (section: string, label: string) => `${section} ${label}`,
  sharesMembers: (names: string) => `Regioner: ${names}`,
};

const en: typeof sv = {
  bivariateTitle: (a, b) => `A: ${a} · B: ${b}`,
  bivariateSubtitle: (both, total) => `${both} of ${total} regions are named for both practices`,
  both: "Named for A and B",
  onlyA: "Named for A only",
  onlyB: "Named for B only",
  neither: "Named for neither",
  named: "named",
  notNamed: "not named",
  axis: (letter, state) => `${letter} ${state}`,
  bivariateCaption: "Regions by which of the two practices the report names them for",
  secondPractice: "Compare with a second practice",
  noSecondPractice: "No second practice",

  macroLabel: "Show larger areas",
  macroNone: "None",
  macroOptions: { nuts2: "NUTS 2", landsdel: "Götaland, Svealand, Norrland" },
  macroNote: { nuts2: "Thick line: boundary between NUTS 2 regions", landsdel: "Thick line: boundary between Götaland, Svealand and Norrland" },

  sharesHeading: "Larger areas",
  sharesIntro: "Share of the regions in each larger area that the report names for the practice. The darker the cell, the larger the share.",
  sharesGrouping: "Grouping",
  sharesPractice: "Practice",
  sharesAll: "All of Sweden",
  sharesCell: (n, total) => `${n}/${total}`,
  sharesCellLong: (n, total, group) => `${n} of ${total} regions in ${group}`,
  sharesQuestion: (section, label) => `${section} ${label}`,
  sharesMembers: (names) => `Regions: ${names}`,
};

export const PATTERN_STRINGS: Record<Lang, typeof sv> = { sv, en };
