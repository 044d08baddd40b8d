/** What every part of a RUS-kartan PowerPoint slide shares (export/pptx.ts, pptxPanels.ts). */
export const FONT = "Calibri";
export const INK = "111827";
export const SOFT = "4B5563";
/** What every text box shares: the font, text from the top, shrunk to fit its box, no inner margin. */
export const TEXT = { fontFace: FONT, valign: "top", fit: "shrink", margin: 0 } as const;
export type PptxSlide = ReturnType<InstanceType<typeof import("pptxgenjs").default>["addSlide"]>;
