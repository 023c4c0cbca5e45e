/** Real-world input: saved web pages, Markdown, standard input, the manifest; written to a temp folder by each test. */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../src/analyze.js';
import { loadDocuments } from '../src/ingest/load-documents.js';
import { readFileBounded } from '../src/ingest/read-bytes.js';
import { loadMarkdownReader, markdownToText } from '../src/ingest/markdown.js';
import { parseManifest } from '../src/ingest/manifest.js';
import { WiretraceError } from '../src/errors.js';
import { ROOT, SEEDS, runCli, scratchFolders, REUTERS, RFERL } from './helpers.js';
import { expectValid } from './schema-validator.js';

const { folder, cleanup } = scratchFolders('input');
afterAll(cleanup);

/** A saved news page: navigation, cookie banner, byline, related links and footer around the article. */
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Putin proposes election pact | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Putin proposes election pact">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2020-09-25T10:00:00Z">
<link rel="canonical" href="https://example.com/news/putin-pact">
<script>window.tracking = "Subscribe now to read more";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav>
<div class="cookie-banner" id="cookie-consent">We use cookies to improve your experience. <button>Accept all</button></div>
<main><article>
<h1>Putin proposes election pact</h1>
<p>MOSCOW (Reuters) - President Vladimir Putin called on Friday for an agreement between Russia and the United States to guarantee
 not to interfere in each other’s elections and to cooperate in the field of information security.</p>
<p>In a statement ahead of the U.S. presidential election on Nov. 3, Putin called for <em>a global agreement</em> to cooperate on
 information security and said he wanted the two countries to exchange guarantees of non-interference.</p>
