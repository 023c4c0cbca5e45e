/**
 * Stage 2, first step: the document's blocks. A block is a paragraph of the text, or a feed's
 * paragraph mark standing apart from it.
 *
 * Plain text comes in two shapes. Most web and newspaper text holds one paragraph a line. Agency
 * feeds and archives hard-wrap their paragraphs at a fixed width (Press Association and
 * Reuters at 65–80 columns), so one sentence runs over several lines. Which shape a text has is
 * decided from the text itself: it is hard-wrapped when its lines are of a width a terminal would
 * wrap at (the 90th percentile of their lengths is at most MAX_WRAP_WIDTH) and a good part of them
 * reach that width. In a hard-wrapped text a line is joined to the next one unless something marks
 * a paragraph's end: a blank line, a paragraph mark, the next line indented beyond the text's
 * margin or opening a list item, or a line that ends like a sentence while the next word would
 * have fitted on it (it was ended, not wrapped).
 *
 * In a text of one paragraph a line, a line that stops in mid-sentence and a next one (at most a
 * blank line below) that goes on in lower case are one paragraph broken in two (brokenParagraph).
 *
 * Paragraph marks are the feed's own bytes around paragraphs: control characters (PA opens each
 * paragraph with 0x19), and a closing character that is neither a letter, a digit nor sentence
 * punctuation and ends many of the lines (PA closes each paragraph with "<"). They become blocks
 * of their own (boilerplate), so that paragraphs read as prose.
 *
 * Offsets stay exact: a block's start and end point into the document's text; its `text` is that
 * slice with line breaks read as spaces (the same length).
 */
import { isAsciiDigit, isAsciiLower, isWhiteSpace } from '../text/char-codes.js';
import { splitLines, type RawLine } from './lines.js';

/** Hard-wrapped text wraps at most this wide (the 90th percentile of its line lengths). */
export const MAX_WRAP_WIDTH = 100;
/** …and at least this wide: narrower lines are a list, not wrapped prose. */
export const MIN_WRAP_WIDTH = 40;
/** A text is hard-wrapped when at least this share of its lines reaches the wrap width (less the next word). */
export const MIN_FULL_LINE_SHARE = 0.3;
/** …and it has at least this many lines. */
export const MIN_WRAPPED_LINES = 4;
/** A closing paragraph mark ends at least this many lines and this share of them. */
const MIN_MARKED_LINES = 3;
const MIN_MARKED_SHARE = 0.2;

/** A block of the text: a paragraph (one or more physical lines), or a paragraph mark. */
export interface Block extends RawLine {
  /** True for a feed's paragraph mark (a control character, a closing "<"). */
  mark?: true;
}

interface Piece {
  /** Offsets of the line's content, marks excluded. */
  start: number;
  end: number;
  /** Column of the line's first character (its indentation, marks excluded). */
  indent: number;
  /** Index of the physical line (blank lines counted). */
  row: number;
  leadMark?: Block;
  tailMark?: Block;
}

