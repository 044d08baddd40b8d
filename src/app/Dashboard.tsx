import { createPortal } from "react-dom";
import { Suspense, useCallback, useEffect, useState } from "react";
import type { Dataset } from "../data/schema";
import type { MapHandle } from "../domain/mapRenderer";
import { MAP_STRINGS } from "../i18n/map";
import { STRINGS, type Lang } from "../i18n/strings";
import { MacroControl } from "../map/MacroControl";
import { ModeControl } from "../map/ModeControl";
import { SlideGrid } from "../present/SlideChrome";
import { usePresentation, useRefitOnLayout } from "../present/usePresentation";
import { useViewStore } from "../state/store";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { lazyWithRetry } from "../ui/lazyWithRetry";
import { AfterMapReady, MapReadyProvider } from "../ui/mapReady";
import { EditionProvider } from "../ui/edition";
import { GeometryWarning } from "./GeometryWarning";
import { MapArea, type MainView } from "./MapArea";
import { Notice } from "./Notice";
import type { Geo } from "./useAppData";
import { useDashboardModel } from "./useDashboardModel";
import { useMapReadyState } from "./useMapReadyState";
import { useUrlSync } from "./useUrlSync";

type DashboardProps = {
  data: Dataset;
  geo: Geo;
  lang: Lang;
  /** Where the actions go (the header row); in the toolbar when there is none. */
  actionsSlot?: HTMLElement | null;
};

// Rendered once the map is ready (AfterMapReady), so their code loads then, not before the map.
const SidePanel = lazyWithRetry(() => import("./SidePanel"));
const DashboardActions = lazyWithRetry(() => import("./DashboardActions"));

/** Escape clears the selection, except where Escape belongs to a field or a dialog. */
function useEscapeClearsSelection(selectRegion: (code: string | undefined) => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== "Escape" || target?.closest("input, select, textarea, dialog")) return;
      selectRegion(undefined);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [selectRegion]);
}

/**
 * The page once data and geometry are in: the toolbar, the map (or table)
 * and the side panel, composed from the features; the view lives in the URL
 * (useUrlSync) and the store, what is shown is derived (useDashboardModel).
 */
export function Dashboard({ data, geo, lang, actionsSlot }: DashboardProps) {
  const t = STRINGS[lang];
  const tm = MAP_STRINGS[lang];
  const [ignored, dismissIgnored] = useUrlSync(data);
  const { selectRegion, showPractice } = useViewStore.getState();
  const model = useDashboardModel(data, geo, lang);
  const [chosenView, setMainView] = useState<MainView>("map");
  const presentation = usePresentation(data);
  // A presentation always shows the map; the dashboard's choice returns after it.
  const mainView: MainView = presentation.present ? "map" : chosenView;
  const [mapHandle, setMapHandle] = useState<MapHandle | null>(null);
  useRefitOnLayout(mapHandle, presentation.present);
  const mapReady = useMapReadyState(mapHandle !== null, mainView === "map" && !("error" in geo));
  useEscapeClearsSelection(selectRegion);

  // Stable, so the side panel (memo) does not re-render when only the map's colouring changes.
  const showOnMap = useCallback(
    (id: string) => {
      showPractice(id);
      setMainView("map");
    },
    [showPractice],
  );

  // The header's actions and the side panel come once the map is ready (AfterMapReady).
  // Their own boundary: a chunk that fails to load must not take the page down with it.
  const actions = (
    <ErrorBoundary lang={lang} name="actions" resetKeys={[data]}>
      <AfterMapReady pending={null}>
        <Suspense fallback={null}>
          <DashboardActions
            data={data}
            lang={lang}
            presentation={presentation}
            classification={model.classification}
            mapHandle={mapHandle}
            canPrintDeck={mainView === "map"}
            nameOf={model.nameOf}
          />
        </Suspense>
      </AfterMapReady>
    </ErrorBoundary>
  );
  const pending = (
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
            <ModeControl data={data} lang={lang} />
            <MacroControl lang={lang} />
          </div>
          <div className="toolbar-actions">
            {actionsSlot ? null : actions}
            <div className="view-switch" role="group" aria-label={tm.view}>
              {(["map", "table"] as const).map((view) => (
                <button key={view} type="button" aria-pressed={mainView === view} onClick={() => setMainView(view)}>
                  {view === "map" ? tm.viewMap : tm.viewTable}
                </button>
              ))}
            </div>
          </div>
        </div>
        {ignored.length > 0 && <Notice lang={lang} ignored={ignored} onDismiss={dismissIgnored} />}
        <GeometryWarning data={data} counties={"error" in geo ? undefined : geo.counties} lang={lang} />
        <main className={`dashboard dashboard-${mainView}`}>
          <MapArea
            data={data}
            geo={geo}
            lang={lang}
            model={model}
            presentation={presentation}
            mainView={mainView}
            mapHandle={mapHandle}
            onMapReady={setMapHandle}
            pending={pending}
          />
          <aside
            className="side-panel"
            id="side-panel"
            tabIndex={-1}
            aria-label={model.selected ? model.nameOf(model.selected) : t.overview}
          >
            <ErrorBoundary lang={lang} name="side panel" resetKeys={[data, model.selected]}>
              <AfterMapReady pending={pending}>
                <Suspense fallback={pending}>
                  <SidePanel data={data} lang={lang} neighbourTable={model.geometry.neighbourTable} onShowPractice={showOnMap} />
                </Suspense>
              </AfterMapReady>
            </ErrorBoundary>
          </aside>
        </main>
        <SlideGrid presentation={presentation} lang={lang} />
      </EditionProvider>
    </MapReadyProvider>
  );
}
