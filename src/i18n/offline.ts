import type { Lang } from "./strings";

/** Strings of the offline copy: the notice that a new version is ready. */
const sv = {
  newVersion: "En ny version av RUS-kartan finns.",
  reload: "Ladda om",
  notNow: "Inte nu",
};

type OfflineStrings = typeof sv;

const en: OfflineStrings = {
  newVersion: "A new version of RUS-kartan is available.",
  reload: "Reload",
  notNow: "Not now",
};

export const OFFLINE_STRINGS: Record<Lang, OfflineStrings> = { sv, en };
