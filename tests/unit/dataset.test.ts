import { describe, it, expect } from "vitest";
import { formatIssues, validateDataset } from "../../src/data/validate";
import type { ValidationIssue } from "../../src/data/issues";
import type { Dataset } from "../../src/data/schema";
import { reportDocSchema } from "../../src/data/reportSchema";
import { CODE_OF, FOOTNOTE_TEXT, REGION_NAMES, SOURCE_TEXT, footnoteList } from "./reportFacts";
import { evidenceLabel } from "../../src/domain/evidence";
import { refusalIssues } from "./openedFile";
import { editionText } from "../editionFiles";

const report = reportDocSchema.parse(JSON.parse(editionText("report.json")));
const raw: unknown = JSON.parse(editionText("dataset.json"));
const dataset = raw as Dataset;
const copy = (): Dataset => structuredClone(dataset);

function issuesOf(data: unknown): ValidationIssue[] {
  const result = validateDataset(data, { report });
  expect(result.ok).toBe(false);
  return refusalIssues(result);
}

const region = (name: string) => {
  const r = dataset.regions.find((x) => x.name === name);
  if (!r) throw new Error(`no region ${name}`);
  return r;
};
const practice = (id: string) => {
  const p = dataset.practices.find((x) => x.id === id);
  if (!p) throw new Error(`no practice ${id}`);
  return p;
};

