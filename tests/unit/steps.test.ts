import { describe, expect, it } from "vitest";
import { runSteps, runStepsInSlices, type Steps } from "../../src/domain/steps";

/** Five parts, each adding its number and taking 6 ms of `clock`; what ran is logged. */
function* fiveParts(log: string[], clock = { ms: 0 }): Steps<number> {
  let sum = 0;
  for (let part = 1; part <= 5; part++) {
    log.push(`part ${part}`);
    sum += part;
    clock.ms += 6;
    yield;
  }
  return sum;
}

describe("a computation in steps", () => {
  it("at once: every part, the result", () => {
    const log: string[] = [];
    expect(runSteps(fiveParts(log))).toBe(15);
    expect(log).toEqual(["part 1", "part 2", "part 3", "part 4", "part 5"]);
  });

  it("in slices: the same result, giving way only once a slice has taken its time", async () => {
    const log: string[] = [];
    const clock = { ms: 0 };
    // A 10 ms slice holds two parts of 6 ms: the second ends past it.
    const giveWay = async () => void log.push("gave way");
    const result = await runStepsInSlices(fiveParts(log, clock), { sliceMs: 10, now: () => clock.ms, giveWay });
    expect(result).toBe(15);
    expect(log).toEqual(["part 1", "part 2", "gave way", "part 3", "part 4", "gave way", "part 5"]);
  });
});
