type Size = { width: number; height: number };

/** A picture a printout loses (WebGL's cleared buffer) and how to copy it as it stands. */
export type LivePicture = { canvas: HTMLCanvasElement; copy: () => HTMLCanvasElement };

/** The renderer's element's box on screen, in CSS px. */
export function screenSizeOf(element: HTMLElement): Size {
  const { width, height } = element.getBoundingClientRect();
  return { width, height };
}

/**
 * Ctrl+P (MapHandle.holdForPrint): the map's stage (MapStage) keeps the size it has on screen, scaled by
 * `zoomFor(size)` to fill the page (`.map-stage.print-frozen` in the print stylesheet, export.css), so the names laid
 * out over the map still sit on their counties; a live picture a printout would lose gets a copy beside it
 * (`.print-map`), which the print stylesheet shows in its place. Returns what puts the screen back.
 */
export function holdForPrint(element: HTMLElement, zoomFor: (stage: Size) => number, live?: LivePicture): () => void {
  const stage = element.closest<HTMLElement>(".map-stage");
  if (!stage) return () => {};
  const { clientWidth: width, clientHeight: height } = stage;
  stage.classList.add("print-frozen");
  stage.style.setProperty("--print-width", `${width}px`);
  stage.style.setProperty("--print-height", `${height}px`);
  stage.style.setProperty("--print-zoom", String(zoomFor({ width, height })));

  const copy = live?.copy();
  if (live && copy) {
    copy.className = "print-map";
    copy.dataset.testid = "print-map";
    copy.setAttribute("aria-hidden", "true");
    copy.style.width = `${live.canvas.clientWidth}px`;
    copy.style.height = `${live.canvas.clientHeight}px`;
    live.canvas.after(copy);
  }
  return () => {
    copy?.remove();
    stage.classList.remove("print-frozen");
    for (const name of ["--print-width", "--print-height", "--print-zoom"]) stage.style.removeProperty(name);
  };
}
