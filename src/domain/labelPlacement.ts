/**
 * Greedy label placement without collisions, as map renderers do it: labels
 * are placed in priority order (largest county first); each tries its anchor,
 * then a few nearby offsets, and is hidden only when every position collides
 * with a label already placed. Pure, so it is unit-tested without a map.
 */
export type LabelRequest = { code: string; x: number; y: number; width: number; height: number; priority: number };
export type PlacedLabel = { code: string; x: number; y: number; visible: boolean };

type Box = { left: number; top: number; right: number; bottom: number };

function boxAt(x: number, y: number, width: number, height: number, gap: number): Box {
  return { left: x - width / 2 - gap, top: y - height / 2 - gap, right: x + width / 2 + gap, bottom: y + height / 2 + gap };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function placeLabels(requests: readonly LabelRequest[], gap = 1): PlacedLabel[] {
  const placed: Box[] = [];
  const result = new Map<string, PlacedLabel>();
  const ordered = [...requests].sort((a, b) => b.priority - a.priority);
  for (const r of ordered) {
    const dy = r.height * 0.8;
    const dx = r.width * 0.35;
    // Near positions first; the far ones keep small coastal counties (Stockholm, Blekinge)
    // labelled at the national view, at the cost of a label a little outside its county.
    const candidates: [number, number][] = [
      [r.x, r.y],
      [r.x, r.y - dy],
      [r.x, r.y + dy],
      [r.x + dx, r.y],
      [r.x - dx, r.y],
      [r.x + dx * 1.6, r.y + dy],
      [r.x + dx * 1.6, r.y - dy],
      [r.x + dx * 2.2, r.y],
      [r.x, r.y + dy * 2],
      [r.x, r.y - dy * 2],
      [r.x + r.width * 0.9, r.y],
      [r.x + r.width * 0.9, r.y + dy],
      [r.x + r.width * 0.9, r.y - dy],
    ];
    const free = candidates.find(([x, y]) => !placed.some((b) => overlaps(b, boxAt(x, y, r.width, r.height, gap))));
    if (free) {
      placed.push(boxAt(free[0], free[1], r.width, r.height, gap));
      result.set(r.code, { code: r.code, x: free[0], y: free[1], visible: true });
    } else {
      result.set(r.code, { code: r.code, x: r.x, y: r.y, visible: false });
    }
  }
  return requests.map((r) => result.get(r.code)!);
}

/** Where the tooltip of the keyboard's region goes: just above its label (both renderers). */
export function focusTooltip(
  code: string | undefined,
  labels: readonly PlacedLabel[],
): { code: string; x: number; y: number } | null {
  const label = code ? labels.find((l) => l.code === code) : undefined;
  return code && label ? { code, x: label.x, y: label.y - 18 } : null;
}
