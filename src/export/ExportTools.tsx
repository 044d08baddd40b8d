import { useState } from "react";
import "./export.css";
import type { Dataset } from "../data/schema";

import { PRESENT_STRINGS } from "../i18n/present";
import { PPTX_STRINGS } from "../i18n/pptx";
import type { Lang } from "../i18n/strings";
import type { Classification } from "../domain/classify";
import type { MapHandle } from "../domain/mapRenderer";
import type { NeighbourTable } from "../geo/neighbourTable";
import { useViewStore, viewStateOf } from "../state/store";
import { defaultSeparator, matrixRows, sourceNote, toCsv, viewRows, type Separator } from "./csv";
import { downloadBlob, isoDate, viewSlug } from "./download";
import { copyText } from "./copyLink";
import { downloadViewPng, viewWords, type ViewToDraw } from "./viewImage";
import { printViews } from "./printDeck";

type ExportToolsProps = {
  data: Dataset;
  lang: Lang;
  classification: Classification;
  /** The view shown, as the picture pipeline draws it; null until the geometry is in. */
  current: ViewToDraw | null;
  /** The map on screen, whose size an image at twice the screen's pixels takes. */
  mapHandle?: MapHandle | null;
  neighbours: NeighbourTable;
  nameOf: (code: string) => string;
  /** PowerPoint files of the view and of the deck (the app composes them: the deck is another feature's). */
  powerPoint?: { view: () => Promise<number>; deck?: (onProgress: (done: number, of: number) => void) => Promise<number> };
  /** The view's title and caption: the slide's when presenting, else the map's own. */
  title: string;
  caption?: string;
};

/** Export menu: PNG of the view, copy link, data downloads, print. */
export function ExportTools({
  data,
  lang,
  classification,
  current,
  mapHandle,
  neighbours,
  nameOf,
  title,
  caption,
  powerPoint,
}: ExportToolsProps) {
  const t = PRESENT_STRINGS[lang];
  const tp = PPTX_STRINGS[lang];
  const [status, setStatus] = useState("");
  // The reader's choice, if any; else the separator their language's Excel reads.
  const [chosenSeparator, setSeparator] = useState<Separator>();
  const separator = chosenSeparator ?? defaultSeparator(lang);
  const view = useViewStore((s) => s);
  const slug = viewSlug(data.edition.id, [view.color, view.practice, view.q === undefined ? undefined : `q${view.q}`, view.region]);
  const date = isoDate();
  const note = sourceNote(data, lang, t.csvNote(date));

  const exportPng = async (kind: "slide" | "screen") => {
    if (!current) return;
    setStatus(t.pngWorking);
    try {
      const words = viewWords(data, classification, lang, nameOf, { title, caption });
      await downloadViewPng(current, words, kind, slug, mapHandle?.screenSize?.());
      setStatus("");
    } catch {
      setStatus(t.pngFailed);
    }
  };

  // The view printed as the same picture as its PNG (title, legend, source on one A4 page): the live
  // map cannot be re-laid out for paper, so printing it directly cuts it off. Ctrl+P keeps the print stylesheet.
  const printView = async () => {
    if (!current) return window.print();
    setStatus(t.printPreparing);
    try {
      const page = { view: viewStateOf(view), title, caption: caption ?? "", label: title };
      await printViews([page], { data, picture: current.picture, neighbours, nameOf });
      setStatus("");
    } catch {
      setStatus(t.printFailed);
    }
  };

  const makePptx = async (make: (onProgress: (done: number, of: number) => void) => Promise<number>) => {
    setStatus(tp.working(0, 1));
    try {
      const slides = await make((done, of) => setStatus(tp.working(done, of)));
      setStatus(tp.done(slides));
    } catch (error) {
      setStatus(tp.failed(error instanceof Error ? error.message : String(error)));
    }
  };

  const csv = (rows: (string | number)[][], name: string) =>
    downloadBlob(new Blob([toCsv(rows, separator, note)], { type: "text/csv;charset=utf-8" }), `${name}-${date}.csv`);

  // The link alone pastes into an address bar or a chat as a working link; with the title it reads as a reference.
  const copyLink = async (withTitle: boolean) => {
    const ok = await copyText(withTitle ? `${title}\n${window.location.href}` : window.location.href);
    setStatus(ok ? t.linkCopied : t.linkCopyFailed);
  };

  return (
    <details className="export-tools">
      <summary>{t.export}</summary>
      <div className="export-menu" role="group" aria-label={t.export}>
        <p className="export-heading">{t.downloadPng}</p>
        <button type="button" onClick={() => void exportPng("slide")} disabled={!current} data-testid="png-slide">
          {t.pngSlide}
        </button>
        <button type="button" onClick={() => void exportPng("screen")} disabled={!current} data-testid="png-screen">
          {t.pngScreen}
        </button>
        <p className="export-heading">{tp.heading}</p>
        <button type="button" onClick={() => powerPoint && void makePptx(powerPoint.view)} disabled={!powerPoint} data-testid="pptx-view">
          {tp.view}
        </button>
        <button
          type="button"
          onClick={() => powerPoint?.deck && void makePptx(powerPoint.deck)}
          disabled={!powerPoint?.deck}
          title={tp.deckHint}
          data-testid="pptx-deck"
        >
          {tp.deck}
        </button>
        <button type="button" onClick={() => void copyLink(false)} data-testid="copy-link">
          {t.copyLink}
        </button>
        <button type="button" onClick={() => void copyLink(true)} data-testid="copy-link-titled">
          {t.copyLinkWithTitle}
        </button>
        <p className="export-heading">{t.downloads}</p>
        <label className="export-option">
          <input type="checkbox" checked={separator === ";"} onChange={(e) => setSeparator(e.target.checked ? ";" : ",")} />
          {t.semicolon}
        </label>
        <button
          type="button"
          onClick={() => csv(matrixRows(data, lang), `rus-${data.edition.id}-regioner-x-exempel`)}
          data-testid="csv-matrix"
        >
          {t.csvMatrix}
        </button>
        <button
          type="button"
          onClick={() => csv(viewRows(data, classification, { code: t.columnCode, region: t.columnRegion, value: t.columnValue }), slug)}
          data-testid="csv-view"
        >
          {t.csvView}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadBlob(
              new Blob([JSON.stringify({ note, ...data }, null, 2)], { type: "application/json" }),
              `rus-${data.edition.id}-dataset-${date}.json`,
            )
          }
          data-testid="json-dataset"
        >
          {t.jsonDataset}
        </button>
        <button type="button" onClick={() => void printView()} data-testid="print-view">
          {t.print}
        </button>
      </div>
      <p className="export-status" role="status" data-testid="export-status">
        {status}
      </p>
    </details>
  );
}
