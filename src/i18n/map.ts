import { plural } from "./plural";
import type { Lang } from "./strings";

/** Strings of the map, its legend, mode control and tooltip. */
const sv = {
  titleStatus: "Status för den regionala utvecklingsstrategin",
  titleYear: "År då strategin antogs",
  titleHorizon: "Strategins tidshorisont (slutår i titeln)",
  titleQuestion: (section: string, label: string) => `Avsnitt ${section} ${label}: förteckningar och exempel som nämner regionen`,
  unitRegions: "Antal regioner per klass",
  noHorizon: "Inget slutår i titeln",
  horizonExplained: "Tidshorisont = slutåret i strategins titel (”2021–2030” ger 2030). ”Med utblick mot” är en utblick, inget slutår.",
  practiceSubtitle: (kind: string, n: number, total: number) => `${kind}: ${n} av ${total} regioner`,
  /** Examples named in one sentence: how many, never "of 21". */
  examplesSubtitle: (kind: string, n: number) => `${kind}: ${n} regioner`,
  allStatementExplained: "Rapporten säger detta om alla regioner; det skiljer inte regionerna åt.",
  questionExplained: (allStatements: number) =>
    allStatements === 0
      ? "Antal förteckningar och exempel i avsnittet som nämner regionen."
      : `Avsnittets ${allStatements} ${plural("sv", allStatements, { one: "påstående", other: "påståenden" })} om alla regioner räknas inte.`,
  practiceCount: (n: number) => `${n} ${plural("sv", n, { one: "förteckning eller exempel", other: "förteckningar eller exempel" })}`,
  regionsCount: (n: number) => `${n} ${plural("sv", n, { one: "region", other: "regioner" })}`,
  colorBy: "Färglägg kartan efter",
  modes: {
    status: "Status (avsnitt 2.1)",
    year: "Antagandeår",
    horizon: "Tidshorisont",
    practice: "Ett arbetssätt",
    question: "Antal förteckningar och exempel per fråga",
    change: "Förändring sedan förra utgåvan",
  },
  practicePicker: "Arbetssätt",
  exampleOf: (name: string) => `exempel: ${name}`,
  examplesOf: (n: number) => `${n} exempel`,
  ofAll: "alla regioner",
  practiceFilter: "Sök arbetssätt",
  practiceFilterPlaceholder: "t.ex. S3, indikator, klimat",
  noPracticeMatch: "Inget arbetssätt matchar sökningen.",
  questionPicker: "Fråga",
  /** Footnote 14's words for the second year of "Antagen 2021/2024": a review decided that year. */
  revised: (year: number) => `översyn beslutad ${year}`,
  adopted: (year: number) => `antagen ${year}`,
  view: "Visa",
  viewMap: "Karta",
  backToMap: "Till kartan",
  viewTable: "Tabell",
  simplifiedMap: "Förenklad karta visas (WebGL saknas)",
  mapLibreFailed: "Förenklad karta visas (den fullständiga kartan kunde inte starta)",
  contextLost: "Förenklad karta visas tills webbläsaren ger tillbaka WebGL",
  regionList: "Regioner på kartan",
  numberKey: "Siffror på kartan",
  insetCaption: (factor: number, part: "south" | "detail") =>
    `${part === "south" ? "Södra Sverige" : "Utsnitt"}, förstorat ${String(factor).replace(".", ",")} ×`,
  regionListHint: "Piltangenterna flyttar mellan regionerna, Enter väljer, Esc avmarkerar.",
};

export type MapStrings = typeof sv;

const en: MapStrings = {
  titleStatus: "Status of the regional development strategy",
  titleYear: "Year the strategy was adopted",
  titleHorizon: "Time horizon of the strategy (end year in its title)",
  titleQuestion: (section: string, label: string) => `Section ${section} ${label}: lists and examples naming the region`,
  unitRegions: "Number of regions per class",
  noHorizon: "No end year in the title",
  horizonExplained:
    "Time horizon = the end year in the strategy's title (“2021–2030” gives 2030). “Med utblick mot” (looking ahead to) is an outlook, not an end year.",
  practiceSubtitle: (kind: string, n: number, total: number) => `${kind}: ${n} of ${total} regions`,
  examplesSubtitle: (kind: string, n: number) => `${kind}: ${n} regions`,
  allStatementExplained: "The report says this of all regions; it does not tell regions apart.",
  questionExplained: (allStatements: number) =>
    allStatements === 0
      ? "Number of lists and examples in the section that name the region."
      : `The section's ${allStatements} ${plural("en", allStatements, { one: "statement about all regions is", other: "statements about all regions are" })} not counted.`,
  practiceCount: (n: number) => `${n} ${plural("en", n, { one: "list or example", other: "lists or examples" })}`,
  regionsCount: (n: number) => `${n} ${plural("en", n, { one: "region", other: "regions" })}`,
  colorBy: "Colour the map by",
  modes: {
    status: "Status (section 2.1)",
    year: "Year adopted",
    horizon: "Time horizon",
    practice: "One practice",
    question: "Lists and examples per question",
    change: "Change since the previous edition",
  },
  practicePicker: "Practice",
  exampleOf: (name: string) => `example: ${name}`,
  examplesOf: (n: number) => `${n} examples`,
  ofAll: "all regions",
  practiceFilter: "Search practices",
  practiceFilterPlaceholder: "e.g. S3, indicator, climate",
  noPracticeMatch: "No practice matches the search.",
  questionPicker: "Question",
  revised: (year: number) => `review decided ${year}`,
  adopted: (year: number) => `adopted ${year}`,
  view: "Show",
  viewMap: "Map",
  backToMap: "Back to the map",
  viewTable: "Table",
  simplifiedMap: "Simplified map shown (WebGL unavailable)",
  mapLibreFailed: "Simplified map shown (the full map could not start)",
  contextLost: "Simplified map shown until the browser gives WebGL back",
  regionList: "Regions on the map",
  numberKey: "Numbers on the map",
  insetCaption: (factor: number, part: "south" | "detail") => `${part === "south" ? "Southern Sweden" : "Detail"}, enlarged ${factor} ×`,
  regionListHint: "Arrow keys move between regions, Enter selects, Esc clears.",
};

export const MAP_STRINGS: Record<Lang, MapStrings> = { sv, en };
