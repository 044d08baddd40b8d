import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, readDatasetFile, type TextFile } from "../../src/data/upload";

/** The committed dataset as raw JSON, for editing into broken and valid variants. */
const rawText = readFileSync(resolve(process.cwd(), "data/rus-2026.json"), "utf8");
const raw = () => JSON.parse(rawText);

function file(text: string): TextFile & { reads: number } {
  const f = {
    size: new TextEncoder().encode(text).length,
    reads: 0,
    text: async () => {
      f.reads++;
      return text;
    },
  };
  return f;
}

const issuesOf = async (text: string) => {
  const result = await readDatasetFile(file(text));
  if (result.ok || "tooLarge" in result) throw new Error(`expected validation issues, got ${JSON.stringify(result).slice(0, 200)}`);
  return result.issues;
};

describe("a dataset file the user opens", () => {
  it("is refused when it is not JSON, saying so", async () => {
    const issues = await issuesOf("this is { not json");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: "(file)" });
    expect(issues[0]!.message).toMatch(/not valid JSON/);
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
    expect(issues).toContainEqual({ path: "excerpts[0].region", message: "unknown region code SE-QQ" });
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
    const junk = {
      size: 20 * 1024 * 1024,
      reads: 0,
      text: async () => {
        junk.reads++;
        return "x";
      },
    };
    const result = await readDatasetFile(junk);
    expect(result).toEqual({ ok: false, tooLarge: { bytes: 20 * 1024 * 1024, limit: MAX_UPLOAD_BYTES } });
    expect(junk.reads).toBe(0);
  });

  it("reads a file just under the cap (junk then fails as JSON, not by size)", async () => {
    const issues = await issuesOf("\u0000".repeat(1024));
    expect(issues[0]!.message).toMatch(/not valid JSON/);
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

  it("reports a file that cannot be read", async () => {
    const result = await readDatasetFile({ size: 10, text: () => Promise.reject(new Error("NotReadableError")) });
    expect(result).toMatchObject({ ok: false, issues: [{ path: "(file)" }] });
  });
});
