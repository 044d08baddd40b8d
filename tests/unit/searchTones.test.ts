import { describe, expect, it } from "vitest";
import { searchReport, type SearchResult } from "../../src/data/reportSearch";
import { statementsOf } from "../../src/data/reportStatements";
import { classifyReading } from "../../src/domain/readingClassification";
import { realDataset, realEnglish, realReport } from "./fixtures";
import { FOOTNOTE_TEXT, REGION_NAMES, SOURCE_TEXT, footnoteList } from "./reportFacts";
import { STATEMENTS, expectedTones } from "./statementFacts";

/**
 * What a search claims, query by query: the map's strong and light sets and
 * its all-region flags equal what the report's text says, read by the test's
 * own statement parse (statementFacts.ts) with a pattern a reader would use
 * for the query's word forms — not by the app's search.
 */
const doc = realReport();
const english = realEnglish(doc);
const NAMES = Object.entries(REGION_NAMES).map(([code, name]) => ({ code, name }));
const sorted = (codes: readonly string[]) => [...codes].sort();
const tonesOf = (r: SearchResult) => ({
  statements: r.statements,
  strong: sorted(r.strong),
  light: sorted(r.light),
  allRegions: r.allRegions,
  lightAllRegions: r.lightAllRegions,
});

/** A word's forms: a word of the text that begins with `stem`; `anywhere` also inside a compound (after 3 letters). */
const starts = (stem: string) => new RegExp(`(?<![\\p{L}\\d])${stem}`, "iu");
const inside = (stem: string) => new RegExp(`(?<![\\p{L}\\d])(?:[\\p{L}]{3,})?${stem}`, "iu");
/** A phrase: its words one after another, each beginning a word of the text (its forms: "barn och ungas"). */
const phrase = (words: string) => new RegExp(`(?<![\\p{L}\\d])${words.split(" ").join("\\p{L}*[\\s,]+")}`, "iu");
const every =
  (...patterns: RegExp[]) =>
  (text: string) =>
    patterns.every((p) => p.test(text));

type Case = { query: string; kind: string; expect: (text: string) => boolean; english?: boolean };

const CASES: Case[] = [
  // Single words
  { query: "LEADER", kind: "word", expect: every(starts("LEADER")) },
  { query: "indikatorplattformar", kind: "word (footnote in another sentence of the bullet)", expect: every(starts("indikatorplattform")) },
  { query: "mobilitetsdata", kind: "word", expect: every(starts("mobilitetsdata")) },
  { query: "föräldraskapsstöd", kind: "word", expect: every(starts("föräldraskapsstöd")) },
  { query: "testbäddar", kind: "word", expect: every(starts("testbädd")) },
  { query: "dialogmöten", kind: "word", expect: every(starts("dialogmöte")) },
  { query: "Kraftsamlingsträffar", kind: "heading word", expect: every(starts("kraftsamlingsträff")) },
  { query: "årshjul", kind: "word", expect: every(starts("årshjul")) },
  { query: "Halland", kind: "region name", expect: every(starts("Halland")) },
  // Inflected and definite forms
  { query: "skärgården", kind: "definite form", expect: every(starts("skärgård")) },
  { query: "fjällen", kind: "definite plural", expect: every(starts("fjäll")) },
  { query: "landsbygden", kind: "definite form", expect: every(starts("landsbyg")) },
  { query: "indikatorer", kind: "plural, also in compounds", expect: every(inside("indikator")) },
  { query: "strukturbilderna", kind: "definite plural", expect: every(starts("strukturbild")) },
  { query: "handlingsplanen", kind: "definite form", expect: every(starts("handlingsplan")) },
  // Compounds
  { query: "omställning", kind: "compound part", expect: every(inside("omställning")) },
  { query: "landsbygd", kind: "compound head", expect: every(starts("landsbygd")) },
  { query: "hälsa", kind: "word and compounds", expect: every(inside("häls")) },
  // Phrases and several words
  { query: '"smart specialisering"', kind: "quoted phrase", expect: every(phrase("smart specialisering")) },
  { query: "smart specialisering", kind: "two words (every word)", expect: every(starts("smart"), starts("specialisering")) },
  { query: '"barn och unga"', kind: "quoted phrase with och", expect: every(phrase("barn och unga")) },
  { query: "barn och unga", kind: "words; och is no search word", expect: every(starts("barn"), starts("unga")) },
  { query: "egna S3", kind: "two words", expect: every(starts("egna"), starts("S3")) },
  // Statements of all regions
  { query: "bredband", kind: "all regions (Förekommer i alla regioner)", expect: every(starts("bredband")) },
  { query: "barnperspektivet", kind: "all regions (Alla regioner väver in …)", expect: every(starts("barnperspektiv")) },
  {
    query: "hållbarhetsdimensionerna",
    kind: "all regions (Samtliga regioner utgår från …)",
    expect: every(starts("hållbarhetsdimension")),
  },
  { query: "platsbaserat", kind: "all regions (Alla regioner beaktar …)", expect: every(starts("platsbaser")) },
  { query: "kompetensförsörjning", kind: "paragraph of all regions", expect: every(starts("kompetensförsörjning")) },
  // English: the translation lands on the same statements as the Swedish word
  { query: "broadband", kind: "English word", expect: every(starts("bredband")), english: true },
  { query: "LEADER", kind: "English interface, same word", expect: every(starts("LEADER")), english: true },
  { query: "föräldraskapsstöd", kind: "Swedish word in the English interface", expect: every(starts("föräldraskapsstöd")), english: true },
  { query: "parenting support", kind: "English words", expect: every(starts("föräldraskapsstöd")), english: true },
  { query: "archipelago", kind: "English word", expect: every(starts("skärgård")), english: true },
];

