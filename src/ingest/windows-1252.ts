/**
 * Windows-1252, the encoding the Encoding Standard gives to the labels "windows-1252", "latin1",
 * "iso-8859-1", "ascii" and their kin. Node 20's TextDecoder decodes those as ISO-8859-1, which
 * turns the bytes 0x80–0x9F (curly quotes, dashes, the euro sign) into C1 control characters; this
 * puts the characters the standard's index gives in their place. (Node's other single-byte
 * decoders go through ICU and are right.)
 */

/** Code points of the bytes 0x80–0x9F; the five the index leaves undefined keep their byte value. */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Text a decoder for windows-1252 produced, with U+0080–U+009F mapped as the standard says. */
export function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(HIGH[c.charCodeAt(0) - 0x80]!));
}
