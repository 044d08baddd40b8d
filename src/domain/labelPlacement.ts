import { DIRECTIONS, RADII, fitsInside, insideCandidates, leaderCost, offLand, type Indexed } from "./labelFit";
import type { Placement, PlacementInput, PlacedLabel } from "./labelTypes";
import { boundsOf, boxAt, indexRings, nearestOnBox, overlaps, within, type Point, type Rect } from "./screenGeometry";
import { runSteps, type Steps } from "./steps";

/**
 * Where each region's name goes, for every output (the two renderers, slides,
 * PNG, print): one pure function, so a name never lands on another region in
 * any of them. Each region is named
 *   1. inside itself: the middle three fifths of the label on the region (on
 *      two lines for a two-word name where one line does not fit); else
 *   2. off land, joined to a point of the region by a leader line; else
 *   3. by a number on the region, with a key beside the map.
 * Labels never overlap each other, a number or a reserved box (the legend).
 * The caller projects the geometry to screen pixels (screenGeometry.ts, projectRings).
 */

/** A line of the key that explains numbered regions: "1 Stockholm". */
export const keyLine = (n: number, name: string) => `${n} ${name}`;

/** The two lines of a name set on two ("Jämtland / Härjedalen"), or undefined for a one-word name. */
export function wrapName(name: string): [string, string] | undefined {
  const at = name.indexOf(" ");
  return at > 0 ? [name.slice(0, at), name.slice(at + 1)] : undefined;
}
export const placeLabels = (input: PlacementInput): Placement => runSteps(placeLabelsSteps(input));

/** placeLabels in steps (./steps.ts): it gives way after each placement of all the regions. */
export function* placeLabelsSteps(input: PlacementInput): Steps<Placement> {
  let placement = yield* placeBest(input, input.reserved ?? []);
  if (!input.keySize) return placement;
  // The key takes the view's top right corner (Finland, at the national view — the Baltic below it is where
  // the south's names go off land): place again keeping it free, until the numbers it
  // lists are the numbers on the map (keeping room for the key can turn another name into a number).
  for (let round = 0; round < 4; round++) {
    const numbered = numbersIn(placement);
    if (numbered.length === 0) return { labels: placement.labels };
    const key = keyBox(input.size, input.keySize(numbered), input.reserved ?? []);
    if (placement.key && key.bottom <= placement.key.bottom) return placement;
    placement = { ...(yield* placeBest(input, [...(input.reserved ?? []), key])), key };
  }
  return placement;
}

/** A leader line's choice: where it starts on the region, the label's centre, where it meets the label, its cost. */
type Leader = { anchor: Point; center: Point; end: Point; score: number };

/** How many other points of a region a leader may start from, where its label point has none. */
const LEADER_ANCHORS = 12;

/** Up to `count` of the points, evenly through the list (the region's points, from its label point outwards). */
const spread = <T>(points: readonly T[], count: number): T[] =>
  points.length <= count ? [...points] : Array.from({ length: count }, (_, i) => points[Math.floor(((i + 0.5) * points.length) / count)]!);

/** Room kept between the key and the view's edge, or a reserved box above it. */
const KEY_MARGIN = 8;

/**
 * The key's box: in the view's top right corner, below any reserved box already there (the simplified map's note
 * stands in that corner, and covered the key's first lines: "1 Östergötland" was lost from the key).
 */
export function keyBox(size: { width: number }, { width, height }: { width: number; height: number }, reserved: readonly Rect[]): Rect {
  const at = (top: number): Rect => ({ left: size.width - width - KEY_MARGIN, top, right: size.width - KEY_MARGIN, bottom: top + height });
  let key = at(KEY_MARGIN);
  // Each move goes below a box it met, so this ends after at most one move per box.
  for (let blocker = reserved.find((r) => overlaps(r, key)); blocker; blocker = reserved.find((r) => overlaps(r, key)))
    key = at(blocker.bottom + KEY_MARGIN / 2);
  return key;
}

