import { describe, expect, it } from "vitest";
import type { IssueProblem, ValidationIssue } from "../../src/data/issues";
import { knownValuesOf } from "../../src/state/url";
import { realDataset } from "./fixtures";
import { validateDataset } from "../../src/data/validate";
import { validateDeck } from "../../src/present/deckSchema";
import { issueLine, problemText } from "../../src/i18n/issueText";
import { issueWhere, pathSegments } from "../../src/i18n/issueWhere";

/** A file's problems said in words, in Swedish and in English (issue 24, item 6). */

const NBSP = "\u00A0";
/** The committed dataset as plain JSON, to break in places. */
const raw = () => structuredClone(realDataset()) as unknown as Record<string, unknown>;

describe("where a path points, in words", () => {
  const cases: [path: string, subject: string | undefined, sv: string, en: string][] = [
    ["practices[3].regions", undefined, "Arbetssätt 4, dess regioner", "Practice 4, its regions"],
    [
      "regions[7].strategy.adopted",
      "Kalmar",
      "Region 8 (Kalmar), strategins antagandeår",
      "Region 8 (Kalmar), the strategy's adoption year",
    ],
    ["regions[2].name", undefined, "Region 3, dess namn", "Region 3, its name"],
    ["practices[3].regions[2]", "open-data", "Arbetssätt 4 (open-data), region 3", "Practice 4 (open-data), region 3"],
    ["practices[0].source.quote", undefined, "Arbetssätt 1, källans citat", "Practice 1, the source's quote"],
    ["practices[0].group.sv", undefined, "Arbetssätt 1, rubrikens svenska text", "Practice 1, the heading's Swedish text"],
    ["edition.title", undefined, "Utgåvans titel", "The edition's title"],
    ["questions", undefined, "Frågorna", "The questions"],
    ["notes", undefined, "Datanoterna", "The data notes"],
    ["notes[1].sides[0].quote", undefined, "Datanot 2, sida 1, dess citat", "Data note 2, side 1, its quote"],
    ["caveats.items[2].quote", undefined, "Förbehållen, förbehåll 3, dess citat", "The caveats, caveat 3, its quote"],
    ["findings.summary[4]", undefined, "Slutsatserna, punkt 5", "The findings, point 5"],
    ["statuses[3]", undefined, "Statusgrupp 4", "Status group 4"],
    ["slides[2].title.sv", undefined, "Bild 3, titelns svenska text", "Slide 3, the title's Swedish text"],
    ["slides[0].notes.en", undefined, "Bild 1, talarmanusets engelska text", "Slide 1, the speaker's notes's English text"],
    ["(root)", undefined, "Filen", "The file"],
    ["regions[0].colour", undefined, "Region 1, dess fält ”colour”", "Region 1, its field “colour”"],
  ];
  for (const [path, subject, sv, en] of cases) {
    it(`${path}`, () => {
      expect(issueWhere(path, "sv", subject)).toBe(sv);
      expect(issueWhere(path, "en", subject)).toBe(en);
    });
  }

  it("reads a path into keys and indexes", () => {
    expect(pathSegments("practices[3].regions[12]")).toEqual(["practices", 3, "regions", 12]);
    expect(pathSegments("(root)")).toEqual([]);
  });
});

describe("what is wrong, in words", () => {
  const cases: [IssueProblem, string, string][] = [
    [{ code: "missing" }, "saknas", "missing"],
    [{ code: "invalid_type", expected: "string" }, "ska vara en text", "must be text"],
    [{ code: "invalid_type", expected: "int" }, "ska vara ett heltal", "must be a whole number"],
    [{ code: "invalid_type", expected: "array" }, "ska vara en lista ([…])", "must be a list ([…])"],
    [{ code: "invalid_type", expected: "bigint" }, "har fel typ (ska vara bigint)", "has the wrong type (must be bigint)"],
    [
      { code: "too_big", origin: "string", limit: 5000, inclusive: true, exact: false },
      `får vara högst 5${NBSP}000 tecken`,
      "may be at most 5,000 characters",
    ],
    [{ code: "too_small", origin: "string", limit: 1, inclusive: true, exact: false }, "får inte vara tom", "must not be empty"],
    [
      { code: "too_small", origin: "array", limit: 21, inclusive: true, exact: true },
      "ska ha exakt 21 poster",
      "must have exactly 21 entries",
    ],
    [{ code: "too_small", origin: "array", limit: 1, inclusive: true, exact: false }, "ska ha minst 1 post", "must have at least 1 entry"],
    [
      { code: "too_big", origin: "array", limit: 500, inclusive: true, exact: false },
      "får ha högst 500 poster",
      "may have at most 500 entries",
    ],
    [
      { code: "too_small", origin: "number", limit: 1990, inclusive: true, exact: false },
      `ska vara minst 1${NBSP}990`,
      "must be at least 1,990",
    ],
    [{ code: "too_small", origin: "number", limit: 0, inclusive: false, exact: false }, "ska vara större än 0", "must be greater than 0"],
    [
      { code: "invalid_value", values: ["listed", "example", "examples", "all"] },
      "ska vara ett av: ”listed”, ”example”, ”examples”, ”all”",
      "must be one of: “listed”, “example”, “examples”, “all”",
    ],
    [{ code: "invalid_value", values: ["1"] }, "ska vara ”1”", "must be “1”"],
    [
      { code: "invalid_format", format: "regex", pattern: "/^SE-[A-Z]{1,2}$/" },
      "ska vara en ISO 3166-2-kod som SE-AB",
      "must be an ISO 3166-2 code such as SE-AB",
    ],
    [{ code: "invalid_format", format: "regex", pattern: "/^x$/" }, "har fel form", "has the wrong form"],
    [{ code: "invalid_format", format: "date" }, "ska vara ett datum, ÅÅÅÅ-MM-DD", "must be a date, YYYY-MM-DD"],
    [{ code: "unrecognized_keys", keys: ["colour"] }, "okända fält: ”colour”", "unknown fields: “colour”"],
    [{ code: "invalid" }, "är ogiltigt", "is invalid"],
    [{ code: "rule", rule: "unused-status", params: { value: "ny" } }, "ingen region har statusen ”ny”", "no region has the status “ny”"],
    [{ code: "rule", rule: "unknown-region", params: { value: "SE-ZZ" } }, "okänd regionkod SE-ZZ", "unknown region code SE-ZZ"],
    [
      { code: "rule", rule: "duplicate", params: { what: "region code", value: "SE-AB", first: "regions[0].code" } },
      "regionkoden SE-AB finns redan (Region 1, dess kod)",
      "duplicate region code SE-AB (also at Region 1, its code)",
    ],
    [
      { code: "rule", rule: "revised-before-adopted", params: { revised: "2019", adopted: "2021" } },
      "revideringsåret 2019 är före antagandeåret 2021",
      "the revision year 2019 is before the adoption year 2021",
    ],
    [
      { code: "rule", rule: "view-param", params: { key: "practice", value: "nope" } },
      "okänt arbetssätt ”nope”",
      "unknown practice “nope”",
    ],
    [{ code: "rule", rule: "not-one-file" }, "Släpp en enda fil.", "Drop a single file."],
  ];
  for (const [problem, sv, en] of cases) {
    it(`${JSON.stringify(problem)}`, () => {
      expect(problemText(problem, "sv")).toBe(sv);
      expect(problemText(problem, "en")).toBe(en);
    });
  }

  it("an issue without a structured problem keeps its message", () => {
    const issue: ValidationIssue = { path: "excerpts[0].text", message: "is not whole sentences of p-2.2.1-1, verbatim" };
    expect(issueLine(issue, "sv")).toBe("Utdrag 1, dess text: is not whole sentences of p-2.2.1-1, verbatim");
  });
});

