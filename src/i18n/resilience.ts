import type { Lang } from "./strings";

/** Strings for what goes wrong: a rejected data file, missing geometry, a failed panel. */
const sv = {
  openDataFile: "Öppna datafil…",
  openDataFileHint: "Läs in en annan utgåva av datafilen (JSON). Du kan också dra och släppa filen på sidan.",
  dropHere: "Släpp datafilen här",
  uploadRejected: (name: string) => `${name} kunde inte användas. Nuvarande data visas fortfarande. Problem:`,
  uploadTooLarge: (size: string, limit: string) => `Filen är ${size}; största tillåtna storlek är ${limit}.`,
  uploadLoaded: (name: string, regions: number, practices: number) =>
    `Data från ${name} visas nu (${regions} regioner, ${practices} arbetssätt).`,
  notOneFile: "Släpp en enda fil.",
  geometryMissing: (names: string) => `Kartgeometri saknas för: ${names}. Regionen finns i tabellen och panelerna men inte på kartan.`,
  panelFailed: "Den här delen kunde inte visas.",
  retry: "Försök igen",
  dismiss: "Stäng",
  megabytes: (mb: number) => `${mb.toLocaleString("sv-SE", { maximumFractionDigits: 1 })} MB`,
};

const en: typeof sv = {
  openDataFile: "Open data file…",
  openDataFileHint: "Load another edition of the data file (JSON). You can also drag and drop the file onto the page.",
  dropHere: "Drop the data file here",
  uploadRejected: (name: string) => `${name} could not be used. The current data is still shown. Problems:`,
  uploadTooLarge: (size: string, limit: string) => `The file is ${size}; the largest allowed size is ${limit}.`,
  uploadLoaded: (name: string, regions: number, practices: number) =>
    `Now showing data from ${name} (${regions} regions, ${practices} practices).`,
  notOneFile: "Drop a single file.",
  geometryMissing: (names: string) => `Map geometry is missing for: ${names}. The region is in the table and panels but not on the map.`,
  panelFailed: "This part could not be shown.",
  retry: "Try again",
  dismiss: "Dismiss",
  megabytes: (mb: number) => `${mb.toLocaleString("en-GB", { maximumFractionDigits: 1 })} MB`,
};

export const RESILIENCE_STRINGS: Record<Lang, typeof sv> = { sv, en };
