/**
 * Each outlet's text as its readers saw it, every sentence marked by what it is: copied,
 * paraphrased, shared quote, unique (colour, symbol and underline), page furniture (boilerplate)
 * set apart in small type. Each sentence starts a line (the result does not say which sentences
 * shared a line); a gap of two or more characters between two sentences (a blank line) starts a
 * new paragraph, and headlines and furniture stand apart. Each sentence has an anchor (the
 * alignment table links to it) and, when it shares content, its unit for the highlight script.
 */
import type { AnalysisResult, AnalyzedDocument, Segment } from '../types.js';
import { sentenceNumber } from '../report/sentence-listing.js';
import { escapeHtml } from './html-escape.js';
import { outletAnchor, segmentAnchor } from './anchors.js';
import { PASSAGE_KINDS, PASSAGE_STYLE, passageKind } from './label-palette.js';
import { markedPassage, passageLegend } from './passage-marks.js';

function sentence(doc: number, s: Segment): string {
  const kind = passageKind(s);
  const what = s.label === 'boilerplate' ? `boilerplate${s.boilerplate ? ` (${s.boilerplate})` : ''}` : `${PASSAGE_STYLE[kind].name}${s.role ? ` (${s.role})` : ''}`;
  const unit = s.unit !== undefined ? ` data-unit="${s.unit}"` : '';
  return markedPassage(kind, escapeHtml(s.text), { title: `${sentenceNumber(s.id)} · ${what}`, attributes: ` id="${segmentAnchor(doc, s.id)}"${unit}` });
}

function articleBody(doc: number, d: AnalyzedDocument): string[] {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) out.push(`<p>${paragraph.join('<br>\n')}</p>`);
    paragraph = [];
  };
  d.segments.forEach((s, i) => {
    const previous = d.segments[i - 1];
    if (s.label === 'boilerplate' || s.role !== undefined) {
      flush();
      out.push(`<p class="${s.label === 'boilerplate' ? 'furniture' : 'headline'}">${sentence(doc, s)}</p>`);
      return;
    }
    if (previous && (previous.label === 'boilerplate' || previous.role !== undefined || s.start - previous.end >= 2)) flush();
    paragraph.push(sentence(doc, s));
  });
  flush();
  return out;
}

export function articlesSection(result: AnalysisResult): string {
  const out = [
    '<p class="note">Every sentence of every outlet, marked by what it is. Hover over a sentence for its number and label; click it (with JavaScript on) to outline it and its counterparts in the other outlets.</p>',
    passageLegend(PASSAGE_KINDS),
  ];
  result.documents.forEach((d, i) => {
    const s = d.stats;
    const meta = [escapeHtml(d.file), d.outlet.published ? `published ${escapeHtml(d.outlet.published)}` : '', `${s.articleWords} article words`, `${s.boilerplateWords} words of boilerplate`].filter((x) => x !== '');
    out.push(
      `<article class="article" id="${outletAnchor(i)}" aria-labelledby="${outletAnchor(i)}-h">`,
      `<h3 id="${outletAnchor(i)}-h">${escapeHtml(d.outlet.name)}</h3>`,
      `<p class="note">${meta.join(' · ')}</p>`,
      ...(d.segments.length === 0 ? ['<p>No text.</p>'] : articleBody(i, d)),
      '</article>',
    );
  });
  return out.join('\n');
}
