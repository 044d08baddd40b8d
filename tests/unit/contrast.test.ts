import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contrastRatio, over, parseColor, relativeLuminance, type Rgb } from "../../src/domain/contrast";
import {
  BIVARIATE_COLORS,
  HAS_PRACTICE_COLOR,
  LACKS_PRACTICE_COLOR,
  NO_DATA_COLOR,
  SEA_COLOR,
  SELECTED_LINE_COLOR,
  STATUS_PALETTE,
  sequentialColors,
} from "../../src/domain/palettes";

/**
 * WCAG 1.4.3 (text ≥ 4.5:1) and 1.4.11 (legend swatches ≥ 3:1) over the
 * palettes and the colours the stylesheet actually uses: the CSS values are
 * read from src/styles.css, so a change there is checked too.
 */
const css = readFileSync(new URL("../../src/styles.css", import.meta.url), "utf8");

/** The value of `property` in the first rule whose selector list is exactly `selector`. */
function declaration(selector: string, property: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const rule = new RegExp(`(?:^|\\n)${escaped}\\s*\\{([^}]*)\\}`).exec(css);
  if (!rule) throw new Error(`No rule ${selector} in styles.css`);
  const decl = new RegExp(`(?:^|[;\\s])${property}\\s*:\\s*([^;]+);`).exec(rule[1]!);
  if (!decl) throw new Error(`No ${property} in ${selector}`);
  return resolveVars(decl[1]!.trim());
}

function resolveVars(value: string): string {
  return value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => declaration(":root", name));
}

