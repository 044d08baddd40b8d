// A folder of editions for the end-to-end tests: the shipped ones (data/editions/) and, beside them, the test
// edition drafted from the fictional report (tests/fixtures/editions/fixture-report.txt, not Tillväxtverket's) by
// `npm run edition -- new`, its drafts confirmed as a person would (here: as drafted), marked as a fixture.
// `RUS_EDITIONS=<folder> vite build` then builds the app with it, with no change to the code (docs/EDITIONS.md).
// Usage: node scripts/fixture-editions.mjs [--build <outDir>]: writes .editions-test/ anew and, with --build, builds
// the app with it into <outDir> (npm run test:e2e builds dist-editions/, served by playwright.config.ts).

import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { newEdition } from "./edition.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The first fictional edition's id (the one the bundle tests open). */
export const FIXTURE_EDITION = "fixture";

/** The two fictional editions, oldest first: the second is the first a year on (tests/fixtures/editions/README.md). */
export const FIXTURE_EDITIONS = [
  { id: "fixture", report: "tests/fixtures/editions/fixture-report.txt" },
  { id: "fixture-next", report: "tests/fixtures/editions/fixture-report-next.txt" },
];

export async function fixtureEditions(folder = join(ROOT, ".editions-test")) {
  rmSync(folder, { recursive: true, force: true });
  cpSync(join(ROOT, "data/editions"), folder, { recursive: true });
  const drafted = [];
  // Each drafted from the newest before it, as a maintainer would (`--from` by default): the second keeps the first's ids.
  for (const { id, report } of FIXTURE_EDITIONS) drafted.push(await confirmedDraft(folder, id, join(ROOT, report)));
  return drafted;
}

/** An edition drafted by `npm run edition -- new`, its drafts confirmed as a person would (here: as drafted), marked as a fixture. */
async function confirmedDraft(folder, id, reportPath) {
  const { folder: edition } = await newEdition({ id, reportPath, into: folder });
  const update = (name, change) => {
    const path = join(edition, name);
    writeFileSync(path, `${JSON.stringify(change(JSON.parse(readFileSync(path, "utf8"))), null, 2)}\n`);
  };
  update("dataset.json", (dataset) => {
    for (const item of [...dataset.statuses, ...dataset.practices]) delete item.draft;
    return dataset;
  });
  update("manifest.json", (manifest) => ({ ...manifest, fixture: true }));
  return edition;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = join(ROOT, ".editions-test");
  console.log(`wrote ${(await fixtureEditions(folder)).join(", ")}`);
  const at = process.argv.indexOf("--build");
  if (at >= 0) {
    const outDir = resolve(process.argv[at + 1] ?? "dist-editions");
    // vite.config.ts reads RUS_EDITIONS when it loads: the same build, another folder of editions.
    process.env.RUS_EDITIONS = folder;
    const { build } = await import("vite");
    await build({ root: ROOT, logLevel: "warn", build: { outDir, emptyOutDir: true } });
    console.log(`built ${outDir} with the editions of ${folder}`);
  }
}
