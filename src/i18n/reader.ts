import { listOf, plural } from "./plural";
import type { Lang } from "./strings";

/** What a search found, for its count line. */
export type SearchCount = {
  statements: number;
  sections: number;
  phraseOccurrences?: number;
  strong: number;
  light: number;
  /** Matching statements said of all regions. */
  ofAllRegions: number;
  lightAllRegions: boolean;
};

/** The regions of a map's two tones, for its legend title. */
export type ToneCounts = { named: number; samePassage: number; allRegions: boolean };

const regionsSv = (n: number) => `${n} ${plural("sv", n, { one: "region", other: "regioner" })}`;
const regionsEn = (n: number) => `${n} ${plural("en", n, { one: "region", other: "regions" })}`;

function tonesSv({ named, samePassage, allRegions }: ToneCounts): string {
  if (allRegions && named === 0) return "gäller alla regioner";
  if (named === 0 && samePassage === 0) return "ingen region nämns";
  const parts = [named > 0 ? `${regionsSv(named)} nämns` : "", samePassage > 0 ? `${samePassage} i samma stycke` : ""].filter(Boolean);
  return `${parts.join(", ")}${allRegions ? "; gäller alla regioner" : ""}`;
}

function tonesEn({ named, samePassage, allRegions }: ToneCounts): string {
  if (allRegions && named === 0) return "applies to all regions";
  if (named === 0 && samePassage === 0) return "no region named";
  const parts = [named > 0 ? `${regionsEn(named)} named` : "", samePassage > 0 ? `${samePassage} in the same paragraph` : ""].filter(
    Boolean,
  );
  return `${parts.join(", ")}${allRegions ? "; applies to all regions" : ""}`;
}

function regionsLineSv(found: SearchCount): string {
  const { statements, ofAllRegions, strong } = found;
  if (ofAllRegions > 0) {
    const all =
      ofAllRegions === statements
        ? `${statements === 1 ? "den" : "de"} gäller alla regioner`
        : `${ofAllRegions} av dem gäller alla regioner`;
    return strong > 0 ? `${regionsSv(strong)} nämns i dem; ${all}` : all;
  }
  const named = strong > 0 ? `${regionsSv(strong)} nämns i dem` : "ingen region nämns i dem";
  const near = found.lightAllRegions ? ", samma stycke gäller alla regioner" : found.light > 0 ? `, ${found.light} i samma stycke` : "";
  return named + near;
}

function regionsLineEn(found: SearchCount): string {
  const { statements, ofAllRegions, strong } = found;
  if (ofAllRegions > 0) {
    const all =
      ofAllRegions === statements
        ? statements === 1
          ? "it applies to all regions"
          : "they apply to all regions"
        : `${ofAllRegions} of them ${ofAllRegions === 1 ? "applies" : "apply"} to all regions`;
    return strong > 0 ? `${regionsEn(strong)} named in them; ${all}` : all;
  }
  const named = strong > 0 ? `${regionsEn(strong)} named in them` : "no region named in them";
  const near = found.lightAllRegions
    ? ", the same paragraph applies to all regions"
    : found.light > 0
      ? `, ${found.light} in the same paragraph`
      : "";
  return named + near;
}

