import { noteKinds } from "../domain/dataNotes";
import { PPTX_STRINGS } from "../i18n/pptx";
import type { Lang } from "../i18n/strings";
import { canvasToBlob } from "./png";
import { PPTX_LANG, finishPptx } from "./pptxFile";
import type { PngContent } from "./pngContent";
import type { ComparisonTable } from "../domain/comparisonTable";
import { addComparison, addLists } from "./pptxPanels";
import { FONT, INK, SOFT, TEXT, type PptxSlide } from "./pptxStyle";
import { renderViewMap, withTimeout, type ViewToDraw, type ViewWords } from "./viewImage";

/** One slide of a PowerPoint file: a view to draw, its words, and what the presenter says. */
export type PptxPage = {
  draw: ViewToDraw;
  words: ViewWords;
  /** The slide's lists beside its map (2.2.9), as on screen. */
  lists?: PngContent["lists"];
  /** A comparison's table beside its map, as on screen: a real table in PowerPoint. */
  comparison?: ComparisonTable;
  notes: string;
};

/** 16:9 in inches (PowerPoint's "Widescreen"): 1920 px across is 144 px per inch. */
const SLIDE = { w: 13.333, h: 7.5 } as const;
const PX_PER_INCH = 1920 / SLIDE.w;
/** The map as an image twice the pixels it covers on a 1920 × 1080 slide, so it stays sharp on a projector. */
const MAP_PIXEL_RATIO = 2;
/** The names on the map: 20 px of a 1920 px slide, as on the PNG (≥ 18 px on a projector). */
const LABEL_PX = 20;
const MARGIN = 0.5;
const TOP = 1.75;
const BOTTOM = 6.65;
const LEGEND_W = 3.9;
/** Room for "10 regioner" at 13 pt on one line. */
const COUNT_W = 1.15;

/** The layout of every slide: its title in the layout's title placeholder, which outlines, readers and templates know. */
const MASTER = "RUS-kartan";
const TITLE_BOX = { x: MARGIN, y: 0.3, w: SLIDE.w - 2 * MARGIN, h: 0.8 } as const;

