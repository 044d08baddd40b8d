import { describe, expect, it } from "vitest";
import { BOM, escapeField, matrixRows, sourceNote, toCsv, viewRows } from "../../src/export/csv";
import { readCsv } from "../csvRead";
import { classify } from "../../src/domain/classify";
import { realDataset } from "./fixtures";

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

  it("names the source, the report's short caveat and the date, in the reader's language", () => {
    expect(sourceNote(data, "sv", "uttag 2026-11-27")).toBe(
      `Källa: Tillväxtverket (2026), Sammanställning av arbetet med regionala utvecklingsstrategier. Uppdrag 3.4 för RB år 2025, dnr Å 2025-51. ${data.caveats.short.sv} uttag 2026-11-27`,
    );
    expect(sourceNote(data, "en", "extracted 2026-11-27")).toMatch(
      /^Source: Tillväxtverket \(2026\), .*, ref\. Å 2025-51\. .*AI.* extracted 2026-11-27$/u,
    );
  });

  it("writes the regions × lists and examples matrix, each column saying its kind, without the statements of all regions", () => {
    const rows = matrixRows(data, "sv");
    expect(rows).toHaveLength(22);
    expect(rows[0]!.length).toBe(2 + data.practices.filter((p) => p.evidence !== "all").length);
    expect(rows[0]).toContain("open-indicator-platforms (2.2.2; Rapportens förteckning, fotnot 21)");
    expect(rows[0]).toContain("social-sustainability-blekinge (2.2.4; Nämns som exempel)");
    expect(rows[0]!.some((h) => String(h).startsWith("child-perspective"))).toBe(false);
    const col = rows[0]!.findIndex((h) => String(h).startsWith("open-indicator-platforms"));
    const named = rows
      .slice(1)
      .filter((r) => r[col] === 1)
      .map((r) => r[0]);
    expect(named).toEqual(data.practices.find((p) => p.id === "open-indicator-platforms")!.regions.filter((c) => named.includes(c)));
    expect(named).toHaveLength(7);
  });

  it("writes the current view with each region's class", () => {
    const c = classify(data, { color: "status" }, "sv");
    const rows = viewRows(data, c, { code: "Kod", region: "Region", value: "Värde" });
    expect(rows).toHaveLength(22);
    const uppsala = rows.find((r) => r[0] === "SE-C")!;
    expect(uppsala[2]).toBe("Ny strategi antagen 2026");
  });
});
