import { cutText } from "../data/cutText";
import type { Dataset } from "../data/schema";
import { LANGS, type Lang } from "../i18n/strings";
import { COLOR_MODES, DEFAULT_VIEW, MAX_COMPARE, MAX_SEARCH, MAX_SLIDE, canonicalView, type ColorMode, type ViewState } from "./store";
import { MACRO_GROUPINGS, type MacroGroupingId } from "../geo/macroRegions";

/**
 * The view is a link (docs/ARCHITECTURE.md, "From a choice to a picture"). Parsing never throws: every unknown or
 * invalid value is dropped, the default applies, and the dropped parameter is
 * reported so the page can say what it ignored.
 */
export type KnownValues = {
  /** The edition of the data in use: its default deck is the one offered. */
  edition: string;
  /** The editions at hand older than it, oldest first: what `since` may name (the change view). */
  earlierEditions: readonly string[];
  regionCodes: ReadonlySet<string>;
  practiceIds: ReadonlySet<string>;
  /** The report's lists: the only practices a two-practice map takes. */
  listIds: ReadonlySet<string>;
};

/**
 * The values a link or a deck slide may name, from the dataset, and the editions older than it that are at hand
 * (data/editions.ts, earlierEditionIds; the state layer reads no build's files, so tests in Node parse links too).
 */
export function knownValuesOf(
  data: Pick<Dataset, "edition" | "regions" | "practices">,
  earlierEditions: readonly string[] = [],
): KnownValues {
  return {
    edition: data.edition.id,
    earlierEditions: [...earlierEditions],
    regionCodes: new Set(data.regions.map((r) => r.code)),
    practiceIds: new Set(data.practices.map((p) => p.id)),
    listIds: new Set(data.practices.filter((p) => p.evidence === "listed").map((p) => p.id)),
  };
}

/**
 * A dropped parameter, key and value cut for showing (`shown`). `repeated`: the
 * key was given again, and only its first occurrence was read, whatever its value.
 * `limit`: the key was read up to this many values, and `value` is the rest (a
 * comparison of more than MAX_COMPARE regions keeps the first ones).
 */
export type IgnoredParam = { key: string; value: string; repeated?: true; limit?: number };
export type ParsedView = { view: ViewState; ignored: IgnoredParam[] };

/** Every key of the URL contract (docs/ARCHITECTURE.md, "The view is a link"); tests derive theirs from it. */
export const URL_KEYS = [
  "lang",
  "color",
  "practice",
  "practice2",
  "q",
  "region",
  "compare",
  "present",
  "slide",
  "macro",
  "read",
  "search",
  "view",
  "edition",
  "since",
] as const;
const KNOWN_KEYS: ReadonlySet<string> = new Set(URL_KEYS);
/** A section of the report: a number ("2.2.6") or one of its unnumbered parts. Whether it exists, the reader says. */
const SECTION = /^(\d{1,2}(\.\d{1,2}){0,3}|sammanfattning|underlag)$/u;
/** Longer keys and values are never meaningful here; cut them so notices stay readable. */
const MAX_SHOWN = 40;

const shown = (value: string) => cutText(value, MAX_SHOWN);

