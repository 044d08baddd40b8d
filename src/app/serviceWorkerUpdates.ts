/**
 * A new deployment announces itself to a page that stays open (issue 24, point 3). The browser looks for a new
 * service worker only at a navigation; a briefing's tab is open for hours, so the page asks too: whenever it comes
 * back to the front (focus, or the tab made visible) and every hour. A new worker that installs beside the one in
 * charge is a new version waiting, however it was found (this page's check, another tab's, the browser's own), and
 * UpdatePrompt says so; it waits until someone accepts it.
 *
 * Windows reload together: the presentation and its presenter view (and any other tab of the page) must not run two
 * versions side by side, and a tab left on the old version would ask the new worker for chunks it no longer holds.
 * The window where "Ladda om" is pressed says so on its own BroadcastChannel, UPDATE_CHANNEL ("rus-kartan-update",
 * apart from the presentation's channel in present/presenterChannel.ts); every window then reloads once the new
 * worker is active. The view survives: it is in the link, and a reload opens the same link.
 */

/** Besides on focus: how often an open page asks for a new version. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;
/** The BroadcastChannel on which a window tells the others that the new version was accepted. */
export const UPDATE_CHANNEL = "rus-kartan-update";

type AcceptMessage = { type: "accept" };

export type UpdateWatch = {
  /** The user accepted the new version here: every window reloads into it once it is active. */
  accept(): void;
  /** Listeners, the timer and the channel removed (the page no longer needs them). */
  stop(): void;
};

/** What the watch needs of the page; the browser's by default, a stand-in in unit tests. */
export type UpdateEnvironment = {
  window: Pick<Window, "addEventListener" | "removeEventListener" | "setInterval" | "clearInterval">;
  document: Pick<Document, "addEventListener" | "removeEventListener" | "visibilityState">;
  online: () => boolean;
  reload: () => void;
  channel: () => Pick<BroadcastChannel, "postMessage" | "close" | "onmessage"> | undefined;
};

const browserEnvironment = (): UpdateEnvironment => ({
  window,
  document,
  online: () => navigator.onLine,
  reload: () => window.location.reload(),
  channel: () => (typeof BroadcastChannel === "undefined" ? undefined : new BroadcastChannel(UPDATE_CHANNEL)),
});

/**
 * Watches the page's service worker registration for a new version: `onWaiting` is called when one is installed and
 * waiting (at once, if one already waits).
 */
export function watchForUpdates(
  registration: ServiceWorkerRegistration,
  onWaiting: () => void,
  env: UpdateEnvironment = browserEnvironment(),
): UpdateWatch {
  let checking = false;
  const check = () => {
    // One check at a time; none while a worker installs or with the network off (update() would only fail).
    if (checking || registration.installing || !env.online()) return;
    checking = true;
    registration
      .update()
      .catch(() => {
        /* the server is not there now: the next focus or hour asks again */
      })
      .finally(() => (checking = false));
  };
  const onVisibility = () => {
    if (env.document.visibilityState === "visible") check();
  };

  // A worker that reaches "installed" while another is active waits for the user (the first install activates at once).
  const installing = new Set<ServiceWorker>();
  const onStateChange = (event: Event) => {
    const worker = event.target as ServiceWorker;
    if (worker.state === "installing") return;
    worker.removeEventListener("statechange", onStateChange);
    installing.delete(worker);
    if (worker.state === "installed" && registration.waiting === worker && registration.active) onWaiting();
  };
  const onUpdateFound = () => {
    const worker = registration.installing;
    if (!worker || installing.has(worker)) return;
    installing.add(worker);
    worker.addEventListener("statechange", onStateChange);
  };
  if (registration.waiting && registration.active) onWaiting();

  // Accepted here or in another window: reload once the new worker is active (at once, if it already is).
  let reloading = false;
  const reloadWhenActive = () => {
    if (reloading) return;
    reloading = true;
    const next = registration.waiting ?? registration.installing;
    if (!next) return env.reload();
    const onNextState = () => {
      if (next.state !== "activated" && next.state !== "redundant") return;
      next.removeEventListener("statechange", onNextState);
      env.reload();
    };
    next.addEventListener("statechange", onNextState);
    // The worker's own protocol (vite-plugin-pwa's prompt mode): a waiting worker takes over when told to skip waiting.
    next.postMessage({ type: "SKIP_WAITING" });
    onNextState();
  };
  const channel = env.channel();
  if (channel)
    channel.onmessage = (event: MessageEvent<AcceptMessage>) => {
      if (event.data?.type === "accept") reloadWhenActive();
    };

  env.window.addEventListener("focus", check);
  env.document.addEventListener("visibilitychange", onVisibility);
  registration.addEventListener("updatefound", onUpdateFound);
  const timer = env.window.setInterval(check, UPDATE_CHECK_INTERVAL_MS);

  return {
    accept() {
      channel?.postMessage({ type: "accept" } satisfies AcceptMessage);
      reloadWhenActive();
    },
    stop() {
      env.window.removeEventListener("focus", check);
      env.document.removeEventListener("visibilitychange", onVisibility);
      registration.removeEventListener("updatefound", onUpdateFound);
      for (const worker of installing) worker.removeEventListener("statechange", onStateChange);
      installing.clear();
      env.window.clearInterval(timer);
      channel?.close();
    },
  };
}