describe("a refused file's issues, said", () => {
  const lines = (issues: readonly ValidationIssue[], lang: "sv" | "en") => issues.map((issue) => issueLine(issue, lang));
  const refused = (data: unknown) => {
    const result = validateDataset(data);
    if (result.ok || !("issues" in result)) throw new Error("expected issues");
    return result.issues;
  };

  it("names the region by the file's name for it, and says the schema's rules in words", () => {
    const data = raw();
    const regions = data.regions as Record<string, unknown>[];
    const kalmar = regions.findIndex((r) => r.code === "SE-H");
    delete (regions[kalmar]!.strategy as Record<string, unknown>).adopted;
    regions[0]!.name = "x".repeat(5001);
    (data.practices as Record<string, unknown>[])[3]!.evidence = "maybe";
    const issues = refused(data);
    expect(lines(issues, "sv")).toEqual(
      expect.arrayContaining([
        `Region ${kalmar + 1} (Kalmar), strategins antagandeår: saknas`,
        `Region 1 (${"x".repeat(60)}…), dess namn: får vara högst 5${NBSP}000 tecken`,
        expect.stringMatching(/^Arbetssätt 4 \([a-z0-9-]+\), dess belägg: ska vara ett av: ”listed”, ”example”, ”examples”, ”all”$/u),
      ]),
    );
    expect(lines(issues, "en")).toEqual(
      expect.arrayContaining([
        `Region ${kalmar + 1} (Kalmar), the strategy's adoption year: missing`,
        expect.stringMatching(/^Practice 4 \([a-z0-9-]+\), its evidence: must be one of: “listed”, “example”, “examples”, “all”$/u),
      ]),
    );
    // The English message for scripts and logs is zod's own, unchanged.
    expect(issues.find((i) => i.path === `regions[${kalmar}].strategy.adopted`)?.message).toBe(
      "Invalid input: expected number, received undefined",
    );
  });

  it("says validate.ts's own rules in words", () => {
    const data = raw();
    const regions = data.regions as Record<string, unknown>[];
    (regions[1]!.strategy as Record<string, unknown>).status = "okänd";
    const practice = (data.practices as Record<string, unknown>[])[0]!;
    practice.regions = [...(practice.regions as string[]), "SE-ZZ"];
    const said = lines(refused(data), "sv");
    expect(said).toContain(`Region 2 (${regions[1]!.name as string}), strategins status: ”okänd” är inte en av filens statusgrupper`);
    expect(said).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Arbetssätt 1 \([a-z0-9-]+\), region \d+: okänd regionkod SE-ZZ$/u)]),
    );
  });

  it("a deck's issues too", () => {
    const result = validateDeck({ version: 2, title: { sv: "", en: "T" }, slides: [] }, knownValuesOf(realDataset()));
    if (result.ok || !("issues" in result)) throw new Error("expected issues");
    expect(lines(result.issues, "sv")).toEqual([
      "Versionen: ska vara ”1”",
      "Titelns svenska text: får inte vara tom",
      "Bilderna: ska ha minst 1 post",
    ]);
    expect(lines(result.issues, "en")).toEqual([
      "The version: must be “1”",
      "The title's Swedish text: must not be empty",
      "The slides: must have at least 1 entry",
    ]);
  });
});
