/**
 * The pairwise matrix: for each pair of outlets, the share of the row outlet's article found in
 * the column outlet, read off the segments' matches (the words of the row outlet's article
 * sentences that have a counterpart in the column outlet's document, over its article words).
 */
import type { AnalysisResult } from '../types.js';
import { countWords } from '../text/tokens.js';
import { escapeMarkdown } from './markdown-escape.js';
import { percent } from '../text/percent.js';

/** shares[r][c]: share of document r's article words in sentences matched in document c (0 on the diagonal). */
export function pairwiseShares(result: AnalysisResult): number[][] {
  return result.documents.map((row) =>
    result.documents.map((col) => {
      if (col.id === row.id || row.stats.articleWords === 0) return 0;
      let words = 0;
      for (const s of row.segments) {
        if (s.label !== 'boilerplate' && s.matches.some((m) => m.document === col.id)) words += countWords(s.text);
      }
      return words / row.stats.articleWords;
    }),
  );
}

/** What a cell means (plain text, no Markdown). */
export const PAIRWISE_NOTE =
  "Each cell: the share of the row outlet's article words in sentences that have an identical, near-verbatim or paraphrased counterpart in the column outlet, shared quotes included. " +
  'The matrix is not symmetric: a short article can be wholly contained in a long one.';

/** Above this many outlets the matrix gives way to the strongest edges and the heaviest reusers. */
export const MATRIX_MAX_OUTLETS = 12;
/** Rows of each of those two lists. */
export const SUMMARY_ROWS = 20;

/** The many-outlet form: the strongest reuse edges, then the outlets whose articles are most made of text found elsewhere. */
function renderLargestReuse(result: AnalysisResult): string[] {
  const name = new Map(result.documents.map((d) => [d.id, escapeMarkdown(d.outlet.name)]));
  const edges = [...result.provenance.edges].sort((a, b) => b.share - a.share || b.confidence - a.confidence || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)).slice(0, SUMMARY_ROWS);
  const out = [`${result.documents.length} outlets: the ${edges.length} largest reuse edges of ${result.provenance.edges.length}, then the ${SUMMARY_ROWS} heaviest reusers.`, ''];
  out.push('| from | to | share of "to" | copied | credited |', '|---|---|--:|--:|---|');
  for (const e of edges) out.push(`| ${name.get(e.from)} | ${name.get(e.to)} | ${percent(e.share)} | ${percent(e.copiedShare)} | ${e.directionClear ? (e.credited ? 'yes' : 'no') : 'direction unclear'} |`);
  const reusers = result.documents
    .map((d, i) => ({ d, i, shared: d.stats.copiedProse + d.stats.paraphrasedProse }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.i - b.i)
    .slice(0, SUMMARY_ROWS);
  out.push('', '| outlet | article words | copied prose | paraphrased prose |', '|---|--:|--:|--:|');
  for (const { d } of reusers) out.push(`| ${escapeMarkdown(d.outlet.name)} | ${d.stats.articleWords} | ${percent(d.stats.copiedProse)} | ${percent(d.stats.paraphrasedProse)} |`);
  return out;
}

export function renderPairwiseMatrix(result: AnalysisResult): string[] {
  if (result.documents.length > MATRIX_MAX_OUTLETS) return renderLargestReuse(result);
  const docs = result.documents;
  const shares = pairwiseShares(result);
  const out = [
    `| share of ↓ found in → | ${docs.map((d) => escapeMarkdown(d.outlet.name)).join(' | ')} |`,
    `|---|${docs.map(() => '--:').join('|')}|`,
  ];
  docs.forEach((row, r) => {
    const cells = docs.map((_, c) => (r === c ? '—' : percent(shares[r]![c]!)));
    out.push(`| ${escapeMarkdown(row.outlet.name)} | ${cells.join(' | ')} |`);
  });
  out.push('');
  out.push(PAIRWISE_NOTE);
  return out;
}
