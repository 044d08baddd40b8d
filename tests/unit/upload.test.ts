import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, readDatasetFile } from "../../src/data/upload";
import { ISSUE_BUDGET, validateDataset } from "../../src/data/validate";
import { readDeckFile } from "../../src/present/deckFile";
import { looksLikeDeck } from "../../src/present/deckSchema";
import { knownValuesOf } from "../../src/state/url";
import { encodeWindows1252 } from "../windows1252";
import { realDataset } from "./fixtures";
import { bytesFile, refusalIssues, refusalProblem } from "./openedFile";
import { editionText } from "../editionFiles";

/** The committed dataset as raw JSON, for editing into broken and valid variants. */
const rawText = editionText("dataset.json");
const raw = () => JSON.parse(rawText);
const deckText = editionText("deck.json");
const known = knownValuesOf(realDataset());

const file = (text: string) => bytesFile(text);
const openDataset = (contents: string | Uint8Array) => readDatasetFile(bytesFile(contents), { looksLikeDeck });
const issuesOf = async (text: string) => refusalIssues(await readDatasetFile(file(text)));

describe("a dataset file the user opens", () => {
  it("is refused when it is not JSON, saying where it stops being JSON", async () => {
    expect(refusalProblem(await readDatasetFile(file('{\n  "edition": {},\n  this is not json')))).toEqual({
      kind: "not-json",
      line: 3,
      column: 3,
    });
  });

  it("is refused when it has the wrong shape, every problem listed with its path", async () => {
    const broken = raw();
    delete broken.edition;
    broken.regions[2].strategy.status = "maybe";
    broken.practices[0].question = 12;
    const issues = await issuesOf(JSON.stringify(broken));
    const paths = issues.map((i) => i.path);
    expect(paths).toContain("edition");
    expect(paths).toContain("regions[2].strategy.status");
    expect(paths).toContain("practices[0].question");
  });

  it("is refused for a JSON value that is not an object at all", async () => {
    for (const text of ["null", "42", '"a string"', "[]"]) {
      expect((await issuesOf(text)).length).toBeGreaterThan(0);
    }
  });

  it("names unknown region codes where they stand", async () => {
    const broken = raw();
    broken.practices[1].regions = [...broken.practices[1].regions, "SE-ZZ"];
    broken.excerpts[0].region = "SE-QQ";
    const issues = await issuesOf(JSON.stringify(broken));
    expect(issues).toContainEqual(
      expect.objectContaining({ path: expect.stringMatching(/^practices\[1\]\.regions\[\d+\]$/), message: "unknown region code SE-ZZ" }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ path: "excerpts[0].region", message: "unknown region code SE-QQ" }));
  });

  it("names duplicate ids and where they were first seen", async () => {
    const broken = raw();
    broken.practices[5].id = broken.practices[4].id;
    broken.regions[3].code = broken.regions[2].code;
    const issues = await issuesOf(JSON.stringify(broken));
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: "practices[5].id",
        message: expect.stringMatching(/duplicate practice id .* \(also at practices\[4\]\.id\)/),
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ path: "regions[3].code", message: expect.stringMatching(/duplicate region code/) }),
    );
  });

  it("refuses 20 MB of junk by its size, before reading it", async () => {
    const junk = bytesFile("x", 20 * 1024 * 1024);
    const result = await readDatasetFile(junk);
    expect(result).toEqual({ ok: false, problem: { kind: "too-large", bytes: 20 * 1024 * 1024, limit: MAX_UPLOAD_BYTES } });
    expect(junk.reads).toBe(0);
  });

  it("reads a file just under the cap (junk then fails as JSON, not by size)", async () => {
    expect(refusalProblem(await readDatasetFile(file("\u0000".repeat(1024))))).toMatchObject({ kind: "not-json" });
  });

  it("accepts a valid edited file, with the edit", async () => {
    const edited = raw();
    edited.practices[0].sv = "Ett nytt namn på arbetssättet (redigerad utgåva)";
    const f = file(JSON.stringify(edited));
    const result = await readDatasetFile(f);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.practices[0]!.sv).toBe("Ett nytt namn på arbetssättet (redigerad utgåva)");
    expect(result.data.regions).toHaveLength(21);
    expect(f.reads).toBe(1);
  });

  it("reports a file that cannot be read, by the error's name", async () => {
    const gone = new DOMException("The file was removed", "NotReadableError");
    const result = await readDatasetFile({ size: 10, arrayBuffer: () => Promise.reject(gone) });
    expect(result).toEqual({ ok: false, problem: { kind: "unreadable", detail: "NotReadableError" } });
  });
});

