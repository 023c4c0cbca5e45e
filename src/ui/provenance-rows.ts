/**
 * Who took from whom: each edge with its share, whether it is credited, its confidence and the
 * evidence lines; what each document's own text shows (attributions, agency fingerprints); and,
 * apart, the common quoted sources, which point to a primary source rather than to copying.
 */
import type { AnalysisResult } from '../types.js';
import { percent } from '../text/percent.js';
import { SIMILAR_TITLE, similarPairLine } from '../text/similar-pair.js';
import { clean, outletName } from './display-text.js';
import { LABEL_SYMBOL, QUOTE_SYMBOL } from './theme.js';
import { type Row, wrapSpans } from './styled-text.js';
import { possessive } from '../text/possessive.js';
import { creditVerdict, creditWords } from '../provenance/credit-verdict.js';

export function provenanceRows(result: AnalysisResult, width: number): Row[] {
  const p = result.provenance;
  const name = (id: string): string => outletName(result, id);
  const rows: Row[] = [];
  const title = (t: string): void => {
    rows.push([{ text: t, bold: true, underline: true }]);
  };

  title('Who took from whom');
  if (p.edges.length === 0) rows.push([{ text: '  No outlet reuses another\'s text beyond shared quotes.', tone: 'muted' }]);
  for (const e of p.edges) {
    rows.push([]);
    rows.push(
      ...wrapSpans(
        [
          { text: name(e.from), bold: true },
          { text: e.directionClear ? ' → ' : ' ↔ ', tone: 'accent' },
          { text: name(e.to), bold: true },
          { text: `  ${percent(e.share)} of ${possessive(name(e.to))} article` },
        ],
        width,
        [{ text: '  ' }],
        [{ text: '    ' }],
      ),
    );
    rows.push(
      ...wrapSpans(
        [
          { text: `${LABEL_SYMBOL.copied} ${percent(e.copiedShare)} copied`, tone: 'copied' },
          { text: '  ' },
          { text: `${LABEL_SYMBOL.paraphrased} ${percent(e.paraphrasedShare)} paraphrased`, tone: 'paraphrased' },
          { text: '  ' },
          ((v) => (v === 'credited' ? { text: '✓ credited', tone: 'good' } : v === 'not-credited' ? { text: '✗ NOT credited', tone: 'bad' } : { text: creditWords(e), tone: 'muted' }))(creditVerdict(e)),
          { text: `  confidence ${e.confidence.toFixed(2)}`, tone: 'muted' },
        ],
        width,
        [{ text: '    ' }],
      ),
    );
    for (const ev of e.evidence) rows.push(...wrapSpans([{ text: clean(ev) }], width, [{ text: '    – ', tone: 'muted' }], [{ text: '      ' }]));
  }

  const similar = p.similar ?? [];
  if (similar.length > 0) {
    rows.push([]);
    title(SIMILAR_TITLE);
    for (const s of similar) rows.push(...wrapSpans([{ text: clean(similarPairLine(s, name)), tone: 'muted' }], width, [{ text: '  ↔ ', tone: 'muted' }], [{ text: '    ' }]));
  }

  const docs = p.documents.filter((d) => d.agencyCopy || d.attributions.length > 0 || d.fingerprints.length > 0);
  if (docs.length > 0) {
    rows.push([]);
    title('What each text says about its sources');
    for (const d of docs) {
      rows.push([]);
      rows.push([{ text: '  ' }, { text: name(d.document), bold: true }, ...(d.agencyCopy ? [{ text: '  reads as agency copy', tone: 'copied' as const }] : [])]);
      for (const a of d.attributions) {
        rows.push(...wrapSpans([{ text: `credits ${clean(a.source)} (${a.kind}): `, tone: 'good' }, { text: `“${clean(a.text)}”` }], width, [{ text: '    – ', tone: 'muted' }], [{ text: '      ' }]));
      }
      for (const f of d.fingerprints) {
        rows.push(...wrapSpans([{ text: `${f.agency === '' ? 'news agency' : clean(f.agency)} fingerprint (${f.kind}): `, tone: 'accent' }, { text: clean(f.text) }], width, [{ text: '    – ', tone: 'muted' }], [{ text: '      ' }]));
      }
    }
  }

  rows.push([]);
  title('Common quoted sources');
  rows.push(...wrapSpans([{ text: 'Shared quotes point to a primary source, not to copying between outlets.', tone: 'muted' }], width, [{ text: '  ' }]));
  if (p.sources.length === 0) rows.push([{ text: '  None found.', tone: 'muted' }]);
  for (const s of p.sources) {
    rows.push([]);
    rows.push(...wrapSpans([{ text: `“${clean(s.statement)}”` }, ...(s.speaker ? [{ text: ` — ${clean(s.speaker)}`, tone: 'muted' as const }] : [])], width, [{ text: `  ${QUOTE_SYMBOL} `, tone: 'accent' }], [{ text: '    ' }]));
    const by = [...new Set(s.quotedBy.map((q) => name(q.document)))];
    rows.push(...wrapSpans([{ text: `quoted by ${by.join(', ')}`, tone: 'muted' }], width, [{ text: '    ' }]));
  }
  return rows;
}