function parseIntStrict(value: string, min: number, max: number): number | undefined {
  if (!/^\d{1,3}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

export function parseView(search: string, known: KnownValues): ParsedView {
  const params = new URLSearchParams(search);
  const ignored: IgnoredParam[] = [];
  const view: ViewState = { ...DEFAULT_VIEW, compare: [] };
  const ignore = (key: string, value: string) => ignored.push({ key: shown(key), value: shown(value) });
  const seen = new Set<string>();

  for (const [key, value] of params) {
    if (!KNOWN_KEYS.has(key)) {
      ignore(key, value);
      continue;
    }
    if (seen.has(key)) {
      // A repeated key is ambiguous: the first one wins (as URLSearchParams.get reads it), the rest are reported as repeats.
      ignored.push({ key, value: shown(value), repeated: true });
      continue;
    }
    seen.add(key);
    switch (key) {
      case "lang":
        if ((LANGS as readonly string[]).includes(value)) view.lang = value as Lang;
        else ignore(key, value);
        break;
      case "color":
        if ((COLOR_MODES as readonly string[]).includes(value)) view.color = value as ColorMode;
        else ignore(key, value);
        break;
      case "practice":
        if (known.practiceIds.has(value)) view.practice = value;
        else ignore(key, value);
        break;
      case "practice2":
        if (known.listIds.has(value)) view.practice2 = value;
        else ignore(key, value);
        break;
      case "macro":
        if ((MACRO_GROUPINGS as readonly string[]).includes(value)) view.macro = value as MacroGroupingId;
        else ignore(key, value);
        break;
      case "q": {
        const q = parseIntStrict(value, 1, 9);
        if (q === undefined) ignore(key, value);
        else view.q = q;
        break;
      }
      case "region":
        if (known.regionCodes.has(value)) view.region = value;
        else ignore(key, value);
        break;
      case "compare": {
        const codes = [...new Set(value.split(","))];
        if (codes.length >= 2 && codes.every((c) => known.regionCodes.has(c))) {
          // More than the cap: the first six are compared, and the notice names the rest.
          view.compare = codes.slice(0, MAX_COMPARE);
          const rest = codes.slice(MAX_COMPARE);
          // Known codes only (at most 21), so the value is not cut: the notice names each region.
          if (rest.length > 0) ignored.push({ key, value: rest.join(","), limit: MAX_COMPARE });
        } else ignore(key, value);
        break;
      }
      case "present":
        if (value === "1") view.present = true;
        else ignore(key, value);
        break;
      case "read":
        if (SECTION.test(value)) view.read = value;
        else ignore(key, value);
        break;
      case "search":
        if (value.trim().length > 0 && value.length <= MAX_SEARCH) view.search = value;
        else ignore(key, value);
        break;
      case "view":
        if (value === "table") view.view = "table";
        else ignore(key, value);
        break;
      case "edition":
        // The page opened the edition the link names when it ships it (useAppData); any other is not the one shown.
        if (value === known.edition) view.edition = value;
        else ignore(key, value);
        break;
      case "since":
        if (known.earlierEditions.includes(value)) view.since = value;
        else ignore(key, value);
        break;
      case "slide": {
        const slide = parseIntStrict(value, 1, MAX_SLIDE);
        if (slide === undefined) ignore(key, value);
        else view.slide = slide;
        break;
      }
    }
  }
  return { view: dropInapplicable(withChangePair(view, seen.has("color"), known), ignored, known), ignored };
}

/**
 * The change view's pair: `since` alone means the change view (`?edition=2027&since=2026`), `color=change` alone
 * compares with the edition just before, and the link then names the edition shown too, so it keeps its meaning
 * when a newer edition ships.
 */
function withChangePair(view: ViewState, colorGiven: boolean, known: KnownValues): ViewState {
  const next = { ...view };
  if (next.since !== undefined && !colorGiven) next.color = "change";
  if (next.color === "change") {
    next.since ??= known.earlierEditions[known.earlierEditions.length - 1];
    if (next.since !== undefined) next.edition = known.edition;
  }
  return next;
}

/**
 * Parameters that mean nothing in the view are dropped (canonicalView) and reported; so is a second practice unless
 * both practices are the report's lists, which only the dataset knows.
 */
function dropInapplicable(view: ViewState, ignored: IgnoredParam[], known: KnownValues): ViewState {
  const paired =
    view.practice2 === undefined || (view.practice !== undefined && known.listIds.has(view.practice))
      ? view
      : { ...view, practice2: undefined };
  const next = canonicalView(paired);
  if (next.color !== view.color) ignored.push({ key: "color", value: view.color });
  for (const key of ["practice", "practice2", "q", "since", "read", "search", "slide", "view"] as const) {
    const value = view[key];
    if (value !== undefined && next[key] === undefined) ignored.push({ key, value: shown(String(value)) });
  }
  return next;
}

/** The query string of a view, defaults omitted, in a stable key order. */
export function serializeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.lang !== DEFAULT_VIEW.lang) params.set("lang", view.lang);
  if (view.edition !== undefined) params.set("edition", view.edition);
  // `since` says "change" by itself (withChangePair).
  if (view.color === "change" && view.since !== undefined) params.set("since", view.since);
  else if (view.color !== DEFAULT_VIEW.color) params.set("color", view.color);
  if (view.color === "practice" && view.practice) params.set("practice", view.practice);
  if (view.color === "practice" && view.practice && view.practice2 && view.practice2 !== view.practice)
    params.set("practice2", view.practice2);
  if (view.color === "question" && view.q !== undefined) params.set("q", String(view.q));
  if (view.region) params.set("region", view.region);
  if (view.compare.length >= 2) params.set("compare", view.compare.join(","));
  if (view.macro) params.set("macro", view.macro);
  if (view.present) {
    params.set("present", "1");
    if (view.slide !== undefined) params.set("slide", String(view.slide));
  }
  if (!view.present && view.read !== undefined) params.set("read", view.read);
  if (!view.present && view.search !== undefined) params.set("search", view.search);
  if (view.view === "table") params.set("view", "table");
  const query = params.toString().replace(/%2C/g, ",");
  return query ? `?${query}` : "";
}

/** A hash written like a query (`#region=SE-M&lang=en`, `#?region=SE-M`): key=value pairs, not an anchor (`#side-panel`). */
export function isQueryHash(hash: string): boolean {
  return /^#\??[^=&#]+=/u.test(hash);
}

/**
 * The query a link means (GUIDE 2.3: "a hash written like a query is read as one"): the query string, with the hash's
 * pairs after it when the hash is written like a query. A key in both is then a repeated key, reported as such.
 */
export function linkQuery(search: string, hash: string): string {
  if (!isQueryHash(hash)) return search;
  const pairs = hash.replace(/^#\??/u, "");
  return search.length > 1 ? `${search}&${pairs}` : `?${pairs}`;
}