<p>Moscow denies that charge. The Kremlin called the report “nonsense”, a spokesman said on Friday in a call with reporters.</p>
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Kremlin denies meddling</a></li><li><a href="/b">Election security explained</a></li></ul></aside>
</main>
<footer><p>© 2020 Example News. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
`;

describe('saved web pages', async () => {
  const dir = folder();
  writeFileSync(path.join(dir, 'page.html'), PAGE);
  copyFileSync(REUTERS, path.join(dir, 'reuters.txt'));
  const input = await loadDocuments([dir]);
  const page = input.documents.find((d) => d.file.endsWith('page.html'))!;

  it('extracts the article, one paragraph per line with blank lines between, the title first', () => {
    const paragraphs = page.text.trimEnd().split('\n\n');
    expect(paragraphs[0]).toBe('Putin proposes election pact');
    expect(paragraphs[1]).toMatch(/^MOSCOW \(Reuters\) - President Vladimir Putin called on Friday .* information security\.$/);
    expect(paragraphs[2]).toContain('a global agreement to cooperate');
    expect(paragraphs).toHaveLength(4);
    for (const furniture of ['Home', 'cookies', 'Related stories', 'Kremlin denies meddling', 'All rights reserved', 'Privacy', 'Subscribe'])
      expect(page.text).not.toContain(furniture);
  });

  it('takes outlet, title, byline, published time, language and address from the metadata', () => {
    expect(page.outlet).toEqual({
      name: 'Example News',
      title: 'Putin proposes election pact',
      byline: 'Jane Doe',
      published: '2020-09-25T10:00:00Z',
      language: 'en',
      url: 'https://example.com/news/putin-pact',
    });
  });

  it('analyses the extracted text with exact offsets and finds the copied wire sentence', () => {
    const r = analyzeDocuments(input.documents);
    const d = r.documents.find((x) => x.file.endsWith('page.html'))!;
    for (const s of d.segments) expect(page.text.slice(s.start, s.end)).toBe(s.text);
    // The JSON carries the extracted text the offsets point into, not the page's HTML.
    expect(d.text).toBe(page.text);
    expectValid('analysis', r);
    const denial = d.segments.find((s) => s.text === 'Moscow denies that charge.')!;
    expect(denial.label).toBe('copied');
    expect(denial.matches[0]).toMatchObject({ document: 'reuters', relation: 'identical' });
  });

  it('loads Readability and linkedom only when a page is read', () => {
    const probe = (paths: string[]) =>
      spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { loadDocuments } from ${JSON.stringify(path.join(ROOT, 'dist/ingest/load-documents.js'))};
           import { createRequire } from 'node:module';
           await loadDocuments(${JSON.stringify(paths)});
           const cache = Object.keys(createRequire(import.meta.url).cache);
           console.log(cache.some((k) => k.includes('linkedom')), cache.some((k) => k.includes('readability')));`,
        ],
        { encoding: 'utf8' },
      ).stdout.trim();
    expect(probe([SEEDS])).toBe('false false');
    expect(probe([dir])).toBe('true true');
  });

  it('takes the page\'s own heading as the headline when its <title> carries the site name, however short', async () => {
    const d = folder();
    const page = PAGE.replace('<title>Putin proposes election pact | Example News</title>', '<title>Putin pact - Example News</title>')
      .replace('<meta property="og:title" content="Putin proposes election pact">', '')
      .replace('<h1>Putin proposes election pact</h1>', '<h1>Putin proposes pact</h1>');
    writeFileSync(path.join(d, 'short.html'), page);
    copyFileSync(REUTERS, path.join(d, 'reuters.txt'));
    const docs = (await loadDocuments([d])).documents;
    const short = docs.find((x) => x.file.endsWith('short.html'))!;
    expect(short.text.split('\n\n')[0]).toBe('Putin proposes pact');
    expect(short.outlet.title).toBe('Putin proposes pact');
    const first = analyzeDocuments(docs).documents.find((x) => x.id === 'short')!.segments[0]!;
    expect([first.text, first.role, first.label]).toEqual(['Putin proposes pact', 'headline', 'unique']);
  });

  it('keeps the article\'s <h1> that Readability drops for repeating the title, and not a logo\'s', async () => {
    const { extractHtmlArticle } = await import('../src/ingest/html-article.js');
    const page = `<!doctype html><html lang="en"><head><title>Fire shuts Acme plant | Daily Bugle</title></head><body>
<header><h1 class="logo">Daily Bugle</h1></header>
<article><h1>Fire shuts Acme valve plant</h1>
<p>A fire shut the Acme valve plant in Springfield on Tuesday, the company said, and 300 workers were sent home for the rest of the week.</p>
<p>Firefighters needed four hours to bring the blaze under control, and nobody was hurt, a spokesman for the city fire department said.</p>
</article></body></html>`;
    const r = extractHtmlArticle(page);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text.split('\n\n').slice(0, 2)).toEqual(['Fire shuts Acme valve plant', expect.stringMatching(/^A fire shut the Acme valve plant/)]);
    expect(r.meta.title).toBe('Fire shuts Acme valve plant');
  });

  it('honours a page that declares another encoding', async () => {
    const d = folder();
    // Bytes 0x93 0x94 0x97 0x80 are “ ” — € in windows-1252 (Node 20's own decoder gives C1 controls).
    const page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace('MOSCOW', '\x93MOSCÚ\x94 \x97 \x80');
    writeFileSync(path.join(d, 'old.htm'), Buffer.from(page, 'latin1'));
    copyFileSync(REUTERS, path.join(d, 'reuters.txt'));
    const doc = (await loadDocuments([d])).documents.find((x) => x.file.endsWith('old.htm'))!;
    expect(doc.text).toContain('“MOSCÚ” — € (Reuters)');
    expect(doc.text).not.toMatch(/[\u0080-\u009f]/);
  });
});

