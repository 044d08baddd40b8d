// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DatasetUpload } from "../../src/app/DatasetUpload";
import { checkDatasetAlone, parseEditionBundle, type KnownEditions } from "../../src/data/editionBundle";
import { editionManifestSchema } from "../../src/data/editionSchema";
import { loadEnglish, loadReport } from "../../src/data/loadReport";
import { openedEdition, rememberOpenedEdition, type OpenedEdition } from "../../src/data/openedEditions";
import type { Dataset } from "../../src/data/schema";
import { looksLikeDataset, readDatasetFile } from "../../src/data/upload";
import { validateDataset } from "../../src/data/validate";
import { editionName } from "../../src/domain/sourceLine";
import { issueLine } from "../../src/i18n/issueText";
import { bundleOf, editionOf, fixtureParts, shippedParts } from "./bundleFiles";
import { bytesFile, refusalIssues } from "./openedFile";

/**
 * A dataset alone is shown with the report the app has of its edition (shipped, or opened this page), so it must be
 * that edition; an edition the app has no report of needs its bundle. What is opened is remembered, and the report
 * and English are then found by the edition's id before the shipped ones.
 */
afterEach(cleanup);

const shipped = shippedParts();
const fixture = fixtureParts();
const SHIPPED = editionOf(shipped);
const FIXTURE = editionOf(fixture);
const datasetOf = (raw: unknown): Dataset => {
  const result = validateDataset(raw);
  if (!result.ok) throw new Error("the test's dataset is not valid");
  return result.data;
};
const manifest = editionManifestSchema.parse(shipped.manifest);
/** The app as built with the shipped edition only, and what was opened in this test. */
const known = (opened: OpenedEdition[] = []): KnownEditions => ({
  opened: (id) => opened.find((e) => e.dataset.edition.id === id),
  shipped: (id) => (id === manifest.id ? manifest : undefined),
});
const openedFixture = (): OpenedEdition => {
  const result = parseEditionBundle(bundleOf(fixtureParts()));
  if (!result.ok || !result.opened) throw new Error("the fixture bundle does not open");
  return result.opened;
};

describe("a dataset alone", () => {
  it("of the shipped edition opens as it did, with the shipped report (nothing to remember)", () => {
    expect(checkDatasetAlone(datasetOf(shippedParts().dataset), known())).toEqual({ ok: true, data: expect.anything() });
  });

  it("of an edition the app has no report of is refused: a bundle is needed, the edition named", () => {
    const issues = refusalIssues(checkDatasetAlone(datasetOf(fixture.dataset), known()));
    expect(issues.map((issue) => issueLine(issue, "sv"))).toEqual([
      `Datafilen är utgåva ${FIXTURE.id} (”${FIXTURE.title}”, ${FIXTURE.date}, dnr ${FIXTURE.reference}), vars rapport appen inte har. ` +
        `En ny utgåva öppnas hel: öppna utgåvans paket med datafil och rapport (npm run edition -- bundle ${FIXTURE.id} skriver det).`,
    ]);
    expect(issueLine(issues[0]!, "en")).toMatch(
      new RegExp(
        `^The data file is edition ${FIXTURE.id} \\(“.+”, ${FIXTURE.date}, ref\\. .+\\), whose report this app does not have\\.`,
        "u",
      ),
    );
  });

  it("naming a shipped edition's id with another date is refused against the app's report", () => {
    const moved = shippedParts();
    (moved.dataset.edition as { date: string }).date = "2031-01-01";
    const [line] = refusalIssues(checkDatasetAlone(datasetOf(moved.dataset), known())).map((issue) => issueLine(issue, "sv"));
    expect(line).toBe(
      `Datafilen och appens rapport är olika utgåvor: datafilen är utgåva ${SHIPPED.id} (”${SHIPPED.title}”, 2031-01-01, dnr ${SHIPPED.reference}), ` +
        `appens rapport är utgåva ${SHIPPED.id} (”${SHIPPED.title}”, ${SHIPPED.date}, dnr ${SHIPPED.reference}). ` +
        "En datafil av en annan utgåva öppnas som ett paket med sin egen rapport.",
    );
  });

  it("of an edition opened this page replaces that edition's dataset, with its report", () => {
    const opened = openedFixture();
    const data = datasetOf(fixtureParts().dataset);
    const result = checkDatasetAlone(data, known([opened]));
    expect(result.ok && result.opened).toEqual({ ...opened, dataset: data });
    const moved = fixtureParts();
    (moved.dataset.edition as { reference: string }).reference = "TEST 1999-9";
    const [line] = refusalIssues(checkDatasetAlone(datasetOf(moved.dataset), known([opened]))).map((issue) => issueLine(issue, "sv"));
    expect(line).toMatch(
      /^Datafilen och den rapport som redan är öppnad är olika utgåvor: datafilen är utgåva .*dnr TEST 1999-9\), den rapport som redan är öppnad är utgåva /u,
    );
  });
});

