import { describe, expect, it } from "vitest";
import { editionManifestSchema } from "../../src/data/editionSchema";
import type { Dataset } from "../../src/data/schema";
import { editionIds, editionText } from "../editionFiles";

/**
 * The manifests' source links (docs/EDITIONS.md, "Links"): each an https address with where it was found, a region's
 * link naming a region of the edition's own dataset, and at most one strategy page per region — read from the files,
 * not from the app.
 */
describe("the editions' source links", () => {
  for (const id of editionIds()) {
    describe(`edition ${id}`, () => {
      const raw = JSON.parse(editionText("manifest.json", id)) as { links?: unknown[] };
      const manifest = editionManifestSchema.parse(raw);
      const dataset = JSON.parse(editionText("dataset.json", id)) as Dataset;
      const codes = new Set(dataset.regions.map((r) => r.code));

      it("are https links with text in both languages and a record of where each was found", () => {
        for (const link of manifest.links) {
          expect(new URL(link.url).protocol, link.url).toBe("https:");
          expect(link.sv.trim(), link.url).not.toBe("");
          expect(link.en.trim(), link.url).not.toBe("");
          // foundAt names the page the link was seen on, by its https address, and the day it was seen.
          expect(link.foundAt, link.url).toMatch(/https:\/\/\S+/u);
          expect(link.foundAt, link.url).toMatch(/\b\d{4}-\d{2}-\d{2}\b/u);
        }
      });

      it("name only regions of the edition's dataset", () => {
        for (const link of manifest.links)
          if (link.region !== undefined) expect(codes.has(link.region), `${link.region} ${link.url}`).toBe(true);
      });

      it("give each region at most one strategy page, and no address twice", () => {
        const regions = manifest.links.flatMap((link) => (link.region ? [link.region] : []));
        expect(new Set(regions).size).toBe(regions.length);
        const urls = manifest.links.map((link) => link.url);
        expect(new Set(urls).size).toBe(urls.length);
      });

      it("are the manifest's own, unchanged by the schema", () => {
        expect(manifest.links).toEqual(raw.links ?? []);
      });
    });
  }
});