describe("the real dataset", () => {
  it("validates against the schema, the references and the report text with zero issues", () => {
    const result = validateDataset(raw, { report });
    if (!result.ok) throw new Error(formatIssues(refusalIssues(result)));
    expect(result.ok).toBe(true);
    expect(validateDataset(raw).ok).toBe(true);
  });

  it("points at the report it is built from", () => {
    expect(dataset.edition).toEqual({
      id: "2026",
      title: "Sammanställning av arbetet med regionala utvecklingsstrategier. Uppdrag 3.4 för RB år 2025",
      titleEn: "Compilation of the work on regional development strategies. Assignment 3.4 in the appropriation directions for 2025",
      publisher: "Tillväxtverket",
      date: "2026-04-09",
      reference: "Å 2025-51",
      sourceFile: "data/editions/2026/source.txt",
    });
  });

  it("has the nine questions of section 1.4", () => {
    expect(dataset.questions.map((q) => [q.id, q.section])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [n, `2.2.${n}`]));
    expect(dataset.questions[1]!.sv).toBe("Uppföljning");
    expect(dataset.questions[1]!.en).toBe("Follow-up");
  });

  it("has the five statuses in order, each group the list of its footnote (10–14: 4, 7, 6, 2, 2 regions)", () => {
    expect(dataset.statuses.map((s) => s.id)).toEqual(["new-2026", "new-2025", "review", "adopted-2024", "adopted-2021"]);
    expect(dataset.statuses.map((s) => s.footnote)).toEqual([10, 11, 12, 13, 14]);
    const members = dataset.statuses.map((s) =>
      dataset.regions
        .filter((r) => r.strategy.status === s.id)
        .map((r) => r.code)
        .sort(),
    );
    expect(members).toEqual([10, 11, 12, 13, 14].map((n) => footnoteList(n).sort()));
    expect(members.map((m) => m.length)).toEqual([4, 7, 6, 2, 2]);
  });

  it("has 21 regions with distinct ISO and SCB codes, in SCB order", () => {
    expect(dataset.regions).toHaveLength(21);
    expect(new Set(dataset.regions.map((r) => r.code)).size).toBe(21);
    expect(new Set(dataset.regions.map((r) => r.scb)).size).toBe(21);
    const scb = dataset.regions.map((r) => r.scb);
    expect([...scb].sort()).toEqual(scb);
  });

  it("has every footnoted practice (footnotes 15–32) exactly once", () => {
    const footnotes = dataset.practices.flatMap((p) => (p.source.footnote === undefined ? [] : [p.source.footnote]));
    expect([...footnotes].sort((a, b) => a - b)).toEqual(Array.from({ length: 18 }, (_, i) => i + 15));
    expect(practice("open-indicator-platforms").source.footnote).toBe(21);
  });

  it("has every footnoted practice as the report's list (evidence listed), and no list without a footnote", () => {
    for (const p of dataset.practices.filter((x) => x.source.footnote !== undefined)) {
      expect(p.evidence, p.id).toBe("listed");
      expect([...p.regions].sort(), p.id).toEqual(footnoteList(p.source.footnote!).sort());
    }
    for (const p of dataset.practices.filter((x) => x.evidence === "listed")) expect(p.source.footnote, p.id).toBeDefined();
  });

  it("has the regions a sentence names “exempelvis” as examples of one statement, never as the report's list", () => {
    // The sentences of 2.2.1 that name several regions after "exempelvis", with no footnote marker, from the text.
    const section = SOURCE_TEXT.slice(SOURCE_TEXT.indexOf("2.2.1 Beskrivning"), SOURCE_TEXT.indexOf("2.2.2 "));
    const sentences = section
      .split(/\n+|(?<=[.!?])\s+/u)
      .map((s) => s.trim())
      .filter((s) => /exempelvis/u.test(s) && !/[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(s))
      .map((s) => ({
        s,
        codes: Object.entries(REGION_NAMES)
          .filter(([, name]) => s.includes(name))
          .map(([code]) => code),
      }))
      .filter(({ codes }) => codes.length >= 2);
    expect(sentences).toHaveLength(2);
    for (const { s, codes } of sentences) {
      const p = dataset.practices.find((x) => x.source.quote === s);
      expect(p, s).toBeDefined();
      expect(p!.evidence).toBe("examples");
      expect([...p!.regions].sort()).toEqual(codes.sort());
      for (const lang of ["sv", "en"] as const) {
        const label = evidenceLabel(p!, lang);
        expect(label).not.toMatch(/förteckning|uppräkning|\blist\b/iu);
        expect(label).toMatch(lang === "sv" ? /exempel/u : /example/u);
      }
    }
  });

  it("has the report's statements of all regions, and only those, as evidence all (never a region's practice)", () => {
    // The sentences of 2.2.1–2.2.9 that say something of all regions, read from the report's text.
    const body = SOURCE_TEXT.slice(SOURCE_TEXT.indexOf("2.2.1 Beskrivning"), SOURCE_TEXT.indexOf("Underlag sammanställning\n\nRegionala"));
    const sentences = body.split(/\n+|(?<=[.!?])\s+/u).filter((s) => /(alla|samtliga) regioner\b/iu.test(s));
    const all = dataset.practices.filter((p) => p.evidence === "all");
    expect(all.map((p) => p.source.quote.split(/(?<=\.)\s+/u).at(-1)).sort()).toEqual(sentences.map((s) => s.trim()).sort());
    expect(all).toHaveLength(5);
    for (const p of all) expect([p.allRegions, new Set(p.regions).size]).toEqual([true, 21]);
    for (const p of dataset.practices.filter((x) => x.evidence !== "all")) expect(p.allRegions, p.id).toBeUndefined();
  });

  it("has each example of a paragraph of different examples as one region's own item", () => {
    const examples = dataset.practices.filter((p) => p.evidence === "example");
    for (const p of examples) expect(p.regions, p.id).toHaveLength(1);
    const bySection = (section: string) =>
      examples
        .filter((p) => p.source.section === section)
        .map((p) => p.regions[0])
        .sort();
    // Kalmar, Västmanland, Norrbotten; Blekinge, Gotland, Gävleborg; Stockholm, Uppsala, Kronoberg (2.2.4).
    expect(bySection("2.2.4")).toEqual(["SE-AB", "SE-BD", "SE-C", "SE-G", "SE-H", "SE-I", "SE-K", "SE-U", "SE-X"]);
    expect(bySection("2.2.5")).toEqual(["SE-AC", "SE-BD", "SE-C", "SE-D", "SE-E", "SE-S", "SE-U", "SE-W", "SE-Y"]);
    expect(bySection("2.2.8")).toHaveLength(12);
    expect(practice("gotland-implementation-programmes").regions).toEqual(["SE-I"]);
  });

  it("labels practices in the report's words", () => {
    expect(practice("conference-framtid-ostergotland").sv).toContain("återkommande");
    expect(practice("exploratory-vasternorrland").sv).toContain("uppföljningsmöten");
    expect(practice("spatial-planning-nodes").en).toContain("rural and archipelago nodes and service points");
    expect(practice("macro-regional-perspectives").en).toContain("Interregional (storregional)");
  });

  it("spot checks strategies", () => {
    const skane = region("Skåne").strategy;
    expect(skane.title).toBe("Det öppna Skåne. Regional utvecklingsstrategi för Skåne");
    expect(skane.adopted).toBe(2024);
    expect(skane.horizon).toBeUndefined();
    const jh = region("Jämtland Härjedalen").strategy;
    expect(jh.adopted).toBe(2021);
    expect(jh.revised).toBe(2024);
    expect(jh.note).toBe("Jämtland Härjedalen har genomfört en översyn under 2023 som är beslutad 2024.");
    expect(region("Uppsala").strategy.horizon).toBe(2029);
    expect(region("Kalmar").strategy.horizon).toBeUndefined();
    expect(region("Kalmar").strategy.outlook).toBe(2040);
    expect(region("Västra Götaland").strategy).toMatchObject({ horizon: 2030, outlook: 2045 });
    expect(region("Blekinge").strategy.listing).toBe("Region Blekinge *Växtplats Blekinge 2022 – 2030*. Antagen 2022.");
  });

  it("has the report's caveats (1.4, 1.4.1) and a data note on every disagreement named in the issue", () => {
    expect(dataset.caveats.items.map((c) => c.section)).toEqual(["1.4", "1.4", "1.4", "1.4.1"]);
    expect(dataset.caveats.items.some((c) => c.quote.includes("Artificiell intelligens"))).toBe(true);
    const note = (id: string) => dataset.notes.find((n) => n.id === id)!;
    expect(note("adopted-2021").regions.sort()).toEqual(["SE-I", "SE-N", "SE-W", "SE-Z"]);
    expect(note("adopted-2021").affects).toEqual(["status", "year"]);
    expect(note("gavleborg-title-period").regions).toEqual(["SE-X"]);
    expect(note("vastra-gotaland-title-period").regions).toEqual(["SE-O"]);
    expect(note("jamtland-harjedalen-2024").regions).toEqual(["SE-Z"]);
    expect(note("kalmar-outlook").affects).toEqual(["horizon"]);
  });

  it("never calls the report self-contradictory: a difference where two passages differ, a reading where it explains", () => {
    const note = (id: string) => dataset.notes.find((n) => n.id === id)!;
    const listing = (name: string) => SOURCE_TEXT.split("\n").find((line) => line.startsWith(`Region ${name} *`))!;
    // §2.1: "Två regioner¹⁴ … antagna 2021", against the listing's "Antagen 2021" lines: the two differ, and §2.1
    // counts the other regions the listing dates 2021 under a review (footnote 12). A difference, not a contradiction.
    const adopted2021 = SOURCE_TEXT.split("\n")
      .filter((line) => /^Region .*\*\. Antagen 2021\./u.test(line))
      .map((line) => CODE_OF.get(/^Region (.+?) \*/u.exec(line)![1]!)!);
    expect(footnoteList(14)).toHaveLength(2);
    expect(adopted2021.length).toBeGreaterThan(2);
    for (const code of adopted2021.filter((c) => !footnoteList(14).includes(c))) expect(footnoteList(12)).toContain(code);
    expect(note("adopted-2021").kind).toBe("difference");
    expect(note("adopted-2021").sv).toMatch(/^Avsnitt 2\.1 och förteckningen skiljer sig åt\./u);
    // Jämtland Härjedalen: "Antagen 2021/2024, se not 14", and footnote 14 explains the review decided in 2024.
    expect(listing("Jämtland Härjedalen")).toMatch(/Antagen 2021\/2024, se not 14\./u);
    expect(FOOTNOTE_TEXT.get(14)).toMatch(/översyn .* beslutad 2024/u);
    expect(note("jamtland-harjedalen-2024").kind).toBe("reading");
    for (const n of dataset.notes)
      expect(`${n.sv} ${n.en}`).not.toMatch(/säger emot|motsäg|contradict|disagrees with itself|\bYet\b|Ändå/u);
    // Gävleborg: footnote 11 (decided 2025) and its listing line ("Antagen 2025") agree; only its title's period
    // (2020–2030) is left for RUS-kartan to read. Its status is not in question.
    expect(footnoteList(11)).toContain("SE-X");
    expect(listing("Gävleborg")).toMatch(/Antagen 2025\./u);
    expect(note("gavleborg-title-period")).toMatchObject({ kind: "reading" });
    expect(note("gavleborg-title-period").affects).not.toContain("status");
    // Västra Götaland: footnote 10 (adopted 2026) and "Antagen 2026" agree, likewise.
    expect(footnoteList(10)).toContain("SE-O");
    expect(listing("Västra Götaland")).toMatch(/Antagen 2026\./u);
    expect(note("vastra-gotaland-title-period")).toMatchObject({ kind: "reading" });
    expect(note("vastra-gotaland-title-period").affects).not.toContain("status");
    // Kalmar's title has an outlook and no end year: nothing to contradict.
    expect(listing("Kalmar")).toMatch(/med utblick mot \d{4}\*/u);
    expect(note("kalmar-outlook").kind).toBe("reading");
  });
});

