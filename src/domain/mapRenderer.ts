import type { ReactNode } from "react";
import type { ContextCollection, CountyCollection } from "../geo/counties";
import type { LabelPoint } from "../geo/labelPoints";
import type { Padding } from "../geo/projection";
import type { MacroBoundaries } from "../geo/macroBoundaries";
import type { MacroGroupingId } from "../geo/macroRegions";
import type { InsetCaption, Placement } from "./labelTypes";
import type { Rect } from "./screenGeometry";
import type { Outlines } from "./outlines";

/**
 * What both renderers take (MapView here, SvgMap without WebGL): the same
 * geometry, the same classification output, the same callbacks.
 */
export type MapRendererProps = {
  counties: CountyCollection;
  context: ContextCollection;
  labelPoints: LabelPoint[];
  colorOf: Record<string, string>;
  /** Regions marked with a symbol (practice maps), so colour is not the only cue. */
  marked: string[];
  selected?: string;
  /** The region the keyboard list has focus on: outlined, with its tooltip. */
  focused?: string;
  /** Accessible name of the map. */
  label: string;
  /** The heading of the key that explains numbered regions. */
  keyTitle: string;
  nameOf: (code: string) => string;
  /** Tooltip text for a region code (name and the value of the current mode). */
  describe: (code: string) => string;
  onSelect: (code: string | undefined) => void;
  /** Drawn over the map's top-left corner (the legend); the national view keeps Sweden clear of it. */
  overlay?: ReactNode;
  /** Counties outlined besides the selection: its neighbours (sea ones dashed) and the compared regions. */
  outlines?: Outlines;
  /** Borders between NUTS 2 regions / landsdelar (computed once per load), and which to show. */
  macroBoundaries?: MacroBoundaries;
  macro?: MacroGroupingId;
  /** Keep all of Sweden in view when a region is selected (the reader: what it colours is national). */
  keepNational?: boolean;
  /**
   * A slide's map: on its national view the dense south is drawn again, enlarged in an inset where its names have
   * room, captioned with this text for the inset's scale.
   */
  insetCaption?: InsetCaption;
  /** Called once, when the map is first drawn, with what export and presentation need of it. */
  onReady?: (handle: MapHandle) => void;
  /**
   * The region under the pointer and where, shared by the renderers (MapStage): the one taking over shows the same
   * tooltip, so a hover carries over from the SVG map to MapLibre and back.
   */
  onHoverChange?: (hover: PointerHover | null) => void;
  /** The hover the other renderer last saw (MapStage), to start from. */
  carriedHover?: () => PointerHover | null;
};

/** The region under the pointer, in CSS px from the map's top-left corner. */
export type PointerHover = { code: string; x: number; y: number };

export type PlacementOptions = { fontPx: number; crop?: { left: number; right: number } };

/** The crop's strips as boxes labels keep out of (none for a side not cropped: a picture and its labels agree). */
export function cropBoxes(crop: PlacementOptions["crop"], size: { width: number; height: number }): Rect[] {
  if (!crop) return [];
  return [
    { left: -1, top: -1, right: crop.left, bottom: size.height + 1 },
    { left: size.width - crop.right, top: -1, right: size.width + 1, bottom: size.height + 1 },
  ].filter((r) => r.right - r.left > 1);
}

/**
 * The small extension point other features use (export, presentation): an
 * image of the map, the county labels as placed, and a refit after the
 * container changed size. A renderer without WebGL can offer the same.
 */
export type MapHandle = {
  /** A copy of the map as drawn, taken inside a render so WebGL's buffer is still filled. */
  captureImage(options?: {
    pixelRatio?: number;
    /** The size the picture's names will be placed at (getPlacement): a slide's inset goes where they leave room. */
    fontPx?: number;
  }): Promise<HTMLCanvasElement>;
  /**
   * The map's box on screen, in CSS px, for an export at twice the screen's pixels. Both renderers have it; a picture
   * drawn offscreen (MapPicture) has no screen.
   */
  screenSize?(): { width: number; height: number };
  /**
   * Ctrl+P, on `beforeprint` (export/dashboardPrint.ts): the map keeps the size its stage has on screen, scaled by
   * `zoomFor(stage)` to fill the page, so the names laid out over it stay on their counties; a renderer whose picture a
   * printout loses (WebGL's cleared buffer) puts a copy of it in its place, drawn at once. Returns what puts the screen
   * back. Both renderers have it, so no feature reaches into the map's elements.
   */
  holdForPrint?(zoomFor: (stage: { width: number; height: number }) => number): () => void;
  /**
   * County labels in CSS px from the map's top-left corner: as placed now, or — given a font size —
   * placed again at the current camera for an output that draws its labels at another size, keeping
   * clear of the strips (left, right, in px) it crops away.
   */
  getPlacement(options?: PlacementOptions): Placement;
  /** Fits the selected region, or Sweden, again after the map's container changed size. */
  refit(): void;
  /** The national view's padding as last fitted (the room kept free for the legend), for exports to crop. */
  framePadding?(): Padding;
};

/** What a picture of a view shows on its map: one view's colours, marks, selection and outlines. */
export type MapPictureRequest = {
  colorOf: Record<string, string>;
  marked: readonly string[];
  selected?: string;
  outlines: Outlines;
  macro?: MacroGroupingId;
  keepNational?: boolean;
  /** As MapRendererProps.insetCaption: the national view's inset of the south, and its caption. */
  insetCaption?: InsetCaption;
  /** The map's size in CSS px: the unit of its labels and line widths. */
  size: { width: number; height: number };
};

/**
 * Draws one view's map offscreen, at any size, without touching the map on screen: the one way every picture of a
 * view is made (PNG, print, PowerPoint, the slide grid's thumbnails). Its handle captures and places labels like a
 * renderer's, and knows its size.
 */
export type MapPicture = (request: MapPictureRequest) => MapHandle & { size: { width: number; height: number } };
