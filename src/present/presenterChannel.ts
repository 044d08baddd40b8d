/**
 * The presentation window and the presenter view (a second window of the same app) talk over one BroadcastChannel
 * (same origin). The main window owns the deck and the slide shown; the presenter view only shows what it is told and
 * asks the main window to move, so both always show the same slide, whichever window the clicker is in.
 */
export const PRESENTER_CHANNEL = "rus-kartan.presenter";

/**
 * The presenter view's address: `?presenter=1`. Not a view of the map (the URL contract, src/state/url.ts): the page
 * is told apart before the dashboard and its link parsing start (App), so the key never reaches parseView.
 */
export const PRESENTER_QUERY = "presenter=1";

export function isPresenterWindow(search: string): boolean {
  return new URLSearchParams(search).get("presenter") === "1";
}

/** The messages on the channel, their schema and version: presenterMessages.ts. */

/** The channel, or null where the browser has none (then each side says so instead of failing). */
export function openPresenterChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(PRESENTER_CHANNEL);
  } catch {
    return null;
  }
}

/** mm:ss of a duration, minutes going past 59 (a briefing of 75 minutes reads 75:00). */
export function elapsedText(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}
