import { describe, expect, it } from "vitest";
import { TABLE_SIZES, tableFontPt, tableHeight } from "../../src/export/pptxTableFit";

const colW = [2, 1, 1, 1];
const row = (label: string, ...cells: string[]) => [label, ...cells];

describe("a PowerPoint table's type size", () => {
  it("grows taller with more text, more rows and larger type", () => {
    const short = [row("Antagen", "2019", "2026", "2024")];
    const long = [row("Status (2.1)", "Översyn pågår, antagande planeras 2026", "Ny strategi antagen 2026", "Antagen 2024")];
    expect(tableHeight(long, colW, 10, 0.04)).toBeGreaterThan(tableHeight(short, colW, 10, 0.04));
    expect(tableHeight([...short, ...short], colW, 10, 0.04)).toBeCloseTo(2 * tableHeight(short, colW, 10, 0.04));
    expect(tableHeight(long, colW, 10, 0.04)).toBeGreaterThan(tableHeight(long, colW, 7, 0.04));
  });

  it("is the largest size whose estimated height fits, smaller for more rows, and none where even the least does not", () => {
    const rows = Array.from({ length: 6 }, (_, i) => row(`Förteckning ${i} (2.2.6, fotnot 2${i})`, "nämns", "–", "nämns"));
    expect(tableFontPt(rows, colW, 10, 0.04)).toBe(TABLE_SIZES[0]);
    const many = Array.from({ length: 18 }, () => rows[0]!);
    const pt = tableFontPt(many, colW, 4, 0.04)!;
    expect(pt).toBeLessThan(TABLE_SIZES[0]);
    expect(tableHeight(many, colW, pt, 0.04)).toBeLessThanOrEqual(4);
    expect(
      tableFontPt(
        Array.from({ length: 80 }, () => rows[0]!),
        colW,
        4,
        0.04,
      ),
    ).toBeUndefined();
  });
});