const isControl = (code: number): boolean => (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;

/** Characters that may end a line of text: letters and digits aside, sentence punctuation, quotes and brackets. */
const TEXT_ENDING = new Set('.,;:!?\'"”’)]}…-–—%*/&$£€#@+=_`'.split(''));

function closingMarkOf(lines: readonly RawLine[]): string | undefined {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const c = l.text[l.text.length - 1]!;
    const code = c.charCodeAt(0);
    if (code < 128 && (isAsciiDigit(code) || isAsciiLower(code) || (code >= 65 && code <= 90) || TEXT_ENDING.has(c))) continue;
    if (code >= 128 && /[\p{L}\p{N}\p{Pf}\p{Pe}\p{Po}]/u.test(c)) continue;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string | undefined;
  let n = 0;
  for (const [c, k] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (k > n) [best, n] = [c, k];
  return best !== undefined && n >= MIN_MARKED_LINES && n >= MIN_MARKED_SHARE * lines.length ? best : undefined;
}

/** Each physical line's content with its paragraph marks split off. */
function piecesOf(text: string, lines: readonly RawLine[], rows: readonly number[]): { pieces: Piece[]; marks: Block[] } {
  const closing = closingMarkOf(lines);
  const pieces: Piece[] = [];
  const marks: Block[] = [];
  const mark = (start: number, end: number): Block => ({ index: 0, start, end, text: text.slice(start, end), mark: true });
  lines.forEach((l, i) => {
    let s = l.start;
    let e = l.end;
    let leadMark: Block | undefined;
    let tailMark: Block | undefined;
    let m = s;
    while (m < e && isControl(text.charCodeAt(m))) m++;
    if (m > s) {
      leadMark = mark(s, m);
      s = m;
      while (s < e && isWhiteSpace(text[s]!)) s++;
    }
    if (closing !== undefined && e > s && text[e - 1] === closing) {
      tailMark = mark(e - 1, e);
      e--;
      while (e > s && isWhiteSpace(text[e - 1]!)) e--;
    }
    if (leadMark) marks.push(leadMark);
    if (e > s) {
      const lineStart = text.lastIndexOf('\n', l.start - 1) + 1;
      const piece: Piece = { start: s, end: e, indent: l.start - lineStart, row: rows[i]! };
      if (leadMark) piece.leadMark = leadMark;
      if (tailMark) piece.tailMark = tailMark;
      pieces.push(piece);
    }
    if (tailMark) marks.push(tailMark);
  });
  return { pieces, marks };
}

/** The physical row (blank lines counted) of each non-blank line. */
function rowsOf(text: string, lines: readonly RawLine[]): number[] {
  const rows: number[] = [];
  let row = 0;
  let pos = 0;
  for (const l of lines) {
    for (let i = text.indexOf('\n', pos); i >= 0 && i < l.start; i = text.indexOf('\n', i + 1)) row++;
    pos = l.start;
    rows.push(row);
  }
  return rows;
}

const firstWordLength = (s: string): number => {
  const m = /^\S+/.exec(s);
  return m ? m[0].length : 0;
};

/** A numbered list item's opening: its number ("3. ", "(3) ", "3) "). */
const NUMBERED_ITEM = /^\(?(\d{1,3})[.)]\s/;
/** A list item's opening: a bullet, a number or a letter. */
const LIST_ITEM = new RegExp(`^(?:[-*•·▪◦‣∙]\\s|${NUMBERED_ITEM.source.slice(1)}|\\(?[a-z][.)]\\s)`);

/** The number a line opens with as a numbered list item ("3. Brown-eyed Handsome Man." → 3), if it does. */
export function listItemNumber(text: string): number | undefined {
  const m = NUMBERED_ITEM.exec(text);
  return m ? Number(m[1]) : undefined;
}

const HAS_WORD = /[\p{L}\p{N}]/u;
const ENDS_SENTENCE = /[.!?…:;]["”’')\]]*$/;

/** The wrap width of a hard-wrapped text (columns), or undefined when its lines are paragraphs. */
export function wrapWidth(text: string, pieces: readonly { start: number; end: number; indent: number }[]): number | undefined {
  if (pieces.length < MIN_WRAPPED_LINES) return undefined;
  const widths = pieces.map((p) => p.indent + p.end - p.start).sort((a, b) => a - b);
  const width = widths[Math.min(widths.length - 1, Math.floor(0.9 * widths.length))]!;
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return undefined;
  let full = 0;
  for (let i = 0; i + 1 < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.indent + p.end - p.start + 1 + firstWordLength(text.slice(pieces[i + 1]!.start, pieces[i + 1]!.end)) > width) full++;
  }
  return full >= MIN_FULL_LINE_SHARE * pieces.length ? width : undefined;
}

/** Whether line `a` runs on into line `b` in a text wrapped at `width` with left margin `margin`. */
function runsOn(text: string, a: Piece, b: Piece, width: number, margin: number): boolean {
  if (b.row !== a.row + 1 || a.tailMark || b.leadMark) return false;
  const next = text.slice(b.start, b.end);
  if (b.indent > margin || LIST_ITEM.test(next)) return false;
  const line = text.slice(a.start, a.end);
  // A rule ("-----") or a line of symbols is furniture of its own.
  if (!HAS_WORD.test(line) || !HAS_WORD.test(next)) return false;
  const wrapped = a.indent + line.length + 1 + firstWordLength(next) > width;
  if (wrapped) return true;
  // Ended short: a paragraph's end, unless it stops mid-sentence and the next line goes on in lower case.
  const c = next.charCodeAt(0);
  return !ENDS_SENTENCE.test(line) && (isAsciiLower(c) || isAsciiDigit(c) || c === 44);
}

/** Each part of a paragraph broken in two holds at least this many words (a menu's items stay apart). */
export const MIN_BROKEN_WORDS = 3;
const WORDS = /[\p{L}\p{N}]+/gu;
const wordCount = (s: string): number => s.match(WORDS)?.length ?? 0;

/**
 * Whether, in a text of one paragraph a line, line `a` is a paragraph broken in two before `b`
 * (an archive's column break, a stray return): `a` stops in mid-sentence (on a word or a comma:
 * no sentence punctuation, closing quote or bracket) and `b`, at most one blank line below it,
 * goes on in lower case; both hold a few words, so that a menu's items stay apart.
 */
function brokenParagraph(text: string, a: Piece, b: Piece): boolean {
  if (b.row > a.row + 2 || a.tailMark || b.leadMark) return false;
  const last = text.charCodeAt(a.end - 1);
  if (!(isAsciiLower(last) || isAsciiDigit(last) || last === 44)) return false;
  if (!isAsciiLower(text.charCodeAt(b.start))) return false;
  const next = text.slice(b.start, b.end);
  return !LIST_ITEM.test(next) && wordCount(text.slice(a.start, a.end)) >= MIN_BROKEN_WORDS && wordCount(next) >= MIN_BROKEN_WORDS;
}

const spaced = (s: string): string => s.replace(/[\r\n]/g, ' ');

/** The text's blocks in order: paragraphs (physical lines joined when the text is hard-wrapped) and paragraph marks. */
export function splitBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const { pieces, marks } = piecesOf(text, lines, rowsOf(text, lines));
  const width = wrapWidth(text, pieces);
  const margin = pieces.reduce((m, p) => Math.min(m, p.indent), Infinity);
  const paragraphs: { start: number; end: number }[] = [];
  pieces.forEach((p, i) => {
    const prev = pieces[i - 1];
    if (prev !== undefined && (width !== undefined ? runsOn(text, prev, p, width, margin) : brokenParagraph(text, prev, p))) paragraphs[paragraphs.length - 1]!.end = p.end;
    else paragraphs.push({ start: p.start, end: p.end });
  });
  const blocks: Block[] = [
    ...paragraphs.map((p): Block => ({ index: 0, start: p.start, end: p.end, text: spaced(text.slice(p.start, p.end)) })),
    ...marks,
  ].sort((a, b) => a.start - b.start);
  blocks.forEach((b, i) => (b.index = i));
  return blocks;
}
