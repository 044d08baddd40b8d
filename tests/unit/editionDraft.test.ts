import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { draftEdition } from "../../src/data/editionDraft";
import { editionManifestSchema } from "../../src/data/editionSchema";
import type { Dataset } from "../../src/data/schema";
import { validateDataset } from "../../src/data/validate";
import { editionText } from "../editionFiles";
import { refusalIssues } from "./openedFile";
import { CODE_OF } from "./reportFacts";

/**
 * `npm run edition -- new` on a second report: the fictional test report (tests/fixtures/editions/, not
 * Tillväxtverket's). What the draft must hold is read from that text by the test with plain string functions.
 */
const FIXTURE = readFileSync(resolve(process.cwd(), "tests/fixtures/editions/fixture-report.txt"), "utf8");
const previous = {
  dataset: JSON.parse(editionText("dataset.json")) as Dataset,
  manifest: editionManifestSchema.parse(JSON.parse(editionText("manifest.json"))),
};
const draft = draftEdition(FIXTURE, "fixture-1", previous);

const SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const lines = FIXTURE.split("\n").map((l) => l.trim());
/** "² Blekinge, Halland, …" → codes. */
const footnoteRegions = (n: number) =>
  lines
    .find((l) => l.startsWith(`${[...String(n)].map((d) => SUPER[Number(d)]).join("")} `))!
    .slice(2)
    .replace(/\.$/u, "")
    .split(", ")
    .map((name) => CODE_OF.get(name)!)
    .sort();
/** "Region Kalmar *Klimat att växa i 2027*. Antagen 2027." → Kalmar → 2027. */
const adoptedIn = new Map(
  lines.flatMap((l) => {
    const m = /^Region (.+?) \*([^*]+)\*\. Antagen (\d{4})/u.exec(l);
    return m ? [[CODE_OF.get(m[1]!)!, { title: m[2]!, adopted: Number(m[3]) }] as const] : [];
  }),
);

/** What a person does: confirm every draft (here: keep what was drafted). */
function confirmed(dataset: Dataset): Dataset {
  const copy = structuredClone(dataset) as Dataset & { statuses: { draft?: true }[]; practices: { draft?: true }[] };
  for (const item of [...copy.statuses, ...copy.practices]) delete item.draft;
  return copy;
}

describe("a new report drafted as an edition", () => {
  it("reads the title page: title, date and dnr", () => {
    expect(draft.dataset.edition).toMatchObject({
      id: "fixture-1",
      date: "2027-04-01",
      reference: "TEST 2027-1",
      sourceFile: "data/editions/fixture-1/source.txt",
    });
    expect(lines).toContain(draft.dataset.edition.title);
  });

  it("drafts a status group per footnote of 2.1, each with exactly its footnote's regions", () => {
    expect(draft.dataset.statuses.map((s) => s.footnote)).toEqual([1, 2, 3]);
    for (const status of draft.dataset.statuses) {
      const members = draft.dataset.regions
        .filter((r) => r.strategy.status === status.id)
        .map((r) => r.code)
        .sort();
      expect(members).toEqual(footnoteRegions(status.footnote));
    }
    expect(draft.manifest.statuses.map((s) => s.id)).toEqual(draft.dataset.statuses.map((s) => s.id));
  });

  it("reads every strategy's title and adoption year from the listing", () => {
    expect(adoptedIn.size).toBe(21);
    for (const region of draft.dataset.regions) {
      expect(region.strategy.title, region.name).toBe(adoptedIn.get(region.code)!.title);
      expect(region.strategy.adopted, region.name).toBe(adoptedIn.get(region.code)!.adopted);
    }
  });

  it("drafts every footnote list under 2.2 as a list with its regions, and the one-region sentences as examples", () => {
    const listed = draft.dataset.practices.filter((p) => p.evidence === "listed");
    expect(listed.map((p) => p.source.footnote)).toEqual([4, 5, 6, 7, 8]);
    for (const p of listed) expect([...p.regions].sort()).toEqual(footnoteRegions(p.source.footnote!));
    const examples = draft.dataset.practices.filter((p) => p.evidence === "example").map((p) => p.regions[0]);
    const oneRegionSentences = lines.filter((l) => /^I (Örebro|Gotland|Sörmland) /u.test(l)).map((l) => CODE_OF.get(l.split(" ")[1]!)!);
    expect(examples.sort()).toEqual(oneRegionSentences.sort());
    expect(draft.dataset.practices.filter((p) => p.evidence === "all")).toHaveLength(
      lines.filter((l) => /^Samtliga regioner/u.test(l)).length,
    );
  });

  it("is refused while anything is a draft, and validates once a person has confirmed the drafts", () => {
    const refused = validateDataset(draft.dataset, { report: draft.report });
    expect(refused.ok).toBe(false);
    const issues = refusalIssues(refused);
    expect(issues.length).toBe(draft.dataset.statuses.length + draft.dataset.practices.length);
    expect(issues.every((i) => i.path.endsWith(".draft"))).toBe(true);
    const result = validateDataset(confirmed(draft.dataset), { report: draft.report });
    expect(refusalIssues(result)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("prints what a person must decide", () => {
    expect(draft.checklist.length).toBeGreaterThanOrEqual(6);
    expect(draft.checklist.join("\n")).toMatch(/status groups/u);
    expect(draft.checklist.join("\n")).toMatch(/practice candidates/u);
  });
});
