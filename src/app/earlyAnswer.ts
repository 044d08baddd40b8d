import { fetchOwnFile } from "../data/ownFile";
import { setEarlyAnswer, type EarlyClick } from "../ui/earlyClick";
import { markAfterPaint } from "../ui/nextPaint";

/**
 * The first click answered before the app has started (issue 25): the build writes, for each region, the side panel the
 * default view shows when it is chosen (src/app/prerender.tsx, scripts/prerender.mjs) into first-answers.json, which
 * the boot script asks for when it shows the prerender (in the one file, a JSON block). A click on a region of the
 * prerendered map puts that region's panel in the prerendered side panel at once; the app's side panel carries it until
 * it shows its own (app/CarriedAnswer.tsx). Part of the boot script (app/bootFrame.ts): no React here.
 */
export const FIRST_ANSWERS_FILE = "first-answers.json";

/**
 * Asks for the answers now, and returns what reads them: each region's side panel as HTML, by code, or undefined when
 * the page has none (or none it can read). The body (336 KB of JSON) is read and parsed only when first asked for
 * (app/bootFrame.ts asks at once and reads at the first click): a page no one clicks early never spends the main
 * thread on it.
 */
export function askFirstAnswers(): () => Promise<Record<string, string> | undefined> {
  const response = fetchOwnFile(`./${FIRST_ANSWERS_FILE}`).catch(() => undefined);
  let read: Promise<Record<string, string> | undefined> | undefined;
  return () =>
    (read ??= response
      .then((answer) => (answer?.ok ? (answer.json() as Promise<unknown>) : undefined))
      .then((panels) => (typeof panels === "object" && panels !== null ? (panels as Record<string, string>) : undefined))
      .catch(() => undefined));
}

/**
 * Loads the side panel's stylesheets (paths from the page), so an answer is styled when it is shown; the app loads the
 * same files later, and finds them there. Each is loaded for print first and then applied (loadCSS's way), so that it
 * holds back no paint of the page's. Resolves when all are applied, or have failed.
 */
export function loadStylesheets(doc: Document, hrefs: readonly string[]): Promise<void> {
  const loaded = new Set([...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.href));
  const applied = hrefs
    .map((href) => new URL(href, doc.baseURI).href)
    .filter((url) => !loaded.has(url))
    .map((url) => {
      const link = doc.createElement("link");
      link.rel = "stylesheet";
      link.media = "print";
      link.href = url;
      const done = new Promise<void>((resolve) => {
        const apply = () => {
          link.media = "all";
          resolve();
        };
        link.addEventListener("load", apply, { once: true });
        link.addEventListener("error", () => resolve(), { once: true });
      });
      doc.head.append(link);
      return done;
    });
  return Promise.all(applied).then(() => undefined);
}

/**
 * What answers a click on the prerendered page (`app`), given the region under it (`regionAt`): that region's panel
 * replaces what the side panel showed ("loading", or an earlier answer), and is the early answer (setEarlyAnswer); a
 * click outside every region puts "loading" back. The answers are read at the first click (`answers`), and an answer
 * is shown once they and the panel's stylesheets (`styled`) are in, if the prerender is still on screen. Undefined
 * without a side panel.
 */
export function firstAnswerer(
  app: HTMLElement,
  regionAt: (click: EarlyClick) => string | undefined,
  answers: () => Promise<Record<string, string> | undefined>,
  styled: Promise<void>,
): ((click: EarlyClick) => void) | undefined {
  const doc = app.ownerDocument;
  const pending = app.querySelector("#side-panel > .panel-pending");
  if (!pending) return undefined;
  let panels: Record<string, string> | undefined;
  let last: EarlyClick | undefined;
  let shown: ChildNode[] = [pending];
  const show = (click: EarlyClick) => {
    if (!app.isConnected) return;
    const code = regionAt(click);
    const html = code === undefined ? undefined : panels?.[code];
    const template = doc.createElement("template");
    // eslint-disable-next-line no-restricted-syntax -- React's own render of the panel at build time (its text escaped by renderToString), as the prerender around it is: markup the build made, not text made markup.
    if (html !== undefined) template.innerHTML = html;
    const nodes: ChildNode[] = html === undefined ? [pending] : [...template.content.childNodes];
    const anchor = shown[0];
    if (!anchor || nodes.length === 0) return;
    if (anchor !== nodes[0]) {
      anchor.before(...nodes);
      shown.filter((node) => !nodes.includes(node)).forEach((node) => node.remove());
      shown = nodes;
    }
    if (html === undefined || code === undefined) return setEarlyAnswer(undefined);
    setEarlyAnswer({ code, nodes });
    // User Timing for measuring only (npm run bench): this region's panel is on screen.
    markAfterPaint("rus:panel-ready", code);
  };
  let asked = false;
  return (click) => {
    last = click;
    if (panels) return show(click);
    if (asked) return;
    asked = true;
    // Shown only styled: the answers and the panel's stylesheets both in.
    void Promise.all([answers(), styled]).then(([loaded]) => {
      panels = loaded;
      if (last) show(last);
    });
  };
}
