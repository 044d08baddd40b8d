/**
 * The one-file build: rus-kartan.html, the whole app in one HTML file that opens by double-click from disk, with no
 * server and no network (README, "Utan server"). A page opened from disk can neither fetch nor import another file, so
 * everything is inside: vite-plugin-singlefile inlines the code (one chunk, every lazy import included) and the CSS;
 * the plugins here inline the data and geometry as JSON blocks (read by src/data/ownFile.ts), hand maplibre-gl its
 * worker from a blob: URL, and write the file's own Content-Security-Policy with the hashes of its inline scripts.
 *
 * `vite build` writes it next to the ordinary build (singleFileAlongside): a second, smaller build of the same config
 * in mode "single-file", into a folder of its own, of which only the HTML file may come out.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { build } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { inlineScriptHashes, singleFilePolicy } from "./csp.mjs";
import { prerenderPlugin } from "./prerender.mjs";

export const SINGLE_FILE_MODE = "single-file";
export const SINGLE_FILE_NAME = "rus-kartan.html";

/** How src/map/MapView.tsx asks for maplibre-gl's worker: in the one file, it comes from a blob: URL instead. */
const WORKER_IMPORT = "maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url";
const WORKER_FROM_BLOB = "\0rus-maplibre-worker-blob";

/** The Vite options and plugins of the one-file build. */
export function singleFileBuild(root) {
  return {
    // Every lazy chunk inside the one script; the CSS in one <style>; no asset inlined as a data: URL (the JSON files
    // become blocks instead, and anything else fails the build: see singleFileAlongside).
    build: {
      cssCodeSplit: false,
      assetsDir: "",
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 10_000,
      modulePreload: false,
      rolldownOptions: { output: { codeSplitting: false } },
    },
    publicDir: false,
    plugins: [
      workerFromBlob(),
      prerenderPlugin({ answersInPage: true }),
      viteSingleFile({ useRecommendedBuildConfig: false }),
      embedFilesAndHashScripts(join(root, "public")),
    ],
  };
}

/** maplibre-gl's worker as a blob: URL made from its code, which the one script carries as a string. */
function workerFromBlob() {
  return {
    name: "rus-maplibre-worker-blob",
    enforce: "pre",
    resolveId: (id) => (id === WORKER_IMPORT ? WORKER_FROM_BLOB : undefined),
    load: (id) =>
      id === WORKER_FROM_BLOB
        ? [
            `import code from "maplibre-gl/dist/maplibre-gl-worker.mjs?raw";`,
            `export default URL.createObjectURL(new Blob([code], { type: "text/javascript" }));`,
          ].join("\n")
        : undefined,
  };
}

/**
 * After vite-plugin-singlefile: the JSON files the app loads (the bundle's JSON assets, and the geometry of public/)
 * become `<script type="application/json" data-file="…">` blocks, each named by the path the app fetches it from; then
 * the policy is written with a hash of every inline script. The blocks are not scripts to the browser: not run, not
 * subject to script-src. `<` is written as \u003c (the same JSON) so no text can close the block.
 */
function embedFilesAndHashScripts(publicDir) {
  return {
    name: "rus-single-file-embed",
    enforce: "post",
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const files = new Map();
        for (const [fileName, file] of Object.entries(bundle)) {
          if (file.type === "asset" && fileName.endsWith(".json")) {
            files.set(fileName, String(file.source instanceof Uint8Array ? new TextDecoder().decode(file.source) : file.source));
            delete bundle[fileName];
          }
        }
        for (const path of filesUnder(publicDir)) files.set(relative(publicDir, path).split("\\").join("/"), readFileSync(path, "utf8"));
        const blocks = [...files].map(
          ([path, text]) => `<script type="application/json" data-file="${path}">${text.replace(/</g, "\\u003c")}</script>`,
        );
        const html = bundle["index.html"];
        if (html?.type !== "asset") throw new Error("single-file: the bundle has no index.html");
        const withData = String(html.source).replace("</body>", `${blocks.join("\n")}\n</body>`);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(inlineScriptHashes(withData))}">`;
        html.source = withData.replace(/<head>/, `<head>\n${meta}`);
      },
    },
  };
}

function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(geo)?json$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Vite plugin of the ordinary build: when it is written, builds the one file too and puts it in the same folder. The
 * one-file build writes to a folder of its own first: a file that came out beside the HTML was not inlined, and would be
 * missing from disk, so it fails the build.
 */
export function singleFileAlongside() {
  let config;
  return {
    name: "rus-single-file-alongside",
    apply: "build",
    configResolved: (resolved) => {
      config = resolved;
    },
    closeBundle: {
      sequential: true,
      async handler() {
        const scratch = mkdtempSync(join(tmpdir(), "rus-single-file-"));
        try {
          await build({
            configFile: config.configFile,
            root: config.root,
            mode: SINGLE_FILE_MODE,
            logLevel: "warn",
            build: { outDir: scratch, emptyOutDir: true },
          });
          const written = readdirSync(scratch);
          if (written.join() !== "index.html")
            throw new Error(`single-file: not inlined: ${written.filter((f) => f !== "index.html").join(", ")}`);
          copyFileSync(join(scratch, "index.html"), resolve(config.root, config.build.outDir, SINGLE_FILE_NAME));
        } finally {
          rmSync(scratch, { recursive: true, force: true });
        }
      },
    },
  };
}
