import { PRESENT_STRINGS } from "../i18n/present";
import type { Lang } from "../i18n/strings";
import { BilingualForm, type BilingualField } from "./BilingualForm";
import type { Bilingual } from "./formWords";
import type { Slide } from "./deckSchema";

export type SlideWords = Pick<Slide, "title" | "caption" | "notes">;

type SlideFormProps = {
  lang: Lang;
  initial: SlideWords;
  /** The words are the app's suggestion for the view (adding a slide), not a slide's own (editing one). */
  suggested?: boolean;
  submitLabel: string;
  onSubmit: (words: SlideWords) => void;
  onCancel?: () => void;
  testId?: string;
};

const NO_NOTES: Bilingual = { sv: "", en: "" };

/**
 * A slide's title, caption and speaker notes in Swedish and English: the same form adds a slide and edits one. Title
 * and caption are required in both languages, as the deck schema says; notes are the presenter's, and optional.
 */
export function SlideForm({ lang, initial, suggested, submitLabel, onSubmit, onCancel, testId }: SlideFormProps) {
  const t = PRESENT_STRINGS[lang];
  const fields: BilingualField<"title" | "caption" | "notes">[] = [
    { name: "title", label: t.slideTitle, lines: 1, required: true },
    { name: "caption", label: t.slideCaption, lines: 2, required: true },
    { name: "notes", label: t.slideNotes, lines: 3, required: false },
  ];
  return (
    <BilingualForm
      lang={lang}
      fields={fields}
      initial={{ ...initial, notes: initial.notes ?? NO_NOTES }}
      suggested={suggested}
      submitLabel={submitLabel}
      onCancel={onCancel}
      testId={testId}
      onSubmit={({ title, caption, notes }) =>
        // A slide without notes has none, rather than two empty ones.
        onSubmit({ title, caption, notes: notes.sv === "" && notes.en === "" ? undefined : notes })
      }
    />
  );
}

/** Whether a slide has notes to show the presenter. */
export const hasNotes = (slide: Slide) => Boolean(slide.notes && (slide.notes.sv.trim() || slide.notes.en.trim()));
