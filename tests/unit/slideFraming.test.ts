// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { cropOf } from "../../src/export/pngContent";
import { NATIONAL_PADDING, nationalPadding } from "../../src/domain/camera";

/** An element whose box is given (jsdom lays nothing out). */
function boxed(left: number, top: number, width: number, height: number): HTMLElement {
  const el = document.createElement("div");
  el.getBoundingClientRect = () =>
    ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;
  return el;
}

describe("national framing", () => {
  const legend = boxed(16, 16, 400, 300);

  it("keeps room for the legend on the left only on the dashboard", () => {
    expect(nationalPadding(boxed(0, 0, 1400, 850), legend)).toEqual({ top: 16, right: 16, bottom: 16, left: 416 + NATIONAL_PADDING });
  });

  it("centres Sweden on a slide: the same room on the right, where the width allows", () => {
    expect(nationalPadding(boxed(0, 0, 1920, 850), legend, true)).toMatchObject({ left: 432, right: 432 });
    expect(nationalPadding(boxed(0, 0, 1280, 600), boxed(16, 16, 333, 300), true)).toMatchObject({ left: 365, right: 365 });
  });

  it("falls back to the left room alone when centring would shrink Sweden too much", () => {
    expect(nationalPadding(boxed(0, 0, 1100, 850), legend, true)).toMatchObject({ left: 432, right: 16 });
  });
});

describe("PNG crop of the legend's room", () => {
  it("cuts the screen's legend room and never more than 45 % a side", () => {
    expect(cropOf({ mapCssSize: { width: 1000, height: 600 } })).toEqual({ left: 0, right: 0 });
    expect(cropOf({ mapCssSize: { width: 1000, height: 600 }, mapCrop: { left: 300, right: -5 } })).toEqual({ left: 300, right: 0 });
    expect(cropOf({ mapCssSize: { width: 1000, height: 600 }, mapCrop: { left: 900, right: 900 } })).toEqual({ left: 450, right: 450 });
  });
});
