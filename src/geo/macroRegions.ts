/**
 * Groupings of the 21 counties into larger areas, as data: the EU's NUTS 2
 * regions (riksområden, SCB/Eurostat NUTS 2021) and the three landsdelar.
 * Every grouping covers every county exactly once (tested), so per-group
 * shares and outlines partition the country.
 */
export type MacroGroupingId = "nuts2" | "landsdel";
export const MACRO_GROUPINGS: readonly MacroGroupingId[] = ["nuts2", "landsdel"];

export type MacroGroup = {
  /** NUTS code (SE11…) or a landsdel key. */
  id: string;
  sv: string;
  en: string;
  /** Member county codes (ISO 3166-2), in SCB order. */
  regions: string[];
};

export const MACRO_REGIONS: Record<MacroGroupingId, MacroGroup[]> = {
  nuts2: [
    { id: "SE11", sv: "Stockholm", en: "Stockholm", regions: ["SE-AB"] },
    {
      id: "SE12",
      sv: "Östra Mellansverige",
      en: "East Middle Sweden",
      regions: ["SE-C", "SE-D", "SE-E", "SE-T", "SE-U"],
    },
    { id: "SE21", sv: "Småland med öarna", en: "Småland and the islands", regions: ["SE-F", "SE-G", "SE-H", "SE-I"] },
    { id: "SE22", sv: "Sydsverige", en: "South Sweden", regions: ["SE-K", "SE-M"] },
    { id: "SE23", sv: "Västsverige", en: "West Sweden", regions: ["SE-N", "SE-O"] },
    { id: "SE31", sv: "Norra Mellansverige", en: "North Middle Sweden", regions: ["SE-S", "SE-W", "SE-X"] },
    { id: "SE32", sv: "Mellersta Norrland", en: "Central Norrland", regions: ["SE-Y", "SE-Z"] },
    { id: "SE33", sv: "Övre Norrland", en: "Upper Norrland", regions: ["SE-AC", "SE-BD"] },
  ],
  landsdel: [
    {
      id: "gotaland",
      sv: "Götaland",
      en: "Götaland",
      regions: ["SE-E", "SE-F", "SE-G", "SE-H", "SE-I", "SE-K", "SE-M", "SE-N", "SE-O"],
    },
    {
      id: "svealand",
      sv: "Svealand",
      en: "Svealand",
      regions: ["SE-AB", "SE-C", "SE-D", "SE-S", "SE-T", "SE-U", "SE-W"],
    },
    { id: "norrland", sv: "Norrland", en: "Norrland", regions: ["SE-X", "SE-Y", "SE-Z", "SE-AC", "SE-BD"] },
  ],
};

/** The group of `code` in a grouping, if any. */
export function groupOf(grouping: MacroGroupingId, code: string): MacroGroup | undefined {
  return MACRO_REGIONS[grouping].find((g) => g.regions.includes(code));
}
