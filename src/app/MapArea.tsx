import { Suspense, useState, type ReactNode } from "react";
import type { Dataset } from "../data/schema";
import type { MapHandle } from "../domain/mapRenderer";
import { sourceLine } from "../domain/sourceLine";
import { MAP_STRINGS } from "../i18n/map";
import { RESILIENCE_STRINGS } from "../i18n/resilience";
import { STRINGS, type Lang } from "../i18n/strings";
import { BivariateLegend } from "../map/BivariateLegend";
import { Legend } from "../map/Legend";
import { MacroKey } from "../map/MacroControl";
import { MapStage } from "../map/MapStage";
import { RegionList } from "../map/RegionList";
import { NeighbourPairsNote } from "../panels/compare/NeighbourPairsNote";
import type { PracticeMatrixProps } from "../panels/matrix/PracticeMatrix";
import { SlideHeader, SlidePanel } from "../present/SlideChrome";
import { BlankScreen } from "../present/BlankScreen";
import type { Presentation } from "../present/usePresentation";
import { useViewStore } from "../state/store";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { lazyWithRetry } from "../ui/lazyWithRetry";
import { exportSlidePng } from "./slideExport";
import type { Geo } from "./useAppData";
import type { DashboardModel } from "./useDashboardModel";
import { currentViewToDraw } from "./viewToDraw";
import { ClampedText } from "../ui/ClampedText";

// The table view is opened by a button; its code loads then.
const PracticeMatrix = lazyWithRetry<PracticeMatrixProps>(() =>
  import("../panels/matrix/PracticeMatrix").then((m) => ({ default: m.PracticeMatrix })),
);

/** The map with the side panel, the table, or the map with the report beside it. */
export type MainView = "map" | "table" | "report";

type MapAreaProps = {
  data: Dataset;
  geo: Geo;
  onRetryGeometry: () => void;
  lang: Lang;
  model: DashboardModel;
  presentation: Presentation;
  mainView: MainView;
  /** The map shown is ready; `final` once it is the map that stays (MapStage). */
  onMapReady: (handle: MapHandle, final: boolean) => void;
  pending: ReactNode;
};

/**
 * The main area: the slide's header when presenting, then the map (MapLibre,
 * or the SVG map where WebGL is missing or lost) or the table, the legend
 * over the map, the keyboard's region list, the source line and a slide's lists.
 */
export function MapArea({ data, geo, onRetryGeometry, lang, model, presentation, mainView, onMapReady, pending }: MapAreaProps) {
  const t = STRINGS[lang];
  const tm = MAP_STRINGS[lang];
  const { selectRegion } = useViewStore.getState();
  const { classification, nameOf, selected, color, practice, macro, geometry } = model;
  // The keyboard list's region: outlined on the map while the list has focus (not a choice, so not in the store).
  const [focusedRegion, setFocusedRegion] = useState<string | undefined>(undefined);

  // Two practices at once get the 2×2 legend with the regions of each cell.
  const legend = classification.bivariate ? (
    <BivariateLegend classification={classification} countLabel={tm.regionsCount} nameOf={nameOf} lang={lang} />
  ) : (
    <Legend classification={classification} countLabel={tm.regionsCount} lang={lang} />
  );
  // What both renderers (MapLibre and the SVG fallback) take alike.
  const mapProps = {
    labelPoints: geometry.labelPoints,
    colorOf: classification.colorOf,
    marked: classification.marked,
    selected,
    focused: focusedRegion,
    label: t.mapLabel,
    keyTitle: tm.numberKey,
    nameOf,
    describe: model.describe,
    onSelect: selectRegion,
    overlay: (
      <>
        {legend}
        {macro && <MacroKey lang={lang} macro={macro} />}
        {color === "practice" && practice && !classification.bivariate && (
          <NeighbourPairsNote data={data} practiceId={practice} adjacency={geometry.adjacency} lang={lang} />
        )}
      </>
    ),
    onReady: onMapReady,
    balanced: presentation.present,
    insetCaption: presentation.present ? tm.insetCaption : undefined,
    macroBoundaries: geometry.macroBoundaries,
    macro,
    outlines: model.outlines,
    keepNational: mainView === "report",
  };
  const current = currentViewToDraw(model, mainView === "report", lang);
  const onExport = current ? () => exportSlidePng(current, { data, presentation, classification, lang, nameOf }) : undefined;

  return (
    <section className="map-area" aria-label={tm.viewMap}>
      {presentation.present && <SlideHeader presentation={presentation} lang={lang} onExport={onExport} />}
      <ErrorBoundary lang={lang} name={mainView} resetKeys={[data, mainView]}>
        {mainView === "table" ? (
          <div className="table-area">
            <Suspense fallback={pending}>
              <PracticeMatrix data={data} lang={lang} selected={selected} onSelectRegion={selectRegion} />
            </Suspense>
          </div>
        ) : "error" in geo ? (
          <div role="alert" className="map-message">
            <p>
              {t.geometryFailed} ({geo.error})
            </p>
            <button type="button" onClick={onRetryGeometry}>
              {RESILIENCE_STRINGS[lang].retry}
            </button>
          </div>
        ) : (
          // The SVG map at once; MapLibre takes over where it can run (MapStage).
          <MapStage counties={geo.counties} context={geo.context} lang={lang} {...mapProps} />
        )}
      </ErrorBoundary>
      {mainView !== "table" && "error" in geo && legend}
      <p className="visually-hidden" data-testid="map-summary">
        {model.summary}
      </p>
      {mainView !== "table" && (
        <RegionList
          regions={model.listedRegions}
          selected={selected}
          label={tm.regionList}
          hint={tm.regionListHint}
          onSelect={selectRegion}
          onFocusRegion={setFocusedRegion}
        />
      )}
      <footer className="map-footer">
        {/* The edition's title from an opened file can be 5,000 characters: three lines of the line, the whole in its tooltip. */}
        <p className="source-line">
          <ClampedText text={sourceLine(data, lang)} className="source-line-text" testId="source-line-text" whole />
        </p>
        <p className="attribution">{t.attribution}</p>
      </footer>
      {presentation.present && <SlidePanel presentation={presentation} lang={lang} data={data} />}
      {presentation.present && <BlankScreen presentation={presentation} lang={lang} />}
    </section>
  );
}
