import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/store";
import { isQueryHash, linkQuery, parseView, serializeView, type KnownValues } from "../../src/state/url";

const known: KnownValues = {
  edition: "test",
  earlierEditions: ["older", "old"],
  regionCodes: new Set(["SE-AB", "SE-M", "SE-N", "SE-K", "SE-H"]),
  practiceIds: new Set(["s3-own-strategy", "open-indicator-platforms", "social-sustainability-blekinge"]),
  listIds: new Set(["s3-own-strategy", "open-indicator-platforms"]),
};

/** The 21 regions' codes (ISO 3166-2), in the dataset's order. */
const ALL_CODES = "AB C D E F G H I K M N O S T U W X Y Z AC BD".split(" ").map((c) => `SE-${c}`);

describe("URL contract", () => {
  it("gives the defaults for an empty query, and writes nothing for them", () => {
    expect(parseView("", known)).toEqual({ view: DEFAULT_VIEW, ignored: [] });
    expect(serializeView(DEFAULT_VIEW)).toBe("");
  });

  const views: ViewState[] = [
    { ...DEFAULT_VIEW, lang: "en" },
    { ...DEFAULT_VIEW, color: "year", region: "SE-M" },
    { ...DEFAULT_VIEW, color: "practice", practice: "s3-own-strategy" },
    { ...DEFAULT_VIEW, color: "question", q: 7, lang: "en" },
    { ...DEFAULT_VIEW, compare: ["SE-M", "SE-N", "SE-K"] },
    { ...DEFAULT_VIEW, present: true, slide: 3 },
    { ...DEFAULT_VIEW, read: "2.2.7" },
    { ...DEFAULT_VIEW, read: "1", search: "kompetens", lang: "en" },
    { ...DEFAULT_VIEW, search: "skärgård & fjäll" },
    { ...DEFAULT_VIEW, view: "table", color: "year", region: "SE-M" },
  ];
  it.each(views)("round-trips %j", (view) => {
    const query = serializeView(view);
    expect(parseView(query, known)).toEqual({ view, ignored: [] });
  });

  it("writes compare lists with plain commas", () => {
    expect(serializeView({ ...DEFAULT_VIEW, compare: ["SE-M", "SE-N"] })).toBe("?compare=SE-M,SE-N");
  });

  it("drops unknown and invalid values and says which", () => {
    const { view, ignored } = parseView("?lang=de&color=rainbow&region=SE-QQ&q=10&compare=SE-M&present=yes&foo=bar", known);
    expect(view).toEqual(DEFAULT_VIEW);
    expect(ignored.map((p) => p.key).sort()).toEqual(["color", "compare", "foo", "lang", "present", "q", "region"]);
  });

  it("needs a practice for the practice mode and a question for the question mode", () => {
    expect(parseView("?color=practice", known).view.color).toBe("status");
    expect(parseView("?color=practice&practice=nope", known).view.color).toBe("status");
    expect(parseView("?color=question&q=0", known).view.color).toBe("status");
    expect(parseView("?q=3", known).view.q).toBeUndefined();
  });

  it("keeps the first of repeated keys and reports the rest as repeated", () => {
    const { view, ignored } = parseView("?lang=en&lang=sv", known);
    expect(view.lang).toBe("en");
    expect(ignored).toEqual([{ key: "lang", value: "sv", repeated: true }]);
  });

  it("reports a repeated region as repeated, not as an unknown region", () => {
    const { view, ignored } = parseView("?region=SE-M&region=SE-AB", known);
    expect(view.region).toBe("SE-M");
    expect(ignored).toEqual([{ key: "region", value: "SE-AB", repeated: true }]);
    // The first occurrence is the one read, valid or not: a later valid one does not stand in for it.
    const firstBad = parseView("?region=SE-QQ&region=SE-AB", known);
    expect(firstBad.view.region).toBeUndefined();
    expect(firstBad.ignored).toEqual([
      { key: "region", value: "SE-QQ" },
      { key: "region", value: "SE-AB", repeated: true },
    ]);
  });

  it("rejects compare lists that are too short or name unknown regions", () => {
    expect(parseView("?compare=SE-M,SE-ZZ", known).view.compare).toEqual([]);
    expect(parseView("?compare=SE-M,SE-M", known).view.compare).toEqual([]);
  });

  it("compares two to six regions: five and six whole, more trimmed to the first six with the rest reported", () => {
    const wide: KnownValues = { ...known, regionCodes: new Set(ALL_CODES) };
    const five = parseView("?compare=SE-M,SE-N,SE-K,SE-H,SE-AB", wide);
    expect(five).toEqual({ view: { ...DEFAULT_VIEW, compare: ["SE-M", "SE-N", "SE-K", "SE-H", "SE-AB"] }, ignored: [] });
    const six = ["SE-M", "SE-N", "SE-K", "SE-H", "SE-AB", "SE-C"];
    expect(parseView(`?compare=${six.join(",")}`, wide)).toEqual({ view: { ...DEFAULT_VIEW, compare: six }, ignored: [] });
    // Duplicates count once: seven codes of which one repeats is six regions, nothing dropped.
    expect(parseView(`?compare=${six.join(",")},SE-M`, wide).ignored).toEqual([]);
    const eight = parseView(`?compare=${six.join(",")},SE-D,SE-E&region=SE-M`, wide);
    expect(eight.view.compare).toEqual(six);
    expect(eight.view.region).toBe("SE-M");
    expect(eight.ignored).toEqual([{ key: "compare", value: "SE-D,SE-E", limit: 6 }]);
    // The trimmed view is canonical: its link reads back as itself, with nothing to report.
    expect(parseView(serializeView(eight.view), wide)).toEqual({ view: eight.view, ignored: [] });
    // All 21: the first six compared, fifteen named as left out (known codes, so never cut for showing).
    const all = [...wide.regionCodes];
    const whole = parseView(`?compare=${all.join(",")}`, wide);
    expect(whole.view.compare).toEqual(all.slice(0, 6));
    expect(whole.ignored[0]!.value.split(",")).toEqual(all.slice(6));
  });

  it("cuts very long values in what it reports, and never throws on garbage", () => {
    const long = "x".repeat(5000);
    const { ignored } = parseView(`?region=${long}`, known);
    expect(ignored[0]!.value.length).toBeLessThanOrEqual(41);
    // Unknown keys are cut the same way.
    expect(parseView(`?${long}=1`, known).ignored).toEqual([{ key: `${"x".repeat(40)}…`, value: "1" }]);
    // Never in the middle of a surrogate pair: "😀" is two UTF-16 units.
    expect(parseView(`?region=${"x".repeat(39)}${"😀".repeat(5)}`, known).ignored[0]!.value).toBe(`${"x".repeat(39)}…`);
    for (const junk of ["?%E0%A4%A", "?=&=&&", "?region=<script>alert(1)</script>", "??lang==en", "#x"]) {
      expect(() => parseView(junk, known)).not.toThrow();
    }
  });
});

