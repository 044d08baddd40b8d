import type { ComparisonTable } from "../domain/comparisonTable";
import type { PngContent } from "./pngContent";
import { FONT, INK, SOFT, TEXT, type PptxSlide } from "./pptxStyle";
import { TABLE_SIZES, tableFontPt } from "./pptxTableFit";

/** A table cell's inner margin, in inches. */
const MARGIN = 0.04;

/** What a PowerPoint slide shows beside its map (export/pptx.ts): a comparison's table, or the report's lists. */
type Box = { x: number; y: number; w: number; h: number };

/**
 * A comparison beside the map as a real table (PowerPoint's own, which a colleague can restyle and edit): the regions
 * as columns, a row's differing values shaded, the note that the report's lists are examples under it.
 */
export function addComparison(slide: PptxSlide, table: ComparisonTable, box: Box, lang: string) {
  const border = { type: "solid", pt: 0.5, color: "D1D5DB" } as const;
  const cell = (text: string, options: Record<string, unknown> = {}) => ({ text, options: { lang, border, ...options } });
  const rows = [
    [cell(""), ...table.regions.map((r) => cell(r.name, { bold: true }))],
    ...table.rows.map((row) => {
      const fill = row.differs ? { fill: { color: "FFF7E0" } } : {};
      return [
        cell(row.source ? `${row.label} (${row.source})` : row.label, fill),
        ...row.cells.map((text, i) => cell(text, { ...fill, bold: row.named?.[i] === true })),
      ];
    }),
  ];
  const labelW = box.w * 0.4;
  const noteH = 0.5;
  const colW = [labelW, ...table.regions.map(() => (box.w - labelW) / table.regions.length)];
  const tableH = box.h - 0.4 - noteH;
  // The type that fits the box (PowerPoint grows a table's rows and never shrinks its text); where even the least
  // does not, the table continues on slides of its own after this one, its heading row repeated (pptxgenjs's autoPage).
  const fitted = tableFontPt(
    rows.map((r) => r.map((c) => c.text)),
    colW,
    tableH,
    MARGIN,
  );
  slide.addText(table.heading, { ...TEXT, lang, x: box.x, y: box.y, w: box.w, h: 0.35, fontSize: 13, bold: true, color: INK });
  slide.addTable(rows, {
    x: box.x,
    y: box.y + 0.4,
    w: box.w,
    colW,
    fontFace: FONT,
    fontSize: fitted ?? TABLE_SIZES[TABLE_SIZES.length - 1],
    color: INK,
    valign: "top",
    margin: MARGIN,
    ...(fitted ? {} : { h: tableH, autoPage: true, autoPageRepeatHeader: true, autoPageHeaderRows: 1 }),
  });
  slide.addText(table.note, {
    ...TEXT,
    lang,
    x: box.x,
    y: box.y + box.h - noteH,
    w: box.w,
    h: noteH,
    fontSize: 9,
    italic: true,
    color: SOFT,
  });
}

/** The slide's lists (the report's sentences, or their labelled translation) beside the map. */
export function addLists(slide: PptxSlide, lists: NonNullable<PngContent["lists"]>, box: Box, lang: string) {
  const runs = lists.flatMap((list, i) => [
    { text: list.title, options: { lang, bold: true, fontSize: 13, breakLine: true, paraSpaceBefore: i > 0 ? 8 : 0 } },
    ...(list.note ? [{ text: list.note, options: { lang, italic: true, fontSize: 10, color: SOFT, breakLine: true } }] : []),
    ...list.items.map((item) => ({ text: item, options: { lang, bullet: true, fontSize: 11, breakLine: true } })),
  ]);
  slide.addText(runs, { ...TEXT, ...box, lang, color: INK });
}
