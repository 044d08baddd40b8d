import { useEffect, useMemo, useState } from "react";
import type { Dataset } from "../data/schema";
import { regionByCode } from "../data/selectors";
import type { ContextCollection, CountyCollection } from "../geo/counties";
import { computeLabelPoints } from "../geo/labelPoints";
import { computeAdjacency } from "../geo/neighbours";
import { MAP_STRINGS } from "../i18n/map";
import { STRINGS, type Lang } from "../i18n/strings";
import { classify } from "../map/classify";
import { Legend } from "../map/Legend";
import { MapView } from "../map/MapView";
import { ModeControl } from "../map/ModeControl";
import { summarizeClassification } from "../map/summary";
import { PracticeMatrix } from "../panels/matrix/PracticeMatrix";
import { OverviewPanel } from "../panels/overview/OverviewPanel";
import { RegionPanel } from "../panels/region/RegionPanel";
import { useViewStore } from "../state/store";
import { Notice } from "./Notice";
import { useUrlSync } from "./useUrlSync";

export type Geo = { counties: CountyCollection; context: ContextCollection } | { error: string };

type DashboardProps = { data: Dataset; geo: Geo; lang: Lang };

type MainView = "map" | "table";

/** The geometry-derived tables, computed once per load (OWID grapher's GeoFeatures idea). */
function useGeometryFacts(geo: Geo) {
  return useMemo(() => {
    if ("error" in geo) return { labelPoints: [], adjacency: {} };
    return { labelPoints: computeLabelPoints(geo.counties), adjacency: computeAdjacency(geo.counties) };
  }, [geo]);
}

export function Dashboard({ data, geo, lang }: DashboardProps) {
  const t = STRINGS[lang];
  const tm = MAP_STRINGS[lang];
  const [ignored, dismissIgnored] = useUrlSync(data);
  const selected = useViewStore((s) => s.region);
  const color = useViewStore((s) => s.color);
  const practice = useViewStore((s) => s.practice);
  const q = useViewStore((s) => s.q);
  const { selectRegion, showPractice } = useViewStore.getState();
  const [mapError, setMapError] = useState<string | null>(null);
  const [mainView, setMainView] = useState<MainView>("map");
  const { labelPoints, adjacency } = useGeometryFacts(geo);

  const classification = useMemo(() => classify(data, { color, practice, q }, lang), [data, color, practice, q, lang]);
  const regions = useMemo(() => regionByCode(data), [data]);
  const nameOf = useMemo(() => (code: string) => regions.get(code)?.name ?? code, [regions]);
  const describe = (code: string) => {
    const value = classification.valueOf[code] ?? tm.noHorizon;
    const region = regions.get(code);
    const revised = color === "year" && region?.strategy.revised ? ` (${tm.revised(region.strategy.revised)})` : "";
    return `${nameOf(code)}: ${value}${revised}`;
  };
  const summary = summarizeClassification(classification, nameOf, tm.regionsCount);

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

  return (
    <>
      <div className="toolbar">
        <ModeControl data={data} lang={lang} />
        <div className="view-switch" role="group" aria-label={tm.view}>
          {(["map", "table"] as const).map((view) => (
            <button key={view} type="button" aria-pressed={mainView === view} onClick={() => setMainView(view)}>
              {view === "map" ? tm.viewMap : tm.viewTable}
            </button>
          ))}
        </div>
      </div>
      {ignored.length > 0 && <Notice lang={lang} ignored={ignored} onDismiss={dismissIgnored} />}
      <main className={`dashboard dashboard-${mainView}`}>
        <section className="map-area" aria-label={tm.viewMap}>
          {mainView === "table" ? (
            <div className="table-area">
              <PracticeMatrix data={data} lang={lang} selected={selected} onSelectRegion={selectRegion} />
            </div>
          ) : "error" in geo ? (
            <p role="alert" className="map-message">
              {t.geometryFailed} ({geo.error})
            </p>
          ) : mapError ? (
            <p role="alert" className="map-message" data-testid="map-unavailable">
              {t.noWebgl}
            </p>
          ) : (
            <MapView
              counties={geo.counties}
              context={geo.context}
              labelPoints={labelPoints}
              colorOf={classification.colorOf}
              marked={classification.marked}
              selected={selected}
              label={t.mapLabel}
              nameOf={nameOf}
              describe={describe}
              onSelect={selectRegion}
              onUnavailable={(error) => setMapError(String(error))}
              overlay={<Legend classification={classification} countLabel={tm.regionsCount} />}
            />
          )}
          {mainView === "map" && ("error" in geo || mapError) && (
            <Legend classification={classification} countLabel={tm.regionsCount} />
          )}
          <p className="visually-hidden" data-testid="map-summary">
            {summary}
          </p>
          <footer className="map-footer">
            <p className="source-line">{t.source}</p>
            <p className="attribution">{t.attribution}</p>
          </footer>
        </section>
        <aside className="side-panel" id="side-panel" tabIndex={-1} aria-label={selected ? nameOf(selected) : t.overview}>
          {selected ? (
            <RegionPanel
              key={selected}
              data={data}
              code={selected}
              lang={lang}
              adjacency={adjacency}
              onSelectRegion={selectRegion}
              onShowPractice={showOnMap}
            />
          ) : (
            <OverviewPanel data={data} lang={lang} onShowPractice={showOnMap} onSelectRegion={selectRegion} />
          )}
        </aside>
      </main>
    </>
  );
}
