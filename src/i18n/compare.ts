import type { Lang } from "./strings";

/**
 * Strings of neighbours, the comparison of 2–4 regions and the territorial
 * statistics (join counts), Swedish first; English has the Swedish type so it
 * can never miss a key.
 */
function decimals(lang: Lang, digits: number) {
  const format = new Intl.NumberFormat(lang === "sv" ? "sv-SE" : "en-GB", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return (n: number) => format.format(n);
}

function listOf(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(lang === "sv" ? "sv" : "en-GB", { type: "conjunction" }).format(items);
}

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
  comparisonFull: "Jämförelsen har redan fyra regioner",

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
  leftOut: (names: readonly string[]) =>
    `Fler grannar finns: ${listOf("sv", names)}. Jämförelsen rymmer fyra regioner; de grannar som är mest lika valdes.`,
  select: (name: string) => `Visa ${name}`,

  strategyHeading: "Strategin",
  status: "Status",
  adopted: "Antagen",
  horizon: "Tidshorisont",
  horizonNone: "inget år i titeln",
  revised: (year: number) => `reviderad ${year}`,

  practicesHeading: "Exempel fråga för fråga",
  practicesIntro:
    "Varje rad är ett exempel som rapporten nämner för minst en av regionerna. Rader som inte delas av alla är markerade. Välj ett exempel för att läsa rapportens mening.",
  onlyDifferences: "Visa bara skillnader",
  practiceColumn: "Exempel",
  shareAll: "alla",
  shareSome: "några",
  shareOne: "bara här",
  shareAllLong: "Nämns för alla jämförda regioner",
  shareSomeLong: (n: number, total: number) => `Nämns för ${n} av ${total} jämförda regioner`,
  shareOneLong: (name: string) => `Nämns bara för ${name}`,
  has: "Nämns",
  lacks: "Nämns inte",
  noRows: "Inga exempel för de jämförda regionerna under frågan.",
  noDifferences: "Inga skillnader under frågan.",
  allRegionsLeftOut: (n: number) =>
    `${n} påståenden som rapporten gör om alla regioner är utelämnade: de skiljer inte regionerna åt.`,
  showQuote: "Visa rapportens mening",
  hideQuote: "Dölj rapportens mening",
  showOnMap: "Visa på kartan",
  totals: "Antal exempel",

  chartHeading: "Antal exempel per fråga",
  chartLoading: "Läser in diagram …",
  chartAria: (names: readonly string[]) =>
    `Stapeldiagram: antal exempel per fråga 1–9 för ${listOf("sv", names)}. Samma uppgifter finns i tabellen ovan.`,
  questionShort: (id: number) => `F${id}`,
  chartAxisY: "antal exempel",

  similarityHeading: "Likhet (Jaccard-index)",
  similarityIntro:
    "Jaccard-index: antalet gemensamma exempel delat med antalet exempel som minst en av de två har (0 = inget gemensamt, 1 = samma exempel). Påståenden om alla regioner räknas inte.",
  pair: (a: string, b: string) => `${a} – ${b}`,
  pairSummary: (shared: number, union: number) => `${shared} gemensamma av ${union}`,
  sharedList: "Gemensamma",
  onlyIn: (name: string) => `Bara ${name}`,
  none: "inga",
  mostSimilarRegion: (name: string) => `Mest lik ${name} bland alla regioner`,
  mostSimilarNeighbour: (name: string) => `Mest lik ${name} bland grannarna`,
  noNeighbour: "inga grannar",
  scoreOf: (score: string) => `likhet ${score}`,

  clusterHeading: "Samlat i en del av landet?",
  clusterYes: "Ja, exemplet nämns oftare hos grannar än slumpen ger.",
  clusterWeak: "Ett svagt tecken på att exemplet samlas hos grannar.",
  clusterNo: "Inget tecken på att exemplet samlas hos grannar.",
  clusterNumbers: (bb: number, expected: string, p: string, perms: number) =>
    `${bb} grannpar nämns båda för exemplet; ${expected} väntat om regionerna vore slumpvis utvalda. p = ${p} (join count-test, ${perms.toLocaleString("sv-SE")} slumpade omflyttningar).`,
  clusterCaveat:
    "21 regioner är ett litet urval, och rapporten ger exempel, inte fullständiga förteckningar. Grannar = landgräns; Gotland ingår inte.",
  clusterNotTestable: "Klustring kan inte prövas: exemplet nämns för alla regioner eller för högst en.",
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
  comparisonFull: "The comparison already has four regions",

  title: "Comparison",
  titleNames: (names) => `Comparison: ${listOf("en", names)}`,
  intro:
    "The regions side by side. The report gives examples, not complete inventories: a region not named for a practice may still have it.",
  close: "End the comparison",
  remove: (name) => `Remove ${name} from the comparison`,
  removeShort: "Remove",
  addRegion: "Add a region",
  addRegionPlaceholder: "Choose a region …",
  leftOut: (names) =>
    `There are more neighbours: ${listOf("en", names)}. A comparison holds four regions; the most similar neighbours were chosen.`,
  select: (name) => `Show ${name}`,

  strategyHeading: "The strategy",
  status: "Status",
  adopted: "Adopted",
  horizon: "Time horizon",
  horizonNone: "no year in the title",
  revised: (year) => `revised ${year}`,

  practicesHeading: "Practices question by question",
  practicesIntro:
    "Each row is a practice the report names for at least one of the regions. Rows not shared by all are marked. Choose a practice to read the report's sentence.",
  onlyDifferences: "Show differences only",
  practiceColumn: "Practice",
  shareAll: "all",
  shareSome: "some",
  shareOne: "only here",
  shareAllLong: "Named for every compared region",
  shareSomeLong: (n, total) => `Named for ${n} of ${total} compared regions`,
  shareOneLong: (name) => `Named only for ${name}`,
  has: "Named",
  lacks: "Not named",
  noRows: "No practices for the compared regions under this question.",
  noDifferences: "No differences under this question.",
  allRegionsLeftOut: (n) => `${n} statements the report makes of all regions are left out: they do not tell regions apart.`,
  showQuote: "Show the report's sentence",
  hideQuote: "Hide the report's sentence",
  showOnMap: "Show on the map",
  totals: "Number of practices",

  chartHeading: "Practices per question",
  chartLoading: "Loading chart …",
  chartAria: (names) =>
    `Bar chart: number of practices per question 1–9 for ${listOf("en", names)}. The same figures are in the table above.`,
  questionShort: (id) => `Q${id}`,
  chartAxisY: "practices",

  similarityHeading: "Similarity (Jaccard index)",
  similarityIntro:
    "Jaccard index: the practices two regions share divided by the practices at least one of them has (0 = nothing in common, 1 = the same practices). Statements about all regions are not counted.",
  pair: (a, b) => `${a} – ${b}`,
  pairSummary: (shared, union) => `${shared} shared of ${union}`,
  sharedList: "Shared",
  onlyIn: (name) => `Only ${name}`,
  none: "none",
  mostSimilarRegion: (name) => `Most similar to ${name} among all regions`,
  mostSimilarNeighbour: (name) => `Most similar to ${name} among its neighbours`,
  noNeighbour: "no neighbours",
  scoreOf: (score) => `similarity ${score}`,

  clusterHeading: "Clustered in one part of Sweden?",
  clusterYes: "Yes, neighbours share this practice more often than chance gives.",
  clusterWeak: "A weak sign that neighbours share this practice.",
  clusterNo: "No sign that neighbours share this practice more than chance.",
  clusterNumbers: (bb, expected, p, perms) =>
    `${bb} neighbouring pairs are both named for it; ${expected} expected if the regions were chosen at random. p = ${p} (join-count test, ${perms.toLocaleString("en-GB")} random permutations).`,
  clusterCaveat:
    "21 regions is a small sample, and the report lists examples, not complete inventories. Neighbours = land border; Gotland takes no part.",
  clusterNotTestable: "Clustering cannot be tested: the practice is named for every region or for at most one.",
};

export const COMPARE_STRINGS: Record<Lang, CompareStrings> = { sv, en };
