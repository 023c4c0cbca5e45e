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

export function renderPairwiseMatrix(result: AnalysisResult): string[] {
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
