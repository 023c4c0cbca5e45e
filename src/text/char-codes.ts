/**
 * Tests on one character that decide the common cases by its code, without a regular expression:
 * a Unicode property class costs 0.1–0.9 ms to compile in a short-lived process (README,
 * "Start-up"), so callers fall back to one only for the rest.
 */

export const isAsciiUpper = (code: number): boolean => code >= 65 && code <= 90;
export const isAsciiLower = (code: number): boolean => code >= 97 && code <= 122;
export const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

/** General Punctuation (U+2000–U+206F): spaces, dashes, quotes, bullets; no letter and no digit. */
export const isGeneralPunctuation = (code: number): boolean => code >= 0x2000 && code <= 0x206f;

const UNICODE_WHITE_SPACE = /\s/u;

/** White space as JavaScript's `\s` defines it, for one character. */
export function isWhiteSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return UNICODE_WHITE_SPACE.test(c);
}
