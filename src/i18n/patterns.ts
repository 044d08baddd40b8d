import type { Lang } from "./strings";

/**
 * Strings of the territorial-pattern tools: the two-practice (bivariate) map,
 * the macro-region outlines (NUTS 2, landsdelar) and the per-group shares.
 * Swedish first; English has the Swedish type so it can never miss a key.
 */
const sv = {
  // Bivariate map
  bivariateTitle: (a: string, b: string) => `A: ${a} · B: ${b}`,
  bivariateSubtitle: (both: number, total: number) => `${both} av ${total} regioner nämns i båda förteckningarna`,
  both: "Nämns i A och B",
  onlyA: "Nämns bara i A",
  onlyB: "Nämns bara i B",
  neither: "Nämns i ingen av dem",
  named: "nämns",
  notNamed: "nämns inte",
  /** Row and column headers of the 2×2 legend. */
  axis: (letter: "A" | "B", state: string) => `${letter} ${state}`,
  bivariateCaption: "Regioner efter vilka av de två förteckningarna som nämner dem",
  secondPractice: "Jämför med en andra förteckning",
  noSecondPractice: "Ingen andra förteckning",

  // Macro-regions
  macroLabel: "Visa storregioner",
  macroNone: "Inga",
  macroOptions: { nuts2: "NUTS 2", landsdel: "Landsdelar" },
  macroNote: { nuts2: "Tjock linje: gräns mellan NUTS 2-regioner", landsdel: "Tjock linje: gräns mellan landsdelar" },

  // Shares per group
  sharesHeading: "Storregioner",
  sharesIntro:
    "Andel av regionerna i varje storregion som en av rapportens förteckningar nämner. Cellen är mörkare ju större andelen är. Beräknat i RUS-kartan, inte i rapporten; förteckningarna är exempel, inte fullständiga.",
  sharesGrouping: "Indelning",
  sharesPractice: "Förteckning",
  sharesAll: "Hela landet",
  sharesCell: (n: number, total: number) => `${n}/${total}`,
  sharesCellLong: (n: number, total: number, group: string) => `${n} av ${total} regioner i ${group}`,
  sharesQuestion: (section: string, label: string) => `${section} ${label}`,
  sharesMembers: (names: string) => `Regioner: ${names}`,
};

const en: typeof sv = {
  bivariateTitle: (a, b) => `A: ${a} · B: ${b}`,
  bivariateSubtitle: (both, total) => `${both} of ${total} regions are named in both lists`,
  both: "Named in A and B",
  onlyA: "Named in A only",
  onlyB: "Named in B only",
  neither: "Named in neither",
  named: "named",
  notNamed: "not named",
  axis: (letter, state) => `${letter} ${state}`,
  bivariateCaption: "Regions by which of the two lists name them",
  secondPractice: "Compare with a second list",
  noSecondPractice: "No second list",

  macroLabel: "Show larger areas",
  macroNone: "None",
  macroOptions: { nuts2: "NUTS 2", landsdel: "Götaland, Svealand, Norrland" },
  macroNote: {
    nuts2: "Thick line: boundary between NUTS 2 regions",
    landsdel: "Thick line: boundary between Götaland, Svealand and Norrland",
  },

  sharesHeading: "Larger areas",
  sharesIntro:
    "Share of the regions in each larger area that one of the report's lists names. The darker the cell, the larger the share. Computed by RUS-kartan, not in the report; the lists are examples, not complete.",
  sharesGrouping: "Grouping",
  sharesPractice: "List",
  sharesAll: "All of Sweden",
  sharesCell: (n, total) => `${n}/${total}`,
  sharesCellLong: (n, total, group) => `${n} of ${total} regions in ${group}`,
  sharesQuestion: (section, label) => `${section} ${label}`,
  sharesMembers: (names) => `Regions: ${names}`,
};

export const PATTERN_STRINGS: Record<Lang, typeof sv> = { sv, en };
