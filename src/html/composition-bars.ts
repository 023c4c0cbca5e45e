/**
 * Per outlet, what its article is made of: a bar (inline SVG) of copied prose, paraphrased prose,
 * shared quotes and unique text, each part filled with its colour and a pattern of its own (solid
 * stripes, dots, cross-hatching, none), so the bar reads in black and white; then the figures.
 */
import type { AnalysisResult, DocumentStats } from '../types.js';
import { COMPOSITION_NOTE } from '../report/composition-bar.js';
import { percent } from '../text/percent.js';
import { escapeHtml } from './html-escape.js';
import { PASSAGE_STYLE, type PassageKind } from './label-palette.js';
import { passageLegend } from './passage-marks.js';

const WIDTH = 300;
const HEIGHT = 20;
const round = (n: number): number => Math.round(n * 10) / 10;

const PARTS: readonly [Exclude<PassageKind, 'boilerplate'>, (s: DocumentStats) => number][] = [
  ['copied', (s) => s.copiedProse],
  ['paraphrased', (s) => s.paraphrasedProse],
  ['shared-quote', (s) => s.sharedQuote],
  ['unique', (s) => s.unique],
];

/** The patterns, once per page, in an SVG of no size (the bars refer to them by id). */
function patternDefs(): string {
  const pattern = (kind: PassageKind, shapes: string): string => {
    const s = PASSAGE_STYLE[kind];
    return `<pattern id="fill-${kind}" patternUnits="userSpaceOnUse" width="6" height="6"><rect width="6" height="6" fill="${s.background}"/>${shapes.replaceAll('LINE', s.line)}</pattern>`;
  };
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" class="defs" width="0" height="0" aria-hidden="true"><defs>',
    pattern('copied', '<path d="M-1 7 L7 -1 M-1 1 L1 -1 M5 7 L7 5" stroke="LINE" stroke-width="1.6"/>'),
    pattern('paraphrased', '<circle cx="3" cy="3" r="1.2" fill="LINE"/>'),
    pattern('shared-quote', '<path d="M0 3 H6 M3 0 V6" stroke="LINE" stroke-width="1"/>'),
    pattern('unique', ''),
    '</defs></svg>',
  ].join('');
}

function bar(name: string, s: DocumentStats): string {
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(`${name}: ${PARTS.map(([k, f]) => `${percent(f(s))} ${PASSAGE_STYLE[k].name}`).join(', ')}`)}">`];
  let x = 0;
  for (const [kind, f] of PARTS) {
    const w = round(f(s) * WIDTH);
    if (w <= 0) continue;
    out.push(`<rect x="${round(x)}" y="0" width="${w}" height="${HEIGHT}" fill="url(#fill-${kind})"><title>${PASSAGE_STYLE[kind].name} ${percent(f(s))}</title></rect>`);
    x += w;
  }
  out.push(`<rect x="0.5" y="0.5" width="${WIDTH - 1}" height="${HEIGHT - 1}" fill="none" stroke="#1a1a1a"/>`, '</svg>');
  return out.join('');
}

export function compositionSection(result: AnalysisResult): string {
  const rows = result.documents.map((d) => {
    const s = d.stats;
    const name = escapeHtml(d.outlet.name);
    return `<tr><th scope="row">${name}</th><td>${s.articleWords === 0 ? 'no article text' : bar(d.outlet.name, s)}</td><td class="num">${percent(s.copiedProse)}<br>${s.copiedProseWords} words</td><td class="num">${percent(s.paraphrasedProse)}<br>${s.paraphrasedProseWords}</td><td class="num">${percent(s.sharedQuote)}<br>${s.sharedQuoteWords}</td><td class="num">${percent(s.unique)}<br>${s.uniqueWords}</td></tr>`;
  });
  return [
    patternDefs(),
    '<table class="composition">',
    '<colgroup><col class="outlet-col"><col class="bar-col"><col><col><col><col></colgroup>',
    '<thead><tr><th scope="col">outlet</th><th scope="col">composition</th><th scope="col" class="num">copied</th><th scope="col" class="num">paraphrased</th><th scope="col" class="num">shared quotes</th><th scope="col" class="num">unique</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    `<p class="note">${escapeHtml(COMPOSITION_NOTE.charAt(0).toUpperCase() + COMPOSITION_NOTE.slice(1))}</p>`,
    passageLegend(['copied', 'paraphrased', 'shared-quote', 'unique']),
  ].join('\n');
}
