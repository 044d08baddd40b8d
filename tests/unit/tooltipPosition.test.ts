import { describe, expect, it } from "vitest";
import { tooltipPosition } from "../../src/domain/screenGeometry";

const phone = { left: 0, top: 0, right: 390, bottom: 844 };
const size = { width: 300, height: 40 };

describe("tooltipPosition", () => {
  it("stands right of the pointer, centred on it, where there is room", () => {
    expect(tooltipPosition({ x: 20, y: 400 }, size, phone)).toEqual({ x: 32, y: 380 });
  });

  it("goes left of the pointer where the right side has no room", () => {
    expect(tooltipPosition({ x: 370, y: 400 }, size, phone)).toEqual({ x: 58, y: 380 });
  });

  it("is moved inwards where neither side has room, and never past the top or bottom", () => {
    const at = tooltipPosition({ x: 200, y: 830 }, size, phone);
    expect(at).toEqual({ x: 4, y: 800 });
    expect(tooltipPosition({ x: 200, y: 5 }, size, phone).y).toBe(4);
  });

  it("keeps inside the part of the area on screen", () => {
    const visible = { left: 0, top: 300, right: 390, bottom: 600 };
    expect(tooltipPosition({ x: 20, y: 310 }, size, visible)).toEqual({ x: 32, y: 304 });
  });
});