describe("URL contract: second practice (bivariate map) and macro-region outlines", () => {
  const bivariate: ViewState = { ...DEFAULT_VIEW, color: "practice", practice: "s3-own-strategy", practice2: "open-indicator-platforms" };
  it.each([
    bivariate,
    { ...bivariate, lang: "en", region: "SE-M", macro: "nuts2" },
    { ...DEFAULT_VIEW, macro: "landsdel" },
    { ...DEFAULT_VIEW, color: "year", macro: "nuts2", present: true, slide: 2 },
  ] as ViewState[])("round-trips %j", (view) => {
    expect(parseView(serializeView(view), known)).toEqual({ view, ignored: [] });
  });

  it("writes practice2 right after practice, and macro after the selection", () => {
    expect(serializeView({ ...bivariate, region: "SE-M", macro: "nuts2" })).toBe(
      "?color=practice&practice=s3-own-strategy&practice2=open-indicator-platforms&region=SE-M&macro=nuts2",
    );
  });

  it("drops an unknown second practice, or one equal to the first, and says so", () => {
    for (const value of ["no-such-practice", "s3-own-strategy"]) {
      const { view, ignored } = parseView(`?color=practice&practice=s3-own-strategy&practice2=${value}`, known);
      expect(view).toEqual({ ...DEFAULT_VIEW, color: "practice", practice: "s3-own-strategy" });
      expect(ignored).toEqual([{ key: "practice2", value }]);
    }
  });

  it("drops a second practice outside the practice mode", () => {
    const { view, ignored } = parseView("?color=year&practice2=open-indicator-platforms", known);
    expect(view).toEqual({ ...DEFAULT_VIEW, color: "year" });
    expect(ignored).toEqual([{ key: "practice2", value: "open-indicator-platforms" }]);
    // The writer never emits one there either.
    expect(serializeView({ ...DEFAULT_VIEW, color: "year", practice2: "open-indicator-platforms" })).toBe("?color=year");
  });

  it("drops an unknown macro grouping", () => {
    for (const value of ["nuts3", "NUTS2", "", "landsdelar"]) {
      const { view, ignored } = parseView(`?macro=${value}`, known);
      expect(view).toEqual(DEFAULT_VIEW);
      expect(ignored).toEqual([{ key: "macro", value }]);
    }
  });
});

