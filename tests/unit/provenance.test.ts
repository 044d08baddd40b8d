import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import {
  bodyText,
  checkProvenance,
  footnoteRegionNames,
  normaliseWhitespace,
  parseFootnotes,
} from "../../src/data/provenance";
import type { Dataset } from "../../src/data/schema";

const sourceText = readFileSync(
  new URL("../../data/sources/tillvaxtverket-2026-rus-sammanstallning.txt", import.meta.url),
  "utf8",
);
const dataset = JSON.parse(readFileSync(new URL("../../data/rus-2026.json", import.meta.url), "utf8")) as Dataset;
const copy = (): Dataset => structuredClone(dataset);

describe("normaliseWhitespace", () => {
  it("collapses runs of white space and trims", () => {
    expect(normaliseWhitespace("  a \n\n b\t c  ")).toBe("a b c");
    expect(normaliseWhitespace("")).toBe("");
  });
});

describe("parseFootnotes", () => {
  const notes = parseFootnotes(sourceText);

  it("parses every footnote 1–32 of the report", () => {
    for (let n = 1; n <= 32; n++) expect(notes.has(n), `footnote ${n}`).toBe(true);
    expect(notes.size).toBe(32);
  });

  it("reads the footnote text without its number", () => {
    expect(notes.get(15)).toBe("Kalmar, Stockholm, Östergötland.");
    expect(notes.get(10)).toBe("Jönköping, Kalmar, Uppsala, Västra Götaland.");
  });

  it("footnotes 10–32 list region names", () => {
    const counts: Record<number, number> = {};
    for (let n = 10; n <= 32; n++) counts[n] = footnoteRegionNames(notes.get(n) ?? "").length;
    expect(counts).toEqual({
      10: 4, 11: 7, 12: 6, 13: 2, 14: 2, 15: 3, 16: 3, 17: 2, 18: 2, 19: 6, 20: 9, 21: 7,
      22: 2, 23: 4, 24: 3, 25: 3, 26: 8, 27: 6, 28: 14, 29: 9, 30: 5, 31: 5, 32: 4,
    });
  });

  it("footnote 14: the list is the first sentence only", () => {
    expect(footnoteRegionNames(notes.get(14) ?? "")).toEqual(["Gotland", "Jämtland Härjedalen"]);
  });

  it("footnote 31: the stray trailing comma is ignored", () => {
    expect(notes.get(31)?.endsWith(",")).toBe(true);
    expect(footnoteRegionNames(notes.get(31) ?? "")).toEqual([
      "Blekinge", "Kalmar", "Kronoberg", "Västra Götaland", "Östergötland",
    ]);
  });
});

describe("bodyText", () => {
  const body = bodyText(sourceText);

  it("removes footnote paragraphs and nothing else", () => {
    expect(body).not.toContain("¹⁵ Kalmar, Stockholm, Östergötland.");
    expect(body).not.toContain("Jämtland Härjedalen har genomfört en översyn");
    // in-text footnote markers stay
    expect(body).toContain("Några regioner¹⁵ använder tematiska strategier");
    // body text minus footnotes is the full text minus footnotes: same words, same order
    const full = normaliseWhitespace(sourceText);
    const notes = [...parseFootnotes(sourceText).values()];
    const fullLength = full.length;
    expect(body.length).toBeLessThan(fullLength);
    expect(notes.some((note) => body.includes(note))).toBe(false);
  });

  it("joins running text interrupted by a page foot of footnotes", () => {
    const skane = "I Skåne är *Skånes utvecklingsdag* ett årligt fysiskt forum där regionen";
    expect(normaliseWhitespace(sourceText)).not.toContain(skane);
    expect(body).toContain(skane);
    expect(body).toContain("utbildning och kompetens, kulturens och civilsamhällets roll.");
  });
});

