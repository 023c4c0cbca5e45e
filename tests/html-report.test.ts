/**
 * The HTML report, worksheet and answer key (src/html/): the seeds' pages byte for byte, the
 * command line's formats, validity (html-validate), escaping of hostile article text, the graph's
 * arrows and lines, colour contrast, print rules. The pages in a real browser: html-browser.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../src/analyze.js';
import { loadAndAnalyze } from '../src/cli/load-analysis.js';
import { buildExercise } from '../src/exercise/build-exercise.js';
import { answersPath } from '../src/exercise/output-paths.js';
import { layoutGraph } from '../src/html/graph-layout.js';
import { HIGHLIGHT_SCRIPT } from '../src/html/highlight-script.js';
import { ALERT, DELETED, INSERTED, MUTED_TEXT, PAGE_BACKGROUND, PAGE_TEXT, PASSAGE_KINDS, PASSAGE_STYLE, passageKind } from '../src/html/label-palette.js';
import { renderHtmlAnswers, renderHtmlWorksheet } from '../src/html/render-html-exercise.js';
import { renderHtmlReport } from '../src/html/render-html-report.js';
import { relatedPairs } from '../src/html/side-by-side.js';
import type { AnalysisResult } from '../src/types.js';
import { HARBOUR_OWN, HARBOUR_WIRE, ROOT, runCli, unclearPair } from './helpers.js';

// As `wiretrace report` run in the project's folder analyses them (file names relative).
const seeds = await loadAndAnalyze([]);
const report = renderHtmlReport(seeds);
const exercise = buildExercise(seeds);
const worksheet = renderHtmlWorksheet(exercise);
const answers = renderHtmlAnswers(exercise);

const tmp = mkdtempSync(path.join(tmpdir(), 'wiretrace-html-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const dom = (html: string): Document => parseHTML(html).document as unknown as Document;
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

async function expectValid(html: string): Promise<void> {
  const r = await validator.validateString(html);
  const messages = r.results.flatMap((x) => x.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
  expect(messages).toEqual([]);
}

/** Every element's attributes, as [tag, name, value]. */
function attributes(doc: Document): [string, string, string][] {
  return [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => [e.tagName.toLowerCase(), a.name, a.value] as [string, string, string]));
}

