import type { Lang } from "./strings";

/** Strings of the PowerPoint export. */
const sv = {
  heading: "PowerPoint (.pptx)",
  view: "Vyn som en bild",
  deck: "Hela bildspelet",
  deckButton: "Ladda ner som PowerPoint",
  deckHint: "Bildspelet som byggs i Bygg presentation: en bild per vy, med talarmanus",
  working: (done: number, of: number) => `Skapar PowerPoint … ${done} av ${of} bilder`,
  done: (n: number) => (n === 1 ? "PowerPoint med 1 bild nedladdad." : `PowerPoint med ${n} bilder nedladdad.`),
  failed: (reason: string) => `PowerPoint-filen kunde inte skapas (${reason}).`,
  legend: "Teckenförklaring",
  /** Speaker notes of a view exported on its own: what the legend says, then the link to the view. */
  viewNotes: (lines: string[], link: string) => [...lines, `Vyn i RUS-kartan: ${link}`].join("\n\n"),
  /** The view's data notes, as the legend's. */
  dataNote: "Datanot",
  dataNotesInNotes: (differences: number, readings: number) =>
    readings > 0
      ? `${differences + readings === 1 ? "Datanot" : `${differences + readings} datanoter`} om hur siffrorna ska läsas — se talarmanuset.`
      : differences === 1
        ? "Datanot: rapportens avsnitt skiljer sig åt om siffran — se talarmanuset."
        : `${differences} datanoter: rapportens avsnitt skiljer sig åt om siffrorna — se talarmanuset.`,
  author: "RUS-kartan",
  /** The file's subject (File > Info): the report the slides show, by its edition. */
  subject: (e: { title: string; publisher: string; date: string; reference: string }) =>
    `Kartor ur ${e.publisher}s rapport ${e.title} (${e.date}, dnr ${e.reference})`,
};

const en: typeof sv = {
  heading: "PowerPoint (.pptx)",
  view: "The view as one slide",
  deck: "The whole deck",
  deckButton: "Download as PowerPoint",
  deckHint: "The deck of Build a deck: one slide per view, with speaker notes",
  working: (done, of) => `Making the PowerPoint … ${done} of ${of} slides`,
  done: (n) => (n === 1 ? "PowerPoint with 1 slide downloaded." : `PowerPoint with ${n} slides downloaded.`),
  failed: (reason) => `The PowerPoint file could not be made (${reason}).`,
  legend: "Legend",
  viewNotes: (lines, link) => [...lines, `The view in RUS-kartan: ${link}`].join("\n\n"),
  dataNote: "Data note",
  dataNotesInNotes: (differences, readings) =>
    readings > 0
      ? `${differences + readings === 1 ? "A data note" : `${differences + readings} data notes`} on how to read the figures — see the speaker notes.`
      : differences === 1
        ? "Data note: the report's sections differ on the figure — see the speaker notes."
        : `${differences} data notes: the report's sections differ on the figures — see the speaker notes.`,
  author: "RUS-kartan",
  subject: (e) => `Maps from ${e.publisher}'s report ${e.title} (${e.date}, ref. ${e.reference})`,
};

export const PPTX_STRINGS: Record<Lang, typeof sv> = { sv, en };