/** The words of the report reader, its search, and of translated report text wherever it is shown. */
const sv = {
  viewReport: "Rapporten",
  contents: "Innehåll",
  readerLabel: "Rapporten i sin helhet",
  loadingReport: "Läser in rapporten …",
  reportFailed: (why: string) => `Rapporten kunde inte läsas in (${why}). Kartan och panelerna fungerar ändå.`,
  /** The label English report text carries everywhere, in both languages. */
  unofficial: "Unofficial translation",
  showOriginal: "Visa svenska originalet",
  showTranslation: "Visa översättningen",
  englishMissing: "Ingen översättning finns för den här texten; den visas på svenska.",
  unknownSection: (id: string) => `Avsnitt ${id} finns inte i rapporten; rapporten visas från början.`,
  footnote: (n: number) => `Fotnot ${n}`,
  openFootnote: (n: number) => `Visa fotnot ${n}`,
  selectRegion: (name: string) => `Välj ${name} på kartan`,
  // The search
  search: "Sök i rapporten",
  searchHint:
    "Ett ord hittar också sina böjningar och sammansättningar (”skärgården” → ”skärgård”, ”omställning” → ”energiomställning”); ”citattecken” söker en fras. Tangent /",
  clearSearch: "Rensa sökningen",
  /** "smart specialisering: 3 träffar (meningar eller listpunkter) i 3 avsnitt; 1 region nämns i dem, 8 i samma stycke" */
  searchCount: (query: string, found: SearchCount) =>
    `${query}: ${found.statements} ${plural("sv", found.statements, { one: "träff", other: "träffar" })} (meningar eller listpunkter) i ${found.sections} avsnitt${
      found.phraseOccurrences === undefined
        ? ""
        : `, frasen står där ${found.phraseOccurrences} ${plural("sv", found.phraseOccurrences, { one: "gång", other: "gånger" })}`
    }; ${regionsLineSv(found)}`,
  compounds: (words: string) => `Också som del av sammansatta ord: ${words}.`,
  didYouMean: "Menade du",
  noHits: (query: string) => `Inget i rapporten matchar ”${query}”. Kartan visar inga regioner.`,
  folded: "Inga träffar med å, ä och ö; visar träffar där de läses som a, a och o.",
  showInText: "Visa i texten",
  hitNames: (names: string) => `Nämner ${names}`,
  hitNear: (names: string) => `I samma stycke nämns ${names}`,
  // The map while reading
  /** "2.2.7, fotnot 31" / "2.2.6, fotnoterna 27 och 28": where the passage in view stands. */
  passageWhere: (section: string, footnotes: number[]) =>
    footnotes.length === 0
      ? section
      : `${section}, ${footnotes.length === 1 ? "fotnot" : "fotnoterna"} ${listOf("sv", footnotes.map(String))}`,
  legendPassage: (where: string, n: ToneCounts) => `${where}: ${tonesSv(n)}`,
  legendSearch: (query: string, n: ToneCounts) => `”${query}”: ${tonesSv(n)}`,
  named: "Nämns",
  samePassage: "Nämns i samma stycke",
  allRegions: "Gäller alla regioner",
  passageAllRegions: "Samma stycke gäller alla regioner",
  notNamed: "Nämns inte",
  passageNamesNone: "Avsnittet i bild nämner ingen region.",
  searchNamesNone: "Träffarna nämner ingen region.",
  passageExplained: "Regioner som stycket i bild nämner, i texten eller i dess fotnoter.",
  searchExplained:
    "Mörk ton: regioner som en matchande mening eller listpunkt nämner, i texten eller i fotnoterna den hänvisar till. Ljus ton: regioner som bara nämns på annat ställe i samma stycke.",
  examplesCaveat: "Rapportens uppräkningar är exempel: att en region inte nämns betyder inte att den saknar arbetssättet.",
  hitsNaming: (n: number, sections: string) =>
    n === 0 ? "nämns inte i träffarna" : `nämns i ${n} ${plural("sv", n, { one: "träff", other: "träffar" })} (${sections})`,
  hitsOfAll: (n: number, sections: string) =>
    `gäller alla regioner: ${n} ${plural("sv", n, { one: "träff", other: "träffar" })} om alla regioner (${sections})`,
  hitsNear: (n: number, sections: string) =>
    `nämns i samma stycke som ${n} ${plural("sv", n, { one: "träff", other: "träffar" })} (${sections})`,
  hitsNearAll: (n: number, sections: string) =>
    `samma stycke som ${n} ${plural("sv", n, { one: "träff", other: "träffar" })} gäller alla regioner (${sections})`,
  namedInPassage: "nämns i stycket i bild",
  // Mentions of the selected region
  mentions: (name: string, n: number) =>
    `${name} nämns i ${n} ${plural("sv", n, { one: "stycke", other: "stycken" })} av rapporten (i texten eller i fotnoter).`,
  noMentions: (name: string) => `Rapporten nämner inte ${name} vid namn.`,
  previousMention: "Föregående",
  nextMention: "Nästa",
  mentionOf: (i: number, n: number) => `${i} av ${n}`,
};