/** Nothing a browser would fetch, follow or run but the page's own script and style. */
function expectInert(html: string, script: string | undefined): void {
  const doc = dom(html);
  const scripts = [...doc.querySelectorAll('script')];
  expect(scripts.map((s) => s.textContent)).toEqual(script ? [script] : []);
  expect(doc.querySelectorAll('style')).toHaveLength(1);
  expect(doc.querySelectorAll('link, iframe, img, object, embed, base, form, input')).toHaveLength(0);
  for (const [tag, name, value] of attributes(doc)) {
    expect(name, `${tag} ${name}`).not.toMatch(/^on|^style$|^src$|^srcset$|^xlink:href$/);
    if (name === 'href') expect(value, `${tag} href`).toMatch(/^#[\w-]+$/);
  }
  const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  expect(policy).toContain("default-src 'none'");
  expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
}

describe('the seeds as HTML', () => {
  it('match the committed reports/seeds.html, exercise-seeds.html and its answers byte for byte', () => {
    expect(report).toBe(readFileSync(path.join(ROOT, 'reports', 'seeds.html'), 'utf8'));
    expect(worksheet).toBe(readFileSync(path.join(ROOT, 'reports', 'exercise-seeds.html'), 'utf8'));
    expect(answers).toBe(readFileSync(path.join(ROOT, 'reports', 'exercise-seeds-answers.html'), 'utf8'));
  });

  it('are valid HTML (html-validate, recommended rules)', async () => {
    await expectValid(report);
    await expectValid(worksheet);
    await expectValid(answers);
  });

  it('are self-contained: no network, nothing run but the highlight script (the worksheet and key none)', () => {
    expectInert(report, HIGHLIGHT_SCRIPT);
    expectInert(worksheet, undefined);
    expectInert(answers, undefined);
  });

  it('draw the provenance graph: a box per outlet, an arrow per edge labelled with share and credit', () => {
    const doc = dom(report);
    const svg = doc.querySelector('svg#provenance-graph')!;
    expect(svg).not.toBeNull();
    const boxes = [...svg.querySelectorAll('g.node')].map((g) => g.textContent);
    expect(boxes).toEqual(seeds.documents.map((d) => (d.outlet.wire ? `${d.outlet.name}(wire copy)` : d.outlet.name)));
    const arrows = [...svg.querySelectorAll('path[marker-end]')];
    expect(arrows).toHaveLength(seeds.provenance.edges.length);
    const labels = [...svg.querySelectorAll(':scope > text')].map((t) => t.textContent);
    expect(labels).toEqual(['69% · credited', '49% · credited']);
    // Shared quotes are apart: their own graph, no arrowheads.
    const quotes = doc.querySelector('svg#quoted-sources-graph')!;
    expect(quotes.querySelectorAll('path[marker-end]')).toHaveLength(0);
    expect(quotes.querySelectorAll('rect[stroke-dasharray]')).toHaveLength(seeds.provenance.sources.length);
  });

  it('mark every sentence of every outlet by its kind, with an anchor and its unit', () => {
    const doc = dom(report);
    seeds.documents.forEach((d, i) => {
      const article = doc.querySelector(`article#outlet-${i}`)!;
      expect(article.querySelector('h3')!.textContent).toBe(d.outlet.name);
      const spans = [...article.querySelectorAll('span.s')];
      expect(spans).toHaveLength(d.segments.length);
      spans.forEach((span, k) => {
        const s = d.segments[k]!;
        expect(span.id).toBe(`o${i}-s${s.id}`);
        expect(span.className).toBe(`s k-${passageKind(s)}`);
        expect(span.querySelector('.sym')!.textContent).toBe(PASSAGE_STYLE[passageKind(s)].symbol);
        expect(span.getAttribute('data-unit')).toBe(s.unit === undefined ? null : String(s.unit));
      });
    });
    // RFE/RL's quotation of the Kremlin statement is a shared quote, its copied Reuters prose copied.
    const rferl = doc.querySelector('article#outlet-1')!;
    expect([...rferl.querySelectorAll('.k-shared-quote')].map((e) => e.textContent).join(' ')).toContain('One of the main strategic challenges');
    expect([...rferl.querySelectorAll('.k-copied')].map((e) => e.textContent).join(' ')).toContain('Moscow denies that charge.');
  });

  it('show each pair of outlets that share text side by side, with word-level differences', () => {
    const doc = dom(report);
    const pairs = relatedPairs(seeds);
    expect(doc.querySelectorAll('section.pair-view')).toHaveLength(pairs.length);
    expect([...doc.querySelectorAll('.pairs-chooser a')].map((a) => a.getAttribute('href'))).toEqual(pairs.map(([a, b]) => `#pair-${a}-${b}`));
    const rferlReuters = doc.querySelector('#pair-1-4')!;
    expect(rferlReuters.querySelectorAll('tbody tr')).toHaveLength(11);
    expect([...rferlReuters.querySelectorAll('del')].map((e) => e.textContent)).toContain('November');
    expect([...rferlReuters.querySelectorAll('ins')].map((e) => e.textContent)).toContain('MSFT.O');
  });

  it('have the alignment table: a row per unit, a column per outlet, links to the sentences', () => {
    const doc = dom(report);
    const rows = [...doc.querySelectorAll('table.alignment tbody tr')];
    expect(rows).toHaveLength(seeds.units.length);
    for (const r of rows) expect(r.querySelectorAll('td')).toHaveLength(2 + seeds.documents.length);
    for (const a of doc.querySelectorAll('table.alignment a')) expect(doc.getElementById(a.getAttribute('href')!.slice(1))).not.toBeNull();
  });

  it('print on A4 or Letter: no fixed page size, tables that wrap, a page break between sections', () => {
    const css = dom(report).querySelector('style')!.textContent!;
    expect(css).toMatch(/@media print/);
    expect(css).toMatch(/@page \{ margin: [^}]*mm/);
    expect(css).not.toMatch(/size:\s*(A4|letter)/i);
    expect(css).toMatch(/table \{[^}]*table-layout: fixed/);
    expect(css).toMatch(/overflow-wrap: anywhere/);
    expect(css).toMatch(/section\.part \{ break-before: page/);
    expect(css).toMatch(/\.question \{ break-inside: avoid/);
  });

  it('give the worksheet tick boxes and ruled lines, the key the answers with their evidence', () => {
    const w = dom(worksheet);
    const k = dom(answers);
    expect(w.querySelectorAll('section.question')).toHaveLength(exercise.questions.length);
    expect(w.querySelectorAll('.choices li')).toHaveLength(exercise.questions.reduce((n, q) => n + q.choices.length, 0));
    expect(w.querySelectorAll('.ruled div').length).toBeGreaterThanOrEqual(2 * exercise.questions.filter((q) => q.type !== 'copied-or-original' && q.type !== 'which-outlet').length);
    expect(worksheet).not.toContain('Answer:');
    const given = [...k.querySelectorAll('.answer')].map((e) => e.textContent);
    expect(given).toEqual(exercise.questions.map((q) => `Answer: ${String.fromCharCode(97 + q.choices.indexOf(q.answer))}) ${q.answer}`));
  });
});

describe('colours: WCAG AA contrast, checked numerically', () => {
  const channel = (c: number): number => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16) / 255));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string): number => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it('computes the ratio as WCAG defines it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('text on every passage background at least 4.5:1, underlines at least 3:1', () => {
    for (const k of PASSAGE_KINDS) {
      const s = PASSAGE_STYLE[k];
      expect(contrast(s.text, s.background), `${k} text`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(s.line, s.background), `${k} underline`).toBeGreaterThanOrEqual(3);
    }
    for (const [text, background] of [
      [PAGE_TEXT, PAGE_BACKGROUND],
      [MUTED_TEXT, PAGE_BACKGROUND],
      [ALERT, PAGE_BACKGROUND],
      [DELETED.text, DELETED.background],
      [INSERTED.text, INSERTED.background],
      [PAGE_TEXT, '#f2f2f2'],
    ] as const) expect(contrast(text, background), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
  });

  it('tells every kind apart without colour: its own symbol and its own underline style', () => {
    expect(new Set(PASSAGE_KINDS.map((k) => PASSAGE_STYLE[k].symbol)).size).toBe(PASSAGE_KINDS.length);
    expect(new Set(PASSAGE_KINDS.map((k) => PASSAGE_STYLE[k].underline)).size).toBe(PASSAGE_KINDS.length);
  });
});