/** The first colour in a shorthand such as `1px solid rgba(0, 0, 0, 0.55)` or a text-shadow list. */
function colorIn(value: string): string {
  const match = /(#[0-9a-f]{3,6}\b|rgba?\([^)]*\))/i.exec(value);
  if (!match) throw new Error(`No colour in ${value}`);
  return match[1]!;
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;

/** Every colour a county can take in any mode: the worst case under a translucent overlay. */
const MAP_COLOURS = [
  ...[...STATUS_PALETTE],
  ...sequentialColors(10),
  HAS_PRACTICE_COLOR,
  LACKS_PRACTICE_COLOR,
  ...Object.values(BIVARIATE_COLORS),
  NO_DATA_COLOR,
  SEA_COLOR,
  SELECTED_LINE_COLOR,
];

/** The lowest ratio of a translucent background over any map colour against `text`. */
function worstOverMap(text: string, background: string): number {
  return Math.min(...MAP_COLOURS.map((under) => contrastRatio(text, over(background, under))));
}

describe("WCAG contrast arithmetic", () => {
  it("matches the spec's reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    // #767676 on white is the well-known 4.54:1 grey.
    expect(contrastRatio("#767676", "#fff")).toBeCloseTo(4.54, 2);
    expect(relativeLuminance("#ff0000")).toBeCloseTo(0.2126, 4);
    expect(parseColor("rgba(20, 20, 20, 0.92)")).toEqual({ rgb: [20, 20, 20], alpha: 0.92 });
    expect(toHex(over("rgba(0, 0, 0, 0.5)", "#ffffff"))).toBe("#808080");
  });
});

describe("legend", () => {
  const background = declaration(".legend", "background");
  const ink = declaration(":root", "--ink");
  const inkSoft = declaration(":root", "--ink-soft");
  // The legend is translucent over the map: its colour is the worst case over any county colour.
  const legendOver = MAP_COLOURS.map((under) => over(background, under));

  it("title and labels (--ink) reach 4.5:1 on the legend over any map colour", () => {
    expect(worstOverMap(ink, background)).toBeGreaterThanOrEqual(4.5);
  });

  it("unit line and counts (--ink-soft) reach 4.5:1 on the legend over any map colour", () => {
    expect(worstOverMap(inkSoft, background)).toBeGreaterThanOrEqual(4.5);
  });

  const swatches: [string, string[]][] = [
    ["status", [...STATUS_PALETTE]],
    ["sequential (viridis, every stop)", sequentialColors(10)],
    ["practice", [HAS_PRACTICE_COLOR, LACKS_PRACTICE_COLOR]],
    ["two practices (bivariate)", Object.values(BIVARIATE_COLORS)],
    ["no data", [NO_DATA_COLOR]],
  ];

  it("status and practice swatches reach 3:1 by their fill alone", () => {
    for (const color of [...[...STATUS_PALETTE], HAS_PRACTICE_COLOR]) {
      const worst = Math.min(...legendOver.map((bg) => contrastRatio(color, bg)));
      expect(worst, color).toBeGreaterThanOrEqual(3);
    }
  });

  // Viridis' light end (#fde725), the "not named" and "no data" greys cannot reach 3:1 on a
  // light legend by fill; the swatch's outline carries the contrast for every swatch instead.
  it.each(swatches)("%s swatches are bounded at 3:1: by fill or else by the swatch outline", (_, colors) => {
    const outline = colorIn(declaration(".legend-swatch", "outline"));
    for (const color of colors) {
      for (const bg of legendOver) {
        // A CSS outline is drawn outside the swatch, over the legend's background.
        const edge = over(outline, toHex(bg));
        const byFill = contrastRatio(color, bg) >= 3;
        const byOutline = contrastRatio(edge, bg) >= 3;
        expect(byFill || byOutline, `${color} on ${toHex(bg)}`).toBe(true);
      }
    }
  });

  it("the outline alone is what saves the light swatches (so the test above is not vacuous)", () => {
    const white = over(background, "#ffffff");
    expect(contrastRatio("#fde725", white)).toBeLessThan(3);
    expect(contrastRatio(LACKS_PRACTICE_COLOR, white)).toBeLessThan(3);
  });

  it("the ✓ on the 'named' swatch is white at 4.5:1", () => {
    expect(contrastRatio(declaration(".legend-swatch", "color"), HAS_PRACTICE_COLOR)).toBeGreaterThanOrEqual(4.5);
    // …and on the two-practice map's "named for both" swatch.
    expect(contrastRatio(declaration(".legend-swatch", "color"), BIVARIATE_COLORS.both)).toBeGreaterThanOrEqual(4.5);
  });
});

describe("text over the map", () => {
  it("county labels reach 4.5:1 on their white halo", () => {
    const text = declaration(".map-label", "color");
    const halo = colorIn(declaration(".map-label", "text-shadow"));
    expect(contrastRatio(text, halo)).toBeGreaterThanOrEqual(4.5);
  });

  it("the practice mark reaches 4.5:1 on its white disc", () => {
    expect(contrastRatio(declaration(".map-label-mark", "color"), declaration(".map-label-mark", "background"))).toBeGreaterThanOrEqual(
      4.5,
    );
  });

  it("the tooltip reaches 4.5:1 over any map colour", () => {
    expect(worstOverMap(declaration(".map-tooltip", "color"), declaration(".map-tooltip", "background"))).toBeGreaterThanOrEqual(4.5);
  });

  it("the simplified-map note reaches 4.5:1 over any map colour", () => {
    expect(worstOverMap(declaration(".map-note", "color"), declaration(".map-note", "background"))).toBeGreaterThanOrEqual(4.5);
  });
});

describe("page and panel text", () => {
  const paper = declaration(":root", "--paper");
  const panel = declaration(":root", "--panel");
  it.each([
    ["--ink on paper", "--ink", paper],
    ["--ink-soft on paper", "--ink-soft", paper],
    ["--ink on the toolbar", "--ink", panel],
    ["--ink-soft on the toolbar", "--ink-soft", panel],
    ["--accent (links) on paper", "--accent", paper],
  ])("%s reaches 4.5:1", (_, variable, background) => {
    expect(contrastRatio(declaration(":root", variable), background)).toBeGreaterThanOrEqual(4.5);
  });

  it("the selected region chip (paper on ink) reaches 4.5:1", () => {
    expect(contrastRatio(declaration(":root", "--paper"), declaration(":root", "--ink"))).toBeGreaterThanOrEqual(4.5);
  });
});
