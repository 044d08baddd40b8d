import { PRESENT_STRINGS } from "../i18n/present";
import "./present.css";
import type { Lang } from "../i18n/strings";
import type { Presentation } from "./usePresentation";

/** Starts the presentation in full screen (a user gesture, as the Fullscreen API requires). */
export function PresentButton({ presentation, lang }: { presentation: Presentation; lang: Lang }) {
  const t = PRESENT_STRINGS[lang];
  return (
    <button type="button" className="present-button" title={t.presentHint} onClick={() => presentation.enter(1)} data-testid="present">
      {t.present}
    </button>
  );
}
