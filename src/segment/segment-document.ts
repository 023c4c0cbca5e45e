/**
 * Stage 3 for a whole document: body lines are split into sentences; headlines, subheadings and
 * boilerplate lines stay whole. Each sentence carries the quoted ranges that fall inside it.
 */
import type { Line, Sentence, Span } from '../types.js';
import { documentQuotedSpans } from '../quotes/document-quotes.js';
import { splitSentences } from './sentences.js';

function clip(spans: readonly Span[], start: number, end: number): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const a = Math.max(s.start, start);
    const b = Math.min(s.end, end);
    if (b > a) out.push({ start: a, end: b });
  }
  return out;
}

/** `blockQuotes`: ranges the source marks as block quotations (SourceDocument.blockQuotes). */
export function segmentDocument(text: string, lines: readonly Line[], blockQuotes: readonly Span[] = []): Sentence[] {
  const out: Sentence[] = [];
  const quoted = documentQuotedSpans(text, lines, blockQuotes);
  lines.forEach((line, k) => {
    const quotes = quoted[k]!;
    const spans: Span[] = line.role === 'body' ? splitSentences(line.text, line.start) : [{ start: line.start, end: line.end }];
    for (const span of spans) {
      const sentence: Sentence = {
        index: out.length,
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        line: line.index,
        role: line.role,
        quoted: clip(quotes, span.start, span.end),
      };
      if (line.boilerplate !== undefined) sentence.boilerplate = line.boilerplate;
      out.push(sentence);
    }
  });
  return out;
}
