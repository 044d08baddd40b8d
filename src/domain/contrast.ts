/**
 * WCAG 2.x contrast, as the spec defines it: relative luminance of sRGB
 * colours and the (L1 + 0.05) / (L2 + 0.05) ratio. Pure; the contrast test
 * runs it over the palettes and the map's text colours.
 */
export type Rgb = [number, number, number];

/** "#rgb", "#rrggbb", "rgb(r, g, b)" or "rgba(r, g, b, a)" → [r, g, b] and alpha. */
export function parseColor(text: string): { rgb: Rgb; alpha: number } {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join("") : hex[1]!;
    return { rgb: [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb, alpha: 1 };
  }
  const fn = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(value);
  if (fn) return { rgb: [Number(fn[1]), Number(fn[2]), Number(fn[3])], alpha: fn[4] === undefined ? 1 : Number(fn[4]) };
  throw new Error(`Not a colour: ${text}`);
}

/** A translucent colour composited over an opaque one (what the eye sees). */
export function over(top: string, bottom: string): Rgb {
  const { rgb, alpha } = parseColor(top);
  const base = parseColor(bottom).rgb;
  return rgb.map((c, i) => c * alpha + base[i]! * (1 - alpha)) as Rgb;
}

export function relativeLuminance(color: string | Rgb): number {
  const [r, g, b] = (typeof color === "string" ? parseColor(color).rgb : color).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
