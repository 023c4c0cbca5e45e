#!/usr/bin/env node
/**
 * How the review screen responds on a large collection (issue #16). Builds a corpus of N
 * Reuters-21578 bodies as distributed plus planted copies (bench/reuters-corpus.mjs, as
 * bench/scale.mjs builds it), analyses it once with the built engine (dist/index.js's
 * analyzeFiles, what `wiretrace review` analyses), then mounts the review's own React tree
 * (dist/ui/app.js's ReviewApp, the tree `review` renders) in ink-testing-library and drives it:
 * the first frame, then a scripted session of keys (outlets ← →, sentences ↓ ↑, pages of outlets
 * [ ], the sort, the outlet filter, the detail, the alignment and provenance views, the search).
 * Each key is timed from writing it to stdin to the frame Ink writes for it (ink-testing-library
 * renders unthrottled, so that frame is the key's whole cost: the reducer, React, Ink's layout and
 * output). Prints per action the median and 95th percentile, the first frame (the first mount, and
 * the median of the mounts after it), and the heap used; the same for the bundled seeds (five
 * articles) as a reference.
 *
 * React runs its production build, as in the bundled `review` (scripts/bundle.mjs).
 *
 * Usage: npm run bench:review -- --data PATH/TO/reuters21578 [--docs 2000] [--sizes 80x24,120x40]
 *        [--repeat 20] [--mounts 5] [--search said] [--plant-rate 0.02] [--seed 21578]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './bench-args.mjs';
import { arg, dataFolder } from './reuters-21578.mjs';
import { buildCorpus, parseReuters } from './reuters-corpus.mjs';

process.env.NODE_ENV = 'production';

const USAGE = 'usage: npm run bench:review -- --data PATH/TO/reuters21578 [--docs 2000] [--sizes 80x24,120x40] [--repeat 20] [--mounts 5] [--search WORD]';
const dataDir = dataFolder(USAGE);
const count = (name, fallback) => {
  const n = Number(arg(name, String(fallback)));
  if (Number.isInteger(n) && n >= 1) return n;
  console.error(`--${name} takes a whole number of at least 1`);
  process.exit(2);
};
const docs = count('docs', 2000);
const repeat = count('repeat', 20);
const mounts = count('mounts', 5);
const searchWord = arg('search', 'said');
const plantRate = Number(arg('plant-rate', '0.02'));
const seed = Number(arg('seed', '21578'));
const sizes = arg('sizes', '80x24,120x40')
  .split(',')
  .map((s) => {
    const m = /^(\d+)x(\d+)$/.exec(s);
    if (!m) {
      console.error(`--sizes takes COLUMNSxROWS,… (e.g. 80x24,120x40), not "${s}"`);
      process.exit(2);
    }
    return { columns: Number(m[1]), rows: Number(m[2]) };
  });

const engine = path.join(root, 'dist', 'index.js');
const appModule = path.join(root, 'dist', 'ui', 'app.js');
if (!existsSync(engine) || !existsSync(appModule)) {
  console.error('build first: npm run build');
  process.exit(2);
}
const { analyzeFiles } = await import(engine);
const { ReviewApp } = await import(appModule);
const { createElement } = await import('react');
const { Text } = await import('ink');
const { render } = await import('ink-testing-library');

const KEY = { up: '\u001b[A', down: '\u001b[B', right: '\u001b[C', left: '\u001b[D', enter: '\r', escape: '\u001b', backspace: '\u007f' };

const now = () => performance.now();
const tick = () => new Promise((r) => setImmediate(r));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const gc = () => globalThis.gc?.();
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);

/** The q-th quantile (nearest rank) of some numbers. */
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const ms = (x) => (x === undefined ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(1));

/**
 * ink-testing-library's stdout says 100 columns and Ink lays out to that: make it say the size
 * measured (a getter on the class, so that the first frame of each mount has it already).
 */
let columns = 80;
{
  const probe = render(createElement(Text, null, 'probe'));
  Object.defineProperty(Object.getPrototypeOf(probe.stdout), 'columns', { get: () => columns, configurable: true });
  probe.unmount();
  probe.cleanup();
}

/**
 * The review mounted on `result` at `size`: the time to its first frame, and `press`, which
 * writes a key and resolves with the ms until Ink wrote the frame for it (undefined when no frame
 * came within 2 s), once the screen has settled.
 */