describe('Markdown', async () => {
  await loadMarkdownReader();
  const source = [
    '---',
    'title: "Putin proposes pact"',
    'author: Jane Doe',
    'date: 2020-09-25',
    '---',
    '# Putin proposes a *non-interference* pact',
    '',
    'President Vladimir Putin called on **Friday** for an agreement between Russia and the',
    // A backslash before a line end is a hard break (at a paragraph's very end CommonMark keeps it as text).
    'United States, [the Kremlin said](https://kremlin.ru/x "statement").\\',
    'He also proposed talks &amp; a hotline.',
    '',
    '![Putin at a meeting](putin.jpg)',
    '',
    '- Moscow denies that charge.',
    '- Trump is campaigning for `re-election`.',
    '',
    '> “We propose to agree,” Putin said.',
    '',
    'snake_case stays, 5 * 3 stays',
    '',
  ].join('\r\n');
  const md = markdownToText(source);

  it('keeps the length of the source, and every character is the source\'s or a blank', () => {
    expect(md.text).toHaveLength(source.length);
    for (let i = 0; i < source.length; i++) if (md.text[i] !== source[i]) expect(md.text[i]).toMatch(/[ &]/);
  });

  it('blanks the markup, joins wrapped paragraph lines and keeps blocks on their own lines', () => {
    const lines = md.text.split('\r\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    expect(lines).toEqual([
      'Putin proposes a non-interference pact',
      'President Vladimir Putin called on Friday for an agreement between Russia and the United States, the Kremlin said . He also proposed talks & a hotline.',
      'Moscow denies that charge.',
      'Trump is campaigning for re-election .',
      '“We propose to agree,” Putin said.',
      'snake_case stays, 5 * 3 stays',
    ]);
    expect(md.meta).toEqual({ title: 'Putin proposes pact', byline: 'Jane Doe', published: '2020-09-25' });
  });

  it('is read from a folder with offsets into the .md file', async () => {
    const d = folder();
    writeFileSync(path.join(d, 'story.md'), source);
    copyFileSync(REUTERS, path.join(d, 'reuters.txt'));
    const input = await loadDocuments([d]);
    const story = input.documents.find((x) => x.id === 'story')!;
    expect(story.outlet).toMatchObject({ name: 'story.md', title: 'Putin proposes pact', byline: 'Jane Doe' });
    const r = analyzeDocuments(input.documents);
    const segs = r.documents.find((x) => x.id === 'story')!.segments;
    const lead = segs.find((s) => s.text.startsWith('President Vladimir Putin'))!;
    expect(lead.text.replace(/\s+/g, ' ')).toBe('President Vladimir Putin called on Friday for an agreement between Russia and the United States, the Kremlin said .');
    expect(source.slice(lead.start, lead.end)).toMatch(/^President Vladimir Putin called on \*\*Friday\*\*.*\r\nUnited States, \[the Kremlin said\]\(https:.*\)\.$/);
    expect(lead).toMatchObject({ label: 'copied', matches: [{ document: 'reuters', relation: 'near-verbatim' }] });
    for (const s of segs) expect(s.text).not.toMatch(/\*\*|\]\(|^#|`/);
  });
});

