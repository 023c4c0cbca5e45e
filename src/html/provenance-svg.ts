/**
 * The provenance graph as inline SVG, laid out by dagre (graph-layout.ts): one box per outlet,
 * an arrow from the text that was reused to the outlet that reused it, labelled with the share
 * and whether the source is credited (uncredited arrows red, thicker and labelled so, which
 * reads without colour); two outlets sharing text with no sign of which came first are joined by
 * a dashed line without an arrowhead and no credit verdict. Statements several outlets quote are
 * drawn apart, in a second graph, as a common primary source with dotted lines to the outlets
 * quoting them: shared quotes are not copying.
 */
import type { AnalysisResult } from '../types.js';
import type { GraphSubset } from '../report/mermaid-graph.js';
import { percent } from '../text/percent.js';
import { escapeHtml } from './html-escape.js';
import { layoutGraph, type GraphLayout, type LayoutEdge, type LayoutNode, type Point } from './graph-layout.js';
import { ALERT, MUTED_TEXT, PAGE_TEXT, PASSAGE_STYLE } from './label-palette.js';
import { LINE_HEIGHT, textWidth, wrapText } from './svg-text.js';
import { creditVerdict, creditWords } from '../provenance/credit-verdict.js';

interface Box extends LayoutNode {
  lines: string[];
  kind: 'outlet' | 'source';
}

interface Line extends LayoutEdge {
  label: string;
  style: 'credited' | 'uncredited' | 'unclear' | 'quoted';
}

const PAD_X = 12;
const PAD_Y = 8;
const LABEL_HEIGHT = 18;

function box(id: string, lines: string[], kind: Box['kind']): Box {
  return { id, lines, kind, width: Math.round(textWidth(lines) + 2 * PAD_X), height: lines.length * LINE_HEIGHT + 2 * PAD_Y };
}

function line(from: string, to: string, label: string, style: Line['style']): Line {
  return { from, to, label, style, labelWidth: label === '' ? 0 : Math.round(textWidth([label]) + 8), labelHeight: label === '' ? 0 : LABEL_HEIGHT };
}

/** A coordinate as written: tenths at most (sums of tenths and halves are rounded again, so no 77.79999999999998). */
const px = (n: number): number => Math.round(n * 10) / 10;

const path = (points: readonly Point[]): string => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');

/** A label-less line between neighbouring ranks: one smooth curve from the right side of a box to the left side of the next. */
function curve(a: LayoutNode & Point, b: LayoutNode & Point): string {
  const [x1, y1, x2, y2] = [px(a.x + a.width), px(a.y + a.height / 2), b.x, px(b.y + b.height / 2)];
  const mid = px((x1 + x2) / 2);
  return `M${x1} ${y1} C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}`;
}

function textLines(lines: readonly string[], cx: number, top: number, extra = ''): string {
  return lines.map((l, i) => `<text x="${px(cx)}" y="${px(top + PAD_Y + (i + 0.75) * LINE_HEIGHT)}" text-anchor="middle"${extra}>${escapeHtml(l)}</text>`).join('');
}

const STROKE: Record<Line['style'], string> = {
  credited: `stroke="${PAGE_TEXT}" stroke-width="2" marker-end="url(#ID-arrow)"`,
  uncredited: `stroke="${ALERT}" stroke-width="3.5" marker-end="url(#ID-arrow-alert)"`,
  unclear: `stroke="${MUTED_TEXT}" stroke-width="2" stroke-dasharray="7 5"`,
  quoted: `stroke="${MUTED_TEXT}" stroke-width="1.5" stroke-dasharray="2 4"`,
};

