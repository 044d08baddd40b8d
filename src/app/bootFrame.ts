import { nationalPadding } from "../domain/camera";
import { embeddedFile } from "../data/ownFile";
import { SWEDEN_BOUNDS, fitViewBox, geometryPath } from "../geo/projection";
import { queueEarlyClicks, type EarlyClick } from "../ui/earlyClick";
import { askFirstAnswers, firstAnswerer, loadStylesheets } from "./earlyAnswer";

/** The side panel's stylesheets, as the build names them (scripts/prerender.mjs, bundleBootFrame). */
declare const __RUS_PANEL_STYLESHEETS__: string[];

/**
 * Runs in index.html right after the prerendered first paint (scripts/prerender.mjs), which is hidden until then. The
 * prerender is the default view, so any other link (a query or a hash) removes it, and the page shows its own view
 * when its scripts have run. Otherwise the map is framed for the box the page gives it, by the SVG map's own rule
 * (SvgMap's frameViewBox: Sweden clear of the legend), so nothing moves when the page takes over; then it is shown,
 * and a click on it is queued for the app's map to answer (ui/earlyClick.ts), and answered at once where the page
 * carries the regions' panels (app/earlyAnswer.ts).
 */
const prerendered = document.getElementById("prerendered");
if (prerendered && (window.location.search !== "" || window.location.hash !== "")) prerendered.remove();
else if (prerendered) {
  const counties = drawShapes(prerendered);
  if (counties) frame(prerendered, counties);
  else prerendered.remove();
}

/**
 * The prerendered map's shapes, drawn from the geometry the page carries (its JSON blocks, which the app reads too:
 * one copy, scripts/prerender.mjs): the neighbouring countries, then the counties, each group in its file's order.
 * Returns the counties' codes in that order (to name the one under a click), or undefined when the page has no
 * geometry to draw them from.
 */
function drawShapes(app: HTMLElement): (string | undefined)[] | undefined {
  const svg = app.querySelector(".map-svg svg");
  const groups = ["geo/context.geojson", "geo/counties.geojson"].map((file, i) => ({
    text: embeddedFile(`./${file}`),
    paths: svg?.querySelectorAll(`:scope > g:nth-of-type(${i + 1}) > path`) ?? [],
  }));
  try {
    const drawn = groups.map(({ text, paths }) => {
      type Feature = { geometry: Parameters<typeof geometryPath>[0]; properties?: { code?: string } };
      const features = (JSON.parse(text ?? "null") as { features: Feature[] } | null)?.features ?? [];
      features.forEach((f, i) => paths[i]?.setAttribute("d", geometryPath(f.geometry)));
      return features.length > 0 && features.length === paths.length ? features : undefined;
    });
    const [context, counties] = drawn;
    return context && counties ? counties.map((county) => county.properties?.code) : undefined;
  } catch {
    return undefined;
  }
}

function frame(app: HTMLElement, countyCodes: (string | undefined)[]) {
  const container = app.querySelector<HTMLElement>(".map-svg");
  const svg = container?.querySelector("svg");
  // Without the page's stylesheet (it failed to load) the prerender is not the page's layout: it stays hidden.
  // (--ink is one of its custom properties.)
  if (!container || !svg || getComputedStyle(app).getPropertyValue("--ink") === "") return;
  const size = container.getBoundingClientRect();
  const view = fitViewBox(SWEDEN_BOUNDS, size, nationalPadding(container, app.querySelector<HTMLElement>(".map-overlay")));
  svg.setAttribute("width", String(size.width));
  svg.setAttribute("height", String(size.height));
  svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.width} ${view.height}`);
  // The sea (SvgShapes' first shape) covers the view.
  const sea = svg.querySelector(":scope > rect");
  for (const [name, value] of Object.entries(view)) sea?.setAttribute(name, String(value));
  app.style.removeProperty("visibility");
  queueEarlyClicks(
    container,
    firstAnswerer(
      app,
      (click) => countyAt(svg, countyCodes, click),
      askFirstAnswers(),
      loadStylesheets(document, __RUS_PANEL_STYLESHEETS__),
    ),
  );
  markFirstPaint();
}

/**
 * User Timing for measuring only (npm run bench): the first map pixels are the page's first contentful paint, since
 * nothing is shown before the prerender with its map. Marked at the paint itself, not at the frame that asked for it.
 */
function markFirstPaint() {
  if (typeof PerformanceObserver === "undefined") return;
  new PerformanceObserver((list, observer) => {
    const paint = list.getEntriesByName("first-contentful-paint")[0];
    if (!paint) return;
    performance.mark("rus:map-first-pixels", { startTime: paint.startTime });
    observer.disconnect();
  }).observe({ type: "paint", buffered: true });
}

/**
 * The county under a click on the prerendered map: its path (the map's second group, in the counties file's order, as
 * `codes`) whose fill holds the point. The same shapes, framed by the same rule, as the app's SVG map that takes the
 * click after.
 */
function countyAt(svg: SVGSVGElement, codes: (string | undefined)[], click: EarlyClick): string | undefined {
  const paths = svg.querySelectorAll<SVGPathElement>(":scope > g:nth-of-type(2) > path");
  const toMap = paths[0]?.getScreenCTM()?.inverse();
  if (!toMap) return undefined;
  const point = new DOMPoint(click.x, click.y).matrixTransform(toMap);
  return codes[[...paths].findIndex((path) => path.isPointInFill(point))];
}
