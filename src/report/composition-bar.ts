/**
 * Per outlet, what its article is made of, as a bar of text characters (so it shows in any
 * viewer) with the figures. The bar is the terminal summary's `compositionBar`, in a code span.
 */
import type { AnalysisResult } from '../types.js';
import { BAR_GLYPHS, compositionBar } from '../summary/format-summary.js';
import { escapeMarkdown } from './markdown-escape.js';
import { percent } from '../text/percent.js';

export function renderCompositionSection(result: AnalysisResult): string[] {
  const out = [
    '| outlet | composition | copied | paraphrased | unique | of which shared quotes |',
    '|---|---|--:|--:|--:|--:|',
  ];
  for (const d of result.documents) {
    const s = d.stats;
    out.push(
      `| ${escapeMarkdown(d.outlet.name)} | \`${compositionBar(s)}\` | ${percent(s.copied)} (${s.copiedWords} words) | ${percent(s.paraphrased)} (${s.paraphrasedWords}) | ${percent(s.unique)} (${s.uniqueWords}) | ${s.sharedQuoteWords} words |`,
    );
  }
  out.push('');
  out.push(
    `\`${BAR_GLYPHS.copied}\` copied  \`${BAR_GLYPHS.paraphrased}\` paraphrased  \`${BAR_GLYPHS.unique}\` unique: shares of each outlet's article words (boilerplate excluded). ` +
      '"Shared quotes" counts the copied or paraphrased words whose every counterpart is a quotation both outlets carry: a common primary source, not copying.',
  );
  return out;
}
