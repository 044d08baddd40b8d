import { describe, expect, it } from "vitest";
import { addSlide, deckFileText, moveSlide, removeSlide, slideViewOf, updateSlide } from "../../src/present/deckEdits";
import { readDeckFile, MAX_DECK_BYTES } from "../../src/present/deckFile";
import { parseDeckText, type Deck } from "../../src/present/deckSchema";
import { printPages } from "../../src/present/printPages";
import { DEFAULT_VIEW } from "../../src/state/store";
import { knownValuesOf } from "../../src/state/url";
import { realDataset, realEnglish } from "./fixtures";
import { bytesFile, refusalIssues, refusalProblem } from "./openedFile";

const data = realDataset();
const known = knownValuesOf(data);
const slide = (view: string, title = view) => ({ view, title: { sv: `${title} sv`, en: `${title} en` }, caption: { sv: "C", en: "C" } });
const deck = (...views: string[]): Deck => ({ version: 1, title: { sv: "D", en: "D" }, slides: views.map((v) => slide(v)) });
const views = (d: Deck) => d.slides.map((s) => s.view);

describe("deck edits", () => {
  const d = deck("color=status", "color=year", "color=horizon");

  it("adds a slide at the end without touching the old deck", () => {
    const next = addSlide(d, slide("color=question&q=3"));
    expect(views(next)).toEqual(["color=status", "color=year", "color=horizon", "color=question&q=3"]);
    expect(views(d)).toHaveLength(3);
  });

  it("moves a slide up and down, clamped at the ends", () => {
    expect(views(moveSlide(d, 2, -1))).toEqual(["color=status", "color=horizon", "color=year"]);
    expect(views(moveSlide(d, 0, 1))).toEqual(["color=year", "color=status", "color=horizon"]);
    expect(moveSlide(d, 0, -1)).toBe(d);
    expect(moveSlide(d, 2, 1)).toBe(d);
    expect(moveSlide(d, 7, -1)).toBe(d);
  });

  it("removes a slide but never the last one", () => {
    expect(views(removeSlide(d, 1))).toEqual(["color=status", "color=horizon"]);
    const one = deck("color=status");
    expect(removeSlide(one, 0)).toBe(one);
    expect(removeSlide(d, -1)).toBe(d);
  });

  it("updates a slide's words and keeps its view", () => {
    const next = updateSlide(d, 1, { title: { sv: "Nytt år", en: "New year" } });
    expect(next.slides[1]).toEqual({ ...d.slides[1], title: { sv: "Nytt år", en: "New year" } });
    expect(next.slides[0]).toBe(d.slides[0]);
    expect(updateSlide(d, 9, { view: "x" })).toBe(d);
  });

  it("stores a view without presentation mode, slide or language", () => {
    expect(
      slideViewOf({ ...DEFAULT_VIEW, lang: "en", color: "practice", practice: "s3-own-strategy", region: "SE-M", present: true, slide: 3 }),
    ).toBe("color=practice&practice=s3-own-strategy&region=SE-M");
    expect(slideViewOf(DEFAULT_VIEW)).toBe("");
  });

  it("writes a file that reads back as the same valid deck", () => {
    const edited = updateSlide(moveSlide(addSlide(d, slide("color=practice&practice=s3-own-strategy", "Å ä ö")), 3, -3), 1, {
      caption: { sv: 'Citat "så här"; rad\nny', en: "Quote" },
    });
    const result = parseDeckText(deckFileText(edited), known);
    expect(result).toEqual({ ok: true, deck: edited });
  });
});

describe("opening a deck file", () => {
  it("refuses a file over the size cap before reading it", async () => {
    const file = bytesFile("{}", MAX_DECK_BYTES + 1);
    expect(await readDeckFile(file, known)).toEqual({
      ok: false,
      problem: { kind: "too-large", bytes: MAX_DECK_BYTES + 1, limit: MAX_DECK_BYTES },
    });
    expect(file.reads).toBe(0);
  });

  it("reports a file that is not JSON, and one with an unknown practice by its path", async () => {
    expect(refusalProblem(await readDeckFile(bytesFile("not json"), known))).toMatchObject({ kind: "not-json" });
    const bad = deckFileText(deck("color=status", "color=practice&practice=no-such-practice"));
    const result = await readDeckFile(bytesFile(bad), known);
    expect(refusalIssues(result)).toContainEqual(
      expect.objectContaining({ path: "slides[1].view", message: 'unknown practice "no-such-practice"' }),
    );
  });
});

describe("print pages", () => {
  it("gives one page per slide, in order, in the printing language unless a slide names its own", () => {
    const d = deck("color=status", "color=practice&practice=s3-own-strategy&region=SE-H", "lang=sv&color=year");
    const pages = printPages(d, known, "en", data);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pages.map((p) => p.title)).toEqual([
      "color=status en",
      "color=practice&practice=s3-own-strategy&region=SE-H en",
      "lang=sv&color=year sv",
    ]);
    expect(pages[1]!.view).toMatchObject({ color: "practice", practice: "s3-own-strategy", region: "SE-H", lang: "en", present: false });
    expect(pages[1]!.view.slide).toBeUndefined();
    expect(pages[2]!.label).toBe("3 / 3 · lang=sv&color=year sv");
    expect(pages[2]!.caption).toBe("C");
    expect(pages.every((p) => p.lists === undefined)).toBe(true);
  });

  it("puts a slide's 2.2.9 lists on its printed page, the asked-for list first", () => {
    const d = { ...deck("color=status"), slides: [{ ...deck("color=status").slides[0]!, panel: "challenges" as const }] };
    const [page] = printPages(d, known, "sv", data);
    expect(page!.lists!.map((l) => l.items)).toEqual([data.findings.challenges, data.findings.successFactors]);
    expect(page!.lists![0]!.title).toContain("utmaningar");
    expect(page!.lists![0]!.note).toBeUndefined();
  });

  it("prints the lists in English as the report's translation, labelled, and in Swedish when there is none", () => {
    const d = { ...deck("color=status"), slides: [{ ...deck("color=status").slides[0]!, panel: "successFactors" as const }] };
    const english = realEnglish();
    const [page] = printPages(d, known, "en", data, english);
    const [first] = page!.lists!;
    expect(first!.note).toBe("Unofficial translation");
    expect(first!.items).toEqual(data.findings.successFactors.map((sv) => english.text(sv)));
    expect(first!.items.join(" ")).not.toBe(data.findings.successFactors.join(" "));
    const [untranslated] = printPages(d, known, "en", data);
    expect(untranslated!.lists![0]!.items).toEqual(data.findings.successFactors);
    expect(untranslated!.lists![0]!.note).toBeUndefined();
  });
});
