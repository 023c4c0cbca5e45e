/**
 * Each outlet's text, sentence by sentence (boilerplate included, so nothing is hidden), with its
 * label and, for copied and paraphrased sentences, where else the content appears: near-verbatim
 * counterparts with a word diff (words only in the other outlet struck out, words only in this
 * one inserted), paraphrases with the other wording.
 */
import type { AnalysisResult, AnalyzedDocument, Match, Segment } from '../types.js';
import { escapeMarkdown } from './markdown-escape.js';
import { documentLookup, outletName, type DocumentLookup } from './outlet-names.js';
import { QUOTE_MARKER, RELATION_SYMBOL } from './alignment-table.js';
import { markdownWordDiff } from './word-diff.js';
import { CHANGE_NOTE } from '../text/change-notes.js';

/** How a sentence is numbered for readers: from 1, boilerplate included, as the review counts (the JSON's id is one less). */
export const sentenceNumber = (id: number): string => `s${id + 1}`;

function segmentHead(s: Segment): string {
  const kind =
    s.label === 'boilerplate'
      ? `*boilerplate${s.boilerplate ? ` (${s.boilerplate})` : ''}*`
      : `**${s.label}**${s.role ? ` (${s.role})` : ''}`;
  return `${sentenceNumber(s.id)} · ${kind}${s.quote ? ` ${QUOTE_MARKER}` : ''}`;
}

function matchLine(lookup: DocumentLookup, s: Segment, m: Match): string {
  const other = lookup(m.document)?.segments[m.segment];
  const where = `${escapeMarkdown(outletName(lookup, m.document))} ${sentenceNumber(m.segment)}`;
  const changes = (m.changes ?? []).map((c) => `, **${CHANGE_NOTE[c]}**`).join('');
  const head = `${RELATION_SYMBOL[m.relation]} ${m.relation} in ${where} (score ${m.score.toFixed(2)}${m.quote ? ', shared quote' : ''}${changes})`;
  if (!other || m.relation === 'identical') return head;
  if (m.relation === 'near-verbatim') return `${head}: ${markdownWordDiff(other.text, s.text)}`;
  return `${head}: ${escapeMarkdown(other.text)}`;
}

function renderDocument(lookup: DocumentLookup, d: AnalyzedDocument): string[] {
  const out = [`### ${escapeMarkdown(d.outlet.name)}`, ''];
  if (d.segments.length === 0) return [...out, 'No text.', ''];
  for (const s of d.segments) {
    out.push(`- ${segmentHead(s)} · ${escapeMarkdown(s.text)}`);
    for (const m of s.matches) out.push(`  - ${matchLine(lookup, s, m)}`);
  }
  out.push('');
  return out;
}

export function renderSentenceListing(result: AnalysisResult): string[] {
  const lookup = documentLookup(result);
  const out = [
    `Sentences are numbered per outlet from s1, boilerplate included, as in the review (the JSON's segment ids count from 0). Under each copied or paraphrased sentence: where else it appears. ` +
      `In near-verbatim pairs, <del>struck-out</del> words are only in the other outlet's sentence and <ins>underlined</ins> words only in this one. ` +
      `${QUOTE_MARKER} marks a sentence that is mostly quotation.`,
    '',
  ];
  for (const d of result.documents) out.push(...renderDocument(lookup, d));
  return out;
}
