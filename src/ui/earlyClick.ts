/**
 * A click on the map before the page's own map can take it (issue 25, "the first click answered early"): the
 * prerendered map (scripts/prerender.mjs) is a picture, inert, shown while the scripts load, and a person clicks what
 * they see. app/bootFrame.ts queues the last click inside the map's box; the app's SVG map, laid out in the same place
 * by the same rule, takes it when it is first drawn (takeEarlyClick) and selects the region under it.
 */
export type EarlyClick = { x: number; y: number };

type Queue = { click?: EarlyClick; stop: () => void };

/** On window: the boot script and the app are two bundles. */
const KEY = "__rusEarlyClick";
const queueOf = () => (window as unknown as Record<string, Queue | undefined>)[KEY];

/**
 * Queues the last primary click inside the map's box (client coordinates) until the app takes it: on the prerendered
 * `map`, and after the app has replaced it, on the app's map before its shapes are drawn. A click on the app's drawn
 * shapes is theirs.
 */
export function queueEarlyClicks(map: Element): void {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || (event.target instanceof Element && event.target.closest('[data-testid="map"] svg'))) return;
    const box = (map.isConnected ? map : (document.querySelector(".map-svg") ?? map)).getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX < box.right && event.clientY >= box.top && event.clientY < box.bottom;
    if (inside && queue) queue.click = { x: event.clientX, y: event.clientY };
  };
  // Captured on the document: the prerender is inert, so the click's target is whatever holds it.
  document.addEventListener("click", onClick, { capture: true });
  const queue: Queue = { stop: () => document.removeEventListener("click", onClick, { capture: true }) };
  (window as unknown as Record<string, Queue>)[KEY] = queue;
}

/** The queued click, left in the queue for the app's map to take: its answer comes first (ui/firstAnswer.ts). */
export const peekEarlyClick = (): EarlyClick | undefined => queueOf()?.click;

/** The queued click, once: queueing stops (the app's own map has its handlers from now on). */
export function takeEarlyClick(): EarlyClick | undefined {
  const queue = queueOf();
  if (!queue) return undefined;
  queue.stop();
  delete (window as unknown as Record<string, Queue | undefined>)[KEY];
  return queue.click;
}
