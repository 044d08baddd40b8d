/**
 * A long computation written once, run two ways. It is a generator that yields between its parts (each a few ms on a
 * laptop): the screen's maps run it to the end at once (`runSteps`), for a frame must have its names; an export's
 * picture runs it across tasks (`runStepsInSlices`), so that making a deck's PowerPoint on a busy laptop is never one
 * long task of a slide's placement (issue 25: 210–350 ms a picture at 4× CPU).
 */
export type Steps<T> = Generator<void, T, void>;

/** The result, computed at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The main thread's time a slice may take before the computation gives way to the page: half of a long task's 50 ms. */
export const SLICE_MS = 25;

/** The next task: input, rendering and other work run between two slices. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The result, computed in slices of about `sliceMs` (a part that has begun runs to its end), giving way between them.
 * The same result as `runSteps`; only its tasks differ.
 */
export async function runStepsInSlices<T>(
  steps: Steps<T>,
  { sliceMs = SLICE_MS, giveWay = nextTask, now = () => performance.now() } = {},
): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (now() - sliceStart >= sliceMs) {
      await giveWay();
      sliceStart = now();
    }
  }
}