describe("every query's strong and light regions, and its all-region flags, are those of the report's text", () => {
  it("has at least 30 queries of different kinds", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.kind.split(" ")[0])).size).toBeGreaterThanOrEqual(8);
  });

  for (const c of CASES) {
    it(`${c.english ? "[en] " : ""}${c.query} — ${c.kind}`, () => {
      const want = expectedTones(c.expect);
      expect(want.statements).toBeGreaterThan(0);
      const got = searchReport(doc, c.query, NAMES, c.english ? english : undefined);
      expect(tonesOf(got)).toEqual(want);
    });
  }

  it("a typo finds nothing, colours nothing, and suggests the report's own word", () => {
    const got = searchReport(doc, "kompetensförsörning", NAMES);
    expect(got.hits).toEqual([]);
    expect(got.strong).toEqual([]);
    expect(got.light).toEqual([]);
    expect(got.allRegions).toBe(false);
    expect(SOURCE_TEXT).toContain(got.suggestion!);
    expect(got.suggestion).toBe("kompetensförsörjning");
  });
});

describe("the cases the issue names", () => {
  it("indikatorplattformar colours footnote 21's seven regions", () => {
    const got = searchReport(doc, "indikatorplattformar", NAMES);
    expect(sorted(got.strong)).toEqual(sorted(footnoteList(21)));
    expect(got.strong).toHaveLength(7);
  });

  it("bredband, and broadband in English, apply to all 21 as a statement of all regions", () => {
    const sv = searchReport(doc, "bredband", NAMES);
    const en = searchReport(doc, "broadband", NAMES, english);
    expect(sv.allRegions).toBe(true);
    expect(tonesOf(en)).toEqual(tonesOf(sv));
    expect(en.hits.map((h) => h.passage.id)).toEqual(sv.hits.map((h) => h.passage.id));
  });

  it("skärgården finds skärgård; omställning finds industriomställning, as part of a compound", () => {
    const archipelago = searchReport(doc, "skärgården", NAMES);
    expect(archipelago.hits.some((h) => /skärgård/u.test(h.passage.text))).toBe(true);
    const transition = searchReport(doc, "omställning", NAMES);
    expect(transition.hits.some((h) => h.passage.text.includes("industriomställning"))).toBe(true);
    expect(transition.compounds).toContain("industriomställning");
  });

  it("smart specialisering: Västmanland strong, the six regions of 2.2.1's S3 paragraph light", () => {
    const got = searchReport(doc, "smart specialisering", NAMES);
    expect(got.strong).toEqual(["SE-U"]);
    const s3 = SOURCE_TEXT.split("\n").find((l) => l.startsWith("Smart specialisering, S3"))!;
    const six = Object.entries(REGION_NAMES)
      .filter(([, name]) => s3.includes(name))
      .map(([code]) => code);
    expect(six).toHaveLength(6);
    for (const code of six) expect(got.light).toContain(code);
  });

  it("counts statements and a phrase's occurrences, not words", () => {
    const quoted = searchReport(doc, '"smart specialisering"', NAMES);
    const occurrences = SOURCE_TEXT.match(/smart specialisering/giu)!.length;
    expect(quoted.phraseOccurrences).toBe(occurrences);
    const barn = searchReport(doc, "barn och unga", NAMES);
    expect(barn.statements).toBe(expectedTones(every(starts("barn"), starts("unga"))).statements);
    expect(barn.words).not.toContain("och");
  });
});

