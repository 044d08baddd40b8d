import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../src/data/random";

describe("mulberry32", () => {
  it("draws uniform numbers in [0, 1), the same for the same seed", () => {
    const random = mulberry32(1);
    let sum = 0;
    for (let i = 0; i < 10000; i++) {
      const v = random();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
      sum += v;
    }
    expect(sum / 10000).toBeCloseTo(0.5, 1);
    expect(mulberry32(7)()).toBe(mulberry32(7)());
  });
});
