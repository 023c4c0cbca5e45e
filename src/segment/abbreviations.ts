/**
 * Abbreviations that end in a full stop without ending the sentence. Unicode's sentence rules break
 * after "St." in "St. Petersburg" and after "U.S." in "by U.S. Department of Justice"; these lists
 * let the segmenter join such pieces again.
 */

import { isAsciiLower, isAsciiUpper, isWhiteSpace } from '../text/char-codes.js';

/** Titles and name parts that are always followed by the name they belong to. */
export const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'st', 'ste', 'mt', 'ft', 'gen', 'sen', 'rep', 'gov', 'lt',
  'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'prof', 'rev', 'hon', 'pres', 'supt', 'vs', 'v',
  'no', 'nos', 'approx', 'dept', 'fig', 'e.g', 'i.e', 'cf', 'etc.,',
]);

/** Words that commonly open a sentence: after "U.S." they mean a new sentence has begun. */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'but',
  'and', 'or', 'so', 'this', 'that', 'these', 'those', 'there', 'his', 'her', 'their', 'our', 'my',
  'after', 'before', 'when', 'while', 'if', 'as', 'for', 'with', 'by', 'from', 'to', 'of', 'however',
  'meanwhile', 'also', 'one', 'both', 'all', 'some', 'many', 'most', 'no', 'not', 'what', 'who',
  'why', 'how', 'where', 'yet', 'still', 'then', 'thus', 'since', 'although', 'though', 'because',
  'last', 'earlier', 'later', 'according', 'despite', 'instead', 'now', 'officials', 'such',
]);

const CLOSERS = '"”’\')';
/** Opening quotation marks and brackets an abbreviation may follow. */
export const OPENERS = '("“‘\'';
const LETTER = /^\p{L}$/u;

/** The code points of a word, each as a string (letters outside the BMP are two UTF-16 units). */
const codePoints = (word: string): string[] => Array.from(word);

/** One letter (ASCII decided by its code). */
function isLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  if (c.length === 1 && code < 128) return isAsciiUpper(code) || isAsciiLower(code);
  return LETTER.test(c);
}

/**
 * Letters separated by single dots ("U.S", "J"), the form of `/^(\p{L}\.)*\p{L}$/u`; and with a
 * final dot when `dotted`. Checked by hand: that expression, and the abbreviation one, compile to
 * large code (their letter class repeated per bounded repetition) for a few short words.
 */
function lettersAndDots(chars: readonly string[], dotted: boolean): boolean {
  const n = chars.length - (dotted ? 1 : 0);
  if (n < 1 || n % 2 === 0 || (dotted && chars[chars.length - 1] !== '.')) return false;
  for (let i = 0; i < n; i++) if (i % 2 === 0 ? !isLetter(chars[i]!) : chars[i] !== '.') return false;
  return true;
}

/** `/^(?:(?:\p{L}\.){1,4}|\p{L}{1,6}\.)$/u`: up to four initials with dots, or up to six letters and a dot. */
function isAbbreviation(word: string): boolean {
  const chars = codePoints(word);
  if (chars.length >= 2 && chars.length <= 8 && lettersAndDots(chars, true)) return true;
  if (chars.length < 2 || chars.length > 7 || chars[chars.length - 1] !== '.') return false;
  for (let i = 0; i < chars.length - 1; i++) if (!isLetter(chars[i]!)) return false;
  return true;
}
/** Longer words (in UTF-16 units, 4 letters outside the BMP with their dots) cannot be abbreviations. */
const MAX_ABBREVIATION_UNITS = 12;

const isSeparator = (c: string): boolean => OPENERS.includes(c) || isWhiteSpace(c);

/**
 * The abbreviation a piece of text ends with ("U.S.", "St."), lower case without the last dot: the
 * word before any closing quotes, brackets and spaces at the end, when it is up to four initials
 * with dots or up to six letters and a dot, and starts the text or follows a space or an opening
 * quote or bracket. Read from the end, so it costs the same whatever the length of the text.
 */
export function trailingAbbreviation(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && isWhiteSpace(text[end - 1]!)) end--;
  while (end > 0 && CLOSERS.includes(text[end - 1]!)) end--;
  if (text[end - 1] !== '.') return undefined;
  let start = end;
  while (start > 0 && end - start <= MAX_ABBREVIATION_UNITS && !isSeparator(text[start - 1]!)) start--;
  if (start > 0 && !isSeparator(text[start - 1]!)) return undefined;
  const word = text.slice(start, end);
  return isAbbreviation(word) ? word.toLowerCase().slice(0, -1) : undefined;
}

/** An initialism such as "U.S" or "U.N" (without its last dot), or a single initial "J". */
export function isInitialism(abbr: string): boolean {
  return lettersAndDots(codePoints(abbr), false);
}
