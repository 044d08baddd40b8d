import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { PRESENT_STRINGS } from "../i18n/present";
import { LANGS, type Lang } from "../i18n/strings";
import { followSuggestion, sameWords, type Bilingual } from "./formWords";

/** One field of the form, asked in both languages. */
export type BilingualField<K extends string> = { name: K; label: string; lines: number; required: boolean };

type BilingualFormProps<K extends string> = {
  lang: Lang;
  fields: readonly BilingualField<K>[];
  initial: Record<K, Bilingual>;
  /**
   * The initial words are the app's suggestion, not the user's: a language left as suggested while the other was
   * edited is marked as such, so a Swedish title does not silently go out with the map's English one. A new
   * suggestion (the view changed) replaces only what is still as suggested: what the user typed stays.
   */
  suggested?: boolean;
  submitLabel: string;
  onSubmit: (words: Record<K, Bilingual>) => void;
  onCancel?: () => void;
  testId?: string;
  /** The first field's words selected when the form opens, ready to be typed over (a new deck's name). */
  selectFirst?: boolean;
};

/**
 * Words in Swedish and English, field by field: the one form behind adding a slide, editing one and naming the deck.
 * Required fields must have more than white space in both languages, as the deck schema says.
 */
export function BilingualForm<K extends string>({
  lang,
  fields,
  initial,
  suggested = false,
  submitLabel,
  onSubmit,
  onCancel,
  testId,
  selectFirst = false,
}: BilingualFormProps<K>) {
  const t = PRESENT_STRINGS[lang];
  const id = useId();
  const [words, setWords] = useState(initial);
  // The suggestion the words started from; when a new one comes, the untouched words follow it (followSuggestion).
  const [base, setBase] = useState(initial);
  if (suggested && !sameWords(base, initial)) {
    setBase(initial);
    setWords((w) => followSuggestion(w, base, initial));
  }
  const firstField = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  useEffect(() => {
    if (selectFirst) firstField.current?.select();
  }, [selectFirst]);
  const set = (field: K, l: Lang, value: string) => setWords((w) => ({ ...w, [field]: { ...w[field], [l]: value } }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = { ...words };
    for (const { name } of fields) trimmed[name] = { sv: words[name].sv.trim(), en: words[name].en.trim() };
    // "required" lets white space through; the deck schema would not.
    if (fields.some(({ name, required }) => required && LANGS.some((l) => trimmed[name][l] === ""))) return;
    onSubmit(trimmed);
  };
  const languageName = (l: Lang) => (l === "sv" ? t.inSwedish : t.inEnglish);
  const untouched = (name: K, l: Lang) => words[name][l] === initial[name][l];
  return (
    <form className="slide-form" onSubmit={submit} data-testid={testId}>
      {fields.map(({ name, label, lines, required }, fieldIndex) =>
        LANGS.map((l, langIndex) => {
          const fieldId = `${id}-${name}-${l}`;
          const hintId = `${fieldId}-hint`;
          // Suggested text kept in one language while the other now says something else.
          const stale =
            suggested && initial[name][l] !== "" && untouched(name, l) && LANGS.some((other) => other !== l && !untouched(name, other));
          const common = {
            id: fieldId,
            lang: l,
            required,
            value: words[name][l],
            "aria-describedby": stale ? hintId : undefined,
            "data-field": `${name}-${l}`,
            ref:
              fieldIndex === 0 && langIndex === 0
                ? (element: HTMLInputElement | HTMLTextAreaElement | null) => {
                    firstField.current = element;
                  }
                : undefined,
          };
          return (
            <p key={fieldId} className="slide-form-field">
              <label htmlFor={fieldId}>{`${label} (${languageName(l)})`}</label>
              {lines === 1 ? (
                <input {...common} onChange={(e) => set(name, l, e.target.value)} />
              ) : (
                <textarea {...common} rows={lines} onChange={(e) => set(name, l, e.target.value)} />
              )}
              {stale && (
                <span id={hintId} className="slide-form-suggested" data-testid="suggested-not-edited">
                  {t.suggestedNotEdited(languageName(l === "sv" ? "en" : "sv"))}
                </span>
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
