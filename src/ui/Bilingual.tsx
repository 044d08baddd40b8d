import { useState } from "react";
import { READER_STRINGS } from "../i18n/reader";
import type { Lang } from "../i18n/strings";
import { useEnglish } from "./reportSource";

/**
 * Report text in the interface's language: Swedish as it stands, or in the
 * English interface its unofficial translation, labelled so, with the Swedish
 * original one click away. Text the translation lacks stays Swedish.
 */
export type BilingualText = {
  /** The texts to show, translated where the interface is English and a translation exists. */
  texts: string[];
  /** The language they are in (for lang="…" on their element). */
  lang: Lang;
  /** True when `texts` are the translation. */
  translated: boolean;
  /** True when a translation exists (whether shown or not): the toggle is offered. */
  translatable: boolean;
  toggle: () => void;
};

export function useBilingual(sv: readonly string[], lang: Lang): BilingualText {
  const english = useEnglish(lang);
  const [original, setOriginal] = useState(false);
  const translatedTexts = english ? sv.map((s) => english.text(s)) : [];
  const translatable = english !== undefined && translatedTexts.every((s) => s !== undefined);
  const translated = translatable && !original;
  return {
    texts: translated ? (translatedTexts as string[]) : [...sv],
    lang: translated ? "en" : "sv",
    translated,
    translatable,
    toggle: () => setOriginal((o) => !o),
  };
}

/** "Unofficial translation · Show the Swedish original": under translated text, in the English interface. */
export function TranslationNote({ text, lang }: { text: BilingualText; lang: Lang }) {
  const t = READER_STRINGS[lang];
  if (!text.translatable) return null;
  return (
    <span className="translation-note">
      {text.translated && <span className="translation-label">{t.unofficial}</span>}
      <button type="button" className="link-button" aria-pressed={!text.translated} onClick={text.toggle}>
        {text.translated ? t.showOriginal : t.showTranslation}
      </button>
    </span>
  );
}
