/**
 * True while the build renders the default view into index.html (app/prerender.tsx, scripts/prerender.mjs): there is
 * no document, nothing is measured and no effect runs. The few components that measure before they draw (the SVG map)
 * or portal into the page (the header's actions) draw their first paint without it.
 */
export const PRERENDERING = typeof document === "undefined";
