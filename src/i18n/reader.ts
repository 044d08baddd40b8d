import { listOf, plural } from "./plural";
import type { Lang } from "./strings";

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
  searchHint: "Ett ord hittar också sammansättningar och böjningar (”kompetens” → ”kompetensförsörjning”). Tangent /",
  clearSearch: "Rensa sökningen",
  /** "kompetens: 9 ställen i 6 avsnitt; 11 regioner nämns i dem" */
  searchCount: (query: string, places: number, sections: number, regions: number) =>
    `${query}: ${places} ${plural("sv", places, { one: "ställe", other: "ställen" })} i ${sections} avsnitt; ${
      regions === 0
        ? "inga regioner nämns i dem"
        : `${regions} ${plural("sv", regions, { one: "region nämns", other: "regioner nämns" })} i dem`
    }`,
  noHits: (query: string) => `Inget i rapporten matchar ”${query}”. Kartan visar inga regioner.`,
  folded: "Inga träffar med å, ä och ö; visar träffar där de läses som a, a och o.",
  showInText: "Visa i texten",
  hitNames: (names: string) => `Nämner ${names}`,
  // The map while reading
  /** "2.2.7, fotnot 31" / "2.2.6, fotnoterna 27 och 28": where the passage in view stands. */
  passageWhere: (section: string, footnotes: number[]) =>
    footnotes.length === 0
      ? section
      : `${section}, ${footnotes.length === 1 ? "fotnot" : "fotnoterna"} ${listOf("sv", footnotes.map(String))}`,
  legendPassage: (where: string, n: number) => `${where}: ${n} ${plural("sv", n, { one: "region", other: "regioner" })}`,
  legendSearch: (query: string, n: number) => `”${query}”: ${n} ${plural("sv", n, { one: "region", other: "regioner" })}`,
  named: "Nämns",
  notNamed: "Nämns inte",
  passageNamesNone: "Avsnittet i bild nämner ingen region.",
  searchNamesNone: "Träffarna nämner ingen region.",
  passageExplained: "Regioner som stycket i bild nämner, i texten eller i dess fotnoter.",
  searchExplained: "Regioner som de matchande meningarna nämner, i texten eller i fotnoterna de hänvisar till.",
  hitsNaming: (n: number, sections: string) =>
    n === 0 ? "nämns inte i träffarna" : `nämns i ${n} ${plural("sv", n, { one: "träff", other: "träffar" })} (${sections})`,
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
  searchHint: "In Swedish; a word also finds its compounds and inflections (“kompetens” → “kompetensförsörjning”). Key /",
  clearSearch: "Clear the search",
  searchCount: (query, places, sections, regions) =>
    `${query}: ${places} ${plural("en", places, { one: "place", other: "places" })} in ${sections} ${plural("en", sections, {
      one: "section",
      other: "sections",
    })}; ${regions === 0 ? "no regions are named in them" : `${regions} ${plural("en", regions, { one: "region is", other: "regions are" })} named in them`}`,
  noHits: (query) => `Nothing in the report matches “${query}”. The map shows no regions.`,
  folded: "No hits with å, ä and ö; showing hits where they are read as a, a and o.",
  showInText: "Show in the text",
  hitNames: (names) => `Names ${names}`,
  passageWhere: (section, footnotes) =>
    footnotes.length === 0
      ? section
      : `${section}, ${footnotes.length === 1 ? "footnote" : "footnotes"} ${listOf("en", footnotes.map(String))}`,
  legendPassage: (where, n) => `${where}: ${n} ${plural("en", n, { one: "region", other: "regions" })}`,
  legendSearch: (query, n) => `“${query}”: ${n} ${plural("en", n, { one: "region", other: "regions" })}`,
  named: "Named",
  notNamed: "Not named",
  passageNamesNone: "The passage in view names no region.",
  searchNamesNone: "The hits name no region.",
  passageExplained: "Regions the passage in view names, in its text or in its footnotes.",
  searchExplained: "Regions the matching sentences name, in their text or in the footnotes they refer to.",
  hitsNaming: (n, sections) =>
    n === 0 ? "not named in the hits" : `named in ${n} ${plural("en", n, { one: "hit", other: "hits" })} (${sections})`,
  namedInPassage: "named in the passage in view",
  mentions: (name, n) =>
    `The report names ${name} in ${n} ${plural("en", n, { one: "passage", other: "passages" })} (in the text or in footnotes).`,
  noMentions: (name) => `The report does not name ${name}.`,
  previousMention: "Previous",
  nextMention: "Next",
  mentionOf: (i, n) => `${i} of ${n}`,
};

export const READER_STRINGS: Record<Lang, ReaderStrings> = { sv, en };
