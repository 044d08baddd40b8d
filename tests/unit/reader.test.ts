import { describe, expect, it } from "vitest";
import { searchReport } from "../../src/data/reportSearch";
import { classifyReading } from "../../src/domain/readingClassification";
import { NO_DATA_COLOR } from "../../src/domain/palettes";
import { passagesNaming, reportBlocks } from "../../src/reader/blocks";
import { passageSegments } from "../../src/reader/segments";
import { realDataset, realEnglish, realReport } from "./fixtures";
import { REGION_NAMES, SOURCE_TEXT, footnoteList, footnotesListing } from "./reportFacts";

/** The reader's logic: the report as blocks, a passage as segments, the map while reading, the English. */
const doc = realReport();
const data = realDataset();
const regions = Object.entries(REGION_NAMES).map(([code, name]) => ({ code, name }));
const SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const markerOf = (line: string) => Number([...line.match(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/u)![0]].map((c) => SUPER.indexOf(c)).join(""));
/** The source's line containing a string, and the section number of the heading above it. */
function sourceLine(needle: string): { line: string; section: string } {
  const lines = SOURCE_TEXT.split("\n");
  const at = lines.findIndex((l) => l.includes(needle));
  const heading = lines
    .slice(0, at)
    .reverse()
    .find((l) => /^\d+(\.\d+)+\s+\S/u.test(l.trim()))!;
  return { line: lines[at]!, section: heading.trim().split(/\s/u)[0]! };
}
const passageWith = (needle: string) => doc.passages.find((p) => p.text.includes(needle))!;

describe("the report as blocks", () => {
  it("keeps every passage once, in report order, and gathers runs of bullets into one list", () => {
    const blocks = reportBlocks(doc).flatMap((s) => s.blocks);
    const ids = blocks.flatMap((b) => (b.kind === "list" ? b.passages.map((p) => p.id) : [b.passage.id]));
    expect(ids).toEqual(doc.passages.map((p) => p.id));
    const strategies = blocks.find((b) => b.kind === "list" && b.passages[0]!.kind === "listing");
    expect(strategies?.kind === "list" && strategies.passages).toHaveLength(21);
  });

  it("finds a region's mentions in text and in footnotes: Halland only in footnotes (and the list of strategies)", () => {
    const halland = passagesNaming(doc, "SE-N");
    const notes = footnotesListing("SE-N");
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(halland.some((p) => p.footnotes.includes(n))).toBe(true);
    expect(halland.filter((p) => p.kind !== "listing").every((p) => p.footnotes.some((n) => notes.includes(n)))).toBe(true);
  });
});

describe("a passage as segments", () => {
  const { line } = sourceLine("Värmland 2040-konferensen");
  const sentence = line.slice(0, line.indexOf(".") + 1);

  it("makes region names buttons, titles italic without their asterisks, and keeps every character", () => {
    const segments = passageSegments(sentence, regions);
    expect(segments.filter((s) => s.kind === "region").map((s) => s.kind === "region" && s.code)).toEqual(["SE-S", "SE-S", "SE-S"]);
    const italic = segments.flatMap((s) => (s.kind === "marker" ? [] : s.parts.filter((p) => p.italic).map((p) => p.text)));
    expect(italic.join("")).toBe(sentence.match(/\*([^*]+)\*/u)![1]);
    const shown = segments.map((s) => (s.kind === "marker" ? s.text : s.parts.map((p) => p.text).join(""))).join("");
    expect(shown).toBe(sentence.replace(/\*/gu, ""));
  });

  it("makes footnote markers buttons with their numbers, and marks search hits", () => {
    const { line: withMarker } = sourceLine("skärgårdsnoder");
    const text = withMarker.replace(/^-\s*▀\s*/u, "").trim();
    const segments = passageSegments(text, regions, [[text.indexOf("skärgård"), text.indexOf("skärgård") + 8]]);
    expect(segments.filter((s) => s.kind === "marker").map((s) => s.kind === "marker" && s.n)).toEqual([markerOf(text)]);
    const hits = segments.flatMap((s) => (s.kind === "marker" ? [] : s.parts.filter((p) => p.hit).map((p) => p.text)));
    expect(hits).toEqual(["skärgård"]);
  });
});

describe("the map while reading", () => {
  it("colours the regions of the passage in view, its footnote's list too, and names the passage in the legend", () => {
    const { line, section } = sourceLine("skärgårdsnoder");
    const n = markerOf(line);
    const listed = footnoteList(n);
    const c = classifyReading(data, doc, { kind: "passage", passageId: passageWith("skärgårdsnoder").id }, "sv")!;
    expect(c.title).toBe(`${section}, fotnot ${n}: ${listed.length} regioner nämns`);
    expect(c.classes.find((k) => k.key === "named")!.regions.sort()).toEqual([...listed].sort());
    expect(c.classes.find((k) => k.key === "not-named")!.regions).toHaveLength(21 - listed.length);
  });

  it("shows no colours for a passage that names no region, and says so", () => {
    const plain = doc.passages.find((p) => p.kind === "paragraph" && p.regions.length === 0 && p.footnotes.length === 0)!;
    const c = classifyReading(data, doc, { kind: "passage", passageId: plain.id }, "en")!;
    expect(c.classes).toEqual([]);
    expect(Object.values(c.colorOf).every((color) => color === NO_DATA_COLOR)).toBe(true);
    expect(c.explanation).toEqual(["The passage in view names no region."]);
    expect(c.valueOf["SE-AB"]).toBe("Not named");
  });

  it("colours exactly the regions the search's hits name, and the tooltip says which hits", () => {
    const result = searchReport(doc, "LEADER", regions);
    const n = markerOf(sourceLine("LEADER").line);
    const c = classifyReading(data, doc, { kind: "search", result }, "sv")!;
    expect(c.classes[0]!.regions.sort()).toEqual(footnoteList(n).sort());
    const section = sourceLine("LEADER").section;
    expect(c.valueOf[footnoteList(n)[0]!]).toBe(`nämns i 1 träff (${section})`);
    expect(c.valueOf["SE-N"]).toBe("nämns inte i träffarna");
  });

  it("keeps the map neutral when nothing matches", () => {
    const result = searchReport(doc, "zzqx", regions);
    const c = classifyReading(data, doc, { kind: "search", result }, "sv")!;
    expect(c.classes).toEqual([]);
    expect(c.explanation[0]).toContain("Inget i rapporten matchar");
  });
});

describe("English for what the app shows", () => {
  const en = realEnglish(doc);

  it("translates every quote, excerpt, status sentence, finding, data note and caveat of the dataset", () => {
    const texts = [
      ...data.practices.map((p) => p.source.quote),
      ...data.statuses.map((s) => s.quote),
      ...data.excerpts.flatMap((e) => [e.text, ...(e.note ? [e.note] : [])]),
      ...data.regions.flatMap((r) => [r.strategy.listing, ...(r.strategy.note ? [r.strategy.note] : [])]),
      ...data.notes.flatMap((n) => n.sides.map((s) => s.quote)),
      ...data.caveats.items.map((c) => c.quote),
      ...data.findings.summary,
      ...data.findings.challenges,
      ...data.findings.successFactors,
    ];
    const missing = texts.filter((sv) => en.text(sv) === undefined);
    expect(missing).toEqual([]);
  });

  it("glosses every strategy title, which stays Swedish", () => {
    for (const region of data.regions) expect(en.gloss(region.strategy.title), region.name).toMatch(/\S/u);
  });

  it("has no English for text that is not the report's", () => {
    expect(en.text("Detta står inte i rapporten.")).toBeUndefined();
  });
});
