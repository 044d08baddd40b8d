import type { Edition } from "../data/schema";
import { editionName } from "../domain/sourceLine";
import type { Lang } from "../i18n/strings";
import "./editionName.css";

/**
 * The edition shown, in the header beside the app's name (issue 26: the header names the edition shown), with the
 * report's full title on hover. From the dataset shown, so it changes with an edition opened from a file.
 */
export function EditionName({ edition, lang }: { edition: Edition; lang: Lang }) {
  const name = editionName(edition, lang);
  // Where the header is narrow the line is cut with an ellipsis; the title holds it whole, with the report's title.
  return (
    <p className="app-edition" title={`${lang === "sv" ? "Utgåva" : "Edition"}: ${name} — ${edition.title}`} data-testid="app-edition">
      {name}
    </p>
  );
}
