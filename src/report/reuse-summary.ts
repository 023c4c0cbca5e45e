/**
 * The report of a large collection (more than FULL_VIEW_MAX_DOCUMENTS documents, without
 * `--full`): no N × N matrix, no graph of every outlet, no alignment of every unit, no listing of
 * every sentence. Instead the counts, the strongest edges with their evidence, the heaviest
 * reusers and the most reused sources (src/summary/reuse-ranking.ts), a graph of the strongest
 * edges' documents only, and how to get the rest. Markdown lines; the HTML page renders the same.
 */
import type { AnalysisResult, ProvenanceEdge } from '../types.js';
import { FULL_VIEW_MAX_DOCUMENTS, heaviestReusers, mostReusedSources, rankedEdges, reuseFigures } from '../summary/reuse-ranking.js';
import { percent } from '../text/percent.js';
import { sharedContentSentence } from '../text/shared-content.js';
import { escapeExcerpt, escapeMarkdown } from './markdown-escape.js';
import { creditVerdict, creditWords } from '../provenance/credit-verdict.js';

/** How `renderReport` and the HTML report are shaped. */
export interface ReportOptions {
  /** Everything, however many documents (`report --full`); otherwise above FULL_VIEW_MAX_DOCUMENTS the report summarises. */
  full?: boolean;
}

/** Whether the report (Markdown or HTML) summarises rather than lists everything. */
export function summarises(result: AnalysisResult, options: ReportOptions = {}): boolean {
  return options.full !== true && result.documents.length > FULL_VIEW_MAX_DOCUMENTS;
}

/** Rows of each list: edges, reusers, sources. */
export const SUMMARY_ROWS = 20;
/** Warnings listed (the rest are counted). */
export const SUMMARY_WARNINGS = 20;
const EVIDENCE_LENGTH = 160;

/** The strongest edges, the ones every part of the summary shows. */
export function summaryEdges(result: AnalysisResult): readonly ProvenanceEdge[] {
  return rankedEdges(result).slice(0, SUMMARY_ROWS);
}

/** Ids of the documents the strongest edges join, in input order: the summary graph's nodes. */
export function summaryDocuments(result: AnalysisResult): Set<string> {
  const ids = new Set(summaryEdges(result).flatMap((e) => [e.from, e.to]));
  return new Set(result.documents.filter((d) => ids.has(d.id)).map((d) => d.id));
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The collection in figures. */
export function renderCounts(result: AnalysisResult): string[] {
  const p = result.provenance;
  const clear = p.edges.filter((e) => e.directionClear);
  const uncredited = clear.filter((e) => creditVerdict(e) === 'not-credited').length;
  const words = result.documents.reduce((n, d) => n + d.stats.articleWords, 0);
  const reusing = new Set(p.edges.map((e) => e.to)).size;
  return [
    `- ${plural(result.documents.length, 'document')}, ${words} article words.`,
    `- ${plural(p.edges.length, 'reuse edge')}: ${clear.length} with a clear direction (${uncredited} of them not credited), ${p.edges.length - clear.length} where which came first is unclear; ${plural(reusing, 'document')} reuse another's text.`,
    `- ${plural((p.similar ?? []).length, 'similar pair')} (shared content without an edge: same coverage, or siblings of one source).`,
    `- ${plural(p.sources.length, 'statement')} quoted by two or more documents.`,
    `- ${sharedContentSentence(result.units.length, result.units.filter((u) => u.quote).length, 'document')}`,
  ];
}

/** Where the rest is: the threshold, `--full`, the JSON. */
export function renderRestNote(result: AnalysisResult, threshold: number): string[] {
  return [
    `This collection has ${result.documents.length} documents, more than ${threshold}, so this report summarises: ` +
      `the ${SUMMARY_ROWS} strongest edges, heaviest reusers and most reused sources, and a graph of the strongest edges' documents only. ` +
      'It leaves out the pairwise matrix, the full graph, the alignment table and the sentence-by-sentence listing. ' +
      '`wiretrace report --full` writes them all (for this many documents, a long report); ' +
      '`wiretrace analyze --json` gives every edge, unit and sentence as data, and `wiretrace review` browses them.',
  ];
}

/** The strongest edges as a table: share, copied share, credit, confidence, the first evidence line. */
export function renderTopEdges(result: AnalysisResult): string[] {
  const name = new Map(result.documents.map((d) => [d.id, escapeMarkdown(d.outlet.name)]));
  const edges = summaryEdges(result);
  if (edges.length === 0) return ["No document reuses another's text beyond shared quotes."];
  const out = [
    `The ${edges.length} strongest of ${result.provenance.edges.length} edges, by share of the receiving article.`,
    '',
    '| from | to | share of "to" | copied | credited | confidence | evidence |',
    '|---|---|--:|--:|---|--:|---|',
  ];
  for (const e of edges) {
    const credit = ((v) => (v === 'credited' ? 'yes' : v === 'not-credited' ? '**no**' : creditWords(e)))(creditVerdict(e));
    const evidence = e.evidence[0] !== undefined ? escapeExcerpt(e.evidence[0], EVIDENCE_LENGTH) : '';
    out.push(`| ${name.get(e.from)} | ${name.get(e.to)} | ${percent(e.share)} | ${percent(e.copiedShare)} | ${credit} | ${e.confidence.toFixed(2)} | ${evidence} |`);
  }
  return out;
}

/** The documents most taken from others, and the documents most reused by others. */
export function renderTopDocuments(result: AnalysisResult): string[] {
  const f = reuseFigures(result);
  const docs = result.documents;
  const reusers = heaviestReusers(result, SUMMARY_ROWS);
  const sources = mostReusedSources(result, SUMMARY_ROWS);
  const out = ['**Heaviest reusers**: the documents most taken from others (the largest share of the article from one source).', ''];
  if (reusers.length === 0) out.push('None.');
  else {
    out.push('| document | share from one source | sources | copied prose | paraphrased prose | article words |', '|---|--:|--:|--:|--:|--:|');
    for (const i of reusers) {
      const d = docs[i]!;
      out.push(`| ${escapeMarkdown(d.outlet.name)} | ${percent(f[i]!.takenShare)} | ${f[i]!.takesFrom} | ${percent(d.stats.copiedProse)} | ${percent(d.stats.paraphrasedProse)} | ${d.stats.articleWords} |`);
    }
  }
  out.push('', '**Most reused sources**: the documents whose text the most others carry.', '');
  if (sources.length === 0) out.push('None.');
  else {
    out.push('| document | reused by | summed share of their articles | article words |', '|---|--:|--:|--:|');
    for (const i of sources) {
      const d = docs[i]!;
      out.push(`| ${escapeMarkdown(d.outlet.name)} | ${f[i]!.reusedBy} | ${percent(f[i]!.reusedShare)} | ${d.stats.articleWords} |`);
    }
  }
  return out;
}

/** The first warnings, and how many more. */
export function summaryWarnings(warnings: readonly string[]): string[] {
  const more = warnings.length - SUMMARY_WARNINGS;
  return [...warnings.slice(0, SUMMARY_WARNINGS), ...(more > 0 ? [`… and ${more} more (wiretrace analyze prints them all)`] : [])];
}
