/**
 * The benchmark's baseline (npm run bench): the least a MapLibre page can do
 * to show the same counties file — same maplibre-gl build and worker, same
 * GeoJSON, same container size (?w=&h= from the app's map), same bounds and
 * padding, one fill and one outline layer. No React, no dataset, no labels.
 */
import { Map as MapLibreMap, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url";
import "maplibre-gl/dist/maplibre-gl.css";
import { SWEDEN_BOUNDS } from "../../src/geo/projection";

setWorkerUrl(workerUrl);

const params = new URLSearchParams(location.search);
const container = document.getElementById("map")!;
container.style.width = `${Number(params.get("w") ?? 800)}px`;
container.style.height = `${Number(params.get("h") ?? 600)}px`;
const padLeft = Number(params.get("padLeft") ?? 16);

fetch("/geo/counties.geojson")
  .then((r) => r.json())
  .then((counties) => {
    const map = new MapLibreMap({
      container,
      style: {
        version: 8,
        sources: { counties: { type: "geojson", data: counties } },
        layers: [
          { id: "bg", type: "background", paint: { "background-color": "#dfe8ef" } },
          { id: "fill", type: "fill", source: "counties", paint: { "fill-color": "#7570b3" } },
          { id: "line", type: "line", source: "counties", paint: { "line-color": "#ffffff", "line-width": 1 } },
        ],
      },
      bounds: SWEDEN_BOUNDS,
      fitBoundsOptions: { padding: { top: 16, right: 16, bottom: 16, left: padLeft } },
      attributionControl: false,
    });
    map.once("idle", () => performance.mark("bare:map-ready"));
  });
