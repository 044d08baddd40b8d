import { describe, expect, it } from "vitest";
import { parseEditionBundle, type OpenedFile } from "../../src/data/editionBundle";
import type { ValidationIssue } from "../../src/data/issues";
import { issueLine } from "../../src/i18n/issueText";
import { bundleOf, editionOf, fixtureParts, shippedParts, type Parts } from "./bundleFiles";
import { refusalIssues } from "./openedFile";

/**
 * An edition opened whole (issue 26, point 3): a bundle's dataset, report parse, translation and manifest must be one
 * edition, and a bundle of two is refused with a message that names both as each file states itself. Mismatched
 * bundles are built here from the shipped edition's files and the fictional test edition's (bundleFiles.ts); the
 * editions named in the expected messages are read from those files, not from the app.
 */

const open = (parts: Parts | Record<string, unknown>) => parseEditionBundle(bundleOf(parts as Parts));
const lines = (result: OpenedFile, lang: "sv" | "en") => refusalIssues(result).map((issue) => issueLine(issue, lang));
const rules = (issues: ValidationIssue[]) =>
  issues.map((issue) => (issue.problem?.code === "rule" ? issue.problem.rule : issue.problem?.code));

const shipped = shippedParts();
const fixture = fixtureParts();
const SHIPPED = editionOf(shipped);
const FIXTURE = editionOf(fixture);
/** The report's title as its title page states it: its first line of kind "title". */
const titlePage = (parts: Parts) =>
  (parts.report as { passages: { kind: string; sentences: string[] }[] }).passages.find((p) => p.kind === "title")!.sentences.join(" ");

describe("an edition bundle that is one edition", () => {
  it("opens the shipped edition whole: dataset, report, translation and manifest", () => {
    const result = open(shippedParts());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.edition).toEqual(SHIPPED);
    expect(result.opened?.dataset).toBe(result.data);
    expect(result.opened?.report.sourceFile).toBe(SHIPPED.sourceFile);
    expect(result.opened?.translation?.source).toBe(SHIPPED.sourceFile.replace("source.txt", "report.json"));
    expect(result.opened?.manifest?.id).toBe(SHIPPED.id);
  });

  it("opens the fictional edition, which has no translation, and without its manifest", () => {
    const { dataset, report } = fixtureParts();
    const result = open({ dataset, report });
    expect(result.ok && result.data.edition.id).toBe(FIXTURE.id);
    expect(result.ok && result.opened && Object.keys(result.opened).sort()).toEqual(["dataset", "report"]);
  });
});

describe("a bundle of two editions is refused, naming both", () => {
  it("the fictional edition's dataset with the shipped report: both editions, as each file states itself", () => {
    const result = open({ dataset: fixture.dataset, report: shipped.report, translation: shipped.translation });
    expect(rules(refusalIssues(result))).toEqual(["edition-mismatch"]);
    const [sv] = lines(result, "sv");
    const [en] = lines(result, "en");
    expect(sv).toBe(
      `Datafilen och rapporten är olika utgåvor: datafilen är utgåva ${FIXTURE.id} (”${FIXTURE.title}”, ${FIXTURE.date}, dnr ${FIXTURE.reference}), ` +
        `rapporten är utgåva ${SHIPPED.id} (”${titlePage(shipped)}”, ${SHIPPED.date}, dnr ${SHIPPED.reference}). ` +
        "En utgåva öppnas hel: lägg filer av samma utgåva i paketet.",
    );
    expect(en).toBe(
      `The data file and the report are different editions: the data file is edition ${FIXTURE.id} (“${FIXTURE.title}”, ${FIXTURE.date}, ref. ${FIXTURE.reference}), ` +
        `the report is edition ${SHIPPED.id} (“${titlePage(shipped)}”, ${SHIPPED.date}, ref. ${SHIPPED.reference}). ` +
        "An edition is opened whole: put files of one edition in the bundle.",
    );
  });

  it("the shipped dataset with the fictional report, the other way round", () => {
    const [sv] = lines(open({ dataset: shipped.dataset, report: fixture.report }), "sv");
    expect(sv).toMatch(
      new RegExp(
        `^Datafilen och rapporten är olika utgåvor: datafilen är utgåva ${SHIPPED.id} .*, rapporten är utgåva ${FIXTURE.id} \\(”`,
        "u",
      ),
    );
  });

  it("the shipped translation with the fictional edition: the translation against the report", () => {
    const result = open({ ...fixtureParts(), translation: shipped.translation });
    expect(rules(refusalIssues(result))).toEqual(["edition-mismatch"]);
    expect(lines(result, "sv")[0]).toMatch(
      new RegExp(
        `^Översättningen och rapporten är olika utgåvor: översättningen är utgåva ${SHIPPED.id}, rapporten är utgåva ${FIXTURE.id} \\(”${titlePage(fixture)}”, ${FIXTURE.date}`,
        "u",
      ),
    );
    expect(lines(result, "en")[0]).toMatch(/^The translation and the report are different editions: the translation is edition /u);
  });

  it("the shipped manifest with the fictional edition: the manifest against the dataset", () => {
    const result = open({ ...fixtureParts(), manifest: shipped.manifest });
    expect(lines(result, "sv")).toEqual([
      expect.stringMatching(
        new RegExp(`^Manifestet och datafilen är olika utgåvor: manifestet är utgåva ${SHIPPED.id} \\(”${SHIPPED.title}”`, "u"),
      ),
    ]);
  });

  it("every pair that differs is named, not only the first", () => {
    const result = open({ dataset: shipped.dataset, report: fixture.report, translation: shipped.translation, manifest: fixture.manifest });
    expect(refusalIssues(result).map((issue) => issue.message.split(" is ")[0])).toEqual([
      "the dataset",
      "the translation",
      "the manifest",
    ]);
  });

  it("a dataset that names one edition's id with another's date or dnr is not that edition", () => {
    const moved = shippedParts();
    (moved.dataset.edition as { date: string }).date = "2031-01-01";
    expect(lines(open(moved), "sv")[0]).toContain(
      `datafilen är utgåva ${SHIPPED.id} (”${SHIPPED.title}”, 2031-01-01, dnr ${SHIPPED.reference}), rapporten är utgåva ${SHIPPED.id} (`,
    );
    const renamed = shippedParts();
    (renamed.dataset.edition as { id: string }).id = FIXTURE.id;
    expect(rules(refusalIssues(open(renamed)))).toContain("edition-mismatch");
  });
});

