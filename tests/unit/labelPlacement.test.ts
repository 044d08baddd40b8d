import { describe, expect, it } from "vitest";
import { placeLabels, type LabelRequest } from "../../src/domain/labelPlacement";

const label = (code: string, x: number, y: number, priority: number, width = 60, height = 16): LabelRequest => ({
  code, x, y, width, height, priority,
});

function boxesOverlap(a: { x: number; y: number }, b: { x: number; y: number }, w = 60, h = 16) {
  return Math.abs(a.x - b.x) < w && Math.abs(a.y - b.y) < h;
}

describe("label placement", () => {
  it("keeps labels that do not collide where they are", () => {
    const placed = placeLabels([label("A", 0, 0, 1), label("B", 200, 0, 2)]);
    expect(placed).toEqual([
      { code: "A", x: 0, y: 0, visible: true },
      { code: "B", x: 200, y: 0, visible: true },
    ]);
  });

  it("moves the lower-priority label of a colliding pair to a free nearby position", () => {
    const [a, b] = placeLabels([label("A", 0, 0, 2), label("B", 5, 2, 1)]);
    expect(a).toEqual({ code: "A", x: 0, y: 0, visible: true });
    expect(b!.visible).toBe(true);
    expect(boxesOverlap(a!, b!)).toBe(false);
  });

  it("hides a label only when every candidate position collides", () => {
    // A crowd of wide, high-priority labels around B leaves it no room.
    const crowd = [];
    for (let i = -6; i <= 6; i++) for (let j = -6; j <= 6; j++) crowd.push(label(`C${i},${j}`, i * 61, j * 17, 10));
    const placed = placeLabels([...crowd, label("B", 0, 0, 1)]);
    expect(placed.find((p) => p.code === "B")!.visible).toBe(false);
  });

  it("returns the labels in the order asked, whatever the priority order", () => {
    const placed = placeLabels([label("low", 0, 0, 1), label("high", 400, 0, 9)]);
    expect(placed.map((p) => p.code)).toEqual(["low", "high"]);
  });
});
