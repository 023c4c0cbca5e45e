/**
 * Quotations of a whole document, line by line (a line is a paragraph): besides the marks of each
 * line (quote-spans.ts), a quotation that a paragraph leaves open runs into the next (the middle
 * paragraphs of a multi-paragraph quotation open and do not close; the last only closes), and
 * statements printed as a block count as quoted though no mark is printed:
 * - the paragraph after one that ends by introducing it ("…said in a statement:", "The letter
 *   reads:", "She wrote on Twitter:");
 * - an indented paragraph in a text whose body paragraphs are otherwise not indented (how a
 *   plain-text quotation is set off, four spaces or a tab; a web page's <blockquote> reads so too),
 *   unless it is a list item;
 * - a paragraph inside a block quotation the source marks (`blockQuotes`: a Markdown `>` block);
 * - an embedded social-media post: the paragraph before its signature line, or the words before
 *   the signature on the signature's own line (social-post.ts).
 */
import type { Line, Span } from '../types.js';
import { findQuotedSpans, scanQuotes } from './quote-spans.js';
import { isPostSignature, postSignatureAt } from '../clean/social-post.js';

/** A paragraph that ends by introducing a statement printed after it. */
const INTRODUCES = /\b(?:wrote|writes|written|said|says|reads|read|stated|states|added|continued|tweeted|posted|declared|announced|statement|message|letter|follows|following)\b[^.!?"“”]{0,60}:\s*$/i;
/** At least this much leading white space (a tab counts as four) sets a paragraph off (a web page's <blockquote>: BLOCK_QUOTE_INDENT). */
const MIN_INDENT = 4;
/** A list item is indented too, but is no quotation. */
const LIST_ITEM = /^\s*(?:[•·▪◦‣*+–-]|\d{1,3}[.)])\s/;
/** Indented paragraphs are block quotations only in a text whose body paragraphs mostly are not. */
const MAX_INDENTED_SHARE = 0.5;

/** Leading white space of the physical line where `start` lies, up to it. */
function indentOf(text: string, start: number): number {
  let n = 0;
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ' ' || c === '\u00a0') n++;
    else if (c === '\t') n += 4;
    else if (c === '\n' || c === '\r') return n;
    else return -1; // text before it on its physical line: not the start of a paragraph
  }
  return n;
}

/** The quoted spans (document offsets) of each line, in the lines' order. */
export function documentQuotedSpans(text: string, lines: readonly Line[], blockQuotes: readonly Span[] = []): Span[][] {
  const marked = (l: Line): boolean => blockQuotes.some((b) => l.start >= b.start && l.end <= b.end);
  const body = lines.filter((l) => l.role === 'body');
  const indented = new Set(body.filter((l) => indentOf(text, l.start) >= MIN_INDENT && !LIST_ITEM.test(l.text)).map((l) => l.index));
  const blockByIndent = body.length >= 3 && indented.size > 0 && indented.size / body.length <= MAX_INDENTED_SHARE;
  const out: Span[][] = [];
  let continued = false;
  let introduced = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.role !== 'body') {
      out.push(findQuotedSpans(line.text, line.start));
      continued = false;
      introduced = false;
      continue;
    }
    const next = lines[k + 1];
    const post = next !== undefined && isPostSignature(next.text);
    const block = marked(line) || post || (blockByIndent && indented.has(line.index)) || (introduced && !/^\s*["“„«`‘']/.test(line.text));
    if (block) {
      out.push([{ start: line.start, end: line.end }]);
      continued = false;
      // An introduced block runs on over the indented paragraphs that follow it.
      introduced = false;
      continue;
    }
    const signed = postSignatureAt(line.text);
    if (signed > 0) {
      // A post's words and its signature on one line: the words up to the signature are the post's.
      const words = line.text.slice(0, signed).trimEnd();
      out.push([{ start: line.start, end: line.start + words.length }]);
      continued = false;
      introduced = false;
      continue;
    }
    const scan = scanQuotes(line.text, line.start, continued);
    out.push(scan.spans);
    continued = scan.open;
    introduced = !scan.open && INTRODUCES.test(line.text);
  }
  return out;
}
