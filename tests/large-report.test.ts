/**
 * The report of a large collection (300 generated documents, bench/synthetic-corpus.mjs: words
 * written for it, no data set): a summary of bounded size that names the strongest edge, no
 * matrix, alignment or sentence listing; `full` gives everything. The seeds' report is unchanged
 * (reports/seeds.md, tested in report.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../src/analyze.js';
import { seededRandom } from '../src/exercise/seeded-random.js';
import { renderReport } from '../src/report/render-report.js';
import { renderHtmlReport } from '../src/html/render-html-report.js';
import { rankedEdges } from '../src/summary/reuse-ranking.js';
import { syntheticCorpus } from '../bench/synthetic-corpus.mjs';

const result = analyzeDocuments(syntheticCorpus(300, seededRandom(7)), { name: 'generated' });
const name = (id: string): string => result.documents.find((d) => d.id === id)!.outlet.name;

describe('the report of 300 documents', () => {
  const md = renderReport(result);
  it('summarises: bounded, no matrix, no alignment, no listing, and says how to get the rest', () => {
    expect(md.length).toBeLessThan(40_000);
    expect(md).not.toContain('share of ↓ found in →');
    expect(md).not.toContain('## Alignment');
    expect(md).not.toContain('## Sentence by sentence');
    expect(md).toContain('`wiretrace report --full`');
    expect(md).toContain(`${result.provenance.edges.length} reuse edges`);
    expect((md.match(/^ {2}d\d+\["/gm) ?? []).length).toBeLessThanOrEqual(40);
  });
  it('names the strongest edge first in its table, with its evidence', () => {
    const top = rankedEdges(result)[0]!;
    const row = md.split('\n').find((l) => l.startsWith('| ') && !l.startsWith('| from') && l.includes('%'))!;
    expect(row.startsWith(`| ${name(top.from)} | ${name(top.to)} |`)).toBe(true);
    expect(row).toContain(top.evidence[0]!.slice(0, 20));
  });
  it('gives everything with full, and the HTML page summarises the same way', () => {
    const full = renderReport(result, { full: true });
    expect(full).toContain('share of ↓ found in →');
    expect(full).toContain('## Sentence by sentence');
    for (const d of result.documents) expect(full).toContain(`### ${d.outlet.name}`);
    const html = renderHtmlReport(result);
    expect(html.length).toBeLessThan(80_000);
    expect(html).not.toContain('class="alignment"');
    expect(html).toContain('Strongest reuse');
    expect(renderHtmlReport(result, { full: true })).toContain('class="alignment"');
  });
});
