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
