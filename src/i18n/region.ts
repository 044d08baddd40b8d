import type { Lang } from "./strings";

/**
 * Strings of the region panel (header, practices, excerpts, charts), Swedish
 * first. English reuses the Swedish object's type, so it can never miss a key.
 * Report text is never translated here: quotes stay in Swedish.
 */

/** Numbers as the language writes them ("0,45" / "0.45"). */
function decimals(lang: Lang, digits: number) {
  const format = new Intl.NumberFormat(lang === "sv" ? "sv-SE" : "en-GB", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return (n: number) => format.format(n);
}

const sv = {
  close: "Stäng",
  closeLabel: (name: string) => `Stäng panelen för ${name}`,
  unknownRegion: (code: string) => `Regionen ${code} finns inte i rapporten.`,

  strategyHeading: "Strategin",
  horizon: "Tidshorisont",
  horizonNone: "inget år i titeln",
  outlook: (year: number) => `med utblick mot ${year}`,
  adopted: "Antagen",
  adoptedValue: (adopted: number, revised?: number) =>
    revised === undefined ? String(adopted) : `${adopted}, reviderad ${revised}`,
  status: "Status",
  note: "Rapportens kommentar",

  neighboursHeading: "Grannregioner",
  neighboursIntro: "Regioner med landgräns mot regionen. Välj en för att visa den.",
  noNeighbours: (name: string) => `${name} har ingen landgräns mot någon annan region.`,

  practicesHeading: "Exempel i rapporten",
  practicesIntro:
    "Arbetssätt som rapporten nämner för regionen, ordnade efter rapportens nio frågor. Rapporten ger exempel, inte fullständiga förteckningar: att en region inte nämns betyder inte att den saknar arbetssättet.",
  questionHeading: (section: string, label: string) => `${section} ${label}`,
  noPractices: "Inga regionspecifika exempel i rapporten.",
  regionCount: (n: number, total: number) => `${n} av ${total} regioner`,
  allRegions: "Gäller alla regioner",
  showOnMap: "Visa på kartan",

  excerptsHeading: "Regionen i rapportens text",
  excerptsIntro: "Alla ställen där rapporten nämner regionen vid namn, ordagrant.",
  noExcerpts: "Rapporten nämner inte regionen vid namn utöver förteckningen över strategier.",
  otherGroup: "Övrigt",

  chartsHeading: "Jämförelser",
  chartsLoading: "Läser in diagram …",
  showTable: "Visa som tabell",

  countsHeading: "Antal exempel per fråga",
  countsAxisX: "Fråga",
  countsAxisY: "antal exempel",
  questionShort: (id: number) => `F${id}`,
  seriesNeighbours: "Grannregionernas medelvärde",
  seriesNational: "Medelvärde, alla 21 regioner",
  countsNoNeighbours: (name: string) =>
    `${name} har inga grannregioner med landgräns, så diagrammet visar inget grannmedelvärde.`,
  countsSummary: (name: string, total: number, national: string, neighbours?: string) =>
    `${name} har ${total} exempel i rapporten. Medelvärdet för alla 21 regioner är ${national}` +
    (neighbours === undefined ? "." : `, för grannregionerna ${neighbours}.`),
  countsAria: (name: string) =>
    `Stapeldiagram: antal exempel per fråga 1–9 för ${name}, jämfört med medelvärden. Samma uppgifter finns i tabellen.`,
  countsTableQuestion: "Fråga",
  formatMean: decimals("sv", 1),

  timelineHeading: "Antagandeår för alla 21 strategier",
  timelineAxisX: "antagandeår",
  timelineOthers: "Övriga regioner",
  timelineRevision: "Revidering",
  revisedMark: (year: number) => `reviderad ${year}`,
  timelineSummary: (name: string, adopted: number, sameYear: number, revised?: number) =>
    `${name} antog sin strategi ${adopted}` +
    (revised === undefined ? "" : ` och reviderade den ${revised}`) +
    `. ${sameYear === 1 ? "Ingen annan region" : `Totalt ${sameYear} av 21 regioner`} antog sin strategi samma år.`,
  timelineAria: (name: string) =>
    `Tidslinje: de 21 strategiernas antagandeår 2019–2026, med ${name} markerad. Samma uppgifter finns i tabellen.`,
  timelineTableYear: "År",
  timelineTableRegions: "Regioner",

  similarHeading: "Mest lika regioner",
  similarAxisX: "likhet (Jaccard-index, 0–1)",
  similarAria: (name: string) =>
    `Liggande stapeldiagram: de fem regioner vars exempel i rapporten mest liknar ${name}s. Värdena finns också i knapparna nedan.`,
  similarNote:
    "Likhet = andelen gemensamma exempel av alla exempel som någon av de två regionerna har (Jaccard-index). Påståenden som rapporten gör om alla 21 regioner räknas inte med.",
  similarListLabel: "Välj en av de mest lika regionerna",
  similarShared: (n: number) => (n === 1 ? "1 gemensamt exempel" : `${n} gemensamma exempel`),
  formatScore: decimals("sv", 2),
};

export type RegionStrings = typeof sv;

const en: typeof sv = {
  close: "Close",
  closeLabel: (name: string) => `Close the panel for ${name}`,
  unknownRegion: (code: string) => `The region ${code} is not in the report.`,

  strategyHeading: "The strategy",
  horizon: "Time horizon",
  horizonNone: "no year in the title",
  outlook: (year: number) => `looking ahead to ${year}`,
  adopted: "Adopted",
  adoptedValue: (adopted: number, revised?: number) =>
    revised === undefined ? String(adopted) : `${adopted}, revised ${revised}`,
  status: "Status",
  note: "The report's note",

  neighboursHeading: "Neighbouring regions",
  neighboursIntro: "Regions sharing a land border with this region. Choose one to show it.",
  noNeighbours: (name: string) => `${name} shares no land border with any other region.`,

  practicesHeading: "Examples in the report",
  practicesIntro:
    "Practices the report names for this region, ordered by the report's nine questions. The report gives examples, not complete lists: a region not being named does not mean it lacks the practice.",
  questionHeading: (section: string, label: string) => `${section} ${label}`,
  noPractices: "No region-specific examples in the report.",
  regionCount: (n: number, total: number) => `${n} of ${total} regions`,
  allRegions: "All regions",
  showOnMap: "Show on map",

  excerptsHeading: "The region in the report's text",
  excerptsIntro: "Every passage where the report names the region, verbatim (in Swedish).",
  noExcerpts: "The report does not name the region beyond the list of strategies.",
  otherGroup: "Other",

  chartsHeading: "Comparisons",
  chartsLoading: "Loading charts …",
  showTable: "Show as table",

  countsHeading: "Number of examples per question",
  countsAxisX: "Question",
  countsAxisY: "number of examples",
  questionShort: (id: number) => `Q${id}`,
  seriesNeighbours: "Mean of neighbouring regions",
  seriesNational: "Mean of all 21 regions",
  countsNoNeighbours: (name: string) =>
    `${name} has no neighbouring regions by land, so the chart shows no neighbour mean.`,
  countsSummary: (name: string, total: number, national: string, neighbours?: string) =>
    `${name} has ${total} examples in the report. The mean of all 21 regions is ${national}` +
    (neighbours === undefined ? "." : `, of its neighbours ${neighbours}.`),
  countsAria: (name: string) =>
    `Bar chart: number of examples per question 1–9 for ${name}, compared with means. The same figures are in the table.`,
  countsTableQuestion: "Question",
  formatMean: decimals("en", 1),

  timelineHeading: "Year of adoption of all 21 strategies",
  timelineAxisX: "year adopted",
  timelineOthers: "Other regions",
  timelineRevision: "Revision",
  revisedMark: (year: number) => `revised ${year}`,
  timelineSummary: (name: string, adopted: number, sameYear: number, revised?: number) =>
    `${name} adopted its strategy in ${adopted}` +
    (revised === undefined ? "" : ` and revised it in ${revised}`) +
    `. ${sameYear === 1 ? "No other region" : `In all, ${sameYear} of 21 regions`} adopted a strategy that year.`,
  timelineAria: (name: string) =>
    `Timeline: the year of adoption of the 21 strategies, 2019–2026, with ${name} highlighted. The same figures are in the table.`,
  timelineTableYear: "Year",
  timelineTableRegions: "Regions",

  similarHeading: "Most similar regions",
  similarAxisX: "similarity (Jaccard index, 0–1)",
  similarAria: (name: string) =>
    `Horizontal bar chart: the five regions whose examples in the report are most like ${name}'s. The values are also in the buttons below.`,
  similarNote:
    "Similarity = the share of examples the two regions have in common out of all examples either has (Jaccard index). Statements the report makes of all 21 regions are left out.",
  similarListLabel: "Choose one of the most similar regions",
  similarShared: (n: number) => (n === 1 ? "1 example in common" : `${n} examples in common`),
  formatScore: decimals("en", 2),
};

export const REGION_STRINGS: Record<Lang, RegionStrings> = { sv, en };
