import { z } from "../data/zod";
import { deckSchema, DECK_ARRAY_LIMITS } from "./deckSchema";

/**
 * What travels on the presenter channel (presenterChannel.ts), as data from outside: any page of this origin — another
 * tab, an older deployment still open, a script — can post on it. Every message is read through one schema, with the
 * protocol's version; anything else is not applied, only counted. Pure: the windows' hooks decide what to do with the
 * result.
 */

/**
 * The protocol's version, in every message. Raised whenever a message changes shape or meaning; a window that hears
 * another version applies nothing from it and asks for the older window to be reloaded. Messages without a version are
 * the first protocol (before versions were sent): version 1.
 */
export const PRESENTER_PROTOCOL = 4;

/** A slide number as a message may give it: 1-based, never past the largest deck. */
const slideNumber = z.number().int().min(1).max(DECK_ARRAY_LIMITS.slides);
/** An object URL ("blob:http://host/uuid") or a PNG as a data URL is far below this; 8 MB of base64 is a full-HD PNG. */
const MAX_PICTURE_CHARS = 8_000_000;

const version = z.literal(PRESENTER_PROTOCOL);
/** Far more pages than a slide's panel has at any size (six regions compared at 1280 × 720: two). */
const MAX_PANEL_PAGES = 50;

/** What the presentation window says: the deck, the slide shown (1-based) and the language; `present` false once it ended. */
const stateMessage = z.object({
  v: version,
  type: z.literal("state"),
  deck: deckSchema,
  slide: slideNumber,
  lang: z.enum(["sv", "en"]),
  present: z.boolean(),
  /** The audience's screen blacked or whited out (B / . and W / ,), or null: shown in the presenter view (protocol 3). */
  blank: z.enum(["black", "white"]).nullable().optional(),
  /**
   * The slide's panel, where its text is in pages: the page the audience sees (1-based) and how many, or null. Optional,
   * so a window without it shows no page and reads the rest as before (no new protocol).
   */
  panel: z
    .object({ page: z.number().int().min(1).max(MAX_PANEL_PAGES), pages: z.number().int().min(2).max(MAX_PANEL_PAGES) })
    .refine((p) => p.page <= p.pages)
    .nullable()
    .optional(),
});

/**
 * Pictures of slide `slide` and the one after it, drawn by the presentation window (the one picture pipeline; the
 * presenter view loads no data). Each is checked by `isOwnPicture` on receipt.
 */
const picturesMessage = z.object({
  v: version,
  type: z.literal("pictures"),
  slide: slideNumber,
  current: z.string().max(MAX_PICTURE_CHARS).optional(),
  next: z.string().max(MAX_PICTURE_CHARS).optional(),
});

/** What the presenter view asks: to be told the state ("hello"), or to show slide n. */
const helloMessage = z.object({ v: version, type: z.literal("hello") });
const goMessage = z.object({ v: version, type: z.literal("go"), slide: slideNumber });
/**
 * The presenter's next or previous (a clicker's PageDown or PageUp at the presenter view): the presentation takes the
 * step as its own key would, to a paged panel's next page before the next slide (protocol 4).
 */
const stepMessage = z.object({ v: version, type: z.literal("step"), by: z.union([z.literal(1), z.literal(-1)]) });
/** The presenter's B / . or W / , (or any key while blank) from the presenter view: the audience's screen blanked or back. */
const blankMessage = z.object({ v: version, type: z.literal("blank"), blank: z.enum(["black", "white"]).nullable() });

export type PresenterState = z.infer<typeof stateMessage>;
export type PresenterPictures = z.infer<typeof picturesMessage>;
export type PresenterRequest =
  z.infer<typeof helloMessage> | z.infer<typeof goMessage> | z.infer<typeof stepMessage> | z.infer<typeof blankMessage>;

/** Messages the presenter view reads (from the presentation window), and those the presentation window reads. */
const toPresenter = z.discriminatedUnion("type", [stateMessage, picturesMessage]);
const toPresentation = z.discriminatedUnion("type", [helloMessage, goMessage, stepMessage, blankMessage]);

const TO_PRESENTER_TYPES: readonly string[] = ["state", "pictures"];
const TO_PRESENTATION_TYPES: readonly string[] = ["hello", "go", "step", "blank"];

/**
 * A message read: applied (`ok`), from a window of another protocol version (`version`: its version, which says which
 * window is to be reloaded), or not a message for this window at all (`ignored`: wrong shape, wrong values, or one the
 * other side reads — both windows hear everything on the channel, their own kind of message from other windows too).
 */
