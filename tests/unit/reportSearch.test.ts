import { describe, expect, it } from "vitest";
import { MAX_QUERY, queryWords, searchReport } from "../../src/data/reportSearch";
import { matchWord } from "../../src/data/wordForms";
import { realReport } from "./fixtures";
import { FOOTNOTE_TEXT, REGION_NAMES, SOURCE_TEXT, footnoteList } from "./reportFacts";

/**
 * The report's search. What it must find is read from the report's text
 * (data/editions/<id>/source.txt) with plain string functions, not from the parse it searches.
 */
const doc = realReport();
const NAMES = Object.entries(REGION_NAMES).map(([code, name]) => ({ code, name }));
const search = (q: string) => searchReport(doc, q, NAMES);
/** The lines of the source's body text (footnote lines apart) that contain a string. */
const sourceLines = (needle: RegExp) =>
  SOURCE_TEXT.split("\n").filter((line) => needle.test(line) && !/^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s/u.test(line.trim()));

describe("searching the report", () => {
  it("finds a word's compounds and inflections: kompetens → kompetensförsörjning, kompetensbrist …", () => {
    const result = search("kompetens");
    const found = result.hits.flatMap((h) => h.ranges.map(([a]) => h.passage.text.slice(a).match(/^[\p{L}-]+/u)![0]));
    expect(found).toContain("kompetensförsörjning");
    // Every body line of the source with a word beginning "kompetens" is among the hits.
    const lines = sourceLines(/(?<![\p{L}])[Kk]ompetens/u);
    expect(lines.length).toBeGreaterThan(5);
    const hitText = result.hits.map((h) => h.passage.text).join("\n");
    for (const line of lines)
      expect(hitText).toContain(
        line
          .replace(/^-\s*▀\s*/u, "")
          .trim()
          .slice(0, 40),
      );
    expect(result.folded).toBe(false);
  });

  it("finds skärgårdsnoder for skärgård, with å and ä as letters of their own", () => {
    const result = search("skärgård");
    expect(result.hits.some((h) => /skärgårdsnoder/u.test(h.passage.text))).toBe(true);
    expect(result.folded).toBe(false);
  });

  it("folds å, ä, ö only when nothing matches exactly, and says so", () => {
    const exact = search("skärgård");
    const folded = search("skargard");
    expect(folded.folded).toBe(true);
    expect(folded.hits.map((h) => h.passage.id)).toEqual(exact.hits.map((h) => h.passage.id));
    // "Ale" has exact hits of its own: no folding into "Åle…".
    expect(search("kust").folded).toBe(false);
  });

  it("LEADER: the one passage, and exactly the regions its footnote lists", () => {
    const result = search("LEADER");
    expect(result.hits).toHaveLength(1);
    const line = sourceLines(/LEADER/u)[0]!;
    const marker = line.match(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/u)![0];
    const n = Number([...marker].map((c) => "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c)).join(""));
    expect(FOOTNOTE_TEXT.has(n)).toBe(true);
    expect(result.strong.sort()).toEqual(footnoteList(n).sort());
    expect(result.sections).toEqual([result.hits[0]!.passage.section]);
  });

  it("needs every word (AND), in the passage or its footnotes", () => {
    const both = search("kompetens skärgård");
    const each = [search("kompetens"), search("skärgård")].map((r) => new Set(r.hits.map((h) => h.passage.id)));
    for (const hit of both.hits) for (const ids of each) expect(ids.has(hit.passage.id)).toBe(true);
  });

  it("treats a hostile query as inert text: no regex, no markup, a bounded length", () => {
    expect(() => search("a.*(b|[")).not.toThrow();
    expect(search("<img src=x onerror=alert(1)>").hits.every((h) => h.passage.text.toLowerCase().includes("img"))).toBe(true);
    expect(queryWords("x".repeat(10_000)).join("").length).toBeLessThanOrEqual(MAX_QUERY);
    expect(queryWords("a b c")).toEqual([]);
    expect(search("").hits).toEqual([]);
    expect(search("zzqx").hits).toEqual([]);
  });

  it("finds a word's forms from its start, or inside a compound after a first part: 'ledare' is not 'medledare'", () => {
    expect(matchWord("ledare", "medledare", "sv")).toBeUndefined();
    expect(matchWord("ledar", "ledarskap", "sv")).toEqual({ start: 0, end: 5, compound: false });
    expect(matchWord("omställning", "energiomställning", "sv")).toEqual({ start: 6, end: 17, compound: true });
    expect(matchWord("skärgården", "skärgård", "sv")).toEqual({ start: 0, end: 8, compound: false });
    expect(matchWord("unga", "ungdomar", "sv")).toBeUndefined();
    expect(matchWord("skills", "skill", "en")).toEqual({ start: 0, end: 5, compound: false });
  });
});

/** The source's sentence (body text) that contains a string; its regions are the names it holds, as whole words. */
function sourceSentence(needle: string): string {
  const line = SOURCE_TEXT.split("\n").find((l) => l.includes(needle))!;
  return line.split(/(?<=\.)\s+/u).find((s) => s.includes(needle))!;
}
const namesIn = (sentence: string) =>
  Object.entries(REGION_NAMES)
    .filter(([, name]) => new RegExp(`(?<!\\p{L})${name}s?(?!\\p{L})`, "u").test(sentence))
    .map(([code]) => code);

describe("the regions a search names are those of the sentences it matches, not of their whole paragraph", () => {
  it("'egna S3' names the three regions with their own S3 strategy, not the three that integrated S3 instead", () => {
    const own = namesIn(sourceSentence("egna S3"));
    const instead = namesIn(sourceSentence("i stället integrerat S3"));
    // Both sentences stand in one paragraph of the report, each with three examples.
    expect(own).toHaveLength(3);
    expect(instead).toHaveLength(3);
    const result = search("egna S3");
    expect([...result.strong].sort()).toEqual([...own].sort());
    for (const code of instead) expect(result.strong).not.toContain(code);
  });

  it("'föräldraskapsstöd' names Blekinge alone, not the other examples of social sustainability beside it", () => {
    const sentence = sourceSentence("föräldraskapsstöd");
    expect(namesIn(sentence)).toEqual(["SE-K"]);
    expect(search("föräldraskapsstöd").strong).toEqual(["SE-K"]);
  });

  it("'översyn pågår' names the regions of the footnote in its sentence, not those of the paragraph's other footnotes", () => {
    const sentence = sourceSentence("översyn av den regionala utvecklingsstrategin pågår");
    const marker = Number([...sentence.match(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/u)![0]].map((c) => "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c)).join(""));
    const result = search("översyn pågår");
    const hit = result.hits.find((h) => h.passage.text.includes("En översyn av den regionala utvecklingsstrategin pågår"))!;
    expect([...hit.strong].sort()).toEqual([...footnoteList(marker)].sort());
    // The paragraph's next sentences point to other footnotes (the strategies adopted 2024 and 2021): not named.
    const others = hit.passage.footnotes.filter((n) => n !== marker).flatMap(footnoteList);
    expect(others.length).toBeGreaterThan(0);
    for (const code of others) expect(hit.strong).not.toContain(code);
  });

  it("a region's name found in a footnote names that footnote's list: one statement about them all", () => {
    const result = search("Halland");
    for (const hit of result.hits.filter((h) => h.footnotes.length > 0))
      for (const { n } of hit.footnotes) for (const code of footnoteList(n)) expect(hit.strong).toContain(code);
  });
});
