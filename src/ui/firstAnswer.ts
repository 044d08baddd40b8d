/**
 * The answer to a person's first click, painted: their region's panel (issue 25, "the first click answered early").
 * What can wait for it does: MapLibre's code, whose evaluation and map hold the page for a few hundred ms, starts
 * after it where a click on the prerendered map is queued (main.tsx, MapStage).
 */
let painted: () => void = () => {};
const answer = new Promise<void>((resolve) => (painted = resolve));

/** The region's panel has been painted (RegionPanel). */
export const firstAnswerPainted = () => painted();

/** Once the first answer is painted, or after `ms` where given: a panel that cannot load holds nothing back for long. */
export const afterFirstAnswer = (ms?: number): Promise<void> =>
  ms === undefined ? answer : Promise.race([answer, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
