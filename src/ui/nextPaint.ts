/**
 * Runs `fn` just after the browser has painted what was committed: the
 * animation frame comes before the paint, a task queued from it after. Map
 * updates that follow a click go here, so the panel the click opened is not
 * held back by a map frame (slow where WebGL is software-rendered).
 * Returns a cancel function, for effect clean-ups.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * A User Timing mark (for measuring only: npm run bench) once what is committed now has been painted: at the first
 * moment known to be after that paint, a task queued from the frame's animation callback (as afterPaint) or the next
 * animation frame, whichever comes first. The task alone waits behind any long task the page has queued meanwhile (the
 * app's first render, 60 ms and more), which the next frame does not. Returns a cancel function.
 */
export function markAfterPaint(name: string, detail: unknown): () => void {
  // Both frames are requested now, so they are the same frame: the task is queued from it, the next frame after it.
  let next: number | undefined;
  const frame = requestAnimationFrame(() => (next = requestAnimationFrame(mark)));
  const cancelTask = afterPaint(mark);
  function stop() {
    cancelTask();
    cancelAnimationFrame(frame);
    if (next !== undefined) cancelAnimationFrame(next);
  }
  function mark() {
    stop();
    performance.mark(name, { detail });
  }
  return stop;
}
