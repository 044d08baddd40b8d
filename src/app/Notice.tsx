import { COMPARE_STRINGS } from "../i18n/compare";
import { STRINGS, type Lang } from "../i18n/strings";
import type { IgnoredParam } from "../state/url";

/** A link with thousands of bad keys still gets a notice of a few lines: the first few are named, the rest counted. */
const NOTICE_MAX_PARAMS = 5;

type NoticeProps = { lang: Lang; ignored: IgnoredParam[]; nameOf: (code: string) => string; onDismiss: () => void };

/**
 * Says, quietly and dismissibly, which URL parameters were dropped, which keys were repeated, and which regions a
 * comparison of more than it holds left out (by name).
 */
export function Notice({ lang, ignored, nameOf, onDismiss }: NoticeProps) {
  const t = STRINGS[lang];
  const repeated = ignored.filter((p) => p.repeated);
  const trimmed = ignored.filter((p) => !p.repeated && p.limit !== undefined);
  const invalid = ignored.filter((p) => !p.repeated && p.limit === undefined);
  return (
    <div className="notice" role="status" data-testid="url-notice">
      <div>
        {invalid.length > 0 && <ParamLine lead={t.urlIgnored} params={invalid} lang={lang} />}
        {repeated.length > 0 && <ParamLine lead={t.urlRepeated} params={repeated} lang={lang} />}
        {trimmed.map((p, i) => (
          <p key={i} data-testid="url-notice-trimmed">
            {COMPARE_STRINGS[lang].linkTrimmed(p.limit!, p.value.split(",").map(nameOf))}
          </p>
        ))}
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
