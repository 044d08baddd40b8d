import { COMPARE_STRINGS } from "../i18n/compare";
import type { Lang } from "../i18n/strings";
import { useViewStore } from "../state/store";

/**
 * Above the map while a comparison's first region waits for a second ("Lägg till i jämförelse" with no comparison
 * under way): where the next click goes, so the page says it there, and announces it. Cancel ends the wait.
 */
export function ComparePickBanner({ lang, nameOf }: { lang: Lang; nameOf: (code: string) => string }) {
  const pick = useViewStore((s) => s.comparePick);
  const present = useViewStore((s) => s.present);
  const t = COMPARE_STRINGS[lang];
  // The live region stays in the page, so the message is announced when it appears in it.
  return (
    <div role="status" className="compare-pick-status">
      {pick !== undefined && !present && (
        <div className="notice notice-pick" data-testid="compare-pick">
          <p>
            <strong>{t.pickWaiting(nameOf(pick))}</strong> {t.pickHint}
          </p>
          <button type="button" aria-label={t.pickCancelLong(nameOf(pick))} onClick={() => useViewStore.getState().cancelComparePick()}>
            {t.pickCancel}
          </button>
        </div>
      )}
    </div>
  );
}