describe('the graph layout (dagre)', () => {
  // 40 outlets, each taking from one or two earlier ones: a story told many times over.
  const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, width: 60 + ((i * 37) % 90), height: 33 }));
  const edges = nodes.slice(1).flatMap((_, k) => {
    const i = k + 1;
    return [{ from: `n${Math.floor(i * 0.6)}`, to: `n${i}`, labelWidth: 100, labelHeight: 18 }, ...(i % 3 === 0 ? [{ from: `n${i - 2}`, to: `n${i}`, labelWidth: 100, labelHeight: 18 }] : [])];
  });
  const layout = layoutGraph(nodes, edges);
  /** On the edge of the box (coordinates are rounded to tenths). */
  const onBoundary = (p: { x: number; y: number }, b: { x: number; y: number; width: number; height: number }): boolean => {
    const inside = p.x >= b.x - 0.2 && p.x <= b.x + b.width + 0.2 && p.y >= b.y - 0.2 && p.y <= b.y + b.height + 0.2;
    const edge = [p.x - b.x, b.x + b.width - p.x, p.y - b.y, b.y + b.height - p.y].some((d) => Math.abs(d) <= 0.2);
    return inside && edge;
  };

  it('keeps every box inside the drawing and apart from every other', () => {
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
    for (const [i, a] of layout.nodes.entries()) {
      for (const b of layout.nodes.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
    }
  });

  it('runs every line left to right from its source box to its target box, and gives the same layout twice', () => {
    layout.edges.forEach((e, i) => {
      const from = layout.nodes.find((n) => n.id === edges[i]!.from)!;
      const to = layout.nodes.find((n) => n.id === edges[i]!.to)!;
      expect(e.points.length).toBeGreaterThanOrEqual(2);
      expect(onBoundary(e.points[0]!, from), `${from.id} → ${to.id} starts on ${from.id}`).toBe(true);
      expect(onBoundary(e.points.at(-1)!, to), `${from.id} → ${to.id} ends on ${to.id}`).toBe(true);
      expect(to.x).toBeGreaterThan(from.x + from.width);
    });
    expect(layoutGraph(nodes, edges)).toEqual(layout);
  });
});

describe('an edge without a clear direction', () => {
  const result = analyzeDocuments(unclearPair(), { name: 'unclear', warnings: [] });
  const doc = dom(renderHtmlReport(result));

  it('is drawn as shared text: a dashed line, no arrowhead, no credit verdict', () => {
    expect(result.provenance.edges.map((e) => e.directionClear)).toEqual([false]);
    const svg = doc.querySelector('svg#provenance-graph')!;
    expect(svg.querySelectorAll('path[marker-end]')).toHaveLength(0);
    expect(svg.querySelectorAll('path[stroke-dasharray]')).toHaveLength(1);
    const label = [...svg.querySelectorAll(':scope > text')].map((t) => t.textContent);
    expect(label).toHaveLength(1);
    expect(label[0]).toMatch(/^\d+% shared · direction unclear$/);
    expect(label[0]).not.toMatch(/credited/i);
  });
});

