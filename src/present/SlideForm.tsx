import { useId, useState, type FormEvent } from "react";
import { PRESENT_STRINGS } from "../i18n/present";
import type { Lang } from "../i18n/strings";
import type { Slide } from "./deckSchema";

export type SlideWords = Pick<Slide, "title" | "caption">;

type SlideFormProps = {
  lang: Lang;
  initial: SlideWords;
  submitLabel: string;
  onSubmit: (words: SlideWords) => void;
  onCancel?: () => void;
  testId?: string;
};

const LANGS = ["sv", "en"] as const;

/**
 * A slide's title and caption in Swedish and English: the same form adds a
 * slide and edits one. Both languages are required, as the deck schema says.
 */
export function SlideForm({ lang, initial, submitLabel, onSubmit, onCancel, testId }: SlideFormProps) {
  const t = PRESENT_STRINGS[lang];
  const id = useId();
  const [words, setWords] = useState<SlideWords>(initial);
  const set = (field: keyof SlideWords, l: Lang, value: string) => setWords((w) => ({ ...w, [field]: { ...w[field], [l]: value } }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = {
      title: { sv: words.title.sv.trim(), en: words.title.en.trim() },
      caption: { sv: words.caption.sv.trim(), en: words.caption.en.trim() },
    };
    // "required" lets white space through; the deck schema would not.
    if ([trimmed.title.sv, trimmed.title.en, trimmed.caption.sv, trimmed.caption.en].some((s) => s === "")) return;
    onSubmit(trimmed);
  };
  const languageName = (l: Lang) => (l === "sv" ? t.inSwedish : t.inEnglish);
  return (
    <form className="slide-form" onSubmit={submit} data-testid={testId}>
      {(["title", "caption"] as const).map((field) =>
        LANGS.map((l) => {
          const fieldId = `${id}-${field}-${l}`;
          const label = `${field === "title" ? t.slideTitle : t.slideCaption} (${languageName(l)})`;
          return (
            <p key={fieldId} className="slide-form-field">
              <label htmlFor={fieldId}>{label}</label>
              {field === "title" ? (
                <input
                  id={fieldId}
                  lang={l}
                  required
                  value={words.title[l]}
                  onChange={(e) => set("title", l, e.target.value)}
                  data-field={`title-${l}`}
                />
              ) : (
                <textarea
                  id={fieldId}
                  lang={l}
                  required
                  rows={2}
                  value={words.caption[l]}
                  onChange={(e) => set("caption", l, e.target.value)}
                  data-field={`caption-${l}`}
                />
              )}
            </p>
          );
        }),
      )}
      <p className="slide-form-actions">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t.cancel}
          </button>
        )}
      </p>
    </form>
  );
}