describe("a file read", () => {
  it("tells a bundle from a dataset by its kind, also for the deck builder", async () => {
    const text = JSON.stringify(bundleOf(fixtureParts()));
    expect(looksLikeDataset(JSON.parse(text))).toBe(true);
    const result = await readDatasetFile(bytesFile(text));
    expect(result.ok && result.opened?.report.sourceFile).toBe(FIXTURE.sourceFile);
    // Against the app as built, whatever another test here has opened this page.
    const alone = await readDatasetFile(bytesFile(JSON.stringify(fixture.dataset)), { known: known() });
    expect(refusalIssues(alone)[0]?.problem).toMatchObject({ code: "rule", rule: "edition-unknown" });
  });
});

describe("an opened edition's report and English", () => {
  it("are found by the edition's id before the shipped ones, even once the shipped were asked for", async () => {
    await loadReport(SHIPPED.id);
    await loadEnglish(SHIPPED.id);
    const result = parseEditionBundle(bundleOf(shippedParts()));
    if (!result.ok || !result.opened) throw new Error("the shipped bundle does not open");
    rememberOpenedEdition(result.opened);
    const report = await loadReport(SHIPPED.id);
    expect(report.ok && report.data).toBe(result.opened.report);
    const english = await loadEnglish(SHIPPED.id);
    const passage = result.opened.report.passages.find((p) => p.kind === "paragraph" && result.opened!.translation!.passages[p.id])!;
    expect(english.ok && english.data.passage(passage.id)).toEqual(result.opened.translation!.passages[passage.id]);
  });

  it("an opened edition without a translation has no English, never another edition's", async () => {
    rememberOpenedEdition(openedFixture());
    expect((await loadReport(FIXTURE.id)).ok).toBe(true);
    expect(await loadEnglish(FIXTURE.id)).toEqual({
      ok: false,
      message: `no translation for edition ${FIXTURE.id} in the file it was opened from`,
    });
  });
});

describe("opening in the page", () => {
  const open = async (contents: unknown) => {
    // What the reader would find when the dataset changes: the edition remembered at that moment.
    const onDataset = vi.fn((data: Dataset) => openedEdition(data.edition.id));
    const { container } = render(<DatasetUpload lang="sv" onDataset={onDataset} />);
    const input = container.querySelector<HTMLInputElement>('[data-testid="dataset-file-input"]')!;
    await userEvent.upload(input, new File([JSON.stringify(contents)], "utgava.json", { type: "application/json" }));
    return onDataset;
  };

  it("refuses a bundle of two editions and keeps what is shown, remembering nothing", async () => {
    const before = openedEdition(FIXTURE.id);
    const onDataset = await open(bundleOf({ dataset: fixtureParts().dataset, report: shippedParts().report }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(`datafilen är utgåva ${FIXTURE.id}`);
    expect(alert.textContent).toContain(`rapporten är utgåva ${SHIPPED.id}`);
    expect(onDataset).not.toHaveBeenCalled();
    expect(openedEdition(FIXTURE.id)).toBe(before);
  });

  it("opens a bundle: remembered before its dataset is shown, and says which edition shows", async () => {
    const onDataset = await open(bundleOf(fixtureParts()));
    expect((await screen.findByRole("status")).querySelector("p")!.textContent).toMatch(
      new RegExp(`^Utgåva ${FIXTURE.id} från utgava\\.json visas nu, med sin rapport \\(21 regioner, \\d+ arbetssätt\\)\\.$`, "u"),
    );
    const shown = onDataset.mock.calls[0]![0];
    expect(onDataset.mock.results[0]!.value?.dataset).toBe(shown);
  });
});

it("the header names the edition shown by publisher, date and dnr", () => {
  expect(editionName(SHIPPED, "sv")).toBe(`${SHIPPED.publisher} ${SHIPPED.date}, dnr ${SHIPPED.reference}`);
  expect(editionName({ publisher: "P", date: "2027-04-01", reference: "TEST 2027-1" }, "en")).toBe("P 2027-04-01, ref. TEST 2027-1");
});
