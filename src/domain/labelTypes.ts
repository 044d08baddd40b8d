import type { ViewBox } from "../geo/projection";
import type { Point, Rect } from "./screenGeometry";

/** What the label placement (labelPlacement.ts) takes and gives. */
export type LabelRegion = {
  code: string;
  /** The label's text box, in px (✓ and padding included). */
  width: number;
  height: number;
  /** The box of the name on two lines ("Västra / Götaland"), for names of more than one word. */
  wrapped?: { width: number; height: number };
  /** The region's label point (its pole of inaccessibility), projected. */
  anchor: Point;
  /** Larger regions have the most room: they are placed after the small ones. */
  area: number;
  /** The region's rings (outer and holes, every part) in screen px. */
  rings: Point[][];
};

export type LabelKind = "inside" | "leader" | "number" | "hidden";

export type PlacedLabel = {
  code: string;
  kind: LabelKind;
  /** Centre of the label's box (the text, or the number's badge). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The point of the region the label names: under an inside label, at a leader's end, under a number. */
  anchor: Point;
  /** The number shown on the region (kind "number"), explained in the key. */
  number?: number;
  /** The name is set on two lines (its box is the region's `wrapped`). */
  wrapped?: boolean;
  /** False for a region outside the view. */
  visible: boolean;
  /** Named in the inset of the south (its box, anchor and leader are in the inset's drawing). */
  inset?: boolean;
  /** Its type's size relative to the map's names (a detail inset's smaller names, labelInset.ts); 1 where absent. */
  type?: number;
};

/** The inset of the dense south, or of a detail of it (labelInset.ts), in the map's px. */
export type Inset = {
  /** The inset's box on the map, caption included. */
  box: Rect;
  /** The box's map part, under the caption, and what it shows there, in projected units. */
  mapBox: Rect;
  view: ViewBox;
  /** The area the inset enlarges, framed on the map. */
  frame: Rect;
  /** How many times the map's scale the inset draws. */
  factor: number;
  /** The regions named in the inset. */
  codes: string[];
  /** What it enlarges: the whole south, or a detail (the regions the map alone would number). */
  part: InsetPart;
};

export type InsetPart = "south" | "detail";

/** The inset's caption, for its scale and what it enlarges. */
export type InsetCaption = (factor: number, part: InsetPart) => string;

export type Placement = {
  labels: PlacedLabel[];
  /** Where the key of the numbers goes (top right of the view), when any region is numbered. */
  key?: Rect;
  /** The enlarged south, where its regions are named (a slide's national view). */
  inset?: Inset;
};

export type PlacementInput = {
  regions: readonly LabelRegion[];
  /** Land that is not named here (named in the inset instead): labels keep off it as off any region. */
  others?: readonly LabelRegion[];
  size: { width: number; height: number };
  /** Boxes labels must keep out of: the legend, notes over the map. */
  reserved?: readonly Rect[];
  /** Diameter of a number's badge, in px. */
  badge: number;
  /** The key's size for the codes that get numbers, in px (the renderer measures its text). */
  keySize?: (codes: readonly string[]) => { width: number; height: number };
  /** Space kept between labels, in px. */
  gap?: number;
  /**
   * Try harder before numbering a region (a slide's national view, where every name counts and the view changes
   * seldom): a leader from other points of the region, and a second placement with the numbered regions first.
   */
  thorough?: boolean;
};
