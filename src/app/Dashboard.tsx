import { createPortal } from "react-dom";
import { useEffect, useMemo, useState } from "react";
import type { Dataset } from "../data/schema";
import { regionByCode } from "../data/selectors";
import { resolveLabelPoints } from "../geo/labelPoints";
import type { NeighbourTable } from "../geo/neighbourTable";
import { resolveNeighbourTable } from "../geo/neighbourFile";
import { MAP_STRINGS } from "../i18n/map";
import { STRINGS, type Lang } from "../i18n/strings";
import { classify } from "../map/classify";
import { Legend } from "../map/Legend";
import { BivariateLegend } from "../map/BivariateLegend";
import { MacroControl, MacroKey } from "../map/MacroControl";
import { computeMacroBoundaries } from "../geo/macroBoundaries";
import { MapView } from "../map/MapView";
import { ModeControl } from "../map/ModeControl";
import { RegionList } from "../map/RegionList";
import { SvgMap } from "../map/SvgMap";
import { summarizeClassification } from "../map/summary";
import { PracticeMatrix } from "../panels/matrix/PracticeMatrix";
import { OverviewPanel } from "../panels/overview/OverviewPanel";
import { RegionPanel } from "../panels/region/RegionPanel";
import { ClusterNote } from "../panels/compare/ClusterNote";
import { ComparePanel } from "../panels/compare/ComparePanel";
import { NeighbourTools } from "../panels/compare/NeighbourTools";
import { mapOutlines } from "../panels/compare/mapOutlines";
import { useViewStore } from "../state/store";
import { SlideGrid, SlideHeader, SlidePanel } from "../present/SlideChrome";
import { usePresentation, useRefitOnLayout } from "../present/usePresentation";
import { PresentButton } from "../present/PresentButton";
import { ExportTools } from "../export/ExportTools";
import { downloadBlob } from "../export/download";
import { DeckEditor } from "../present/DeckEditor";
import { printDeck } from "./printDeck";
import { exportSlidePng } from "./slideExport";
import type { MapHandle } from "../map/MapView";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { GeometryWarning } from "./GeometryWarning";
import { Notice } from "./Notice";
import { useUrlSync } from "./useUrlSync";
import type { Geo } from "./useAppData";
import { AfterMapReady } from "../ui/AfterMapReady";


type DashboardProps = {
  data: Dataset;
  geo: Geo;
  lang: Lang;
  /** Where the actions go (the header row); in the toolbar when there is none. */
  actionsSlot?: HTMLElement | null;
};

type MainView = "map" | "table";

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
  const { setCompare } = useViewStore.getState();
  // The comparison takes the panel while no region outside it is selected.
  const comparing = compare.length >= 2 && (!selected || compare.includes(selected));
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
    <Legend classification={classification} countLabel={tm.regionsCount} />
  );
  // What both renderers (MapLibre and the SVG fallback) take alike.
  const mapProps = {
    labelPoints,
    colorOf: classification.colorOf,
    marked: classification.marked,
    selected,
    focused: focusedRegion,
    label: t.mapLabel,
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

  const showOnMap = (id: string) => {
    showPractice(id);
    setMainView("map");
  };

  const actions = (
    <div className="dashboard-actions">
      <PresentButton presentation={presentation} lang={lang} />
      <DeckEditor
        data={data}
        lang={lang}
        presentation={presentation}
        onDownload={(text, name) => downloadBlob(new Blob([text], { type: "application/json" }), name)}
        onPrint={mainView === "map" && mapHandle ? (deck) => printDeck(deck, { data, lang, handle: mapHandle, nameOf }) : undefined}
      />
      <ExportTools
        data={data}
        lang={lang}
        classification={classification}
        mapHandle={mapHandle}
        nameOf={nameOf}
        title={presentation.present ? (presentation.current?.title[lang] ?? classification.title) : classification.title}
        caption={presentation.present ? presentation.current?.caption[lang] : classification.subtitle}
      />
    </div>
  );

  return (
    <>
      {actionsSlot ? createPortal(<AfterMapReady pending={null}>{actions}</AfterMapReady>, actionsSlot) : null}
      <div className="toolbar">
        {/* What the map shows, on the left; what to do with it, on the right. */}
        <div className="toolbar-view">
          <ModeControl data={data} lang={lang} />
          <MacroControl lang={lang} />
        </div>
        <div className="toolbar-actions">
          {actionsSlot ? null : <AfterMapReady pending={null}>{actions}</AfterMapReady>}
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
              onExport={mapHandle ? () => exportSlidePng(mapHandle, { presentation, classification, lang, nameOf }) : undefined}
            />
          )}
          <ErrorBoundary lang={lang} name={mainView} resetKeys={[data, mainView]}>
          {mainView === "table" ? (
            <div className="table-area">
              <PracticeMatrix data={data} lang={lang} selected={selected} onSelectRegion={selectRegion} />
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
            <p className="source-line">{t.source}</p>
            <p className="attribution">{t.attribution}</p>
          </footer>
          {presentation.present && <SlidePanel presentation={presentation} lang={lang} findings={data.findings} />}
        </section>
        <aside className="side-panel" id="side-panel" tabIndex={-1} aria-label={selected ? nameOf(selected) : t.overview}>
          <ErrorBoundary lang={lang} name="side panel" resetKeys={[data, selected]}>
          <AfterMapReady pending={<p className="panel-pending" aria-busy="true">{t.loading}</p>}>
          {comparing ? (
            <ComparePanel
              data={data}
              codes={compare}
              lang={lang}
              neighbours={neighbourTable}
              onChange={setCompare}
              onSelectRegion={selectRegion}
              onShowPractice={showOnMap}
            />
          ) : selected ? (
            <RegionPanel
              key={selected}
              data={data}
              code={selected}
              lang={lang}
              adjacency={adjacency}
              neighbourExtra={
                <NeighbourTools
                  data={data}
                  code={selected}
                  lang={lang}
                  table={neighbourTable}
                  compare={compare}
                  onCompare={setCompare}
                  onSelectRegion={selectRegion}
                />
              }
              onSelectRegion={selectRegion}
              onShowPractice={showOnMap}
            />
          ) : (
            <OverviewPanel data={data} lang={lang} onShowPractice={showOnMap} onSelectRegion={selectRegion} />
          )}
          </AfterMapReady>
          </ErrorBoundary>
        </aside>
      </main>
      <SlideGrid presentation={presentation} lang={lang} />
    </>
  );
}