function drawGraph(id: string, title: string, boxes: readonly Box[], lines: readonly Line[], layout: GraphLayout): string {
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" font-family="system-ui, sans-serif" font-size="13">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    '<defs>',
    `<marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${PAGE_TEXT}"/></marker>`,
    `<marker id="${id}-arrow-alert" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${ALERT}"/></marker>`,
    '</defs>',
  ];
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  layout.edges.forEach((e, i) => {
    const l = lines[i]!;
    const d = l.style === 'quoted' ? curve(at.get(l.from)!, at.get(l.to)!) : path(e.points);
    out.push(`<path d="${d}" fill="none" ${STROKE[l.style].replace('#ID-', `#${id}-`)}/>`);
    if (l.label !== '') {
      const w = l.labelWidth;
      const colour = l.style === 'uncredited' ? ALERT : PAGE_TEXT;
      out.push(
        `<rect x="${px(e.label.x - w / 2)}" y="${px(e.label.y - LABEL_HEIGHT / 2)}" width="${w}" height="${LABEL_HEIGHT}" rx="3" fill="#ffffff" stroke="${colour}" stroke-width="0.8"/>`,
        `<text x="${e.label.x}" y="${px(e.label.y + 4.5)}" text-anchor="middle" fill="${colour}"${l.style === 'uncredited' ? ' font-weight="700"' : ''}>${escapeHtml(l.label)}</text>`,
      );
    }
  });
  layout.nodes.forEach((n, i) => {
    const b = boxes[i]!;
    const source = b.kind === 'source';
    const fill = source ? PASSAGE_STYLE['shared-quote'].background : '#ffffff';
    out.push(
      `<g class="node"><rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="${source ? px(n.height / 2) : 4}" fill="${fill}" stroke="${PAGE_TEXT}" stroke-width="${source ? 1 : 1.5}"${source ? ' stroke-dasharray="3 3"' : ''}/>` +
        `${textLines(b.lines, px(n.x + n.width / 2), n.y, source ? '' : ' font-weight="600"')}</g>`,
    );
  });
  out.push('</svg>');
  return out.join('\n');
}

/** Who took from whom: every outlet, every edge; or only a subset's (a large collection's summary). */
export function provenanceSvg(result: AnalysisResult, subset?: GraphSubset): string {
  const index = new Map(result.documents.map((d, i) => [d.id, i]));
  const boxes = result.documents.flatMap((d, i) => (subset && !subset.documents.has(d.id) ? [] : [box(`o${i}`, [...wrapText(d.outlet.name, 26, 2), ...(d.outlet.wire ? ['(wire copy)'] : [])], 'outlet')]));
  const lines: Line[] = [];
  for (const e of subset ? subset.edges : result.provenance.edges) {
    const from = index.get(e.from);
    const to = index.get(e.to);
    if (from === undefined || to === undefined) continue;
    if (!e.directionClear) lines.push(line(`o${from}`, `o${to}`, `${percent(e.share)} shared · direction unclear`, 'unclear'));
    else lines.push(line(`o${from}`, `o${to}`, `${percent(e.share)} · ${creditWords(e)}`, creditVerdict(e) === 'not-credited' ? 'uncredited' : 'credited'));
  }
  const layout = layoutGraph(boxes, lines);
  return drawGraph('provenance-graph', 'Who took from whom: arrows from the reused text to the outlet that reused it', boxes, lines, layout);
}

/** Common quoted sources, apart: each statement quoted by several outlets, and who quotes it. */
export function quotedSourcesSvg(result: AnalysisResult): string | undefined {
  const sources = result.provenance.sources;
  if (sources.length === 0) return undefined;
  const index = new Map(result.documents.map((d, i) => [d.id, i]));
  const quoting = result.documents.filter((d) => sources.some((s) => s.quotedBy.some((q) => q.document === d.id)));
  const boxes = [
    ...sources.map((s, i) => box(`q${i}`, [...wrapText(`“${s.statement}”`, 34, 2), ...(s.speaker ? [`— ${wrapText(s.speaker, 30, 1)[0] ?? ''}`] : [])], 'source')),
    ...quoting.map((d) => box(`o${index.get(d.id)}`, wrapText(d.outlet.name, 26, 2), 'outlet')),
  ];
  const lines: Line[] = [];
  sources.forEach((s, i) => {
    for (const doc of [...new Set(s.quotedBy.map((q) => q.document))]) if (index.has(doc)) lines.push(line(`q${i}`, `o${index.get(doc)}`, '', 'quoted'));
  });
  const layout = layoutGraph(boxes, lines, { nodes: 14, ranks: 90 });
  return drawGraph('quoted-sources-graph', 'Statements several outlets quote: a common primary source, not copying', boxes, lines, layout);
}
