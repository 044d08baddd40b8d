/**
 * A click on the map before the page's own map can take it (issue 25, "the first click answered early"): the
 * prerendered map (scripts/prerender.mjs) is a picture, inert, shown while the scripts load, and a person clicks what
 * they see. app/bootFrame.ts queues the last click inside the map's box; the app's SVG map, laid out in the same place
 * by the same rule, takes it when it is first drawn (takeEarlyClick) and selects the region under it.
 */
export type EarlyClick = { x: number; y: number };

/**
 * A click on the prerendered map answered at once (app/earlyAnswer.ts): the region, and the panel's nodes on screen,
 * which the app's side panel carries until it shows its own (app/CarriedAnswer.tsx).
 */
export type EarlyAnswer = { code: string; nodes: ChildNode[] };

/** The click, and its answer if it had one (kept after the click is taken, until the app's own answer is painted). */
type Queue = { click?: EarlyClick; answered?: EarlyAnswer; listeners: Set<() => void>; stop: () => void };

/** On window: the boot script and the app are two bundles. */
const KEY = "__rusEarlyClick";
const queueOf = () => (typeof window === "undefined" ? undefined : (window as unknown as Record<string, Queue | undefined>)[KEY]);

/**
 * Queues the last primary click inside the map's box (client coordinates) until the app takes it: on the prerendered
 * `map`, and after the app has replaced it, on the app's map before its shapes are drawn. A click on the app's drawn
 * shapes is theirs. `onPrerendered` is told of each click on the prerendered map, to answer it (setEarlyAnswer).
 */
export function queueEarlyClicks(map: Element, onPrerendered?: (click: EarlyClick) => void): void {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || (event.target instanceof Element && event.target.closest('[data-testid="map"] svg'))) return;
    const box = (map.isConnected ? map : (document.querySelector(".map-svg") ?? map)).getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX < box.right && event.clientY >= box.top && event.clientY < box.bottom;
    if (!inside) return;
    queue.click = { x: event.clientX, y: event.clientY };
    // Only while the prerendered map is on screen: the app's own map answers its own.
    if (map.isConnected) onPrerendered?.(queue.click);
  };
  // Captured on the document: the prerender is inert, so the click's target is whatever holds it.
  document.addEventListener("click", onClick, { capture: true });
  const queue: Queue = { listeners: new Set(), stop: () => document.removeEventListener("click", onClick, { capture: true }) };
  (window as unknown as Record<string, Queue>)[KEY] = queue;
}

/** The queued click, left in the queue for the app's map to take: its answer comes first (ui/firstAnswer.ts). */
export const peekEarlyClick = (): EarlyClick | undefined => queueOf()?.click;

/** The answer to a click on the prerendered map, while it is on screen (a store for useSyncExternalStore). */
export const earlyAnswer = (): EarlyAnswer | undefined => queueOf()?.answered;

/** Calls `listener` when the early answer changes; returns the unsubscribe. */
export function subscribeEarlyAnswer(listener: () => void): () => void {
  const queue = queueOf();
  queue?.listeners.add(listener);
  return () => queue?.listeners.delete(listener);
}

/**
 * The answer on screen to the last click on the prerendered map (app/earlyAnswer.ts), or none; and undefined once the
 * app's own answer is on screen (the early one is done with).
 */
export function setEarlyAnswer(answered: EarlyAnswer | undefined): void {
  const queue = queueOf();
  if (!queue || queue.answered === answered) return;
  queue.answered = answered;
  queue.listeners.forEach((listener) => listener());
}

/** The queued click, once: queueing stops (the app's own map has its handlers from now on). */
export function takeEarlyClick(): EarlyClick | undefined {
  const queue = queueOf();
  if (!queue) return undefined;
  queue.stop();
  const { click } = queue;
  queue.click = undefined;
  return click;
}
