import { describe, expect, it } from "vitest";
import { classify } from "../../src/domain/classify";
import { parseDeckText, slideMisfit, slideView, validateDeck, type Deck } from "../../src/present/deckSchema";
import { knownValuesOf } from "../../src/state/url";
import { realDataset } from "./fixtures";
import { SOURCE_TEXT } from "./reportFacts";
import { refusalIssues } from "./openedFile";
import { editionText } from "../editionFiles";
import { problemText } from "../../src/i18n/issueText";

const data = realDataset();
const known = knownValuesOf(data);
const defaultDeckText = editionText("deck.json");

const slide = (view: string) => ({ view, title: { sv: "T", en: "T" }, caption: { sv: "C", en: "C" } });
const deck = (...views: string[]): Deck => ({ version: 1, title: { sv: "D", en: "D" }, slides: views.map(slide) });

describe("deck schema", () => {
  it("accepts a valid deck", () => {
    const result = validateDeck(deck("color=status", "?color=practice&practice=s3-own-strategy&region=SE-H"), known);
    expect(result.ok).toBe(true);
  });

  it("reports a file that is not JSON, with where it stops being JSON", () => {
    expect(parseDeckText('{\n  "version": 1,\n  not json', known)).toEqual({
      ok: false,
      problem: { kind: "not-json", line: 3, column: 3 },
    });
  });

  it("reports a wrong version and missing fields with their paths", () => {
    const result = validateDeck({ version: 2, title: { sv: "D" }, slides: [{ view: "color=status", title: { sv: "", en: "T" } }] }, known);
    expect(result.ok).toBe(false);
    const paths = refusalIssues(result).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["version", "title.en", "slides[0].title.sv", "slides[0].caption"]));
  });

  it("reports an empty deck", () => {
    const result = validateDeck({ version: 1, title: { sv: "D", en: "D" }, slides: [] }, known);
    expect(result).toMatchObject({ ok: false, issues: [{ path: "slides" }] });
  });

  it("names an unknown practice, region, comparison and parameter by slide", () => {
    const result = validateDeck(
      deck(
        "color=status",
        "color=practice&practice=x",
        "region=SE-ZZ",
        "compare=SE-AB",
        "colour=status",
        "present=1&slide=2",
        "compare=SE-AB,SE-C,SE-D,SE-E,SE-F,SE-G,SE-H",
      ),
      known,
    );
    expect(result.ok).toBe(false);
    const issues = refusalIssues(result);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "slides[1].view", message: 'unknown practice "x"' }),
        expect.objectContaining({ path: "slides[2].view", message: 'unknown region "SE-ZZ"' }),
        expect.objectContaining({ path: "slides[3].view", message: 'invalid comparison "SE-AB" (2–6 known region codes)' }),
        expect.objectContaining({ path: "slides[4].view", message: 'invalid or unknown parameter colour="status"' }),
        expect.objectContaining({ path: "slides[5].view", message: '"present" does not belong in a slide\'s view' }),
        // A comparison of seven is refused in a deck, naming what would be left out (a link keeps the first six).
        expect.objectContaining({ path: "slides[6].view", message: 'a comparison holds at most 6 regions ("SE-H" left out)' }),
      ]),
    );
    expect(issues.some((i) => i.path === "slides[0].view")).toBe(false);
  });

  it("says a comparison of more than six in the interface's words, naming what it leaves out", () => {
    const [issue] = refusalIssues(validateDeck(deck("compare=SE-AB,SE-C,SE-D,SE-E,SE-F,SE-G,SE-H,SE-K"), known));
    expect(issue!.problem).toBeDefined();
    expect(problemText(issue!.problem!, "sv")).toBe("en jämförelse rymmer högst 6 regioner (”SE-H,SE-K” utelämnas)");
    expect(problemText(issue!.problem!, "en")).toBe("a comparison holds at most 6 regions (“SE-H,SE-K” left out)");
  });

  it("names a repeated key in a slide's view as repeated, not as an unknown value", () => {
    const result = validateDeck(deck("region=SE-M&region=SE-AB"), known);
    expect(result).toMatchObject({
      ok: false,
      issues: [{ path: "slides[0].view", message: '"region" is given more than once; only the first is read ("SE-AB" is not)' }],
    });
  });

  it("applies a slide keeping the presenter's language unless the slide names one", () => {
    expect(slideView(slide("color=year"), known, { lang: "en" }, 2)).toMatchObject({ color: "year", lang: "en", present: true, slide: 3 });
    expect(slideView(slide("color=year&lang=sv"), known, { lang: "en" }, 0)).toMatchObject({ lang: "sv", slide: 1 });
  });
});

