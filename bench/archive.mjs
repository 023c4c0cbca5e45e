#!/usr/bin/env node
/**
 * The archive on Reuters-21578 (research use only; see the README.txt in the data folder):
 * every article whose body has at least 40 words (16,233; bodies as distributed, hard-wrapped, the
 * title on the first line) added with `wiretrace archive add`, then
 * - build time, size on disk, index rows and size;
 * - `match` of one article as a cold CLI process (median of 11 runs, other articles each run);
 * - adding one article to the full archive, as a cold CLI process (median of 11);
 * - through the server (`wiretrace serve`): the median latency of 50 sequential POST /match, then
 *   autocannon (10 connections, 30 s) on POST /match: requests per second, p50/p99 latency, errors.
 * The articles matched are copies made here of archived ones (the first paragraphs, a sentence of
 * their own), so each has a real match in the archive; the bench checks that it is found.
 *
 * Usage: npm run bench:archive -- --data ../shared/data/reuters21578 [--duration 30] [--connections 10] [--keep]
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { arg, dataFolder, readReuters, wordCount } from './reuters-21578.mjs';
import { cli } from './run-node.mjs';

const dataDir = dataFolder('usage: npm run bench:archive -- --data PATH/TO/reuters21578 [--duration 30] [--connections 10] [--keep]');
const duration = Number(arg('duration', '30'));
const connections = Number(arg('connections', '10'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

const articles = readReuters(dataDir).filter((a) => wordCount(a.body) >= 40);
const text = (a) => `${a.title}\n\n${a.body.replace(/^\n+/, '')}`;
const work = mkdtempSync(path.join(os.tmpdir(), 'wiretrace-bench-archive-'));
const corpus = path.join(work, 'reuters');
mkdirSync(corpus);
for (const a of articles) writeFileSync(path.join(corpus, `r${String(a.newid).padStart(5, '0')}.txt`), text(a));
const archive = path.join(work, 'archive');

/** A copy of an archived article: its title reworded, the first 60% of its lines, a line of its own. */
function derived(a, n) {
  const lines = a.body.split('\n');
  const kept = lines.slice(0, Math.max(4, Math.ceil(lines.length * 0.6)));
  return `Market report ${n}: ${a.title.toLowerCase()}\n\n${kept.join('\n')}\n\nAnalysts contacted by this newsletter, number ${n}, expected further news later in the week.\n`;
}
// Articles with enough text to copy (at least five lines), spread over the collection.
const sources = articles.filter((a) => a.body.split('\n').length >= 8);
const pick = (i) => sources[Math.floor(((i + 0.5) * sources.length) / 40)];

function run(args, input) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', input, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`wiretrace ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms: ms(t0), stdout: r.stdout };
}

console.log(`Reuters-21578: ${articles.length} articles with at least 40 words; node ${process.version}, ${os.cpus().length} CPUs`);
const build = run(['archive', 'add', '--archive', archive, corpus]);
const stats = JSON.parse(run(['archive', 'stats', '--json', '--archive', archive]).stdout);
console.log(
  `build: ${(build.ms / 1000).toFixed(1)} s for ${stats.articles} articles; ${(stats.bytesOnDisk / 1048576).toFixed(1)} MB on disk, ` +
    `index ${stats.indexRows} rows, ${(stats.indexBytes / 1048576).toFixed(1)} MB`,
);

// Cold CLI match, 11 articles.
const matchTimes = [];
let found = 0;
for (let i = 0; i < 11; i++) {
  const src = pick(i);
  const file = path.join(work, `match-${i}.txt`);
  writeFileSync(file, derived(src, i));
  const r = run(['match', '--json', '--archive', archive, file]);
  matchTimes.push(r.ms);
  const m = JSON.parse(r.stdout).archive;
  const ids = new Map(m.candidates.map((c) => [c.document, c.id]));
  // By text: Reuters-21578 repeats some stories word for word, and the archive keeps the first.
  const texts = m.articles[0].matches.map((x) => JSON.parse(run(['archive', 'show', '--json', String(ids.get(x.document)), '--archive', archive]).stdout).text);
  if (texts.some((t) => t.trim() === text(src).trim())) found++;
}
console.log(`match, cold CLI: median ${median(matchTimes).toFixed(0)} ms (min ${Math.min(...matchTimes).toFixed(0)}, max ${Math.max(...matchTimes).toFixed(0)}); the copied article among the matches ${found}/11`);

// Cold CLI add of one article, 11 times.
const addTimes = [];
for (let i = 0; i < 11; i++) addTimes.push(run(['archive', 'add', '--archive', archive, '-'], derived(pick(20 + i), 1000 + i)).ms);
console.log(`add one article, cold CLI: median ${median(addTimes).toFixed(0)} ms (min ${Math.min(...addTimes).toFixed(0)}, max ${Math.max(...addTimes).toFixed(0)})`);

// The server.
const server = spawn(process.execPath, [cli, 'serve', '--archive', archive, '--port', '0'], { cwd: work, stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = /on (http:\/\/[^\s]+)/.exec(out);
    if (m) resolve(m[1]);
  });
  server.on('exit', (c) => reject(new Error(`serve exited ${c}`)));
});
const bodies = Array.from({ length: 10 }, (_, i) => derived(pick(30 + i), 2000 + i));
const post = (body) => fetch(`${base}/match`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body });
for (const b of bodies) await (await post(b)).text(); // warm-up
const serverTimes = [];
for (let i = 0; i < 50; i++) {
  const t0 = process.hrtime.bigint();
  const r = await post(bodies[i % bodies.length]);
  await r.text();
  if (r.status !== 200) throw new Error(`POST /match: ${r.status}`);
  serverTimes.push(ms(t0));
}
console.log(`match through the server: median ${median(serverTimes).toFixed(1)} ms (min ${Math.min(...serverTimes).toFixed(1)}, max ${Math.max(...serverTimes).toFixed(1)}) over 50 sequential requests`);

const load = await autocannon({
  url: `${base}/match`,
  method: 'POST',
  connections,
  duration,
  headers: { 'content-type': 'text/plain' },
  requests: bodies.map((body) => ({ method: 'POST', body })),
});
console.log(
  `under load (autocannon, ${connections} connections, ${duration} s): ${load.requests.average.toFixed(0)} matches/s on average, ` +
    `latency p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, max ${load.latency.max} ms; ` +
    `${load.errors} errors, ${load.timeouts} timeouts, ${load.non2xx} non-2xx of ${load.requests.total}`,
);
server.kill('SIGTERM');
await new Promise((r) => server.on('exit', r));
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