const hex = (color: string) => color.replace(/^#/, "").toUpperCase();

/** How long one slide's picture may take before the export gives up with a message. */
const SLIDE_TIMEOUT_MS = 30_000;

/**
 * A PowerPoint file of views (pptxgenjs, loaded when first asked for): per slide the title and caption as editable
 * text, the map as a sharp picture that fills its area, the legend as editable shapes and text (swatch, label,
 * count), the source line with the report's short caveat, the slide number and the speaker notes. Nothing is
 * fetched: the pictures are drawn here, offline, by the one picture pipeline.
 */
export async function buildPptx(
  pages: readonly PptxPage[],
  meta: { title: string; lang: Lang; edition: { title: string; publisher: string; date: string; reference: string } },
  onProgress?: (done: number, of: number) => void,
): Promise<Blob> {
  const { default: PptxGenJS } = await import("pptxgenjs");
  const t = PPTX_STRINGS[meta.lang];
  const lang = PPTX_LANG[meta.lang];
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  // The file's properties (File > Info): never pptxgenjs's "PptxGenJS Presentation".
  pptx.title = meta.title;
  pptx.subject = t.subject(meta.edition);
  pptx.author = t.author;
  pptx.company = t.author;
  // The theme's fonts, and a layout whose title placeholder a template can restyle.
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  pptx.defineSlideMaster({
    title: MASTER,
    objects: [
      {
        placeholder: {
          options: { name: "title", type: "title", ...TITLE_BOX, ...TEXT, lang, fontSize: 30, bold: true, color: INK, align: "left" },
          text: "",
        },
      },
    ],
  });
  const pictures: Blob[] = [];
  for (const [i, page] of pages.entries()) {
    onProgress?.(i, pages.length);
    const slide = pptx.addSlide({ masterName: MASTER });
    const { words } = page;
    slide.addText(words.title, { placeholder: "title", ...TITLE_BOX, ...TEXT, lang, fontSize: 30, bold: true, color: INK, align: "left" });
    if (words.caption) {
      slide.addText(words.caption, {
        ...TEXT,
        lang,
        x: MARGIN,
        y: 1.1,
        w: SLIDE.w - 2 * MARGIN,
        h: 0.55,
        fontSize: 16,
        color: SOFT,
      });
    }
    const mapBox = addLegend(slide, pptx, words, t, lang);
    const lists = page.lists ?? [];
    // A comparison's table needs more of the width than a list: the regions are its columns.
    const share = page.comparison ? 0.45 : lists.length > 0 ? 0.55 : 1;
    const map = { ...mapBox, w: mapBox.w * share };
    const canvas = await withTimeout(
      renderViewMap(
        page.draw,
        words,
        { width: Math.round(map.w * PX_PER_INCH), height: Math.round(map.h * PX_PER_INCH) },
        MAP_PIXEL_RATIO,
        LABEL_PX,
      ),
      SLIDE_TIMEOUT_MS,
      `Slide ${i + 1} was not drawn`,
    );
    pictures.push(await canvasToBlob(canvas));
    slide.addImage({ data: PLACEHOLDER_PNG, ...map, altText: `${words.classification.title}: ${words.title}` });
    slide.addShape(pptx.ShapeType.rect, { ...map, fill: { type: "none" }, line: { color: "D1D5DB", width: 0.75 } });
    const beside = { x: map.x + map.w + 0.2, y: map.y, w: mapBox.w - map.w - 0.2, h: map.h };
    if (page.comparison) addComparison(slide, page.comparison, beside, lang);
    else if (lists.length > 0) addLists(slide, lists, beside, lang);
    slide.addText(`${words.source}\n${words.attribution}`, {
      ...TEXT,
      lang,
      x: MARGIN,
      y: 6.78,
      w: SLIDE.w - 2 * MARGIN - 1.0,
      h: 0.55,
      fontSize: 10,
      color: SOFT,
    });
    slide.slideNumber = { x: SLIDE.w - MARGIN - 0.6, y: 6.9, w: 0.6, h: 0.35, fontFace: FONT, fontSize: 12, color: SOFT, align: "right" };
    // The data notes are too long to read on a projector: the slide says they are in the notes, which hold them whole.
    const dataNotes = words.classification.notes.map((note) => `${t.dataNote}: ${note[words.lang]}`);
    const notes = [page.notes, ...dataNotes].filter((part) => part !== "").join("\n\n");
    if (notes) slide.addNotes(notes);
  }
  onProgress?.(pages.length, pages.length);
  // No deflate: the file is almost all PNG, which deflate cannot shrink, and it would hold the page for ~200 ms.
  return finishPptx((await pptx.write({ outputType: "arraybuffer", compression: false })) as ArrayBuffer, pictures, meta.lang);
}

/** A 1×1 PNG, which pptxgenjs writes in each map's place; finishPptx puts the map there. */
const PLACEHOLDER_PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

type Pptx = InstanceType<typeof import("pptxgenjs").default>;

/**
 * The legend in the left column as PowerPoint shapes and text, so it can be edited: each class's swatch (✓ on the
 * class the map marks), label and count, then what the figures are and the data notes. Returns the map's area.
 */
function addLegend(slide: PptxSlide, pptx: Pptx, words: ViewWords, t: (typeof PPTX_STRINGS)["sv"], lang: string) {
  const { classification } = words;
  let y = TOP;
  const text = (
    value: string,
    options: { h: number; fontSize: number; bold?: boolean; color?: string; x?: number; w?: number; align?: "left" | "right" },
  ) => {
    slide.addText(value, {
      ...TEXT,
      lang,
      x: options.x ?? MARGIN,
      y,
      w: options.w ?? LEGEND_W,
      h: options.h,
      fontSize: options.fontSize,
      bold: options.bold,
      color: options.color ?? INK,
      align: options.align ?? "left",
    });
  };
  if (classification.title !== words.title) {
    text(classification.title, { h: 0.5, fontSize: 16, bold: true });
    y += 0.5;
  }
  if (classification.subtitle !== words.caption) {
    text(classification.subtitle, { h: 0.35, fontSize: 12, color: SOFT });
    y += 0.4;
  }
  const swatch = 0.3;
  const labelW = LEGEND_W - swatch - 0.12 - COUNT_W - 0.05;
  for (const cls of classification.classes) {
    // Lines of 14 pt text the label needs (an average glyph is about half its size wide), so two-line labels get room.
    const lines = Math.min(3, Math.ceil((cls.label.length * 14 * 0.5) / 72 / labelW));
    const rowH = Math.max(swatch + 0.14, lines * 0.24 + 0.1);
    slide.addShape(pptx.ShapeType.rect, {
      x: MARGIN,
      y,
      w: swatch,
      h: swatch,
      fill: { color: hex(cls.color) },
      line: { color: "6B7280", width: 0.75 },
    });
    if (cls.key === classification.markKey) {
      slide.addText("✓", {
        lang,
        x: MARGIN,
        y,
        w: swatch,
        h: swatch,
        fontFace: FONT,
        fontSize: 14,
        bold: true,
        color: "FFFFFF",
        align: "center",
        valign: "middle",
        margin: 0,
      });
    }
    text(cls.label, { x: MARGIN + swatch + 0.12, w: labelW, h: rowH, fontSize: 14 });
    text(words.countLabel(cls.regions.length), {
      x: MARGIN + LEGEND_W - COUNT_W,
      w: COUNT_W,
      h: rowH,
      fontSize: 13,
      color: SOFT,
      align: "right",
    });
    y += rowH;
  }
  const lines = [
    ...classification.explanation,
    ...(classification.notes.length > 0 ? [t.dataNotesInNotes(...noteKinds(classification.notes))] : []),
  ];
  if (lines.length > 0 && y < BOTTOM - 0.3) {
    y += 0.1;
    text(lines.join("\n"), { h: BOTTOM - y, fontSize: 12, color: SOFT });
  }
  const x = MARGIN + LEGEND_W + 0.3;
  return { x, y: TOP, w: SLIDE.w - MARGIN - x, h: BOTTOM - TOP };
}
