/** The inputs: one row per document, with its outlet, file, article words and boilerplate removed. */
import type { AnalysisResult } from '../types.js';
import { escapeMarkdown } from './markdown-escape.js';

export function renderInputsTable(result: AnalysisResult): string[] {
  const out = ['| outlet | file | published | article words | boilerplate words removed |', '|---|---|---|--:|--:|'];
  for (const d of result.documents) {
    const o = d.outlet;
    const name = escapeMarkdown(o.name) + (o.wire ? ` (wire${o.agency ? `: ${escapeMarkdown(o.agency)}` : ''})` : '');
    out.push(`| ${name} | ${escapeMarkdown(d.file)} | ${o.published ? escapeMarkdown(o.published) : '—'} | ${d.stats.articleWords} | ${d.stats.boilerplateWords} |`);
  }
  return out;
}
