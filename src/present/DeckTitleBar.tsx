import type { PresentStrings } from "../i18n/present";
import type { Lang } from "../i18n/strings";
import { ClampedText } from "../ui/ClampedText";
import { BilingualForm } from "./BilingualForm";
import type { Bilingual } from "./formWords";
import type { Deck } from "./deckSchema";
import { useDeckStore } from "./deckStore";

/** Naming the deck: not now, renaming it, or naming a deck just started (its title field selected at once). */
export type Naming = false | "rename" | "new";

type DeckTitleBarProps = {
  deck: Deck | null;
  lang: Lang;
  t: PresentStrings;
  naming: Naming;
  onNaming: (naming: Naming) => void;
  onRename: (title: Bilingual) => void;
};

/** The deck's title, where it comes from and whether it is kept, with its Rename; or the form that names it. */
export function DeckTitleBar({ deck, lang, t, naming, onNaming, onRename }: DeckTitleBarProps) {
  const origin = useDeckStore((s) => s.origin);
  const unsaved = useDeckStore((s) => s.unsaved);
  const storageProblem = useDeckStore((s) => s.storageProblem);
  if (deck && naming) {
    return (
      <BilingualForm
        // A new deck's form is a new form: it starts from the new deck's title, not the one being renamed.
        key={naming}
        lang={lang}
        fields={[{ name: "title", label: t.deckTitle, lines: 1, required: true }]}
        initial={{ title: deck.title }}
        submitLabel={t.save}
        testId="deck-title-form"
        selectFirst={naming === "new"}
        onCancel={() => onNaming(false)}
        onSubmit={({ title }) => {
          onRename(title);
          onNaming(false);
        }}
      />
    );
  }
  const originLabel = origin === "file" ? t.originFile : origin === "edited" ? t.originEdited : t.originDefault;
  const keptLabel = storageProblem === "not-kept" ? "" : unsaved ? t.keptNotInFile : t.keptInBrowser;
  return (
    <div className="deck-editor-origin">
      {deck ? (
        <>
          <ClampedText text={deck.title[lang]} className="deck-editor-deck-title" testId="deck-title" />
          <span className="deck-editor-origin-label" data-testid="deck-origin">
            · {originLabel}
            {keptLabel && ` · ${keptLabel}`}
          </span>
          <button type="button" className="deck-editor-small" onClick={() => onNaming("rename")} data-testid="deck-rename">
            {t.renameDeck}
          </button>
        </>
      ) : (
        t.deckLoading
      )}
    </div>
  );
}
