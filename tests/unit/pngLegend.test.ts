import { describe, expect, it } from "vitest";
import { drawLegend, LEGEND_MIN_SCALE } from "../../src/export/pngLegend";
import type { PngContent } from "../../src/export/pngContent";

/** A canvas context that measures text as half its font size a character and records what is drawn, and where. */
function recordingContext() {
  const drawn: { text: string; y: number }[] = [];
  let fontPx = 10;
  const ctx = {
    set font(value: string) {
      fontPx = Number(/(\d+(?:\.\d+)?)px/.exec(value)?.[1] ?? 10);
    },
    get font() {
      return `${fontPx}px`;
    },
    fillStyle: "",
    strokeStyle: "",
    lineWidth: 1,
    measureText: (text: string) => ({ width: text.length * fontPx * 0.5 }),
    fillText: (text: string, _x: number, y: number) => drawn.push({ text, y }),
    fillRect: () => {},
    strokeRect: () => {},
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, drawn };
}

const words = (n: number, stem: string) => Array.from({ length: n }, (_, i) => `${stem}${i}`).join(" ");

function content(items: number): PngContent {
  return {
    title: "Bildens rubrik",
    classification: {
      title: "Status för den regionala utvecklingsstrategin",
      subtitle: "Antal regioner per klass",
      classes: [{ key: "a", label: "Ny strategi antagen", color: "#1b7f5f", regions: ["SE-AB", "SE-C"] }],
      explanation: [words(30, "förklaring")],
      notes: [{ sv: words(40, "notord"), en: words(40, "noteword") }],
      marked: [],
    },
    countLabel: (n: number) => `${n} regioner`,
    source: "Källa",
    attribution: "Kartdata",
    map: { width: 1, height: 1 } as PngContent["map"],
    mapCssSize: { width: 1, height: 1 },
    placeLabels: () => ({ labels: [] }),
    labelPx: 20,
    nameOf: (code: string) => code,
    lists: [
      { title: "Exempel på framgångsfaktorer (avsnitt 2.2.9)", items: Array.from({ length: items }, (_, i) => words(14, `punkt${i}ord`)) },
    ],
    lang: "sv",
    noteLabel: "Datanot",
  } as unknown as PngContent;
}

describe("the image's legend column", () => {
  it("draws every word of every note and list item, nothing cut with …, inside its column", () => {
    const { ctx, drawn } = recordingContext();
    const c = content(12);
    const result = drawLegend(ctx, c, 0, 0, 500, 1000, (n) => n);
    const text = drawn.map((d) => d.text).join(" ");
    expect(result.fitted).toBe(true);
    expect(text).not.toContain("…");
    for (const item of c.lists![0]!.items) for (const word of item.split(" ")) expect(text).toContain(word);
    for (const word of c.classification.notes[0]!.sv.split(" ")) expect(text).toContain(word);
    expect(Math.max(...drawn.map((d) => d.y))).toBeLessThan(1000);
  });

  it("sets its type smaller to fit, and says so when even the least size cannot hold it", () => {
    const roomy = drawLegend(recordingContext().ctx, content(2), 0, 0, 500, 1000, (n) => n);
    expect(roomy.scale).toBe(1);
    const tight = drawLegend(recordingContext().ctx, content(12), 0, 0, 500, 1000, (n) => n);
    expect(tight.scale).toBeLessThan(1);
    const tooMuch = drawLegend(recordingContext().ctx, content(80), 0, 0, 500, 1000, (n) => n);
    expect(tooMuch).toEqual({ scale: LEGEND_MIN_SCALE, fitted: false });
  });
});
