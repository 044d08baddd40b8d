import type { Lang } from "./strings";

/** Strings of the presenter view and of the presentation window that talks to it (in PRESENT_STRINGS too, which the features read). */
const sv = {
  presenterView: "Talarvy",
  presenterHint: "Öppna talarvyn i ett eget fönster: aktuell bild, nästa, anteckningar och tid (tangent S)",
  presenterBlocked: "Talarvyn kunde inte öppnas: webbläsaren blockerade fönstret. Tillåt popup-fönster för sidan och tryck S igen.",
  presenterTitle: "Talarvy",
  presenterWaiting: "Väntar på presentationsfönstret …",
  presenterNoAnswer:
    "Presentationsfönstret svarar inte. Starta presentationen i huvudfönstret och öppna talarvyn därifrån (tangent S). Öppnad från en fil kan webbläsaren hindra fönstren från att tala med varandra.",
  presenterEnded: "Presentationen har avslutats i huvudfönstret.",
  presenterCurrent: "Nu",
  presenterNext: "Nästa",
  presenterLast: "Sista bilden",
  presenterNotes: "Anteckningar",
  presenterNoNotes: "Inga anteckningar för den här bilden.",
  /** A slide with notes only in the other language: they are shown, and said to be in it. */
  presenterOtherNotes: "Inga svenska anteckningar — de engelska visas.",
  presenterPicture: (title: string) => `Kartan på bilden ”${title}”`,
  presenterElapsed: "Tid",
  presenterReset: "Nollställ tiden",
  presenterPrevious: "Föregående",
  presenterForward: "Nästa bild",
  presenterKeys: "PageDown/→/mellanslag nästa · PageUp/← föregående · siffra + Enter hoppa · B/. svart, W/, vit skärm",
  presenterBlank: (black: boolean) => `Publiken ser en ${black ? "svart" : "vit"} skärm. Tryck på en tangent för att visa bilden igen.`,
  presenterPanelPage: (page: number, pages: number) =>
    `Panelen på publikens skärm: sida ${page} av ${pages}. ${page < pages ? `Nästa klick visar sida ${page + 1}.` : "Nästa klick går till nästa bild."}`,
  presenterOtherOlder: "Presentationsfönstret är från en äldre version — ladda om det.",
  presenterSelfOlder: "Talarvyn är från en äldre version än presentationsfönstret — ladda om talarvyn.",
  presentationOtherOlder: "Talarvyn är från en äldre version — ladda om den.",
  presentationSelfOlder: "Det här fönstret är från en äldre version än talarvyn — ladda om det.",
  presenterFailed: "Talarvyn slutade fungera. Anslut igen till presentationsfönstret för att fortsätta.",
  presenterReconnect: "Återanslut",
  reload: "Ladda om",
};

export type PresenterStrings = typeof sv;

const en: PresenterStrings = {
  presenterView: "Presenter view",
  presenterHint: "Open the presenter view in a window of its own: current slide, next, notes and time (key S)",
  presenterBlocked: "The presenter view could not open: the browser blocked the window. Allow pop-ups for this page and press S again.",
  presenterTitle: "Presenter view",
  presenterWaiting: "Waiting for the presentation window …",
  presenterNoAnswer:
    "The presentation window does not answer. Start the presentation in the main window and open the presenter view from there (key S). Opened from a file, the browser may keep the windows from talking to each other.",
  presenterEnded: "The presentation was ended in the main window.",
  presenterCurrent: "Now",
  presenterNext: "Next",
  presenterLast: "Last slide",
  presenterNotes: "Notes",
  presenterNoNotes: "No notes for this slide.",
  presenterOtherNotes: "No English notes — the Swedish notes are shown.",
  presenterPicture: (title: string) => `The map of the slide “${title}”`,
  presenterElapsed: "Time",
  presenterReset: "Reset the time",
  presenterPrevious: "Previous",
  presenterForward: "Next slide",
  presenterKeys: "PageDown/→/space next · PageUp/← previous · number + Enter jump · B/. black, W/, white screen",
  presenterBlank: (black: boolean) => `The audience sees a ${black ? "black" : "white"} screen. Press a key to show the slide again.`,
  presenterPanelPage: (page: number, pages: number) =>
    `The panel on the audience's screen: page ${page} of ${pages}. ${page < pages ? `The next click shows page ${page + 1}.` : "The next click goes to the next slide."}`,
  presenterOtherOlder: "The presentation window is from an older version — reload it.",
  presenterSelfOlder: "The presenter view is from an older version than the presentation window — reload the presenter view.",
  presentationOtherOlder: "The presenter view is from an older version — reload it.",
  presentationSelfOlder: "This window is from an older version than the presenter view — reload it.",
  presenterFailed: "The presenter view stopped working. Connect to the presentation window again to go on.",
  presenterReconnect: "Reconnect",
  reload: "Reload",
};

export const PRESENTER_STRINGS: Record<Lang, PresenterStrings> = { sv, en };
