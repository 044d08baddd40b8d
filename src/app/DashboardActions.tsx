import type { Dataset } from "../data/schema";
import type { Lang } from "../i18n/strings";
import type { Classification } from "../domain/classify";
import type { MapHandle } from "../domain/mapRenderer";
import type { NeighbourTable } from "../geo/neighbourTable";
import type { ViewToDraw } from "../export/viewImage";
import { ExportTools } from "../export/ExportTools";
import { downloadBlob } from "../export/download";
import { DeckEditor } from "../present/DeckEditor";
import { PresentButton } from "../present/PresentButton";
import type { Presentation } from "../present/usePresentation";
import { printDeck } from "./printDeck";
import type { Deck } from "../present/deckSchema";
import { downloadDeckPptx, downloadViewPptx } from "./powerPoint";
import { useDeckStore } from "../present/deckStore";

export type DashboardActionsProps = {
  data: Dataset;
  lang: Lang;
  presentation: Presentation;
  classification: Classification;
  /** The view shown, as the picture pipeline draws it; null until the geometry is in. */
  current: ViewToDraw | null;
  /** The map on screen (its size, for an image at twice the screen's pixels). */
  mapHandle: MapHandle | null;
  /** The selection's neighbours, outlined in every picture of a view. */
  neighbours: NeighbourTable;
  nameOf: (code: string) => string;
  /** The deck's slides' pictures (useSlideThumbnails), the grid's and the deck builder's rows' alike. */
  thumbnails?: (index: number) => Promise<string>;
};

/**
 * What to do with the view: present, build a deck, export. A chunk of its
 * own (default export for React.lazy): the page renders it once the map is
 * ready, so its code need not be parsed before.
 */
export default function DashboardActions({
  data,
  lang,
  presentation,
  classification,
  current,
  mapHandle,
  neighbours,
  nameOf,
  thumbnails,
}: DashboardActionsProps) {
  const picture = current?.picture;
  const slide = presentation.present ? presentation.current : undefined;
  const deck = useDeckStore((s) => s.deck);
  const title = slide?.title[lang] ?? classification.title;
  const caption = presentation.present ? slide?.caption[lang] : classification.subtitle;
  // The deck's PowerPoint, from the deck builder and from the export menu alike.
  const deckPptx = picture
    ? (of: Deck, onProgress?: (done: number, total: number) => void) =>
        downloadDeckPptx(of, { data, lang, picture, neighbours, nameOf }, onProgress)
    : undefined;
  const powerPoint = current && {
    view: () => downloadViewPptx(current, { data, lang, classification, nameOf, title, caption }),
    deck: deck && deckPptx ? (onProgress: (done: number, total: number) => void) => deckPptx(deck, onProgress) : undefined,
  };

  return (
    <div className="dashboard-actions">
      <PresentButton presentation={presentation} lang={lang} />
      <DeckEditor
        data={data}
        lang={lang}
        presentation={presentation}
        onDownload={(text, name) => downloadBlob(new Blob([text], { type: "application/json" }), name)}
        onPrint={picture ? (deck) => printDeck(deck, { data, lang, picture, neighbours, nameOf }) : undefined}
        onPowerPoint={deckPptx}
        thumbnail={thumbnails}
      />
      <ExportTools
        data={data}
        lang={lang}
        classification={classification}
        current={current}
        mapHandle={mapHandle}
        neighbours={neighbours}
        nameOf={nameOf}
        title={title}
        caption={caption}
        powerPoint={powerPoint ?? undefined}
      />
    </div>
  );
}
