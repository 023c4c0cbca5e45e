/**
 * The readable summary `wiretrace analyze` prints (and `review` prints when not on a terminal):
 * per-outlet composition, who took from whom with the evidence, and common quoted sources.
 * Reads the analysis result only; every piece of article text is sanitised for the terminal.
 */
import type { AnalysisResult, AnalyzedDocument } from '../types.js';
import { warningLines, type WarningDisplay } from './warning-lines.js';
import { sanitizeForTerminal } from '../terminal/sanitize.js';
import { possessive } from '../text/possessive.js';
import { similarPairLine, similarTitle } from '../text/similar-pair.js';
import { percent, shareParts } from '../text/percent.js';
import { sharedContentSentence } from '../text/shared-content.js';
import { creditWords } from '../provenance/credit-verdict.js';

export const BAR_WIDTH = 20;
/** Bar glyphs: copied prose, paraphrased prose, shared quotes, unique. Distinguishable without colour. */
export const BAR_GLYPHS = { copied: '█', paraphrased: '▒', quote: '"', unique: '·' } as const;

/** The bar's parts in order, each glyph with its name in the legend. */
export const BAR_PARTS: readonly (readonly [string, string])[] = [
  [BAR_GLYPHS.copied, 'copied'],
  [BAR_GLYPHS.paraphrased, 'paraphrased'],
  [BAR_GLYPHS.quote, 'shared quotes'],
  [BAR_GLYPHS.unique, 'unique'],
];

/** The legend of the composition bar. */
export const BAR_LEGEND = BAR_PARTS.map(([glyph, name]) => `${glyph} ${name}`).join('  ');

/** How a summary ends: its warnings listed (the default) or counted (warning-lines.ts). */
export interface SummaryOptions {
  warnings?: WarningDisplay;
}

const clean = (s: string): string => sanitizeForTerminal(s);

/**
 * A composition bar of `width` cells: copied prose, paraphrased prose, shared quotes, unique, by
 * largest remainder.
 */
export function compositionBar(stats: AnalyzedDocument['stats'], width = BAR_WIDTH): string {
  const parts = [stats.copiedProse, stats.paraphrasedProse, stats.sharedQuote, stats.unique];
  if (stats.articleWords === 0) return ' '.repeat(width);
  const cells = parts.map((p) => Math.floor(p * width));
  const order = parts.map((p, i) => ({ i, r: p * width - Math.floor(p * width) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; cells.reduce((a, b) => a + b, 0) < width; k++) cells[order[k % parts.length]!.i]!++;
  return cells.map((n, i) => BAR_PARTS[i]![0].repeat(n)).join('');
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

/**
 * The plain-text summary `wiretrace analyze` prints: per-outlet composition, who took from whom
 * with the evidence, common quoted sources, warnings. Control sequences are removed from the text.
 */
export function formatSummary(result: AnalysisResult, options: SummaryOptions = {}): string {
  const out: string[] = [];
  const name = (id: string): string => clean(result.documents.find((d) => d.id === id)?.outlet.name ?? id);
  out.push(`wiretrace — ${clean(result.title ?? result.name)} (${result.documents.length} documents)`);
  out.push('');
  const width = Math.max(6, ...result.documents.map((d) => clean(d.outlet.name).length));
  out.push(`${'outlet'.padEnd(width)}  ${'composition'.padEnd(BAR_WIDTH)}  words  copied  paraphr.  quotes  unique  boilerplate`);
  for (const d of result.documents) {
    const s = d.stats;
    out.push(
      `${clean(d.outlet.name).padEnd(width)}  ${compositionBar(s)}  ${String(s.articleWords).padStart(5)}  ${percent(s.copiedProse).padStart(6)}  ${percent(s.paraphrasedProse).padStart(8)}  ${percent(s.sharedQuote).padStart(6)}  ${percent(s.unique).padStart(6)}  ${String(s.boilerplateWords).padStart(5)} words`,
    );
  }
  out.push(`${' '.repeat(width)}  ${BAR_LEGEND}`);
  out.push(`${' '.repeat(width)}  shared quotes: sentences shared only as quotations (a common source, not copying)`);
  out.push('');

  const p = result.provenance;
  out.push('Who took from whom');
  if (p.edges.length === 0) out.push('  No document reuses another\'s text beyond shared quotes.');
  for (const e of p.edges) {
    // Without a sign of direction the pair is shown as sharing text, with no verdict on credit.
    out.push(
      e.directionClear
        ? `  ${name(e.from)} → ${name(e.to)}: ${percent(e.share)} of ${possessive(name(e.to))} article (${shareParts(e)}), ${creditWords(e)}, confidence ${e.confidence.toFixed(2)}`
        : `  ${name(e.from)} ↔ ${name(e.to)}: ${percent(e.share)} of ${possessive(name(e.to))} article is shared with ${name(e.from)} (${shareParts(e)}); which came first is unclear, confidence ${e.confidence.toFixed(2)}`,
    );
    for (const ev of e.evidence) out.push(`    - ${clean(ev)}`);
  }
  if ((p.similar ?? []).length > 0) {
    out.push('', similarTitle(p.similar!));
    for (const s of p.similar!) out.push(`  ${clean(similarPairLine(s, name))}`);
  }
  out.push('');
  out.push('Credits and agency marks');
  for (const d of p.documents) {
    const credited = [...new Set(d.attributions.map((a) => a.source))];
    const line = d.attributions[0] ? ` ('${clean(truncate(d.attributions[0].text, 80))}')` : '';
    out.push(`  ${name(d.document)}: ${credited.length ? `credits ${credited.map(clean).join(', ')}${line}` : 'credits no agency or outlet'}`);
    const f = d.fingerprints[0];
    if (d.agencyCopy && f) out.push(`    reads as ${f.agency === '' ? 'news' : clean(f.agency)} agency copy: ${clean(f.kind === 'manifest' ? f.text : `${f.kind.replace('-', ' ')} '${f.text}'`)}`);
  }
  out.push('');
  if (p.sources.length > 0) {
    out.push('Common quoted sources (shared quotes point to a primary source, not to copying)');
    for (const s of p.sources) {
      out.push(`  "${clean(truncate(s.statement, 100))}"${s.speaker ? ` — ${clean(s.speaker)}` : ''}`);
      const variants = [...new Set(s.quotedBy.map((q) => q.variant))];
      for (const v of variants) {
        const who = [...new Set(s.quotedBy.filter((q) => q.variant === v).map((q) => name(q.document)))].join(', ');
        out.push(`    ${variants.length > 1 ? `wording ${v + 1}: ` : 'quoted by '}${who}`);
      }
    }
    out.push('');
  }
  const shared = result.units.length;
  const quoteOnly = result.units.filter((u) => u.quote).length;
  out.push(sharedContentSentence(shared, quoteOnly, 'outlet'));
  out.push(...warningLines(result.warnings, options.warnings));
  return out.join('\n') + '\n';
}
