import { describe, expect, it } from "vitest";
import { draftEdition } from "../../src/data/editionDraft";
import { editionManifestSchema } from "../../src/data/editionSchema";
import type { Dataset } from "../../src/data/schema";
import { validateDataset } from "../../src/data/validate";
import { classify } from "../../src/domain/classify";
import { editionChange, sameTitle } from "../../src/domain/editionChange";
import { editionText } from "../editionFiles";
import { expectedChange, FIXTURE_TEXTS } from "../fixtures/editions/fixtureFacts";

/**
 * The change view on the two fictional editions (tests/fixtures/editions/): each drafted as `npm run edition -- new`
 * drafts it, the second from the first, and confirmed as drafted. What changed is read from the two texts by the
 * test (fixtureFacts.ts), not from the app.
 */
const confirmed = (dataset: Dataset): Dataset => {
  const plain = structuredClone(dataset) as Dataset & { statuses: { draft?: true }[]; practices: { draft?: true }[] };
  for (const item of [...plain.statuses, ...plain.practices]) delete item.draft;
  const valid = validateDataset(plain);
  if (!valid.ok) throw new Error("a confirmed draft must be valid");
  return valid.data;
};
const shipped = {
  dataset: JSON.parse(editionText("dataset.json")) as Dataset,
  manifest: editionManifestSchema.parse(JSON.parse(editionText("manifest.json"))),
};
const first = draftEdition(FIXTURE_TEXTS.first, "fixture", shipped);
const next = draftEdition(FIXTURE_TEXTS.next, "fixture-next", { dataset: confirmed(first.dataset), manifest: first.manifest });
const before = confirmed(first.dataset);
const after = confirmed(next.dataset);
const change = editionChange(before, after);
const expected = expectedChange();
const nameOf = (code: string) => after.regions.find((r) => r.code === code)!.name;
const namesWith = (kind: string) =>
  change.regions
    .filter((r) => r.strategy === kind)
    .map((r) => nameOf(r.code))
    .sort();

describe("what changed between two editions", () => {
  it("the fixture pair differs in strategies and lists (a test that could not fail otherwise)", () => {
    expect(expected.replaced.length).toBeGreaterThan(0);
    expect(expected.readopted.length).toBeGreaterThan(0);
    expect(expected.lists.some((l) => l.joined.length > 0) && expected.lists.some((l) => l.left.length > 0)).toBe(true);
  });

  it("strategies replaced, adopted again, and the same: exactly as the two listings say", () => {
    expect(namesWith("replaced")).toEqual([...expected.replaced].sort());
    expect(namesWith("readopted")).toEqual([...expected.readopted].sort());
    expect(namesWith("same")).toEqual(
      after.regions
        .map((r) => r.name)
        .filter((n) => !expected.replaced.includes(n) && !expected.readopted.includes(n))
        .sort(),
    );
    expect(namesWith("absent")).toEqual([]);
  });

  it("every list a region joined or left, with both editions' passages and footnotes", () => {
    const joined = change.regions.flatMap((r) => r.joined.map((l) => `${l.after.footnote}:${nameOf(r.code)}`)).sort();
    const left = change.regions.flatMap((r) => r.left.map((l) => `${l.after.footnote}:${nameOf(r.code)}`)).sort();
    expect(joined).toEqual(expected.lists.flatMap((l) => l.joined.map((n) => `${l.footnote}:${n}`)).sort());
    expect(left).toEqual(expected.lists.flatMap((l) => l.left.map((n) => `${l.footnote}:${n}`)).sort());
    for (const list of change.regions.flatMap((r) => [...r.joined, ...r.left])) {
      expect(FIXTURE_TEXTS.first).toContain(list.before.quote);
      expect(FIXTURE_TEXTS.next).toContain(list.after.quote);
    }
    expect(change.sharedLists).toBe(expected.lists.length);
  });

  it("each region's status in each report's own words", () => {
    for (const region of change.regions) {
      expect(FIXTURE_TEXTS.first).toContain(region.before!.status!.quote);
      expect(FIXTURE_TEXTS.next).toContain(region.after.status!.quote);
    }
  });

  it("the colour mode: one class per kind, its regions those of the kind; the caveat that lists are examples", () => {
    const map = classify(after, { color: "change", since: "fixture" }, "sv", before);
    expect(map.classes.map((c) => c.key)).toEqual(["replaced", "readopted", "same"]);
    expect(map.classes[0]!.regions.map(nameOf).sort()).toEqual([...expected.replaced].sort());
    expect(map.title).toContain("fixture");
    expect(map.explanation.join(" ")).toMatch(/exempel, inte fullständiga/u);
    // Loading, or an edition the build lacks: said, nothing coloured, never another edition's comparison.
    expect(classify(after, { color: "change", since: "fixture" }, "sv", undefined).classes).toEqual([]);
    expect(classify(after, { color: "change", since: "fixture" }, "sv", null).subtitle).toMatch(/finns inte/u);
    expect(classify(after, { color: "change", since: "other" }, "sv", before).classes).toEqual([]);
  });

  it("titles compare as words: dashes, spaces and case differ between compilations, the words do not", () => {
    expect(sameTitle("Växtplats Blekinge 2022 – 2030", "Växtplats  Blekinge 2022–2030")).toBe(true);
    expect(sameTitle("RUFS 2050-Regional utvecklingsplan", "RUFS 2050 – regional utvecklingsplan")).toBe(true);
    expect(sameTitle("Dalastrategin 2035", "Dalastrategin 2040")).toBe(false);
  });
});
