import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/strings";
import { COLOR_MODES, type ViewState } from "../../src/state/store";
import { URL_KEYS, knownValuesOf, parseView, serializeView } from "../../src/state/url";
import { MAX_COMPARE, MAX_SEARCH } from "../../src/state/store";
import { realDataset } from "./fixtures";
import { mulberry32 } from "../../src/data/random";
import { MACRO_GROUPINGS } from "../../src/geo/macroRegions";

/**
 * Hostile links: thousands of random query strings from a seeded
 * PRNG — so a failure is reproducible from its seed — must never make the
 * parser throw, and whatever it returns must be a valid view.
 */
const data = realDataset();
const known = knownValuesOf(data);
const CODES = [...known.regionCodes];
const PRACTICES = [...known.practiceIds];

// Every key the codec knows (so a new one is fuzzed the day it is added), and keys it must not.
const KEYS = [...URL_KEYS, "LANG", "foo", "", "__proto__", "constructor"];
const PAYLOADS = [
  "<script>window.__pwned=1</script>",
  '"><img src=x onerror="window.__pwned=1">',
  "javascript:alert(1)",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "%",
  "%E",
  "%ZZ",
  "%E2%82",
  "%C3%28",
  "%00",
  "%uD800",
  "\u0000",
  "\uD800",
  "\u202E",
  "🇸🇪",
  "SE-AB,SE-AB",
  "SE-AB,SE-C,SE-D,SE-E,SE-F",
  "SE-AB,",
  ",",
  "SE-XX",
  "se-ab",
  " SE-AB",
  "SE-AB ",
  "1e1",
  "01",
  "0",
  "-1",
  "9.0",
  "10",
  "NaN",
  "Infinity",
  "999",
  "1000",
  "toString",
  "hasOwnProperty",
];

