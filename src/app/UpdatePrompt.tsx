import { useEffect, useRef, useState } from "react";
import { useRegisterSW } from "virtual:pwa-register/react";
import { OFFLINE_STRINGS } from "../i18n/offline";
import { useViewStore } from "../state/store";
import { watchForUpdates, type UpdateWatch } from "./serviceWorkerUpdates";
import "./updatePrompt.css";

/**
 * Registers the service worker (vite.config.ts; a no-op in dev and in the one file) and, when a new version has been
 * downloaded, says so and offers to reload into it. The new version waits until then: a briefing is not reloaded under
 * the presenter. An open page asks for a new version on focus and every hour, and every window of the page reloads
 * when one accepts (./serviceWorkerUpdates.ts). The status region is always there, so its message is announced when it
 * appears.
 */
export function UpdatePrompt() {
  const lang = useViewStore((s) => s.lang);
  const t = OFFLINE_STRINGS[lang];
  const [registration, setRegistration] = useState<ServiceWorkerRegistration | undefined>(undefined);
  const [waiting, setWaiting] = useState(false);
  const watch = useRef<UpdateWatch | undefined>(undefined);
  // Registered after the page's load event, not during the first paint's downloads.
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ immediate: false, onRegisteredSW: (_url, r) => setRegistration(r) });

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
    // data-watching: the page asks for new versions and hears the other windows (the end-to-end test waits for it).
    <div className="update-prompt" role="status" data-testid="update-prompt" data-watching={registration ? "true" : undefined}>
      {(needRefresh || waiting) && (
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
      )}
    </div>
  );
}