describe("validateDataset rejects one injected error, naming the field", () => {
  it("(a) a wrong footnote region", () => {
    const data = copy();
    const i = data.practices.findIndex((p) => p.source.footnote === 21);
    const k = data.practices[i]!.regions.indexOf("SE-H");
    data.practices[i]!.regions[k] = "SE-G"; // Kalmar → Kronoberg (same SCB position, order stays valid)
    const issues = issuesOf(data);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(`practices[${i}].regions`);
    expect(issues[0]!.message).toMatch(/^footnote 21 lists Kalmar, Norrbotten, .* but the item has .*Kronoberg/u);
  });

  it("(b) a misquoted excerpt", () => {
    const data = copy();
    const i = data.excerpts.findIndex((e) => e.text.startsWith("I Västmanland möts kommunerna"));
    data.excerpts[i]!.text = data.excerpts[i]!.text.replace("fysiskt", "digitalt");
    expect(issuesOf(data)).toEqual([
      { path: `excerpts[${i}].text`, message: `is not whole sentences of ${data.excerpts[i]!.passage}, verbatim` },
    ]);
  });

  it("(c) an unknown region code in a practice", () => {
    const data = copy();
    data.practices[2]!.regions[1] = "SE-QQ";
    const issues = issuesOf(data);
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: "practices[2].regions[1]",
        message: "unknown region code SE-QQ",
        problem: { code: "rule", rule: "unknown-region", params: { value: "SE-QQ" } },
      }),
    );
  });

  it("(c) an unknown region code in an excerpt", () => {
    const data = copy();
    data.excerpts[5]!.region = "SE-QQ";
    const issues = issuesOf(data);
    expect(issues).toContainEqual(expect.objectContaining({ path: "excerpts[5].region", message: "unknown region code SE-QQ" }));
  });

  it("(c) a malformed region code is reported by the schema", () => {
    const data = copy();
    data.practices[0]!.regions[0] = "Stockholm";
    expect(issuesOf(data).map((i) => i.path)).toContain("practices[0].regions[0]");
  });

  it("(d) a duplicate practice id", () => {
    const data = copy();
    data.practices[7]!.id = data.practices[3]!.id;
    const issues = issuesOf(data);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe("practices[7].id");
    expect(issues[0]!.message).toContain(`duplicate practice id ${data.practices[3]!.id}`);
  });

  it("(e) a region moved to another status", () => {
    const data = copy();
    const j = data.regions.findIndex((r) => r.name === "Uppsala");
    data.regions[j]!.strategy.status = "review";
    const issues = issuesOf(data);
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual(["statuses[0].regions", "statuses[2].regions"]);
    const message = issues.find((i) => i.path === "statuses[0].regions")!.message;
    expect(message).toContain("footnote 10 lists Jönköping, Kalmar, Uppsala, Västra Götaland");
    expect(message).toContain("(missing: Uppsala; not in the footnote: (none))");
  });

  it("(e) duplicate and misordered statuses", () => {
    const data = copy();
    data.statuses[4]!.id = "review";
    const paths = issuesOf(data).map((i) => i.path);
    expect(paths).toContain("statuses[4].id");
  });

  it("(f) non-JSON-shaped input gives issues, not a throw", () => {
    for (const input of [null, undefined, {}, "a string", 42, [], [1, 2]]) {
      const result = validateDataset(input, { report });
      expect(result.ok).toBe(false);
      expect(refusalIssues(result).length).toBeGreaterThan(0);
    }
    const paths = refusalIssues(validateDataset({}, { report })).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["edition", "questions", "regions", "practices", "findings"]));
    expect(refusalIssues(validateDataset(null))[0]!.path).toBe("(root)");
  });

  it("(g) a missing required field reports its path", () => {
    const data = copy() as unknown as { regions: { strategy: Record<string, unknown> }[] };
    delete data.regions[4]!.strategy.listing;
    const issues = issuesOf(data);
    expect(issues.map((i) => i.path)).toEqual(["regions[4].strategy.listing"]);
  });

  it("collects all issues, not just the first", () => {
    const data = copy();
    data.practices[7]!.id = data.practices[3]!.id;
    data.excerpts[0]!.text = "Något som inte står i rapporten.";
    data.practices[1]!.regions.push("SE-QQ");
    data.statuses[0]!.quote = "";
    const paths = issuesOf(data).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["practices[7].id", "excerpts[0].text", "practices[1].regions[3]", "statuses[0].quote"]));
  });

  it("an allRegions practice must have all 21 codes", () => {
    const data = copy();
    const i = data.practices.findIndex((p) => p.allRegions);
    data.practices[i]!.regions = data.practices[i]!.regions.filter((c) => c !== "SE-I");
    expect(issuesOf(data)).toContainEqual(
      expect.objectContaining({
        path: `practices[${i}].regions`,
        message: "allRegions is true but the practice lacks SE-I",
      }),
    );
  });

  it("duplicate region codes and SCB codes are issues", () => {
    const data = copy();
    data.regions[2]!.code = data.regions[1]!.code;
    data.regions[4]!.scb = data.regions[3]!.scb;
    const paths = issuesOf(data).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["regions[2].code", "regions[4].scb"]));
  });

  it("a region listed twice in a practice is an issue", () => {
    const data = copy();
    const p = data.practices.find((x) => x.id === "s3-own-strategy")!;
    p.regions.splice(1, 0, p.regions[0]!);
    const i = data.practices.indexOf(p);
    expect(issuesOf(data)).toContainEqual(
      expect.objectContaining({ path: `practices[${i}].regions[1]`, message: "region SE-E is listed twice" }),
    );
  });

  it("formatIssues gives a readable message", () => {
    const text = formatIssues([
      { path: "excerpts[7].text", message: "not found verbatim in the report" },
      { path: "practices[2].regions[1]", message: "unknown region code SE-QQ" },
    ]);
    expect(text).toContain("2 issues");
    expect(text).toContain("  - excerpts[7].text: not found verbatim in the report");
    expect(formatIssues([])).toBe("The dataset is valid.");
  });
});
