import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { draftEdition } from "../../src/data/editionDraft";
import { EDITION_BUNDLE_KIND, EDITION_BUNDLE_VERSION } from "../../src/data/editionBundle";
import { editionManifestSchema } from "../../src/data/editionSchema";
import type { Dataset } from "../../src/data/schema";
import { editionText } from "../editionFiles";

/**
 * The files of two editions, as raw JSON to put in bundles: the shipped (newest) edition, and the fictional test
 * edition (tests/fixtures/editions/fixture-report.txt, not Tillväxtverket's) drafted as `npm run edition -- new`
 * drafts it, its drafts confirmed as scripts/fixture-editions.mjs confirms them. Each call gives fresh copies to break.
 */
export type Parts = { manifest?: unknown; dataset: unknown; report: unknown; translation?: unknown };

const json = (text: string) => JSON.parse(text) as Record<string, unknown>;
const SHIPPED = {
  manifest: editionText("manifest.json"),
  dataset: editionText("dataset.json"),
  report: editionText("report.json"),
  translation: editionText("translation.en.json"),
};

export const FIXTURE_ID = "fixture";
const FIXTURE_TEXT = readFileSync(resolve(process.cwd(), "tests/fixtures/editions/fixture-report.txt"), "utf8");
const draft = draftEdition(FIXTURE_TEXT, FIXTURE_ID, {
  dataset: JSON.parse(SHIPPED.dataset) as Dataset,
  manifest: editionManifestSchema.parse(JSON.parse(SHIPPED.manifest)),
});
const confirmed = (dataset: Dataset) => {
  const copy = structuredClone(dataset) as Dataset & { statuses: { draft?: true }[]; practices: { draft?: true }[] };
  for (const item of [...copy.statuses, ...copy.practices]) delete item.draft;
  return copy;
};
const FIXTURE = {
  manifest: JSON.stringify({ ...draft.manifest, fixture: true }),
  dataset: JSON.stringify(confirmed(draft.dataset)),
  report: draft.reportText,
};

export const shippedParts = () => ({
  manifest: json(SHIPPED.manifest),
  dataset: json(SHIPPED.dataset),
  report: json(SHIPPED.report),
  translation: json(SHIPPED.translation),
});
export const fixtureParts = () => ({ manifest: json(FIXTURE.manifest), dataset: json(FIXTURE.dataset), report: json(FIXTURE.report) });

/** A bundle as `npm run edition -- bundle` writes it, of whichever parts are given. */
export const bundleOf = (parts: Parts) => ({ kind: EDITION_BUNDLE_KIND, version: EDITION_BUNDLE_VERSION, ...parts });

/** What a file states of its edition, read here from the file itself, not from the app: for the expected messages. */
export const editionOf = (parts: { dataset: unknown }) => (parts.dataset as Pick<Dataset, "edition">).edition;
