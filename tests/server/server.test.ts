/**
 * The HTTP API, through the real server: `wiretrace serve --port 0` in a child process on
 * 127.0.0.1, talked to over HTTP. Its answers, its 4xx JSON errors, and requests served while
 * another process adds a large folder to the same archive.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, runCli, scratchFolders } from '../helpers.js';
import { COPY, QUOTES_ONLY, SECOND_COPY, WIRE, manyArticles } from '../archive/archive-texts.js';

const scratch = scratchFolders('server');
let server: ChildProcess;
let base = '';
let archive = '';

beforeAll(async () => {
  archive = path.join(scratch.folder(), 'arc');
  const dir = scratch.folder();
  writeFileSync(path.join(dir, 'wire.txt'), WIRE);
  writeFileSync(path.join(dir, 'copy.txt'), COPY);
  expect(runCli(['archive', 'add', '--archive', archive, path.join(dir, 'wire.txt'), path.join(dir, 'copy.txt')]).code).toBe(0);
  server = spawn(process.execPath, [CLI, 'serve', '--archive', archive, '--port', '0', '--host', '127.0.0.1'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    server.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.on('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  scratch.cleanup();
});

const post = (url: string, body: string, type = 'text/plain') => fetch(base + url, { method: 'POST', headers: { 'content-type': type }, body });

describe('the archive server', () => {
  it('answers /healthz and /stats', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true });
    const stats = (await (await fetch(`${base}/stats`)).json()) as Record<string, number>;
    expect(stats['articles']).toBe(2);
  });

  it('POST /match with a text body gives what match --json gives', async () => {
    const r = await post('/match', SECOND_COPY);
    expect(r.status).toBe(200);
    const body = (await r.json()) as { documents: { id: string }[]; archive: { articles: { matches: { document: string; share: number }[] }[] } };
    expect(body.archive.articles[0]!.matches.map((m) => m.document)).toEqual(['archive-1', 'archive-2']);
    const dir = scratch.folder();
    writeFileSync(path.join(dir, 'article.txt'), SECOND_COPY);
    const cli = JSON.parse(runCli(['match', '--json', '--archive', archive, path.join(dir, 'article.txt')]).stdout) as typeof body;
    expect(body.archive.articles[0]!.matches.map((m) => m.share)).toEqual(cli.archive.articles[0]!.matches.map((m) => m.share));
  });

  it('POST /match with JSON; POST, GET and DELETE /articles', async () => {
    const m = await post('/match', JSON.stringify({ text: QUOTES_ONLY, name: 'profile', outlet: { name: 'Weekly' } }), 'application/json');
    expect(m.status).toBe(200);
    const mb = (await m.json()) as { documents: { id: string; outlet: { name: string } }[]; archive: { articles: { matches: { document: string }[] }[] } };
    expect(mb.documents[0]).toMatchObject({ id: 'profile', outlet: { name: 'Weekly' } });
    expect(mb.archive.articles[0]!.matches.map((x) => x.document)).toEqual(['archive-1']);
    const added = await post('/articles', JSON.stringify({ text: QUOTES_ONLY, outlet: { name: 'Weekly' } }), 'application/json');
    expect(added.status).toBe(201);
    const { id } = (await added.json()) as { id: number };
    const again = await post('/articles', QUOTES_ONLY);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id, added: false });
    const got = (await (await fetch(`${base}/articles/${id}`)).json()) as { text: string; outlet: { name: string } };
    expect(got).toMatchObject({ text: QUOTES_ONLY, outlet: { name: 'Weekly' } });
    expect((await fetch(`${base}/articles/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await fetch(`${base}/articles/${id}`)).status).toBe(404);
  });

  it('answers bad requests with a 4xx and one JSON line', async () => {
    const cases: [() => Promise<Response>, number, RegExp][] = [
      [() => fetch(`${base}/articles/12345`), 404, /^no article #12345 in the archive$/],
      [() => fetch(`${base}/articles/abc`), 400, /must match pattern/],
      [() => fetch(`${base}/nowhere`), 404, /^no such endpoint: GET \/nowhere$/],
      [() => post('/match', '{"text": 5}', 'application/json'), 400, /body/],
      [() => post('/match', '{bad', 'application/json'), 400, /not valid JSON/],
      [() => post('/match', '   '), 400, /^the article is empty$/],
      [() => post('/match', 'x', 'image/png'), 415, /Unsupported Media Type/],
    ];
    for (const [request, status, message] of cases) {
      const r = await request();
      expect(r.status).toBe(status);
      expect(r.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await r.json()) as { error: string };
      expect(body.error).toMatch(message);
      expect(body.error).not.toContain('\n');
    }
  });

  it('refuses a body over the limit (8 MiB) with 413 before reading it', async () => {
    const url = new URL(`${base}/articles`);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'text/plain', 'content-length': 9 * 1024 * 1024 } }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body });
        });
      });
      req.on('error', reject);
      req.write('The start of a very long article.');
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ error: 'Request body is too large' });
  });

  it('serves requests while another process adds a large folder', async () => {
    const dir = path.join(scratch.folder(), 'many');
    mkdirSync(dir);
    manyArticles(1500).forEach((t, i) => writeFileSync(path.join(dir, `m${i}.txt`), t));
    const adder = spawn(process.execPath, [CLI, 'archive', 'add', '--archive', archive, dir], { cwd: ROOT, stdio: 'ignore' });
    const adding = new Promise<number | null>((r) => adder.on('exit', r));
    let running = true;
    void adding.then(() => (running = false));
    let servedDuringAdd = 0;
    await new Promise((r) => setTimeout(r, 300));
    while (running) {
      const [stats, match] = await Promise.all([fetch(`${base}/stats`), post('/match', SECOND_COPY)]);
      expect(stats.status).toBe(200);
      expect(match.status).toBe(200);
      if (running) servedDuringAdd++;
    }
    expect(await adding).toBe(0);
    expect(servedDuringAdd).toBeGreaterThan(0);
    expect(((await (await fetch(`${base}/stats`)).json()) as { articles: number }).articles).toBe(1502);
  }, 120_000);
});
