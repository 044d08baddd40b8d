// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useCarriedAnswer } from "../../src/app/CarriedAnswer";
import { earlyAnswer, queueEarlyClicks, setEarlyAnswer, takeEarlyClick } from "../../src/ui/earlyClick";

/**
 * The app's side panel carries the prerendered page's answer to a click (app/earlyAnswer.ts) until its own panel is
 * painted: while the page has chosen nothing yet, or that region; never for another choice.
 */
describe("the carried answer", () => {
  afterEach(() => {
    cleanup();
    takeEarlyClick();
    setEarlyAnswer(undefined);
    document.body.replaceChildren();
  });

  const answerOn = (code: string) => {
    const map = document.createElement("div");
    document.body.append(map);
    queueEarlyClicks(map);
    const answer = { code, nodes: [document.createElement("section")] };
    setEarlyAnswer(answer);
    return answer;
  };

  it("is carried before the page has chosen, and while its region is chosen", () => {
    const answer = answerOn("SE-BD");
    const { result, rerender } = renderHook(({ selected }) => useCarriedAnswer(selected), {
      initialProps: { selected: undefined as string | undefined },
    });
    expect(result.current).toBe(answer);
    rerender({ selected: "SE-BD" });
    expect(result.current).toBe(answer);
  });

  it("is not carried for another region, and is done with once the page leaves its region (Escape)", () => {
    const answer = answerOn("SE-BD");
    const { result, rerender } = renderHook(({ selected }) => useCarriedAnswer(selected), {
      initialProps: { selected: "SE-M" as string | undefined },
    });
    expect(result.current).toBeUndefined();
    rerender({ selected: "SE-BD" });
    expect(result.current).toBe(answer);
    rerender({ selected: undefined });
    expect(result.current).toBeUndefined();
    expect(earlyAnswer()).toBeUndefined();
  });

  it("is picked up when it comes after the page's first render (a click during that render)", () => {
    const map = document.createElement("div");
    document.body.append(map);
    queueEarlyClicks(map);
    const { result } = renderHook(() => useCarriedAnswer(undefined));
    expect(result.current).toBeUndefined();
    const answer = { code: "SE-M", nodes: [] };
    act(() => setEarlyAnswer(answer));
    expect(result.current).toBe(answer);
  });
});
