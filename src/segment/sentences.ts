/**
 * Stage 3: split a line into sentences with exact offsets. Unicode's sentence-boundary rules
 * (sentence-breaks.ts, the rules `Intl.Segmenter` applies, without its start-up cost) propose breaks; a
 * break is taken back when what follows cannot open a sentence (a lower-case word, a digit: "Sept.
 * 24", "(I propose)... exchanging"), after a title that always precedes a name ("St."), and after
 * an initialism followed by a capitalised word that is not a usual sentence opener ("U.S.
 * Department"), and after a list item's number ("10. Nobody came" is one item, not the sentence "10."
 * that every numbered list shares). Headings are never split. Segmenting line by line keeps headlines apart from the
 * sentence after them.
 */
import type { Span } from '../types.js';
import { isInitialism, NEVER_FINAL, OPENERS, SENTENCE_STARTERS, trailingAbbreviation } from './abbreviations.js';
import { sentenceBreaks } from './sentence-breaks.js';
import { isAsciiDigit, isAsciiLower, isAsciiUpper, isGeneralPunctuation, isWhiteSpace } from '../text/char-codes.js';
import { lazy } from '../text/lazy.js';

const continuesPattern = lazy(() => /[\p{Ll}\p{N},;:)\]]/u);

/**
 * `continuesPattern().test(c)` for one UTF-16 unit, without the regular expression for ASCII and for
 * General Punctuation (U+2000–U+206F, which holds no letter or digit): the common cases.
 */
function continues(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return isAsciiLower(code) || isAsciiDigit(code) || c === ',' || c === ';' || c === ':' || c === ')' || c === ']';
  if (isGeneralPunctuation(code)) return false;
  return continuesPattern().test(c);
}

const leadingWordPattern = lazy(() => /^[\p{L}']+/u);
const capitalFirstPattern = lazy(() => /^\p{Lu}/u);

/** The letters and apostrophes `s` starts with (undefined when none), ASCII without the expression. */
function leadingWord(s: string): string | undefined {
  let i = 0;
  for (; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 128) return leadingWordPattern().exec(s)?.[0];
    if (!isAsciiUpper(code) && !isAsciiLower(code) && code !== 39) break;
  }
  return i === 0 ? undefined : s.slice(0, i);
}

/** `s` starts with an upper-case letter. */
function capitalFirst(s: string): boolean {
  const code = s.charCodeAt(0);
  return code < 128 ? isAsciiUpper(code) : capitalFirstPattern().test(s);
}

/** Opening quotes and brackets (typewriter quotes doubled as in TeX or feed copy) `s` starts with, skipped. */
function afterOpeners(s: string): string {
  let i = 0;
  while (i < s.length && OPENING_MARKS.includes(s[i]!)) i++;
  return s.slice(i);
}
/** The openers an abbreviation may follow (abbreviations.ts), and TeX's backquote and a square bracket. */
const OPENING_MARKS = OPENERS + '`[';

/** A list item's number standing before its text ("10.", "(3)", "b)"): the item's first words, not a sentence. */
const LIST_NUMBER = /^(?:\(?\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)])$/;

function shouldJoin(prev: string, next: string): boolean {
  const n = next.trimStart();
  if (n === '') return true;
  if (LIST_NUMBER.test(prev.trim())) return true;
  const c = n[0]!;
  if (continues(c)) return true;
  const abbr = trailingAbbreviation(prev);
  if (abbr === undefined) return false;
  if (NEVER_FINAL.has(abbr)) return true;
  if (isInitialism(abbr)) {
    // After a single initial, a nickname in quotes or brackets stands between the name's parts:
    // "Charles M. (''Sparky'') Schulz", "John F. “Jack” Kennedy".
    const w = abbr.length === 1 ? afterOpeners(n) : n;
    const word = leadingWord(w)?.toLowerCase();
    return word !== undefined && capitalFirst(w) && !SENTENCE_STARTERS.has(word);
  }
  return false;
}

/**
 * The end of a piece, enough for `trailingAbbreviation` (which looks only at the last word and
 * the quotes and spaces after it). Bounded so that a line of megabytes whose pieces keep joining
 * costs linear time, not quadratic. A cut window starts with NUL, which opens no abbreviation.
 */
const TAIL = 64;
function tailOf(text: string, start: number, end: number): string {
  let e = end;
  while (e > start && isWhiteSpace(text[e - 1]!)) e--;
  return e - start <= TAIL ? text.slice(start, e) : '\u0000' + text.slice(e - TAIL, e);
}

/**
 * Sentence spans of `text` (offsets relative to it, plus `offset`), trimmed of surrounding white
 * space. Every non-whitespace character of `text` lies in exactly one span.
 */
export function splitSentences(text: string, offset = 0): Span[] {
  const pieces: { start: number; end: number }[] = [];
  let start = 0;
  for (const end of [...sentenceBreaks(text), text.length]) {
    const prev = pieces[pieces.length - 1];
    if (prev && shouldJoin(tailOf(text, prev.start, prev.end), text.slice(start, end))) prev.end = end;
    else if (end > start) pieces.push({ start, end });
    start = end;
  }
  const spans: Span[] = [];
  for (const p of pieces) {
    const raw = text.slice(p.start, p.end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    spans.push({ start: offset + p.start + lead, end: offset + p.start + lead + trimmed.length });
  }
  return spans;
}