export type Received<T> = { kind: "ok"; message: T } | { kind: "version"; version: number } | { kind: "ignored"; reason: IgnoredReason };
/** Why a message was not applied: for the count in the window's data attribute and the console. */
export type IgnoredReason = "not-ours" | "invalid";

/** The version a message says it speaks, for a message of a known type: a number, or 1 when it names none. */
function versionOf(data: Record<string, unknown>, types: readonly string[]): number | undefined {
  if (typeof data.type !== "string" || !types.includes(data.type)) return undefined;
  if (!("v" in data)) return 1;
  return typeof data.v === "number" && Number.isInteger(data.v) && data.v >= 1 ? data.v : undefined;
}

function read<T>(data: unknown, schema: z.ZodType<T>, types: readonly string[], others: readonly string[]): Received<T> {
  try {
    if (typeof data !== "object" || data === null || Array.isArray(data)) return { kind: "ignored", reason: "invalid" };
    const record = data as Record<string, unknown>;
    const v = versionOf(record, types);
    if (v === undefined) {
      // The other side's messages are heard here too: not a fault, and not counted as one.
      const theirs = typeof record.type === "string" && others.includes(record.type);
      return { kind: "ignored", reason: theirs ? "not-ours" : "invalid" };
    }
    // Another version's window is named only where its message has that version's plain shape (a type and, for a
    // state, a deck): a stray object with a known type is a stray object.
    if (v !== PRESENTER_PROTOCOL)
      return looksLikeProtocol(record) ? { kind: "version", version: v } : { kind: "ignored", reason: "invalid" };
    const parsed = schema.safeParse(data);
    return parsed.success ? { kind: "ok", message: parsed.data } : { kind: "ignored", reason: "invalid" };
  } catch {
    // A getter that throws, a proxy: whatever the object does, it is not applied.
    return { kind: "ignored", reason: "invalid" };
  }
}

/** The fields every version so far has had for its type. */
function looksLikeProtocol(record: Record<string, unknown>): boolean {
  switch (record.type) {
    case "state":
      return (
        typeof record.slide === "number" && typeof record.present === "boolean" && typeof record.deck === "object" && record.deck !== null
      );
    case "go":
    case "pictures":
      return typeof record.slide === "number";
    default:
      return true;
  }
}

/** A message heard by the presenter view. */
export const readToPresenter = (data: unknown): Received<PresenterState | PresenterPictures> =>
  read(data, toPresenter, TO_PRESENTER_TYPES, TO_PRESENTATION_TYPES);

/** A message heard by the presentation window. */
export const readToPresentation = (data: unknown): Received<PresenterRequest> =>
  read(data, toPresentation, TO_PRESENTATION_TYPES, TO_PRESENTER_TYPES);

/** The slide a message names, clamped into the deck it goes with (a deck has at least one slide). */
export const clampSlide = (slide: number, count: number) => Math.min(Math.max(Math.trunc(slide) || 1, 1), Math.max(count, 1));

/**
 * A picture the presenter view may show: only what the presentation window makes — an object URL of this page's own
 * origin, or a PNG as base64 data. Any other URL (another host, `javascript:`, an SVG that could carry script) is not
 * shown, whatever the Content-Security-Policy would have done with it. The one place the transport's form is checked.
 */
export function isOwnPicture(url: unknown, origin: string): url is string {
  if (typeof url !== "string" || url.length > MAX_PICTURE_CHARS) return false;
  if (url.startsWith("data:image/png;base64,")) return /^[A-Za-z0-9+/]+={0,2}$/u.test(url.slice("data:image/png;base64,".length));
  if (origin === "null" || origin === "") return false;
  const prefix = `blob:${origin}/`;
  return url.startsWith(prefix) && /^[0-9a-f-]{36}$/iu.test(url.slice(prefix.length));
}

/** How pictures travel to the presenter view: object URLs, or data URLs where the page has no origin to share. */
export type PictureForm = "object" | "data";

/**
 * A page opened from disk (its origin, `self.origin`, is "null"; `location.origin` says "file://") cannot show its
 * opener's object URLs in a second window ("Not allowed to load local resource"): there the pictures go as PNG data
 * URLs, which isOwnPicture accepts from any origin.
 */
export function pictureFormFor(origin: string | undefined): PictureForm {
  // No location at all is the build's prerender, which draws no pictures.
  return origin === "null" || origin === "" || origin === "file://" ? "data" : "object";
}

/** A message to send, with the protocol's version. */
export const withVersion = <const T extends object>(message: T) =>
  ({ v: PRESENTER_PROTOCOL, ...message }) as T & { v: typeof PRESENTER_PROTOCOL };
