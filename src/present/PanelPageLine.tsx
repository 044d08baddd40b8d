import { PRESENT_STRINGS } from "../i18n/present";
import type { Lang } from "../i18n/strings";

/** The line at a paged panel's foot: which page is shown, and that the next click continues it ("forts."). */
export function PanelPageLine({ page, pages, lang }: { page: number; pages: number; lang: Lang }) {
  if (pages < 2) return null;
  return (
    <p className="slide-panel-page" data-testid="slide-panel-page" aria-live="polite">
      {PRESENT_STRINGS[lang].panelPage(page, pages)}
    </p>
  );
}