export type ReaderStrings = typeof sv;

const en: ReaderStrings = {
  viewReport: "Report",
  contents: "Contents",
  readerLabel: "The whole report",
  loadingReport: "Loading the report …",
  reportFailed: (why) => `The report could not be loaded (${why}). The map and the panels still work.`,
  unofficial: "Unofficial translation",
  showOriginal: "Show the Swedish original",
  showTranslation: "Show the translation",
  englishMissing: "There is no translation of this text; it is shown in Swedish.",
  unknownSection: (id) => `The report has no section ${id}; it is shown from the beginning.`,
  footnote: (n) => `Footnote ${n}`,
  openFootnote: (n) => `Show footnote ${n}`,
  selectRegion: (name) => `Select ${name} on the map`,
  search: "Search the report",
  searchHint:
    "In English or Swedish; a word also finds its other forms (“skills” → “skill”, “skärgården” → “skärgård”) and, in Swedish, compounds; “quotes” search a phrase. Key /",
  clearSearch: "Clear the search",
  searchCount: (query, found) =>
    `${query}: ${found.statements} ${plural("en", found.statements, { one: "hit", other: "hits" })} (sentences or list items) in ${found.sections} ${plural(
      "en",
      found.sections,
      {
        one: "section",
        other: "sections",
      },
    )}${
      found.phraseOccurrences === undefined
        ? ""
        : `, the phrase standing there ${found.phraseOccurrences} ${plural("en", found.phraseOccurrences, { one: "time", other: "times" })}`
    }; ${regionsLineEn(found)}`,
  compounds: (words) => `Also as part of compound words: ${words}.`,
  didYouMean: "Did you mean",
  noHits: (query) => `Nothing in the report matches “${query}”. The map shows no regions.`,
  folded: "No hits with å, ä and ö; showing hits where they are read as a, a and o.",
  showInText: "Show in the text",
  hitNames: (names) => `Names ${names}`,
  hitNear: (names) => `The same paragraph names ${names}`,
  passageWhere: (section, footnotes) =>
    footnotes.length === 0
      ? section
      : `${section}, ${footnotes.length === 1 ? "footnote" : "footnotes"} ${listOf("en", footnotes.map(String))}`,
  legendPassage: (where, n) => `${where}: ${tonesEn(n)}`,
  legendSearch: (query, n) => `“${query}”: ${tonesEn(n)}`,
  named: "Named",
  samePassage: "Named in the same paragraph",
  allRegions: "Applies to all regions",
  passageAllRegions: "The same paragraph applies to all regions",
  notNamed: "Not named",
  passageNamesNone: "The passage in view names no region.",
  searchNamesNone: "The hits name no region.",
  passageExplained: "Regions the passage in view names, in its text or in its footnotes.",
  searchExplained:
    "Dark tone: regions a matching sentence or list item names, in its text or in the footnotes it refers to. Light tone: regions named only elsewhere in the same paragraph.",
  examplesCaveat: "The report's lists are examples: a region not named may still work this way.",
  hitsNaming: (n, sections) =>
    n === 0 ? "not named in the hits" : `named in ${n} ${plural("en", n, { one: "hit", other: "hits" })} (${sections})`,
  hitsOfAll: (n, sections) =>
    `applies to all regions: ${n} ${plural("en", n, { one: "hit", other: "hits" })} about all regions (${sections})`,
  hitsNear: (n, sections) => `named in the same paragraph as ${n} ${plural("en", n, { one: "hit", other: "hits" })} (${sections})`,
  hitsNearAll: (n, sections) =>
    `the same paragraph as ${n} ${plural("en", n, { one: "hit", other: "hits" })} applies to all regions (${sections})`,
  namedInPassage: "named in the passage in view",
  mentions: (name, n) =>
    `The report names ${name} in ${n} ${plural("en", n, { one: "passage", other: "passages" })} (in the text or in footnotes).`,
  noMentions: (name) => `The report does not name ${name}.`,
  previousMention: "Previous",
  nextMention: "Next",
  mentionOf: (i, n) => `${i} of ${n}`,
};

export const READER_STRINGS: Record<Lang, ReaderStrings> = { sv, en };