describe("the default deck", () => {
  const result = parseDeckText(defaultDeckText, known);
  it("is valid against the dataset", () => {
    expect(result).toMatchObject({ ok: true });
  });
  const slides = result.ok ? result.deck.slides : [];

  it("walks through the report in about twelve slides", () => {
    expect(slides.length).toBeGreaterThanOrEqual(10);
    expect(slides.length).toBeLessThanOrEqual(14);
    const views = slides.map((s) => s.view).join(" ");
    for (const part of [
      "color=status",
      "color=year",
      "s3-own-strategy",
      "open-indicator-platforms",
      "functional-labour-market-regions",
      "q=8",
    ]) {
      expect(views).toContain(part);
    }
  });

  // Every "N av 21" / "N of 21" / "alla 21" / "all 21" in a caption must be the size of a legend
  // class of the slide's own map, and Swedish and English must say the same numbers.
  const numbersOf = (caption: string) =>
    [...caption.matchAll(/\b(\d+) (?:av|of) 21\b|\b(?:alla|all) (21)\b/g)].map((m) => Number(m[1] ?? m[2]));
  it.each(slides.map((s, i) => [i + 1, s] as const))("slide %i: every number in the caption is true of the dataset", (_, s) => {
    const view = slideView(s, known, { lang: "sv" }, 0);
    const counts = classify(data, view, "sv").classes.map((c) => c.regions.length);
    const sv = numbersOf(s.caption.sv);
    const en = numbersOf(s.caption.en);
    expect(sv).toEqual(en);
    for (const n of sv) expect(counts).toContain(n);
    if (view.color === "practice") {
      const practice = data.practices.find((p) => p.id === view.practice)!;
      if (practice.evidence === "examples") {
        // Regions a sentence names "exempelvis" are examples, never a share of the 21: the caption says so.
        expect(sv).toEqual([]);
        expect(s.caption.sv).toContain("som exempel");
        expect(s.caption.en).toContain("as examples");
      }
      // A practice slide's first number is the regions named for that practice.
      else expect(sv[0]).toBe(practice.regions.length);
    }
  });

  it("captions are one sentence each", () => {
    for (const s of slides) {
      for (const caption of [s.caption.sv, s.caption.en]) expect(caption.replace(/\.$/, "")).not.toMatch(/[.!?]\s/);
    }
  });
});

describe("the default deck's notes", () => {
  const deckFile = JSON.parse(defaultDeckText) as Deck;
  const normal = (s: string) => s.replace(/\s+/gu, " ").trim();
  const report = normal(SOURCE_TEXT.replace(/^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ .*$/gmu, "").replace(/^-\s*▀\s*/gmu, ""));
  it("every slide has notes in both languages, and the first carries the report's caveats (1.4, 1.4.1)", () => {
    for (const s of deckFile.slides) {
      expect(s.notes?.sv, s.title.sv).toMatch(/\S/u);
      expect(s.notes?.en, s.title.sv).toMatch(/\S/u);
    }
    expect(deckFile.slides[0]!.notes!.sv).toContain("med hjälp av Artificiell intelligens, AI sammanställts");
    expect(deckFile.slides[0]!.notes!.sv).toContain("Det ingår inte heller att göra en analys av sammanställningen.");
  });
  it("every quotation in the Swedish notes (”…”) is the report's own words, verbatim", () => {
    for (const s of deckFile.slides) {
      const quotes = [...s.notes!.sv.matchAll(/”([^”]+)”/gu)].map((m) => m[1]!);
      expect(quotes.length, s.title.sv).toBeGreaterThan(0);
      // A quote of a list line keeps its footnote marker; the report's text has the marker right after it.
      for (const quote of quotes) expect(report.includes(normal(quote)) || SOURCE_TEXT.includes(quote), quote).toBe(true);
    }
  });
  it("the English notes say they are an unofficial translation", () => {
    for (const s of deckFile.slides.filter((x) => x.notes!.en.includes("“"))) expect(s.notes!.en).toContain("unofficial translation");
  });
});

describe("a deck re-checked against new data (issue 11, fault 7)", () => {
  it("names what a slide's view asks of the data that a later dataset no longer has, and nothing when it fits", () => {
    const s3 = slide("color=practice&practice=s3-own-strategy&region=SE-H");
    expect(slideMisfit(s3, known)).toEqual([]);
    const renamed = knownValuesOf({
      edition: data.edition,
      regions: data.regions.filter((r) => r.code !== "SE-H"),
      practices: data.practices.map((p) => (p.id === "s3-own-strategy" ? { ...p, id: "s3" } : p)),
    });
    expect(slideMisfit(s3, renamed)).toEqual(["practice=s3-own-strategy", "region=SE-H", "color=practice"]);
  });
});
