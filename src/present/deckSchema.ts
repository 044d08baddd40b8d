import { z } from "../data/zod";
import { zodIssues } from "../data/zodIssues";
import { oversizedArray } from "../data/arrayLimits";
import { errorName, type Refusal, type ValidationIssue } from "../data/issues";
import { isObject } from "../data/loose";
import { parseJsonText } from "../data/jsonFile";
import { parseView, type IgnoredParam, type KnownValues } from "../state/url";
import { MAX_COMPARE, type ViewState } from "../state/store";

/**
 * A briefing deck: a titled sequence of slides, each a view in the URL
 * contract (docs/ARCHITECTURE.md, "From a choice to a picture") with a title and a caption to say aloud. One parser
 * (parseView) serves links and decks, so a slide is exactly a shareable link.
 */
/** A title or a caption: the default deck's longest is 154 characters. */
const words = z.string().trim().min(1).max(1000);
const bilingual = z.object({ sv: words, en: words });

/** The default deck has 12 slides; a deck of 200 is about 100 kB. */
export const DECK_ARRAY_LIMITS = { slides: 200 } as const;

/** Lists shown beside the map on a slide: the report's national findings (2.2.9). */
export const SLIDE_PANELS = ["challenges", "successFactors"] as const;

export const slideSchema = z.object({
  /** A query string such as "color=practice&practice=open-indicator-platforms"; a leading "?" is allowed. */
  view: z.string().max(500),
  title: bilingual,
  caption: bilingual,
  /** What the presenter says: for the default deck, the report's words with their sections (quotes in ”…”). */
  notes: z.object({ sv: z.string().max(20_000), en: z.string().max(20_000) }).optional(),
  panel: z.enum(SLIDE_PANELS).optional(),
});

export const deckSchema = z.object({
  version: z.literal(1),
  title: bilingual,
  slides: z.array(slideSchema).min(1).max(DECK_ARRAY_LIMITS.slides),
});

export type Slide = z.infer<typeof slideSchema>;
export type Deck = z.infer<typeof deckSchema>;

export type DeckResult = { ok: true; deck: Deck } | Refusal;

/** A deck's shape at a glance (version 1 and a list of slides), to tell a deck given to the dataset upload. */
export function looksLikeDeck(raw: unknown): boolean {
  return isObject(raw) && raw.version === 1 && Array.isArray(raw.slides);
}

/** What an ignored URL parameter means in a deck file, in the file author's terms. */
function describeIgnored({ key, value, repeated, limit }: IgnoredParam): string {
  if (repeated) return `"${key}" is given more than once; only the first is read ("${value}" is not)`;
  if (limit !== undefined) return `a comparison holds at most ${limit} regions ("${value}" left out)`;
  switch (key) {
    case "practice":
      return `unknown practice "${value}"`;
    case "region":
      return `unknown region "${value}"`;
    case "compare":
      return `invalid comparison "${value}" (2–${MAX_COMPARE} known region codes)`;
    case "present":
    case "slide":
    case "view":
      return `"${key}" does not belong in a slide's view`;
    default:
      return `invalid or unknown parameter ${key}="${value}"`;
  }
}

/** Every parameter of a slide's view that parseView had to drop, and those that do not belong in a slide. */
function ignoredInView(view: string, known: KnownValues): IgnoredParam[] {
  const { ignored } = parseView(view.replace(/^\?/, ""), known);
  const all = [...ignored];
  const params = new URLSearchParams(view.replace(/^\?/, ""));
  // present/slide parse fine but would nest a presentation inside a slide; a slide shows the map, never the table.
  for (const key of ["present", "slide", "view"]) if (params.has(key) && !ignored.some((i) => i.key === key)) all.push({ key, value: "" });
  return all;
}

/** The issues of one slide's view: every parameter parseView had to drop. */
export function viewIssues(view: string, known: KnownValues): string[] {
  return [...new Set(ignoredInView(view, known).map(describeIgnored))];
}

/** One slide's view issues with their structured form (the interface says them in its language, issueText.ts). */
function viewValidationIssues(path: string, view: string, known: KnownValues): ValidationIssue[] {
  const seen = new Set<string>();
  return ignoredInView(view, known).flatMap((ignored) => {
    const message = describeIgnored(ignored);
    if (seen.has(message)) return [];
    seen.add(message);
    const params = {
      key: ignored.key,
      value: ignored.value,
      ...(ignored.repeated && { repeated: "true" }),
      ...(ignored.limit !== undefined && { limit: String(ignored.limit) }),
    };
    return [{ path, message, problem: { code: "rule", rule: "view-param", params } } satisfies ValidationIssue];
  });
}

/**
 * What of a slide's view the loaded data no longer has (a dataset opened after the deck, a later edition): each
 * dropped parameter as `key=value`, the way the view names it. Empty when the slide shows what it was saved with.
 */
export function slideMisfit(slide: Slide, known: KnownValues): string[] {
  return parseView(slide.view.replace(/^\?/, ""), known).ignored.map(({ key, value }) => `${key}=${value}`);
}

/**
 * Validates a deck: its size, then the zod schema, then every slide's view
 * against the dataset. All issues are listed with their paths, never only the
 * first; nothing it meets is thrown.
 */
export function validateDeck(raw: unknown, known: KnownValues): DeckResult {
  try {
    const oversized = oversizedArray(raw, DECK_ARRAY_LIMITS);
    return oversized ? { ok: false, problem: oversized } : validateSizedDeck(raw, known);
  } catch (error) {
    return { ok: false, problem: { kind: "check-failed", error: errorName(error) } };
  }
}

function validateSizedDeck(raw: unknown, known: KnownValues): DeckResult {
  const parsed = deckSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, issues: zodIssues(parsed.error.issues, raw) };
  }
  const issues: ValidationIssue[] = [];
  parsed.data.slides.forEach((slide, i) => {
    for (const issue of viewValidationIssues(`slides[${i}].view`, slide.view, known)) issues.push(issue);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, deck: parsed.data };
}

/** Reads a deck file's text: not JSON is a refusal too, never an exception. */
export function parseDeckText(text: string, known: KnownValues): DeckResult {
  const read = parseJsonText(text);
  return read.ok ? validateDeck(read.raw, known) : read;
}

/**
 * The view a slide shows. The presenter's language is kept unless the slide
 * names one, and presentation mode and slide number are kept, so applying a
 * slide never leaves the presentation.
 */
export function slideView(slide: Slide, known: KnownValues, current: Pick<ViewState, "lang">, index: number): ViewState {
  const query = slide.view.replace(/^\?/, "");
  const { view } = parseView(query, known);
  const lang = new URLSearchParams(query).has("lang") ? view.lang : current.lang;
  return { ...view, lang, present: true, slide: index + 1 };
}
