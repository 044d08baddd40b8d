import { describe, expect, it } from "vitest";
import { checkProvenance } from "../../src/data/provenance";
import { reportDocSchema } from "../../src/data/reportSchema";
import type { Dataset } from "../../src/data/schema";
import { editionText } from "../editionFiles";

const report = reportDocSchema.parse(JSON.parse(editionText("report.json")));
const dataset = JSON.parse(editionText("dataset.json")) as Dataset;
const copy = (): Dataset => structuredClone(dataset);
const practiceIndex = (data: Dataset, id: string) => data.practices.findIndex((p) => p.id === id);
const pathsOf = (data: unknown) => checkProvenance(data, report).map((i) => i.path);

describe("checkProvenance on the real dataset", () => {
  it("finds every quote whole and verbatim in its passage and every list equal to the report's", () => {
    expect(checkProvenance(dataset, report)).toEqual([]);
  });
});

describe("checkProvenance catches one injected error, at its path", () => {
  it("a region that footnote 21 does not list", () => {
    const data = copy();
    const i = data.practices.findIndex((p) => p.source.footnote === 21);
    data.practices[i]!.regions = data.practices[i]!.regions.map((c) => (c === "SE-H" ? "SE-G" : c));
    const issues = checkProvenance(data, report);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(`practices[${i}].regions`);
    expect(issues[0]!.message).toMatch(/^footnote 21 lists Kalmar, .*\(missing: Kalmar; not in the footnote: Kronoberg\)$/u);
  });

  it("a misquoted sentence", () => {
    const data = copy();
    const i = data.excerpts.findIndex((e) => e.text.startsWith("I Västmanland möts kommunerna"));
    data.excerpts[i]!.text = data.excerpts[i]!.text.replace("fysiskt", "digitalt");
    expect(pathsOf(data)).toEqual([`excerpts[${i}].text`]);
  });

  it("a quote that joins two paragraphs, or cuts a sentence", () => {
    const data = copy();
    const i = practiceIndex(data, "environmental-measures-uppsala");
    const next = data.practices[practiceIndex(data, "environmental-measures-vasterbotten")]!.source.quote;
    data.practices[i]!.source.quote = `${data.practices[i]!.source.quote} ${next}`;
    const j = practiceIndex(data, "s3-own-strategy");
    data.practices[j]!.source.quote = data.practices[j]!.source.quote.replace(", exempelvis Östergötland, Blekinge och Värmland.", ".");
    expect(pathsOf(data)).toEqual([`practices[${j}].source.quote`, `practices[${i}].source.quote`]);
  });

  it("a quote that names a passage it is not in", () => {
    const data = copy();
    const i = practiceIndex(data, "child-perspective");
    data.practices[i]!.source.passage = "p-2.2.4-5";
    expect(pathsOf(data)).toEqual([`practices[${i}].source.quote`]);
    data.practices[i]!.source.passage = "p-9.9-1";
    expect(pathsOf(data)).toEqual([`practices[${i}].source.passage`]);
  });

  it("different examples made one shared practice", () => {
    const data = copy();
    const i = practiceIndex(data, "social-sustainability-blekinge");
    data.practices[i]!.regions = ["SE-I", "SE-K"];
    expect(pathsOf(data)).toEqual([`practices[${i}].regions`]);
  });

  it("examples of one sentence that add a region the sentence does not name", () => {
    const data = copy();
    const i = practiceIndex(data, "s3-integrated");
    data.practices[i]!.regions = ["SE-F", "SE-G", "SE-N", "SE-X"];
    expect(pathsOf(data)).toEqual([`practices[${i}].regions`]);
  });

  it("a sentence's examples called the report's list, which is a footnote's", () => {
    const data = copy();
    const i = practiceIndex(data, "s3-own-strategy");
    data.practices[i]!.evidence = "listed";
    expect(pathsOf(data)).toEqual([`practices[${i}].source.footnote`]);
  });

  it("a statement of all regions on a quote that does not say so", () => {
    const data = copy();
    const i = practiceIndex(data, "territorial-perspective-place-based");
    data.practices[i]!.source.quote = "Strukturbilder och rumsliga strategier är verktyg som är återkommande i strategierna.";
    expect(pathsOf(data)).toEqual([`practices[${i}].source.quote`]);
  });

  it("a footnote excerpt with another list, or for a region the footnote does not list", () => {
    const data = copy();
    const i = data.excerpts.findIndex((e) => e.region === "SE-N" && e.footnote === 28);
    data.excerpts[i]!.note = "Blekinge, Dalarna.";
    const j = data.excerpts.findIndex((e) => e.region === "SE-T" && e.footnote === 20);
    data.excerpts[j]!.footnote = 19;
    data.excerpts[j]!.text = "Utvecklingsdagar/konferenser.¹⁹";
    data.excerpts[j]!.passage = "p-2.2.2-4";
    expect(pathsOf(data)).toEqual([`excerpts[${i}].note`, `excerpts[${j}].note`, `excerpts[${j}].region`]);
  });

  it("a region moved to another status", () => {
    const data = copy();
    data.regions.find((r) => r.name === "Uppsala")!.strategy.status = "review";
    expect(pathsOf(data)).toEqual(["statuses[0].regions", "statuses[2].regions"]);
  });

  it("a listing line, a title or a note not as the report writes them", () => {
    const data = copy();
    data.regions[1]!.strategy.listing = data.regions[1]!.strategy.listing.replace("2026.", "2025.");
    data.regions[2]!.strategy.title = "Regional utvecklingsstrategi";
    data.regions.find((r) => r.strategy.note)!.strategy.note = "Jämtland Härjedalen har genomfört en översyn.";
    const j = data.regions.findIndex((r) => r.strategy.note);
    expect(pathsOf(data)).toEqual(["regions[1].strategy.listing", "regions[2].strategy.title", `regions[${j}].strategy.note`]);
  });

  it("a data note or a caveat misquoted", () => {
    const data = copy();
    data.notes[0]!.sides[0]!.quote = "Tre regioner har regionala utvecklingsstrategier som är antagna 2021.";
    data.caveats.items[0]!.quote = "Tillväxtverket har analyserat strategierna.";
    expect(pathsOf(data)).toEqual(["notes[0].sides[0].quote", "caveats.items[0].quote"]);
  });

  it("never throws on input of the wrong shape", () => {
    for (const bad of [null, 1, "x", [], {}, { practices: [{ source: 3 }] }, { regions: [{ strategy: null }], excerpts: [null] }]) {
      expect(() => checkProvenance(bad, report)).not.toThrow();
    }
  });
});
