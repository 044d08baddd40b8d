import { useLayoutEffect, useRef } from "react";
import { tooltipPosition } from "../domain/screenGeometry";

type MapTooltipProps = { x: number; y: number; text: string };

/**
 * The hovered or focused region's words next to the pointer, kept inside the part of the map on
 * screen (a phone's page scrolls, so the map may reach below it): its size is known only once drawn,
 * so it is placed before paint (layout effect), never seen hanging off screen.
 */
export function MapTooltip({ x, y, text }: MapTooltipProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    const area = box?.offsetParent as HTMLElement | null;
    if (!box || !area) return;
    // The window's part of the map, in the map's coordinates.
    const onScreen = area.getBoundingClientRect();
    const visible = {
      left: Math.max(0, -onScreen.left),
      top: Math.max(0, -onScreen.top),
      right: Math.min(area.clientWidth, window.innerWidth - onScreen.left),
      bottom: Math.min(area.clientHeight, window.innerHeight - onScreen.top),
    };
    const at = tooltipPosition({ x, y }, { width: box.offsetWidth, height: box.offsetHeight }, visible);
    box.style.left = `${at.x}px`;
    box.style.top = `${at.y}px`;
  }, [x, y, text]);
  return (
    <div className="map-tooltip" role="status" style={{ left: x, top: y }} ref={ref} data-testid="map-tooltip">
      {text}
    </div>
  );
}
