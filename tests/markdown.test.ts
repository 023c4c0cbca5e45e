/**
 * Markdown read by a real parser (mdast-util-from-markdown with GFM and YAML front matter): one
 * test per case the hand-written stripper got wrong (issue #18), and the invariants kept: the text
 * is as long as the source, and every character is the source's, a blank, or a decoded reference.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocuments } from '../src/ingest/load-documents.js';
import { loadMarkdownReader, markdownToText } from '../src/ingest/markdown.js';
import { CLI, HARBOUR_WIRE, REUTERS, scratchFolders } from './helpers.js';

const { folder, cleanup } = scratchFolders('markdown');
afterAll(cleanup);

await loadMarkdownReader();
/** The lines of text of a Markdown source, blanks collapsed and blank lines dropped (offsets are tested apart). */
const read = (source: string): string =>
  markdownToText(source)
    .text.split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');

describe('Markdown through a real parser', () => {
  it.each([
    ['a link keeps its text, brackets and all, never its address', 'The council published [the [revised] plan](https://example.org/plan "Plan") on Monday.', 'The council published the [revised] plan on Monday.'],
    ['a link around an image keeps only its words', '[![logo](https://example.org/logo.png) Coast Wire](https://example.org/) reports.', 'Coast Wire reports.'],
    ['a reference link and an autolink', 'See [the report][r] and <https://example.org/full>.\n\n[r]: https://example.org/r', 'See the report and https://example.org/full .'],
    ['a bare www. address is text like any other', 'Read more at www.example.org/bridge today.', 'Read more at www.example.org/bridge today.'],
    ['an address with parentheses is read to its end: no stray ")"', 'The [bridge](https://en.wikipedia.org/wiki/Bridge_(structure)) was closed.', 'The bridge was closed.'],
    ['indented and fenced code are not prose', 'The council voted.\n\n    const trucks = banned();\n\nThe ban starts in March.\n\n```js\nfenced();\n```\n', 'The council voted.\nThe ban starts in March.'],
    ['named and numeric references are decoded', 'A caf&eacute; owner said &ldquo;voil&agrave;&rdquo; &mdash; twice &#8217; &#x2014; &amp;.', 'A café owner said “ voilà ” — twice ’ — & .'],
    // Each reference keeps its length (the character, then blanks): blanks follow it, even inside a word.
    ['a reference inside a word splits it', 'd&eacute;j&agrave;', 'dé jà'],
    ['"2*3*4" is arithmetic, while **real** emphasis is blanked', 'The grid is 2*3*4 metres and **very** large, and 10**2 is 100**3.', 'The grid is 2*3*4 metres and very large, and 10**2 is 100**3.'],
  ])('%s', (_case, source, expected) => {
    expect(read(source)).toBe(expected);
  });

  it('reads front matter with a YAML parser: folded titles, lists of authors', () => {
    const md = markdownToText('---\ntitle: >-\n  Harbour bridge\n  closed to trucks\nauthor:\n  - Ana Lima\n  - Tom Berg\ndate: 2026-03-01\n---\nThe council voted.\n');
    expect(md.meta).toEqual({ title: 'Harbour bridge closed to trucks', byline: 'Ana Lima, Tom Berg', published: '2026-03-01' });
    expect(md.text.trim()).toBe('The council voted.');
    // Not YAML at all: no metadata, and the block is still front matter, not text.
    expect(markdownToText('---\ntitle: [unclosed\n---\nText.\n').meta).toEqual({});
  });

  it('reads GitHub tables cell by cell, one row a line, and joins a paragraph\'s wrapped lines', () => {
    expect(read('| Bridge | Vehicles \\| day |\n|---|---:|\n| Old harbour | 9,000 |\n')).toBe('Bridge Vehicles | day\nOld harbour 9,000');
    expect(read('> The ban takes effect\n> on March 1.\n\n- Trucks are\n  diverted.\n- ~~Buses~~ Cars too.')).toBe('The ban takes effect on March 1.\nTrucks are diverted.\nBuses Cars too.');
  });

  it('keeps the length of the source (CRLF too), and every character is the source\'s, a blank or a decoded reference', () => {
    const source = ['---', 'title: Test', '---', '# A *head* line #', '', 'Text with `code`, [a link](https://x.org/a_(b)) and &agrave;.', '', '    code();', ''].join('\r\n');
    const text = markdownToText(source).text;
    expect(text).toHaveLength(source.length);
    for (let i = 0; i < source.length; i++) if (text[i] !== source[i]) expect(text[i]).toMatch(/[ à]/);
  });

  it('refuses a Markdown file over the character limit before parsing it', async () => {
    const d = folder();
    const big = path.join(d, 'big.md');
    writeFileSync(big, '*Bridge* news. '.repeat(70_000));
    writeFileSync(path.join(d, 'a.txt'), HARBOUR_WIRE.join('\n\n'));
    writeFileSync(path.join(d, 'b.txt'), HARBOUR_WIRE.slice(0, 3).join('\n\n'));
    const warnings: string[] = [];
    const input = await loadDocuments([d], { onWarning: (w) => warnings.push(w) });
    expect(input.documents.map((x) => x.id)).toEqual(['a', 'b']);
    expect(warnings).toEqual([`${big}: 1,050,000 characters of text is over the limit of 1,000,000 for one document; skipped`]);
  });

  it('is read from the built bundle, which loads the parser only for a Markdown file', () => {
    const d = folder();
    writeFileSync(path.join(d, 'story.md'), `# Bridge closed\n\n${HARBOUR_WIRE.slice(0, 3).join('\n')}\n`);
    writeFileSync(path.join(d, 'wire.txt'), HARBOUR_WIRE.join('\n\n') + '\n');
    copyFileSync(REUTERS, path.join(d, 'reuters.txt'));
    // NODE_DEBUG=module names every CommonJS module Node loads.
    const run = (files: string[]) => spawnSync(process.execPath, [CLI, 'analyze', ...files.map((f) => path.join(d, f)), '--json'], { encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'module' } });
    const md = run(['story.md', 'wire.txt']);
    expect(md.status).toBe(0);
    expect(md.stderr).toMatch(/markdown-syntax\.js/);
    const story = (JSON.parse(md.stdout) as { documents: { id: string; segments: { text: string; label: string }[] }[] }).documents[0]!;
    expect(story.segments.map((s) => s.text.replace(/\s+/g, ' ').trim())).toEqual(['Bridge closed', ...HARBOUR_WIRE.slice(0, 3)]);
    expect(story.segments.slice(1).map((s) => s.label)).toEqual(['copied', 'copied', 'copied']);
    const plain = run(['wire.txt', 'reuters.txt']);
    expect(plain.status).toBe(0);
    expect(plain.stderr).not.toMatch(/markdown-syntax/);
  });
});