describe('standard input', () => {
  it('reads "-" as a document named stdin', async () => {
    const input = await loadDocuments(['-', RFERL], { readStdin: () => ({ ok: true, bytes: readFileSync(REUTERS) }) });
    expect(input.documents[0]).toMatchObject({ id: 'stdin', file: '-', outlet: { name: 'stdin' } });
    expect(input.documents[0]!.text).toBe(readFileSync(REUTERS, 'utf8'));
  });

  it('extracts the article when standard input is a web page', async () => {
    const input = await loadDocuments(['-', REUTERS], { readStdin: () => ({ ok: true, bytes: Buffer.from(PAGE) }) });
    expect(input.documents[0]!.outlet.name).toBe('Example News');
    expect(input.documents[0]!.text.startsWith('Putin proposes election pact\n\nMOSCOW')).toBe(true);
  });

  it('works from the command line, and "-" may be given once only', () => {
    const r = runCli(['analyze', '--json', '-', RFERL], { input: readFileSync(REUTERS, 'utf8') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents.map((d: { file: string }) => d.file)).toEqual(['-', RFERL]);
    const twice = runCli(['analyze', '-', '-']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toBe('wiretrace: standard input (-) can be read only once\n');
  });
});

describe('manifest', () => {
  const bad = (json: string): string => {
    try {
      parseManifest(json, 'news/manifest.json');
    } catch (e) {
      expect(e).toBeInstanceOf(WiretraceError);
      expect((e as WiretraceError).exitCode).toBe(1);
      return (e as Error).message;
    }
    throw new Error('accepted');
  };

  it.each([
    ['{"documents": [', /^news\/manifest\.json: not valid JSON/],
    ['{"documents": [], "author": "x"}', /^news\/manifest\.json: unknown field "author"$/],
    ['{"documents": [{"file": "a.txt", "outlett": "A"}]}', /documents\[0\]: unknown field "outlett"$/],
    ['{"documents": [{"file": "../x.txt"}]}', /documents\[0\]\.file must stay inside the manifest's folder: "\.\.\/x\.txt"/],
    ['{"documents": [{"file": "a/../../x.txt"}]}', /documents\[0\]\.file must stay inside/],
    ['{"documents": [{"file": "/etc/passwd"}]}', /documents\[0\]\.file must stay inside the manifest's folder: "\/etc\/passwd"/],
    ['{"documents": [{"file": "\\\\\\\\server\\\\x.txt"}]}', /documents\[0\]\.file must stay inside/],
    ['{"documents": [{"file": 3}]}', /documents\[0\]\.file must be a non-empty string/],
    ['{"documents": [{"file": "a.txt", "wire": "yes"}]}', /documents\[0\]\.wire must be true or false/],
    ['{"documents": [{"file": "a.txt", "outlet": 7}]}', /documents\[0\]\.outlet must be a string/],
    ['{"documents": [{"file": "a.txt", "published": "soon"}]}', /documents\[0\]\.published is not a date in the form 2020-09-25 .*: "soon"/],
    ['{"documents": [{"file": "a.txt", "published": "1"}]}', /published is not a date in the form 2020-09-25 .*: "1"/],
    ['{"documents": [{"file": "a.txt", "published": "2020-09-25T03:00"}]}', /a time with its zone may follow.*: "2020-09-25T03:00"/],
    ['{"documents": [{"file": "a.txt", "published": "2020-02-30"}]}', /published is not a date in the form 2020-09-25 .*: "2020-02-30"/],
    ['{"documents": {"file": "a.txt"}}', /"documents" must be a list/],
    ['{"name": 1, "documents": []}', /"name" must be a string/],
    ['[]', /expected an object/],
  ])('%s is refused with the file and the field named', (json, message) => {
    expect(bad(json)).toMatch(message);
  });

  it('skips a listed file that is a link leading outside the folder', async () => {
    const d = folder();
    copyFileSync(REUTERS, path.join(d, 'reuters.txt'));
    copyFileSync(RFERL, path.join(d, 'rferl.txt'));
    spawnSync('ln', ['-s', '/etc/hostname', path.join(d, 'escape.txt')]);
    writeFileSync(path.join(d, 'manifest.json'), JSON.stringify({ documents: [{ file: 'escape.txt' }, { file: 'reuters.txt', outlet: 'Reuters' }] }));
    const warnings: string[] = [];
    const input = await loadDocuments([d], { onWarning: (w) => warnings.push(w) });
    expect(input.documents.map((x) => x.outlet.name)).toEqual(['Reuters', 'rferl.txt']);
    expect(warnings).toEqual([`${path.join(d, 'escape.txt')}: is a link to a file outside ${d}; skipped`]);
  });

  it('skips a link leading outside a folder read without a manifest', async () => {
    const d = folder();
    copyFileSync(REUTERS, path.join(d, 'reuters.txt'));
    copyFileSync(RFERL, path.join(d, 'rferl.txt'));
    spawnSync('ln', ['-s', '/etc/hostname', path.join(d, 'escape.txt')]);
    const warnings: string[] = [];
    const input = await loadDocuments([d], { onWarning: (w) => warnings.push(w) });
    expect(input.documents.map((x) => x.file)).toEqual([path.join(d, 'reuters.txt'), path.join(d, 'rferl.txt')]);
    expect(warnings).toEqual([`${path.join(d, 'escape.txt')}: is a link to a file outside ${d}; skipped`]);
  });

  it('exits 1 on the command line with one line naming the manifest and the field', () => {
    const d = folder();
    copyFileSync(REUTERS, path.join(d, 'a.txt'));
    copyFileSync(RFERL, path.join(d, 'b.txt'));
    writeFileSync(path.join(d, 'manifest.json'), '\ufeff{"documents": [{"file": "a.txt", "source": "x"}]}');
    const r = runCli(['analyze', d]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`wiretrace: ${path.join(d, 'manifest.json')}: documents[0]: unknown field "source"\n`);
  });
});

describe('bounded reading', () => {
  it('reads a file whole, however its size falls against the buffers, and refuses one over the limit', () => {
    const dir = folder();
    for (const size of [0, 1, 4095, 4096, 1024 * 1024 - 1, 1024 * 1024, 1024 * 1024 + 1, 2_500_000]) {
      const file = path.join(dir, `f${size}.bin`);
      const bytes = Buffer.alloc(size, 0);
      for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) & 255;
      writeFileSync(file, bytes);
      const read = readFileBounded(file, 3_000_000);
      expect(read.ok && read.bytes.equals(bytes), `size ${size}`).toBe(true);
      const tight = readFileBounded(file, size);
      expect(tight.ok, `size ${size} at its own limit`).toBe(true);
      if (size > 0) expect(readFileBounded(file, size - 1)).toMatchObject({ ok: false });
    }
  });
});
