import type { Dataset } from "../data/schema";
import type { Lang } from "../i18n/strings";
import type { Classification } from "../domain/classify";
import type { MapHandle } from "../domain/mapRenderer";
import { ExportTools } from "../export/ExportTools";
import { downloadBlob } from "../export/download";
import { DeckEditor } from "../present/DeckEditor";
import { PresentButton } from "../present/PresentButton";
import type { Presentation } from "../present/usePresentation";
import { printDeck } from "./printDeck";

export type DashboardActionsProps = {
  data: Dataset;
  lang: Lang;
  presentation: Presentation;
  classification: Classification;
  /** The map, once drawn; null in the table view or before the map is ready. */
  mapHandle: MapHandle | null;
  /** The deck can be printed from the map view only (its slides are map images). */
  canPrintDeck: boolean;
  nameOf: (code: string) => string;
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
  mapHandle,
  canPrintDeck,
  nameOf,
}: DashboardActionsProps) {
  const slide = presentation.present ? presentation.current : undefined;
  return (
    <div className="dashboard-actions">
      <PresentButton presentation={presentation} lang={lang} />
      <DeckEditor
        data={data}
        lang={lang}
        presentation={presentation}
        onDownload={(text, name) => downloadBlob(new Blob([text], { type: "application/json" }), name)}
        onPrint={canPrintDeck && mapHandle ? (deck) => printDeck(deck, { data, lang, handle: mapHandle, nameOf }) : undefined}
      />
      <ExportTools
        data={data}
        lang={lang}
        classification={classification}
        mapHandle={mapHandle}
        nameOf={nameOf}
        title={slide?.title[lang] ?? classification.title}
        caption={presentation.present ? slide?.caption[lang] : classification.subtitle}
      />
    </div>
  );
}
