import type { Lang } from "./strings";

/** Strings of the map, its legend, mode control and tooltip. */
const sv = {
  titleStatus: "Status för den regionala utvecklingsstrategin",
  titleYear: "År då strategin antogs",
  titleHorizon: "Strategins tidshorisont (slutår i titeln)",
  titleQuestion: (section: string, label: string) => `Antal exempel i avsnitt ${section}: ${label}`,
  unitRegions: "Antal regioner per klass",
  noHorizon: "Inget år i titeln",
  hasPractice: "Nämns i rapporten",
  lacksPractice: "Nämns inte",
  practiceSubtitle: (n: number, total: number) => `${n} av ${total} regioner nämns för exemplet`,
  practiceCount: (n: number) => (n === 1 ? "1 exempel" : `${n} exempel`),
  regionsCount: (n: number) => (n === 1 ? "1 region" : `${n} regioner`),
  colorBy: "Färglägg kartan efter",
  modes: {
    status: "Status (avsnitt 2.1)",
    year: "Antagandeår",
    horizon: "Tidshorisont",
    practice: "Ett exempel (praktik)",
    question: "Antal exempel per fråga",
  },
  practicePicker: "Exempel",
  practiceFilter: "Sök exempel",
  practiceFilterPlaceholder: "t.ex. S3, indikator, klimat",
  noPracticeMatch: "Inget exempel matchar sökningen.",
  questionPicker: "Fråga",
  revised: (year: number) => `reviderad ${year}`,
  adopted: (year: number) => `antagen ${year}`,
  view: "Visa",
  viewMap: "Karta",
  viewTable: "Tabell",
};

export type MapStrings = typeof sv;

const en: MapStrings = {
  titleStatus: "Status of the regional development strategy",
  titleYear: "Year the strategy was adopted",
  titleHorizon: "Time horizon of the strategy (end year in its title)",
  titleQuestion: (section: string, label: string) => `Number of examples in section ${section}: ${label}`,
  unitRegions: "Number of regions per class",
  noHorizon: "No year in the title",
  hasPractice: "Named in the report",
  lacksPractice: "Not named",
  practiceSubtitle: (n: number, total: number) => `${n} of ${total} regions are named for this practice`,
  practiceCount: (n: number) => (n === 1 ? "1 example" : `${n} examples`),
  regionsCount: (n: number) => (n === 1 ? "1 region" : `${n} regions`),
  colorBy: "Colour the map by",
  modes: {
    status: "Status (section 2.1)",
    year: "Year adopted",
    horizon: "Time horizon",
    practice: "One practice",
    question: "Number of practices per question",
  },
  practicePicker: "Practice",
  practiceFilter: "Search practices",
  practiceFilterPlaceholder: "e.g. S3, indicator, climate",
  noPracticeMatch: "No practice matches the search.",
  questionPicker: "Question",
  revised: (year: number) => `revised ${year}`,
  adopted: (year: number) => `adopted ${year}`,
  view: "Show",
  viewMap: "Map",
  viewTable: "Table",
};

export const MAP_STRINGS: Record<Lang, MapStrings> = { sv, en };
