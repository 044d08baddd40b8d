import type { Dataset, Practice, Region, Status } from "../data/schema";

/**
 * What changed between two editions (docs/EDITIONS.md, "What changed"): per region, the strategy the listing names
 * and its adoption year, the status group each report puts it in (in each report's own words), and the report's lists
 * it joined or left. Pure: two datasets in, a comparison out; it says only what the two listings and lists say, each
 * with its passage. Lists are matched by practice id (a person keeps a list's id from one edition to the next when it
 * is the same list), and a list's regions are examples in both reports, never complete records.
 */
export type StrategyChange = "replaced" | "readopted" | "same" | "absent";

/** A region's strategy as one edition states it. */
export type StrategyAsStated = {
  title: string;
  adopted: number;
  /** The listing line, verbatim. */
  listing: string;
  status?: Pick<Status, "id" | "sv" | "en" | "quote" | "passage">;
};

/** A list of the report that names the region in one edition and not in the other, with both editions' passages. */
export type ListChange = {
  id: string;
  sv: string;
  en: string;
  before: Practice["source"];
  after: Practice["source"];
  /** The regions the list's footnote names in each edition. */
  regionsBefore: string[];
  regionsAfter: string[];
};

export type RegionChange = {
  code: string;
  strategy: StrategyChange;
  /** As the earlier edition states it; absent when that edition does not list the region. */
  before?: StrategyAsStated;
  after: StrategyAsStated;
  joined: ListChange[];
  left: ListChange[];
};

export type EditionChange = {
  since: Dataset["edition"];
  shown: Dataset["edition"];
  regions: RegionChange[];
  /** Lists matched in both editions: what the joined/left counts rest on. */
  sharedLists: number;
};

/** The kinds in the order the legend shows them. */
export const STRATEGY_CHANGES: readonly StrategyChange[] = ["replaced", "readopted", "same", "absent"];

/**
 * Titles compared as words: case, dashes and spacing differ between two compilations of the same title
 * ("2022 – 2030", "2022–2030"), the words do not.
 */
export function sameTitle(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .toLocaleLowerCase("sv")
      .replace(/[‐-―-]/gu, " ")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  return words(a) === words(b);
}

function asStated(data: Dataset, region: Region): StrategyAsStated {
  const status = data.statuses.find((s) => s.id === region.strategy.status);
  return {
    title: region.strategy.title,
    adopted: region.strategy.adopted,
    listing: region.strategy.listing,
    ...(status ? { status: { id: status.id, sv: status.sv, en: status.en, quote: status.quote, passage: status.passage } } : {}),
  };
}

function strategyChange(before: StrategyAsStated | undefined, after: StrategyAsStated): StrategyChange {
  if (!before) return "absent";
  if (!sameTitle(before.title, after.title)) return "replaced";
  return before.adopted === after.adopted ? "same" : "readopted";
}

/** The change from `earlier` to `shown`, region by region in the shown edition's order. */
export function editionChange(earlier: Dataset, shown: Dataset): EditionChange {
  const lists = (data: Dataset) => new Map(data.practices.filter((p) => p.evidence === "listed").map((p) => [p.id, p]));
  const listsBefore = lists(earlier);
  const shared = [...lists(shown).values()].flatMap((after) => {
    const before = listsBefore.get(after.id);
    return before ? [{ before, after }] : [];
  });
  const regions = shown.regions.map((region): RegionChange => {
    const then = earlier.regions.find((r) => r.code === region.code);
    const before = then ? asStated(earlier, then) : undefined;
    const after = asStated(shown, region);
    const change = ({ before: b, after: a }: (typeof shared)[number]): ListChange => ({
      id: a.id,
      sv: a.sv,
      en: a.en,
      before: b.source,
      after: a.source,
      regionsBefore: b.regions,
      regionsAfter: a.regions,
    });
    return {
      code: region.code,
      strategy: strategyChange(before, after),
      before,
      after,
      joined: shared.filter((l) => l.after.regions.includes(region.code) && !l.before.regions.includes(region.code)).map(change),
      left: shared.filter((l) => !l.after.regions.includes(region.code) && l.before.regions.includes(region.code)).map(change),
    };
  });
  return { since: earlier.edition, shown: shown.edition, regions, sharedLists: shared.length };
}
