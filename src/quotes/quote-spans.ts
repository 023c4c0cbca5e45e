/**
 * Where a line's quotations are. Curly double quotes pair by direction; straight double quotes
 * alternate (a straight quote after a word or closing punctuation and before a space closes, and
 * opens nothing when no quotation is open); single quotes count only as ‘…’ or '…' around words,
 * never as apostrophes; ``…'' (TeX, as some feeds write) count as double quotes. A quotation left
 * open runs to the end of the line (a paragraph of a multi-paragraph quote), and into the next
 * one when the caller says so (document-quotes.ts).
 */
import type { Span } from '../types.js';
import { isAsciiDigit, isAsciiLower, isAsciiUpper, isGeneralPunctuation } from '../text/char-codes.js';
import { lazy } from '../text/lazy.js';

const letterOrDigit = lazy(() => /[\p{L}\p{N}]/u);

/** A letter or digit (ASCII and General Punctuation decided without the regular expression). */
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return isAsciiDigit(code) || isAsciiUpper(code) || isAsciiLower(code);
  if (isGeneralPunctuation(code)) return false;
  return letterOrDigit().test(c);
}

/** The characters findQuotedSpans acts on; the text between them is skipped. */
const QUOTE_CHAR = /["“”„«»‘’'`]/g;

/** What scanning a line's quotations found: the spans, and whether a quotation is still open at its end. */
export interface QuoteScan {
  spans: Span[];
  open: boolean;
}

/** Punctuation a closing quotation mark follows ("…fine." Next). */
const isClosingPunctuation = (c: string | undefined): boolean => c !== undefined && '.,!?;:…—'.includes(c);
const isSpaceOrEnd = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';

/**
 * Whether the single mark at `i` opens words: a word follows it, or one space and then a word when
 * the mark opens the line or follows a colon (`she said: ' I had to…`, a typesetting slip some
 * archives carry; elsewhere a mark between spaces decides nothing).
 */
function singleOpensWords(text: string, i: number): boolean {
  if (isWordChar(text[i + 1])) return true;
  return text[i + 1] === ' ' && isWordChar(text[i + 2]) && opensStatement(text, i);
}

/** Whether the mark at `i` opens the line or follows a colon (`She said: 'The…`), white space aside. */
function opensStatement(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isSpaceOrEnd(text[k])) k--;
  return k < 0 || text[k] === ':';
}

/**
 * Quotations in one line (a paragraph). `continued`: a quotation opened in an earlier paragraph
 * runs into this one (a multi-paragraph quotation whose middle paragraphs open but do not close):
 * a closing mark with no opening one before it then closes a quotation begun at the line's start.
 * Without it, such a stray closing mark (`said it was fine." Then`) opens nothing.
 * TeX-style quotes (``…'') count as double quotation marks. A single quotation mark closes after a
 * word or closing punctuation ('…great work.'), and one that opens a paragraph and is not closed
 * in it runs on, as a double one does. A single mark opens before a word, or before one space and
 * a word at the line's start or after a colon (singleOpensWords).
 */
export function scanQuotes(text: string, offset = 0, continued = false): QuoteScan {
  const spans: Span[] = [];
  let open = continued ? 0 : -1; // index of the opening double quote (0: the line's start, for a continued quotation)
  let fromStart = continued; // the open quotation began before the line
  let single = -1; // index of an opening single quote, when not inside a double quote
  const close = (i: number, width: number) => {
    spans.push({ start: offset + open, end: offset + i + width });
    open = -1;
    fromStart = false;
  };
  // A closing mark at `i` with no opening one: the statement after the line's last colon (`said:
  // It's fine."`, the opening mark lost in print), when no quotation lies between them.
  const closeIntroduced = (i: number) => {
    if (!isClosingPunctuation(text[i - 1])) return;
    const colon = text.lastIndexOf(':', i);
    if (colon < 0 || spans.some((s) => s.end > offset + colon)) return;
    let start = colon + 1;
    while (start < i && isSpaceOrEnd(text[start])) start++;
    if (start < i && isWordChar(text[start])) spans.push({ start: offset + start, end: offset + i + 1 });
  };
  QUOTE_CHAR.lastIndex = 0; // shared: this loop runs to its end before another starts
  for (let m = QUOTE_CHAR.exec(text); m !== null; m = QUOTE_CHAR.exec(text)) {
    const i = m.index;
    const c = m[0];
    const prev = text[i - 1];
    const next = text[i + 1];
    // A continued quotation that the paragraph opens again (the convention: “ at its start) starts here.
    if (fromStart && (c === '“' || c === '„' || c === '«' || (c === '"' && !isWordChar(prev)) || (c === '`' && next === '`') || ((c === '‘' || c === "'") && singleOpensWords(text, i))) && text.slice(0, i).trim() === '') {
      fromStart = false;
      if (c === '‘' || c === "'") {
        open = -1;
        single = i;
      } else open = i;
      if (c === '`') QUOTE_CHAR.lastIndex = i + 2;
      continue;
    }
    // A continued quotation in single marks (British style) closes with one: 'fine.' Then
    if (fromStart && open === 0 && (c === '’' || (c === "'" && next !== "'")) && !isWordChar(next) && (isWordChar(prev) || isClosingPunctuation(prev))) {
      close(i, 1);
      continue;
    }
    if (c === '`') {
      if (next === '`' && open < 0) open = i;
      if (next === '`') QUOTE_CHAR.lastIndex = i + 2;
    } else if (c === '“' || c === '„' || c === '«') {
      if (open < 0) open = i;
    } else if (c === '”' || c === '»') {
      if (open >= 0) close(i, 1);
      else closeIntroduced(i);
    } else if (c === '"') {
      if (open >= 0) close(i, 1);
      // A mark after closing punctuation and before a space is a stray closing mark: it opens
      // nothing, and closes a statement a colon introduced when one did (its opening mark lost).
      else if (isClosingPunctuation(prev) && isSpaceOrEnd(next)) closeIntroduced(i);
      else if (!isWordChar(prev)) open = i;
    } else if (c === "'" && next === "'" && open >= 0) {
      close(i, 2);
      QUOTE_CHAR.lastIndex = i + 2;
    } else if ((c === '‘' || c === "'") && open < 0 && single < 0 && !isWordChar(prev) && singleOpensWords(text, i)) {
      single = i;
    } else if ((c === '’' || c === "'") && single >= 0 && !isWordChar(next) && (isWordChar(prev) || isClosingPunctuation(prev))) {
      spans.push({ start: offset + single, end: offset + i + 1 });
      single = -1;
    }
  }
  // A single-quoted paragraph that does not close (the first paragraphs of a quotation in single
  // marks), or a statement it opens after a colon, runs to the end, and on into the next, as a
  // double-quoted one does.
  if (single >= 0 && open < 0 && opensStatement(text, single)) open = single;
  // A continued quotation that this paragraph neither closes nor opens again has ended unseen (or
  // was an unbalanced mark): it quotes nothing here, and goes no further.
  if (fromStart) open = -1;
  const stillOpen = open >= 0;
  if (stillOpen) spans.push({ start: offset + open, end: offset + text.length });
  return { spans: spans.sort((a, b) => a.start - b.start), open: stillOpen };
}

export function findQuotedSpans(text: string, offset = 0): Span[] {
  return scanQuotes(text, offset).spans;
}

/** True when the range [start, end) lies inside one of the spans. */
export function isInside(start: number, end: number, spans: readonly Span[]): boolean {
  for (let i = 0; i < spans.length; i++) if (spans[i]!.start <= start && end <= spans[i]!.end) return true;
  return false;
}
