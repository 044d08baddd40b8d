import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join } from "node:path";

const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".geojson": "application/geo+json",
};

/**
 * A local static server for the measuring scripts (npm run bench, npm run soak): each mount serves a built folder
 * under a path prefix, the longest prefix first; a path without a file falls back to that folder's index.html, as an
 * ordinary static host does for the app's links. Nothing is cached, so every load reads the build as it is on disk.
 *
 * @param {number} port
 * @param {{ prefix: string, dir: string }[]} mounts
 * @returns {Promise<import("node:http").Server>}
 */
export function serveFolders(port, mounts) {
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const mount = ordered.find((m) => path.startsWith(m.prefix)) ?? ordered[ordered.length - 1];
    let file = join(mount.dir, path.slice(mount.prefix.length) || "index.html");
    if (!file.startsWith(mount.dir) || !existsSync(file) || extname(file) === "") file = join(mount.dir, "index.html");
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}
