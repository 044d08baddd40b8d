import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type * as FirstAnswer from "../../src/ui/firstAnswer";

// The first answer comes once a page: each test is a new page, with the module loaded afresh.
let afterFirstAnswer: typeof FirstAnswer.afterFirstAnswer;
let firstAnswerPainted: typeof FirstAnswer.firstAnswerPainted;
beforeEach(async () => {
  vi.resetModules();
  ({ afterFirstAnswer, firstAnswerPainted } = await import("../../src/ui/firstAnswer"));
});

/** What waits for the answer to a first click (MapLibre's map, MapStage): the panel painted, or at most a while. */
describe("after the first answer", () => {
  afterEach(() => vi.useRealTimers());

  it("waits for the answer at most the time given (a panel that cannot load holds nothing back for long)", async () => {
    vi.useFakeTimers();
    let done = false;
    void afterFirstAnswer(1500).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it("goes on as soon as the answer is painted, and at once for whatever asks after it", async () => {
    vi.useFakeTimers();
    let done = false;
    void afterFirstAnswer(60_000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(done).toBe(false);
    firstAnswerPainted();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
    let later = false;
    void afterFirstAnswer(60_000).then(() => (later = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(later).toBe(true);
  });
});
