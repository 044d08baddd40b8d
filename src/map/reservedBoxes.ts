import type { Rect } from "../domain/screenGeometry";

/**
 * The boxes over the map that labels keep clear of, in the map's own px: the
 * legend overlay where it stands over the map (on a narrow screen it stands
 * below it), and the simplified map's note.
 */
export function reservedBoxes(container: HTMLElement, ...overlays: (HTMLElement | null | undefined)[]): Rect[] {
  const box = container.getBoundingClientRect();
  return overlays.flatMap((el) => {
    if (!el) return [];
    const r = el.getBoundingClientRect();
    const rect = { left: r.left - box.left, top: r.top - box.top, right: r.right - box.left, bottom: r.bottom - box.top };
    const over = r.width > 0 && r.height > 0 && rect.left < box.width && rect.right > 0 && rect.top < box.height && rect.bottom > 0;
    return over ? [rect] : [];
  });
}