function randomString(rand: () => number, maxLength: number): string {
  const length = Math.floor(rand() * maxLength);
  let out = "";
  for (let i = 0; i < length; i++) {
    const kind = rand();
    if (kind < 0.5)
      out += String.fromCharCode(32 + Math.floor(rand() * 95)); // printable ASCII, incl. & = % #
    else if (kind < 0.7)
      out += String.fromCharCode(Math.floor(rand() * 0x10000)); // any UTF-16 unit, lone surrogates too
    else if (kind < 0.9)
      out += `%${Math.floor(rand() * 256)
        .toString(16)
        .padStart(2, "0")}`;
    else out += "%"; // a broken escape
  }
  return out;
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function randomValue(rand: () => number): string {
  const kind = rand();
  if (kind < 0.2) return pick(rand, PAYLOADS);
  if (kind < 0.35) return pick(rand, CODES);
  if (kind < 0.45) return pick(rand, PRACTICES);
  if (kind < 0.55) return pick(rand, [...LANGS, ...COLOR_MODES, ...MACRO_GROUPINGS, "1", "2", "9"]);
  if (kind < 0.65) return Array.from({ length: 1 + Math.floor(rand() * 8) }, () => pick(rand, CODES)).join(",");
  if (kind < 0.7) return "x".repeat(10_000 + Math.floor(rand() * 100_000)); // very long
  return randomString(rand, 60);
}

/** encodeURIComponent throws on a lone surrogate; such a value then goes in raw. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A value that fits its key most of the time, so real views (and their edges) are reached too. */
function plausibleValue(rand: () => number, key: string): string {
  if (rand() < 0.15) return randomValue(rand);
  switch (key) {
    case "lang":
      return pick(rand, LANGS);
    case "color":
      return pick(rand, COLOR_MODES);
    case "practice":
      return pick(rand, PRACTICES);
    case "q":
      return String(Math.floor(rand() * 11));
    case "region":
      return pick(rand, CODES);
    case "compare":
      return Array.from({ length: 1 + Math.floor(rand() * 8) }, () => pick(rand, CODES)).join(",");
    case "present":
      return "1";
    case "read":
      return pick(rand, ["1", "2.2.7", "2.2.6", "sammanfattning", "underlag", "9.9", "2.2.7.1.1", "front", "../etc"]);
    case "search":
      return pick(rand, ["kompetens", "LEADER", "a.*b", "<img src=x onerror=alert(1)>", " ", "x".repeat(101), "å ä ö"]);
    case "view":
      return pick(rand, ["table", "map", "Table"]);
    default:
      return String(Math.floor(rand() * 1200));
  }
}

function randomQuery(rand: () => number): string {
  if (rand() < 0.15) return randomString(rand, 300); // pure noise
  if (rand() < 0.4) {
    const keys = [...KEYS.slice(0, 8), "read", "search", "view"].filter(() => rand() < 0.5);
    if (keys.includes("practice") || rand() < 0.2) keys.push("color");
    return `?${keys.map((key) => `${key}=${encode(plausibleValue(rand, key))}`).join("&")}`;
  }
  const pairs = Array.from({ length: Math.floor(rand() * 10) }, () => {
    const key = rand() < 0.85 ? pick(rand, KEYS) : randomString(rand, 12);
    const value = randomValue(rand);
    // Sometimes encoded as a browser would, sometimes raw (broken escapes pass through).
    return rand() < 0.5 ? `${encode(key)}=${encode(value)}` : `${key}=${value}`;
  });
  return (rand() < 0.5 ? "?" : "") + pairs.join("&");
}

/** What a valid view is: everything the rest of the app may assume. */
function assertValidView(view: ViewState) {
  expect(LANGS).toContain(view.lang);
  expect(COLOR_MODES).toContain(view.color);
  if (view.practice !== undefined) {
    expect(view.color).toBe("practice");
    expect(known.practiceIds.has(view.practice)).toBe(true);
  }
  if (view.color === "practice") expect(view.practice).toBeDefined();
  if (view.q !== undefined) {
    expect(view.color).toBe("question");
    expect(Number.isInteger(view.q) && view.q >= 1 && view.q <= 9).toBe(true);
  }
  if (view.color === "question") expect(view.q).toBeDefined();
  if (view.region !== undefined) expect(known.regionCodes.has(view.region)).toBe(true);
  expect(Array.isArray(view.compare)).toBe(true);
  if (view.compare.length > 0) {
    expect(view.compare.length).toBeGreaterThanOrEqual(2);
    expect(view.compare.length).toBeLessThanOrEqual(MAX_COMPARE);
    expect(new Set(view.compare).size).toBe(view.compare.length);
    for (const code of view.compare) expect(known.regionCodes.has(code)).toBe(true);
  }
  expect(typeof view.present).toBe("boolean");
  if (view.slide !== undefined) {
    expect(view.present).toBe(true);
    expect(Number.isInteger(view.slide) && view.slide >= 1).toBe(true);
  }
  if (view.practice2 !== undefined) {
    // A second practice: one of the report's lists, beside a first list, not the same one.
    expect(known.listIds.has(view.practice2)).toBe(true);
    expect(view.practice !== undefined && known.listIds.has(view.practice) && view.practice !== view.practice2).toBe(true);
  }
  if (view.macro !== undefined) expect(MACRO_GROUPINGS).toContain(view.macro);
  // The reader: a section's id by its form (whether it exists, the reader says), a search of sane length; never in a presentation.
  if (view.read !== undefined) expect(view.read).toMatch(/^(\d{1,2}(\.\d{1,2}){0,3}|sammanfattning|underlag)$/u);
  if (view.search !== undefined) expect(view.search.trim().length > 0 && view.search.length <= MAX_SEARCH).toBe(true);
  if (view.present) expect(view.read === undefined && view.search === undefined).toBe(true);
  // The table: only by its own value, never beside a presentation or the reader (which take the map's place).
  if (view.view !== undefined)
    expect(view.view === "table" && !view.present && view.read === undefined && view.search === undefined).toBe(true);
  // Nothing else rides along (a prototype-polluting key, say): only the codec's own keys.
  const keys: readonly string[] = URL_KEYS;
  expect(Object.keys(view).filter((k) => !keys.includes(k))).toEqual([]);
}

describe("parseView under hostile input", () => {
  const RUNS = 4000;

  it(`never throws, always returns a valid view, and serialize∘parse is a fixed point (${RUNS} seeded queries)`, () => {
    const rand = mulberry32(0x5e_2026);
    // The generator must also reach real views, or the fixed-point check would only see defaults.
    const reached = { region: 0, compare: 0, practice: 0, question: 0, read: 0, search: 0, ignored: 0 };
    for (let run = 0; run < RUNS; run++) {
      const query = randomQuery(rand);
      let parsed: ReturnType<typeof parseView>;
      try {
        parsed = parseView(query, known);
      } catch (error) {
        throw new Error(`run ${run} threw on ${JSON.stringify(query.slice(0, 200))}: ${String(error)}`);
      }
      assertValidView(parsed.view);
      if (parsed.view.region) reached.region++;
      if (parsed.view.compare.length > 0) reached.compare++;
      if (parsed.view.practice) reached.practice++;
      if (parsed.view.q) reached.question++;
      if (parsed.view.read) reached.read++;
      if (parsed.view.search) reached.search++;
      if (parsed.ignored.length > 0) reached.ignored++;
      for (const p of parsed.ignored) {
        expect(p.key.length).toBeLessThanOrEqual(41);
        // Values shown in the notice are cut so a 100 kB value cannot flood the page.
        expect(p.value.length).toBeLessThanOrEqual(41);
      }
      const once = serializeView(parsed.view);
      const again = parseView(once, known);
      expect(again.ignored, `run ${run}: ${once}`).toEqual([]);
      expect(again.view).toEqual(parsed.view);
      expect(serializeView(again.view)).toBe(once);
    }
    for (const count of Object.values(reached)) expect(count).toBeGreaterThan(20);
  });

  it("reads only the first of repeated keys and reports the rest", () => {
    const { view, ignored } = parseView("?region=SE-AB&region=SE-M&region=<script>", known);
    expect(view.region).toBe("SE-AB");
    expect(ignored).toEqual([
      { key: "region", value: "SE-M", repeated: true },
      { key: "region", value: "<script>", repeated: true },
    ]);
  });

  it("keeps markup in ignored values as plain characters (rendering them is the UI's job, as text)", () => {
    const { view, ignored } = parseView(`?region=${encodeURIComponent("<script>window.__pwned=1</script>")}`, known);
    expect(view.region).toBeUndefined();
    expect(ignored).toEqual([{ key: "region", value: "<script>window.__pwned=1</script>" }]);
  });

  it("does not choke on broken percent-escapes or lone surrogates", () => {
    for (const query of ["?region=%", "?region=%E2%82", "?%=%%", "?lang=%uD800", "?color=\uD800", "?q=%00"]) {
      expect(() => parseView(query, known)).not.toThrow();
      assertValidView(parseView(query, known).view);
    }
  });

  it("cuts very long values in what it reports", () => {
    const { ignored } = parseView(`?practice=${"a".repeat(200_000)}`, known);
    expect(ignored[0]!.value).toBe(`${"a".repeat(40)}…`);
  });

  it("rejects compare lists with duplicates collapsed below two, or unknown codes", () => {
    for (const value of ["SE-AB,SE-AB", "SE-AB,SE-XX", "SE-AB,", "se-ab,se-c", "SE-AB,SE-C,SE-D,SE-E,SE-F,SE-G,SE-XX"]) {
      expect(parseView(`?compare=${value}`, known).view.compare).toEqual([]);
    }
  });
});
