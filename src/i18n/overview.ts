import type { Lang } from "./strings";

/**
 * Strings for the overview panel and the practice matrix (the table view).
 * Swedish is the reference; `en` is typed against it so English can never
 * miss a key. Report text itself is never translated here: quotes stay in
 * Swedish and are marked lang="sv" where they are shown.
 */

const MONTHS_SV = [
  "januari", "februari", "mars", "april", "maj", "juni",
  "juli", "augusti", "september", "oktober", "november", "december",
] as const;
const MONTHS_EN = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** "2026-04-09" → "9 april 2026" / "9 April 2026" (no Date, no time zone). */
function formatIsoDate(iso: string, months: readonly string[]): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  const month = months[Number(m) - 1];
  return month ? `${Number(d)} ${month} ${y}` : iso;
}

const sv = {
  formatDate: (iso: string) => formatIsoDate(iso, MONTHS_SV),

  // Overview panel
  overviewTitle: "Översikt",
  overviewLabel: "Översikt över rapporten",
  leadReport: "Tillväxtverkets rapport",
  leadPublished: (date: string, reference: string) => `(${date}, dnr ${reference})`,
  leadBody: "sammanställer hur Sveriges 21 regioner arbetar med sina regionala utvecklingsstrategier (RUS).",
  hint: "Klicka på en region på kartan för att se dess strategi och arbetssätt.",

  statusTitle: "Strategiernas status",
  statusIntro: "Antal regioner per status enligt rapportens avsnitt 2.1.",
  statusCount: (n: number, total: number) => `${n} av ${total}`,
  statusCountLong: (n: number, total: number) => `${n} av ${total} regioner`,

  adoptionTitle: "Antagandeår",
  adoptionIntro: "Antal regioner per år då den gällande strategin antogs, uppdelat på status.",
  adoptionSummary: (peakYear: number, peak: number, empty: readonly number[]) =>
    `Flest strategier antogs ${peakYear} (${peak} regioner).` +
    (empty.length ? ` Inga strategier antogs ${empty.join(", ")}.` : ""),
  adoptionTableCaption: "Antal regioner per antagandeår och status",
  adoptionYearColumn: "År",
  adoptionTotalColumn: "Totalt",
  adoptionAxisYear: "Antagandeår",
  adoptionAxisCount: "Antal regioner",
  adoptionLegend: "Status",
  chartsLoading: "Läser in diagrammet …",

  prevalenceTitle: "Arbetssätt i rapporten",
  prevalenceIntro:
    "Antal regioner som rapporten nämner för varje arbetssätt, ordnat efter rapportens frågor. Rapporten ger ofta exempel, inte fullständiga förteckningar.",
  prevalenceHint: "Välj ett arbetssätt för att visa det på kartan.",
  prevalenceCount: (n: number, total: number) => `${n} av ${total}`,
  allRegions: "alla regioner",
  showOnMap: "Visa på kartan",

  findingsTitle: "Utmaningar och framgångsfaktorer",
  challengesTitle: "Utmaningar",
  successTitle: "Framgångsfaktorer",
  quotedInSwedish: "",
  summaryToggle: (n: number) => `Rapportens sammanfattning (${n} punkter)`,
  summaryCitation: "Tillväxtverket 2026, Sammanfattning",

  sourceTitle: "Källa",
  sourceReference: (reference: string) => `Dnr ${reference}.`,
  sourcePublished: (date: string) => `Publicerad ${date}.`,
  statusRegions: (status: string) => `Regioner: ${status}`,

  // Practice matrix
  matrixLabel: "Tabell: arbetssätt per region",
  matrixCaption: (regions: number, practices: number) =>
    `Arbetssätt per region enligt Tillväxtverket 2026: ${regions} regioner och ${practices} arbetssätt, grupperade efter rapportens frågor.`,
  matrixKey: "● = rapporten nämner regionen för arbetssättet.",
  matrixHint: "Välj ● för att läsa citatet. Välj ett regionnamn för att visa regionen.",
  colRegion: "Region",
  colStatus: "Status",
  colYear: "Antagen",
  colYearLong: "Antagandeår",
  colCount: "Antal",
  colCountLong: "Antal arbetssätt",
  colCountTitle: (total: number) => `Antal av rapportens ${total} arbetssätt som nämner regionen`,
  footerCount: "Antal regioner",
  yes: "ja",
  no: "nej",
  cellButton: (region: string, practice: string) => `Ja: ${region}, ${practice}. Visa citatet.`,
  cellTitle: (region: string, practice: string) => `${region}: ${practice}`,
  selectRegion: (region: string) => `Visa ${region}`,
  sortBy: (column: string) => `Sortera efter ${column.toLowerCase()}`,
  sortAnnounce: (column: string, descending: boolean) =>
    `Sorterat efter ${column.toLowerCase()}, ${descending ? "fallande" : "stigande"}.`,
  detailsLabel: "Citat för vald cell",
  detailsQuestion: (section: string, label: string) => `Avsnitt ${section}: ${label}`,
  detailsAllRegions: "Rapporten anger detta för alla regioner.",
  detailsRegionExcerpt: (region: string, section: string) => `Om ${region} i avsnitt ${section}`,
  close: "Stäng",
  closeDetails: "Stäng citatet",
};