describe("statements, derived from the report parse", () => {
  const statements = statementsOf(doc, NAMES);

  it("every footnote's marker stands in exactly one statement, which carries its list", () => {
    for (const n of FOOTNOTE_TEXT.keys()) {
      const holders = statements.filter((s) => s.footnotes.includes(n));
      expect(holders, `footnote ${n}`).toHaveLength(1);
      if (n >= 10) expect(sorted(holders[0]!.listed)).toEqual(sorted(footnoteList(n)));
    }
  });

  it("as many statements with as many footnotes as the test's own reading of the text", () => {
    const withNotes = (list: { notes?: number[]; footnotes?: number[] }[]) =>
      list.filter((s) => (s.notes ?? s.footnotes ?? []).length > 0).length;
    expect(withNotes(statements)).toBe(withNotes(STATEMENTS));
  });

  it("a list item is one statement, whatever its sentences; a heading over a list item is its subject", () => {
    const bullet = statements.find((s) => s.text.includes("Öppna indikatorplattformar"))!;
    expect(bullet.text).toContain("delas med andra aktörer");
    expect(bullet.footnotes).toEqual([21]);
    const planning = statements.find((s) => s.heading?.text === "Rumslig planering")!;
    expect(planning.text).toMatch(/^Stationsnära utveckling/u);
  });
});

describe("the map of a search or a passage: two tones, and statements of all regions never shown as none", () => {
  const data = realDataset();
  const keys = (c: { classes: { key: string; regions: string[] }[] }) =>
    Object.fromEntries(c.classes.map((k) => [k.key, k.regions.length]));
  const map = (query: string) => classifyReading(data, doc, { kind: "search", result: searchReport(doc, query, data.regions) }, "sv")!;

  it("bredband: all 21 under 'Gäller alla regioner', never '0 regioner' or 'Nämns inte'", () => {
    const c = map("bredband");
    expect(keys(c)).toEqual({ "all-regions": 21 });
    expect(c.title).toBe("”bredband”: gäller alla regioner");
    expect(Object.values(c.valueOf).every((v) => v.startsWith("gäller alla regioner"))).toBe(true);
  });

  it("kompetensförsörjning: no region 'Nämns inte', since the paragraph of a hit speaks of all regions", () => {
    const c = map("kompetensförsörjning");
    const want = expectedTones(every(starts("kompetensförsörjning")));
    expect(keys(c)).toEqual({
      named: want.strong.length,
      "same-passage": want.light.length,
      "passage-all-regions": 21 - want.strong.length - want.light.length,
    });
  });

  it("smart specialisering: strong and light, named in words in the legend title with counts", () => {
    const c = map("smart specialisering");
    const want = expectedTones(every(starts("smart"), starts("specialisering")));
    expect(c.title).toBe(`”smart specialisering”: ${want.strong.length} region nämns, ${want.light.length} i samma stycke`);
    expect(c.classes.map((k) => k.label)).toEqual(["Nämns", "Nämns i samma stycke", "Nämns inte"]);
    expect(c.explanation).toContain(
      "Rapportens uppräkningar är exempel: att en region inte nämns betyder inte att den saknar arbetssättet.",
    );
  });

  it("the passage in view that says 'Alla regioner beaktar …' (2.2.6) applies to all 21", () => {
    const passage = doc.passages.find((p) => p.text.startsWith("Alla regioner beaktar det territoriala perspektivet"))!;
    expect(passage.section).toBe("2.2.6");
    const c = classifyReading(data, doc, { kind: "passage", passageId: passage.id }, "sv")!;
    expect(keys(c)).toEqual({ "all-regions": 21 });
    expect(c.title).toBe("2.2.6: gäller alla regioner");
  });
});
