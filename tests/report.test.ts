import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { marked, type Token, type Tokens } from 'marked';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../src/analyze.js';
import { loadAndAnalyze } from '../src/cli/load-analysis.js';
import { escapeMarkdown } from '../src/report/markdown-escape.js';
import { mermaidLabel } from '../src/report/mermaid-graph.js';
import { pairwiseShares } from '../src/report/pairwise-matrix.js';
import { renderReport } from '../src/report/render-report.js';
import { markdownWordDiff } from '../src/report/word-diff.js';
import type { AnalysisResult } from '../src/types.js';
import { ROOT, runCli } from './helpers.js';

const seeds: AnalysisResult = await loadAndAnalyze([]);
const seedsReport = renderReport(seeds);
const tokens = marked.lexer(seedsReport);

const tmp = mkdtempSync(path.join(tmpdir(), 'wiretrace-report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The top-level tokens between the `## heading` and the next level-2 heading. */
function section(list: Token[], heading: string): Token[] {
  const start = list.findIndex((t) => t.type === 'heading' && (t as Tokens.Heading).depth === 2 && (t as Tokens.Heading).text === heading);
  expect(start, `section ${heading}`).toBeGreaterThanOrEqual(0);
  const end = list.findIndex((t, i) => i > start && t.type === 'heading' && (t as Tokens.Heading).depth === 2);
  return list.slice(start + 1, end < 0 ? undefined : end);
}

const tables = (list: Token[]): Tokens.Table[] => list.filter((t): t is Tokens.Table => t.type === 'table');

/** Every inline token, depth first. */
function inline(list: Token[]): Token[] {
  const out: Token[] = [];
  marked.walkTokens(list, (t) => {
    out.push(t);
  });
  return out;
}

describe('wiretrace report on the seeds', () => {
  it('matches the committed reports/seeds.md byte for byte', () => {
    expect(seedsReport).toBe(readFileSync(path.join(ROOT, 'reports', 'seeds.md'), 'utf8'));
  });

  it('writes the same bytes from the command line, atomically, leaving no temporary file', () => {
    const dir = mkdtempSync(path.join(tmp, 'cli-'));
    const out = path.join(dir, 'seeds.md');
    const r = runCli(['report', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(seedsReport);
    expect(readdirSync(dir)).toEqual(['seeds.md']);
  });

  it('has no date in it', () => {
    expect(seedsReport).not.toMatch(/\b20(2[1-9]|[3-9]\d)-\d\d-\d\d\b/);
  });

  it('renders its tables as tables with one row per outlet, per pair of outlets and per content unit', () => {
    const [inputs] = tables(section(tokens, 'Inputs'));
    expect(inputs!.rows).toHaveLength(5);
    expect(inputs!.rows.map((r) => r[0]!.text)).toEqual(seeds.documents.map((d) => d.outlet.name + (d.outlet.wire ? ` (wire: ${d.outlet.agency})` : '')));
    expect(inputs!.rows.map((r) => Number(r[3]!.text))).toEqual(seeds.documents.map((d) => d.stats.articleWords));
    expect(inputs!.rows.map((r) => Number(r[4]!.text))).toEqual(seeds.documents.map((d) => d.stats.boilerplateWords));

    const [composition] = tables(section(tokens, 'Composition'));
    expect(composition!.rows).toHaveLength(5);
    for (const row of composition!.rows) expect(row[1]!.tokens[0]!.type).toBe('codespan');

    const [matrix] = tables(section(tokens, 'Who carries whose text'));
    expect(matrix!.header).toHaveLength(6);
    expect(matrix!.rows).toHaveLength(5);
    expect(matrix!.rows.every((r) => r.length === 6)).toBe(true);
    matrix!.rows.forEach((r, i) => expect(r[i + 1]!.text).toBe('—'));

    const [alignment] = tables(section(tokens, 'Alignment'));
    expect(alignment!.rows).toHaveLength(seeds.units.length);
    // numbered from 1, for people (unit ids start at 0)
    expect(alignment!.rows.map((r) => Number(r[0]!.text))).toEqual(seeds.units.map((u) => u.id + 1));
    // Each cell shows whether the outlet carries the unit.
    seeds.units.forEach((u, i) =>
      seeds.documents.forEach((d, j) => expect(alignment!.rows[i]![j + 2]!.text === '·').toBe(!u.members.some((m) => m.document === d.id))),
    );
  });

  it('renders the provenance graph as a mermaid code block with a node per outlet and an arrow per edge', () => {
    const code = section(tokens, 'Provenance graph').filter((t): t is Tokens.Code => t.type === 'code');
    expect(code).toHaveLength(1);
    expect(code[0]!.lang).toBe('mermaid');
    const lines = code[0]!.text.split('\n');
    expect(lines[0]).toBe('flowchart LR');
    expect(lines.filter((l) => /^ {2}d\d+\["/.test(l))).toHaveLength(5);
    expect(lines.filter((l) => l.includes(' -->|'))).toHaveLength(seeds.provenance.edges.length);
    expect(lines.filter((l) => /^ {2}q\d+\(\["/.test(l))).toHaveLength(seeds.provenance.sources.length);
  });

  it('lists every sentence of every outlet, one list item each', () => {
    const listing = section(tokens, 'Sentence by sentence');
    const lists = listing.filter((t): t is Tokens.List => t.type === 'list');
    expect(lists.map((l) => l.items.length)).toEqual(seeds.documents.map((d) => d.segments.length));
  });

  it('reads the matrix off the matches: RFE/RL is mostly found in Reuters, Polygraph.info in nobody', () => {
    const shares = pairwiseShares(seeds);
    const i = (id: string) => seeds.documents.findIndex((d) => d.id === id);
    expect(shares[i('rferl')]![i('reuters')]).toBeGreaterThan(0.6);
    expect(shares[i('rferl')]![i('reuters')]).toBeGreaterThan(shares[i('rferl')]![i('axios')]!);
    expect(Math.max(...shares[i('polygraph')]!)).toBeLessThan(0.15);
  });

  it('numbers sentences as the review does: from 1, boilerplate included', () => {
    const rferl = seeds.documents.find((d) => d.id === 'rferl')!;
    const s = rferl.segments.find((x) => x.text.startsWith('In a statement ahead'))!;
    const m = s.matches.find((x) => x.document === 'reuters')!;
    // The review's detail shows this sentence as "RFE/RL · sentence 7 of 26" (tests/ui/views.test.tsx).
    expect(s.id + 1).toBe(7);
    expect(seedsReport).toContain(`- s7 · **copied** · In a statement ahead`);
    expect(seedsReport).toContain(`near-verbatim in Reuters, syndicated copy s${m.segment + 1} (score`);
  });

  it('states the findings in plain sentences from the result', () => {
    const findings = marked
      .parser(section(tokens, 'Findings'))
      .replace(/<[^>]+>/g, '')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    for (const e of seeds.provenance.edges) {
      const to = seeds.documents.find((d) => d.id === e.to)!.outlet.name;
      expect(findings).toContain(`${to}`);
      expect(findings).toContain(`${Math.round(e.share * 100)}%`);
    }
    expect(findings).toMatch(/RFE\/RL's article draws \d+% on Reuters, mostly copied/);
    expect(findings).toContain('With reporting by Interfax and Reuters');
    expect(findings).toMatch(/Polygraph\.info \(VOA\) shares no prose with the others word for word; it quotes 4 statements that others quote too, 3 of them in a wording no other outlet uses/);
    expect(findings).toContain('not to copying');
  });
});

describe('escaping untrusted text', () => {
  const a = [
    'Senator | Smith *denies* the EVIL1 claims',
    '',
    'The senator said the vote count | was *rigged* and <script>alert(1)</script> broke `everything` in EVIL2 Springfield on Tuesday night.',
    '# EVIL3 officials reported that [a link](http://x.test) and _underscores_ were found in the ballots on Monday.',
    '> EVIL4 The mayor announced a new inquiry into the counting of the votes in the county this week.',
  ].join('\n');
  const b = [
    'Smith rejects \u001b[31mEVIL6\u0007 claims',
    '',
    'The senator said the vote count | was *rigged* and <script>alert(1)</script> broke `everything` in EVIL2 Springfield on Tuesday.',
    '# EVIL3 Officials reported that [a link](http://x.test) and _underscores_ were found in the ballots on Monday.',
    '- EVIL7 A local bakery sold a record number of pies during the festival last weekend.',
  ].join('\n');
  const result = analyzeDocuments(
    [
      { id: 'a', file: 'a|b*.txt', outlet: { name: 'Out|let *A* <b>' }, text: a },
      { id: 'b', file: 'b.txt', outlet: { name: '[B](x)' }, text: b },
    ],
    { name: 'evil', warnings: [] },
  );
  const md = renderReport(result);
  const list = marked.lexer(md);

  it('aligns the hostile sentences (so they reach the tables and the diffs)', () => {
    expect(result.units.length).toBeGreaterThanOrEqual(2);
    expect(md).toContain('<ins>night</ins>');
  });

  it('keeps every table intact: same cell count in every row, pipes kept as text', () => {
    for (const t of tables(list)) for (const r of t.rows) expect(r).toHaveLength(t.header.length);
    const [inputs] = tables(section(list, 'Inputs'));
    expect(inputs!.rows.map((r) => [r[0]!.text, r[1]!.text])).toEqual([
      ['Out|let \\*A\\* &lt;b&gt;', 'a|b\\*.txt'],
      ['\\[B\\](x)', 'b.txt'],
    ]);
    const [alignment] = tables(section(list, 'Alignment'));
    expect(alignment!.rows).toHaveLength(result.units.length);
    expect(alignment!.rows.map((r) => r[1]!.text)).toContainEqual(expect.stringContaining('vote count | was \\*rigged\\*'));
  });

  it('injects no markup: no HTML but the diff tags, no emphasis, code, link or heading from article text', () => {
    const all = inline(list);
    const html = all.filter((t) => t.type === 'html').map((t) => (t as Tokens.HTML).raw.trim());
    expect(new Set(html)).toEqual(new Set(['<del>', '</del>', '<ins>', '</ins>']));
    for (const t of all) {
      if (['em', 'strong', 'codespan', 'link', 'image', 'del', 'heading', 'blockquote'].includes(t.type)) {
        expect(t.raw).not.toMatch(/EVIL|rigged|everything|underscores|a link/);
      }
      // Outlet names are set in bold by the report; their own markup stays escaped.
      if (t.type === 'strong') expect((t as Tokens.Strong).tokens.every((x) => x.type === 'text' || x.type === 'escape')).toBe(true);
    }
    const html5 = marked.parse(md) as string;
    expect(html5).not.toMatch(/<script|<b>|<a /);
    expect(html5).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('escapes a line start that would open a block, and Mermaid labels', () => {
    const cases = ['# title', '> quote', '- item', '+ item', '12. item', '=== x', '<div>x</div>', '```js', 'see https://x.test, www.x.test or a@b.test', '$x$ ~~y~~ ![i](j)'];
    for (const s of cases) {
      const t = marked.lexer(escapeMarkdown(s));
      expect(t.map((x) => x.type)).toEqual(['paragraph']);
      expect((t[0] as Tokens.Paragraph).tokens.every((x) => x.type === 'text' || x.type === 'escape')).toBe(true);
    }
    const label = mermaidLabel('a "b" [c] | d\n<e> {f} `g` #h; %%i');
    expect(label.replace(/#\w+;/g, '')).not.toMatch(/["[\]|\n<>{}`#;]|%%/);
    expect(label).toBe('a #quot;b#quot; #91;c#93; #124; d #lt;e#gt; #123;f#125; #96;g#96; #35;h#59; %#37;i');
    expect(markdownWordDiff('a *b* c', 'a *b* d')).toBe('a \\*b\\* <del>c</del><ins>d</ins>');
  });
});

describe('wiretrace report errors', () => {
  it('exits 2 with one line when --out is a folder or its folder does not exist', () => {
    const folder = runCli(['report', '--out', tmp]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/^wiretrace: --out .* is a folder; give a file name.*\n$/);
    const missing = runCli(['report', '--out', path.join(tmp, 'no', 'such', 'r.md')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^wiretrace: --out .*: the folder .* does not exist\n$/);
  });

  it('writes reports/<name>.md in the current folder by default, and refuses to write through a link', () => {
    const dir = mkdtempSync(path.join(tmp, 'default-'));
    const r = runCli(['report'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`wrote ${path.join('reports', 'seeds.md')}\n`);
    expect(readFileSync(path.join(dir, 'reports', 'seeds.md'), 'utf8')).toBe(seedsReport);
    const target = path.join(dir, 'elsewhere.md');
    writeFileSync(target, 'not mine\n');
    symlinkSync(target, path.join(dir, 'link.md'));
    const link = runCli(['report', '--out', path.join(dir, 'link.md')]);
    expect(link.code).toBe(2);
    expect(link.stderr).toMatch(/^wiretrace: cannot write the report: .*symbolic link.*\n$/);
    expect(readFileSync(target, 'utf8')).toBe('not mine\n');
  });

  it('leaves an existing report untouched, and no temporary file, when the report cannot be made', () => {
    const dir = mkdtempSync(path.join(tmp, 'keep-'));
    const out = path.join(dir, 'report.md');
    writeFileSync(out, 'previous report\n');
    const r = runCli(['report', path.join(ROOT, 'seeds', '000_45e1f0cb4df3766a.txt'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(readFileSync(out, 'utf8')).toBe('previous report\n');
    expect(readdirSync(dir)).toEqual(['report.md']);
  });
});
