import { fromSuperscript, regionNameRanges, type RegionName } from "../data/reportParse";

/**
 * A passage's text as the reader shows it: plain runs, region names (buttons
 * that select the region) and footnote markers (buttons that open the
 * footnote), each run marked italic where the report sets a *title* and as a
 * hit where a search matched. Pure, so what is a region name, a marker or a
 * hit is tested without a browser.
 */
export type TextPart = { text: string; italic: boolean; hit: boolean };
export type Segment =
  { kind: "text"; parts: TextPart[] } | { kind: "region"; code: string; parts: TextPart[] } | { kind: "marker"; n: number; text: string };

type Span = { start: number; end: number } & ({ kind: "region"; code: string } | { kind: "marker"; n: number });

/** Runs of [start, end) with the same italic and hit flags; the asterisks that mark italics are dropped. */
function partsOf(text: string, start: number, end: number, italicAt: boolean[], hitAt: boolean[]): TextPart[] {
  const parts: TextPart[] = [];
  for (let i = start; i < end; i++) {
    if (text[i] === "*") continue;
    const last = parts.at(-1);
    if (last && last.italic === italicAt[i] && last.hit === hitAt[i]) last.text += text[i];
    else parts.push({ text: text[i]!, italic: italicAt[i]!, hit: hitAt[i]! });
  }
  return parts;
}

export function passageSegments(text: string, regions: readonly RegionName[], hits: readonly [number, number][] = []): Segment[] {
  const italicAt: boolean[] = [];
  let italic = false;
  for (const ch of text) {
    // A surrogate pair takes two positions; keep the flags aligned with string indices.
    for (let k = 0; k < ch.length; k++) italicAt.push(italic);
    if (ch === "*") italic = !italic;
  }
  const hitAt = Array.from({ length: text.length }, () => false);
  for (const [from, to] of hits) for (let i = Math.max(0, from); i < Math.min(to, text.length); i++) hitAt[i] = true;

  const spans: Span[] = [
    ...regionNameRanges(text, regions).map((r) => ({ kind: "region" as const, ...r })),
    ...[...text.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu)].map((m) => ({
      kind: "marker" as const,
      start: m.index,
      end: m.index + m[0].length,
      n: fromSuperscript(m[0]),
    })),
  ].sort((a, b) => a.start - b.start);

  const segments: Segment[] = [];
  const pushText = (from: number, to: number) => {
    const parts = partsOf(text, from, to, italicAt, hitAt);
    if (parts.length > 0) segments.push({ kind: "text", parts });
  };
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping names ("Västra Götaland" inside a longer match): the first wins
    pushText(at, span.start);
    if (span.kind === "marker") segments.push({ kind: "marker", n: span.n, text: text.slice(span.start, span.end) });
    else segments.push({ kind: "region", code: span.code, parts: partsOf(text, span.start, span.end, italicAt, hitAt) });
    at = span.end;
  }
  pushText(at, text.length);
  return segments;
}
