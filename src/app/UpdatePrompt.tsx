import { useRegisterSW } from "virtual:pwa-register/react";
import { OFFLINE_STRINGS } from "../i18n/offline";
import { useViewStore } from "../state/store";
import "./updatePrompt.css";

/**
 * Registers the service worker (vite.config.ts; a no-op in dev and in the one file) and, when a new version has been
 * downloaded, says so and offers to reload into it. The new version waits until then: a briefing is not reloaded under
 * the presenter. The status region is always there, so its message is announced when it appears.
 */
export function UpdatePrompt() {
  const lang = useViewStore((s) => s.lang);
  const t = OFFLINE_STRINGS[lang];
  // Registered after the page's load event, not during the first paint's downloads.
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ immediate: false });
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      {needRefresh && (
        <div className="notice">
          <p>{t.newVersion}</p>
          <div className="update-prompt-actions">
            <button type="button" onClick={() => void updateServiceWorker()}>
              {t.reload}
            </button>
            <button type="button" onClick={() => setNeedRefresh(false)}>
              {t.notNow}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
