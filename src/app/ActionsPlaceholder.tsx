import { PRESENT_STRINGS } from "../i18n/present";
import type { Lang } from "../i18n/strings";

/**
 * The header's actions as they will stand, inert and hidden from assistive technology, until their code has loaded
 * after the map (DashboardActions): the header has its final height from the first paint, so the map does not move
 * down when the actions arrive (86 px at 390 px wide).
 */
export function ActionsPlaceholder({ lang }: { lang: Lang }) {
  const t = PRESENT_STRINGS[lang];
  return (
    <div className="dashboard-actions actions-placeholder" aria-hidden="true" inert>
      <button type="button" className="present-button" tabIndex={-1}>
        {t.present}
      </button>
      <button type="button" className="deck-editor-button" tabIndex={-1}>
        {t.deckEditor}
      </button>
      <details className="export-tools">
        <summary tabIndex={-1}>{t.export}</summary>
      </details>
    </div>
  );
}
