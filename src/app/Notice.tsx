import { STRINGS, type Lang } from "../i18n/strings";
import type { IgnoredParam } from "../state/url";

/** A link with thousands of bad keys still gets a notice of a few lines: the first few are named, the rest counted. */
const NOTICE_MAX_PARAMS = 5;

/** Says, quietly and dismissibly, which URL parameters were dropped, and which keys were repeated. */
export function Notice({ lang, ignored, onDismiss }: { lang: Lang; ignored: IgnoredParam[]; onDismiss: () => void }) {
  const t = STRINGS[lang];
  const repeated = ignored.filter((p) => p.repeated);
  const invalid = ignored.filter((p) => !p.repeated);
  return (
    <div className="notice" role="status" data-testid="url-notice">
      <div>
        {invalid.length > 0 && <ParamLine lead={t.urlIgnored} params={invalid} lang={lang} />}
        {repeated.length > 0 && <ParamLine lead={t.urlRepeated} params={repeated} lang={lang} />}
      </div>
      <button type="button" onClick={onDismiss} aria-label={t.dismissNotice}>
        ×
      </button>
    </div>
  );
}

/** One line of the notice: its lead, the first parameters as key=value, and how many more there are. */
function ParamLine({ lead, params, lang }: { lead: string; params: IgnoredParam[]; lang: Lang }) {
  const more = params.length - NOTICE_MAX_PARAMS;
  return (
    <p>
      {lead}{" "}
      {params.slice(0, NOTICE_MAX_PARAMS).map((p, i) => (
        <code key={i}>
          {p.key}={p.value}
        </code>
      ))}
      {more > 0 && <span data-testid="url-notice-more">{STRINGS[lang].urlMore(more)}</span>}
    </p>
  );
}