describe("checkProvenance", () => {
  it("finds no issue in the real dataset", () => {
    expect(checkProvenance(dataset, sourceText)).toEqual([]);
  });

  it("accepts a quote that differs only in white space", () => {
    const data = copy();
    const practice = data.practices[0]!;
    practice.source.quote = `  ${practice.source.quote.replace(/ /gu, " \n ")}  `;
    expect(checkProvenance(data, sourceText)).toEqual([]);
  });

  it("rejects a changed word in every kind of quoted text", () => {
    const data = copy();
    data.edition.title = data.edition.title.replace("Uppdrag", "Uppgift");
    data.questions[1]!.text = data.questions[1]!.text.replace("uppföljning", "utvärdering");
    data.statuses[2]!.quote = data.statuses[2]!.quote.replace("sex", "sju");
    data.regions[0]!.strategy.title = "RUFS 2060-Regional utvecklingsplan för Stockholmsregionen";
    data.regions[1]!.strategy.listing = data.regions[1]!.strategy.listing.replace("2026.", "2025.");
    data.regions[18]!.strategy.note = "Jämtland Härjedalen har genomfört en översyn under 2022.";
    data.practices[5]!.source.quote = data.practices[5]!.source.quote.replace("Några", "Många");
    data.excerpts[3]!.text = data.excerpts[3]!.text.replace("egna", "nya");
    data.findings.summary[0] = data.findings.summary[0]!.replace("strukturerad", "ostrukturerad x");
    data.findings.challenges[1] = "kompetensbrist i offentlig sektor";
    data.findings.successFactors[2] = "indikatorbaserad uppföljning och lärandeorienterade arbetssätt";
    const paths = checkProvenance(data, sourceText)
      .filter((i) => i.message.includes("not found verbatim"))
      .map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "edition.title",
        "questions[1].text",
        "statuses[2].quote",
        "regions[0].strategy.title",
        "regions[1].strategy.listing",
        "regions[18].strategy.note",
        "practices[5].source.quote",
        "excerpts[3].text",
        "findings.summary[0]",
        "findings.challenges[1]",
        "findings.successFactors[2]",
      ]),
    );
  });

  it("rejects a practice attached to the wrong footnote", () => {
    const data = copy();
    const i = data.practices.findIndex((p) => p.source.footnote === 16);
    data.practices[i]!.source.footnote = 17;
    const issues = checkProvenance(data, sourceText);
    expect(issues.some((x) => x.path === `practices[${i}].source.quote` && x.message.includes("footnote 17"))).toBe(true);
    expect(issues.some((x) => x.path === `practices[${i}].regions` && x.message.includes("footnote 17"))).toBe(true);
  });

  it("reports a footnote name that is not a region name of the dataset", () => {
    const data = copy();
    data.regions[9]!.name = "Skane";
    const issues = checkProvenance(data, sourceText);
    expect(issues.some((x) => x.path.startsWith("practices[") && x.message.includes('names "Skåne"'))).toBe(true);
    expect(issues.some((x) => x.path === "statuses[3].footnote" && x.message.includes('"Skåne"'))).toBe(true);
  });

  it("reports a footnote that is not in the report", () => {
    const data = copy();
    data.statuses[0]!.footnote = 99;
    const issues = checkProvenance(data, sourceText);
    expect(issues).toContainEqual({ path: "statuses[0].footnote", message: "footnote 99 is not in the report" });
  });

  it("reports an excerpt that does not name its region", () => {
    const data = copy();
    const i = data.excerpts.findIndex((e) => e.region === "SE-H");
    data.excerpts[i]!.region = "SE-BD";
    const issues = checkProvenance(data, sourceText);
    expect(issues.some((x) => x.path === `excerpts[${i}].text` && x.message.includes("Norrbotten"))).toBe(true);
  });

  it("never throws on malformed data", () => {
    for (const bad of [null, {}, "text", 42, [], { regions: [null, 1, {}], practices: [{ source: null }] }]) {
      expect(() => checkProvenance(bad as unknown as Dataset, sourceText)).not.toThrow();
    }
  });
});