export type OverviewStrings = typeof sv;

const en: typeof sv = {
  formatDate: (iso: string) => formatIsoDate(iso, MONTHS_EN),

  overviewTitle: "Overview",
  overviewLabel: "Overview of the report",
  leadReport: "Tillväxtverket's report",
  leadPublished: (date: string, reference: string) => `(${date}, ref. ${reference})`,
  leadBody: "summarises how Sweden's 21 regions work with their regional development strategies (RUS).",
  hint: "Click a region on the map to see its strategy and practices.",

  statusTitle: "Status of the strategies",
  statusIntro: "Number of regions by status, as in section 2.1 of the report.",
  statusCount: (n: number, total: number) => `${n} of ${total}`,
  statusCountLong: (n: number, total: number) => `${n} of ${total} regions`,

  adoptionTitle: "Year of adoption",
  adoptionIntro: "Number of regions by the year their current strategy was adopted, split by status.",
  adoptionSummary: (peakYear: number, peak: number, empty: readonly number[]) =>
    `Most strategies were adopted in ${peakYear} (${peak} regions).` +
    (empty.length ? ` No strategies were adopted in ${empty.join(", ")}.` : ""),
  adoptionTableCaption: "Number of regions by year of adoption and status",
  adoptionYearColumn: "Year",
  adoptionTotalColumn: "Total",
  adoptionAxisYear: "Year of adoption",
  adoptionAxisCount: "Number of regions",
  adoptionLegend: "Status",
  chartsLoading: "Loading the chart …",

  prevalenceTitle: "Practices in the report",
  prevalenceIntro:
    "Number of regions the report names for each practice, ordered by the report's questions. The report often gives examples rather than complete lists.",
  prevalenceHint: "Choose a practice to show it on the map.",
  prevalenceCount: (n: number, total: number) => `${n} of ${total}`,
  allRegions: "all regions",
  showOnMap: "Show on the map",

  findingsTitle: "Challenges and success factors",
  challengesTitle: "Challenges",
  successTitle: "Success factors",
  quotedInSwedish: "Quoted in Swedish from the report.",
  summaryToggle: (n: number) => `The report's summary (${n} points, in Swedish)`,
  summaryCitation: "Tillväxtverket 2026, Summary (Sammanfattning)",

  sourceTitle: "Source",
  sourceReference: (reference: string) => `Ref. ${reference}.`,
  sourcePublished: (date: string) => `Published ${date}.`,
  statusRegions: (status: string) => `Regions: ${status}`,

  matrixLabel: "Table: practices by region",
  matrixCaption: (regions: number, practices: number) =>
    `Practices by region according to Tillväxtverket 2026: ${regions} regions and ${practices} practices, grouped by the report's questions.`,
  matrixKey: "● = the report names the region for the practice.",
  matrixHint: "Choose ● to read the quote. Choose a region name to show the region.",
  colRegion: "Region",
  colStatus: "Status",
  colYear: "Adopted",
  colYearLong: "Year of adoption",
  colCount: "Count",
  colCountLong: "Number of practices",
  colCountTitle: (total: number) => `How many of the report's ${total} practices name the region`,
  footerCount: "Number of regions",
  yes: "yes",
  no: "no",
  cellButton: (region: string, practice: string) => `Yes: ${region}, ${practice}. Show the quote.`,
  cellTitle: (region: string, practice: string) => `${region}: ${practice}`,
  selectRegion: (region: string) => `Show ${region}`,
  sortBy: (column: string) => `Sort by ${column.toLowerCase()}`,
  sortAnnounce: (column: string, descending: boolean) =>
    `Sorted by ${column.toLowerCase()}, ${descending ? "descending" : "ascending"}.`,
  detailsLabel: "Quote for the chosen cell",
  detailsQuestion: (section: string, label: string) => `Section ${section}: ${label}`,
  detailsAllRegions: "The report states this for all regions.",
  detailsRegionExcerpt: (region: string, section: string) => `On ${region} in section ${section}`,
  close: "Close",
  closeDetails: "Close the quote",
};

export const OVERVIEW_STRINGS: Record<Lang, OverviewStrings> = { sv, en };
