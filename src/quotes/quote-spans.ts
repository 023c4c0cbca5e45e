/**
 * Where a line's quotations are. Curly double quotes pair by direction; straight double quotes
 * alternate; single quotes count only as ‘…’ or '…' around words, never as apostrophes.
 * A quotation left open runs to the end of the line (a paragraph of a multi-paragraph quote).
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
const QUOTE_CHAR = /["“”„«»‘’']/g;

export function findQuotedSpans(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  let open = -1; // index of the opening double quote
  let single = -1; // index of an opening single quote, when not inside a double quote
  QUOTE_CHAR.lastIndex = 0; // shared: this loop runs to its end before another starts
  for (let m = QUOTE_CHAR.exec(text); m !== null; m = QUOTE_CHAR.exec(text)) {
    const i = m.index;
    const c = m[0];
    const prev = text[i - 1];
    const next = text[i + 1];
    if (c === '“' || c === '„' || c === '«') {
      if (open < 0) open = i;
    } else if (c === '”' || c === '»') {
      if (open >= 0) {
        spans.push({ start: offset + open, end: offset + i + 1 });
        open = -1;
      }
    } else if (c === '"') {
      if (open < 0 && !isWordChar(prev)) open = i;
      else if (open >= 0) {
        spans.push({ start: offset + open, end: offset + i + 1 });
        open = -1;
      }
    } else if ((c === '‘' || c === "'") && open < 0 && single < 0 && !isWordChar(prev) && isWordChar(next)) {
      single = i;
    } else if ((c === '’' || c === "'") && single >= 0 && !isWordChar(next) && isWordChar(prev)) {
      spans.push({ start: offset + single, end: offset + i + 1 });
      single = -1;
    }
  }
  if (open >= 0) spans.push({ start: offset + open, end: offset + text.length });
  return spans.sort((a, b) => a.start - b.start);
}

/** Share of the characters [start, end) that lie inside the given spans. */
export function quotedShare(start: number, end: number, spans: readonly Span[]): number {
  if (end <= start) return 0;
  let inside = 0;
  for (const s of spans) inside += Math.max(0, Math.min(end, s.end) - Math.max(start, s.start));
  return inside / (end - start);
}

/** True when the range [start, end) lies inside one of the spans. */
export function isInside(start: number, end: number, spans: readonly Span[]): boolean {
  for (let i = 0; i < spans.length; i++) if (spans[i]!.start <= start && end <= spans[i]!.end) return true;
  return false;
}
