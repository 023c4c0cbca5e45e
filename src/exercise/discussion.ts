/**
 * Open questions for the class at the end of the worksheet, each built on figures from the analysis.
 */
import { percent } from '../text/percent.js';
import { type Story } from './story.js';
import { possessive } from '../text/possessive.js';

export function discussionQuestions(story: Story): string[] {
  const { documents, units, provenance } = story.result;
  const out: string[] = [];
  const shared = units.filter((u) => !u.quote).length;
  const quoteOnly = units.length - shared;
  if (units.length > 0) {
    const n = units.length;
    const both = documents.length === 2;
    const pieces = n === 1 ? '1 piece of content appears' : `${n} pieces of content appear`;
    const where = both ? 'both articles' : `more than one of the ${documents.length} articles`;
    const quotes = quoteOnly === 0 ? '' : n === 1 ? ' (only as a shared quote)' : ` (${quoteOnly} of them only as shared quotes)`;
    out.push(
      `${pieces} in ${where}${quotes}. If you read ${both ? 'both' : `all ${documents.length}`}, how many independent accounts of the story did you read? How could you tell without a tool?`,
    );
  }
  const edge = [...provenance.edges].sort((a, b) => b.share - a.share || a.to.localeCompare(b.to))[0];
  if (edge) {
    const to = story.outlet(edge.to);
    const from = story.outlet(edge.from);
    const taken = edge.directionClear
      ? `${to} took ${percent(edge.share)} of its article words from ${from}, and ${edge.credited ? 'names it as a source' : 'does not name it as a source'}.`
      : `${percent(edge.share)} of ${possessive(to)} article words are shared with ${from}, and neither text shows which came first.`;
    out.push(`${taken} Should a news site say when its text comes from a news agency or another outlet? What changes for the reader if it does not?`);
  }
  const original = [...documents].filter((d) => d.stats.articleWords > 0).sort((a, b) => b.stats.unique - a.stats.unique || a.id.localeCompare(b.id))[0];
  if (original) {
    out.push(
      `${possessive(story.outlet(original.id))} article is ${percent(original.stats.unique)} original to it. What does it add that the others do not have? Is more original always better journalism?`,
    );
  }
  const translated = provenance.sources.find((s) => new Set(s.quotedBy.map((q) => q.variant)).size > 1);
  if (translated) {
    const wordings = new Set(translated.quotedBy.map((q) => q.variant)).size;
    out.push(
      `The outlets quote ${translated.speaker ?? 'the same statement'} in ${wordings} different wordings. Where can different wordings of one quotation come from, and which would you use in your own article?`,
    );
  } else if (quoteOnly > 0) {
    out.push(`Some outlets share words only inside quotation marks. Why is a shared quotation weaker evidence of copying than a shared sentence of prose?`);
  }
  return out;
}
