/**
 * Markdown read by a real parser (mdast-util-from-markdown with GFM and YAML front matter): one
 * test per case the hand-written stripper got wrong (issue #18), and the invariants kept: the text
 * is as long as the source, and every character is the source's, a blank, or a decoded reference.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
  it('keeps a link\'s text whatever brackets or images it holds, and never its address', () => {
    expect(read('The council published [the [revised] plan](https://example.org/plan "Plan") on Monday.')).toBe('The council published the [revised] plan on Monday.');
    expect(read('[![logo](https://example.org/logo.png) Coast Wire](https://example.org/) reports.')).toBe('Coast Wire reports.');
    expect(read('See [the report][r] and <https://example.org/full>.\n\n[r]: https://example.org/r')).toBe('See the report and https://example.org/full .');
  });

  it('reads an address with parentheses to its end: no stray ")"', () => {
    expect(read('The [bridge](https://en.wikipedia.org/wiki/Bridge_(structure)) was closed.')).toBe('The bridge was closed.');
  });

  it('does not read an indented code block (or a fenced one) as prose', () => {
    const text = read('The council voted.\n\n    const trucks = banned();\n\nThe ban starts in March.\n\n```js\nfenced();\n```\n');
    expect(text).toBe('The council voted.\nThe ban starts in March.');
  });

  it('decodes named and numeric character references', () => {
    expect(read('A caf&eacute; owner said &ldquo;voil&agrave;&rdquo; &mdash; twice &#8217; &#x2014; &amp;.')).toBe('A café owner said “ voilà ” — twice ’ — & .');
    // Each reference keeps its length (the character, then blanks): blanks follow it, even inside a word.
    expect(read('d&eacute;j&agrave;')).toBe('dé jà');
  });

  it('keeps arithmetic: "2*3*4" is not emphasis, while *real* emphasis is blanked', () => {
    expect(read('The grid is 2*3*4 metres and **very** large, and 10**2 is 100**3.')).toBe('The grid is 2*3*4 metres and very large, and 10**2 is 100**3.');
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
