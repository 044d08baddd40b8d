import type { Map as MapLibreMap } from "maplibre-gl";

/**
 * Copies the map canvas inside a render: WebGL clears its drawing buffer after
 * compositing, so reading it at any other time gives a blank image, and keeping
 * the buffer (preserveDrawingBuffer) would slow every frame to serve a rare export.
 */
export function captureMap(map: MapLibreMap, pixelRatio?: number): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio();
  // A sharper export draws the map once at the asked resolution, then puts the screen's back.
  if (pixelRatio !== undefined && pixelRatio !== before) map.setPixelRatio(pixelRatio);
  return new Promise<HTMLCanvasElement>((resolve) => {
    const copy = () => {
      // Another "idle" listener (a style update that waited for the map) may have started a
      // camera move or a style change just now: wait for that to settle too.
      if (map.isMoving() || !map.isStyleLoaded()) {
        map.once("idle", copy);
        return;
      }
      map.once("render", () => {
        const source = map.getCanvas();
        const canvas = document.createElement("canvas");
        canvas.width = source.width;
        canvas.height = source.height;
        canvas.getContext("2d")?.drawImage(source, 0, 0);
        if (map.getPixelRatio() !== before) map.setPixelRatio(before);
        resolve(canvas);
      });
      map.triggerRepaint();
    };
    // Wait for loading, camera moves and colour transitions to settle, so the copy is what
    // the screen shows at rest; the repaint makes sure an idle map fires "idle" again.
    map.once("idle", copy);
    map.triggerRepaint();
  });
}

/**
 * Draws the map once, synchronously, and copies it before the buffer is cleared: for a
 * `beforeprint` listener, which must have its picture before it returns. The copy is the map as
 * it stands, mid-move included, which is what the reader sees when they print.
 */
export function captureMapNow(map: MapLibreMap): HTMLCanvasElement {
  map.redraw();
  const source = map.getCanvas();
  const canvas = document.createElement("canvas");
  canvas.width = source.width;
  canvas.height = source.height;
  canvas.getContext("2d")?.drawImage(source, 0, 0);
  return canvas;
}
