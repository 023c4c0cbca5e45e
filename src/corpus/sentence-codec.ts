/**
 * A document's sentences (offsets, line, role, boilerplate kind, quoted ranges) packed into one
 * Int32Array, so the first pass's cleaning and segmentation is done once and kept for the later
 * passes at a few bytes per sentence; the text is read again and sliced when it is needed.
 */
import type { BoilerplateKind, LineRole, Sentence, Span } from '../types.js';

const ROLES: readonly LineRole[] = ['headline', 'subheading', 'body', 'boilerplate'];
const KINDS: readonly BoilerplateKind[] = [
  'navigation', 'caption', 'credit', 'media', 'dateline', 'size-picker', 'footer', 'copyright', 'related', 'repeated-headline', 'fragment',
];

export function packSentences(sentences: readonly Sentence[]): Int32Array {
  const out: number[] = [sentences.length];
  for (const s of sentences) {
    out.push(s.start, s.end, s.line, ROLES.indexOf(s.role), s.boilerplate === undefined ? -1 : KINDS.indexOf(s.boilerplate), s.quoted.length);
    for (const q of s.quoted) out.push(q.start, q.end);
  }
  return Int32Array.from(out);
}

export function unpackSentences(packed: Int32Array, text: string): Sentence[] {
  const out: Sentence[] = [];
  let k = 1;
  for (let index = 0; index < packed[0]!; index++) {
    const start = packed[k++]!;
    const end = packed[k++]!;
    const line = packed[k++]!;
    const role = ROLES[packed[k++]!]!;
    const kind = packed[k++]!;
    const quoted: Span[] = [];
    for (let n = packed[k++]!; n > 0; n--) quoted.push({ start: packed[k++]!, end: packed[k++]! });
    const s: Sentence = { index, start, end, text: text.slice(start, end), line, role, quoted };
    if (kind >= 0) s.boilerplate = KINDS[kind]!;
    out.push(s);
  }
  return out;
}
