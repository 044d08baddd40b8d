import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_VIEW, useViewStore, viewStateOf } from "../../src/state/store";

beforeEach(() => useViewStore.getState().setView(DEFAULT_VIEW));

describe("the view store", () => {
  it("setView replaces the whole view: keys the new view lacks do not keep the old view's values", () => {
    const store = useViewStore.getState();
    store.setView({
      ...DEFAULT_VIEW,
      region: "SE-AB",
      macro: "nuts2",
      color: "practice",
      practice: "s3-own-strategy",
      practice2: "spatial-planning",
    });
    store.setView({ ...DEFAULT_VIEW, color: "year", present: true, slide: 2 });
    expect(viewStateOf(useViewStore.getState())).toEqual({ ...DEFAULT_VIEW, color: "year", present: true, slide: 2 });
    const state = useViewStore.getState();
    expect([state.region, state.macro, state.practice, state.practice2, state.q]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("viewStateOf keeps the choices and drops the actions", () => {
    useViewStore.getState().setView({ ...DEFAULT_VIEW, lang: "en", region: "SE-M", compare: ["SE-M", "SE-K"] });
    const view = viewStateOf(useViewStore.getState());
    expect(view).toEqual({ ...DEFAULT_VIEW, lang: "en", region: "SE-M", compare: ["SE-M", "SE-K"] });
    expect(Object.values(view).some((v) => typeof v === "function")).toBe(false);
  });
});

describe("the store keeps what did not change", () => {
  it("an action that leaves the comparison as it was keeps its array, so what selects it does not re-render", () => {
    const store = useViewStore.getState();
    store.setCompare(["SE-M", "SE-K"]);
    const compare = useViewStore.getState().compare;
    store.setColorMode("year");
    store.selectRegion("SE-AB");
    expect(useViewStore.getState().compare).toBe(compare);
    store.setCompare(["SE-M", "SE-N"]);
    expect(useViewStore.getState().compare).toEqual(["SE-M", "SE-N"]);
  });
});
