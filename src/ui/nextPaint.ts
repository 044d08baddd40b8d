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