describe('hostile article text', () => {
  const evil = [
    'The mayor said the </style><script>alert(1)</script> vote would happen on Tuesday in the old harbour hall.',
    'Officials added that <a href="javascript:alert(2)">details</a> and " onmouseover="alert(3)" were posted online.',
    `Protesters carried signs reading \u202egnp.exe\u202c near the bridge before the council met in the evening.`,
  ];
  const docs = [
    { id: 'wire', file: 'wire".txt', outlet: { name: 'Wire</title><script>x</script>', wire: true, agency: 'Agency" onload="y' }, text: [...HARBOUR_WIRE, ...evil].join('\n') },
    { id: 'copy', file: "copy'.txt", outlet: { name: '"><img src=x onerror=alert(4)>' }, text: [HARBOUR_OWN[0], ...evil, ...HARBOUR_WIRE.slice(0, 3)].join('\n') },
  ];
  const result: AnalysisResult = analyzeDocuments(docs, { name: 'evil</title>', title: '<script>t</script>', warnings: ['bad \u001b[31mfile\u202e'] });
  const html = renderHtmlReport(result);
  const ex = buildExercise(result);
  const pages = [html, renderHtmlWorksheet(ex), renderHtmlAnswers(ex)];

  it('reaches every view (the hostile sentences are aligned)', () => {
    const doc = dom(html);
    expect(doc.querySelectorAll('section.pair-view tbody tr').length).toBeGreaterThanOrEqual(3);
    expect(doc.querySelector('#side-by-side')!.textContent).toContain('<script>alert(1)</script>');
  });

  it('stays text: the page holds only its own script, style and links, and validates', async () => {
    expectInert(html, HIGHLIGHT_SCRIPT);
    expectInert(pages[1]!, undefined);
    expectInert(pages[2]!, undefined);
    for (const p of pages) await expectValid(p);
    const doc = dom(html);
    expect(doc.querySelector('title')!.textContent).toBe('Provenance report: <script>t</script>');
    expect(doc.querySelector('#articles')!.textContent).toContain('</style><script>alert(1)</script> vote');
    expect(doc.querySelector('#articles')!.textContent).toContain('" onmouseover="alert(3)"');
  });

  it('drops bidirectional overrides and control characters', () => {
    for (const p of pages) expect(p).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(html).toContain('gnp.exe');
  });
});

describe('wiretrace report and exercise --format html', () => {
  it('choose HTML from --format or from the --out extension, and write the same bytes, atomically', () => {
    const dir = mkdtempSync(path.join(tmp, 'cli-'));
    const r = runCli(['report', '--out', path.join(dir, 'seeds.html')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, 'seeds.html'), 'utf8')).toBe(report);
    const printed = runCli(['report', '--format', 'html', '--out', '-']);
    expect(printed.stdout).toBe(report);
    const e = runCli(['exercise', '--format', 'html', '--out', path.join(dir, 'sheet.html')]);
    expect(e.code).toBe(0);
    expect(e.stdout).toBe(`wrote ${path.join(dir, 'sheet.html')} and ${path.join(dir, 'sheet-answers.html')} (14 questions)\n`);
    expect(readFileSync(path.join(dir, 'sheet.html'), 'utf8')).toBe(worksheet);
    expect(readFileSync(path.join(dir, 'sheet-answers.html'), 'utf8')).toBe(answers);
    expect(readdirSync(dir).sort()).toEqual(['seeds.html', 'sheet-answers.html', 'sheet.html']);
  });

  it('write reports/<name>.html and reports/exercise-<name>.html by default', () => {
    const dir = mkdtempSync(path.join(tmp, 'default-'));
    expect(runCli(['report', path.join(ROOT, 'seeds'), '--format', 'html'], { cwd: dir }).stdout).toBe(`wrote ${path.join('reports', 'seeds.html')}\n`);
    expect(runCli(['exercise', path.join(ROOT, 'seeds'), '--format', 'html'], { cwd: dir }).code).toBe(0);
    expect(readdirSync(path.join(dir, 'reports')).sort()).toEqual(['exercise-seeds-answers.html', 'exercise-seeds.html', 'seeds.html']);
  });

  it('name the answer key after the worksheet', () => {
    expect(answersPath('out/w.html', '.html')).toBe('out/w-answers.html');
    expect(answersPath('w.htm', '.html')).toBe('w-answers.htm');
    expect(answersPath('w', '.html')).toBe('w-answers.html');
  });

  it('refuse an unknown format, a format the --out extension contradicts, and --format with --json (exit 2, one line)', () => {
    for (const args of [
      ['report', '--format', 'pdf', '--out', '-'],
      ['report', '--format', 'md', '--out', path.join(tmp, 'x.html')],
      ['exercise', '--format', 'html', '--out', path.join(tmp, 'x.md')],
      ['exercise', '--format', 'html', '--json'],
    ]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^wiretrace: [^\n]*--format[^\n]*\n$/);
    }
  });
});
