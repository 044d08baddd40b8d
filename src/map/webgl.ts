/**
 * Whether this browser can give MapLibre what it needs (a WebGL2 context), asked before maplibre-gl is downloaded:
 * where the answer is no, the SVG map is the map and the 420 KB of maplibre-gl and its worker are never fetched.
 * The probe's context is released at once; the answer is kept for the page.
 */
let answer: boolean | undefined;

export function canRunMapLibre(): boolean {
  answer ??= probe();
  return answer;
}

function probe(): boolean {
  try {
    const gl = document.createElement("canvas").getContext("webgl2");
    if (!gl) return false;
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return true;
  } catch {
    return false;
  }
}

let loading: Promise<typeof import("./MapView")> | undefined;

/**
 * The MapLibre view's chunk (with maplibre-gl), loaded once; main.tsx starts it with the data, where WebGL2 exists.
 * A failed load is not kept, so the map can try again.
 */
export function loadMapView(): Promise<typeof import("./MapView")> {
  loading ??= import("./MapView").catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
