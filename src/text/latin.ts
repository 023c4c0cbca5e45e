/**
 * Text whose characters all lie in the Latin blocks (U+0000–U+024F), General Punctuation
 * (U+2000–U+206F) and Currency Symbols (U+20A0–U+20CF): nearly all English news. Its letters and
 * digits can be spelt out as plain character classes, which compile and run several times faster
 * than Unicode property classes in a short-lived process (README, "Start-up"). The punctuation and
 * currency blocks hold no letter or digit; tests/tokens.test.ts checks the classes against
 * `\p{L}`, `\p{N}` and `\p{Script=Latin}` code point by code point.
 */
const LATIN_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0000, 0x024f],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
];
const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
const LATIN_TEXT = new RegExp(`^[${LATIN_BLOCKS.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]*$`);

/** The letters (`\p{L}`) of those blocks. All are of Latin script but µ (U+00B5, Common). */
export const LATIN_LETTERS = 'A-Za-zªµºÀ-ÖØ-öø-ɏ';
/** The digits and other numbers (`\p{N}`) of those blocks. */
export const LATIN_NUMBERS = '0-9²³¹¼-¾';

export function isLatinText(text: string): boolean {
  return LATIN_TEXT.test(text);
}

/** The same blocks as isLatinText, for one UTF-16 code unit (a scanner's test, without a regular expression). */
export function inLatinBlocks(c: number): boolean {
  for (const [a, b] of LATIN_BLOCKS) if (c >= a && c <= b) return true;
  return false;
}

/** Per code unit of the first block, 1 for one of LATIN_LETTERS; made from that class on first use. */
let letterCodes: Uint8Array | undefined;

/** Whether the code unit `c` is one of LATIN_LETTERS (all lie in the first block). */
export function isLatinLetter(c: number): boolean {
  if (!letterCodes) {
    const letter = new RegExp(`[${LATIN_LETTERS}]`);
    letterCodes = new Uint8Array(LATIN_BLOCKS[0]![1] + 1);
    for (let k = 0; k < letterCodes.length; k++) letterCodes[k] = letter.test(String.fromCharCode(k)) ? 1 : 0;
  }
  return c < letterCodes.length && letterCodes[c] === 1;
}
