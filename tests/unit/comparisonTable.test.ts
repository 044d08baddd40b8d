import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/schema";
import { comparisonTable } from "../../src/domain/comparisonTable";
import { editionText } from "../editionFiles";
import { CODE_OF, FOOTNOTE_TEXT, footnoteList, SOURCE_TEXT } from "./reportFacts";

/**
 * The comparison a slide shows (and its PNG, print and PowerPoint): its list rows are exactly the report's footnote
 * lists under 2.2 that name more than one of the compared regions, each marking exactly the regions its footnote
 * names — read from the report's text here, not from the dataset.
 */
const data = JSON.parse(editionText("dataset.json")) as Dataset;
const SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const lines = SOURCE_TEXT.split(/\r?\n/u).map((l) => l.trim());
/** The footnote markers in the running text of 2.2 (from its heading to the next chapter), as numbers. */
const listFootnotes = (() => {
  const from = lines.findIndex((l) => /^2\.2 [A-ZÅÄÖ]/u.test(l));
  const to = lines.findIndex((l, i) => i > from && /^(3 [A-ZÅÄÖ]|Underlag sammanställning$)/u.test(l));
  const body = lines.slice(from, to).filter((l) => !/^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ /u.test(l));
  const markers = body.flatMap((l) =>
    [...l.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu)].map((m) => [...m[0]].reduce((n, ch) => n * 10 + SUPER.indexOf(ch), 0)),
  );
  // A footnote whose first sentence is a list of regions (not a remark).
  return [...new Set(markers)].filter(
    (n) =>
      FOOTNOTE_TEXT.has(n) &&
      (() => {
        try {
          return footnoteList(n).length > 0;
        } catch {
          return false;
        }
      })(),
  );
})();

describe("a comparison as a table", () => {
  for (const names of [
    ["Stockholm", "Västra Götaland", "Skåne"],
    ["Halland", "Västra Götaland", "Jönköping", "Kronoberg", "Skåne"],
    ["Norrbotten", "Västerbotten"],
  ]) {
    const codes = names.map((n) => CODE_OF.get(n)!);
    const table = comparisonTable(data, codes, "sv");

    it(`${names.join(", ")}: every list of 2.2 naming more than one of them, each marking the regions its footnote names`, () => {
      expect(table.regions.map((r) => r.name)).toEqual(names);
      const expected = listFootnotes.filter((n) => codes.filter((c) => footnoteList(n).includes(c)).length >= 2).sort((a, b) => a - b);
      const rows = table.rows.filter((r) => r.named);
      const footnoteOf = (source: string | undefined) => Number(/fotnot (\d+)/u.exec(source ?? "")?.[1]);
      expect(rows.map((r) => footnoteOf(r.source)).sort((a, b) => a - b)).toEqual(expected);
      for (const row of rows) expect(row.named).toEqual(codes.map((c) => footnoteList(footnoteOf(row.source)).includes(c)));
    });

    it(`${names.join(", ")}: the status in the report's words, adoption year and horizon first, the note that lists are examples`, () => {
      expect(table.rows.slice(0, 3).map((r) => r.key)).toEqual(["status", "adopted", "horizon"]);
      for (const [i, code] of codes.entries()) {
        const listing = lines.find((l) => l.startsWith(`${data.regions.find((r) => r.code === code)!.organisation} *`))!;
        expect(listing).toContain(`Antagen ${table.rows[1]!.cells[i]!.split("/")[0]}`);
      }
      expect(table.note).toMatch(/exempel, inte fullständiga/u);
    });
  }
});
