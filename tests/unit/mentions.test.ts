import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/schema";
import { REGION_NAMES, footnoteList, footnotesListing, textFragmentsNaming } from "./reportFacts";
import { editionText } from "../editionFiles";

const dataset = JSON.parse(editionText("dataset.json")) as Dataset;
const excerptsOf = (code: string) => dataset.excerpts.filter((e) => e.region === code);

describe("every place the report names a region, derived from the report's text alone", () => {
  it("the footnote lists of the issue's spot checks", () => {
    expect(footnotesListing("SE-N")).toEqual([12, 20, 28]);
    expect(footnotesListing("SE-T")).toEqual([11, 20, 23, 26, 27, 28, 30, 32]);
    expect(footnoteList(31)).toEqual(["SE-K", "SE-H", "SE-G", "SE-O", "SE-E"]);
    expect(footnoteList(14)).toEqual(["SE-I", "SE-Z"]);
  });

  for (const [code, name] of Object.entries(REGION_NAMES)) {
    it(`${name}: the dataset's excerpts are exactly its footnotes and its sentences`, () => {
      const mine = excerptsOf(code);
      const footnotes = mine.filter((e) => e.kind === "footnote").map((e) => e.footnote);
      expect(footnotes).toEqual(footnotesListing(code));

      // Each fragment of running text naming the region lies in exactly one of its sentence excerpts, and
      // each sentence excerpt holds exactly one such fragment (a sentence cut by a page break is one excerpt).
      const sentences = mine.filter((e) => e.kind === "text").map((e) => e.text);
      const fragments = textFragmentsNaming(code);
      for (const fragment of fragments) {
        expect(
          sentences.filter((s) => s.includes(fragment)),
          fragment,
        ).toHaveLength(1);
      }
      for (const sentence of sentences) {
        expect(
          fragments.filter((f) => sentence.includes(f)),
          sentence,
        ).toHaveLength(1);
      }
    });
  }

  it("excerpts stand in report order for each region (section by section)", () => {
    const order = (section: string) => {
      const known = ["1.1", "2.1", "2.2.1", "2.2.2", "2.2.3", "2.2.4", "2.2.5", "2.2.6", "2.2.7", "2.2.8", "2.2.9"];
      return known.indexOf(section);
    };
    for (const code of Object.keys(REGION_NAMES)) {
      const sections = excerptsOf(code).map((e) => order(e.section));
      expect(sections.every((s) => s >= 0)).toBe(true);
      expect([...sections].sort((a, b) => a - b)).toEqual(sections);
    }
  });

  it("a footnote excerpt carries the footnote's list and the sentence with its marker", () => {
    const halland = excerptsOf("SE-N");
    expect(halland.map((e) => [e.section, e.footnote])).toEqual([
      ["2.1", 12],
      ["2.2.2", 20],
      ["2.2.6", 28],
    ]);
    expect(halland[0]!.text).toBe("En översyn av den regionala utvecklingsstrategin pågår i sex regioner¹².");
    expect(halland[0]!.note).toBe("Blekinge, Dalarna, Halland, Stockholm, Sörmland, Västerbotten.");
  });
});
