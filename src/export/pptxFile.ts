import type { Lang } from "../i18n/strings";

/** The language tag of every run of a deck's text: PowerPoint's spelling and the reading voice follow it. */
export const PPTX_LANG: Record<Lang, string> = { sv: "sv-SE", en: "en-GB" };

const PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/** The parts whose text pptxgenjs tags "en-US" whatever it is told: notes, slide number fields, empty paragraphs, defaults. */
const TEXT_PART = /^ppt\/(presentation\.xml|(slides|notesSlides|slideLayouts|slideMasters|notesMasters)\/[^/]+\.xml)$/;

/**
 * Every text run of the file in the deck's language: pptxgenjs writes `lang="en-US"` itself in the speaker notes, the
 * slide number and the paragraph ends (a `lang` option reaches the runs only), and `altLang="en-US"` beside each tag.
 */
export function retagLanguage(xml: string, tag: string): string {
  return xml.replace(/ altLang="en-US"/g, "").replace(/\blang="en-US"/g, `lang="${tag}"`);
}

/**
 * The file with each slide's map picture in place of its placeholder, and its text in the deck's language. pptxgenjs
 * takes pictures only as base64, which its JSZip decodes in one chain of promises (a task of about 250 ms for 12
 * slides); JSZip given the PNGs as they are reads them as blobs and writes them in small steps. Each slide has one
 * picture: its relations name the file.
 */
export async function finishPptx(file: ArrayBuffer, pictures: readonly Blob[], lang: Lang): Promise<Blob> {
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(file);
  for (const [i, picture] of pictures.entries()) {
    const relations = await zip.file(`ppt/slides/_rels/slide${i + 1}.xml.rels`)?.async("string");
    const media = relations?.match(/Target="\.\.\/media\/([^"]+\.png)"/)?.[1];
    if (!media) throw new Error(`Slide ${i + 1} has no picture`);
    zip.file(`ppt/media/${media}`, picture);
  }
  for (const name of Object.keys(zip.files).filter((n) => TEXT_PART.test(n))) {
    zip.file(name, retagLanguage(await zip.file(name)!.async("string"), PPTX_LANG[lang]));
  }
  return zip.generateAsync({ type: "blob", compression: "STORE", mimeType: PPTX_TYPE });
}
