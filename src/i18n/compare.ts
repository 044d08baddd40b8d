import { decimals, listOf, plural } from "./plural";
import type { Lang } from "./strings";

/**
 * Strings of neighbours, the comparison of 2–6 regions and the territorial
 * statistics (join counts), Swedish first; English has the Swedish type so it
 * can never miss a key.
 */
const sv = {
  list: (items: readonly string[]) => listOf("sv", items),
  formatScore: decimals("sv", 2),
  formatP: decimals("sv", 3),
  formatMean: decimals("sv", 1),

  // Neighbours in the region panel
  seaHeading: (km: number) => `Över havet (inom ${km} km)`,
  seaIntro: (km: number) =>
    `Regioner vars kust ligger inom ${km} km från regionens, räknat på kartans gränser. De har ingen landgräns mot varandra.`,
  seaMark: "över havet",
  compareWithNeighbours: "Jämför med grannar",
  addToComparison: "Lägg till i jämförelse",
  inComparison: "Finns i jämförelsen",
  comparisonFull: (max: number) => `Jämförelsen är full (${max} regioner)`,
  /** A comparison's first region, waiting for a second (the pick of "Lägg till i jämförelse"). */
  pickWaiting: (name: string) => `${name} väntar på en region till – klicka på en region`,
  pickHint: "Välj den på kartan, i regionlistan eller i en panel; jämförelsen börjar då.",
  pickCancel: "Avbryt",
  pickCancelLong: (name: string) => `Avbryt jämförelsen med ${name}`,
  /** A `compare=` link of more regions than a comparison holds (the page's notice): the first are compared, the rest named. */
  linkTrimmed: (max: number, names: readonly string[]) =>
    `Länken jämför fler än ${max} regioner; de första ${max} jämförs. Utelämnade: ${listOf("sv", names)}.`,

  // Compare panel
  title: "Jämförelse",
  titleNames: (names: readonly string[]) => `Jämförelse: ${listOf("sv", names)}`,
  intro:
    "Regionerna sida vid sida. Rapporten ger exempel, inte fullständiga förteckningar: att en region inte nämns för ett arbetssätt betyder inte att den saknar det.",
  close: "Avsluta jämförelsen",
  remove: (name: string) => `Ta bort ${name} ur jämförelsen`,
  removeShort: "Ta bort",
  addRegion: "Lägg till region",
  addRegionPlaceholder: "Välj region …",
  leftOut: (names: readonly string[], max: number) =>
    `Fler grannar finns: ${listOf("sv", names)}. Jämförelsen rymmer ${max} regioner; de grannar som är mest lika valdes.`,
  select: (name: string) => `Visa ${name}`,

  strategyHeading: "Strategin",
  status: "Status",
  adopted: "Antagen",
  horizon: "Tidshorisont",
  revised: (year: number) => `översyn beslutad ${year}`,

  practicesHeading: "Förteckningar och exempel fråga för fråga",
  practicesIntro:
    "Varje rad är en av rapportens förteckningar eller ett exempel som nämner minst en av regionerna. Förteckningar som inte nämner alla jämförda regioner är markerade; ett exempel gäller bara sin region. Välj en rad för att läsa rapportens mening.",
  onlyDifferences: "Visa bara skillnader",
  practiceColumn: "Förteckningar och exempel",
  shareAll: "alla",
  shareSome: "några",
  shareOne: "bara här",
  shareAllLong: "Nämns för alla jämförda regioner",
  shareSomeLong: (n: number, total: number) => `Av de jämförda regionerna nämns ${n} av ${total}`,
  shareOneLong: (name: string) => `Av de jämförda regionerna nämns bara ${name}`,
  shareExample: "exempel",
  shareExampleLong: (name: string) => `Nämns som exempel för ${name}; ett exempel säger inget om de andra regionerna`,
  has: "Nämns",
  lacks: "Nämns inte",
  noRows: "Rapporten nämner ingen av de jämförda regionerna i en förteckning eller ett exempel under frågan.",
  noDifferences: "Inga skillnader under frågan.",
  allRegionsLeftOut: (n: number) => `${n} påståenden som rapporten gör om alla regioner är utelämnade: de skiljer inte regionerna åt.`,
  showQuote: "Visa rapportens mening",
  hideQuote: "Dölj rapportens mening",
  showOnMap: "Visa på kartan",
  totals: "Antal förteckningar och exempel",

  chartHeading: "Förteckningar och exempel per fråga",
  chartLoading: "Läser in diagram …",
  chartAria: (names: readonly string[]) =>
    `Stapeldiagram: antal av rapportens förteckningar och exempel som nämner ${listOf("sv", names)}, per fråga 1–9. Samma uppgifter finns i tabellen ovan.`,
  questionShort: (id: number) => `F${id}`,
  chartAxisY: "antal",

  similarityHeading: "Likhet (Jaccard-index)",
  similarityIntro:
    "Jaccard-index: antalet av rapportens förteckningar som nämner båda regionerna, delat med antalet som nämner minst en av dem (0 = inget gemensamt, 1 = samma förteckningar). Bara fotnoternas förteckningar räknas: inte exempel, inte påståenden om alla regioner. Beräknat i RUS-kartan, inte i rapporten.",
  pair: (a: string, b: string) => `${a} – ${b}`,
  /** "bygger på 3 förteckningar, 1 gemensam". */
  pairSummary: (shared: number, union: number) =>
    `bygger på ${union} ${plural("sv", union, { one: "förteckning", other: "förteckningar" })}, ${shared} ${plural("sv", shared, { one: "gemensam", other: "gemensamma" })}`,
  sharedList: "Gemensamma",
  onlyIn: (name: string) => `Bara ${name}`,
  none: "inga",
  mostSimilarRegion: (name: string) => `Mest lik ${name} bland alla regioner`,
  mostSimilarNeighbour: (name: string) => `Mest lik ${name} bland grannarna`,
  noNeighbour: "inga grannar",
  scoreOf: (score: string, lists: number) =>
    `likhet ${score}, bygger på ${lists} ${plural("sv", lists, { one: "förteckning", other: "förteckningar" })}`,
  /** Nobody ranked: every candidate is named in fewer than `min` lists, or none shares a list. */
  noneRanked: (min: number) => `ingen som nämns i minst ${min} förteckningar delar en förteckning`,

  /** A count, not a test: "4 av 9 grannpar nämns båda". */
  neighbourPairs: (both: number, touching: number) =>
    `Grannar: i ${both} av ${touching} grannpar med landgräns där minst en nämns nämns båda (RUS-kartans räkning, inte rapportens).`,
  neighbourPairsCaveat: "Rapportens listor är exempel: en region som inte nämns kan ändå ha arbetssättet.",
};