async function mount(result, size) {
  columns = size.columns;
  const t0 = now();
  const app = render(createElement(ReviewApp, { result, size, noColor: false }));
  const first = now() - t0;
  const frame = app.lastFrame() ?? '';
  if (!frame.includes('wiretrace')) throw new Error(`the review drew no first frame:\n${frame}`);
  // Writes, timed: the last one's time, and a waiter for the next.
  let wrote = 0;
  let waiter;
  const write = app.stdout.write;
  app.stdout.write = (s) => {
    wrote = now();
    write(s);
    waiter?.();
  };
  // Ink subscribes to stdin in an effect after the first frame.
  await sleep(20);
  const press = async (key) => {
    const before = wrote;
    const t = now();
    const frameCame = new Promise((r) => (waiter = r));
    app.stdin.write(key);
    await Promise.race([frameCame, sleep(2000)]);
    waiter = undefined;
    const took = wrote > before ? wrote - t : undefined;
    // Let whatever the key set going finish (effects, a pending Esc) before the next key.
    await tick();
    await tick();
    return took;
  };
  return { first, press, frame: () => app.lastFrame() ?? '', unmount: () => (app.unmount(), app.cleanup()) };
}

/**
 * The scripted session: [action, key] pairs in the order pressed. `filter` is typed after `o`,
 * the search word after `/`. Ends where it began (outlets view, no filter, input order).
 */
function session(filter, search) {
  const steps = [];
  const times = (n, action, key) => {
    for (let i = 0; i < n; i++) steps.push([action, key]);
  };
  times(repeat, '→ next outlet', KEY.right);
  times(repeat, '← previous outlet', KEY.left);
  times(repeat, '↓ next sentence', KEY.down);
  times(repeat, '↑ previous sentence', KEY.up);
  times(repeat, '] page of outlets down', ']');
  times(repeat, '[ page of outlets up', '[');
  for (let r = 0; r < Math.max(1, Math.round(repeat / 4)); r++) {
    times(1, 'o open the outlet filter', 'o');
    for (const c of filter) times(1, 'outlet filter: type a letter', c);
    times(1, 'outlet filter: Enter', KEY.enter);
    times(2, '→ next outlet (filtered)', KEY.right);
    times(1, 'Esc clear the outlet filter', KEY.escape);
  }
  for (let r = 0; r < Math.max(1, Math.round(repeat / 2)); r++) times(3, 's next sort', 's');
  for (let r = 0; r < Math.max(1, Math.round(repeat / 4)); r++) {
    times(1, 's next sort', 's');
    times(2, '→ next outlet (sorted by reuse)', KEY.right);
    times(2, 's next sort', 's');
  }
  for (let r = 0; r < Math.max(1, Math.round(repeat / 4)); r++) {
    times(1, 'Enter open the detail', KEY.enter);
    times(2, '↓ next sentence (detail)', KEY.down);
    times(1, '→ next outlet (detail)', KEY.right);
    times(1, 'Esc close the detail', KEY.escape);
  }
  for (let r = 0; r < Math.max(1, Math.round(repeat / 4)); r++) {
    times(1, '3 alignment view', '3');
    times(2, '↓ next unit (alignment)', KEY.down);
    times(2, '→ next outlet (alignment)', KEY.right);
    times(1, '4 provenance view', '4');
    times(2, '↓ scroll (provenance)', KEY.down);
    times(1, '→ next outlet (provenance)', KEY.right);
    times(1, '2 detail view', '2');
    times(1, '1 outlets view', '1');
  }
  for (let r = 0; r < Math.max(1, Math.round(repeat / 4)); r++) {
    times(1, '/ open the search', '/');
    for (const c of search) times(1, 'search: type a letter', c);
    times(1, 'search: Enter (jump to a match)', KEY.enter);
    times(3, 'n next match', 'n');
    times(1, 'N previous match', 'N');
  }
  return steps;
}

/** Mount `mounts` times (first frame), then run the session once on the last mount; timings per action. */
async function measure(result, size, filter) {
  const firsts = [];
  for (let i = 0; i < mounts; i++) {
    const ui = await mount(result, size);
    firsts.push(ui.first);
    if (i < mounts - 1) {
      ui.unmount();
      continue;
    }
    const byAction = new Map();
    let missing = 0;
    for (const [action, key] of session(filter, searchWord)) {
      const t = await ui.press(key);
      if (!byAction.has(action)) byAction.set(action, []);
      if (t === undefined) missing++;
      else byAction.get(action).push(t);
    }
    const last = ui.frame();
    ui.unmount();
    gc();
    return { firsts, byAction, missing, heap: process.memoryUsage().heapUsed, rss: process.memoryUsage().rss, last };
  }
}

