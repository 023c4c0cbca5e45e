/**
 * Sentence boundaries by the rules of Unicode's text segmentation (UAX #29, "Sentence Boundaries"),
 * the same rules `Intl.Segmenter` applies for English, with character classes taken from the
 * Unicode properties JavaScript's regular expressions know. Why not `Intl.Segmenter` itself:
 * creating one loads ICU's break-iterator data, about 10 ms of every run's start-up (README,
 * "Start-up"), and on one long line its cost grows with the square of the length.
 * tests/sentence-breaks.test.ts checks these boundaries against `Intl.Segmenter`'s on the seeds, on
 * a case per rule and on generated strings (they also agreed on 432,688 lines of MRPC and
 * Reuters-21578, which the tests cannot ship).
 *
 * Rules (numbering of UAX #29; ÷ break, × no break; SATerm = STerm | ATerm):
 *   SB3   CR × LF                          SB4   ParaSep ÷
 *   SB5   Extend and Format characters attach to what precedes them (not to a ParaSep)
 *   SB6   ATerm × Numeric                  SB7   (Upper | Lower) ATerm × Upper
 *   SB8   ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower
 *   SB8a  SATerm Close* Sp* × (SContinue | SATerm)
 *   SB9–11 SATerm Close* Sp* ParaSep? ÷     SB998 otherwise ×
 */

import { isLatinText } from '../text/latin.js';
import { lazy } from '../text/lazy.js';

const UPPER_ASCII = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER_ASCII = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Characters news text uses beyond ASCII around sentence ends: no-break space, curly quotes,
 * guillemets, dashes, ellipsis, bullet. Their classes are spelt out too, so that a typical story
 * never compiles the Unicode expressions (0.1–0.4 ms each).
 */
export const COMMON_NON_ASCII = '\u00A0“”‘’«»–—…•';

/**
 * The character classes of the rules: each as a Unicode regular expression (`pattern`, flag u), and
 * its members below U+0080 (`ascii`) and among COMMON_NON_ASCII (`common`) spelt out, which decide
 * nearly every test (tests/sentence-breaks.test.ts checks that they agree with the expressions).
 * The expressions are built only when a character needs them: V8 parses a Unicode property class
 * as soon as the expression is made.
 */
export const SENTENCE_BREAK_CLASSES = {
  aTerm: { ascii: '.', common: '', pattern: String.raw`[.\u2024\uFE52\uFF0E]` },
  saTerm: { ascii: '.!?', common: '', pattern: String.raw`[\p{Sentence_Terminal}\u2024\uFE52\uFF0E]` },
  paraSep: { ascii: '\n\r', common: '', pattern: String.raw`[\n\r\u0085\u2028\u2029]` },
  sp: { ascii: '\t\v\f ', common: '\u00A0', pattern: String.raw`[^\S\n\r\u0085\u2028\u2029]` },
  /** Open and close punctuation, and Line_Break=Quotation (which JavaScript has no property for). */
  close: {
    ascii: '"\'()[]{}',
    common: '“”‘’«»',
    pattern: String.raw`(?![\uFF02\uFF07])[\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Quotation_Mark}\u275B-\u2760\u2E00-\u2E0D\u2E1C\u2E1D\u2E20\u2E21\u{1F676}-\u{1F678}]`,
  },
  /** Georgian letters are cased, but OLetter for sentence breaks. */
  upper: { ascii: UPPER_ASCII, common: '', pattern: String.raw`(?![\u1C90-\u1CBF])[\p{Uppercase}\p{Lt}]` },
  lower: { ascii: LOWER_ASCII, common: '', pattern: String.raw`(?![\u10D0-\u10FA\u10FD-\u10FF])[\p{Lowercase}]` },
  oLetter: { ascii: UPPER_ASCII + LOWER_ASCII, common: '', pattern: String.raw`[\p{Alphabetic}\u05F3]` },
  numeric: { ascii: '0123456789', common: '', pattern: String.raw`[\p{Nd}\u066B\u066C]` },
  sContinue: {
    ascii: ',-:;',
    common: '–—',
    pattern: String.raw`[,\-:;\u037E\u055D\u060C\u060D\u07F8\u1802\u1808\u2013\u2014\u3001\uFE10\uFE11\uFE13\uFE14\uFE31\uFE32\uFE50\uFE51\uFE54\uFE55\uFE58\uFE63\uFF0C\uFF0D\uFF1A\uFF1B\uFF64]`,
  },
  extendOrFormat: { ascii: '', common: '', pattern: String.raw`(?![\u200B\uFEFF])[\p{Grapheme_Extend}\p{Mc}\p{Cf}\u200D]` },
} as const;