describe("a bundle's other problems", () => {
  it("says which part is missing or wrong, each part named as a file", () => {
    const { dataset } = shippedParts();
    const result = parseEditionBundle({ kind: "rus-kartan-edition", version: 2, dataset, extra: 1 });
    const said = lines(result, "sv");
    expect(said).toContain("Rapporten: saknas");
    expect(said).toContain("Versionen: ska vara ”1”");
    expect(said).toContain("Filen: okända fält: ”extra”");
    expect(lines(parseEditionBundle({ kind: "rus-kartan-deck" }), "en")).toContain("The kind: must be “rus-kartan-edition”");
  });

  it("names a field of its dataset as the dataset's, with the region's name", () => {
    const parts = shippedParts();
    const regions = (parts.dataset as { regions: { name: string; strategy: Record<string, unknown> }[] }).regions;
    const kalmar = regions.findIndex((r) => r.name === "Kalmar");
    delete regions[kalmar]!.strategy.adopted;
    const issues = refusalIssues(open(parts));
    expect(issues.map((issue) => issue.path)).toEqual([`dataset.regions[${kalmar}].strategy.adopted`]);
    expect(issueLine(issues[0]!, "sv")).toBe(`Datafilen, region ${kalmar + 1} (Kalmar), strategins antagandeår: saknas`);
    expect(issueLine(issues[0]!, "en")).toBe(`The data file, region ${kalmar + 1} (Kalmar), the strategy's adoption year: missing`);
  });

  it("names a field of its report parse", () => {
    const parts = shippedParts();
    (parts.report as { passages: { sentences: unknown }[] }).passages[3]!.sentences = [];
    expect(lines(open(parts), "sv")).toEqual(["Rapporten, stycke 4, dess meningar: ska ha minst 1 post"]);
  });

  it("refuses a dataset whose quote is not in its own report, though both name one edition", () => {
    const parts = shippedParts();
    const practices = (parts.dataset as { practices: { source: { quote: string } }[] }).practices;
    practices[0]!.source.quote = `${practices[0]!.source.quote} Och något rapporten inte säger.`;
    const issues = refusalIssues(open(parts));
    expect(rules(issues)).toEqual(["not-in-report"]);
    expect(issues[0]!.path).toBe("dataset.practices[0].source.quote");
    expect(issueLine(issues[0]!, "sv")).toMatch(
      /^Datafilen, arbetssätt 1, källans citat: stämmer inte med paketets rapport \(is not whole sentences of p-[\d.]+-\d+, verbatim\)$/u,
    );
  });

  it("refuses a dataset with too long a list by its size, at its place in the bundle", () => {
    const parts = shippedParts();
    const practices = (parts.dataset as { practices: unknown[] }).practices;
    (parts.dataset as { practices: unknown[] }).practices = Array.from({ length: 501 }, (_, i) => practices[i % practices.length]);
    expect(open(parts)).toEqual({ ok: false, problem: { kind: "too-many", path: "dataset.practices", count: 501, limit: 500 } });
  });
});
