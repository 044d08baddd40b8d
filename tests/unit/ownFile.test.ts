// @vitest-environment jsdom
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { embeddedFile, fetchOwnFile } from "../../src/data/ownFile";
import { loadJson } from "../../src/data/loadJson";
import { z } from "../../src/data/zod";
import { inlineScriptHashes } from "../../scripts/csp.mjs";

/** A page like rus-kartan.html: files carried as JSON blocks, named by the path the app fetches them from. */
function carry(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    const block = document.createElement("script");
    block.type = "application/json";
    block.dataset.file = path;
    block.textContent = text;
    document.body.append(block);
  }
}

describe("the app's own files, carried in the page or fetched", () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  it("finds a block by the address it names, however the path is written", () => {
    carry({ "geo/labels.json": '{"a":1}', "dataset-abc.json": '{"b":2}' });
    expect(embeddedFile("./geo/labels.json")).toBe('{"a":1}');
    expect(embeddedFile(new URL("dataset-abc.json", document.baseURI).href)).toBe('{"b":2}');
    expect(embeddedFile("geo/counties.geojson")).toBeUndefined();
  });

  it("reads a carried file without the network, and fetches one the page does not carry", async () => {
    carry({ "geo/labels.json": '{"label":"Sk\\u00e5ne \\u003c/script>"}' });
    const fetched = vi.fn(async () => new Response('{"label":"fetched"}'));
    vi.stubGlobal("fetch", fetched);
    const schema = z.object({ label: z.string() });
    expect(await loadJson("./geo/labels.json", schema)).toEqual({ ok: true, data: { label: "Skåne </script>" } });
    expect(fetched).not.toHaveBeenCalled();
    expect(await loadJson("./geo/neighbours.json", schema)).toEqual({ ok: true, data: { label: "fetched" } });
    expect(fetched).toHaveBeenCalledWith("./geo/neighbours.json");
  });

  it("a carried file that is not valid JSON is a message, as a broken fetched file is", async () => {
    carry({ "geo/labels.json": "{broken" });
    const result = await loadJson("./geo/labels.json", z.object({}));
    expect(result.ok).toBe(false);
    expect(await (await fetchOwnFile("./geo/labels.json")).text()).toBe("{broken");
  });
});

describe("the one file's script hashes", () => {
  it("hashes each inline script the browser runs, exactly as written, and not the data blocks or external scripts", () => {
    const code = 'console.log("å")\n';
    const html = `<script type="module" crossorigin>${code}</script><script src="x.js"></script><script type="application/json" data-file="a.json">{}</script>`;
    expect(inlineScriptHashes(html)).toEqual([`sha256-${createHash("sha256").update(code, "utf8").digest("base64")}`]);
  });
});
