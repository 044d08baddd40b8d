/**
 * The SVG map as an image, for PNG export when there is no WebGL canvas to
 * read: the same role as MapView's captureImage. County names are HTML over
 * the map in both renderers; an exporter draws them from the placed labels.
 */
export function serializeSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  return new XMLSerializer().serializeToString(copy);
}

/** Draws the SVG map into a canvas at `scale` × its CSS size (the device pixel ratio by default). */
export function svgToCanvas(svg: SVGSVGElement, scale = window.devicePixelRatio || 1): Promise<HTMLCanvasElement> {
  const { width, height } = svg.getBoundingClientRect();
  return svgTextToCanvas(serializeSvg(svg), { width, height }, scale);
}

/** Draws an SVG document into a canvas of `scale` × `size` (CSS px). */
export async function svgTextToCanvas(
  text: string,
  { width, height }: { width: number; height: number },
  scale: number,
): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("Canvas 2D is not available");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}
