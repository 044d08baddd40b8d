import { editionManifestSchema } from "./editionSchema";
import {
  datasetClaim,
  manifestClaim,
  mismatchIssue,
  reportClaim,
  sameEdition,
  translationClaim,
  unknownEditionIssue,
} from "./editionBundleMatch";
import { errorName, type Refusal, type ValidationIssue } from "./issues";
import { isObject } from "./loose";
import type { OpenedEdition } from "./openedEditions";
import { checkProvenance } from "./provenance";
import { reportDocSchema, type ReportDoc } from "./reportSchema";
import type { Dataset } from "./schema";
import { reportTranslationSchema } from "./translationSchema";
import { validateDataset } from "./validate";
import { z } from "./zod";
import { zodIssues } from "./zodIssues";

/**
 * An edition in one file (docs/EDITIONS.md, "An edition in one file"): its dataset with the report parse it quotes,
 * and optionally the English and the manifest, so an edition the build does not ship can be opened whole and shown
 * with its own report. `npm run edition -- bundle <id>` writes one from a folder.
 */
export const EDITION_BUNDLE_KIND = "rus-kartan-edition";
export const EDITION_BUNDLE_VERSION = 1;

export const editionBundleSchema = z.strictObject({
  kind: z.literal(EDITION_BUNDLE_KIND),
  version: z.literal(EDITION_BUNDLE_VERSION),
  manifest: editionManifestSchema.optional(),
  // Checked by validateDataset, which says more than a schema can (list sizes first, the rules across fields).
  dataset: z.looseObject({}),
  report: reportDocSchema,
  translation: reportTranslationSchema.optional(),
});

/** What opening a file gives: a dataset, with the edition to remember when the file brought (or belongs to) one. */
export type OpenedFile = { ok: true; data: Dataset; opened?: OpenedEdition } | Refusal;

/**
 * A bundle, not a dataset: an object with a `kind` and no lists of regions and practices, so a misspelt kind is
 * answered as a bundle's ("kind must be …"), not with a dataset's every missing field.
 */
export function looksLikeBundle(raw: unknown): boolean {
  return isObject(raw) && "kind" in raw && !Array.isArray(raw.regions) && !Array.isArray(raw.practices);
}

/** `dataset.…` for an issue of the bundle's dataset, so the page says "Datafilen, region 8 (Kalmar), …". */
const inDataset = (issue: ValidationIssue): ValidationIssue => ({ ...issue, path: issue.path === "(root)" ? "dataset" : `dataset.${issue.path}` });

/**
 * Parses and checks a bundle; never throws. In order, each step only on what the step before let through:
 *   1. the bundle's shape, its report, translation and manifest (zod), and its dataset (validateDataset), all issues;
 *   2. one edition: the dataset, the translation and the manifest each of the report's edition — else refused, the
 *      two editions named as each file states itself;
 *   3. the dataset's provenance against its own report: every quote and list the report's (provenance.ts).
 */
export function parseEditionBundle(raw: unknown): OpenedFile {
  try {
    return checkBundle(raw);
  } catch (error) {
    // Whatever a hostile file makes the checks throw, the page says so and keeps its data.
    return { ok: false, problem: { kind: "check-failed", error: errorName(error) } };
  }
}

function checkBundle(raw: unknown): OpenedFile {
  const shape = editionBundleSchema.safeParse(raw);
  const issues = shape.success ? [] : zodIssues(shape.error.issues, raw);
  const datasetRaw = isObject(raw) ? raw.dataset : undefined;
  const dataset = isObject(datasetRaw) ? validateDataset(datasetRaw) : undefined;
  if (dataset && !dataset.ok) {
    if ("problem" in dataset) {
      const { problem } = dataset;
      return { ok: false, problem: problem.kind === "too-many" ? { ...problem, path: `dataset.${problem.path}` } : problem };
    }
    dataset.issues.forEach((issue) => issues.push(inDataset(issue)));
  }
  if (!shape.success || !dataset?.ok || issues.length > 0) return { ok: false, issues };

  const { report, translation, manifest } = shape.data;
  const data = dataset.data;
  const mismatches = editionMismatches(data, report, translation === undefined ? undefined : translationClaim(translation), manifest);
  if (mismatches.length > 0) return { ok: false, issues: mismatches };

  const unproven = checkProvenance(datasetRaw, report).map((issue) =>
    inDataset({ ...issue, problem: { code: "rule", rule: "not-in-report", params: { detail: issue.message } } }),
  );
  if (unproven.length > 0) return { ok: false, issues: unproven };
  return { ok: true, data, opened: { dataset: data, report, ...(translation && { translation }), ...(manifest && { manifest }) } };
}

/** Every pair of the bundle's files that are not one edition: the dataset and the translation against the report, the manifest against the dataset. */
function editionMismatches(
  data: Dataset,
  report: ReportDoc,
  translation: ReturnType<typeof translationClaim> | undefined,
  manifest: z.infer<typeof editionManifestSchema> | undefined,
): ValidationIssue[] {
  const ofDataset = datasetClaim(data.edition);
  const ofReport = reportClaim(report);
  const issues: ValidationIssue[] = [];
  if (!sameEdition(ofDataset, ofReport)) issues.push(mismatchIssue(ofDataset, ofReport));
  if (translation && !sameEdition(translation, ofReport)) issues.push(mismatchIssue(translation, ofReport));
  if (manifest) {
    const ofManifest = manifestClaim(manifest);
    if (!sameEdition(ofManifest, ofDataset) || (ofManifest.title !== undefined && ofManifest.title !== ofDataset.title)) {
      issues.push(mismatchIssue(ofManifest, ofDataset));
    }
  }
  return issues;
}

/** The editions the app has a report of: those opened this page, then the shipped ones (editions.ts). */
export type KnownEditions = {
  opened: (id: string) => OpenedEdition | undefined;
  shipped: (id: string) => z.infer<typeof editionManifestSchema> | undefined;
};

/**
 * A dataset alone (no report with it) is shown with the report the app has of its edition: one opened this page, else
 * the shipped one. It must be that edition, as the report (or the shipped manifest) states it; an edition the app
 * has no report of needs a bundle. A dataset of an opened edition replaces that edition's dataset (`opened`).
 */
export function checkDatasetAlone(data: Dataset, known: KnownEditions): OpenedFile {
  const claim = datasetClaim(data.edition);
  const opened = known.opened(claim.id);
  if (opened) {
    const ofReport = reportClaim(opened.report, "opened");
    return sameEdition(claim, ofReport) ? { ok: true, data, opened: { ...opened, dataset: data } } : { ok: false, issues: [mismatchIssue(claim, ofReport)] };
  }
  const shipped = known.shipped(claim.id);
  if (!shipped) return { ok: false, issues: [unknownEditionIssue(claim)] };
  const ofShipped = manifestClaim(shipped, "shipped");
  return sameEdition(claim, ofShipped) ? { ok: true, data } : { ok: false, issues: [mismatchIssue(claim, ofShipped)] };
}
