import { EVIDENCE_STRINGS } from "../../src/i18n/evidence";
import { noteKinds } from "../../src/domain/dataNotes";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/schema";
import { classify, type Classification } from "../../src/domain/classify";
import { HAS_PRACTICE_COLOR, LACKS_PRACTICE_COLOR, NO_DATA_COLOR, statusColors } from "../../src/domain/palettes";
import { summarizeClassification } from "../../src/domain/summary";
import { realDataset } from "./fixtures";

const data = realDataset();
const counts = (c: Classification) => c.classes.map((cls) => cls.regions.length);
const total = (c: Classification) => counts(c).reduce((a, b) => a + b, 0);

/** Every region lands in exactly one class, and its colour is its class's colour. */
function expectPartition(c: Classification, d: Dataset = data) {
  const seen = c.classes.flatMap((cls) => cls.regions);
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.sort()).toEqual(d.regions.map((r) => r.code).sort());
  for (const cls of c.classes) for (const code of cls.regions) expect(c.colorOf[code]).toBe(cls.color);
}

describe("classification per colour mode", () => {
  it("status: the five groups of section 2.1 in the report's order and sizes", () => {
    const c = classify(data, { color: "status" }, "sv");
    expect(c.classes.map((cls) => cls.key)).toEqual(["new-2026", "new-2025", "review", "adopted-2024", "adopted-2021"]);
    expect(counts(c)).toEqual([4, 7, 6, 2, 2]);
    expect(c.colorOf["SE-M"]).toBe(statusColors(data.statuses)["adopted-2024"]);
    expect(c.classes[0]!.label).toBe("Ny strategi antagen 2026");
    expectPartition(c);
  });

  it("year: every year from 2019 to 2026, empty years kept, colours ordered and distinct", () => {
    const c = classify(data, { color: "year" }, "sv");
    expect(c.classes.map((cls) => cls.label)).toEqual(["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]);
    expect(c.classes.find((cls) => cls.key === "2023")!.regions).toEqual([]);
    expect(c.classes.find((cls) => cls.key === "2019")!.regions).toEqual(["SE-AB"]);
    expect(new Set(c.classes.map((cls) => cls.color)).size).toBe(8);
    expect(c.valueOf["SE-Z"]).toBe("2021"); // Jämtland Härjedalen: adopted 2021, revised 2024
    expectPartition(c);
  });

  it("horizon: end years in order, and 'no year in the title' for the three without one", () => {
    const c = classify(data, { color: "horizon" }, "en");
    expect(c.classes.map((cls) => cls.key)).toEqual(["2029", "2030", "2035", "2040", "2050", "none"]);
    const none = c.classes.at(-1)!;
    expect(none.label).toBe("No end year in the title");
    expect(none.color).toBe(NO_DATA_COLOR);
    // Kalmar's title only looks out to 2040 ("med utblick mot 2040"): no end year.
    expect(none.regions.sort()).toEqual(["SE-D", "SE-E", "SE-H", "SE-M"]);
    expect(c.explanation.join(" ")).toContain("outlook, not an end year");
    expect(c.notes.map((n) => n.id)).toEqual(expect.arrayContaining(["kalmar-outlook", "gavleborg-title-period"]));
    // None of them is a contradiction of the report: the legend does not call them one.
    expect(EVIDENCE_STRINGS.en.dataNotes(...noteKinds(c.notes))).toBe(`${c.notes.length} data notes: how RUS-kartan reads the report`);
    const status = classify(data, { color: "status" }, "sv");
    expect(EVIDENCE_STRINGS.sv.dataNotes(...noteKinds(status.notes))).toBe("2 datanoter: 1 skillnad, 1 läsning");
    expectPartition(c);
  });

  it("practice: has / lacks with 'n of 21', and the holders are marked with a symbol", () => {
    const c = classify(data, { color: "practice", practice: "open-indicator-platforms" }, "sv");
    expect(counts(c)).toEqual([7, 14]);
    expect(c.subtitle).toBe("Rapportens förteckning, fotnot 21: 7 av 21 regioner");
    expect(c.classes.map((k) => k.label)).toEqual(["Rapportens förteckning, fotnot 21", "Nämns inte"]);
    expect(c.markKey).toBe("has");
    expect(c.evidence).toBe("listed");
    expect(c.marked.sort()).toEqual(["SE-BD", "SE-C", "SE-E", "SE-H", "SE-O", "SE-S", "SE-U"]);
    expect(c.colorOf["SE-BD"]).toBe(HAS_PRACTICE_COLOR);
    expect(c.colorOf["SE-M"]).toBe(LACKS_PRACTICE_COLOR);
    expectPartition(c);
  });

  it("a statement of all regions is one class and marks no region; an example names its one region", () => {
    const all = classify(data, { color: "practice", practice: "child-perspective" }, "sv");
    expect(counts(all)).toEqual([21]);
    expect(all.classes[0]!.label).toBe("Gäller alla regioner");
    expect(all.marked).toEqual([]);
    expect(all.markKey).toBeUndefined();
    const one = classify(data, { color: "practice", practice: "gotland-implementation-programmes" }, "en");
    expect(counts(one)).toEqual([1, 20]);
    expect(one.classes[0]!.regions).toEqual(["SE-I"]);
    expect(one.subtitle).toBe("Named as an example: 1 of 21 regions");
    expect(one.explanation).toEqual(["The report's lists are examples, not complete records."]);
  });

  it("question: lists and examples naming each region under the question, never a statement of all regions", () => {
    const c = classify(data, { color: "question", q: 8 }, "sv");
    // Section 2.2.8 names 12 regions once each as an example of a meeting format (four formats × three regions).
    expect(c.classes.map((cls) => cls.label)).toEqual(["0 förteckningar eller exempel", "1 förteckning eller exempel"]);
    expect(counts(c)).toEqual([9, 12]);
    // 2.2.4's two statements of all regions are not counted: 9 regions are named as examples, 12 not at all.
    expect(counts(classify(data, { color: "question", q: 4 }, "sv"))).toEqual([12, 9]);
    expect(classify(data, { color: "question", q: 4 }, "sv").explanation[0]).toContain("2 påståenden om alla regioner räknas inte");
    expect(c.title).toContain("2.2.8");
    const q9 = classify(data, { color: "question", q: 9 }, "sv");
    expect(counts(q9)).toEqual([21]); // 2.2.9 names no region
    expectPartition(c);
  });

  it("falls back to status for an unknown practice or question, never to an empty map", () => {
    expect(classify(data, { color: "practice", practice: "nope" }, "sv").mode).toBe("status");
    expect(classify(data, { color: "question", q: 42 }, "sv").mode).toBe("status");
  });

  it("every class of every mode adds up to 21 regions", () => {
    for (const choice of [
      { color: "status" as const },
      { color: "year" as const },
      { color: "horizon" as const },
      ...data.practices.map((p) => ({ color: "practice" as const, practice: p.id })),
      ...data.questions.map((q) => ({ color: "question" as const, q: q.id })),
    ]) {
      expect(total(classify(data, choice, "sv"))).toBe(21);
    }
  });

  it("summarises the map in words, with counts and names", () => {
    const c = classify(data, { color: "status" }, "sv");
    const text = summarizeClassification(
      c,
      (code) => data.regions.find((r) => r.code === code)!.name,
      (n) => `${n} regioner`,
    );
    expect(text).toContain("Ny strategi antagen 2026: 4 regioner (Uppsala, Jönköping, Kalmar, Västra Götaland)");
    expect(text.endsWith(".")).toBe(true);
  });

  it('frames the summary as the map\'s description ("Karta: …")', () => {
    const c = classify(data, { color: "status" }, "sv");
    const text = summarizeClassification(
      c,
      (code) => code,
      (n) => `${n} regioner`,
      (s) => `Karta: ${s}.`,
    );
    expect(text.startsWith("Karta: Status för den regionala utvecklingsstrategin. Ny strategi antagen 2026: 4 regioner")).toBe(true);
    expect(text.endsWith(").")).toBe(true);
  });
});