/**
 * Placed smallest region first; where that leaves numbers (and the input asks for a thorough placement), placed once more with the numbered regions first (a name
 * that a smaller neighbour's crowded out finds its place, and the neighbour usually another): the fewer numbers wins.
 */
function* placeBest(input: PlacementInput, reserved: readonly Rect[]): Steps<Placement> {
  const first = placeOnce(input, reserved);
  yield;
  const numbered = numbersIn(first);
  if (numbered.length === 0 || !input.thorough) return first;
  const again = placeOnce(input, reserved, numbered);
  yield;
  return numbersIn(again).length < numbered.length ? again : first;
}

/** The codes of the regions a placement names by a number. */
export const numbersIn = (placement: Pick<Placement, "labels">) => placement.labels.filter((l) => l.kind === "number").map((l) => l.code);

function placeOnce(input: PlacementInput, reserved: readonly Rect[], placeFirst: readonly string[] = []): Placement {
  const { size, badge } = input;
  const gap = input.gap ?? 2;
  const index = (r: (typeof input.regions)[number]): Indexed => ({ ...r, bounds: boundsOf(r.rings), indexed: indexRings(r.rings) });
  const named = input.regions.map(index);
  // Land named elsewhere (the inset's regions, on the map beside it) is land all the same.
  const all: Indexed[] = [...named, ...(input.others ?? []).map(index)];
  /** The boxes of the labels placed so far, by region, with their gap. */
  const boxes = new Map<string, Rect>();
  const free = (box: Rect) =>
    within(box, size) && !reserved.some((t) => overlaps(t, box)) && ![...boxes.values()].some((t) => overlaps(t, box));
  const result = new Map<string, PlacedLabel>();
  const leaders = new Map<string, [Point, Point]>();
  // Small regions first: they have the fewest places to go, a large one can move within itself (after any asked first).
  const rank = (r: Indexed) => (placeFirst.includes(r.code) ? 0 : 1);
  const order = [...named].sort((a, b) => rank(a) - rank(b) || a.area - b.area);
  const candidates = new Map(order.map((r) => [r.code, insideCandidates(r, all, size, Math.max(4, r.height / 2))]));
  const place = (label: PlacedLabel, leader?: [Point, Point]) => {
    result.set(label.code, label);
    boxes.set(label.code, boxAt(label, label.width, label.height, label.kind === "number" ? 1 : gap));
    if (leader) leaders.set(label.code, leader);
  };
  const unplace = (code: string) => {
    result.delete(code);
    boxes.delete(code);
    leaders.delete(code);
  };

  /** 1. Inside its own region: on one line, else on two. */
  const tryInside = (r: Indexed): boolean => {
    for (const box of [r, ...(r.wrapped ? [r.wrapped] : [])]) {
      const spot = candidates
        .get(r.code)!
        .find((p) => free(boxAt(p, box.width, box.height, gap)) && fitsInside(p, r, all, box.width, box.height));
      if (!spot) continue;
      const wrapped = box !== r ? { wrapped: true } : {};
      place({
        code: r.code,
        kind: "inside",
        x: spot.x,
        y: spot.y,
        width: box.width,
        height: box.height,
        anchor: spot,
        visible: true,
        ...wrapped,
      });
      return true;
    }
    return false;
  };

  /**
   * 2. Off land, with a leader line to a point of the region — one that crosses no other region (but a
   * coastal strip), no label and no other leader: a tangled line reads worse than a number.
   */
  const tryLeader = (r: Indexed): boolean => {
    const [labelPoint, ...others] = candidates.get(r.code)!;
    if (!labelPoint) return false;
    // From the region's label point; failing that (where the input asks for a thorough placement), from the first of
    // its other points, nearest the label point first, that has one: a narrow region far from open water
    // (Västernorrland on a small slide) reaches the sea so.
    let best = leaderFrom(r, labelPoint);
    for (const anchor of input.thorough && !best ? spread(others, LEADER_ANCHORS) : []) {
      best = leaderFrom(r, anchor);
      if (best) break;
    }
    if (!best) return false;
    const { anchor, center, end } = best;
    place({ code: r.code, kind: "leader", x: center.x, y: center.y, width: r.width, height: r.height, anchor, visible: true }, [
      anchor,
      end,
    ]);
    return true;
  };

  /** The best leader from one anchor: the shortest radius that has a free box off land, then the least crossing, the flattest. */
  const leaderFrom = (r: Indexed, anchor: Point): Leader | undefined => {
    let best: Leader | undefined;
    for (const radius of RADII) {
      for (const angle of DIRECTIONS) {
        const dx = Math.cos(angle);
        const dy = Math.sin(angle);
        // The box's near edge is `radius` from the anchor along the direction.
        const center = { x: anchor.x + dx * (radius + r.width / 2), y: anchor.y + dy * (radius + r.height / 2) };
        if (!free(boxAt(center, r.width, r.height, gap)) || !offLand(center, r.width, r.height, all)) continue;
        const end = nearestOnBox(anchor, boxAt(center, r.width, r.height));
        const line = leaderCost(anchor, end, r.code, all, [...reserved, ...boxes.values()], [...leaders.values()]);
        if (!line) continue;
        const score = radius + line.crossing * 3 + Math.abs(dy) * 12;
        if (!best || score < best.score) best = { anchor, center, end, score };
      }
      if (best) return best;
    }
    return undefined;
  };

  /**
   * 3. A number on the region, explained by the key: where a badge fits in the region, else where it is free, else
   * over another name (which then moves, below), but always whole in view and clear of the legend, the note and the
   * key. A region that shows only a sliver at the view's edge or under the key, where no such badge fits (a neighbour
   * at the edge of a zoomed view), is not named at all: half a number, or one under the key, names nothing.
   */
  const tryNumber = (r: Indexed): boolean => {
    const spots = candidates.get(r.code)!;
    const spot =
      spots.find((p) => free(boxAt(p, badge, badge, 1)) && fitsInside(p, r, all, badge, badge)) ??
      spots.find((p) => free(boxAt(p, badge, badge, 1))) ??
      spots.find((p) => {
        const box = boxAt(p, badge, badge);
        return within(box, size) && !reserved.some((t) => overlaps(t, box));
      });
    if (!spot) return false;
    place({ code: r.code, kind: "number", x: spot.x, y: spot.y, width: badge, height: badge, anchor: spot, visible: true });
    return true;
  };

  for (const r of order) tryInside(r);
  for (const r of order) if (!result.has(r.code)) tryLeader(r);
  for (const r of order) if (!result.has(r.code)) tryNumber(r);
  // A number that had to sit under a name: that name moves (within its region, off land, or to a number).
  for (const n of [...result.values()].filter((l) => l.kind === "number")) {
    const badgeBox = boxes.get(n.code)!;
    for (const other of [...result.values()].filter((l) => l.code !== n.code && overlaps(boxes.get(l.code)!, badgeBox))) {
      unplace(other.code);
      const r = all.find((x) => x.code === other.code)!;
      void (tryInside(r) || tryLeader(r) || tryNumber(r));
    }
  }

  // Numbered in the regions' own order (the dataset's: county code order), so the key reads as a list.
  let n = 0;
  const labels = input.regions.map((r) => {
    const label = result.get(r.code);
    if (!label)
      return {
        code: r.code,
        kind: "hidden" as const,
        x: r.anchor.x,
        y: r.anchor.y,
        width: r.width,
        height: r.height,
        anchor: r.anchor,
        visible: false,
      };
    return label.kind === "number" ? { ...label, number: ++n } : label;
  });
  return { labels };
}

/** Where the tooltip of the keyboard's region goes: just above its label (both renderers). */
export function focusTooltip(code: string | undefined, labels: readonly PlacedLabel[]): { code: string; x: number; y: number } | null {
  const label = code ? labels.find((l) => l.code === code && l.visible) : undefined;
  return code && label ? { code, x: label.x, y: label.y - label.height / 2 - 6 } : null;
}
