import { plural } from "./plural";
import type { Lang } from "./strings";

/**
 * Strings for the overview panel and the practice matrix (the table view).
 * Swedish is the reference; `en` is typed against it so English can never
 * miss a key. Report text itself is never translated here: quotes stay in
 * Swedish and are marked lang="sv" where they are shown.
 */

const MONTHS_SV = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
] as const;
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
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
  adoptionIntro: "Antal regioner per år då den strategi som rapporten förtecknar antogs, uppdelat på status.",
  adoptionSummary: (peakYear: number, peak: number, empty: readonly number[]) =>
    `Flest av de strategier som rapporten förtecknar antogs ${peakYear} (${peak} regioner).` +
    (empty.length ? ` Ingen av dem antogs ${empty.join(", ")}.` : ""),
  adoptionTableCaption: "Antal regioner per antagandeår och status",
  adoptionYearColumn: "År",
  adoptionTotalColumn: "Totalt",
  adoptionAxisYear: "Antagandeår",
  adoptionAxisCount: "Antal regioner",
  adoptionLegend: "Status",
  chartsLoading: "Läser in diagrammet …",

  prevalenceTitle: "Arbetssätt i rapporten",
  prevalenceIntro:
    "Rapportens förteckningar med antalet regioner som var och en nämner, dess exempel och dess påståenden om alla regioner, ordnade efter rapportens frågor.",
  prevalenceHint: "Välj ett arbetssätt för att visa det på kartan.",
  prevalenceCount: (n: number, total: number) => `${n} av ${total}`,
  examplesHeading: "Exempel",
  allHeading: "Om alla regioner",
  allRegions: "alla regioner",
  showOnMap: "Visa på kartan",

  aboutTitle: "Om underlaget",
  aboutIntro: "Rapportens egna ord (avsnitt 1.4 och 1.4.1)",
  computedTitle: "Det RUS-kartan räknar själv",
  computedBody:
    "Antal, medelvärden, likhet mellan regioner och antalet grannpar som nämns båda är RUS-kartans egna beräkningar på rapportens förteckningar och exempel, inte rapportens resultat. Rapportens förteckningar är exempel, inte fullständiga register.",

  findingsTitle: "Utmaningar och framgångsfaktorer",
  challengesTitle: "Exempel på utmaningar",
  successTitle: "Exempel på framgångsfaktorer",
  summaryToggle: (n: number) => `Rapportens sammanfattning (${n} punkter)`,

  sourceTitle: "Källa",
  sourceReference: (reference: string) => `Dnr ${reference}.`,
  /** The report gives a date (its title page, "Stockholm, 2026-04-09"), not a date of publication. */
  sourceDate: (date: string) => `Rapportens datum ${date}.`,
  statusRegions: (status: string) => `Regioner: ${status}`,

  // Practice matrix
  matrixLabel: "Tabell: arbetssätt per region",
  matrixCaption: (cited: string, regions: number, lists: number) =>
    `Rapportens förteckningar och exempel per region enligt ${cited}: ${regions} regioner, ${lists} förteckningar och exemplen under varje fråga.`,
  matrixKey: "● = förteckningen nämner regionen; en siffra = antal exempel som nämner regionen under frågan.",
  matrixHint: "Välj ● eller siffran för att läsa citatet. Välj ett regionnamn för att visa regionen.",
  countsCaveat:
    "Kolumnerna Förteckningar och Exempel räknar hur många av rapportens förteckningar och exempel som nämner regionen. Rapportens förteckningar är exempel, inte fullständiga: antalen rangordnar inte regionerna.",
  allLeftOut: (n: number) => `Rapportens ${n} påståenden om alla regioner är inga kolumner: de gäller varje region lika.`,
  colRegion: "Region",
  colStatus: "Status",
  colYear: "Antagen",
  colYearLong: "Antagandeår",
  colListed: "Förteckningar",
  colExamples: "Exempel",
  examplesColumn: "Exempel",
  footerCount: "Antal regioner",
  yes: "nämns",
  no: "nämns inte",
  noExamples: "inga exempel",
  examplesMark: (n: number) => String(n),
  examplesCount: (n: number) => `${n} exempel`,
  examplesCellButton: (region: string, n: number) => `${region}: ${n} exempel. Visa citaten.`,
  cellButton: (region: string, practice: string) => `Nämns: ${region}, ${practice}. Visa citatet.`,
  selectRegion: (region: string) => `Visa ${region}`,
  sortBy: (column: string) => `Sortera efter ${column.toLowerCase()}`,
  sortAnnounce: (column: string, descending: boolean) => `Sorterat efter ${column.toLowerCase()}, ${descending ? "fallande" : "stigande"}.`,
  detailsLabel: "Citat för vald cell",
  detailsQuestion: (section: string, label: string) => `Avsnitt ${section}: ${label}`,
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
  leadBody: "compiles how Sweden's 21 regions work with their regional development strategies (RUS).",
  hint: "Click a region on the map to see its strategy and practices.",

  statusTitle: "Status of the strategies",
  statusIntro: "Number of regions by status, as in section 2.1 of the report.",
  statusCount: (n: number, total: number) => `${n} of ${total}`,
  statusCountLong: (n: number, total: number) => `${n} of ${total} regions`,

  adoptionTitle: "Year of adoption",
  adoptionIntro: "Number of regions by the year the strategy the report lists was adopted, split by status.",
  adoptionSummary: (peakYear: number, peak: number, empty: readonly number[]) =>
    `Most of the strategies the report lists were adopted in ${peakYear} (${peak} regions).` +
    (empty.length ? ` None of them was adopted in ${empty.join(", ")}.` : ""),
  adoptionTableCaption: "Number of regions by year of adoption and status",
  adoptionYearColumn: "Year",
  adoptionTotalColumn: "Total",
  adoptionAxisYear: "Year of adoption",
  adoptionAxisCount: "Number of regions",
  adoptionLegend: "Status",
  chartsLoading: "Loading the chart …",

  prevalenceTitle: "Practices in the report",
  prevalenceIntro:
    "The report's lists with the number of regions each names, its examples and its statements about all regions, ordered by the report's questions.",
  prevalenceHint: "Choose a practice to show it on the map.",
  prevalenceCount: (n: number, total: number) => `${n} of ${total}`,
  examplesHeading: "Examples",
  allHeading: "About all regions",
  allRegions: "all regions",
  showOnMap: "Show on the map",

  aboutTitle: "About the source",
  aboutIntro: "The report's own words (sections 1.4 and 1.4.1)",
  computedTitle: "What RUS-kartan computes itself",
  computedBody:
    "Counts, means, similarity between regions and the number of neighbouring pairs both named are RUS-kartan's own computations on the report's lists and examples, not findings of the report. The report's lists are examples, not complete records.",

  findingsTitle: "Challenges and success factors",
  challengesTitle: "Examples of challenges",
  successTitle: "Examples of success factors",
  summaryToggle: (n: number) => `The report's summary (${n} points, in Swedish)`,

  sourceTitle: "Source",
  sourceReference: (reference: string) => `Ref. ${reference}.`,
  sourceDate: (date: string) => `The report's date ${date}.`,
  statusRegions: (status: string) => `Regions: ${status}`,

  matrixLabel: "Table: practices by region",
  matrixCaption: (cited: string, regions: number, lists: number) =>
    `The report's lists and examples by region according to ${cited}: ${regions} regions, ${lists} lists and the examples under each question.`,
  matrixKey: "● = the list names the region; a number = examples naming the region under the question.",
  matrixHint: "Choose ● or the number to read the quote. Choose a region name to show the region.",
  countsCaveat:
    "The Lists and Examples columns count how many of the report's lists and examples name the region. The report's lists are examples, not complete: the counts do not rank the regions.",
  allLeftOut: (n: number) => `The report's ${n} statements about all regions are not columns: they apply to every region alike.`,
  colRegion: "Region",
  colStatus: "Status",
  colYear: "Adopted",
  colYearLong: "Year of adoption",
  colListed: "Lists",
  colExamples: "Examples",
  examplesColumn: "Examples",
  footerCount: "Number of regions",
  yes: "named",
  no: "not named",
  noExamples: "no examples",
  examplesMark: (n: number) => String(n),
  examplesCount: (n: number) => `${n} ${plural("en", n, { one: "example", other: "examples" })}`,
  examplesCellButton: (region: string, n: number) =>
    `${region}: ${n} ${plural("en", n, { one: "example", other: "examples" })}. Show the quotes.`,
  cellButton: (region: string, practice: string) => `Named: ${region}, ${practice}. Show the quote.`,
  selectRegion: (region: string) => `Show ${region}`,
  sortBy: (column: string) => `Sort by ${column.toLowerCase()}`,
  sortAnnounce: (column: string, descending: boolean) => `Sorted by ${column.toLowerCase()}, ${descending ? "descending" : "ascending"}.`,
  detailsLabel: "Quote for the chosen cell",
  detailsQuestion: (section: string, label: string) => `Section ${section}: ${label}`,
  close: "Close",
  closeDetails: "Close the quote",
};

export const OVERVIEW_STRINGS: Record<Lang, OverviewStrings> = { sv, en };
