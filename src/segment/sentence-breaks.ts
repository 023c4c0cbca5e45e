/**
 * Sentence boundaries by the rules of Unicode's text segmentation (UAX #29, "Sentence Boundaries"),
 * the same rules `Intl.Segmenter` applies for English, with character classes taken from the
 * Unicode properties JavaScript's regular expressions know. Why not `Intl.Segmenter` itself:
 * creating one loads ICU's break-iterator data, about 10 ms of every run's start-up (a fifth of
 * the 2× budget, README "Start-up"), and on one long line its cost grows with the square of the
 * length. tests/sentence-breaks.test.ts checks these boundaries against `Intl.Segmenter`'s on the
 * seeds, on MRPC-style text and on generated strings.
 *
 * Rules (numbering of UAX #29; ÷ break, × no break; SATerm = STerm | ATerm):
 *   SB3   CR × LF                          SB4   ParaSep ÷
 *   SB5   Extend and Format characters attach to what precedes them (not to a ParaSep)
 *   SB6   ATerm × Numeric                  SB7   (Upper | Lower) ATerm × Upper
 *   SB8   ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower
 *   SB8a  SATerm Close* Sp* × (SContinue | SATerm)
 *   SB9–11 SATerm Close* Sp* ParaSep? ÷     SB998 otherwise ×
 */

const ATERM = /[.\u2024\uFE52\uFF0E]/u;
const STERM = /\p{Sentence_Terminal}/u;
const PARA_SEP = /[\n\r\u0085\u2028\u2029]/u;
const SP = /[^\S\n\r\u0085\u2028\u2029]/u;
/** Open and close punctuation, and Line_Break=Quotation (which JavaScript has no property for). */
const CLOSE = /(?![\uFF02\uFF07])[\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Quotation_Mark}\u275B-\u2760\u2E00-\u2E0D\u2E1C\u2E1D\u2E20\u2E21\u{1F676}-\u{1F678}]/u;
/** Georgian letters are cased, but OLetter for sentence breaks. */
const UPPER = /(?![\u1C90-\u1CBF])[\p{Uppercase}\p{Lt}]/u;
const LOWER = /(?![\u10D0-\u10FA\u10FD-\u10FF])[\p{Lowercase}]/u;
const OLETTER = /[\p{Alphabetic}\u05F3]/u;
const NUMERIC = /[\p{Nd}\u066B\u066C]/u;
const SCONTINUE = /[,\-:;\u037E\u055D\u060C\u060D\u07F8\u1802\u1808\u2013\u2014\u3001\uFE10\uFE11\uFE13\uFE14\uFE31\uFE32\uFE50\uFE51\uFE54\uFE55\uFE58\uFE63\uFF0C\uFF0D\uFF1A\uFF1B\uFF64]/u;
const EXTEND_OR_FORMAT = /(?![\u200B\uFEFF])[\p{Grapheme_Extend}\p{Mc}\p{Cf}\u200D]/u;

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
    if (!EXTEND_OR_FORMAT.test(c)) break;
    j += c.length;
  }
  return j;
}

const isSATerm = (c: string): boolean => c !== '' && (ATERM.test(c) || STERM.test(c));

/** SB8's look-ahead from `i`: after characters that are none of OLetter, Upper, Lower, ParaSep, SATerm, a Lower. */
function lowerFollows(text: string, i: number): boolean {
  for (let j = i; j < text.length; j = nextIndex(text, j)) {
    const c = charAt(text, j);
    if (LOWER.test(c)) return true;
    if (UPPER.test(c) || OLETTER.test(c) || PARA_SEP.test(c) || isSATerm(c)) return false;
  }
  return false;
}

/** Offsets at which a sentence ends (each followed by more text), ascending. */
export function sentenceBreaks(text: string): number[] {
  const breaks: number[] = [];
  let prev = '';
  for (let i = 0; i < text.length; ) {
    const c = charAt(text, i);
    if (PARA_SEP.test(c)) {
      // SB3, SB4: a paragraph separator ends the sentence (CR LF counts as one); SB4 comes before
      // SB5, so nothing attaches to it.
      const end = c === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
      if (end < text.length) breaks.push(end);
      prev = c;
      i = end;
      continue;
    }
    const after = nextIndex(text, i);
    if (!isSATerm(c)) {
      prev = c;
      i = after;
      continue;
    }
    const next = charAt(text, after);
    if (ATERM.test(c) && (NUMERIC.test(next) || ((UPPER.test(prev) || LOWER.test(prev)) && UPPER.test(next)))) {
      prev = c; // SB6, SB7
      i = after;
      continue;
    }
    // SATerm Close* Sp*
    let j = after;
    while (j < text.length && CLOSE.test(charAt(text, j)) && !isSATerm(charAt(text, j))) j = nextIndex(text, j);
    while (j < text.length && SP.test(charAt(text, j))) j = nextIndex(text, j);
    if (j >= text.length) break;
    const following = charAt(text, j);
    if (isSATerm(following) || SCONTINUE.test(following) || (ATERM.test(c) && lowerFollows(text, j))) {
      prev = c; // SB8a, SB8: the sentence goes on; scanning resumes after the terminator
      i = after;
      continue;
    }
    if (PARA_SEP.test(following)) {
      // SB11: the separator belongs to the sentence it ends.
      const end = following === '\r' && text[j + 1] === '\n' ? j + 2 : j + 1;
      if (end < text.length) breaks.push(end);
      prev = following;
      i = end;
      continue;
    }
    breaks.push(j);
    prev = charAt(text, j - 1);
    i = j;
  }
  return breaks;
}
