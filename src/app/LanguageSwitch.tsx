import { LANGS, STRINGS } from "../i18n/strings";
import { useViewStore } from "../state/store";

const LANG_NAMES = { sv: "Svenska", en: "English" } as const;

export function LanguageSwitch() {
  const lang = useViewStore((s) => s.lang);
  const setLang = useViewStore((s) => s.setLang);
  return (
    <div className="lang-switch" role="group" aria-label={STRINGS[lang].language}>
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => setLang(l)}>
          {LANG_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
