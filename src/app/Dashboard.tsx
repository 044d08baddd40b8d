import { createPortal } from "react-dom";
import { Suspense, useCallback, useState, type ReactNode } from "react";
import type { Dataset } from "../data/schema";
import type { MapHandle } from "../domain/mapRenderer";
import { MAP_STRINGS } from "../i18n/map";
import { STRINGS, type Lang } from "../i18n/strings";
import { MacroControl } from "../map/MacroControl";
import { ModeControl } from "../map/ModeControl";
import { SlideGrid } from "../present/SlideChrome";
import { DeckTabsNotice } from "../present/DeckTabsNotice";
import { usePresentation, useRefitOnLayout } from "../present/usePresentation";
import { usePresenterPictures } from "../present/usePresenterPictures";
import { pictureFormFor } from "../present/presenterMessages";
import { useViewStore } from "../state/store";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { lazyWithRetry, usePreloadWhenIdle } from "../ui/lazyWithRetry";
import { AfterMapReady, MapReadyProvider } from "../ui/mapReady";
import { EditionProvider } from "../ui/edition";
import { GeometryWarning } from "./GeometryWarning";
import { MapArea, type MainView } from "./MapArea";
import { Notice } from "./Notice";
import { ComparePickBanner } from "./ComparePickBanner";
import type { Geo } from "./useAppData";
import { useDashboardModel } from "./useDashboardModel";
import { useMapReadyState } from "./useMapReadyState";
import { useUrlSync } from "./useUrlSync";
import { currentViewToDraw } from "./viewToDraw";
import { PRESENTER_PICTURE_SIZE, useSlideThumbnails } from "./useSlideThumbnails";
import { ActionsPlaceholder } from "./ActionsPlaceholder";
import { PRERENDERING } from "../ui/prerendering";
import { scrollToMap, usePanelIntoView } from "./usePanelIntoView";
import { useDashboardPrint } from "../export/dashboardPrint";
import { useReading, type Reading } from "./useReading";
import { READER_STRINGS } from "../i18n/reader";
import type { ReportReaderProps } from "../reader/ReportReader";
import { SidePanelSlot, useSidePanelCode } from "./SidePanelSlot";
import { CarriedAnswer, useCarriedAnswer } from "./CarriedAnswer";
import { useChosenOnPage, useEscapeClearsSelection } from "./useSelectionKeys";

type DashboardProps = {
  data: Dataset;
  geo: Geo;
  lang: Lang;
  /** Fetches the geometry again after it failed. */
  onRetryGeometry: () => void;
  /** Where the actions go (the header row); in the toolbar when there is none. */
  actionsSlot?: HTMLElement | null;
};

// The header's actions are rendered once the map is ready (AfterMapReady), so their code loads then, not before the map.
const DashboardActions = lazyWithRetry(() => import("./DashboardActions"));
// The reader is opened by a button or a link (read=, search=); its code loads then.
const ReportReader = lazyWithRetry<ReportReaderProps>(() => import("../reader/ReportReader"));

/**
 * The page once data and geometry are in: the toolbar, the map (or table)
 * and the side panel, composed from the features; the view lives in the URL
 * (useUrlSync) and the store, what is shown is derived (useDashboardModel).
 */
