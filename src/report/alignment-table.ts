/**
 * The alignment (collation) table: one row per content unit, one column per outlet, a symbol per
 * cell for how that outlet carries the content, and a marker when it carries it as a quotation.
 */
import type { AnalysisResult, ContentUnit, Relation, Segment } from '../types.js';
import { escapeExcerpt, escapeMarkdown } from './markdown-escape.js';
import { documentLookup } from './outlet-names.js';

export const RELATION_SYMBOL: Record<Relation | 'absent', string> = {
  identical: '●',
  'near-verbatim': '◐',
  paraphrase: '○',
  absent: '·',
};
export const QUOTE_MARKER = '❝';
export const ORIGIN_MARKER = '★';
const EXCERPT_LENGTH = 70;

/** The sentence that stands for a unit: its origin's first segment, else its first member's. */
export function unitSegment(result: AnalysisResult, unit: ContentUnit): Segment | undefined {
  const member = unit.members.find((m) => m.document === unit.origin) ?? unit.members[0];
  return member && documentLookup(result)(member.document)?.segments[member.segments[0] ?? -1];
}

function unitExcerpt(result: AnalysisResult, unit: ContentUnit): string {
  const seg = unitSegment(result, unit);
  return seg ? escapeExcerpt(seg.text, EXCERPT_LENGTH) : '';
}

export function alignmentLegend(): string {
  return (
    `${RELATION_SYMBOL.identical} identical · ${RELATION_SYMBOL['near-verbatim']} near-verbatim · ${RELATION_SYMBOL.paraphrase} paraphrase · ` +
    `${RELATION_SYMBOL.absent} absent · ${QUOTE_MARKER} carried as a quotation (a shared quote points to a common source, not to copying) · ` +
    `${ORIGIN_MARKER} most likely origin`
  );
}

export function renderAlignmentTable(result: AnalysisResult): string[] {
  const docs = result.documents;
  const lookup = documentLookup(result);
  if (result.units.length === 0) return ['No content is carried by more than one outlet.'];
  const out = [
    `| unit | content | ${docs.map((d) => escapeMarkdown(d.outlet.name)).join(' | ')} |`,
    `|--:|---|${docs.map(() => ':-:').join('|')}|`,
  ];
  for (const unit of result.units) {
    const cells = docs.map((d) => {
      const member = unit.members.find((m) => m.document === d.id);
      if (!member) return RELATION_SYMBOL.absent;
      const quoted = member.segments.some((i) => lookup(d.id)?.segments[i]?.quote === true);
      const origin = unit.origin === d.id ? ORIGIN_MARKER : '';
      return `${RELATION_SYMBOL[member.relation]}${quoted ? QUOTE_MARKER : ''}${origin}`;
    });
    const tag = unit.quote ? ` ${QUOTE_MARKER} *shared quote only*` : '';
    out.push(`| ${unit.id + 1} | ${unitExcerpt(result, unit)}${tag} | ${cells.join(' | ')} |`);
  }
  out.push('');
  out.push(alignmentLegend());
  return out;
}
