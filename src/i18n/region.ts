import type { Region } from "../data/schema";
import { decimals, listOf, plural } from "./plural";
import type { Lang } from "./strings";

/**
 * Strings of the region panel (header, practices, excerpts, charts), Swedish
 * first. English reuses the Swedish object's type, so it can never miss a key.
 * Report text is never translated here: its translation is data (data/translations/).
 */

const sv = {
  close: "Stäng",
  closeLabel: (name: string) => `Stäng panelen för ${name}`,
  unknownRegion: (code: string) => `Regionen ${code} finns inte i rapporten.`,

  strategyHeading: "Strategin",
  horizon: "Tidshorisont",
  horizonNone: "inget slutår i titeln",
  outlook: (year: number) => `med utblick mot ${year}`,
  adopted: "Antagen",
  /** As the listing writes it: "Antagen 2021/2024". */
  adoptedValue: (adopted: number, revised?: number) => (revised === undefined ? String(adopted) : `${adopted}/${revised}`),
  status: "Status",
  note: "Rapportens kommentar",

  neighboursHeading: "Grannregioner",
  neighboursIntro: "Regioner med landgräns mot regionen. Välj en för att visa den.",
  noNeighbours: (name: string) => `${name} har ingen landgräns mot någon annan region.`,

  practicesHeading: "Vad rapporten säger om regionen",
  questionHeading: (section: string, label: string) => `${section} ${label}`,
  noPractices: "Rapporten nämner inte regionen under frågan.",
  regionCount: (n: number, total: number) => `${n} av ${total} regioner`,
  showOnMap: "Visa på kartan",
  allStatementsHeading: (n: number) => `Rapportens påståenden om alla regioner (${n})`,

  mentionsHeading: "Alla ställen där rapporten nämner regionen",
  mentionsSummary: (name: string, n: number, parts: string) =>
    n === 0
      ? `Rapporten nämner inte ${name} i sin text eller sina fotnoter.`
      : `Rapporten nämner ${name} på ${n} ${plural("sv", n, { one: "ställe", other: "ställen" })}: ${parts}.`,
  mentionFootnotes: (items: readonly string[]) =>
    `${plural("sv", items.length, { one: "fotnot", other: "fotnoterna" })} ${items.join(", ")}`,
  mentionFootnote: (n: number, section: string) => `${n} (${section})`,
  mentionSentences: (sections: readonly string[]) =>
    `${plural("sv", sections.length, { one: "en mening", other: `${sections.length} meningar` })} i ${sections.join(", ")}`,
  mentionsAnd: " och ",
  mentionFootnoteLabel: (n: number) => `Fotnot ${n}:`,
  listingMention: "Därtill förteckningen över strategierna (Underlag sammanställning):",

  chartsHeading: "Jämförelser",
  chartsLoading: "Läser in diagram …",
  showTable: "Visa som tabell",

  countsHeading: "Förteckningar och exempel per fråga",
  countsAxisX: "Fråga",
  countsAxisY: "antal som nämner regionen",
  questionShort: (id: number) => `F${id}`,
  seriesNeighbours: "Grannregionernas medelvärde",
  seriesNational: "Medelvärde, alla 21 regioner",
  countsNoNeighbours: (name: string) => `${name} har inga grannregioner med landgräns, så diagrammet visar inget grannmedelvärde.`,
  countsSummary: (name: string, listed: number, examples: number, national: string, neighbours?: string) =>
    `${name} nämns i ${listed} av rapportens förteckningar och i ${examples} exempel, sammanlagt ${listed + examples}. Medelvärdet för alla 21 regioner är ${national}` +
    (neighbours === undefined ? "." : `, för grannregionerna ${neighbours}.`),
  countsLeaveOutAll: "Påståenden som rapporten gör om alla regioner räknas inte.",
  countsAria: (name: string) =>
    `Stapeldiagram: antal av rapportens förteckningar och exempel som nämner ${name}, per fråga 1–9, jämfört med medelvärden. Samma uppgifter finns i tabellen.`,
  countsTableQuestion: "Fråga",
  formatMean: decimals("sv", 1),

  timelineHeading: "Antagandeår för alla 21 strategier",
  timelineAxisX: "antagandeår",
  timelineOthers: "Övriga regioner",
  timelineRevision: "Revidering",
  revisedMark: (year: number) => `översyn beslutad ${year}`,
  // The years are the listing's ("Underlag sammanställning"), which §2.1 contradicts for 2021 (a data note says so).
  timelineSummary: (name: string, adopted: number, sameYear: number, revised?: number) =>
    `${name}: ”Antagen ${adopted}${revised === undefined ? "" : `/${revised}`}” i rapportens förteckning. ` +
    `${plural("sv", sameYear, { one: "Ingen annan region", other: `Totalt ${sameYear} av 21 regioner` })} har antagandeår ${adopted} i förteckningen.`,
  timelineAria: (name: string, first: number, last: number) =>
    `Tidslinje: de 21 strategiernas antagandeår ${first}–${last}, med ${name} markerad. Samma uppgifter finns i tabellen.`,
  timelineTableYear: "År",
  timelineTableRegions: "Regioner",

  similarHeading: "Mest lika regioner",
  similarAxisX: "likhet (Jaccard-index, 0–1)",
  similarAria: (name: string) =>
    `Liggande stapeldiagram, beräknat i RUS-kartan: de regioner som är mest lika ${name} (Jaccard-index) i rapportens förteckningar, fem och alla med samma likhet som den femte. Värdena finns också i knapparna nedan.`,
  similarNote:
    "Likhet = andelen av rapportens förteckningar som nämner båda regionerna, av dem som nämner minst en av dem (Jaccard-index). Bara fotnoternas förteckningar räknas: inte enstaka exempel, inte regioner som en mening nämner som exempel, inte påståenden om alla regioner. Regioner med samma likhet som den sista visas alla.",
  similarListLabel: "Välj en av de mest lika regionerna",
  /** "bygger på 4 förteckningar, 1 gemensam". */
  similarBasis: (shared: number, lists: number) =>
    `bygger på ${lists} ${plural("sv", lists, { one: "förteckning", other: "förteckningar" })}, ${shared} ${plural("sv", shared, { one: "gemensam", other: "gemensamma" })}`,
  similarUnranked: (min: number, names: readonly string[]) =>
    `Nämns i färre än ${min} av rapportens förteckningar och rangordnas därför inte: ${listOf("sv", names)}.`,
  similarOwnFew: (name: string, lists: number, min: number) =>
    `${name} nämns själv i ${lists} av rapportens förteckningar, färre än ${min}: likheten bygger på få listor, och ${name} rangordnas inte hos andra regioner.`,
  similarNone: (name: string) => `Ingen region som nämns i minst tre förteckningar delar någon förteckning med ${name}.`,
  formatScore: decimals("sv", 2),
};

