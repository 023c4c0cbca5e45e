/**
 * The readable summary of an analysis of many documents (`wiretrace analyze` without --json,
 * above SUMMARY_LIST_MAX documents): figures for the whole input and its strongest reuse edges,
 * instead of a section per outlet. Reads the result only; article-derived text is sanitised for
 * the terminal.
 */
import type { AnalysisResult } from '../types.js';
import { sanitizeForTerminal } from '../terminal/sanitize.js';
import { percent } from '../text/percent.js';
import { sharedContentSentence } from '../text/shared-content.js';
import { formatSummary, type SummaryOptions } from './format-summary.js';
import { warningLines } from './warning-lines.js';
import { creditWords } from '../provenance/credit-verdict.js';

/** Above this many documents the summary is this one, not a section per outlet. */
export const SUMMARY_LIST_MAX = 50;
/** Edges listed in the summary (the JSON has all of them). */
export const SUMMARY_EDGES = 40;

export function formatCorpusSummary(result: AnalysisResult, options: SummaryOptions = {}): string {
  const clean = sanitizeForTerminal;
  const names = new Map(result.documents.map((d) => [d.id, d.outlet.name]));
  const name = (id: string): string => clean(names.get(id) ?? id);
  const stats = result.documents.map((d) => d.stats);
  const out: string[] = [];
  const reusing = new Set(result.provenance.edges.map((e) => e.to)).size;
  const words = stats.reduce((n, s) => n + s.articleWords, 0);
  const copied = stats.reduce((n, s) => n + s.copiedProseWords, 0);
  const paraphrased = stats.reduce((n, s) => n + s.paraphrasedProseWords, 0);
  const quotes = stats.reduce((n, s) => n + s.sharedQuoteWords, 0);
  out.push(`wiretrace — ${clean(result.title ?? result.name)} (${stats.length} documents; candidate pairs: ${result.engine.candidates})`);
  out.push('');
  const share = (n: number): string => percent(words ? n / words : 0);
  out.push(`article words: ${words}; copied ${share(copied)}, paraphrased ${share(paraphrased)}, shared quotes ${share(quotes)}`);
  const edges = result.provenance.edges.length;
  out.push(`${edges} reuse ${edges === 1 ? 'edge' : 'edges'}; ${reusing} ${reusing === 1 ? "document reuses another's" : "documents reuse another's"} text`);
  out.push(sharedContentSentence(result.units.length, result.units.filter((u) => u.quote).length, 'document'));
  out.push('');
  const top = [...result.provenance.edges].sort((a, b) => b.confidence - a.confidence || b.share - a.share).slice(0, SUMMARY_EDGES);
  if (top.length > 0) out.push(`Who took from whom${result.provenance.edges.length > top.length ? ` (the ${top.length} strongest; --json lists all)` : ''}`);
  for (const e of top)
    out.push(
      e.directionClear
        ? `  ${name(e.from)} → ${name(e.to)}: ${percent(e.share)} of the article (${percent(e.copiedShare)} copied), ${creditWords(e)}, confidence ${e.confidence.toFixed(2)}`
        : `  ${name(e.from)} ↔ ${name(e.to)}: ${percent(e.share)} of the article shared (${percent(e.copiedShare)} copied), which came first is unclear, confidence ${e.confidence.toFixed(2)}`,
    );
  out.push(...warningLines(result.warnings, options.warnings));
  return out.join('\n') + '\n';
}

/** The summary `analyze` and `review` (off a terminal) print: per outlet, or above SUMMARY_LIST_MAX documents this one. */
export function summaryText(result: AnalysisResult, options: SummaryOptions = {}): string {
  return result.documents.length > SUMMARY_LIST_MAX ? formatCorpusSummary(result, options) : formatSummary(result, options);
}
