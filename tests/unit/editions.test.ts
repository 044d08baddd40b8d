import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { editionManifestSchema } from "../../src/data/editionSchema";
import { editionById, editionIds as shippedIds, latestEdition } from "../../src/data/editions";
import type { Dataset } from "../../src/data/schema";
import { reportDocSchema } from "../../src/data/reportSchema";
import { EDITIONS_DIR, LATEST_EDITION, editionIds, editionPath, editionText } from "../editionFiles";

/**
 * Every folder of data/editions/ is one edition, whole and consistent: a valid manifest named by its folder, never
 * a test fixture; a dataset, report parse and translation that are all of that edition; the statuses of the manifest
 * those of the dataset, in the report's order. The app finds the same editions by itself (src/data/editions.ts).
 */
describe("the shipped editions", () => {
  const ids = editionIds();

  it("are found by the app as they are on disk, newest last", () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(shippedIds()).toEqual(ids);
    expect(latestEdition().manifest.id).toBe(LATEST_EDITION);
  });

  for (const id of ids) {
    describe(`edition ${id}`, () => {
      const manifest = editionManifestSchema.parse(JSON.parse(editionText("manifest.json", id)));
      const dataset = JSON.parse(editionText("dataset.json", id)) as Dataset;
      const report = reportDocSchema.parse(JSON.parse(editionText("report.json", id)));
      const translation = JSON.parse(editionText("translation.en.json", id)) as { source: string };

      it("has a manifest named by its folder, and is no test fixture", () => {
        expect(manifest.id).toBe(id);
        expect(manifest.fixture).toBeUndefined();
        expect(editionById(id)?.manifest).toEqual(manifest);
      });

      it("has a dataset, a report parse and a translation of this edition, from its own source text", () => {
        const { id: datasetId, title, titleEn, publisher, date, reference, sourceFile } = dataset.edition;
        expect({ id: datasetId, title, titleEn, publisher, date, reference }).toEqual({
          id: manifest.id,
          title: manifest.title,
          titleEn: manifest.titleEn,
          publisher: manifest.publisher,
          date: manifest.date,
          reference: manifest.reference,
        });
        expect(sourceFile).toBe(`data/editions/${id}/${manifest.source.file}`);
        expect(report.sourceFile).toBe(sourceFile);
        expect(translation.source).toBe(`data/editions/${id}/report.json`);
        expect(readFileSync(editionPath("source.txt", id), "utf8").length).toBeGreaterThan(1000);
      });

      it("lists the dataset's statuses, in the report's order and the same words", () => {
        expect(manifest.statuses).toEqual(dataset.statuses.map(({ id: statusId, sv, en }) => ({ id: statusId, sv, en })));
      });

      it("names the sections its figures stand in, which the report has", () => {
        const sections = new Set(report.sections.map((s) => s.id));
        for (const section of Object.values(manifest.sections)) expect(sections.has(section), section).toBe(true);
      });
    });
  }

  it("are read from the folder the tests read (data/editions)", () => {
    expect(EDITIONS_DIR.endsWith("data/editions")).toBe(true);
  });
});