export type CompareStrings = typeof sv;

const en: CompareStrings = {
  list: (items) => listOf("en", items),
  formatScore: decimals("en", 2),
  formatP: decimals("en", 3),
  formatMean: decimals("en", 1),

  seaHeading: (km) => `Across the sea (within ${km} km)`,
  seaIntro: (km) =>
    `Regions whose coast lies within ${km} km of this region's, measured on the map's boundaries. They share no land border.`,
  seaMark: "across the sea",
  compareWithNeighbours: "Compare with neighbours",
  addToComparison: "Add to comparison",
  inComparison: "In the comparison",
  comparisonFull: (max) => `The comparison is full (${max} regions)`,
  pickWaiting: (name) => `${name} is waiting for one more region – click a region`,
  pickHint: "Choose it on the map, in the region list or in a panel; the comparison then starts.",
  pickCancel: "Cancel",
  pickCancelLong: (name) => `Cancel the comparison with ${name}`,
  linkTrimmed: (max, names) =>
    `The link compares more than ${max} regions; the first ${max} are compared. Left out: ${listOf("en", names)}.`,

  title: "Comparison",
  titleNames: (names) => `Comparison: ${listOf("en", names)}`,
  intro:
    "The regions side by side. The report gives examples, not complete inventories: a region not named for a practice may still have it.",
  close: "End the comparison",
  remove: (name) => `Remove ${name} from the comparison`,
  removeShort: "Remove",
  addRegion: "Add a region",
  addRegionPlaceholder: "Choose a region …",
  leftOut: (names, max) =>
    `There are more neighbours: ${listOf("en", names)}. A comparison holds ${max} regions; the most similar neighbours were chosen.`,
  select: (name) => `Show ${name}`,

  strategyHeading: "The strategy",
  status: "Status",
  adopted: "Adopted",
  horizon: "Time horizon",
  revised: (year) => `review decided ${year}`,

  practicesHeading: "Lists and examples question by question",
  practicesIntro:
    "Each row is one of the report's lists, or an example, naming at least one of the regions. Lists that do not name every compared region are marked; an example applies to its own region only. Choose a row to read the report's sentence.",
  onlyDifferences: "Show differences only",
  practiceColumn: "Lists and examples",
  shareAll: "all",
  shareSome: "some",
  shareOne: "only here",
  shareAllLong: "Named for every compared region",
  shareSomeLong: (n, total) => `Of the compared regions, ${n} of ${total} are named`,
  shareOneLong: (name) => `Of the compared regions, only ${name} is named`,
  shareExample: "example",
  shareExampleLong: (name) => `Named as an example for ${name}; an example says nothing about the other regions`,
  has: "Named",
  lacks: "Not named",
  noRows: "The report names none of the compared regions in a list or an example under this question.",
  noDifferences: "No differences under this question.",
  allRegionsLeftOut: (n) => `${n} statements the report makes of all regions are left out: they do not tell regions apart.`,
  showQuote: "Show the report's sentence",
  hideQuote: "Hide the report's sentence",
  showOnMap: "Show on the map",
  totals: "Number of lists and examples",

  chartHeading: "Lists and examples per question",
  chartLoading: "Loading chart …",
  chartAria: (names) =>
    `Bar chart: the number of the report's lists and examples naming ${listOf("en", names)}, per question 1–9. The same figures are in the table above.`,
  questionShort: (id) => `Q${id}`,
  chartAxisY: "number",

  similarityHeading: "Similarity (Jaccard index)",
  similarityIntro:
    "Jaccard index: the number of the report's lists naming both regions divided by the number naming at least one of them (0 = nothing in common, 1 = the same lists). Only the footnotes' lists count: not examples, not statements about all regions. Computed by RUS-kartan, not in the report.",
  pair: (a, b) => `${a} – ${b}`,
  pairSummary: (shared, union) => `rests on ${union} ${plural("en", union, { one: "list", other: "lists" })}, ${shared} in common`,
  sharedList: "Shared",
  onlyIn: (name) => `Only ${name}`,
  none: "none",
  mostSimilarRegion: (name) => `Most similar to ${name} among all regions`,
  mostSimilarNeighbour: (name) => `Most similar to ${name} among its neighbours`,
  noNeighbour: "no neighbours",
  scoreOf: (score, lists) => `similarity ${score}, rests on ${lists} ${plural("en", lists, { one: "list", other: "lists" })}`,
  noneRanked: (min) => `none named in at least ${min} lists shares a list`,

  neighbourPairs: (both, touching) =>
    `Neighbours: of ${touching} pairs sharing a land border where at least one is named, both are named in ${both} (RUS-kartan's count, not the report's).`,
  neighbourPairsCaveat: "The report's lists are examples: a region not named may still have the practice.",
};

export const COMPARE_STRINGS: Record<Lang, CompareStrings> = { sv, en };