describe("a hostile dataset file (issue 11, fault 2)", () => {
  const withPractices = (count: number) => JSON.stringify({ ...raw(), practices: Array.from({ length: count }, () => ({})) });

  for (const count of [30_000, 20_000]) {
    it(`${count.toLocaleString("en-GB")} empty practices are refused by their count, as one problem, without a throw`, async () => {
      const text = withPractices(count);
      const started = performance.now();
      const result = await openDataset(text);
      const elapsed = performance.now() - started;
      expect(result).toEqual({ ok: false, problem: { kind: "too-many", path: "practices", count, limit: 500 } });
      // A sanity bound only (the proof is the single problem): it once took 17 s, or overflowed the stack.
      expect(elapsed).toBeLessThan(200);
    });
  }

  it("an oversized list inside an element is named by its path", async () => {
    const d = raw();
    d.practices[3].regions = Array.from({ length: 30_000 }, () => "SE-ZZ");
    expect(refusalProblem(await openDataset(JSON.stringify(d)))).toEqual({
      kind: "too-many",
      path: "practices[3].regions",
      count: 30_000,
      limit: 21,
    });
  });

  it("a file at every limit with every element wrong stops checking at the issue budget, and says it stopped", async () => {
    const d = {
      ...raw(),
      practices: Array.from({ length: 500 }, () => ({ regions: Array(21).fill(1), source: {}, group: {} })),
      excerpts: Array.from({ length: 1000 }, () => ({})),
    };
    const result = await openDataset(JSON.stringify(d));
    // 500 practices × 31 issues and 1000 excerpts × 5 would be 20,500; checking stops within the practice that reaches the budget.
    expect(result).toMatchObject({ ok: false, incomplete: true });
    const issues = refusalIssues(result);
    expect(issues[0]).toMatchObject({
      path: "practices[0].id",
      message: "Invalid input: expected string, received undefined",
      problem: { code: "missing" },
    });
    expect(issues.length).toBeGreaterThanOrEqual(ISSUE_BUDGET);
    expect(issues.length).toBeLessThan(ISSUE_BUDGET + 31);
    expect(issues.some((i) => i.path.startsWith("excerpts"))).toBe(false);
  });

  it("a file with fewer issues than the budget lists every one of them, complete", async () => {
    const d = raw();
    d.practices = d.practices.slice(0, 30).map((p: object) => ({ ...p, question: 12 }));
    const result = await openDataset(JSON.stringify(d));
    expect(result).not.toHaveProperty("incomplete");
    expect(refusalIssues(result).filter((i) => i.path.endsWith(".question"))).toHaveLength(30);
  });

  it("200,000 levels of nesting are refused with issues, without overflowing the stack", async () => {
    const depth = 200_000;
    const nested = `{"edition":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}`;
    const result = await openDataset(nested);
    expect(refusalIssues(result)).toContainEqual(
      expect.objectContaining({
        path: "practices",
        message: "Invalid input: expected array, received undefined",
        problem: { code: "missing" },
      }),
    );
  });

  it("any error while checking becomes a problem, never an exception", () => {
    const hostile = {
      get practices(): never {
        throw new RangeError("Maximum call stack size exceeded");
      },
    };
    expect(validateDataset(hostile)).toEqual({ ok: false, problem: { kind: "check-failed", error: "RangeError" } });
  });
});

describe("a file in the wrong encoding (issue 11, fault 5)", () => {
  it("the real dataset saved as Windows-1252 is refused, not read as Sk\uFFFDne", async () => {
    const bytes = encodeWindows1252(rawText);
    expect(bytes.includes(0xe5)).toBe(true); // "å" as one byte: not UTF-8
    expect(await openDataset(bytes)).toEqual({ ok: false, problem: { kind: "encoding" } });
  });

  it("a UTF-8 file already damaged by a wrong decoding (U+FFFD) is refused", async () => {
    expect(await openDataset(rawText.replace("Skåne", "Sk\uFFFDne"))).toEqual({ ok: false, problem: { kind: "encoding" } });
  });

  it("UTF-8 with a byte order mark is read", async () => {
    const result = await openDataset(`\uFEFF${rawText}`);
    expect(result.ok && result.data.regions.find((r) => r.code === "SE-M")?.name).toBe("Skåne");
  });

  it("a deck file saved as Windows-1252 is refused the same way", async () => {
    expect(await readDeckFile(bytesFile(encodeWindows1252(deckText)), known)).toEqual({ ok: false, problem: { kind: "encoding" } });
  });
});

describe("a file of the other kind (issue 11, fault 10)", () => {
  it("a deck file given as a dataset is named a deck, not listed as eight missing fields", async () => {
    expect(await openDataset(deckText)).toEqual({ ok: false, problem: { kind: "wrong-kind", is: "deck" } });
  });

  it("a dataset given as a deck is named a dataset", async () => {
    expect(await readDeckFile(bytesFile(rawText), known)).toEqual({ ok: false, problem: { kind: "wrong-kind", is: "dataset" } });
  });
});
