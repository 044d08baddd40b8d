import { describe, expect, it } from "vitest";
import { keyToAction, type KeyState } from "../../src/present/keys";

const at = (slide: number, extra: Partial<KeyState> = {}): KeyState => ({ slide, count: 12, digits: "", grid: false, ...extra });

describe("keyToAction", () => {
  it.each(["ArrowRight", "ArrowDown", "PageDown", " "])("%j goes to the next slide", (key) => {
    expect(keyToAction(key, at(3))).toEqual({ type: "go", slide: 4 });
  });
  it.each(["ArrowLeft", "ArrowUp", "PageUp"])("%j goes to the previous slide", (key) => {
    expect(keyToAction(key, at(3))).toEqual({ type: "go", slide: 2 });
  });
  it("shows a paged panel's next page before the next slide, and its page before before the previous slide", () => {
    const panel = (page: number) => at(5, { panel: { page, pages: 3 } });
    expect(keyToAction("PageDown", panel(0))).toEqual({ type: "page", page: 1 });
    expect(keyToAction(" ", panel(1))).toEqual({ type: "page", page: 2 });
    expect(keyToAction("PageDown", panel(2))).toEqual({ type: "go", slide: 6 });
    expect(keyToAction("PageUp", panel(2))).toEqual({ type: "page", page: 1 });
    expect(keyToAction("PageUp", panel(0))).toEqual({ type: "go", slide: 4 });
    // A number still goes to its slide, whatever the page.
    expect(keyToAction("Enter", { ...panel(1), digits: "9" })).toEqual({ type: "go", slide: 9 });
  });
  it("stops at the ends instead of wrapping", () => {
    expect(keyToAction("PageDown", at(12))).toEqual({ type: "go", slide: 12 });
    expect(keyToAction("PageUp", at(1))).toEqual({ type: "go", slide: 1 });
  });
  it("Home and End go to the first and last slide", () => {
    expect(keyToAction("Home", at(7))).toEqual({ type: "go", slide: 1 });
    expect(keyToAction("End", at(2))).toEqual({ type: "go", slide: 12 });
  });
  it("collects digits, then Enter jumps (clamped to the deck)", () => {
    expect(keyToAction("1", at(1))).toEqual({ type: "digits", digits: "1" });
    expect(keyToAction("0", at(1, { digits: "1" }))).toEqual({ type: "digits", digits: "10" });
    expect(keyToAction("Enter", at(1, { digits: "10" }))).toEqual({ type: "go", slide: 10 });
    expect(keyToAction("Enter", at(1, { digits: "99" }))).toEqual({ type: "go", slide: 12 });
    expect(keyToAction("Enter", at(5, { digits: "0" }))).toEqual({ type: "digits", digits: "" });
    expect(keyToAction("Backspace", at(5, { digits: "12" }))).toEqual({ type: "digits", digits: "1" });
  });
  it("S opens the presenter view", () => {
    expect(keyToAction("s", at(3))).toEqual({ type: "presenter" });
    expect(keyToAction("S", at(3))).toEqual({ type: "presenter" });
  });
  it("leaves Enter without digits to the focused element", () => {
    expect(keyToAction("Enter", at(5))).toEqual({ type: "none" });
  });
  it("G toggles the grid; Escape closes the grid before it leaves", () => {
    expect(keyToAction("g", at(5))).toEqual({ type: "toggleGrid" });
    expect(keyToAction("G", at(5))).toEqual({ type: "toggleGrid" });
    expect(keyToAction("Escape", at(5, { grid: true }))).toEqual({ type: "toggleGrid" });
    expect(keyToAction("Escape", at(5))).toEqual({ type: "exit" });
  });
  it("ignores other keys", () => {
    expect(keyToAction("x", at(5))).toEqual({ type: "none" });
    expect(keyToAction("Tab", at(5))).toEqual({ type: "none" });
  });
});

describe("the blank screen keys", () => {
  it.each([
    ["b", "black"],
    ["B", "black"],
    [".", "black"],
    ["w", "white"],
    ["W", "white"],
    [",", "white"],
  ])("%j blanks the screen %s", (key, blank) => {
    expect(keyToAction(key, at(3))).toEqual({ type: "blank", blank });
  });

  it("any key on a blank screen brings the slide back and does nothing else", () => {
    for (const key of ["PageDown", "ArrowLeft", "Escape", "b", "w", "5", "Enter", "g", "s", "x"]) {
      expect(keyToAction(key, at(3, { blank: "black" })), key).toEqual({ type: "unblank" });
      expect(keyToAction(key, at(3, { blank: "white", digits: "1" })), key).toEqual({ type: "unblank" });
    }
  });
});
