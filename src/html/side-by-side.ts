/**
 * Two outlets side by side: for every pair of outlets that share text, a section with each
 * sentence of the first that has a counterpart in the second, beside it, with the relation and its
 * score; in near-verbatim pairs the words only the first has are struck out and the words only the
 * second has are underlined (jsdiff). One section per related pair, listed at the top, so the
 * chooser is a list of links and works without JavaScript.
 */
import type { AnalysisResult, Match, Segment } from '../types.js';
import { RELATION_SYMBOL } from '../report/alignment-table.js';
import { sentenceNumber } from '../report/sentence-listing.js';
import { CHANGE_NOTE } from '../text/change-notes.js';
import { escapeHtml } from './html-escape.js';
import { pairAnchor } from './anchors.js';
import { diffSides } from './html-word-diff.js';
import { passageKind } from './label-palette.js';
import { markedPassage } from './passage-marks.js';

interface Row {
  left: number;
  match: Match;
  also: number[];
}

/** Each article sentence of document a with a counterpart in b: its best counterpart there, and any others. */
function alignedRows(result: AnalysisResult, a: number, b: number): Row[] {
  const other = result.documents[b]!.id;
  const rows: Row[] = [];
  for (const s of result.documents[a]!.segments) {
    if (s.label === 'boilerplate') continue;
    const ms = s.matches.filter((m) => m.document === other);
    if (ms.length === 0) continue;
    rows.push({ left: s.id, match: ms[0]!, also: ms.slice(1).map((m) => m.segment) });
  }
  return rows;
}

/** Every pair of outlets (in document order) that share at least one sentence. */
export function relatedPairs(result: AnalysisResult): [number, number, Row[]][] {
  const pairs: [number, number, Row[]][] = [];
  for (let a = 0; a < result.documents.length; a++) {
    for (let b = a + 1; b < result.documents.length; b++) {
      const rows = alignedRows(result, a, b);
      if (rows.length > 0) pairs.push([a, b, rows]);
    }
  }
  return pairs;
}

function relationNote(m: Match, also: readonly number[]): string {
  const parts = [`${RELATION_SYMBOL[m.relation]} ${m.relation}`, `score ${m.score.toFixed(2)}`];
  if (m.quote) parts.push(m.sameWording === false ? 'shared quote, two wordings' : 'shared quote');
  for (const c of m.changes ?? []) parts.push(CHANGE_NOTE[c]);
  if (also.length > 0) parts.push(`also ${also.map(sentenceNumber).join(', ')}`);
  return `<span class="rel">${escapeHtml(parts.join(' · '))}</span>`;
}

/** The sentence's content unit, for the highlight script. */
const unitOf = (s: Segment): { attributes?: string } => (s.unit === undefined ? {} : { attributes: ` data-unit="${s.unit}"` });

function pairSection(result: AnalysisResult, a: number, b: number, rows: readonly Row[]): string {
  const [da, db] = [result.documents[a]!, result.documents[b]!];
  const out = [
    `<section class="pair-view" id="${pairAnchor(a, b)}" aria-labelledby="${pairAnchor(a, b)}-h">`,
    `<h3 id="${pairAnchor(a, b)}-h">${escapeHtml(da.outlet.name)} and ${escapeHtml(db.outlet.name)}</h3>`,
    `<p class="note">${rows.length} sentence${rows.length === 1 ? '' : 's'} of ${escapeHtml(da.outlet.name)} with a counterpart in ${escapeHtml(db.outlet.name)}.</p>`,
    '<table class="pair">',
    `<thead><tr><th scope="col">${escapeHtml(da.outlet.name)}</th><th scope="col">${escapeHtml(db.outlet.name)}</th></tr></thead>`,
    '<tbody>',
  ];
  for (const r of rows) {
    const left = da.segments[r.left]!;
    const right = db.segments[r.match.segment];
    if (!right) continue;
    const sides = r.match.relation === 'near-verbatim' ? diffSides(left.text, right.text) : { before: escapeHtml(left.text), after: escapeHtml(right.text) };
    out.push(
      `<tr><td><span class="rel">${sentenceNumber(left.id)}</span>${markedPassage(passageKind(left), sides.before, unitOf(left))}</td>` +
        `<td><span class="rel">${sentenceNumber(right.id)}</span>${markedPassage(passageKind(right), sides.after, unitOf(right))}${relationNote(r.match, r.also)}</td></tr>`,
    );
  }
  out.push('</tbody>', '</table>', '</section>');
  return out.join('\n');
}

export function sideBySideSection(result: AnalysisResult): string {
  const pairs = relatedPairs(result);
  if (pairs.length === 0) return '<p>No two outlets share a sentence.</p>';
  const chooser = pairs.map(([a, b, rows]) => `<li><a href="#${pairAnchor(a, b)}">${escapeHtml(result.documents[a]!.outlet.name)} and ${escapeHtml(result.documents[b]!.outlet.name)}</a> (${rows.length})</li>`);
  return [
    '<p class="note">Pick two outlets. In near-verbatim pairs, <del>struck-out</del> words are only in the left outlet\'s sentence and <ins>underlined</ins> words only in the right one\'s.</p>',
    `<ul class="pairs-chooser">${chooser.join('')}</ul>`,
    ...pairs.map(([a, b, rows]) => pairSection(result, a, b, rows)),
  ].join('\n');
}
