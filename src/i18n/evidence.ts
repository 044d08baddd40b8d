import type { DataNoteKind } from "../data/schema";
import { plural } from "./plural";
import type { Lang } from "./strings";

/**
 * The words every view uses for what the report's text supports (the
 * dataset's `evidence`), for what RUS-kartan computes itself, and for the
 * report's own caveat on its lists. One place, so the panel, legend, table,
 * comparison, tooltip, slides and CSV say the same thing.
 */

const sv = {
  /** "Rapportens förteckning, fotnot 21" / "Rapportens uppräkning (2.2.1)". */
  listed: (footnote: number | undefined, section: string) =>
    footnote === undefined ? `Rapportens uppräkning, avsnitt ${section}` : `Rapportens förteckning, fotnot ${footnote}`,
  example: "Nämns som exempel",
  /** Several regions a sentence names "exempelvis": examples, not the report's list. */
  examples: (section: string) => `Nämns som ett av flera exempel, avsnitt ${section}`,
  all: "Gäller alla regioner",
  kindNames: { listed: "förteckningar", example: "exempel", examples: "exempel i en mening", all: "påståenden om alla regioner" },
  examplesExplained: "Rapporten nämner regionerna som exempel (”exempelvis”), utan fotnot: exempel, inte en förteckning.",
  listsNaming: (n: number) => `${n} ${plural("sv", n, { one: "förteckning", other: "förteckningar" })}`,
  examplesNaming: (n: number) => `${n} exempel`,
  /** "Halland nämns i 3 förteckningar och 0 exempel." */
  regionFigures: (name: string, listed: number, examples: number) =>
    `Rapporten nämner ${name} i ${listed} av sina förteckningar över arbetssätt och i ${examples} exempel.`,
  allStatements: (n: number) =>
    `Därtill gör rapporten ${n} ${plural("sv", n, { one: "påstående", other: "påståenden" })} om alla regioner. De gäller varje region lika och räknas inte som något en region gör.`,
  computed: "Beräknat i RUS-kartan, inte i rapporten.",
  /** Both caveats of a count in one sentence, so a slide's legend keeps room for them. */
  computedFromExamples: "Räknat av RUS-kartan, inte av rapporten, vars listor är exempel, inte fullständiga register.",
  examplesNotComplete:
    "Rapportens förteckningar och exempel är exempel, inte fullständiga register: att en region inte nämns betyder inte att den saknar arbetssättet.",
  listsAreExamples: "Rapportens listor är exempel, inte fullständiga register.",
  notNamed: "Nämns inte",
  namedHere: "Nämns",
  dataNote: "Datanot",
  /**
   * The notes' summary. Where two passages differ the report classifies or explains (§2.1 counts Dalarna and Halland
   * under a review; footnote 14 explains Jämtland Härjedalen), so no note calls the report self-contradictory.
   */
  dataNotes: (differences: number, readings: number) => {
    const n = differences + readings;
    const head = `${n} ${plural("sv", n, { one: "datanot", other: "datanoter" })}`;
    if (readings === 0) return `${head}: rapportens avsnitt skiljer sig åt`;
    if (differences === 0) return `${head}: hur RUS-kartan läser rapporten`;
    // Short enough for a slide's legend; each note, opened, says which kind it is in full.
    return `${head}: ${differences} ${plural("sv", differences, { one: "skillnad", other: "skillnader" })}, ${readings} ${plural("sv", readings, { one: "läsning", other: "läsningar" })}`;
  },
  dataNoteKind: { difference: "Rapportens avsnitt skiljer sig åt", reading: "Hur RUS-kartan läser rapporten" } as Record<
    DataNoteKind,
    string
  >,
  dataNoteAuthor: "RUS-kartans sammanfattning; rapportens ord nedan.",
};

export type EvidenceStrings = typeof sv;

const en: EvidenceStrings = {
  listed: (footnote, section) =>
    footnote === undefined ? `The report's list, section ${section}` : `The report's list, footnote ${footnote}`,
  example: "Named as an example",
  examples: (section) => `Named as one of several examples, section ${section}`,
  all: "Said of all regions",
  kindNames: { listed: "lists", example: "examples", examples: "examples in one sentence", all: "statements about all regions" },
  examplesExplained: "The report names the regions as examples (“exempelvis”, for example), with no footnote: examples, not a list.",
  listsNaming: (n) => `${n} ${plural("en", n, { one: "list", other: "lists" })}`,
  examplesNaming: (n) => `${n} ${plural("en", n, { one: "example", other: "examples" })}`,
  regionFigures: (name, listed, examples) =>
    `The report names ${name} in ${listed} of its ${plural("en", listed, { one: "list", other: "lists" })} of practices and in ${examples} ${plural("en", examples, { one: "example", other: "examples" })}.`,
  allStatements: (n) =>
    `The report also makes ${n} ${plural("en", n, { one: "statement", other: "statements" })} about all regions. They apply to every region alike and do not count as something one region does.`,
  computed: "Computed by RUS-kartan, not in the report.",
  computedFromExamples: "Counted by RUS-kartan, not by the report, whose lists are examples, not complete records.",
  examplesNotComplete:
    "The report's lists and examples are examples, not complete records: a region not being named does not mean it lacks the practice.",
  listsAreExamples: "The report's lists are examples, not complete records.",
  notNamed: "Not named",
  namedHere: "Named",
  dataNote: "Data note",
  dataNotes: (differences, readings) => {
    const n = differences + readings;
    const head = `${n} ${plural("en", n, { one: "data note", other: "data notes" })}`;
    if (readings === 0) return `${head}: the report's sections differ`;
    if (differences === 0) return `${head}: how RUS-kartan reads the report`;
    return `${head}: ${differences} ${plural("en", differences, { one: "difference", other: "differences" })}, ${readings} ${plural("en", readings, { one: "reading", other: "readings" })}`;
  },
  dataNoteKind: { difference: "The report's sections differ", reading: "How RUS-kartan reads the report" },
  dataNoteAuthor: "RUS-kartan's summary; the report's words below.",
};

export const EVIDENCE_STRINGS: Record<Lang, EvidenceStrings> = { sv, en };
