import { describe, expect, it } from "vitest";
import { PPTX_LANG, retagLanguage } from "../../src/export/pptxFile";

describe("a PowerPoint file's language tags", () => {
  it("tags Swedish decks sv-SE and English ones en-GB", () => {
    expect(PPTX_LANG).toEqual({ sv: "sv-SE", en: "en-GB" });
  });

  it("retags what pptxgenjs writes as en-US (notes, slide number, paragraph ends) and drops its altLang", () => {
    const xml =
      '<a:rPr lang="sv-SE" altLang="en-US" sz="1600"/><a:t>Status</a:t><a:fld type="slidenum"><a:rPr b="0" lang="en-US"/></a:fld>' +
      '<a:endParaRPr lang="en-US" dirty="0"/><a:defRPr lang="en-US"/>';
    expect(retagLanguage(xml, "sv-SE")).toBe(
      '<a:rPr lang="sv-SE" sz="1600"/><a:t>Status</a:t><a:fld type="slidenum"><a:rPr b="0" lang="sv-SE"/></a:fld>' +
        '<a:endParaRPr lang="sv-SE" dirty="0"/><a:defRPr lang="sv-SE"/>',
    );
    // Text that merely mentions the tag is text, not a tag.
    expect(retagLanguage("<a:t>en-US</a:t>", "en-GB")).toBe("<a:t>en-US</a:t>");
  });
});
