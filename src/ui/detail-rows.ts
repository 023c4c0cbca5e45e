/**
 * The detail of one sentence: its label, then every counterpart in the other outlets with the
 * relation and score; against each near-verbatim counterpart, a word-level diff.
 */
import type { AnalysisResult, AnalyzedDocument, Segment } from '../types.js';
import { clean, documentOf, outletName } from './display-text.js';
import { LABEL_SYMBOL, QUOTE_SYMBOL, RELATION_LABEL } from './theme.js';
import { type Row, type Span, fit, wrapSpans } from './styled-text.js';
import { wordDiff } from './word-diff.js';
import { CHANGE_NOTE } from '../text/change-notes.js';

/** Counterparts drawn in full (a wire sentence can have hundreds in a large collection); the rest are counted. */
export const DETAIL_COUNTERPARTS = 30;

const LABEL_TEXT = {
  copied: 'copied: an identical or near-verbatim counterpart elsewhere',
  paraphrased: 'paraphrased: the same content reworded elsewhere',
  unique: 'unique: no counterpart in the other outlets',
  boilerplate: 'boilerplate: page furniture, not part of the article',
} as const;

export function detailRows(result: AnalysisResult, doc: AnalyzedDocument, segment: Segment | undefined, width: number, noColor: boolean): Row[] {
  const rows: Row[] = [];
  if (!segment) return [[{ text: 'No sentence selected.', tone: 'muted' }]];
  const name = clean(doc.outlet.name);
  const position = `${name} · sentence ${segment.id + 1} of ${doc.segments.length}`;
  rows.push([{ text: position, bold: true }]);
  const tags: Span[] = [{ text: `${LABEL_SYMBOL[segment.label]} `, tone: segment.label }, { text: LABEL_TEXT[segment.label], tone: segment.label }];
  if (segment.boilerplate) tags.push({ text: ` (${segment.boilerplate})`, tone: 'muted' });
  if (segment.role) tags.push({ text: ` · ${segment.role}`, tone: 'muted' });
  rows.push(...wrapSpans(tags, width));
  if (segment.quote) rows.push(...wrapSpans([{ text: `${QUOTE_SYMBOL} shared quote: mostly words inside quotation marks`, tone: 'quote' }], width));
  rows.push([]);
  rows.push(...wrapSpans([{ text: clean(segment.text), tone: segment.label, bold: true }], width, [{ text: '  ' }]));
  rows.push([]);

  if (segment.matches.length === 0) {
    rows.push([{ text: segment.label === 'boilerplate' ? 'Boilerplate is not aligned.' : 'No counterpart in the other outlets.', tone: 'muted' }]);
    return rows;
  }
  rows.push([{ text: `Counterparts (${segment.matches.length})`, bold: true, underline: true }]);
  for (const m of segment.matches.slice(0, DETAIL_COUNTERPARTS)) {
    const other = documentOf(result, m.document);
    const counterpart = other?.segments[m.segment];
    const tone = RELATION_LABEL[m.relation];
    rows.push([]);
    const head: Span[] = [
      { text: `${LABEL_SYMBOL[tone]} `, tone },
      { text: outletName(result, m.document), bold: true },
      { text: ` · sentence ${m.segment + 1} · ` , tone: 'muted' },
      { text: m.relation, tone },
      { text: ` · score ${m.score.toFixed(2)}`, tone: 'muted' },
    ];
    if (m.quote) head.push({ text: ` · ${QUOTE_SYMBOL} shared quote (a common source, not copying)`, tone: 'quote' });
    rows.push(...wrapSpans(head, width, [], [{ text: '  ' }]));
    if (!counterpart) continue;
    const theirs = clean(counterpart.text);
    if (m.relation === 'near-verbatim') {
      // From the counterpart to this sentence, as in the report: − words only there, + words only here.
      const d = wordDiff(theirs, clean(segment.text), noColor);
      const label = (s: string, w: number): string => fit(s, w, true);
      const w = Math.min(10, Math.max(4, width >> 3));
      rows.push(...wrapSpans(d.before, width, [{ text: '  − ', tone: 'deleted' }, { text: label(outletName(result, m.document), w) + ' ', tone: 'muted' }], [{ text: ' '.repeat(w + 5) }]));
      rows.push(...wrapSpans(d.after, width, [{ text: '  + ', tone: 'inserted' }, { text: label(name, w) + ' ', tone: 'muted' }], [{ text: ' '.repeat(w + 5) }]));
      rows.push([{ text: ' '.repeat(w + 5) }, { text: `${d.deleted} word${d.deleted === 1 ? '' : 's'} only in ${outletName(result, m.document)}, ${d.inserted} only here`, tone: 'muted' }]);
      for (const c of m.changes ?? []) rows.push([{ text: ' '.repeat(w + 5) }, { text: `! ${CHANGE_NOTE[c]}`, tone: 'bad' }]);
    } else {
      const span: Span = m.relation === 'identical' ? { text: theirs, tone: 'copied' } : { text: theirs };
      rows.push(...wrapSpans([span], width, [{ text: '    ' }]));
    }
  }
  const more = segment.matches.length - DETAIL_COUNTERPARTS;
  if (more > 0) {
    rows.push([]);
    rows.push(...wrapSpans([{ text: `… and ${more} more counterpart${more === 1 ? '' : 's'} in other outlets (wiretrace analyze --json lists them all).`, tone: 'muted' }], width));
  }
  return rows;
}
