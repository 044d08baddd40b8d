import { createPortal } from "react-dom";
import { Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { lazyWithRetry } from "../ui/lazyWithRetry";
import type { Dataset } from "../data/schema";
import { regionByCode } from "../data/selectors";
import { resolveLabelPoints } from "../geo/labelPoints";
import type { NeighbourTable } from "../geo/neighbourTable";
import { resolveNeighbourTable } from "../geo/neighbourFile";
import { MAP_STRINGS } from "../i18n/map";
import { STRINGS, type Lang } from "../i18n/strings";
import { classify } from "../domain/classify";
import { Legend } from "../map/Legend";
import { BivariateLegend } from "../map/BivariateLegend";
import { MacroControl, MacroKey } from "../map/MacroControl";
import { computeMacroBoundaries } from "../geo/macroBoundaries";
import { MapView } from "../map/MapView";
import { ModeControl } from "../map/ModeControl";
import { RegionList } from "../map/RegionList";
import { SvgMap } from "../map/SvgMap";
import { summarizeClassification } from "../domain/summary";
import { sourceLine } from "../domain/sourceLine";
import { ClusterNote } from "../panels/compare/ClusterNote";
import { mapOutlines } from "../domain/outlines";
import { useViewStore } from "../state/store";
import { SlideGrid, SlideHeader, SlidePanel } from "../present/SlideChrome";
import { usePresentation, useRefitOnLayout } from "../present/usePresentation";
import { exportSlidePng } from "./slideExport";
import type { MapHandle } from "../domain/mapRenderer";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { GeometryWarning } from "./GeometryWarning";
import { Notice } from "./Notice";
import { useUrlSync } from "./useUrlSync";
import type { Geo } from "./useAppData";
import type { PracticeMatrixProps } from "../panels/matrix/PracticeMatrix";
import { AfterMapReady } from "../ui/AfterMapReady";

type DashboardProps = {
  data: Dataset;
  geo: Geo;
  lang: Lang;
  /** Where the actions go (the header row); in the toolbar when there is none. */
  actionsSlot?: HTMLElement | null;
};

type MainView = "map" | "table";

// Rendered once the map is ready (AfterMapReady), so their code loads then, not before the map.
const SidePanel = lazyWithRetry(() => import("./SidePanel"));
const DashboardActions = lazyWithRetry(() => import("./DashboardActions"));
// The table view is opened by a button; its code loads then.
const PracticeMatrix = lazyWithRetry<PracticeMatrixProps>(() =>
  import("../panels/matrix/PracticeMatrix").then((m) => ({ default: m.PracticeMatrix })),
);

/** The geometry-derived tables, computed once per load (OWID grapher's GeoFeatures idea). */
function useGeometryFacts(geo: Geo, macroShown: boolean) {
  const facts = useMemo(() => {
    const none: NeighbourTable = { land: {}, sea: {} };
    if ("error" in geo) return { labelPoints: [], adjacency: {}, neighbourTable: none };
    // Land (shared boundary) and sea neighbours (Gotland), and the label points: read from
    // neighbours.json and labels.json (< 1 ms), computed here (50–120 ms and 50–65 ms)
    // only when those files are missing or do not fit the counties.
    const neighbourTable = resolveNeighbourTable(geo.counties, geo.neighbours).table;
    return { labelPoints: resolveLabelPoints(geo.counties, geo.labels).points, adjacency: neighbourTable.land, neighbourTable };
  }, [geo]);
  // Borders between NUTS 2 regions / landsdelar: ~15 ms from shared edges (turf union took ~1 s),
  // so only once a grouping is first shown, not at every start-up.
  const macroBoundaries = useMemo(
    () => (macroShown && !("error" in geo) ? computeMacroBoundaries(geo.counties) : undefined),
    [geo, macroShown],
  );
  return { ...facts, macroBoundaries };
}

export function Dashboard({ data, geo, lang, actionsSlot }: DashboardProps) {
  const t = STRINGS[lang];
  const tm = MAP_STRINGS[lang];
  const [ignored, dismissIgnored] = useUrlSync(data);
  const selected = useViewStore((s) => s.region);
  const color = useViewStore((s) => s.color);
  const practice = useViewStore((s) => s.practice);
  const q = useViewStore((s) => s.q);
  const { selectRegion, showPractice } = useViewStore.getState();
  const [mapError, setMapError] = useState<string | null>(null);
  const [chosenView, setMainView] = useState<MainView>("map");
  const presentation = usePresentation(data);
  // A presentation always shows the map; the dashboard's choice returns after it.
  const mainView: MainView = presentation.present ? "map" : chosenView;
  const [mapHandle, setMapHandle] = useState<MapHandle | null>(null);
  useRefitOnLayout(mapHandle, presentation.present);
  const practice2 = useViewStore((s) => s.practice2);
  const macro = useViewStore((s) => s.macro);
  // Once shown, the borders stay computed: switching groupings back and forth is a filter change.
  const [macroShown, setMacroShown] = useState(macro !== undefined);
  if (macro !== undefined && !macroShown) setMacroShown(true);
  const { labelPoints, adjacency, neighbourTable, macroBoundaries } = useGeometryFacts(geo, macroShown);
  const compare = useViewStore((s) => s.compare);
  const outlines = useMemo(() => mapOutlines(neighbourTable, selected, compare), [neighbourTable, selected, compare]);

  const classification = useMemo(
    () => classify(data, { color, practice, practice2, q }, lang),
    [data, color, practice, practice2, q, lang],
  );
  const regions = useMemo(() => regionByCode(data), [data]);
  const nameOf = useMemo(() => (code: string) => regions.get(code)?.name ?? code, [regions]);
  const describe = (code: string) => {
    const value = classification.valueOf[code] ?? tm.noHorizon;
    const region = regions.get(code);
    const revised = color === "year" && region?.strategy.revised ? ` (${tm.revised(region.strategy.revised)})` : "";
    return `${nameOf(code)}: ${value}${revised}`;
  };
  const summary = summarizeClassification(classification, nameOf, tm.regionsCount, t.mapSummary);
  // The keyboard list's region: outlined on the map while the list has focus (not a choice, so not in the store).
  const [focusedRegion, setFocusedRegion] = useState<string | undefined>(undefined);
  const listedRegions = useMemo(
    () => data.regions.map((r) => ({ code: r.code, name: r.name })).sort((a, b) => a.name.localeCompare(b.name, lang)),
    [data, lang],
  );
  // Two practices at once get the 2×2 legend with the regions of each cell.
  const legend = classification.bivariate ? (
    <BivariateLegend classification={classification} countLabel={tm.regionsCount} nameOf={nameOf} lang={lang} />
  ) : (
    <Legend classification={classification} countLabel={tm.regionsCount} lang={lang} />
  );
  // What both renderers (MapLibre and the SVG fallback) take alike.
  const mapProps = {
    labelPoints,
    colorOf: classification.colorOf,
    marked: classification.marked,
    selected,
    focused: focusedRegion,
    label: t.mapLabel,
    keyTitle: tm.numberKey,
    nameOf,
    describe,
    onSelect: selectRegion,
    overlay: (
      <>
        {legend}
        {macro && <MacroKey lang={lang} macro={macro} />}
        {color === "practice" && practice && <ClusterNote data={data} practiceId={practice} adjacency={adjacency} lang={lang} />}
      </>
    ),
    onReady: setMapHandle,
    balanced: presentation.present,
    macroBoundaries,
    macro,
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== "Escape" || target?.closest("input, select, textarea, dialog")) return;
      selectRegion(undefined);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [selectRegion]);

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
            classification={classification}
            mapHandle={mapHandle}
            canPrintDeck={mainView === "map"}
            nameOf={nameOf}
          />
        </Suspense>
      </AfterMapReady>
    </ErrorBoundary>
  );
  const panelPending = (
    <p className="panel-pending" aria-busy="true">
      {t.loading}
    </p>
  );

  return (
    <>
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
        <section className="map-area" aria-label={tm.viewMap}>
          {presentation.present && (
            <SlideHeader
              presentation={presentation}
              lang={lang}
              onExport={mapHandle ? () => exportSlidePng(mapHandle, { data, presentation, classification, lang, nameOf }) : undefined}
            />
          )}
          <ErrorBoundary lang={lang} name={mainView} resetKeys={[data, mainView]}>
          {mainView === "table" ? (
            <div className="table-area">
              <Suspense fallback={panelPending}>
                <PracticeMatrix data={data} lang={lang} selected={selected} onSelectRegion={selectRegion} />
              </Suspense>
            </div>
          ) : "error" in geo ? (
            <p role="alert" className="map-message">
              {t.geometryFailed} ({geo.error})
            </p>
          ) : mapError ? (
            // No WebGL (or a lost context): the same map as SVG, from the same props.
            <SvgMap counties={geo.counties} context={geo.context} {...mapProps} outlines={outlines} note={tm.simplifiedMap} />
          ) : (
            <MapView
              counties={geo.counties}
              context={geo.context}
              {...mapProps}
              outlines={outlines}
              onUnavailable={(error) => setMapError(String(error))}
            />
          )}
          </ErrorBoundary>
          {mainView === "map" && "error" in geo && legend}
          <p className="visually-hidden" data-testid="map-summary">
            {summary}
          </p>
          {mainView === "map" && (
            <RegionList
              regions={listedRegions}
              selected={selected}
              label={tm.regionList}
              hint={tm.regionListHint}
              onSelect={selectRegion}
              onFocusRegion={setFocusedRegion}
            />
          )}
          <footer className="map-footer">
            <p className="source-line">{sourceLine(data, lang)}</p>
            <p className="attribution">{t.attribution}</p>
          </footer>
          {presentation.present && <SlidePanel presentation={presentation} lang={lang} findings={data.findings} />}
        </section>
        <aside className="side-panel" id="side-panel" tabIndex={-1} aria-label={selected ? nameOf(selected) : t.overview}>
          <ErrorBoundary lang={lang} name="side panel" resetKeys={[data, selected]}>
          <AfterMapReady pending={panelPending}>
          <Suspense fallback={panelPending}>
            <SidePanel data={data} lang={lang} neighbourTable={neighbourTable} onShowPractice={showOnMap} />
          </Suspense>
          </AfterMapReady>
          </ErrorBoundary>
        </aside>
      </main>
      <SlideGrid presentation={presentation} lang={lang} />
    </>
  );
}
