/** Under the graph: each arrow with the evidence the analysis gives for it. */
import type { AnalysisResult } from '../types.js';
import { escapeMarkdown } from './markdown-escape.js';
import { possessive } from '../text/possessive.js';
import { documentLookup, outletName } from './outlet-names.js';
import { percent } from '../text/percent.js';
import { similarPairLine, similarTitle } from '../text/similar-pair.js';
import { creditWords } from '../provenance/credit-verdict.js';

export function renderEdgeEvidence(result: AnalysisResult): string[] {
  const lookup = documentLookup(result);
  const out: string[] = [];
  for (const e of result.provenance.edges) {
    const from = escapeMarkdown(outletName(lookup, e.from));
    const to = escapeMarkdown(outletName(lookup, e.to));
    out.push(
      e.directionClear
        ? `**${from} → ${to}**: ${percent(e.share)} of ${possessive(to)} article, ${creditWords(e, '**not credited**')}, confidence ${e.confidence.toFixed(2)}.`
        : `**${from} ↔ ${to}**: ${percent(e.share)} of ${possessive(to)} article shared, which came first unclear, confidence ${e.confidence.toFixed(2)}.`,
      '',
    );
    for (const ev of e.evidence) out.push(`- ${escapeMarkdown(ev)}`);
    out.push('');
  }
  if (out.length === 0) out.push('No outlet reuses another\'s text beyond shared quotes.', '');
  const similar = result.provenance.similar ?? [];
  if (similar.length > 0) {
    out.push(`**${similarTitle(similar)}**`, '');
    for (const s of similar) {
      out.push(`- ${escapeMarkdown(similarPairLine(s, (id) => outletName(lookup, id)))}`);
      for (const ev of s.evidence) out.push(`  - ${escapeMarkdown(ev)}`);
    }
    out.push('');
  }
  return out;
}
