import { describe, expect, it } from "vitest";
import { classify } from "../../src/domain/classify";
import { STATUS_PALETTE, statusColors } from "../../src/domain/palettes";
import { checkReferences } from "../../src/data/references";
import { validateDataset } from "../../src/data/validate";
import type { Dataset } from "../../src/data/schema";
import { realDataset } from "./fixtures";
import { refusalIssues } from "./openedFile";

/**
 * An edition's status classes are its own: a later report with other groups (renamed, fewer, in another order)
 * validates and renders its own legend with no change to the code; colours follow the report's order.
 */
const data = realDataset();

/** The dataset as a later edition might group it: three classes of its own words, regions mapped onto them. */
function regrouped(): Dataset {
  const copy = structuredClone(data) as Dataset;
  const ids = ["ny-strategi", "under-oversyn", "aldre-strategi"];
  const words = [
    { sv: "Ny strategi", en: "New strategy" },
    { sv: "Under översyn", en: "Under review" },
    { sv: "Äldre strategi", en: "Older strategy" },
  ];
  const into = (old: string) => (old.startsWith("new-") ? ids[0]! : old === "review" ? ids[1]! : ids[2]!);
  copy.statuses = ids.map((id, i) => ({ ...data.statuses[i]!, id, ...words[i]!, footnote: 100 + i }));
  for (const region of copy.regions) region.strategy.status = into(region.strategy.status);
  return copy;
}

describe("status classes from the edition", () => {
  it("a dataset with renamed status classes validates (schema and references) and colours by its own legend", () => {
    const later = regrouped();
    const result = validateDataset(later);
    expect(result.ok, JSON.stringify(refusalIssues(result))).toBe(true);
    expect(checkReferences(later)).toEqual([]);
    const c = classify(later, { color: "status" }, "sv");
    expect(c.classes.map((k) => k.label)).toEqual(["Ny strategi", "Under översyn", "Äldre strategi"]);
    expect(c.classes.map((k) => k.color)).toEqual(STATUS_PALETTE.slice(0, 3));
    expect(c.classes.reduce((n, k) => n + k.regions.length, 0)).toBe(21);
  });

  it("a region whose status is not one of the dataset's is refused, with its path", () => {
    const later = regrouped();
    later.regions[3]!.strategy.status = "new-2026";
    expect(validateDataset(later).ok).toBe(false);
    expect(refusalIssues(validateDataset(later)).map((i) => i.path)).toContain("regions[3].strategy.status");
  });

  it("colours go by position in the report's order, the committed edition's as before", () => {
    expect(statusColors(data.statuses)).toEqual(Object.fromEntries(data.statuses.map((s, i) => [s.id, STATUS_PALETTE[i]])));
    expect(new Set(STATUS_PALETTE).size).toBe(STATUS_PALETTE.length);
  });
});