/** Five letters of an outlet's name from about 60% down the list: a filter that narrows as it is typed. */
function filterFor(result) {
  const d = result.documents[Math.floor(result.documents.length * 0.6)];
  return d.outlet.name.toLowerCase().slice(0, 5);
}

// ---- main ----------------------------------------------------------------------------------

const articles = parseReuters(dataDir);
const work = mkdtempSync(path.join(os.tmpdir(), 'wiretrace-review-'));
let large;
let analysisMs;
try {
  const dir = path.join(work, 'corpus');
  buildCorpus(articles, Math.min(docs, articles.length), dir, { seed, plantRate });
  const t = now();
  large = await analyzeFiles([dir]);
  analysisMs = now() - t;
} finally {
  rmSync(work, { recursive: true, force: true });
}
const seeds = await analyzeFiles([]);
gc();
const heapLoaded = process.memoryUsage().heapUsed;

console.log(`node ${process.version}, ${os.cpus().length} CPUs; React ${process.env.NODE_ENV}; ${globalThis.gc ? 'heap after a full GC' : 'heap without a GC first (run with --expose-gc)'}`);
console.log(
  `Reuters-21578: ${large.documents.length} documents (${Math.min(docs, articles.length)} bodies + ${large.documents.length - Math.min(docs, articles.length)} planted), ` +
    `${large.documents.reduce((n, d) => n + d.segments.length, 0)} segments, ${large.units.length} units, ${large.provenance.edges.length} edges; analysed once in ${(analysisMs / 1000).toFixed(1)} s`,
);
console.log(`seeds: ${seeds.documents.length} documents, ${seeds.units.length} units, ${seeds.provenance.edges.length} edges`);
console.log(`heap used with both results loaded: ${mb(heapLoaded)} MB`);
console.log(`session: --repeat ${repeat} (each action ${repeat} times or a fraction of it), --mounts ${mounts}, outlet filter typed letter by letter, search "${searchWord}"`);

// A warm-up mount, so that the first corpus measured does not pay for loading and compiling alone.
{
  const ui = await mount(seeds, sizes[0]);
  for (let i = 0; i < 3; i++) await ui.press(KEY.right);
  ui.unmount();
}

const slow = [];
for (const size of sizes) {
  const runs = [];
  for (const [label, result] of [
    ['seeds', seeds],
    [`${large.documents.length} docs`, large],
  ]) {
    runs.push({ label, filter: filterFor(result), ...(await measure(result, size, filterFor(result))) });
  }
  console.log('');
  console.log(`${size.columns}×${size.rows} (${size.columns >= 100 ? 'sidebar layout' : 'list above the article'})`);
  const width = Math.max(...[...runs[1].byAction.keys()].map((a) => [...a].length), 'first frame (first mount / later)'.length);
  const header = runs.map((r) => `${r.label.padStart(22)}`).join('');
  console.log(`${'action'.padEnd(width)}  ${header}`);
  console.log(`${''.padEnd(width)}  ${runs.map(() => '  median ms  p95 ms  n'.padStart(22)).join('')}`);
  const cell = (xs) => (xs && xs.length > 0 ? `${ms(quantile(xs, 0.5)).padStart(11)}  ${ms(quantile(xs, 0.95)).padStart(6)}  ${String(xs.length).padStart(2)}`.padStart(22) : '–'.padStart(22));
  console.log(`${'first frame (first mount / later)'.padEnd(width)}  ${runs.map((r) => `${ms(r.firsts[0])} / ${ms(quantile(r.firsts.slice(1), 0.5))}`.padStart(22)).join('')}`);
  for (const action of runs[1].byAction.keys()) {
    console.log(`${action.padEnd(width)}  ${runs.map((r) => cell(r.byAction.get(action))).join('')}`);
    const xs = runs[1].byAction.get(action);
    if (xs.length > 0 && quantile(xs, 0.5) > 100) slow.push(`${size.columns}×${size.rows} ${action}: median ${ms(quantile(xs, 0.5))} ms`);
  }
  console.log(`${'heap used after the session (MB)'.padEnd(width)}  ${runs.map((r) => mb(r.heap).padStart(22)).join('')}`);
  const missing = runs.filter((r) => r.missing > 0);
  if (missing.length > 0) console.log(`keys with no frame within 2 s: ${missing.map((r) => `${r.label} ${r.missing}`).join(', ')}`);
}
console.log('');
console.log(slow.length === 0 ? 'No action takes more than 100 ms (median) on the large collection.' : `Over 100 ms (median): ${slow.join('; ')}`);
