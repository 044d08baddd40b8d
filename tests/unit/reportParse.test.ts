import { describe, expect, it } from "vitest";
import { parseReport, regionsNamedIn, serializeReport, splitSentences } from "../../src/data/reportParse";
import { reportDocSchema } from "../../src/data/reportSchema";
import type { Dataset } from "../../src/data/schema";
import { FOOTNOTE_TEXT, REGION_NAMES, SOURCE_TEXT, footnoteList } from "./reportFacts";
import { editionText } from "../editionFiles";

const dataset = JSON.parse(editionText("dataset.json")) as Dataset;
const committed = editionText("report.json");
const names = Object.entries(REGION_NAMES).map(([code, name]) => ({ code, name }));
const doc = parseReport(SOURCE_TEXT, names, dataset.edition.sourceFile);

describe("the parsed report (data/editions/<id>/report.json)", () => {
  it("is exactly what `npm run report` writes from the edition's source.txt", () => {
    const fromDataset = parseReport(SOURCE_TEXT, dataset.regions, dataset.edition.sourceFile);
    expect(committed).toBe(serializeReport(fromDataset));
  });

  it("loads through its schema, which puts each passage's text back together", () => {
    const loaded = reportDocSchema.parse(JSON.parse(committed));
    expect(loaded.passages.map((p) => p.text)).toEqual(doc.passages.map((p) => p.text));
  });

  it("loses no line of the report: every line is in a passage or a footnote (the table of contents apart)", () => {
    const texts = [...doc.passages.map((p) => p.text), ...doc.footnotes.map((f) => f.text)];
    const lines = SOURCE_TEXT.split(/\r?\n/u)
      .map((l) =>
        l
          .trim()
          .replace(/^-\s*▀\s*/u, "")
          .replace(/^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ /u, ""),
      )
      .filter((l) => l && !l.includes("\t") && l !== "Innehåll");
    for (const line of lines)
      expect(
        texts.some((t) => t.includes(line)),
        line,
      ).toBe(true);
  });

  it("adds nothing: every passage is the report's lines, joined only where a page break cut a paragraph", () => {
    const joined = doc.passages.filter((p) => !SOURCE_TEXT.includes(p.text));
    expect(joined.map((p) => p.id)).toEqual(["p-2.2.4-4", "p-2.2.5-6", "p-2.2.8-6"]);
    for (const p of joined) {
      const cut = p.text.split(" ").findIndex((_, i, words) => !SOURCE_TEXT.includes(words.slice(0, i + 1).join(" ")));
      const words = p.text.split(" ");
      expect(SOURCE_TEXT).toContain(words.slice(0, cut).join(" "));
      expect(SOURCE_TEXT).toContain(words.slice(cut).join(" "));
    }
  });

  it("has every footnote 1–32 with the text of its line, and the regions of its list", () => {
    expect(doc.footnotes.map((f) => f.n)).toEqual([...FOOTNOTE_TEXT.keys()].sort((a, b) => a - b));
    expect(doc.footnotes).toHaveLength(32);
    for (const f of doc.footnotes) {
      expect(f.text).toBe(FOOTNOTE_TEXT.get(f.n));
      if (f.n >= 10) expect([...f.regions].sort()).toEqual([...footnoteList(f.n)].sort());
    }
  });

  it("attaches each footnote to the passage that carries its marker", () => {
    const at = (n: number) => doc.footnotes.find((f) => f.n === n)!;
    expect([at(12).passage, at(12).section]).toEqual(["p-2.1-3", "2.1"]);
    expect([at(31).passage, at(31).section]).toEqual(["p-2.2.7-7", "2.2.7"]);
    for (const f of doc.footnotes) expect(doc.passages.find((p) => p.id === f.passage)?.footnotes).toContain(f.n);
  });

  it("has the report's numbered sections, the summary and the list of strategies", () => {
    const ids = doc.sections.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(["sammanfattning", "1", "1.4", "1.4.1", "2.1", "2.2.1", "2.2.9", "underlag"]));
    for (let q = 1; q <= 9; q++) expect(ids).toContain(`2.2.${q}`);
    expect(doc.passages.filter((p) => p.kind === "listing")).toHaveLength(21);
  });

  it("passage ids are unique", () => {
    expect(new Set(doc.passages.map((p) => p.id)).size).toBe(doc.passages.length);
  });
});

describe("splitSentences", () => {
  it("splits after a full stop before a capital letter, keeping footnote markers with their sentence", () => {
    expect(splitSentences("Två regioner¹³ har. Två regioner¹⁴ har antagna 2021.")).toEqual([
      "Två regioner¹³ har.",
      "Två regioner¹⁴ har antagna 2021.",
    ]);
    expect(splitSentences("Slut.¹ Nästa mening.")).toEqual(["Slut.¹", "Nästa mening."]);
  });
  it("does not split inside a *title* or after a bare number", () => {
    expect(splitSentences("Region Skåne *Det öppna Skåne. Regional utvecklingsstrategi för Skåne*. Antagen 2024.")).toEqual([
      "Region Skåne *Det öppna Skåne. Regional utvecklingsstrategi för Skåne*.",
      "Antagen 2024.",
    ]);
    expect(splitSentences("1. Beskriv samt ge exempel.")).toEqual(["1. Beskriv samt ge exempel."]);
  });
});

describe("regionsNamedIn", () => {
  it("finds names as whole words and in the genitive, not inside other words", () => {
    expect(regionsNamedIn("Regioner samt Gotlands kommun", names)).toEqual(["SE-I"]);
    expect(regionsNamedIn("I Skåne är *Skånes utvecklingsdag*", names)).toEqual(["SE-M"]);
    expect(regionsNamedIn("Regional utvecklingsplan för Stockholmsregionen", names)).toEqual([]);
    expect(regionsNamedIn("*Jämtlands län 2050*", names)).toEqual([]);
    expect(regionsNamedIn("Västra Götaland och Götaland", names)).toEqual(["SE-O"]);
  });
});
