// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { FIRST_ANSWERS_FILE, askFirstAnswers, firstAnswerer, loadStylesheets } from "../../src/app/earlyAnswer";
import { earlyAnswer, queueEarlyClicks, setEarlyAnswer, subscribeEarlyAnswer, takeEarlyClick } from "../../src/ui/earlyClick";
import { panelStylesheets } from "../../scripts/prerender.mjs";

/**
 * The first click answered before the app has started (issue 25): the boot script puts the clicked region's panel, as
 * the build wrote it, in the prerendered side panel, and says so to the app (the early answer).
 */
const PANELS = {
  "SE-M": '<section class="region-panel"><h2>Skåne</h2><p>Region Skåne</p></section>',
  "SE-BD": '<section class="region-panel"><h2>Norrbotten</h2></section>',
};

/** A prerendered page: its map, its side panel with "loading", and the answers (a JSON block, as in the one file). */
function prerenderedPage(panels: Record<string, string> | null = PANELS) {
  const element = (tag: string, attributes: Record<string, string>, ...children: (Node | string)[]) => {
    const made = document.createElement(tag);
    Object.entries(attributes).forEach(([name, value]) => made.setAttribute(name, value));
    made.append(...children);
    return made;
  };
  const pending = element("p", { class: "panel-pending" }, "Laddar …");
  const aside = element("aside", { id: "side-panel" }, element("button", {}, "↑"), pending);
  document.body.replaceChildren(element("div", { id: "prerendered" }, element("div", { class: "map-svg" }), aside));
  if (panels) {
    const block = document.createElement("script");
    block.type = "application/json";
    block.dataset.file = FIRST_ANSWERS_FILE;
    block.textContent = JSON.stringify(panels);
    document.head.append(block);
  }
  return document.getElementById("prerendered")!;
}

