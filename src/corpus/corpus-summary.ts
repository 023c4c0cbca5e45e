/**
 * The readable summary of a corpus-mode run (`wiretrace analyze` on many documents without
 * --json): figures for the whole corpus and its strongest reuse edges. Reads the result only;
 * article-derived text is sanitised for the terminal.
 */
import type { DocumentStats } from '../types.js';
import { sanitizeForTerminal } from '../terminal/sanitize.js';
import type { CorpusTail } from './analyze-corpus.js';
import { percent } from '../text/percent.js';
import { sharedContentSentence } from '../text/shared-content.js';

/** Edges listed in the summary (the JSON has all of them). */
export const SUMMARY_EDGES = 40;


export function formatCorpusSummary(tail: CorpusTail, stats: readonly { id: string; name: string; stats: DocumentStats }[]): string {
  const clean = sanitizeForTerminal;
  const names = new Map(stats.map((s) => [s.id, s.name]));
  const name = (id: string): string => clean(names.get(id) ?? id);
  const out: string[] = [];
  const reusing = new Set(tail.provenance.edges.map((e) => e.to)).size;
  const words = stats.reduce((n, s) => n + s.stats.articleWords, 0);
  const copied = stats.reduce((n, s) => n + s.stats.copiedProseWords, 0);
  const paraphrased = stats.reduce((n, s) => n + s.stats.paraphrasedProseWords, 0);
  const quotes = stats.reduce((n, s) => n + s.stats.sharedQuoteWords, 0);
  out.push(`wiretrace — ${clean(tail.title ?? tail.name)} (${stats.length} documents, corpus mode)`);
  out.push('');
  const share = (n: number): string => percent(words ? n / words : 0);
  out.push(`article words: ${words}; copied ${share(copied)}, paraphrased ${share(paraphrased)}, shared quotes ${share(quotes)}`);
  const edges = tail.provenance.edges.length;
  out.push(`${edges} reuse ${edges === 1 ? 'edge' : 'edges'}; ${reusing} ${reusing === 1 ? "document reuses another's" : "documents reuse another's"} text`);
  out.push(sharedContentSentence(tail.units.length, tail.units.filter((u) => u.quote).length, 'document'));
  out.push(
    `candidate pairs aligned: ${tail.figures.candidatePairs}; passages in more than ${tail.figures.maxDocumentFrequency} documents treated as common (${tail.figures.commonShingles} shingles)`,
  );
  out.push('');
  const top = [...tail.provenance.edges].sort((a, b) => b.confidence - a.confidence || b.share - a.share).slice(0, SUMMARY_EDGES);
  if (top.length > 0) out.push(`Who took from whom${tail.provenance.edges.length > top.length ? ` (the ${top.length} strongest; --json lists all)` : ''}`);
  for (const e of top)
    out.push(
      e.directionClear
        ? `  ${name(e.from)} → ${name(e.to)}: ${percent(e.share)} of the article (${percent(e.copiedShare)} copied), ${e.credited ? 'credited' : 'NOT credited'}, confidence ${e.confidence.toFixed(2)}`
        : `  ${name(e.from)} ↔ ${name(e.to)}: ${percent(e.share)} of the article shared (${percent(e.copiedShare)} copied), which came first is unclear, confidence ${e.confidence.toFixed(2)}`,
    );
  for (const w of tail.warnings) out.push(`warning: ${clean(w)}`);
  return out.join('\n') + '\n';
}
