/**
 * Text whose characters all lie in the Latin blocks (U+0000–U+024F), General Punctuation
 * (U+2000–U+206F) and Currency Symbols (U+20A0–U+20CF): nearly all English news. Its letters and
 * digits can be spelt out as plain character classes, which compile and run several times faster
 * than Unicode property classes in a short-lived process (README, "Start-up"). The punctuation and
 * currency blocks hold no letter or digit; tests/tokens.test.ts checks the classes against
 * `\p{L}`, `\p{N}` and `\p{Script=Latin}` code point by code point.
 */
const LATIN_TEXT = /^[\u0000-\u024F\u2000-\u206F\u20A0-\u20CF]*$/;

/** The letters (`\p{L}`) of those blocks. All are of Latin script but µ (U+00B5, Common). */
export const LATIN_LETTERS = 'A-Za-zªµºÀ-ÖØ-öø-ɏ';
/** The digits and other numbers (`\p{N}`) of those blocks. */
export const LATIN_NUMBERS = '0-9²³¹¼-¾';

export function isLatinText(text: string): boolean {
  return LATIN_TEXT.test(text);
}

/** The same blocks as isLatinText, for one UTF-16 code unit (a scanner's test, without a regular expression). */
export function inLatinBlocks(c: number): boolean {
  return c <= 0x24f || (c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf);
}

/** Whether the code unit `c` is one of LATIN_LETTERS (A-Z, a-z, ª, µ, º, À-Ö, Ø-ö, ø-ɏ). */
export function isLatinLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