const aside = () => document.getElementById("side-panel")!;
/** The region under a click, in these tests: by its x. */
const regionAt = ({ x }: { x: number }) => (x === 1 ? "SE-M" : x === 2 ? "SE-BD" : undefined);
/** What answers clicks on `app`, with the page's answers and its stylesheets in. */
const answererFor = (app: HTMLElement) => firstAnswerer(app, regionAt, askFirstAnswers(), Promise.resolve())!;
/** The answers are read asynchronously (as the page fetches them): let them in. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the first click answered by the prerendered page", () => {
  afterEach(() => {
    takeEarlyClick();
    setEarlyAnswer(undefined);
    document.head.replaceChildren();
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  it("puts the clicked region's panel where 'loading' was, and tells the app which region and which nodes", async () => {
    const app = prerenderedPage();
    queueEarlyClicks(app.querySelector(".map-svg")!);
    const answer = answererFor(app);
    answer({ x: 1, y: 0 });
    // The answers are read at the first click: the answer comes once they are.
    expect(aside().querySelector(".panel-pending")).not.toBeNull();
    await settle();
    expect(aside().querySelector("h2")?.textContent).toBe("Skåne");
    expect(aside().querySelector(".panel-pending")).toBeNull();
    // The back-to-map button stays; the answer comes after it, as the app's panel does.
    expect([...aside().children].map((el) => el.tagName)).toEqual(["BUTTON", "SECTION"]);
    expect(earlyAnswer()?.code).toBe("SE-M");
    expect(earlyAnswer()?.nodes).toEqual([aside().querySelector("section")]);
  });

  it("shows an answer only once the panel's stylesheets are in, for the last click made meanwhile", async () => {
    const app = prerenderedPage();
    queueEarlyClicks(app.querySelector(".map-svg")!);
    let styled = () => {};
    const answer = firstAnswerer(app, regionAt, askFirstAnswers(), new Promise<void>((resolve) => (styled = resolve)))!;
    answer({ x: 1, y: 0 });
    answer({ x: 2, y: 0 });
    await settle();
    expect(aside().querySelector(".panel-pending")).not.toBeNull();
    styled();
    await settle();
    expect(aside().querySelectorAll("section")).toHaveLength(1);
    expect(aside().querySelector("h2")?.textContent).toBe("Norrbotten");
    expect(earlyAnswer()?.code).toBe("SE-BD");
  });

  it("replaces an earlier answer by the next region's, and puts 'loading' back for a click outside every region", async () => {
    const app = prerenderedPage();
    queueEarlyClicks(app.querySelector(".map-svg")!);
    const answer = answererFor(app);
    const changes: (string | undefined)[] = [];
    const unsubscribe = subscribeEarlyAnswer(() => changes.push(earlyAnswer()?.code));
    answer({ x: 1, y: 0 });
    await settle();
    answer({ x: 2, y: 0 });
    expect(aside().querySelectorAll("section")).toHaveLength(1);
    expect(aside().querySelector("h2")?.textContent).toBe("Norrbotten");
    answer({ x: 9, y: 0 });
    expect(aside().querySelector("section")).toBeNull();
    expect(aside().querySelector(".panel-pending")).not.toBeNull();
    expect(changes).toEqual(["SE-M", "SE-BD", undefined]);
    unsubscribe();
  });

  it("answers nothing once the app has replaced the prerender, and nothing without answers or a side panel", async () => {
    const app = prerenderedPage();
    queueEarlyClicks(app.querySelector(".map-svg")!);
    const answer = answererFor(app);
    answer({ x: 9, y: 0 });
    await settle();
    app.remove();
    answer({ x: 1, y: 0 });
    expect(earlyAnswer()).toBeUndefined();

    document.head.replaceChildren();
    const without = prerenderedPage(null);
    // No block and no file to fetch: the page answers as before, when the app has started.
    vi.stubGlobal("fetch", () => Promise.resolve(new Response("", { status: 404 })));
    const none = answererFor(without);
    none({ x: 1, y: 0 });
    await settle();
    expect(aside().querySelector(".panel-pending")).not.toBeNull();
    aside().querySelector(".panel-pending")!.remove();
    expect(answererFor(without)).toBeUndefined();
  });

  it("loads each of the panel's stylesheets once, not one the page already has, for print until it is in", async () => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = "./assets/index.css";
    document.head.append(link);
    const styled = loadStylesheets(document, ["./assets/index.css", "./assets/SidePanel.css"]);
    void loadStylesheets(document, ["./assets/SidePanel.css"]);
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
    expect(links.map((l) => new URL(l.href).pathname)).toEqual(["/assets/index.css", "/assets/SidePanel.css"]);
    // Not applied (so not holding the first paint back) until it has loaded; then applied, and the answers may show.
    const panelSheet = links[1]!;
    expect(panelSheet.media).toBe("print");
    let done = false;
    void styled.then(() => (done = true));
    await settle();
    expect(done).toBe(false);
    panelSheet.dispatchEvent(new Event("load"));
    await settle();
    expect(panelSheet.media).toBe("all");
    expect(done).toBe(true);
  });
});

describe("the side panel's stylesheets, from the build's bundle", () => {
  const chunk = (fileName: string, over: Record<string, unknown>) => ({ type: "chunk", fileName, imports: [], isEntry: false, ...over });

  it("are the panel chunk's and its imports', not the entry's, each once", () => {
    const bundle = {
      "index.js": chunk("index.js", {
        isEntry: true,
        moduleIds: ["/app/src/main.tsx"],
        viteMetadata: { importedCss: new Set(["index.css"]) },
      }),
      "SidePanel.js": chunk("SidePanel.js", {
        moduleIds: ["/app/src/app/SidePanel.tsx"],
        imports: ["index.js", "shared.js"],
        viteMetadata: { importedCss: new Set(["SidePanel.css"]) },
      }),
      "shared.js": chunk("shared.js", {
        moduleIds: [],
        imports: ["index.js"],
        viteMetadata: { importedCss: new Set(["shared.css", "SidePanel.css"]) },
      }),
      "index.css": { type: "asset", fileName: "index.css" },
    };
    expect(panelStylesheets(bundle)).toEqual(["./SidePanel.css", "./shared.css"]);
  });

  it("are none where the panel is in the entry's chunk (the one file), and the build fails without the panel", () => {
    const one = { "index.js": chunk("index.js", { isEntry: true, moduleIds: ["/app/src/main.tsx", "/app/src/app/SidePanel.tsx"] }) };
    expect(panelStylesheets(one)).toEqual([]);
    expect(() => panelStylesheets({})).toThrow(/side panel/);
  });
});
