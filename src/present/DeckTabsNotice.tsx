import { PRESENT_STRINGS } from "../i18n/present";
import type { Lang } from "../i18n/strings";
import { useDeckStore } from "./deckStore";

type Props = {
  lang: Lang;
  /** Where it stands: in the page (only the question) or in the deck editor (the question, and a change taken over). */
  where: "page" | "editor";
};

/**
 * What another tab did to the deck (deckStore's `receive`): a change beside this tab's own edits is a question — which
 * stands — asked before either side's work is lost; a change taken over (nothing of this tab's own lost) is said in the
 * deck editor.
 */
export function DeckTabsNotice({ lang, where }: Props) {
  const t = PRESENT_STRINGS[lang];
  const conflict = useDeckStore((s) => s.elsewhere !== null);
  const changed = useDeckStore((s) => s.changedElsewhere);
  const { keepMine, takeTheirs, dismissChangedElsewhere } = useDeckStore.getState();
  // In the page, as the link's notice is; in the editor, as its storage problems are.
  const className = `${where === "page" ? "notice" : "deck-editor-storage"} deck-tabs-notice`;
  if (conflict) {
    return (
      <div role="alert" className={className} data-testid={`deck-conflict-${where}`}>
        <p>{t.deckConflict}</p>
        <button type="button" onClick={keepMine}>
          {t.deckKeepMine}
        </button>
        <button type="button" onClick={takeTheirs}>
          {t.deckTakeTheirs}
        </button>
      </div>
    );
  }
  if (!changed || where !== "editor") return null;
  return (
    <div role="status" className={className} data-testid="deck-changed-elsewhere">
      <p>{t.deckChangedElsewhere}</p>
      <button type="button" onClick={dismissChangedElsewhere} aria-label={t.dismiss}>
        ×
      </button>
    </div>
  );
}