/** A test for one code point (as a string; '' is in no class). */
function member({ ascii, common, pattern }: { ascii: string; common: string; pattern: string }): (c: string) => boolean {
  const table = new Uint8Array(128);
  for (let i = 0; i < ascii.length; i++) table[ascii.charCodeAt(i)] = 1;
  const re = lazy(() => new RegExp(pattern, 'u'));
  return (c) => {
    const code = c.charCodeAt(0);
    if (code < 128) return table[code] === 1;
    if (c === '') return false; // past the end of the text
    if (c.length === 1 && COMMON_NON_ASCII.includes(c)) return common.includes(c);
    return re().test(c);
  };
}

const C = SENTENCE_BREAK_CLASSES;
const isATerm = member(C.aTerm);
const isSATerm = member(C.saTerm);
const isParaSep = member(C.paraSep);
const isSp = member(C.sp);
const isClose = member(C.close);
const isUpper = member(C.upper);
const isLower = member(C.lower);
const isOLetter = member(C.oLetter);
const isNumeric = member(C.numeric);
const isSContinue = member(C.sContinue);
const isExtendOrFormat = member(C.extendOrFormat);

/** Code point at `i` as a string ('' past the end). */
function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** The index after `i`'s character and any Extend / Format characters attached to it (SB5). */
function nextIndex(text: string, i: number): number {
  let j = i + charAt(text, i).length;
  while (j < text.length) {
    const c = charAt(text, j);
    if (!isExtendOrFormat(c)) break;
    j += c.length;
  }
  return j;
}

/** SB8's look-ahead from `i`: after characters that are none of OLetter, Upper, Lower, ParaSep, SATerm, a Lower. */
function lowerFollows(text: string, i: number): boolean {
  for (let j = i; j < text.length; j = nextIndex(text, j)) {
    const c = charAt(text, j);
    if (isLower(c)) return true;
    if (isUpper(c) || isOLetter(c) || isParaSep(c) || isSATerm(c)) return false;
  }
  return false;
}

/**
 * The characters where a break can arise: terminators and paragraph separators. Text between them
 * is skipped. For Latin text (latin.ts) the terminators of its blocks are spelt out, which spares
 * compiling the property class; a test compares the two code point by code point.
 */
const unicodeCandidate = lazy(() => /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E\n\r\u0085\u2028\u2029]/gu);
const LATIN_CANDIDATE = /[.!?\n\r\u0085\u2024\u2028\u2029\u203C\u203D\u2047-\u2049]/g;

/** For tests: the two patterns. */
export const CANDIDATE_PATTERNS = {
  get unicode(): RegExp {
    return unicodeCandidate();
  },
  latin: LATIN_CANDIDATE,
};

/** The character before `i`, Extend and Format characters skipped (SB5); '' at the start or after a ParaSep. */
function previousBase(text: string, i: number): string {
  let j = i;
  while (j > 0) {
    const low = text.charCodeAt(j - 1);
    const high = j >= 2 ? text.charCodeAt(j - 2) : 0;
    const k = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? j - 2 : j - 1;
    const c = text.slice(k, j);
    if (isParaSep(c)) return '';
    if (!isExtendOrFormat(c)) return c;
    j = k;
  }
  return '';
}

/** The end of the paragraph separator at `i` (CR LF counts as one; SB4 comes before SB5, so nothing attaches to it). */
const separatorEnd = (text: string, i: number): number => (text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1);

/** Offsets at which a sentence ends (each followed by more text), ascending. */
export function sentenceBreaks(text: string): number[] {
  const breaks: number[] = [];
  // Shared: this function runs to completion, and starts it from 0.
  const candidates = isLatinText(text) ? LATIN_CANDIDATE : unicodeCandidate();
  candidates.lastIndex = 0;
  for (let m = candidates.exec(text); m !== null; m = candidates.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (isParaSep(c)) {
      // SB3, SB4: a paragraph separator ends the sentence.
      const end = separatorEnd(text, i);
      if (end < text.length) breaks.push(end);
      candidates.lastIndex = end;
      continue;
    }
    const after = nextIndex(text, i);
    candidates.lastIndex = after;
    const aTerm = isATerm(c);
    if (aTerm) {
      const next = charAt(text, after);
      if (isNumeric(next)) continue; // SB6
      const prev = previousBase(text, i);
      if ((isUpper(prev) || isLower(prev)) && isUpper(next)) continue; // SB7
    }
    // SATerm Close* Sp*
    let j = after;
    while (j < text.length && isClose(charAt(text, j)) && !isSATerm(charAt(text, j))) j = nextIndex(text, j);
    while (j < text.length && isSp(charAt(text, j))) j = nextIndex(text, j);
    if (j >= text.length) break;
    const following = charAt(text, j);
    // SB8a, SB8: the sentence goes on; the search resumes after the terminator.
    if (isSATerm(following) || isSContinue(following) || (aTerm && lowerFollows(text, j))) continue;
    // SB11 (a paragraph separator belongs to the sentence it ends).
    const end = isParaSep(following) ? separatorEnd(text, j) : j;
    if (end < text.length) breaks.push(end);
    candidates.lastIndex = end;
  }
  return breaks;
}