export type RegionStrings = typeof sv;

const en: typeof sv = {
  close: "Close",
  closeLabel: (name: string) => `Close the panel for ${name}`,
  unknownRegion: (code: string) => `The region ${code} is not in the report.`,

  strategyHeading: "The strategy",
  horizon: "Time horizon",
  horizonNone: "no end year in the title",
  outlook: (year: number) => `looking ahead to ${year}`,
  adopted: "Adopted",
  adoptedValue: (adopted: number, revised?: number) => (revised === undefined ? String(adopted) : `${adopted}/${revised}`),
  status: "Status",
  note: "The report's note",

  neighboursHeading: "Neighbouring regions",
  neighboursIntro: "Regions sharing a land border with this region. Choose one to show it.",
  noNeighbours: (name: string) => `${name} shares no land border with any other region.`,

  practicesHeading: "What the report says of the region",
  questionHeading: (section: string, label: string) => `${section} ${label}`,
  noPractices: "The report does not name the region under this question.",
  regionCount: (n: number, total: number) => `${n} of ${total} regions`,
  showOnMap: "Show on map",
  allStatementsHeading: (n: number) => `The report's statements about all regions (${n})`,

  mentionsHeading: "Every place the report names the region",
  mentionsSummary: (name: string, n: number, parts: string) =>
    n === 0
      ? `The report does not name ${name} in its text or its footnotes.`
      : `The report names ${name} in ${n} ${plural("en", n, { one: "place", other: "places" })}: ${parts}.`,
  mentionFootnotes: (items: readonly string[]) =>
    `${plural("en", items.length, { one: "footnote", other: "footnotes" })} ${items.join(", ")}`,
  mentionFootnote: (n: number, section: string) => `${n} (${section})`,
  mentionSentences: (sections: readonly string[]) =>
    `${plural("en", sections.length, { one: "a sentence", other: `${sections.length} sentences` })} in ${sections.join(", ")}`,
  mentionsAnd: " and ",
  mentionFootnoteLabel: (n: number) => `Footnote ${n}:`,
  listingMention: "And the list of strategies (Underlag sammanställning):",

  chartsHeading: "Comparisons",
  chartsLoading: "Loading charts …",
  showTable: "Show as table",

  countsHeading: "Lists and examples per question",
  countsAxisX: "Question",
  countsAxisY: "number naming the region",
  questionShort: (id: number) => `Q${id}`,
  seriesNeighbours: "Mean of neighbouring regions",
  seriesNational: "Mean of all 21 regions",
  countsNoNeighbours: (name: string) => `${name} has no neighbouring regions by land, so the chart shows no neighbour mean.`,
  countsSummary: (name: string, listed: number, examples: number, national: string, neighbours?: string) =>
    `${name} is named in ${listed} of the report's lists and in ${examples} examples, ${listed + examples} in all. The mean of all 21 regions is ${national}` +
    (neighbours === undefined ? "." : `, of its neighbours ${neighbours}.`),
  countsLeaveOutAll: "Statements the report makes about all regions are not counted.",
  countsAria: (name: string) =>
    `Bar chart: the number of the report's lists and examples naming ${name}, per question 1–9, compared with means. The same figures are in the table.`,
  countsTableQuestion: "Question",
  formatMean: decimals("en", 1),

  timelineHeading: "Year of adoption of all 21 strategies",
  timelineAxisX: "year adopted",
  timelineOthers: "Other regions",
  timelineRevision: "Revision",
  revisedMark: (year: number) => `review decided ${year}`,
  timelineSummary: (name: string, adopted: number, sameYear: number, revised?: number) =>
    `${name}: “Antagen ${adopted}${revised === undefined ? "" : `/${revised}`}” (adopted) in the report's list. ` +
    `${plural("en", sameYear, { one: "No other region has", other: `In all, ${sameYear} of 21 regions have` })} ${adopted} as their year of adoption in the list.`,
  timelineAria: (name: string, first: number, last: number) =>
    `Timeline: the year of adoption of the 21 strategies, ${first}–${last}, with ${name} highlighted. The same figures are in the table.`,
  timelineTableYear: "Year",
  timelineTableRegions: "Regions",

  similarHeading: "Most similar regions",
  similarAxisX: "similarity (Jaccard index, 0–1)",
  similarAria: (name: string) =>
    `Horizontal bar chart, computed by RUS-kartan: the regions most similar to ${name} (Jaccard index) in the report's lists, five and every one with the same similarity as the fifth. The values are also in the buttons below.`,
  similarNote:
    "Similarity = the share of the report's lists naming both regions, out of those naming at least one of them (Jaccard index). Only the footnotes' lists count: not single examples, not regions a sentence names as examples, not statements about all regions. Regions with the same similarity as the last one are all shown.",
  similarListLabel: "Choose one of the most similar regions",
  similarBasis: (shared: number, lists: number) =>
    `rests on ${lists} ${plural("en", lists, { one: "list", other: "lists" })}, ${shared} in common`,
  similarUnranked: (min: number, names: readonly string[]) =>
    `Named in fewer than ${min} of the report's lists, so not ranked: ${listOf("en", names)}.`,
  similarOwnFew: (name: string, lists: number, min: number) =>
    `${name} itself is named in ${lists} of the report's lists, fewer than ${min}: the similarity rests on few lists, and ${name} is not ranked for other regions.`,
  similarNone: (name: string) => `No region named in at least three lists shares a list with ${name}.`,
  formatScore: decimals("en", 2),
};

export const REGION_STRINGS: Record<Lang, RegionStrings> = { sv, en };

/**
 * A strategy's time horizon as its title gives it: "2040", "2030, med utblick mot 2045", "inget slutår i titeln, med
 * utblick mot 2040" or "inget slutår i titeln". The region panel and the comparison say it alike.
 */
export function horizonText(strategy: Region["strategy"], t: Pick<RegionStrings, "horizonNone" | "outlook">): string {
  const { horizon, outlook } = strategy;
  const end = horizon === undefined ? t.horizonNone : String(horizon);
  return outlook === undefined ? end : `${end}, ${t.outlook(outlook)}`;
}