describe("URL contract: the report reader", () => {
  it("takes a section by its form, and says what it ignores", () => {
    expect(parseView("?read=sammanfattning", known).view.read).toBe("sammanfattning");
    expect(parseView("?read=2.2.7", known).view.read).toBe("2.2.7");
    const { view, ignored } = parseView("?read=<script>&search=", known);
    expect(view.read).toBeUndefined();
    expect(view.search).toBeUndefined();
    expect(ignored).toEqual([
      { key: "read", value: "<script>" },
      { key: "search", value: "" },
    ]);
  });

  it("keeps a hostile search as text, and ignores one longer than a search can be", () => {
    expect(parseView(`?search=${encodeURIComponent("a.*(b|<img>")}`, known).view.search).toBe("a.*(b|<img>");
    const long = parseView(`?search=${"x".repeat(10_000)}`, known);
    expect(long.view.search).toBeUndefined();
    expect(long.ignored[0]!.key).toBe("search");
  });

  it("drops the reader from a presentation, which shows its slides", () => {
    const { view, ignored } = parseView("?present=1&read=2.2.7&search=LEADER", known);
    expect(view).toEqual({ ...DEFAULT_VIEW, present: true });
    expect(ignored.map((p) => p.key).sort()).toEqual(["read", "search"]);
  });

  it("reads the table from the link, never beside a presentation or the reader (issue 24, point 4)", () => {
    expect(parseView("?view=table", known)).toEqual({ view: { ...DEFAULT_VIEW, view: "table" }, ignored: [] });
    expect(serializeView({ ...DEFAULT_VIEW, view: "table" })).toBe("?view=table");
    expect(parseView("?view=chart", known).ignored).toEqual([{ key: "view", value: "chart" }]);
    for (const query of ["?view=table&present=1", "?view=table&read=2.2.7", "?view=table&search=LEADER"]) {
      const { view, ignored } = parseView(query, known);
      expect(view.view).toBeUndefined();
      expect(ignored).toContainEqual({ key: "view", value: "table" });
    }
  });
});

describe("a hash written like a query (GUIDE 2.3)", () => {
  it("is read as one; an anchor is not", () => {
    expect(isQueryHash("#region=SE-M&lang=en")).toBe(true);
    expect(isQueryHash("#?region=SE-M")).toBe(true);
    expect(isQueryHash("#side-panel")).toBe(false);
    expect(isQueryHash("")).toBe(false);
    expect(isQueryHash("#=x")).toBe(false);
    expect(parseView(linkQuery("", "#region=SE-M&lang=en"), known)).toEqual({
      view: { ...DEFAULT_VIEW, region: "SE-M", lang: "en" },
      ignored: [],
    });
    expect(linkQuery("?color=year", "#region=SE-M")).toBe("?color=year&region=SE-M");
    expect(linkQuery("?color=year", "#side-panel")).toBe("?color=year");
    // A key in both the query and the hash is a repeated key: the query's wins, the hash's is reported.
    expect(parseView(linkQuery("?region=SE-AB", "#region=SE-M"), known).ignored).toEqual([
      { key: "region", value: "SE-M", repeated: true },
    ]);
  });
});

describe("the pair of editions (the change view)", () => {
  it("since= is the change view, and the link names both editions", () => {
    const { view, ignored } = parseView("?edition=test&since=old", known);
    expect(ignored).toEqual([]);
    expect(view).toMatchObject({ color: "change", since: "old", edition: "test" });
    expect(serializeView(view)).toBe("?edition=test&since=old");
  });

  it("color=change alone compares with the edition just before the one shown", () => {
    const { view } = parseView("?color=change", known);
    expect(view).toMatchObject({ color: "change", since: "old", edition: "test" });
    expect(serializeView(view)).toBe("?edition=test&since=old");
  });

  it("an edition not at hand, not older, or a since= beside another mode is dropped and reported", () => {
    expect(parseView("?since=newer", known).ignored).toEqual([{ key: "since", value: "newer" }]);
    expect(parseView("?edition=2099", known)).toMatchObject({ view: { color: "status" }, ignored: [{ key: "edition", value: "2099" }] });
    const beside = parseView("?color=year&since=old", known);
    expect(beside.view.color).toBe("year");
    expect(beside.view.since).toBeUndefined();
    expect(beside.ignored).toEqual([{ key: "since", value: "old" }]);
  });

  it("with one edition the change view does not exist: color=change is reported, the default applies", () => {
    const alone = { ...known, earlierEditions: [] };
    const { view, ignored } = parseView("?color=change", alone);
    expect(view.color).toBe("status");
    expect(ignored).toEqual([{ key: "color", value: "change" }]);
  });
});
