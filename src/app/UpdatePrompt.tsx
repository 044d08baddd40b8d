import { useEffect, useRef, useState } from "react";
import { useRegisterSW } from "virtual:pwa-register/react";
import { OFFLINE_STRINGS } from "../i18n/offline";
import { useViewStore } from "../state/store";
import { watchForUpdates, type UpdateWatch } from "./serviceWorkerUpdates";
import { MAP_READY_FALLBACK_MS } from "./useMapReadyState";
import "./updatePrompt.css";

/**
 * Registers the service worker (vite.config.ts; a no-op in dev and in the one file) and, when a new version has been
 * downloaded, says so and offers to reload into it. The new version waits until then: a briefing is not reloaded under
 * the presenter. An open page asks for a new version on focus and every hour, and every window of the page reloads
 * when one accepts (./serviceWorkerUpdates.ts). The status region is always there, so its message is announced when it
 * appears. The registration (and workbox-window's code) waits until the map is ready: nothing of it helps draw the map.
 */
export function UpdatePrompt() {
  const [registration, setRegistration] = useState<ServiceWorkerRegistration | undefined>(undefined);
  const afterMap = useAfterMapReady();
  return (
    // data-watching: the page asks for new versions and hears the other windows (the end-to-end test waits for it).
    <div className="update-prompt" role="status" data-testid="update-prompt" data-watching={registration ? "true" : undefined}>
      {afterMap && <Updates registration={registration} onRegistered={setRegistration} />}
    </div>
  );
}

/** The name of the mark the map sets when the map that stays is ready (map/useMapLibre.ts, map/MapStage.tsx). */
const MAP_READY_MARK = "rus:map-ready";

/**
 * Whether the service worker may be registered now: once the map is ready, or MAP_READY_FALLBACK_MS after the first
 * render where no map gets ready (the table, the presenter's window, a dataset refused). Its code (workbox-window) and
 * the precache's downloads are not wanted while MapLibre starts; the registration itself waits for the load event too.
 */
function useAfterMapReady(): boolean {
  const [ready, setReady] = useState(() => performance.getEntriesByName(MAP_READY_MARK).length > 0);
  useEffect(() => {
    if (ready) return;
    const done = () => setReady(true);
    const timer = setTimeout(done, MAP_READY_FALLBACK_MS);
    let observer: PerformanceObserver | undefined;
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName(MAP_READY_MARK).length > 0) done();
      });
      observer.observe({ type: "mark", buffered: true });
    } catch {
      /* no observer of marks: the fallback's timer registers it */
    }
    return () => {
      clearTimeout(timer);
      observer?.disconnect();
    };
  }, [ready]);
  return ready;
}

type UpdatesProps = {
  registration: ServiceWorkerRegistration | undefined;
  onRegistered: (registration: ServiceWorkerRegistration | undefined) => void;
};

/** Registers the service worker, watches it for new versions and offers the one that waits. */
function Updates({ registration, onRegistered }: UpdatesProps) {
  const lang = useViewStore((s) => s.lang);
  const t = OFFLINE_STRINGS[lang];
  const [waiting, setWaiting] = useState(false);
  const watch = useRef<UpdateWatch | undefined>(undefined);
  // Registered after the page's load event, not during the first paint's downloads.
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ immediate: false, onRegisteredSW: (_url, r) => onRegistered(r) });

  useEffect(() => {
    if (!registration) return;
    const next = watchForUpdates(registration, () => setWaiting(true));
    watch.current = next;
    return () => {
      next.stop();
      watch.current = undefined;
    };
  }, [registration]);

  const reload = () => {
    if (watch.current) watch.current.accept();
    else void updateServiceWorker();
  };
  const notNow = () => {
    setNeedRefresh(false);
    setWaiting(false);
  };
  return (
    (needRefresh || waiting) && (
      <div className="notice">
        <p>{t.newVersion}</p>
        <div className="update-prompt-actions">
          <button type="button" onClick={reload}>
            {t.reload}
          </button>
          <button type="button" onClick={notNow}>
            {t.notNow}
          </button>
        </div>
      </div>
    )
  );
}
