import { nationalPadding } from "../domain/camera";
import { SWEDEN_BOUNDS, fitViewBox } from "../geo/projection";

/**
 * Runs in index.html right after the prerendered first paint (scripts/prerender.mjs), which is hidden until then. The
 * prerender is the default view, so any other link (a query or a hash) removes it, and the page shows its own view
 * when its scripts have run. Otherwise the map is framed for the box the page gives it, by the SVG map's own rule
 * (SvgMap's frameViewBox: Sweden clear of the legend), so nothing moves when the page takes over; then it is shown.
 */
const prerendered = document.getElementById("prerendered");
if (prerendered && (window.location.search !== "" || window.location.hash !== "")) prerendered.remove();
else if (prerendered) frame(prerendered);

function frame(app: HTMLElement) {
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
  // User Timing for measuring only (npm run bench), as SvgMap marks its own: the frame that paints the first map pixels.
  requestAnimationFrame(() => performance.mark("rus:map-first-pixels"));
}
