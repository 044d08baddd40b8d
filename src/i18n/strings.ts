/**
 * Interface strings, Swedish first. Report text is never translated here:
 * quotes stay in Swedish and are shown as quotations.
 */
export type Lang = "sv" | "en";
export const LANGS: readonly Lang[] = ["sv", "en"];

const sv = {
  appTitle: "RUS-kartan",
  appSubtitle: "Regionala utvecklingsstrategier i Sveriges 21 regioner",
  loading: "Läser in data …",
  mapLabel: "Karta över Sveriges 21 regioner",
  skipToPanel: "Hoppa till panelen om regionen",
  overview: "Översikt",
  attribution: "Kartdata: Natural Earth (allmän egendom)",
  datasetInvalid: "Datafilen kunde inte läsas. Följande fält är fel:",
  datasetNotLoaded: "Kartans data kunde inte läsas in.",
  geometryFailed: "Kartgeometrin kunde inte läsas in.",
  loadFailed: "Data kunde inte hämtas",
  noWebgl: "Kartan kan inte visas i den här webbläsaren (WebGL 2 saknas). Förklaringen och uppgifterna nedan gäller ändå.",
  dismiss: "Stäng",
  urlIgnored: "Några delar av länken kunde inte användas och ignorerades:",
  urlRepeated: "Angavs mer än en gång; bara den första lästes:",
  /** After the first few parameters of a notice: how many more were ignored. */
  urlMore: (n: number) => `… och ${n.toLocaleString("sv-SE")} till`,
  dismissNotice: "Stäng meddelandet",
  language: "Språk",
  mapSummary: (parts: string) => `Karta: ${parts}.`,
};

export type Strings = typeof sv;

const en: Strings = {
  appTitle: "RUS map",
  appSubtitle: "Regional development strategies in Sweden's 21 regions",
  loading: "Loading data …",
  mapLabel: "Map of Sweden's 21 regions",
  skipToPanel: "Skip to the region panel",
  overview: "Overview",
  attribution: "Map data: Natural Earth (public domain)",
  datasetInvalid: "The data file could not be read. These fields are wrong:",
  datasetNotLoaded: "The map's data could not be loaded.",
  geometryFailed: "The map geometry could not be loaded.",
  loadFailed: "Data could not be fetched",
  noWebgl: "The map cannot be shown in this browser (WebGL 2 is missing). The legend and figures below still apply.",
  dismiss: "Dismiss",
  urlIgnored: "Some parts of the link could not be used and were ignored:",
  urlRepeated: "Given more than once; only the first was read:",
  urlMore: (n: number) => `… and ${n.toLocaleString("en-GB")} more`,
  dismissNotice: "Dismiss this notice",
  language: "Language",
  mapSummary: (parts: string) => `Map: ${parts}.`,
};

export const STRINGS: Record<Lang, Strings> = { sv, en };