export function Dashboard({ data, geo, lang, onRetryGeometry, actionsSlot }: DashboardProps) {
  const t = STRINGS[lang];
  const tm = MAP_STRINGS[lang];
  const tr = READER_STRINGS[lang];
  const [ignored, dismissIgnored] = useUrlSync(data);
  const { selectRegion, showPractice, openReport, setSearch, showTable } = useViewStore.getState();
  // The map or the table is a choice in the link (view=table), so a table can be linked.
  const chosenView = useViewStore((s) => (s.view === "table" ? "table" : "map"));
  const presentation = usePresentation(data);
  const reading = useReading(data, presentation.present);
  const model = useDashboardModel(data, geo, lang, reading.doc && reading.focus ? { doc: reading.doc, focus: reading.focus } : undefined);
  // A presentation always shows the map; the reader is open while the link says so; else the dashboard's choice.
  const mainView: MainView = presentation.present ? "map" : reading.open ? "report" : chosenView;
  const [mapHandle, setMapHandle] = useState<MapHandle | null>(null);
  // The side panel and the actions wait for the map that stays (MapLibre's first frame), not the SVG map before it:
  // their code would compete with MapLibre's start.
  const [finalMap, setFinalMap] = useState(false);
  const onMapReady = useCallback((handle: MapHandle, final: boolean) => {
    setMapHandle(handle);
    if (final) setFinalMap(true);
  }, []);
  useRefitOnLayout(mapHandle, presentation.present);
  const thumbnails = useSlideThumbnails(presentation.deck, data, model, lang);
  const presenterPictures = useSlideThumbnails(
    presentation.deck,
    data,
    model,
    lang,
    PRESENTER_PICTURE_SIZE,
    pictureFormFor((globalThis as { origin?: string }).origin),
  );
  usePresenterPictures(presentation.present, presentation.deck, presentation.slide, presenterPictures);
  const mapReady = useMapReadyState(finalMap, mainView !== "table" && !("error" in geo));
  const chosenOnPage = useChosenOnPage();
  const carried = useCarriedAnswer(model.selected);
  useSidePanelCode(mapReady || chosenOnPage);
  useEscapeClearsSelection(selectRegion);
  usePanelIntoView(model.selected, "side-panel");
  // Ctrl+P prints the map, its legend and the open panel; the presentation prints as slides (the deck's print).
  useDashboardPrint(mapHandle, !presentation.present);
  // The table, charts and comparison then open offline too (their chunks are loaded).
  usePreloadWhenIdle(mapReady);

  // Stable, so the side panel (memo) does not re-render when only the map's colouring changes.
  const showOnMap = useCallback(
    (id: string) => {
      showPractice(id);
      showTable(false);
    },
    [showPractice, showTable],
  );

  // The header's actions and the side panel come once the map is ready (AfterMapReady).
  // Their own boundary: a chunk that fails to load must not take the page down with it.
  const actions = (
    <ErrorBoundary lang={lang} name="actions" resetKeys={[data]}>
      <AfterMapReady pending={<ActionsPlaceholder lang={lang} />}>
        <Suspense fallback={<ActionsPlaceholder lang={lang} />}>
          <DashboardActions
            data={data}
            lang={lang}
            presentation={presentation}
            classification={model.classification}
            current={currentViewToDraw(model, mainView === "report", lang)}
            mapHandle={mapHandle}
            neighbours={model.geometry.neighbourTable}
            nameOf={model.nameOf}
            thumbnails={thumbnails}
          />
        </Suspense>
      </AfterMapReady>
    </ErrorBoundary>
  );
  // Until the side panel's code is in: "loading", or the answer a click on the prerendered map already has on screen.
  const pending = carried ? (
    <CarriedAnswer answer={carried} />
  ) : (
    <p className="panel-pending" aria-busy="true">
      {t.loading}
    </p>
  );

  return (
    <MapReadyProvider value={mapReady}>
      <EditionProvider value={data.edition}>
        {actionsSlot ? createPortal(actions, actionsSlot) : null}
        <div className="toolbar">
          {/* What the map shows, on the left; what to do with it, on the right. */}
          <div className="toolbar-view">
            {/* While the report is read, the map shows what is read: the colour choice returns with the map. */}
            {mainView !== "report" && <ModeControl data={data} lang={lang} />}
            <MacroControl lang={lang} />
          </div>
          <div className="toolbar-actions">
            {actionsSlot || PRERENDERING ? null : actions}
            <div className="view-switch" role="group" aria-label={tm.view}>
              {(["map", "table"] as const).map((view) => (
                <button key={view} type="button" aria-pressed={mainView === view} onClick={() => showTable(view === "table")}>
                  {view === "map" ? tm.viewMap : tm.viewTable}
                </button>
              ))}
              <button type="button" aria-pressed={mainView === "report"} onClick={() => openReport(reading.read)}>
                {tr.viewReport}
              </button>
            </div>
          </div>
        </div>
        {ignored.length > 0 && <Notice lang={lang} ignored={ignored} nameOf={model.nameOf} onDismiss={dismissIgnored} />}
        <ComparePickBanner lang={lang} nameOf={model.nameOf} />
        <DeckTabsNotice lang={lang} where="page" />
        <GeometryWarning data={data} counties={"error" in geo ? undefined : geo.counties} lang={lang} />
        <main className={`dashboard dashboard-${mainView}`}>
          <MapArea
            data={data}
            geo={geo}
            onRetryGeometry={onRetryGeometry}
            lang={lang}
            model={model}
            presentation={presentation}
            mainView={mainView}
            onMapReady={onMapReady}
            pending={pending}
          />
          <aside
            className="side-panel"
            id="side-panel"
            tabIndex={-1}
            aria-label={mainView === "report" ? tr.readerLabel : model.selected ? model.nameOf(model.selected) : t.overview}
          >
            {/* Shown where the panel stands below the map (styles.css): the way back up without scrolling past it. */}
            <button type="button" className="back-to-map" onClick={scrollToMap} data-testid="back-to-map">
              <span aria-hidden="true">↑ </span>
              {tm.backToMap}
            </button>
            {mainView === "report" ? (
              <ErrorBoundary lang={lang} name="reader" resetKeys={[data, reading.doc]}>
                <ReaderPane reading={reading} data={data} lang={lang} pending={pending} onSearch={setSearch} onOpenSection={openReport} />
              </ErrorBoundary>
            ) : (
              <ErrorBoundary lang={lang} name="side panel" resetKeys={[data, model.selected]}>
                {/* Once the map is ready, or at once when the user has chosen a region (the panel is their answer). */}
                {mapReady || chosenOnPage ? (
                  <Suspense fallback={pending}>
                    <SidePanelSlot data={data} lang={lang} neighbourTable={model.geometry.neighbourTable} onShowPractice={showOnMap} />
                  </Suspense>
                ) : (
                  pending
                )}
              </ErrorBoundary>
            )}
          </aside>
        </main>
        <SlideGrid presentation={presentation} lang={lang} thumbnail={thumbnails} />
      </EditionProvider>
    </MapReadyProvider>
  );
}

type ReaderPaneProps = {
  reading: Reading;
  data: Dataset;
  lang: Lang;
  pending: ReactNode;
  onSearch: (query: string) => void;
  onOpenSection: (section: string) => void;
};

/** The reader in the side panel's place: loading, failed (the map still works), or the text. */
function ReaderPane({ reading, data, lang, pending, onSearch, onOpenSection }: ReaderPaneProps) {
  const selected = useViewStore((s) => s.region);
  const { selectRegion } = useViewStore.getState();
  if (reading.report.status === "failed") {
    return (
      <p role="alert" className="panel-pending">
        {READER_STRINGS[lang].reportFailed(reading.report.message)}
      </p>
    );
  }
  if (!reading.doc) return pending;
  return (
    <Suspense fallback={pending}>
      <ReportReader
        data={data}
        doc={reading.doc}
        lang={lang}
        read={reading.read}
        search={reading.search}
        result={reading.result}
        selected={selected}
        focusSearch={reading.focusSearch}
        onSelectRegion={selectRegion}
        onPassageInView={reading.setPassageInView}
        onSearch={onSearch}
        onOpenSection={onOpenSection}
      />
    </Suspense>
  );
}
