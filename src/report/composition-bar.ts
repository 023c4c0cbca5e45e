/**
 * Per outlet, what its article is made of, as a bar of text characters (so it shows in any
 * viewer) with the figures. The bar is the terminal summary's `compositionBar`, in a code span.
 */
import type { AnalysisResult } from '../types.js';
import { BAR_PARTS, compositionBar } from '../summary/format-summary.js';
import { escapeMarkdown } from './markdown-escape.js';
import { percent } from '../text/percent.js';

/** What the figures are (plain text, no Markdown). */
export const COMPOSITION_NOTE =
  "shares of each outlet's article words (boilerplate excluded). " +
  'Copied and paraphrased count prose; "shared quotes" are the sentences whose every counterpart is a quotation both outlets carry: a common primary source, not copying.';

export function renderCompositionSection(result: AnalysisResult): string[] {
  const out = ['| outlet | composition | copied | paraphrased | shared quotes | unique |', '|---|---|--:|--:|--:|--:|'];
  for (const d of result.documents) {
    const s = d.stats;
    out.push(
      `| ${escapeMarkdown(d.outlet.name)} | \`${compositionBar(s)}\` | ${percent(s.copiedProse)} (${s.copiedProseWords} words) | ${percent(s.paraphrasedProse)} (${s.paraphrasedProseWords}) | ${percent(s.sharedQuote)} (${s.sharedQuoteWords}) | ${percent(s.unique)} (${s.uniqueWords}) |`,
    );
  }
  out.push('');
  out.push(
    `${BAR_PARTS.map(([glyph, name]) => `\`${glyph}\` ${name}`).join('  ')}: ${COMPOSITION_NOTE}`,
  );
  return out;
}
