/**
 * Windows-1252 bytes 0x80–0x9F: the code page's own characters where Latin-1 has
 * control codes (the rest of 0x00–0xFF is Latin-1, code point = byte). Written out
 * because Node's decoder for the label reads these bytes as Latin-1.
 */
const HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/**
 * Text saved as Windows-1252 ("ANSI" in Notepad or Excel on a Swedish Windows):
 * å, ä, ö as single bytes, which are not UTF-8. A character the code page lacks
 * (a superscript digit) is written "?", as Windows writes it.
 */
export function encodeWindows1252(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (char) => {
    const high = HIGH.indexOf(char);
    if (high >= 0) return 0x80 + high;
    const code = char.codePointAt(0)!;
    return code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : 0x3f;
  });
}
