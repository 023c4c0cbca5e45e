/**
 * Who took from whom: each edge with its share, whether it is credited, its confidence and the
 * evidence lines; what each document's own text shows (attributions, agency fingerprints); and,
 * apart, the common quoted sources, which point to a primary source rather than to copying.
 */
import type { AnalysisResult } from '../types.js';
import { percent } from '../text/percent.js';
import { similarPairLine, similarTitle } from '../text/similar-pair.js';
import { clean, outletName } from './display-text.js';
import { LABEL_SYMBOL, QUOTE_SYMBOL } from './theme.js';
import { resultMemo } from './result-memo.js';
import { type Row, wrapSpans } from './styled-text.js';
import { possessive } from '../text/possessive.js';
import { creditVerdict, creditWords } from '../provenance/credit-verdict.js';
import { FULL_VIEW_MAX_DOCUMENTS, rankedEdges } from '../summary/reuse-ranking.js';

/** Edges, similar pairs and quoted sources listed when the collection is large, besides the selected outlet's own. */
export const PROVENANCE_TOP = 20;

/**
 * What the view lists. Up to FULL_VIEW_MAX_DOCUMENTS documents: everything, in the result's order.
 * Above: the selected outlet's edges, similar pairs, facts and quoted sources, then the strongest
 * PROVENANCE_TOP edges and the first similar pairs and sources (`omitted` counts what is left out).
 */
function selection(result: AnalysisResult, focus: string | undefined) {
  const p = result.provenance;
  const similar = p.similar ?? [];
  const facts = p.documents.filter((d) => d.agencyCopy || d.attributions.length > 0 || d.fingerprints.length > 0);
  if (result.documents.length <= FULL_VIEW_MAX_DOCUMENTS) return { edges: p.edges, similar, facts, sources: p.sources, omitted: 0 };
  const mine = (ids: readonly string[]): boolean => ids.includes(focus ?? '');
  const own = rankedEdges(result).filter((e) => mine([e.from, e.to]));
  const edges = [...own, ...rankedEdges(result).filter((e) => !mine([e.from, e.to])).slice(0, PROVENANCE_TOP)];
  const pairs = [...similar.filter((x) => mine(x.documents)), ...similar.filter((x) => !mine(x.documents)).slice(0, PROVENANCE_TOP)];
  const quoted = (q: (typeof p.sources)[number]): boolean => mine(q.quotedBy.map((b) => b.document));
  const sources = [...p.sources.filter(quoted), ...p.sources.filter((q) => !quoted(q)).slice(0, PROVENANCE_TOP)];
  const omitted = p.edges.length - edges.length + similar.length - pairs.length + p.sources.length - sources.length;
  return { edges, similar: pairs, facts: facts.filter((d) => d.document === focus), sources, omitted };
}

/** Widths × focuses kept per result. */
const rowsFor = resultMemo<Row[]>(8);

/**
 * The provenance view's rows for a width; `focus` (the selected outlet's id) comes first when the
 * collection is large (selection above). Memoised: the reducer asks on every key.
 */
export function provenanceRows(result: AnalysisResult, width: number, focus?: string): Row[] {
  const key = `${width}\u0000${result.documents.length > FULL_VIEW_MAX_DOCUMENTS ? (focus ?? '') : ''}`;
  return rowsFor(result, key, () => buildRows(result, width, focus));
}

function buildRows(result: AnalysisResult, width: number, focus: string | undefined): Row[] {
  const p = result.provenance;
  const shown = selection(result, focus);
  const name = (id: string): string => outletName(result, id);
  const rows: Row[] = [];
  const title = (t: string): void => {
    rows.push([{ text: t, bold: true, underline: true }]);
  };

  title('Who took from whom');
  if (shown.omitted > 0) {
    const what = `${p.edges.length} edges among ${result.documents.length} outlets: ${focus ? `${possessive(name(focus))} first, then ` : ''}the ${PROVENANCE_TOP} strongest others (and as many similar pairs and quoted sources); ${shown.omitted} not listed here (wiretrace report, or analyze --json, has them all).`;
    rows.push(...wrapSpans([{ text: what, tone: 'muted' }], width, [{ text: '  ' }]));
  }
  if (p.edges.length === 0) rows.push([{ text: '  No outlet reuses another\'s text beyond shared quotes.', tone: 'muted' }]);
  for (const e of shown.edges) {
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

  const similar = shown.similar;
  if (similar.length > 0) {
    rows.push([]);
    title(similarTitle(similar));
    for (const s of similar) rows.push(...wrapSpans([{ text: clean(similarPairLine(s, name)), tone: 'muted' }], width, [{ text: '  ↔ ', tone: 'muted' }], [{ text: '    ' }]));
  }

  const docs = shown.facts;
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
  for (const s of shown.sources) {
    rows.push([]);
    rows.push(...wrapSpans([{ text: `“${clean(s.statement)}”` }, ...(s.speaker ? [{ text: ` — ${clean(s.speaker)}`, tone: 'muted' as const }] : [])], width, [{ text: `  ${QUOTE_SYMBOL} `, tone: 'accent' }], [{ text: '    ' }]));
    const by = [...new Set(s.quotedBy.map((q) => name(q.document)))];
    rows.push(...wrapSpans([{ text: `quoted by ${by.join(', ')}`, tone: 'muted' }], width, [{ text: '    ' }]));
  }
  return rows;
}
