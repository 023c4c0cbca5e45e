/**
 * An outlet's article as rows: one block per visible sentence, a gutter with the selection bar,
 * the label's symbol and the quote marker, then the wrapped text in the label's tone.
 */
import type { AnalyzedDocument, Segment } from '../types.js';
import type { LabelFilter } from './state/review-state.js';
import { clean } from './display-text.js';
import { LABEL_SYMBOL, POINTER, QUOTE_SYMBOL } from './theme.js';
import { type Row, type Span, wrapSpans } from './styled-text.js';

export interface ArticleOptions {
  filter: LabelFilter;
  showBoilerplate: boolean;
  selected: number;
  /** Highlight occurrences of this text (the last search). */
  query?: string;
}

export interface ArticleRows {
  rows: Row[];
  /** Row range [first, last] of each visible segment, by segment id. */
  spans: Map<number, [number, number]>;
}

export function isVisible(s: Segment, filter: LabelFilter, showBoilerplate: boolean): boolean {
  if (s.label === 'boilerplate') return showBoilerplate && filter === 'all';
  return filter === 'all' || s.label === filter;
}

export function visibleSegments(doc: AnalyzedDocument, filter: LabelFilter, showBoilerplate: boolean): Segment[] {
  return doc.segments.filter((s) => isVisible(s, filter, showBoilerplate));
}

/** Split text into spans, marking case-insensitive occurrences of `query`. */
export function highlight(text: string, query: string | undefined, base: Omit<Span, 'text'>): Span[] {
  if (!query) return [{ ...base, text }];
  const out: Span[] = [];
  const lower = text.toLowerCase();
  const q = query.toLowerCase();
  let at = 0;
  for (let i = lower.indexOf(q); i >= 0 && q.length > 0; i = lower.indexOf(q, i + q.length)) {
    if (i > at) out.push({ ...base, text: text.slice(at, i) });
    out.push({ ...base, tone: 'match', text: text.slice(i, i + q.length) });
    at = i + q.length;
  }
  if (at < text.length) out.push({ ...base, text: text.slice(at) });
  return out;
}

export function segmentGutter(s: Segment, selected: boolean): Row {
  const tone = s.label;
  return [
    { text: selected ? POINTER : ' ', tone: 'accent' },
    { text: LABEL_SYMBOL[s.label], tone },
    { text: s.quote ? QUOTE_SYMBOL : ' ', tone: 'quote' },
    { text: ' ' },
  ];
}

export function articleRows(doc: AnalyzedDocument, width: number, o: ArticleOptions): ArticleRows {
  const rows: Row[] = [];
  const spans = new Map<number, [number, number]>();
  for (const s of visibleSegments(doc, o.filter, o.showBoilerplate)) {
    const selected = s.id === o.selected;
    const base: Omit<Span, 'text'> = { tone: s.label };
    if (s.role) base.bold = true;
    if (selected) base.bold = true;
    const gutter = segmentGutter(s, selected);
    const cont: Row = [{ text: selected ? POINTER : ' ', tone: 'accent' }, { text: '   ' }];
    const block = wrapSpans(highlight(clean(s.text), o.query, base), width, gutter, cont);
    spans.set(s.id, [rows.length, rows.length + block.length - 1]);
    rows.push(...block);
  }
  return { rows, spans };
}
