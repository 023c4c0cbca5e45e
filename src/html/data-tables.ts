/**
 * The report's tables of figures as HTML: the inputs, the pairwise matrix (read off the same
 * `pairwiseShares` as the Markdown report) and the alignment table (content units × outlets,
 * the Markdown report's symbols; each cell links to the sentence in the article view).
 */
import type { AnalysisResult, ContentUnit } from '../types.js';
import { ORIGIN_MARKER, QUOTE_MARKER, RELATION_SYMBOL, alignmentLegend, unitSegment } from '../report/alignment-table.js';
import { plainText, truncateText } from '../report/markdown-escape.js';
import { PAIRWISE_NOTE, pairwiseShares } from '../report/pairwise-matrix.js';
import { percent } from '../text/percent.js';
import { escapeHtml } from './html-escape.js';
import { segmentAnchor } from './anchors.js';

export function inputsTable(result: AnalysisResult): string {
  const rows = result.documents.map((d) => {
    const o = d.outlet;
    const wire = o.wire ? ` (wire${o.agency ? `: ${escapeHtml(o.agency)}` : ''})` : '';
    return `<tr><th scope="row">${escapeHtml(o.name)}${wire}</th><td>${escapeHtml(d.file)}</td><td>${o.published ? escapeHtml(o.published) : '—'}</td><td class="num">${d.stats.articleWords}</td><td class="num">${d.stats.boilerplateWords}</td></tr>`;
  });
  return [
    '<table class="inputs">',
    '<colgroup><col class="outlet-col"><col class="file-col"><col><col><col></colgroup>',
    '<thead><tr><th scope="col">outlet</th><th scope="col">file</th><th scope="col">published</th><th scope="col" class="num">article words</th><th scope="col" class="num">boilerplate words removed</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
}

export function pairwiseTable(result: AnalysisResult): string {
  const shares = pairwiseShares(result);
  const names = result.documents.map((d) => escapeHtml(d.outlet.name));
  const rows = names.map((name, r) => `<tr><th scope="row">${name}</th>${names.map((_, c) => `<td class="num">${r === c ? '—' : percent(shares[r]![c]!)}</td>`).join('')}</tr>`);
  return [
    '<table>',
    `<thead><tr><th scope="col">share of ↓ found in →</th>${names.map((n) => `<th scope="col" class="num">${n}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    `<p class="note">${escapeHtml(PAIRWISE_NOTE)}</p>`,
  ].join('\n');
}

const EXCERPT_LENGTH = 90;

function unitExcerpt(result: AnalysisResult, unit: ContentUnit): string {
  const seg = unitSegment(result, unit);
  return seg ? escapeHtml(truncateText(plainText(seg.text), EXCERPT_LENGTH)) : '';
}

export function alignmentTable(result: AnalysisResult): string {
  if (result.units.length === 0) return '<p>No content is carried by more than one outlet.</p>';
  const docs = result.documents;
  const rows = result.units.map((unit) => {
    const cells = docs.map((d, i) => {
      const member = unit.members.find((m) => m.document === d.id);
      if (!member) return `<td class="sym" title="absent">${RELATION_SYMBOL.absent}</td>`;
      const quoted = member.segments.some((s) => d.segments[s]?.quote === true);
      const origin = unit.origin === d.id;
      const what = [member.relation, quoted ? 'as a quotation' : '', origin ? 'most likely origin' : ''].filter((x) => x !== '').join(', ');
      const symbol = `${RELATION_SYMBOL[member.relation]}${quoted ? QUOTE_MARKER : ''}${origin ? ORIGIN_MARKER : ''}`;
      return `<td class="sym"><a href="#${segmentAnchor(i, member.segments[0]!)}" title="${escapeHtml(what)}">${symbol}</a></td>`;
    });
    const tag = unit.quote ? ` <em>${QUOTE_MARKER} shared quote only</em>` : '';
    return `<tr><td class="num">${unit.id}</td><td>${unitExcerpt(result, unit)}${tag}</td>${cells.join('')}</tr>`;
  });
  return [
    '<table class="alignment">',
    `<colgroup><col class="narrow"><col class="content-col">${docs.map(() => '<col>').join('')}</colgroup>`,
    `<thead><tr><th scope="col" class="num">unit</th><th scope="col">content</th>${docs.map((d) => `<th scope="col">${escapeHtml(d.outlet.name)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    `<p class="note">${escapeHtml(alignmentLegend())}. Each symbol links to the sentence.</p>`,
  ].join('\n');
}
