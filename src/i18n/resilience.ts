import { plural } from "./plural";
import type { Lang } from "./strings";

/** Strings for what goes wrong: a rejected data file, missing geometry, a failed panel. */
const sv = {
  openDataFile: "Öppna datafil…",
  openDataFileHint:
    "Öppna en utgåva: utgåvans paket (datafil, rapport och översättning i en JSON-fil), eller en datafil av en utgåva som appen har. Du kan också dra och släppa filen på sidan.",
  dropHere: "Släpp datafilen här",
  // "Problem" is both the singular and the plural.
  uploadRejected: (name: string, _problems: number) => `${name} kunde inte användas. Nuvarande data visas fortfarande. Problem:`,
  uploadLoaded: (name: string, regions: number, practices: number) =>
    `Data från ${name} visas nu (${regions} ${plural("sv", regions, { one: "region", other: "regioner" })}, ${practices} arbetssätt).`,
  notOneFile: "Släpp en enda fil.",
  geometryMissing: (names: string) => `Kartgeometri saknas för: ${names}. Regionen finns i tabellen och panelerna men inte på kartan.`,
  panelFailed: "Den här delen kunde inte visas.",
  retry: "Försök igen",
  dismiss: "Stäng",
};

const en: typeof sv = {
  openDataFile: "Open data file…",
  openDataFileHint:
    "Open an edition: its bundle (data file, report and translation in one JSON file), or a data file of an edition this app has. You can also drag and drop the file onto the page.",
  dropHere: "Drop the data file here",
  uploadRejected: (name: string, problems: number) =>
    `${name} could not be used. The current data is still shown. ${plural("en", problems, { one: "Problem", other: "Problems" })}:`,
  uploadLoaded: (name: string, regions: number, practices: number) =>
    `Now showing data from ${name} (${regions} ${plural("en", regions, { one: "region", other: "regions" })}, ${practices} ${plural("en", practices, { one: "practice", other: "practices" })}).`,
  notOneFile: "Drop a single file.",
  geometryMissing: (names: string) => `Map geometry is missing for: ${names}. The region is in the table and panels but not on the map.`,
  panelFailed: "This part could not be shown.",
  retry: "Try again",
  dismiss: "Dismiss",
};

export const RESILIENCE_STRINGS: Record<Lang, typeof sv> = { sv, en };
