import { STRINGS, type Lang } from "../i18n/strings";
import type { IgnoredParam } from "../state/url";

/** Says, quietly and dismissibly, which URL parameters were dropped. */
export function Notice({ lang, ignored, onDismiss }: { lang: Lang; ignored: IgnoredParam[]; onDismiss: () => void }) {
  const t = STRINGS[lang];
  return (
    <div className="notice" role="status" data-testid="url-notice">
      <p>
        {t.urlIgnored}{" "}
        {ignored.map((p, i) => (
          <code key={i}>
            {p.key}={p.value}
          </code>
        ))}
      </p>
      <button type="button" onClick={onDismiss} aria-label={t.dismissNotice}>
        ×
      </button>
    </div>
  );
}
