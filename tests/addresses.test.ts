/**
 * Articles by web address: a local HTTP server (127.0.0.1, a free port, no outside network) serves
 * pages written for these tests, redirects (a chain, a loop, too many), a slow answer, a huge
 * one, a 404 and a binary file. Timeouts are made short with the `timeoutMs` option / `--timeout`.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../src/analyze.js';
import { loadDocuments } from '../src/ingest/load-documents.js';
import { defaultCacheDir } from '../src/ingest/page-cache.js';
import { CLI, HARBOUR_WIRE, scratchFolders } from './helpers.js';

const { folder, cleanup } = scratchFolders('addresses');

/** The wire story as a web page, with a site name and page furniture around it. */
const WIRE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour bridge closed to trucks | Coast Wire</title>
<meta property="og:site_name" content="Coast Wire">
<meta property="og:title" content="Harbour bridge closed to trucks">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Harbour bridge closed to trucks</h1>
${HARBOUR_WIRE.map((s) => `<p>${s}</p>`).join('\n')}
</article><footer><p>© Coast Wire. All rights reserved.</p></footer></body></html>`;

/** An outlet's rewrite: three wire sentences kept, two of its own; plain text in Windows-1252, declared by the server. */
const LOCAL_TEXT = [
  'Bridge ban angers hauliers',
  '',
  `${HARBOUR_WIRE[0]}`,
  '',
  `${HARBOUR_WIRE[1]}`,
  '',
  '\u201cWe were given no warning at all,\u201d said a haulier who crosses the bridge twice a day \u2013 a trip that now costs him \u00a340 more.',
  '',
  `${HARBOUR_WIRE[2]}`,
  '',
  'Residents of the old quarter said they welcomed the quieter streets.',
  '',
].join('\n');
/** Windows-1252 bytes of text holding only ASCII, Latin-1 and the few 0x80–0x9F characters used here. */
function windows1252(text: string): Buffer {
  const high: Record<string, number> = { '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96 };
  return Buffer.from(Array.from(text, (c) => high[c] ?? c.charCodeAt(0)));
}

let server: Server;
let base: string;
/** The port of a server that was closed: nothing listens there. */
let closedPort: number;
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    hits.set(url, (hits.get(url) ?? 0) + 1);
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    const hop = /^\/hop\/(\d+)$/.exec(url);
    if (url === '/wire.html' || url.startsWith('/news/')) return send(200, 'text/html; charset=utf-8', WIRE_PAGE);
    if (url === '/local.txt') return send(200, 'text/plain; charset=windows-1252', windows1252(LOCAL_TEXT));
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(302, { location: n === 0 ? '/wire.html' : `/hop/${n - 1}` });
      return void res.end();
    }
    if (url === '/loop-a') return void (res.writeHead(301, { location: '/loop-b' }), res.end());
    if (url === '/loop-b') return void (res.writeHead(301, { location: '/loop-a' }), res.end());
    if (url === '/slow') {
      const t = setTimeout(() => send(200, 'text/html', WIRE_PAGE), 10_000);
      req.on('close', () => clearTimeout(t));
      return;
    }
    if (url === '/huge-declared') return send(200, 'text/plain', Buffer.alloc(9 * 1024 * 1024, 'a'), { 'content-length': String(9 * 1024 * 1024) });
    if (url === '/huge-streamed') {
      // No Content-Length: chunks until the client stops reading.
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'b');
      let sent = 0;
      const more = (): void => {
        while (sent < 12 * 1024 * 1024 && res.write(chunk)) sent += chunk.length;
        if (sent >= 12 * 1024 * 1024) res.end();
      };
      res.on('drain', () => {
        sent += chunk.length;
        more();
      });
      res.on('error', () => {});
      return more();
    }
    if (url === '/photo.png') return send(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    if (url === '/no-type') return void (res.writeHead(200), res.end(Buffer.from([0, 1, 2, 3])));
    send(404, 'text/html', '<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const other = createServer();
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  closedPort = (other.address() as AddressInfo).port;
  await new Promise<void>((resolve) => other.close(() => resolve()));
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  cleanup();
});

/** The command line, run without blocking this process (the server answers from it). */
function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('articles by address', () => {
  it('fetches pages, reads them as the files would be read, and names them from the page', async () => {
    const cache = folder();
    const warnings: string[] = [];
    const input = await loadDocuments([`${base}/wire.html`, `${base}/local.txt`], { addresses: { cacheDir: cache }, onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
    const [wire, local] = input.documents;
    expect(wire).toMatchObject({ id: 'wire', file: `${base}/wire.html`, outlet: { name: 'Coast Wire', url: `${base}/wire.html`, title: 'Harbour bridge closed to trucks' } });
    expect(wire!.text).toContain(HARBOUR_WIRE[4]);
    expect(wire!.text).not.toMatch(/World|All rights reserved/);
    // Plain text: no site name, so the host names it; the declared charset decodes the quotes, the dash and the pound sign.
    expect(local).toMatchObject({ id: 'local', outlet: { name: '127.0.0.1', url: `${base}/local.txt` } });
    expect(local!.text).toBe(LOCAL_TEXT);
    const r = analyzeDocuments(input.documents);
    // Which came first is the provenance stage's business; here: the two are joined by their shared prose.
    expect(r.provenance.edges.map((e) => [e.from, e.to].sort().join(' '))).toEqual(['local wire']);
    const kept = r.documents[1]!.segments.find((s) => s.text === HARBOUR_WIRE[1])!;
    expect(kept).toMatchObject({ label: 'copied', matches: [{ document: 'wire', relation: 'identical' }] });
    // Both pages are in the cache: a body and its record each.
    expect(readdirSync(cache).filter((f) => f.endsWith('.page'))).toHaveLength(2);
    expect(readdirSync(cache).filter((f) => f.endsWith('.json'))).toHaveLength(2);
  });

  it('names a document from its address even when the address holds a malformed escape', async () => {
    const input = await loadDocuments([`${base}/news/caf%C3%A9-%E0%A4.html`, `${base}/news/`], { addresses: { cacheDir: folder() } });
    expect(input.documents.map((d) => d.id)).toEqual(['caf-C3-A9--E0-A4', 'news']);
  });

  it('follows up to 5 redirects, and gives up on a loop or a sixth', async () => {
    const warnings: string[] = [];
    const input = await loadDocuments([`${base}/hop/4`, `${base}/hop/5`, `${base}/loop-a`, `${base}/local.txt`], {
      addresses: { cacheDir: folder() },
      onWarning: (w) => warnings.push(w),
    });
    // hop/4 → hop/3 → … → hop/0 → wire.html: five redirects; hop/5 takes six.
    expect(input.documents.map((d) => d.file)).toEqual([`${base}/hop/4`, `${base}/local.txt`]);
    expect(input.documents[0]!.outlet.name).toBe('Coast Wire');
    expect(warnings).toEqual([
      `${base}/hop/5: more than 5 redirects; skipped`,
      `${base}/loop-a: redirect loop (back to ${base}/loop-a); skipped`,
    ]);
  });

  it('skips, with one warning each naming the address and why, what is not a usable page', async () => {
    const warnings: string[] = [];
    const input = await loadDocuments(
      [
        `${base}/wire.html`,
        `${base}/missing.html`,
        `${base}/slow`,
        `${base}/huge-declared`,
        `${base}/huge-streamed`,
        `${base}/photo.png`,
        `${base}/no-type`,
        `http://127.0.0.1:${closedPort}/gone.html`,
        'http://no-such-host.invalid/story.html',
        `${base}/local.txt`,
      ],
      { addresses: { cacheDir: folder(), timeoutMs: 2000 }, onWarning: (w) => warnings.push(w) },
    );
    expect(input.documents.map((d) => d.id)).toEqual(['wire', 'local']);
    expect(warnings).toEqual([
      `${base}/missing.html: HTTP 404 Not Found; skipped`,
      `${base}/slow: no complete answer within 2 s (timeout); skipped`,
      `${base}/huge-declared: 9.0 MB is over the 8.0 MB limit for one document; skipped`,
      `${base}/huge-streamed: over the 8.0 MB limit for one document; skipped`,
      `${base}/photo.png: not a web page (image/png; only text/html and text/plain are read); skipped`,
      `${base}/no-type: not a web page (no content type; only text/html and text/plain are read); skipped`,
      `http://127.0.0.1:${closedPort}/gone.html: connection refused; skipped`,
      expect.stringMatching(/^http:\/\/no-such-host\.invalid\/story\.html: host not found \(DNS, (ENOTFOUND|EAI_AGAIN)\); skipped$/),
    ]);
  });

  it('with --offline reads only the cache, and gives byte-identical output from it', async () => {
    const cache = folder();
    const args = ['analyze', `${base}/wire.html`, `${base}/local.txt`, '--json', '--cache', cache];
    const online = await cli(args);
    expect(online.code).toBe(0);
    expect(online.stderr).toBe('');
    const before = hits.get('/wire.html') ?? 0;
    const offline = await cli([...args, '--offline']);
    expect(offline).toEqual(online);
    expect(hits.get('/wire.html') ?? 0).toBe(before); // nothing fetched
    const json = JSON.parse(online.stdout) as { documents: { id: string; outlet: { url: string } }[] };
    expect(json.documents.map((d) => d.outlet.url)).toEqual([`${base}/wire.html`, `${base}/local.txt`]);
    // An address the cache does not hold: a warning, then the usual error for fewer than two documents.
    const missing = await cli(['analyze', `${base}/wire.html`, `${base}/hop/1`, '--cache', cache, '--offline']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      `wiretrace: warning: ${base}/hop/1: not in the cache (${cache}), and --offline was given; skipped\n` +
        'wiretrace: wiretrace compares documents: it needs at least two usable ones, and found 1\n',
    );
  });

  it('falls back to the cached copy when a page cannot be fetched again', async () => {
    const cache = folder();
    const args = [`${base}/wire.html`, `http://127.0.0.1:${closedPort}/wire.html`];
    // Put the closed address's page in the cache by hand: the record the cache writes, for the wire page's bytes.
    await loadDocuments([`${base}/wire.html`, `${base}/local.txt`], { addresses: { cacheDir: cache } });
    const record = readdirSync(cache).find((f) => f.endsWith('.json') && JSON.parse(readFileSync(path.join(cache, f), 'utf8')).address === `${base}/wire.html`)!;
    const copy = JSON.parse(readFileSync(path.join(cache, record), 'utf8')) as Record<string, unknown>;
    const warnings: string[] = [];
    // Write the record under the other address's key: what an earlier fetch of it would have left.
    const { createHash } = await import('node:crypto');
    const key = createHash('sha256').update(args[1]!).digest('hex');
    writeFileSync(path.join(cache, `${key}.page`), readFileSync(path.join(cache, record.replace(/\.json$/, '.page'))));
    writeFileSync(path.join(cache, `${key}.json`), JSON.stringify({ ...copy, address: args[1] }));
    const input = await loadDocuments(args, { addresses: { cacheDir: cache }, onWarning: (w) => warnings.push(w) });
    expect(input.documents.map((d) => d.outlet.name)).toEqual(['Coast Wire', 'Coast Wire']);
    expect(warnings[0]).toBe(`${args[1]}: connection refused; read from the cache instead`);
  });

  it('ignores a damaged cache entry (a body that does not match its record)', async () => {
    const cache = folder();
    await loadDocuments([`${base}/wire.html`, `${base}/local.txt`], { addresses: { cacheDir: cache } });
    for (const f of readdirSync(cache).filter((x) => x.endsWith('.page'))) writeFileSync(path.join(cache, f), 'truncated');
    const warnings: string[] = [];
    await expect(loadDocuments([`${base}/wire.html`, `${base}/local.txt`], { addresses: { cacheDir: cache, offline: true }, onWarning: (w) => warnings.push(w) })).rejects.toThrow(
      /at least two usable ones, and found 0/,
    );
    expect(warnings).toHaveLength(2);
  });

  it('keeps the cache in $XDG_CACHE_HOME/wiretrace, else ~/.cache/wiretrace', async () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/var/cache/me' })).toBe('/var/cache/me/wiretrace');
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'relative' })).toMatch(/\.cache\/wiretrace$/);
    const xdg = folder();
    const r = await cli(['analyze', `${base}/wire.html`, `${base}/local.txt`], { XDG_CACHE_HOME: xdg });
    expect(r.code).toBe(0);
    expect(existsSync(path.join(xdg, 'wiretrace'))).toBe(true);
    expect(readdirSync(path.join(xdg, 'wiretrace')).filter((f) => !f.startsWith('.'))).toHaveLength(4);
  });

  it('reads documents a manifest gives by address, with the manifest\'s names first', async () => {
    const d = folder();
    writeFileSync(
      path.join(d, 'manifest.json'),
      JSON.stringify({
        name: 'bridge-lesson',
        documents: [
          { url: `${base}/wire.html`, id: 'agency', wire: true },
          { url: `${base}/local.txt`, outlet: 'The Harbour Times', published: '2026-03-02' },
          { url: `${base}/missing.html` },
        ],
      }),
    );
    writeFileSync(path.join(d, 'notes.txt'), 'Residents of the old quarter said they welcomed the quieter streets, and the council said it would review the ban.\n');
    const warnings: string[] = [];
    const input = await loadDocuments([d], { addresses: { cacheDir: folder() }, onWarning: (w) => warnings.push(w) });
    expect(input.name).toBe('bridge-lesson');
    expect(input.documents.map((x) => [x.id, x.file, x.outlet.name])).toEqual([
      ['agency', `${base}/wire.html`, 'Coast Wire'],
      ['local', `${base}/local.txt`, 'The Harbour Times'],
      ['notes', path.join(d, 'notes.txt'), 'notes.txt'],
    ]);
    expect(input.documents[0]!.outlet).toMatchObject({ wire: true, url: `${base}/wire.html` });
    expect(input.documents[1]!.outlet).toMatchObject({ published: '2026-03-02' });
    expect(warnings).toEqual([`${base}/missing.html: HTTP 404 Not Found; skipped`]);
    // Neither a file nor an http(s) address: an error naming the manifest and the field.
    writeFileSync(path.join(d, 'manifest.json'), JSON.stringify({ documents: [{ url: 'ftp://example.org/a.txt' }] }));
    await expect(loadDocuments([d])).rejects.toThrow(`${path.join(d, 'manifest.json')}: documents[0].url must be an http:// or https:// address when there is no "file": "ftp://example.org/a.txt"`);
  });

  it('takes addresses in every command, and a bad --timeout is a usage error', async () => {
    const cache = folder();
    const report = await cli(['report', `${base}/wire.html`, `${base}/local.txt`, '--out', '-', '--cache', cache]);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/Coast Wire/);
    const exercise = await cli(['exercise', `${base}/wire.html`, `${base}/local.txt`, '--json', '--cache', cache, '--offline']);
    expect(exercise.code).toBe(0);
    // Not on a terminal: review prints the summary, quiz the worksheet.
    const review = await cli(['review', `${base}/wire.html`, `${base}/local.txt`, '--cache', cache, '--offline']);
    expect(review).toMatchObject({ code: 0, stderr: '' });
    expect(review.stdout).toMatch(/Coast Wire/);
    const quiz = await cli(['quiz', `${base}/wire.html`, `${base}/local.txt`, '--cache', cache, '--offline']);
    expect(quiz.code).toBe(0);
    expect(quiz.stdout).toMatch(/Coast Wire/);
    const bad = await cli(['analyze', `${base}/wire.html`, '--timeout', 'soon']);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toBe('wiretrace: --timeout must be a number of seconds above 0 and at most 3600, not "soon"\n');
  });
});
